import Foundation
import Mustache
import Testing

@testable import TimelineKit

/// The compiled renderer against swift-mustache, the reference: the same bytes for every
/// built-in template on the seed site and on random contexts, and the Mustache rules it
/// implements, one by one.
@Suite struct CompiledTemplateTests {
    /// Renders `template` with both engines.
    func both(_ template: String, _ context: [String: Any]) throws -> (fast: String?, reference: String) {
        let reference = try MustacheTemplate(string: template).render(context)
        return (CompiledTemplate(template)?.render(context), reference)
    }

    nonisolated(unsafe) static let cases: [(String, [String: Any], String)] = [
        ("Hello {{name}}!", ["name": "<b>&\"'"], "Hello &lt;b&gt;&amp;&quot;&#39;!"),
        ("{{{name}}} {{&name}}", ["name": "<b>"], "<b> <b>"),
        ("{{a.b.c}}", ["a": ["b": ["c": "deep"]]], "deep"),
        ("{{#a}}{{b}}{{/a}}", ["a": ["x": 1], "b": "outer"], "outer"),
        ("{{#a}}{{a.missing}}{{/a}}|", ["a": ["x": 1]], "|"),
        ("{{#list}}{{.}},{{/list}}", ["list": ["x", "y"]], "x,y,"),
        ("{{#list}}{{^first()}}; {{/first()}}{{n}}{{/list}}", ["list": [["n": "a"], ["n": "b"], ["n": "c"]]], "a; b; c"),
        ("{{#list}}{{index()}}{{#last()}}!{{/last()}}{{/list}}", ["list": [["n": 1], ["n": 2]]], "01!"),
        ("{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}", ["flag": false], "no"),
        ("{{#empty}}yes{{/empty}}{{^empty}}none{{/empty}}", ["empty": [[String: Any]]()], "none"),
        ("{{#s}}[{{s}}]{{/s}}", ["s": ""], "[]"),
        ("{{#n}}{{n}}{{/n}} {{count}}", ["n": 0, "count": 12], "0 12"),
        ("{{missing}}|{{^missing}}absent{{/missing}}", [:], "|absent"),
        ("a\n  {{#x}}\n  b\n  {{/x}}\nc\n", ["x": true], "a\n  b\nc\n"),
        ("a\r\n{{#x}}\r\nb\r\n{{/x}}\r\nc", ["x": true], "a\r\nb\r\nc"),
        ("{{! a comment }}\nline\n  {{! another }}  \nend", [:], "line\nend"),
        ("x {{#a}}\ny{{/a}} z", ["a": true], "x \ny z"),
        ("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}", ["a": ["b": ["c": "inner"], "c": "mid"], "c": "top"], "inner"),
        ("{{ spaced }}", ["spaced": "ok"], "ok"),
        ("{{% CONTENT_TYPE: TEXT}}\n<{{x}}>{{#a}}{{x}}{{/a}}", ["x": "<&>", "a": true], "<<&>><&>"),
        ("{{#a}}{{% CONTENT_TYPE: TEXT}}{{x}}{{/a}}{{x}}", ["x": "<", "a": true], "<&lt;"),
    ]

    @Test(arguments: cases.indices) func rule(_ k: Int) throws {
        let (template, context, expected) = CompiledTemplateTests.cases[k]
        let (fast, reference) = try both(template, context)
        #expect(fast == expected, "\(template)")
        #expect(reference == expected, "swift-mustache disagrees with the expected text for \(template)")
    }

    /// Whitespace corners where swift-mustache's "new line" flag decides; the compiled renderer
    /// must give the same bytes (found on review).
    @Test(arguments: [
        "A{{#a}}\n{{/a}}\n{{#b}}\nB\n{{/b}}\n", "{{#a}}\nX{{/a}} {{#b}}\nY{{/b}}\n", "{{#a}}x{{/a}}  ", "  {{#a}}x\n{{/a}}  ",
        "{{#a}}\n  {{x}}  {{#b}}\n{{/b}}\n{{/a}}\n", "{{! c }}  \n{{x}}\n  {{! d }}\n", "{{x}}\n{{#a}}\n{{/a}}", "\n\n{{#a}}\n\n{{/a}}\n\n",
        "{{#list}}\n{{.}}\n{{/list}}\n", "{{^empty}}\n  [{{.}}]{{index()}}\n{{/empty}}\n", "{{#list}}{{^empty}}{{first()}}{{/empty}}{{/list}}",
    ])
    func agreesWithSwiftMustacheOnWhitespaceCorners(_ template: String) throws {
        let context: [String: Any] = ["a": true, "b": true, "x": "v", "list": ["p", "q"], "empty": [String]()]
        let (fast, reference) = try both(template, context)
        #expect(fast != nil)
        #expect(fast == reference, "\(template.debugDescription)")
    }

