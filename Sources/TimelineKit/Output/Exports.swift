/// TimelineJS3's JSON format, so the timeline loads into that viewer.
/// (https://timeline.knightlab.com/docs/json-format.html)
///
/// TimelineJS puts every text field (headlines, texts, display dates, groups) into its page as
/// HTML, so each is HTML-escaped: a title with "<img onerror=...>" in it stays text.
public enum TimelineJSExport {
    public static func render(_ timeline: Timeline, title: String) -> String {
        String(decoding: renderBytes(timeline, title: title, keys: [], splicer: nil), as: UTF8.self)
    }

    /// Written event by event; with a splicer and each event's key, unchanged events are
    /// copied from the previous file.
    static func renderBytes(_ timeline: Timeline, title: String, keys: [String], splicer: FragmentSplicer?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(timeline.events.count * 560 + 256)
        out.append(UInt8(ascii: "{"))
        JSONValue.writeKey("title", first: true, indent: 0, to: &out)
        JSONValue.object([
            (
                "text",
                .object([
                    ("headline", .string(HTMLEscaping.escape(title))),
                    ("text", .string(HTMLEscaping.escape(TemplateContext.summary(timeline)))),
                ])
            )
        ]).write(to: &out, pretty: true, indent: 1)
        JSONValue.writeKey("events", first: false, indent: 0, to: &out)
        FragmentSplicer.writeEventArray(timeline.events, indent: 1, keys: keys, splicer: splicer, to: &out, write: writeEvent)
        JSONValue.newline(&out, 0)
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// ``event(_:)`` written straight into `out` at `indent` (a test holds the two equal).
    static func writeEvent(_ e: TimelineEvent, indent: Int, to out: inout [UInt8]) {
        var o = JSONValue.ObjectWriter(indent: indent, to: &out)
        o.string("unique_id", e.id, &out)
        o.key("start_date", &out)
        writeDate(e.date.start, e.date.precision, indent: indent + 1, to: &out)
        if e.date.end != e.date.start {
            o.key("end_date", &out)
            writeDate(e.date.end, e.date.precision, indent: indent + 1, to: &out)
        }
        o.string("display_date", HTMLEscaping.escape(displayDate(e)), &out)
        o.key("text", &out)
        var text = JSONValue.ObjectWriter(indent: indent + 1, to: &out)
        text.string("headline", HTMLEscaping.escape(e.title), &out)
        text.string("text", HTMLEscaping.escape(e.evidence[0].text), &out)
        text.finish(&out)
        if let group = e.actors.first(where: { $0.kind == .country })?.name { o.string("group", HTMLEscaping.escape(group), &out) }
        o.finish(&out)
    }

    /// The event's display date, with " (planned)" for a planned event.
    static func displayDate(_ e: TimelineEvent) -> String { e.planned ? e.date.display + " (planned)" : e.date.display }

    static func writeDate(_ day: CalendarDay, _ precision: DatePrecision, indent: Int, to out: inout [UInt8]) {
        var o = JSONValue.ObjectWriter(indent: indent, to: &out)
        o.string("year", String(day.year), &out)
        if precision <= .month || precision == .season || precision == .quarter || precision == .half || precision == .week {
            o.string("month", String(day.month), &out)
        }
        if precision <= .week { o.string("day", String(day.day), &out) }
        o.finish(&out)
    }

    static func event(_ e: TimelineEvent) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("unique_id", .string(e.id)),
            ("start_date", date(e.date.start, e.date.precision)),
        ]
        if e.date.end != e.date.start { pairs.append(("end_date", date(e.date.end, e.date.precision))) }
        pairs.append(("display_date", .string(HTMLEscaping.escape(displayDate(e)))))
        pairs.append(
            ("text", .object([("headline", .string(HTMLEscaping.escape(e.title))), ("text", .string(HTMLEscaping.escape(e.evidence[0].text)))])))
        if let group = e.actors.first(where: { $0.kind == .country })?.name { pairs.append(("group", .string(HTMLEscaping.escape(group)))) }
        return .object(pairs)
    }

    /// A year stays a year, a month a month: TimelineJS shows only the fields given.
    static func date(_ day: CalendarDay, _ precision: DatePrecision) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("year", .string(String(day.year)))]
        if precision <= .month || precision == .season || precision == .quarter || precision == .half || precision == .week {
            pairs.append(("month", .string(String(day.month))))
        }
        if precision <= .week { pairs.append(("day", .string(String(day.day)))) }
        return .object(pairs)
    }
}

/// iCalendar (RFC 5545): one all-day VEVENT per event, DTEND exclusive, CRLF lines folded at
/// 75 octets. DTSTAMP is the latest publication date of the event's sources (never the clock).
public enum ICalendarExport {
    public static func render(_ timeline: Timeline, title: String = "Alliance timeline") -> String {
        String(decoding: renderBytes(timeline, title: title, keys: [], splicer: nil), as: UTF8.self)
    }

