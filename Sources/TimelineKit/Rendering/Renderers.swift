/// The output formats of a timeline.
public enum OutputFormat: String, Sendable, CaseIterable {
    case markdown, html, json
}

/// JSON: the machine-readable timeline (documented in docs/json-format.md).
public enum TimelineJSON {
    public static func value(_ timeline: Timeline) -> JSONValue {
        .object([
            ("documents", .array(timeline.documents.map(document))),
            ("events", .array(timeline.events.map(event))),
        ])
    }

    public static func render(_ timeline: Timeline) -> String {
        String(decoding: renderBytes(timeline, keys: [], splicer: nil), as: UTF8.self)
    }

    /// The same bytes as `value(timeline).serialized() + "\n"`, written event by event; with a
    /// splicer and each event's key, unchanged events are copied from the previous file.
    static func renderBytes(_ timeline: Timeline, keys: [String], splicer: FragmentSplicer?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(timeline.events.count * 1_600 + timeline.documents.count * 300 + 64)
        out.append(UInt8(ascii: "{"))
        JSONValue.writeKey("documents", first: true, indent: 0, to: &out)
        JSONValue.writeArray(count: timeline.documents.count, indent: 1, to: &out) { k, out in
            document(timeline.documents[k]).write(to: &out, pretty: true, indent: 2)
        }
        JSONValue.writeKey("events", first: false, indent: 0, to: &out)
        FragmentSplicer.writeEventArray(timeline.events, indent: 1, keys: keys, splicer: splicer, to: &out, write: writeEvent)
        JSONValue.newline(&out, 0)
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// ``event(_:)`` written straight into `out` at `indent` (a test holds the two equal).
    static func writeEvent(_ e: TimelineEvent, indent: Int, to out: inout [UInt8]) {
        var o = JSONValue.ObjectWriter(indent: indent, to: &out)
        o.string("id", e.id, &out)
        o.key("date", &out)
        do {
            let d = e.date
            var w = JSONValue.ObjectWriter(indent: indent + 1, to: &out)
            w.string("value", d.value, &out)
            w.optional("mod", d.mod?.rawValue, &out)
            w.string("start", d.start.iso, &out)
            w.string("end", d.end.iso, &out)
            w.string("precision", d.precision.rawValue, &out)
            w.string("display", d.display, &out)
            w.string("derivation", d.derivation, &out)
            w.string("anchoring", d.anchoring.rawValue, &out)
            w.string("timex", d.timex, &out)
            w.optional("timexEnd", d.timexEnd, &out)
            w.finish(&out)
        }
        o.string("title", e.title, &out)
        o.key("planned", &out)
        out.append(contentsOf: (e.planned ? "true" : "false").utf8)
        o.key("actors", &out)
        JSONValue.writeArray(count: e.actors.count, indent: indent + 1, to: &out) { k, out in
            let a = e.actors[k]
            var w = JSONValue.ObjectWriter(indent: indent + 2, to: &out)
            w.string("name", a.name, &out)
            w.string("kind", a.kind.rawValue, &out)
            if let role = a.role { w.string("role", role, &out) }
            w.finish(&out)
        }
        o.key("evidence", &out)
        JSONValue.writeArray(count: e.evidence.count, indent: indent + 1, to: &out) { k, out in
            let ev = e.evidence[k]
            var w = JSONValue.ObjectWriter(indent: indent + 2, to: &out)
            w.string("document", ev.document, &out)
            w.int("sentence", ev.sentence, &out)
            w.int("start", ev.start, &out)
            w.int("end", ev.end, &out)
            w.string("role", ev.role.rawValue, &out)
            w.string("text", ev.text, &out)
            w.finish(&out)
        }
        o.finish(&out)
    }

    static func document(_ d: TimelineDocument) -> JSONValue {
        .object([
            ("id", .string(d.id)),
            ("path", .string(d.path)),
            ("title", .string(d.title)),
            ("published", d.published.map(published) ?? .null),
        ])
    }

    static func published(_ p: PublicationDate) -> JSONValue {
        .object([
            ("value", .string(p.value)),
            ("source", .string(p.source.rawValue)),
            ("confidence", .string(p.confidence.rawValue)),
            ("derivation", .string(p.derivation)),
        ])
    }

    static func event(_ e: TimelineEvent) -> JSONValue {
        .object([
            ("id", .string(e.id)),
            ("date", date(e.date)),
            ("title", .string(e.title)),
            ("planned", .bool(e.planned)),
            ("actors", .array(e.actors.map(actor))),
            ("evidence", .array(e.evidence.map(evidence))),
        ])
    }

    static func date(_ d: EventDate) -> JSONValue {
        .object([
            ("value", .string(d.value)),
            ("mod", .optional(d.mod?.rawValue)),
            ("start", .string(d.start.iso)),
            ("end", .string(d.end.iso)),
            ("precision", .string(d.precision.rawValue)),
            ("display", .string(d.display)),
            ("derivation", .string(d.derivation)),
            ("anchoring", .string(d.anchoring.rawValue)),
            ("timex", .string(d.timex)),
            ("timexEnd", .optional(d.timexEnd)),
        ])
    }

    static func actor(_ a: Actor) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(a.name)), ("kind", .string(a.kind.rawValue))]
        if let role = a.role { pairs.append(("role", .string(role))) }
        return .object(pairs)
    }

    static func evidence(_ e: Evidence) -> JSONValue {
        .object([
            ("document", .string(e.document)),
            ("sentence", .int(e.sentence)),
            ("start", .int(e.start)),
            ("end", .int(e.end)),
            ("role", .string(e.role.rawValue)),
            ("text", .string(e.text)),
        ])
    }
}