    @Test func anEventListIsReusableOnlyWhenItsEntriesReadNothingElse() throws {
        let allowed = TemplateContext.eventKeys
        let lists = TemplateContext.eventLists
        func reusable(_ t: String) -> Bool {
            CompiledTemplate(t)!.isReusable(section: "events", within: "years", allowed: allowed, lists: lists)
        }
        #expect(reusable(DefaultTemplates.files["index.html.mustache"]!))
        #expect(
            reusable(
                "{{#years}}{{#events}}<li id={{id}}>{{date.display}}{{#sources}}{{^first()}}, {{/first()}}{{title}}{{/sources}}</li>{{/events}}{{/years}}"
            ))
        #expect(!reusable("{{#years}}{{#events}}{{title}} of {{eventCount}}{{/events}}{{/years}}"))  // a root value
        #expect(!reusable("{{#years}}{{#events}}{{#first()}}first: {{/first()}}{{title}}{{/events}}{{/years}}"))  // its own position
        #expect(!reusable("{{#years}}{{#events}}{{title}}{{/events}}{{#events}}{{id}}{{/events}}{{/years}}"))  // two bodies
        #expect(!reusable("{{#years}}{{#events}}{{% CONTENT_TYPE: TEXT}}{{title}}{{/events}}{{/years}}"))
        #expect(!reusable("{{#years}}{{#events}}{{year}}{{/events}}{{/years}}"))  // the year around it
        #expect(!reusable("{{#documents}}{{#events}}{{title}}{{/events}}{{/documents}}"))  // other frames around it
        #expect(!reusable("{{#events}}{{title}}{{/events}}"))  // not inside years
    }

    @Test func otherLineBreaksAreLeftToSwiftMustache() {
        for template in ["a\r{{#x}}\r{{/x}}", "a\u{2028}{{x}}", "a\u{0B}{{x}}", "a\u{85}{{x}}"] {
            #expect(CompiledTemplate(template) == nil, "\(template.debugDescription)")
        }
    }

    @Test func featuresOutsideTheSubsetAreLeftToSwiftMustache() {
        for template in [
            "{{> partial}}", "{{<parent}}{{/parent}}", "{{$block}}x{{/block}}", "{{=<% %>=}}", "{{% OTHER: PRAGMA}}",
            "{{uppercased(name)}}", "{{#a}}unclosed", "{{/a}}", "{{#a}}{{/b}}", "{{name", "{{{name}}",
        ] {
            #expect(CompiledTemplate(template) == nil, "\(template)")
        }
    }

    @Test func everyBuiltInTemplateIsCompiled() throws {
        let templates = try TemplateSet()
        for name in templates.names { #expect(templates.isCompiled(name), "\(name)") }
    }

    @Test func theSeedSiteIsTheSameWithEitherEngine() throws {
        var reference = try TemplateSet()
        reference.engine = .reference
        let fast = try SiteBuilder(templates: TemplateSet(), baseURL: "https://example.org/").build(seedTimeline)
        let slow = try SiteBuilder(templates: reference, baseURL: "https://example.org/").build(seedTimeline)
        #expect(fast.keys.sorted() == slow.keys.sorted())
        for (path, text) in fast { #expect(text == slow[path], "\(path)") }
        #expect(try TemplateSet().markdown(seedTimeline) == reference.markdown(seedTimeline))
    }

    /// Random contexts for the built-in templates: every key the templates use, each either
    /// missing, a string with markup and quotes, an empty string, a flag, or a list of such.
    /// A name a template prints gets no list or object: how those print is unspecified (a
    /// dictionary's description follows its hash order, which differs between two copies).
    @Test func randomContextsGiveTheSameBytes() throws {
        let templates = try TemplateSet()
        var reference = templates
        reference.engine = .reference
        var seed: UInt64 = 2024
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        let keys = templateKeys(templates)
        let printed = printedKeys()
        let strings = ["", "plain", "<a href=\"x\">&amp;</a>", "it's", "line\nbreak", "ünïcödé — “quoted”", "{{not a tag}}"]
        func value(_ depth: Int, scalar: Bool) -> Any? {
            switch next() % 7 {
            case 0: return nil
            case 1: return next() % 2 == 0
            case 2: return next() % 100
            case 3 where depth < 2 && !scalar: return (0..<(next() % 3)).map { _ in object(depth + 1) }
            case 4 where depth < 2 && !scalar: return object(depth + 1)
            default: return strings[next() % strings.count]
            }
        }
        func object(_ depth: Int) -> [String: Any] {
            var d: [String: Any] = [:]
            for key in keys where next() % 3 != 0 { d[key] = value(depth, scalar: printed.contains(key)) }
            return d
        }
        for name in templates.names {
            for _ in 0..<15 {
                let context = object(0)
                let fast = try templates.render(name, context: context)
                let slow = try reference.render(name, context: context)
                #expect(fast == slow, "\(name)")
                if fast != slow { return }
            }
        }
    }

    /// The text between every `{{` and `}}` of the built-in templates.
    func builtInTags() -> [Substring] {
        var tags: [Substring] = []
        for (file, text) in DefaultTemplates.files where file.hasSuffix(".mustache") {
            var rest = Substring(text)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                tags.append(rest[..<close.lowerBound])
                rest = rest[close.upperBound...]
            }
        }
        return tags
    }

    /// The names the built-in templates print (`{{name}}`, `{{{name}}}`, `{{&name}}`: the last
    /// dotted part).
    func printedKeys() -> Set<String> {
        var keys = Set<String>()
        for raw in builtInTags() {
            guard let sigil = raw.first, !"#^/!%>".contains(sigil) else { continue }
            let inner = raw.trimmingCharacters(in: CharacterSet(charactersIn: "{}& "))
            if let last = inner.split(separator: ".").last { keys.insert(String(last)) }
        }
        return keys
    }

    /// Every name the built-in templates look up (each dotted part).
    func templateKeys(_ templates: TemplateSet) -> [String] {
        var keys = Set<String>()
        for raw in builtInTags() {
            let inner = raw.trimmingCharacters(in: CharacterSet(charactersIn: "{}#^/&! "))
            if !inner.contains(" "), !inner.contains("(") {
                for part in inner.split(separator: ".") { keys.insert(String(part)) }
            }
        }
        return keys.sorted()
    }
}

