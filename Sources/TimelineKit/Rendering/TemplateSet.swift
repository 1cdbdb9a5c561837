import Foundation
import Mustache

/// The page templates (Mustache) and static assets (the stylesheet) of the outputs.
///
/// The defaults in `Templates/` are compiled into the binary (``DefaultTemplates``), so an
/// installed binary works anywhere. `--templates DIR` overrides any subset: a file there
/// replaces the default of the same name; the others stay. Every template is parsed when the
/// set is made, so a broken one fails with its file, line and column before anything is read.
public struct TemplateSet: Sendable {
    /// Template names (file name without `.mustache`) to parsed templates.
    private let templates: [String: MustacheTemplate]
    /// The same templates compiled for speed, where they keep to ``CompiledTemplate``'s subset.
    private let compiled: [String: CompiledTemplate]
    /// Static files copied into a site as they are ("style.css").
    public let assets: [String: String]
    private let library: MustacheLibrary
    /// Identifies the templates and assets (a page rendered with other templates is stale).
    public let fingerprint: String

    /// The defaults, overridden by the files of `directory` when given.
    public init(overrides directory: String? = nil) throws(TimelineError) {
        var sources: [(name: String, path: String, text: String)] = []
        var assets: [String: String] = [:]
        for (file, text) in DefaultTemplates.files.sorted(by: { $0.key < $1.key }) {
            if file.hasSuffix(".mustache") {
                sources.append((String(file.dropLast(9)), "Templates/\(file) (built in)", text))
            } else {
                assets[file] = text
            }
        }
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
                throw TimelineError(.template, path: directory, "templates directory does not exist")
            }
            guard isDirectory.boolValue else { throw TimelineError(.template, path: directory, "--templates names a file, not a directory") }
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            let used = [".mustache", ".css", ".js", ".svg", ".txt"]
            for file in files where !file.hasPrefix(".") && used.contains(where: { file.hasSuffix($0) }) {
                let path = (directory as NSString).appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw TimelineError(.template, path: path, "template is not valid UTF-8")
                }
                if file.hasSuffix(".mustache") {
                    let name = String(file.dropLast(9))
                    sources.removeAll { $0.name == name }
                    sources.append((name, path, text))
                } else if file.hasSuffix(".css") || file.hasSuffix(".js") || file.hasSuffix(".svg") || file.hasSuffix(".txt") {
                    assets[file] = text
                }
            }
        }
        var parsed: [String: MustacheTemplate] = [:]
        for source in sources {
            do {
                parsed[source.name] = try MustacheTemplate(string: source.text)
            } catch let error as MustacheTemplate.ParserError {
                // A section never closed is reported where it opens, by name (the parser
                // stops at the end of the file).
                if case MustacheTemplate.Error.expectedSectionEnd = error.error, let open = TemplateSet.unclosedSection(in: source.text) {
                    throw TimelineError(
                        .template, path: source.path, line: open.line, column: open.column,
                        "template does not parse: the section \"\(open.name)\" opened here is never closed ({{/\(open.name)}} is missing)")
                }
                throw TimelineError(
                    .template, path: source.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    "template does not parse: \(TemplateSet.describe(error.error)) in \"\(error.context.line.trimmingSpaces())\"")
            } catch {
                throw TimelineError(.template, path: source.path, "template does not parse: \(error)")
            }
        }
        // A partial or parent that names no template would render as nothing, silently.
        var includes: [String: [Tag]] = [:]
        for source in sources {
            let tags = TemplateSet.partialTags(in: source.text)
            if let tag = tags.first(where: { parsed[$0.name] == nil }) {
                throw TimelineError(
                    .template, path: source.path, line: tag.line, column: tag.column, "no template named \"\(tag.name)\" for this partial")
            }
            includes[source.name] = tags
        }
        // A template that includes itself, directly or through others, would render forever
        // (the site's data has no nesting that would end it): the tag closing the loop.
        if let (name, tag, chain) = TemplateSet.partialCycle(includes) {
            let path = sources.first { $0.name == name }?.path ?? name
            throw TimelineError(
                .template, path: path, line: tag.line, column: tag.column,
                "this partial closes a loop of partials (\(chain.joined(separator: " > "))), which would never end")
        }
        self.templates = parsed
        var compiled: [String: CompiledTemplate] = [:]
        for source in sources { compiled[source.name] = CompiledTemplate(source.text) }
        self.compiled = compiled
        self.assets = assets
        self.library = MustacheLibrary(templates: parsed)
        var identity = ContextFingerprint()
        for source in sources.sorted(by: { $0.name < $1.name }) {
            identity.add(source.name)
            identity.add(source.text)
        }
        for (name, text) in assets.sorted(by: { $0.key < $1.key }) {
            identity.add(name)
            identity.add(text)
        }
        self.fingerprint = identity.value
    }

    /// A tag of a template: its sigil (`>`, `<`, `#`, `^`, `$`, `/`, `&`, or a space for a
    /// variable), the name in it, and its line and column (1-based).
    struct Tag: Equatable {
        var sigil: UInt8
        var name: String
        var line: Int
        var column: Int
    }

    /// A loop of partials: the template holding the tag that closes it, that tag, and the
    /// templates of the loop in order ("page > header > page"). Nil when there is none.
    static func partialCycle(_ includes: [String: [Tag]]) -> (String, Tag, [String])? {
        var done = Set<String>()
        var path: [String] = []
        func visit(_ name: String) -> (String, Tag, [String])? {
            if done.contains(name) { return nil }
            path.append(name)
            defer {
                path.removeLast()
                done.insert(name)
            }
            for tag in includes[name] ?? [] {
                if let k = path.firstIndex(of: tag.name) { return (name, tag, Array(path[k...]) + [tag.name]) }
                if let found = visit(tag.name) { return found }
            }
            return nil
        }
        for name in includes.keys.sorted() {
            if let found = visit(name) { return found }
        }
        return nil
    }

    /// The static partial and parent tags in `text`, in order (not dynamic partials,
    /// `{{>*name}}`).
    static func partialTags(in text: String) -> [Tag] {
        tags(in: text).filter { ($0.sigil == 0x3E || $0.sigil == 0x3C) && !$0.name.hasPrefix("*") }
    }

    /// The section (`{{#name}}`, `{{^name}}`, a block or a parent) left open at the end of
    /// `text`: the innermost, where it opens. Nil when every section is closed.
    static func unclosedSection(in text: String) -> Tag? {
        var open: [Tag] = []
        for tag in tags(in: text) {
            switch tag.sigil {
            case 0x23, 0x5E, 0x24, 0x3C: open.append(tag)  // # ^ $ <
            case 0x2F: if let k = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(k...) }
            default: break
            }
        }
        return open.last
    }

    /// The tags of `text` in order, comments left out. The scan stops at a change of
    /// delimiters (`{{=`), which it does not follow.
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            } else if bytes[i] == 0x7B, bytes[i + 1] == 0x7B {
                if bytes[i + 2] == 0x3D { return tags }  // "{{=": other delimiters from here on
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
                let tagLine = line
                var j = i + 2
                while j + 1 < bytes.count, !(bytes[j] == 0x7D && bytes[j + 1] == 0x7D) {
                    if bytes[j] == 0x0A {
                        line += 1
                        lineStart = j + 1
                    }
                    j += 1
                }
                // A comment ("{{! old: {{> sidebar}} }}") names nothing.
                if bytes[i + 2] != 0x21 {
                    var first = i + 2
                    var sigil: UInt8 = 0x20
                    if [0x3E, 0x3C, 0x23, 0x5E, 0x24, 0x2F, 0x26, 0x7B].contains(bytes[first]) {
                        sigil = bytes[first]
                        first += 1
                    }
                    let name = String(decoding: bytes[first..<min(j, bytes.count)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    tags.append(Tag(sigil: sigil, name: name, line: tagLine, column: column))
                }
                i = j + 2
                continue
            }
            i += 1
        }
        return tags
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not finished"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is not closed"
        default: return "\(error)".lowercased()
        }
    }

    public var names: [String] { templates.keys.sorted() }

    /// Which renderer a template goes through.
    enum Engine {
        /// The compiled renderer when the template keeps to its subset, else swift-mustache.
        case fastest
        /// swift-mustache always (the reference the tests compare against).
        case reference
    }

    /// The renderer ``render(_:context:)`` uses (the tests switch it to `.reference`).
    var engine = Engine.fastest

    /// The compiled form of template `name`, when it is rendered by the compiled renderer.
    func compiledTemplate(_ name: String) -> CompiledTemplate? { engine == .fastest ? compiled[name] : nil }

    /// Whether the template `name` is rendered by the compiled renderer.
    func isCompiled(_ name: String) -> Bool { compiled[name] != nil }

    /// Renders the template `name` with `context`.
    public func render(_ name: String, context: [String: Any]) throws(TimelineError) -> String {
        try render(name, context: TemplateObject(any: context), engine: engine)
    }

    func render(_ name: String, context: TemplateObject) throws(TimelineError) -> String {
        try render(name, context: context, engine: engine)
    }

    /// Renders to UTF-8 bytes (no string is made for a compiled template).
    func renderBytes(_ name: String, context: TemplateObject) throws(TimelineError) -> [UInt8] {
        if engine == .fastest, templates[name] != nil, let fast = compiled[name] { return fast.renderBytes(context, memo: nil) }
        return Array(try render(name, context: context, engine: engine).utf8)
    }

    func render(_ name: String, context: TemplateObject, engine: Engine) throws(TimelineError) -> String {
        guard let template = templates[name] else {
            throw TimelineError(.template, path: "\(name).mustache", "no template named \"\(name)\"")
        }
        if engine == .fastest, let fast = compiled[name] { return fast.render(context) }
        return template.render(context.any, library: library)
    }

    // MARK: - formats

    public func markdown(_ timeline: Timeline, options: RenderOptions = RenderOptions()) throws(TimelineError) -> String {
        let context = TemplateContext.build(timeline, options: options, escape: MarkdownEscaping.escape)
        return TemplateSet.tidyMarkdown(try render("timeline.md", context: context))
    }

    public func html(_ timeline: Timeline, options: RenderOptions = RenderOptions()) throws(TimelineError) -> String {
        let context = TemplateContext.build(timeline, options: options, escape: { $0 }, links: .init(root: "", standalone: true))
        return try render("index.html", context: context)
    }

    /// Collapses runs of blank lines left by template sections and ends with one newline.
    /// (A line of spaces only counts as blank and is written empty.)
    static func tidyMarkdown(_ text: String) -> String {
        var text = text
        let out = text.withUTF8 { tidyMarkdown(bytes: $0, lineStarts: []).out }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``tidyMarkdown(_:)`` on bytes; also where each of `lineStarts` (offsets of line starts
    /// in the input, ascending) is in the output: the output's length when that line comes.
    static func tidyMarkdown(bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> (out: [UInt8], mapped: [Int]) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var mapped: [Int] = []
        mapped.reserveCapacity(lineStarts.count)
        var next = 0
        var blank = 0
        var start = 0
        let n = bytes.count
        while start <= n {
            while next < lineStarts.count, lineStarts[next] <= start {
                mapped.append(lineStarts[next] == start ? out.count : -1)
                next += 1
            }
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            var isBlank = true
            for k in start..<end where bytes[k] != 0x20 {
                isBlank = false
                break
            }
            if isBlank {
                blank += 1
                if blank == 1, !out.isEmpty { out.append(0x0A) }
            } else {
                blank = 0
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                out.append(0x0A)
            }
            start = end + 1
        }
        while next < lineStarts.count {
            mapped.append(-1)
            next += 1
        }
        // Lines were written with their newline; a blank line is one extra newline. Trailing
        // blank lines go, and the text ends with exactly one newline.
        while out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A { out.removeLast() }
        if out.isEmpty || out.last != 0x0A { out.append(0x0A) }
        return (out, mapped)
    }

    /// ``tidyMarkdown(bytes:lineStarts:)`` on a file with holes, leaving the holes as they are
    /// (offsets are in the whole file). Each hole must be whole lines, tidy already, starting
    /// with a line that is not blank (the entries ``FragmentMemo`` copies are); nil when one is
    /// not, or when the end of the file would reach into one (the caller tidies it whole).
    static func tidyMarkdown(spliced raw: SplicedBytes, lineStarts: [Int]) -> (out: SplicedBytes, mapped: [Int])? {
        guard !raw.holes.isEmpty else {
            let (out, mapped) = raw.bytes.withUnsafeBufferPointer { tidyMarkdown(bytes: $0, lineStarts: lineStarts) }
            return (SplicedBytes(out), mapped)
        }
        let old = raw.previous.bytes
        var out: [UInt8] = []
        out.reserveCapacity(raw.bytes.count)
        var holes: [SplicedBytes.Hole] = []
        var shift = 0
        var mapped: [Int] = []
        mapped.reserveCapacity(lineStarts.count)
        var next = 0
        var blank = 0
        // Offsets of the raw file where the current run of new bytes starts.
        var base = 0
        var read = 0
        let bytes = raw.bytes
        let n = bytes.count
        /// Tidies `bytes[from..<to]` (whole lines, unless `last`); false when it is not.
        func lines(_ from: Int, _ to: Int, last: Bool) -> Bool {
            var start = from
            while last ? start <= to : start < to {
                while next < lineStarts.count, lineStarts[next] <= base + (start - from) {
                    mapped.append(lineStarts[next] == base + (start - from) ? out.count + shift : -1)
                    next += 1
                }
                var end = start
                while end < to, bytes[end] != 0x0A { end += 1 }
                if end == to && !last { return false }
                var isBlank = true
                for k in start..<end where bytes[k] != 0x20 {
                    isBlank = false
                    break
                }
                if isBlank {
                    blank += 1
                    if blank == 1, out.count + shift > 0 { out.append(0x0A) }
                } else {
                    blank = 0
                    out.append(contentsOf: bytes[start..<end])
                    out.append(0x0A)
                }
                start = end + 1
            }
            base += to - from
            return true
        }
        for hole in raw.holes {
            guard lines(read, hole.at, last: false) else { return nil }
            read = hole.at
            // The hole: whole lines, the first not blank.
            let r = hole.range
            guard old[r.upperBound - 1] == 0x0A else { return nil }
            var k = r.lowerBound
            while k < r.upperBound, old[k] == 0x20 { k += 1 }
            guard old[k] != 0x0A else { return nil }
            while next < lineStarts.count, lineStarts[next] < base + r.count {
                let p = lineStarts[next] - base
                mapped.append(p >= 0 && (p == 0 || old[r.lowerBound + p - 1] == 0x0A) ? out.count + shift + p : -1)
                next += 1
            }
            holes.append(SplicedBytes.Hole(at: out.count, range: r))
            shift += r.count
            base += r.count
            blank = r.count >= 2 && old[r.upperBound - 2] == 0x0A ? 1 : 0
        }
        guard lines(read, n, last: true) else { return nil }
        while next < lineStarts.count {
            mapped.append(-1)
            next += 1
        }
        while out.count - (holes.last?.at ?? 0) >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A { out.removeLast() }
        // The end must be in the new bytes (after the last hole) for the last steps.
        guard out.count - (holes.last?.at ?? 0) >= 2 else { return nil }
        if out.last != 0x0A { out.append(0x0A) }
        return (SplicedBytes(out, holes: holes, previous: raw.previous), mapped)
    }
}