/// Options of the Markdown and HTML renderers.
public struct RenderOptions: Sendable {
    public var title: String
    /// Level of the title heading (1...4); years one below, events two below.
    public var headingLevel: Int
    public var stylesheet: String

    public init(title: String = "Alliance timeline", headingLevel: Int = 1, stylesheet: String = "style.css") {
        self.title = title
        self.headingLevel = headingLevel
        self.stylesheet = stylesheet
    }
}

/// Builds the Mustache context of a timeline explicitly (no reflection): typed objects and
/// lists of strings (``TemplateObject``). `escape` is applied to every piece of text for Markdown; HTML templates
/// get raw text and let Mustache's `{{...}}` escape it.
enum TemplateContext {
    /// Where a page's links go: `root` is the way back to the site's top ("" or "../");
    /// a standalone page links sources to its own footer (`#doc-ID`) and actors nowhere.
    struct Links {
        var root: String
        var standalone: Bool
        /// The site's timeline page quotes the first `reports` reports (documents) of an event
        /// and lists its first `sources` sources, and counts the rest (`moreReports`,
        /// `moreSources`): a happening reported by hundreds of articles stays one screen long.
        var limits: (reports: Int, sources: Int)? = nil

        func document(_ id: String) -> String { standalone ? "#doc-" + id : root + SiteBuilder.articlePath(id) }
    }

    /// Every key an event's context has, at any depth (the names an event's entry may use and
    /// still depend on nothing but its event), and the lists among them. Not `_memo`: it is
    /// the event's place in this build's timeline (an entry that showed it would change with
    /// every event added before it).
    static let eventKeys: Set<String> = [
        "id", "title", "date", "points", "sources", "actors", "hasActors", "planned", "actorList", "sourceList", "pointCount", "moreReports",
        "moreSources", "href",
        "display", "value", "precision", "derivation", "start", "startDay", "endDay", "uncertain", "end", "isRange", "mod", "note",
        "quote", "documentId", "documentTitle", "documentPath", "sentence", "isContinuation",
        "path", "published", "name", "kind", "role",
    ]
    static let eventLists: Set<String> = ["points", "sources", "actors"]