/// Copying unchanged events from the previous build's whole-timeline files gives the bytes a
/// fresh render gives, whatever the Markdown template does with blank lines.
@Suite struct SplicedFilesTests {
    /// The seed's timeline, and the same with one more dated article.
    static func grownTimelines() throws -> (Timeline, Timeline) {
        let loader = DocumentLoader()
        let (files, _) = loader.discover([Paths.seeds.path])
        let seed = try files.map { file in
            try loader.parse(
                text: DocumentLoader.decode(Array(FileManager.default.contents(atPath: file)!), path: file), path: file,
                id: DocumentLoader.slug(forPath: file))
        }
        let added = try loader.parse(
            text: "Talks in Tokyo\n\nThe two ministers met again in Tokyo on March 3, 2025, to review the headquarters plan.\n",
            path: "tokyo.txt", id: "tokyo")
        let builder = TimelineBuilder()
        let before = builder.build(seed)
        let after = builder.build(seed + [added])
        #expect(after.events.count == before.events.count + 1)
        return (before, after)
    }

    @Test(arguments: [
        // The default layout: entries end with a blank line.
        ("{{#years}}\n## {{year}}\n\n{{#events}}\n### {{title}}\n\n- {{date.display}}\n\n{{/events}}\n{{/years}}\n", true),
        // Entries that start with blank and space-only lines (never recorded: their first line is blank).
        ("{{#years}}\n{{#events}}\n\n   \n{{title}}\n\n\n{{date.value}}\n  \n\n{{/events}}\n{{/years}}\nend\n", false),
        // Entries that end with space-only and blank lines.
        ("{{#years}}\n{{#events}}\n{{title}}\n\n  \n{{date.value}}\n  \n\n{{/events}}\n{{/years}}\nend\n", true),
        // Entries within one line (never recorded: not whole lines).
        ("{{#years}}{{year}}: {{#events}}{{title}}; {{/events}}\n{{/years}}", false),
        // Entries that end without a newline.
        ("{{#years}}\n{{#events}}\n{{title}} - {{/events}}\n{{/years}}\n", false),
        // The heading marks inside the entry.
        ("{{#years}}\n{{#events}}\n{{h3}} {{title}}\n\n{{#points}}\n> {{quote}}\n\n{{/points}}\n{{/events}}\n{{/years}}\n", true),
    ])
    func markdownEntriesAreCopiedOnlyWhereTidyingKeepsThemTheSame(template: String, copies: Bool) throws {
        let dir = Paths.temporaryDirectory()
        try Data(template.utf8).write(to: dir.appendingPathComponent("timeline.md.mustache"))
        let site = SiteBuilder(templates: try TemplateSet(overrides: dir.path))
        let (before, after) = try SplicedFilesTests.grownTimelines()
        let keysBefore = SiteBuilder.eventKeys(before)
        let box = FragmentBox()
        let first = try site.markdownTimeline(before, keys: keysBefore, into: box)
        #expect(first == (try site.templates.markdown(before)))
        let reuse = SiteBuilder.PageReuse(fragments: box.indexes, read: { _ in PreviousFile(bytes: Array(first.utf8)) })
        let second = FragmentBox()
        let spliced = try site.markdownTimeline(after, keys: SiteBuilder.eventKeys(after), reuse: reuse, into: second)
        #expect(spliced == (try site.templates.markdown(after)))
        // (An entry whose trailing blank lines end the file is not recorded: the file drops them.)
        if copies {
            #expect(second.reused("timeline.md") >= before.events.count - 1 && before.events.count > 1)
        } else {
            #expect(second.reused("timeline.md") == 0)
        }
        // Whatever was recorded is exactly the entry's tidied bytes in the file.
        let bytes = Array(spliced.utf8)
        for range in second.indexes["timeline.md"]!.ranges { #expect(range.upperBound <= bytes.count) }
    }
}

/// Entries left to be copied (only their event's index) are copied by the memo's own section
/// body, and nowhere else: rendered by a body the memo does not take, the output is marked
/// failed for the caller to render again without copying.
@Suite struct FragmentMemoTests {
    func memo(previous: String, ranges: [Range<Int>], places: [Int32]) -> FragmentMemo {
        FragmentMemo(
            section: "events", allowed: ["title"], lists: [], previous: PreviousFile(bytes: Array(previous.utf8)), previousRanges: ranges,
            places: places)
    }