    /// Written event by event; with a splicer and each event's key, unchanged events are
    /// copied from the previous file. Each content line is built in one reused buffer (text
    /// escaped as it is appended: escaping is byte by byte, so escaping the parts is escaping
    /// the whole), then folded and ended with CRLF into the output.
    static func renderBytes(_ timeline: Timeline, title: String, keys: [String], splicer: FragmentSplicer?) -> [UInt8] {
        let published = Dictionary(timeline.documents.map { ($0.id, $0.published?.day) }, uniquingKeysWith: { a, _ in a })
        var out: [UInt8] = []
        out.reserveCapacity(timeline.events.count * 760 + 256)
        for s in [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//alliance-timeline//alliance-timeline \(AllianceTimeline.version)//EN",
            "CALSCALE:GREGORIAN", "X-WR-CALNAME:\(text(title))",
        ] { fold(s, into: &out) }
        let useKeys = splicer != nil && keys.count == timeline.events.count
        var line: [UInt8] = []
        line.reserveCapacity(4_096)
        for (k, e) in timeline.events.enumerated() {
            func write(_ out: inout [UInt8]) {
                func emit(_ build: (inout [UInt8]) -> Void) {
                    line.removeAll(keepingCapacity: true)
                    build(&line)
                    line.withUnsafeBufferPointer { fold(bytes: $0, into: &out) }
                }
                func raw(_ s: String, _ line: inout [UInt8]) { line.append(contentsOf: s.utf8) }
                let stamp = e.evidence.compactMap { published[$0.document] ?? nil }.max() ?? e.date.end
                fold("BEGIN:VEVENT", into: &out)
                emit {
                    raw("UID:", &$0)
                    raw(e.id, &$0)
                    raw("@alliance-timeline", &$0)
                }
                emit {
                    raw("DTSTAMP:", &$0)
                    appendCompact(stamp, to: &$0)
                    raw("T000000Z", &$0)
                }
                emit {
                    raw("DTSTART;VALUE=DATE:", &$0)
                    appendCompact(e.date.start, to: &$0)
                }
                emit {
                    raw("DTEND;VALUE=DATE:", &$0)
                    appendCompact(e.date.end.adding(days: 1), to: &$0)
                }
                emit {
                    raw("SUMMARY:", &$0)
                    appendText(e.date.display, to: &$0)
                    raw(": ", &$0)
                    appendText(e.title, to: &$0)
                }
                // (RFC 5545's STATUS: a planned event is not confirmed yet.)
                if e.planned { emit { raw("STATUS:TENTATIVE", &$0) } }
                emit {
                    raw("DESCRIPTION:", &$0)
                    for (n, ev) in e.evidence.enumerated() {
                        if n > 0 { raw("\\n", &$0) }
                        appendText(ev.text, to: &$0)
                    }
                    raw("\\n\\nDate: ", &$0)
                    appendText(e.date.derivation, to: &$0)
                }
                if !e.actors.isEmpty {
                    emit {
                        raw("CATEGORIES:", &$0)
                        for (n, a) in e.actors.enumerated() {
                            if n > 0 { raw(",", &$0) }
                            appendText(a.name, to: &$0)
                        }
                    }
                }
                fold("END:VEVENT", into: &out)
            }
            if useKeys, let splicer { splicer.emit(k, into: &out, write) } else { write(&out) }
        }
        fold("END:VCALENDAR", into: &out)
        return out
    }

    /// `2025-01-30` as `20250130`.
    static func appendCompact(_ day: CalendarDay, to out: inout [UInt8]) {
        for b in day.iso.utf8 where b != UInt8(ascii: "-") { out.append(b) }
    }