    /// With `memo`, each event's item has its index in the timeline as its `_memo` key
    /// (``FragmentMemo``), and an event for which `copied` is true is only that index, as a
    /// number (its entry is copied, not rendered: no context is made for it).
    static func build(
        _ timeline: Timeline, options: RenderOptions, escape: (String) -> String, links: Links? = nil,
        memo: Bool = false, copied: (Int) -> Bool = { _ in false }, itemExtras: TemplateObject = [:]
    ) -> TemplateObject {
        // What an event's entry shows of each document, escaped once per document (an event
        // cites the same few hundred documents again and again); with entries copied, only
        // for the documents the others cite.
        var cited: Set<String>?
        if memo {
            var ids = Set<String>()
            for k in timeline.events.indices where !copied(k) { for document in timeline.events[k].sources { ids.insert(document) } }
            cited = ids
        }
        var documentsByID: [String: SourceView] = [:]
        documentsByID.reserveCapacity(cited?.count ?? timeline.documents.count)
        for d in timeline.documents where documentsByID[d.id] == nil && cited.map({ $0.contains(d.id) }) ?? true {
            documentsByID[d.id] = SourceView(
                title: escape(d.title), path: escape(d.path), published: d.published?.value, href: links?.document(d.id))
        }
        var years: [TemplateValue] = []
        var currentYear: String?
        var events: [TemplateValue] = []
        func closeYear() {
            if let currentYear { years.append(.object([.year: .string(currentYear), .anchor: .string("y" + currentYear), .events: .list(events)])) }
            events = []
        }
        var yearNumber: Int?
        for (k, event) in timeline.events.enumerated() {
            // (The year read in place, and made a string only where it changes.)
            let year = event.startDay.year
            if year != yearNumber {
                closeYear()
                yearNumber = year
                currentYear = String(year)
            }
            if memo {
                if copied(k) {
                    events.append(.int(k))
                    continue
                }
                var context = eventContext(event, documents: documentsByID, escape: escape, links: links)
                context[.memo] = .int(k)
                for (name, value) in itemExtras.entries { context[name] = value }
                events.append(.object(context))
            } else {
                events.append(.object(eventContext(event, documents: documentsByID, escape: escape, links: links)))
            }
        }
        closeYear()
        let level = min(max(options.headingLevel, 1), 4)
        let documents: [TemplateValue] = timeline.documents.map { d in
            var c: TemplateObject = [.id: .string(d.id), .title: .string(escape(d.title)), .path: .string(escape(d.path))]
            if let links { c[.href] = .string(links.document(d.id)) }
            if let p = d.published {
                c[.published] = .object([
                    .value: .string(p.value), .display: .string(escape(DateSemantics.display(value: p.value))), .source: .string(p.source.rawValue),
                    .confidence: .string(p.confidence.rawValue), .derivation: .string(escape(p.derivation)),
                ])
            }
            return .object(c)
        }

        var context: TemplateObject = [
            .title: .string(escape(options.title)),
            .lang: "en",
            .generator: .string("alliance-timeline \(AllianceTimeline.version)"),
            .stylesheet: .string(options.stylesheet),
            .eventCount: .int(timeline.events.count),
            .documentCount: .int(timeline.documents.count),
            .summary: .string(summary(timeline) + "."),
            .years: .list(years),
            .hasEvents: .bool(!years.isEmpty),
            .documents: .list(documents),
            .h1: .string(String(repeating: "#", count: level)),
            .h2: .string(String(repeating: "#", count: level + 1)),
            .h3: .string(String(repeating: "#", count: level + 2)),
        ]
        if let links { context[.isSite] = .bool(!links.standalone) }
        return context
    }

    /// "4 events from 1 document".
    static func summary(_ timeline: Timeline) -> String {
        let e = timeline.events.count
        let d = timeline.documents.count
        return "\(e) event\(e == 1 ? "" : "s") from \(d) document\(d == 1 ? "" : "s")"
    }

