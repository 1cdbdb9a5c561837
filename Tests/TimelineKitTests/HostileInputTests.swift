import Foundation
import Testing

@testable import TimelineKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a demanding user tried to break (a review that ran the binary against hostile inputs
/// and outputs): each test fails on the behaviour that review found.
@Suite struct HostileInputTests {
    /// A site built inside its own input folder is not read back in as articles: its
    /// `timeline.md` had become an article, and each build doubled the events.
    @Test func aSiteInsideItsInputFolderIsNotReadBack() throws {
        let (inputs, _, _) = try seedArticleInputs()
        let site = inputs.appendingPathComponent("_site")
        var summaries: [String] = []
        for _ in 0..<3 {
            let r = try runTool(["build", inputs.path, "--output", site.path])
            #expect(r.status == 0, "\(r.stderr)")
            summaries.append(String(r.stdout.split(separator: ";").first ?? ""))
        }
        #expect(summaries.allSatisfy { $0.hasPrefix("Built 4 events from 1 document") }, "\(summaries)")
        // The same with the site written into the input folder itself.
        let r1 = try runTool(["build", inputs.path, "--output", inputs.path, "--force"])
        let r2 = try runTool(["build", inputs.path, "--output", inputs.path])
        #expect(r1.status == 0 && r2.status == 0, "\(r1.stderr)\(r2.stderr)")
        #expect(r2.stdout.hasPrefix("Built 4 events from 1 document"), "\(r2.stdout)")
    }

    /// Every input rejected (here: not UTF-8) leaves the previous site as it was, as a missing
    /// input does; it had been replaced by an empty timeline.
    @Test func aBuildWhoseInputsAreAllBadLeavesTheSite() throws {
        let (inputs, out, article) = try seedArticleInputs()
        #expect(try runTool(["build", inputs.path, "--output", out.path]).status == 0)
        let before = siteFiles(under: out)
        let index = try Data(contentsOf: out.appendingPathComponent("index.html"))
        try FileManager.default.removeItem(at: article)
        try Data([0xFF, 0xFE, 0x41]).write(to: inputs.appendingPathComponent("latin.md"))
        let r = try runTool(["build", inputs.path, "--output", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("latin.md:1:1: error: invalid UTF-8"))
        #expect(r.stderr.contains("nothing built: none of the inputs could be read; the site is left as it was"))
        #expect(siteFiles(under: out) == before)
        #expect(try Data(contentsOf: out.appendingPathComponent("index.html")) == index)
    }

    /// `render -o` never overwrites an article named as an input, leaves an output inside an
    /// input folder out of the inputs, and keeps its output file when nothing could be read.
    @Test func renderKeepsArticlesAndItsOutput() throws {
        let (inputs, _, article) = try seedArticleInputs()
        let original = try Data(contentsOf: article)
        let r = try runTool(["render", article.path, "-o", article.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--output names one of the inputs"))
        #expect(try Data(contentsOf: article) == original)
        let md = inputs.appendingPathComponent("timeline.md")
        #expect(try runTool(["render", inputs.path, "-o", md.path]).status == 0)
        let first = try Data(contentsOf: md)
        #expect(try runTool(["render", inputs.path, "-o", md.path]).status == 0)
        #expect(try Data(contentsOf: md) == first, "the output was read back in as an article")
        let missing = try runTool(["render", inputs.appendingPathComponent("gone").path, "-o", md.path])
        #expect(missing.status == 1)
        #expect(try Data(contentsOf: md) == first)
    }

    /// A folder of the site replaced by a symbolic link is not written through.
    @Test func aLinkedSiteFolderIsNotWrittenThrough() throws {
        let (inputs, out, _) = try seedArticleInputs()
        #expect(try runTool(["build", inputs.path, "--output", out.path]).status == 0)
        let outside = Paths.temporaryDirectory()
        let articles = out.appendingPathComponent("articles")
        try FileManager.default.removeItem(at: articles)
        try FileManager.default.createSymbolicLink(at: articles, withDestinationURL: outside)
        let r = try runTool(["build", inputs.path, "--output", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("articles: error: is a symbolic link; refusing to write"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    /// Nor are stale files deleted through such a link, nor is the analysis log appended to
    /// through a link (or a hard link a backup made): it is replaced.
    @Test func nothingIsDeletedOrAppendedThroughLinks() throws {
        let (inputs, out, _) = try seedArticleInputs()
        let second = inputs.appendingPathComponent("second.txt")
        try Data("Drills near Guam\n\nThe navies held drills near Guam on March 3, 2024.\n".utf8).write(to: second)
        #expect(try runTool(["build", inputs.path, "--output", out.path]).status == 0)
        // The pages' folder moved elsewhere and linked back (the pages keep their stamps).
        let outside = Paths.temporaryDirectory().appendingPathComponent("articles")
        try FileManager.default.moveItem(at: out.appendingPathComponent("articles"), to: outside)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("articles"), withDestinationURL: outside)
        let pages = try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted()
        try FileManager.default.removeItem(at: second)
        _ = try runTool(["build", inputs.path, "--output", out.path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted() == pages)
        // The log, a link to a file elsewhere: that file is left as it was.
        let (inputs2, out2, _) = try seedArticleInputs()
        #expect(try runTool(["build", inputs2.path, "--output", out2.path]).status == 0)
        let log = out2.appendingPathComponent(AnalysisCache.fileName)
        let elsewhere = Paths.temporaryDirectory().appendingPathComponent("cache")
        try FileManager.default.moveItem(at: log, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: log, withDestinationURL: elsewhere)
        let before = try Data(contentsOf: elsewhere)
        try Data("Drills near Guam\n\nThe navies held drills near Guam on March 3, 2024.\n".utf8).write(to: inputs2.appendingPathComponent("b.txt"))
        let r = try runTool(["build", inputs2.path, "--output", out2.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: elsewhere) == before)
        var info = stat()
        #expect(lstat(log.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    }

    /// Control characters (which XML cannot hold and HTML forbids) become U+FFFD, one scalar
    /// for one, so the feed stays well-formed and every offset holds.
    @Test func controlCharactersBecomeReplacementCharacters() throws {
        let text = try DocumentLoader.decode(
            Array("The navy\u{1}\u{1B}[31m sailed\u{0B} on March 4, 2024.\u{85} Done\u{7F}\u{FFFF}\u{FFFE}.\n".utf8), path: "x.txt")
        #expect(text == "The navy\u{FFFD}\u{FFFD}[31m sailed\u{FFFD} on March 4, 2024.\u{FFFD} Done\u{FFFD}\u{FFFD}\u{FFFD}.\n")
        #expect(try DocumentLoader.decode(Array("Tabs\tand\r\nlines\n".utf8), path: "x.txt") == "Tabs\tand\nlines\n")
        let (inputs, out, _) = try seedArticleInputs()
        try Data("Officials met on March 3, 2024.\u{1} The \u{1B}navy sailed on March 4, 2024.\n".utf8).write(
            to: inputs.appendingPathComponent("control.txt"))
        #expect(try runTool(["build", inputs.path, "--output", out.path]).status == 0)
        let parser = XMLParser(data: try Data(contentsOf: out.appendingPathComponent("feed.xml")))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        let timeml = try runTool(["tag", "--jsonl", "--format", "timeml"], stdin: #"{"id": "x", "text": "caf\u0000 on 3 March 2024 \u0001"}"#)
        #expect(timeml.status == 0)
        let tagged = XMLParser(data: Data(timeml.stdout.utf8))
        #expect(tagged.parse(), "\(String(describing: tagged.parserError))")
    }

    /// A partial that names no template is an error with its place, before anything is
    /// written; it had rendered as nothing.
    @Test func aPartialNamingNoTemplateIsAnError() throws {
        let (inputs, out, _) = try seedArticleInputs()
        let templates = Paths.temporaryDirectory()
        try Data("<p>{{title}}</p>\n  {{> nowhere}}\n".utf8).write(to: templates.appendingPathComponent("index.html.mustache"))
        let r = try runTool(["build", inputs.path, "--output", out.path, "--templates", templates.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("index.html.mustache:2:3: error: no template named \"nowhere\""), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // A partial inside a comment, and a dynamic one, name no template file.
        try Data("<p>{{title}}</p>\n{{! old: {{> sidebar}} }}\n{{#never}}{{>*title}}{{/never}}\n".utf8).write(
            to: templates.appendingPathComponent("index.html.mustache"))
        let ok = try runTool(["build", inputs.path, "--output", out.path, "--templates", templates.path])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    /// `--base-url` is an absolute http(s) URL without a query or fragment: page paths are
    /// appended to it.
    @Test(arguments: [
        ("javascript:alert(1)", false), ("not a url", false), ("https://example.org/t?q=1", false), ("https://example.org/t/#top", false),
        ("https://example.org/timeline/", true), ("http://localhost:8080", true),
    ])
    func baseURLIsChecked(_ url: String, _ accepted: Bool) throws {
        let (inputs, out, _) = try seedArticleInputs()
        let r = try runTool(["build", inputs.path, "--output", out.path, "--base-url", url, "--quiet"])
        #expect(r.status == (accepted ? 0 : 64), "\(r.stderr)")
        if !accepted { #expect(r.stderr.contains("invalid --base-url")) }
    }

    /// An empty title (or only spaces) is refused by `build` and `render`: the pages had an
    /// empty `<title>` and `<h1>`. Found on review.
    @Test(arguments: ["build", "render"])
    func anEmptyTitleIsRefused(_ command: String) throws {
        let (inputs, out, _) = try seedArticleInputs()
        for title in ["", "  "] {
            let r = try runTool([command, inputs.path, "--output", out.path + (command == "render" ? ".md" : ""), "--title", title])
            #expect(r.status == 64, "\(r.stderr)")
            #expect(r.stderr.contains("--title must not be empty"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path) && !FileManager.default.fileExists(atPath: out.path + ".md"))
    }

    /// Front matter markers may carry trailing spaces or tabs (YAML allows them); an opening
    /// "--- " had made the front matter body text, hiding a bad date.
    @Test func frontMatterMarkersMayHaveTrailingSpace() throws {
        let loader = DocumentLoader()
        let doc = try loader.parse(text: "--- \npublished: 2025-01-30\ntitle: A title\n---\t\nThe ministers met on Friday.\n", path: "a.md", id: "a")
        #expect(doc.title == "A title")
        #expect(doc.frontMatter.published == "2025-01-30")
        #expect(throws: TimelineError.self) { try loader.parse(text: "--- \npublished: 2025-13-45\n--- \nBody.\n", path: "b.md", id: "b") }
    }

    /// A key given twice in front matter is reported on the line of its second use, in one line.
    @Test func aDuplicatedFrontMatterKeyIsReportedWhereItRepeats() throws {
        let error = #expect(throws: TimelineError.self) {
            try DocumentLoader().parse(text: "---\ntitle: T\npublished: 2025-01-30\npublished: 2025-01-31\n---\nBody.\n", path: "d.md", id: "d")
        }
        #expect(error?.description == "d.md:4:1: error: front matter is not valid YAML: the key \"published\" is given twice")
        let nested = #expect(throws: TimelineError.self) {
            try DocumentLoader().parse(text: "---\ntitle: T\nextra:\n  b: 1\n  b: 2\n---\nBody.\n", path: "n.md", id: "n")
        }
        #expect(
            nested?.description.hasPrefix("n.md:5:1: error: front matter is not valid YAML: the key \"b\"") == true, "\(String(describing: nested))")
    }

    /// An article saved as one long line (or one long first paragraph) is body text, dated
    /// like any other, and its title is its opening sentence: the whole line had been the
    /// headline, with no events, and the title of every page that cited it.
    @Test(arguments: ["one.txt", "one.md"])
    func anArticleOnOneLineIsBodyText(_ name: String) throws {
        let sentence = "The Japanese and American defense ministers agreed on March 3, 2024 to expand joint exercises near Okinawa. "
        let text =
            sentence + "China's foreign ministry protested on March 5, 2024, calling the drills a provocation. "
            + String(repeating: "Talks went on. ", count: 20)
        let document = try DocumentLoader().parse(text: text, path: name, id: "one")
        #expect(document.title == sentence.trimmingCharacters(in: .whitespaces))
        let timeline = TimelineBuilder().build([document])
        #expect(timeline.events.map(\.date.value) == ["2024-03-03", "2024-03-05"])
        #expect(DocumentLoader.shortTitle(String(repeating: "word ", count: 60)).hasSuffix("word…"))
    }

    /// `tag --jsonl`: an id must be a string or a whole number, a line must be UTF-8, a blank
    /// line is skipped, and each bad line is reported with its number while the rest go on.
    @Test func tagReportsBadIdsAndBytesByLine() throws {
        var input = Data(#"{"id": true, "text": "on 3 March 2024"}"#.utf8) + Data("\n   \n".utf8)
        input += Data(#"{"id": "x", "text": "caf"#.utf8) + Data([0xE9]) + Data(#" on 3 March 2024"}"#.utf8) + Data("\n".utf8)
        input += Data(#"{"id": 7, "text": "on 3 March 2024"}"#.utf8) + Data("\n".utf8)
        input += Data(#"{"id": 1e3, "text": "on 3 March 2024"}"#.utf8) + Data("\n".utf8)
        // (Sent through a file: a Swift string cannot hold the invalid byte.)
        let file = Paths.temporaryDirectory().appendingPathComponent("in.jsonl")
        try input.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" tag --jsonl < \"$1\" 2>&1; echo \"exit $?\"", Paths.executable.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.contains("<stdin>:1:1: error: \"id\" must be a string (or a whole number)"), "\(output)")
        #expect(output.contains("<stdin>:3:25: error: invalid UTF-8 (byte 0xE9"), "\(output)")
        #expect(!output.contains("<stdin>:2:"))
        #expect(output.contains(#"{"doc":"7","start":3,"end":15"#))
        #expect(output.contains(#"{"doc":"1000","start":3,"end":15"#))
        #expect(output.hasSuffix("exit 1\n"))
    }

    /// Reports of one happening repeated in one article are never merged with each other, and
    /// each pairs with another article's report of it: the search for a repeat starts past the
    /// merged events that turned the same report down (a file of one sentence repeated had
    /// made the merge quadratic).
    @Test func repeatedReportsMergeAsEachWouldAlone() throws {
        let sentence = "The Japanese and American defense ministers agreed on March 3, 2024 to expand joint exercises near Okinawa.\n"
        let loader = DocumentLoader()
        let a = try loader.parse(text: "Drills\n\n" + String(repeating: sentence, count: 300), path: "a.txt", id: "a")
        let b = try loader.parse(text: "Exercises\n\n" + String(repeating: sentence, count: 200), path: "b.txt", id: "b")
        let timeline = TimelineBuilder().build([a, b])
        #expect(timeline.events.count == 300)
        let sources = timeline.events.map { Set($0.evidence.map(\.document)) }
        #expect(sources.filter { $0 == ["a", "b"] }.count == 200)
        #expect(sources.filter { $0 == ["a"] }.count == 100)
        #expect(timeline.events.allSatisfy { $0.evidence.count <= 2 })
    }
}