    /// ``text(_:)`` appended as bytes.
    static func appendText(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b == 0x5C || b == 0x3B || b == 0x2C || b == 0x0A || b == 0x0D else { continue }
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                switch b {
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: break
                default: out.append(contentsOf: [0x5C, b])
                }
                run = i + 1
            }
            if bytes.count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count])) }
        }
    }

    /// TEXT values escape backslash, semicolon, comma and line breaks (a carriage return is dropped).
    static func text(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return s.withBytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            for b in bytes {
                switch b {
                case 0x5C, 0x3B, 0x2C:
                    out.append(0x5C)
                    out.append(b)
                case 0x0A:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "n"))
                case 0x0D: continue
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends `line` folded at 75 octets (CRLF and a space before each continuation), then CRLF.
    static func fold(_ line: String, into out: inout [UInt8]) {
        var line = line
        line.withUTF8 { fold(bytes: $0, into: &out) }
    }

    /// ``fold(_:into:)`` of a line's bytes (valid UTF-8).
    static func fold(bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        if bytes.count <= 75 {
            out.append(contentsOf: bytes)
        } else {
            // Runs of whole scalars, each at most 75 octets on its line (74 after the space
            // that opens a continuation), copied at once.
            var start = 0
            var limit = 75
            while start < bytes.count {
                var end = min(bytes.count, start + limit)
                // Back off to a scalar boundary (never inside a multi-byte scalar).
                while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                if end == start { end = min(bytes.count, start + limit) }
                if start > 0 {
                    out.append(0x0D)
                    out.append(0x0A)
                    out.append(0x20)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
                limit = 74
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }
}

/// An Atom feed (RFC 4287): one entry per article. `updated` comes from publication dates,
/// so the feed changes only when the articles do.
public enum AtomFeed {
    public static func render(_ timeline: Timeline, title: String, baseURL: String?) -> String {
        String(decoding: renderBytes(timeline, title: title, baseURL: baseURL), as: UTF8.self)
    }

    /// The feed's bytes, written straight into one buffer (escaping a text piece by piece is
    /// escaping the whole: it replaces characters one by one).
    /// `eventsOf`: each article's events (indices in timeline order), when the caller has them.
    /// With a splicer and a key per article (``SiteBuilder/feedEntryKeys(_:eventKeys:eventsOf:)``),
    /// unchanged entries are copied from the previous feed.
    static func renderBytes(
        _ timeline: Timeline, title: String, baseURL: String?, eventsOf known: [String: [Int]]? = nil, keys: [String] = [],
        splicer: FragmentSplicer? = nil
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(timeline.documents.count * 1_800 + 1_024)
        func raw(_ s: String) { out.append(contentsOf: s.utf8) }
        func xml(_ s: String) { HTMLEscaping.append(s, to: &out) }
        let dates = timeline.documents.compactMap { $0.published?.day }
        let updated = (dates.max() ?? CalendarDay(year: 1970, month: 1, day: 1)!).iso + "T00:00:00Z"
        let feedID = baseURL.map { $0 + "feed.xml" } ?? "urn:alliance-timeline:feed"
        raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>")
        xml(title)
        raw("</title>\n  <id>")
        xml(feedID)
        raw("</id>\n  <updated>\(updated)</updated>\n  <author><name>alliance-timeline</name></author>\n")
        raw("  <generator version=\"\(AllianceTimeline.version)\">alliance-timeline</generator>\n")
        raw("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        xml((baseURL ?? "") + "index.html")
        raw("\"/>\n")
        // Each article's events, in timeline order (one pass, not one per article).
        var eventsOf: [String: [Int]] = known ?? [:]
        if known == nil {
            for (k, e) in timeline.events.enumerated() {
                for ev in e.evidence where eventsOf[ev.document]?.last != k { eventsOf[ev.document, default: []].append(k) }
            }
        }
        let splicing = keys.count == timeline.documents.count ? splicer : nil
        for (n, d) in timeline.documents.enumerated() {
            if let splicing {
                splicing.emit(n, into: &out) { out in entry(d, eventsOf[d.id] ?? [], baseURL: baseURL, timeline, into: &out) }
            } else {
                entry(d, eventsOf[d.id] ?? [], baseURL: baseURL, timeline, into: &out)
            }
        }
        raw("</feed>\n")
        return out
    }

    /// One article's entry.
    private static func entry(_ d: TimelineDocument, _ events: [Int], baseURL: String?, _ timeline: Timeline, into out: inout [UInt8]) {
        func raw(_ s: String) { out.append(contentsOf: s.utf8) }
        func xml(_ s: String) { HTMLEscaping.append(s, to: &out) }
        do {
            let when = (d.published?.day ?? CalendarDay(year: 1970, month: 1, day: 1)!).iso + "T00:00:00Z"
            raw("  <entry>\n    <title>")
            xml(d.title)
            raw("</title>\n    <id>")
            if let baseURL { xml(baseURL + SiteBuilder.articlePath(d.id)) } else { xml("urn:alliance-timeline:article:" + d.id) }
            raw("</id>\n    <updated>\(when)</updated>\n    <link rel=\"alternate\" type=\"text/html\" href=\"")
            xml((baseURL ?? "") + SiteBuilder.articlePath(d.id))
            raw("\"/>\n    <summary>")
            if events.isEmpty { raw("No dated events.") }
            for (n, k) in events.enumerated() {
                if n > 0 { raw("; ") }
                xml(timeline.events[k].date.display)
                raw(": ")
                xml(timeline.events[k].title)
            }
            raw("</summary>\n  </entry>\n")
        }
    }
}

/// sitemap.xml (sitemaps.org 0.9) with absolute URLs; written only when a base URL is known.
public enum Sitemap {
    public static func render(paths: [String], baseURL: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths { xml += "  <url><loc>\(TagOutput.xml(baseURL + path))</loc></url>\n" }
        xml += "</urlset>\n"
        return xml
    }
}