    /// A document as an event's entry shows it: its title and path escaped for the output,
    /// its publication value, and its link.
    struct SourceView {
        var title: String
        var path: String
        var published: String?
        var href: String?
    }

    static func eventContext(
        _ e: TimelineEvent, documents: [String: SourceView], escape: (String) -> String, links: Links? = nil
    ) -> TemplateObject {
        var date: TemplateObject = [
            .display: .string(escape(e.date.display)), .value: .string(e.date.value), .precision: .string(e.date.precision.rawValue),
            .derivation: .string(escape(e.date.derivation)), .start: .string(htmlDatetime(e.date.timex)),
            .startDay: .string(e.date.start.iso), .endDay: .string(e.date.end.iso), .uncertain: .bool(e.date.isUncertain),
        ]
        if let end = e.date.timexEnd {
            date[.end] = .string(htmlDatetime(end))
            date[.isRange] = true
        }
        if let mod = e.date.mod { date[.mod] = .string(mod.rawValue) }
        if let note = e.date.note { date[.note] = .string(escape(note)) }
        var quoted = Set<String>()
        var moreReports = 0
        var evidence = e.evidence
        if let limit = links?.limits {
            evidence = e.evidence.filter { ev in
                if quoted.contains(ev.document) { return true }
                if quoted.count < limit.reports {
                    quoted.insert(ev.document)
                    return true
                }
                return false
            }
            moreReports = Set(e.evidence.map(\.document)).count - quoted.count
        }
        let points: [TemplateValue] = evidence.map { ev in
            let d = documents[ev.document]
            var p: TemplateObject = [
                .quote: .string(escape(ev.text)), .documentId: .string(ev.document), .documentTitle: .string(d?.title ?? escape(ev.document)),
                .documentPath: .string(d?.path ?? ""), .sentence: .int(ev.sentence), .isContinuation: .bool(ev.role == .continuation),
            ]
            if let links { p[.href] = .string(d?.href ?? links.document(ev.document)) }
            return .object(p)
        }
        var seen = Set<String>()
        var sources: [TemplateValue] = []
        var sourceTitles: [String] = []
        var moreSources = 0
        for ev in e.evidence where seen.insert(ev.document).inserted {
            if let limit = links?.limits, sources.count >= limit.sources {
                moreSources += 1
                continue
            }
            let d = documents[ev.document]
            let title = d?.title ?? escape(ev.document)
            var s: TemplateObject = [.title: .string(title), .path: .string(d?.path ?? ""), .id: .string(ev.document)]
            if let p = d?.published { s[.published] = .string(p) }
            if let links { s[.href] = .string(d?.href ?? links.document(ev.document)) }
            sources.append(.object(s))
            sourceTitles.append(title)
        }
        let actors: [TemplateValue] = e.actors.map { a in
            var c: TemplateObject = [.name: .string(escape(a.name)), .kind: .string(a.kind.rawValue)]
            if let role = a.role { c[.role] = .string(escape(role)) }
            if let links, !links.standalone { c[.href] = .string(links.root + SiteBuilder.actorPath(a)) }
            return .object(c)
        }
        var context: TemplateObject = [
            .id: .string(e.id), .title: .string(escape(e.title)), .date: .object(date), .points: .list(points), .sources: .list(sources),
            .actors: .list(actors), .hasActors: .bool(!actors.isEmpty), .planned: .bool(e.planned),
            .actorList: .string(e.actors.map { escape($0.name) }.joined(separator: ", ")),
            .sourceList: .string(sourceTitles.joined(separator: "; ")),
        ]
        context[.pointCount] = .int(points.count)
        if moreReports > 0 { context[.moreReports] = .int(moreReports) }
        if moreSources > 0 { context[.moreSources] = .int(moreSources) }
        if let links, !links.standalone { context[.href] = .string(links.root + "index.html#" + e.id) }
        return context
    }