    @Test func copiedEntriesAreCopiedOrTheOutputFails() throws {
        let context: TemplateObject = [TemplateKey("events"): .list([.int(0), .object([TemplateKey("title"): .string("new"), .memo: .int(1)])])]
        // The memo's body: the first entry is copied from the previous output, the second made.
        let template = try #require(CompiledTemplate("{{#events}}<{{title}}>{{/events}}"))
        let copying = memo(previous: "<old>", ranges: [0..<5], places: [0, -1])
        #expect(String(decoding: template.renderBytes(context, memo: copying), as: UTF8.self) == "<old><new>")
        #expect(!copying.failed && copying.reused == 1 && copying.recorded == [0, 1])
        // An entry to copy with no place in the previous output cannot be made: failed.
        let nowhere = memo(previous: "<old>", ranges: [0..<5], places: [-1, -1])
        _ = template.renderBytes(context, memo: nowhere)
        #expect(nowhere.failed)
        // A body that reads more than the entry (here the outer "x") is not the memo's: failed too.
        let other = try #require(CompiledTemplate("{{#events}}<{{title}}{{x}}>{{/events}}"))
        let outside = memo(previous: "<old>", ranges: [0..<5], places: [0, -1])
        _ = other.renderBytes(context, memo: outside)
        #expect(outside.failed)
    }
}