    /// A valid HTML `datetime`: the TIMEX3 value when it is a date, month or year; else the
    /// first day of the interval.
    static func htmlDatetime(_ timex: String) -> String {
        if let p = DateSemantics.parse(timex) {
            switch p.precision {
            case .day: return String(timex.prefix(10))
            case .month, .year: return timex
            case .time: return String(timex.prefix(10))
            case .week: return timex.count >= 8 ? String(timex.prefix(8)) : p.interval.start.iso
            default: return p.interval.start.iso
            }
        }
        return timex
    }
}

/// Escapes text for CommonMark inline content: every character that could start markup is
/// backslash-escaped; nothing else is touched.
public enum MarkdownEscaping {
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: only "." and ")" after leading digits, and "#+-="
        // at the very start, matter besides the always-special characters.
        let plain = text.withBytes { bytes -> Bool in
            var i = 0
            while i < bytes.count && bytes[i] == 0x20 { i += 1 }
            if i < bytes.count {
                let b = bytes[i]
                if b == 0x23 || b == 0x2B || b == 0x2D || b == 0x3D || (b >= 0x30 && b <= 0x39) { return false }
            }
            // The table read once, not once a byte (each read of a static checks it is made).
            return MarkdownEscaping.special.withUnsafeBufferPointer { special in
                while i < bytes.count {
                    if special[Int(bytes[i])] { return false }
                    i += 1
                }
                return true
            }
        }
        if plain { return text }
        // Byte by byte: every character that needs a backslash is ASCII.
        return text.withBytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var atLineStart = true
            var allDigits = true  // what is written so far is only ASCII digits
            @inline(__always) func put(_ b: UInt8) {
                out.append(b)
                if b &- 0x30 >= 10 { allDigits = false }
            }
            for i in 0..<bytes.count {
                let b = bytes[i]
                let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
                switch b {
                case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x7E:  // \ ` * _ [ ] < > | ~
                    put(0x5C)
                    put(b)
                case 0x23, 0x2B, 0x2D, 0x3D:  // # + - =
                    if atLineStart { put(0x5C) }
                    put(b)
                case 0x21:  // "!" before "[" would open an image
                    if next == 0x5B { put(0x5C) }
                    put(b)
                case 0x26:  // "&" only where it could read as an entity ("&amp;")
                    if i + 1 < bytes.count, next == 0x23 || MarkdownEscaping.isAlphabetic(bytes, at: i + 1) { put(0x5C) }
                    put(b)
                case 0x2E, 0x29:  // "1. " at the start of a line would open a list
                    if !out.isEmpty, allDigits, next == 0x20 { put(0x5C) }
                    put(b)
                case 0x0A, 0x0D:
                    put(0x20)
                default:
                    put(b)
                }
                if b != 0x20 { atLineStart = false }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The bytes that always need a look: \\ ` * _ [ ] < > | ~ ! & and line breaks.
    static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b: UInt8 in [0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x7E, 0x21, 0x26, 0x0A, 0x0D] { table[Int(b)] = true }
        return table
    }()

    /// The scalar starting at byte `i` of valid UTF-8 is alphabetic.
    static func isAlphabetic(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) &- 0x61 < 26 }
        var it = UnsafeBufferPointer(rebasing: bytes[i...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&it) else { return false }
        return scalar.properties.isAlphabetic
    }
}

/// Escapes the five HTML special characters (for text and attribute values).
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as character references; a string without them is returned as it is.
    public static func escape(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: needsEscape) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool {
        b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27
    }

    /// Appends `text` escaped, as UTF-8 bytes.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            var i = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while i < bytes.count {
                // Eight bytes at a time while none of them is special (the usual case).
                if i + 8 <= bytes.count, !SWAR.hasHTMLSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                guard needsEscape(bytes[i]) else {
                    i += 1
                    continue
                }
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                switch bytes[i] {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                default: out.append(contentsOf: "&#39;".utf8)
                }
                run = i + 1
                i += 1
            }
            if bytes.count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count])) }
        }
    }
}

public enum AllianceTimeline {
    public static let version = "0.1.0"
}
