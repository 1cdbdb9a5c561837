import Testing

@testable import TimelineKit

/// The byte-level fast paths against plain reference implementations: each must give exactly
/// what the straightforward code gives, on ordinary and awkward input.
@Suite struct FastPathTests {
    /// Words of many lengths and cases, and text around them.
    static let samples = [
        "", "a", "I", "the", "The", "THE", "May", "january", "Sept", "SEPTEMBER", "approximately", "Thanksgiving",
        "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOPQRSTUVWX", "abcdefghijklmnopqrstuvwxyz", "Zürich", "naïve", "día",
        "state-of-the-art", "U.S.", "don't", "1990s", "x2y", "@home", "[the]", "mid-December", "Tokyo–Seoul",
    ]

    @Test(arguments: samples)
    func wordHashesAgreeWhateverTheyAreReadFrom(_ word: String) {
        // The lexicon is built from strings; the tokenizer hashes buffers, near the end of a
        // text or not. All three must agree for a lookup to work.
        let bytes = Array(word.utf8)
        guard !bytes.isEmpty else { return }
        let padded = bytes + [UInt8](repeating: 0x41, count: Lexicon.maximumWordLength)
        let fromString = Lexicon.hash(word)
        let fromPointer = padded.withUnsafeBufferPointer { Lexicon.hash($0.baseAddress!, bytes.count) }
        let nearEnd = bytes.withUnsafeBufferPointer { Lexicon.hashNearEnd($0, 0, bytes.count) }
        #expect(fromPointer == fromString)
        if bytes.count <= Lexicon.maximumWordLength { #expect(nearEnd == fromString) }
        // Upper and lower case hash alike.
        let upper = word.uppercased()
        if upper.utf8.count == bytes.count, bytes.allSatisfy({ $0 < 0x80 }) { #expect(Lexicon.hash(upper) == fromString) }
    }

    @Test func shortWordsOfOneLengthNeverShareAHash() {
        // One multiply is injective for words of up to eight letters.
        var seen: [UInt64: String] = [:]
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for a in letters {
            for b in letters {
                for c in [UInt8(ascii: "e"), UInt8(ascii: "s"), UInt8(ascii: "y")] {
                    let word = String(decoding: [a, b, c], as: UTF8.self)
                    let h = Lexicon.hash(word)
                    #expect(seen[h] == nil, "\(word) and \(seen[h] ?? "") share a hash")
                    seen[h] = word
                }
            }
        }
    }

    @Test func eightByteLetterScanFindsTheFirstNonLetter() {
        // Every byte value at every position of an otherwise all-letter word.
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "k"), count: 8)
                bytes[position] = UInt8(value)
                let word = UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
                let stop = Tokenizer.nonLetters(word)
                let expected = bytes.firstIndex { !Tokenizer.isLetter($0) || $0 >= 0x80 }
                #expect((stop == 0 ? nil : stop.trailingZeroBitCount >> 3) == expected, "byte \(value) at \(position)")
            }
        }
    }

    @Test(arguments: samples)
    func tokensAreTheSameWhereverTheWordSits(_ word: String) {
        // A word tokenizes to the same lexeme and flags at the start, in the middle and at the
        // very end of a text (where the hash is read byte by byte).
        func lexemeAndFlags(_ text: String, at offset: Int) -> (Lexeme, Bool, Bool)? {
            var text = text
            return text.withUTF8 { bytes in
                let tokens = Tokenizer.tokenize(bytes)
                defer { tokens.deallocate() }
                guard let t = tokens.first(where: { $0.start == offset }) else { return nil }
                return (t.lexeme, t.capitalized, t.allCaps)
            }
        }
        guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { return }
        let alone = lexemeAndFlags(word, at: 0)
        let inside = lexemeAndFlags("xx " + word + " and more words after it, to be well away from the end", at: 3)
        let atEnd = lexemeAndFlags("xx " + word, at: 3)
        #expect(alone.map { "\($0)" } == inside.map { "\($0)" })
        #expect(atEnd.map { "\($0)" } == inside.map { "\($0)" })
    }

    @Test func lexiconWordsAreFoundAndTaggedAsTriggers() {
        var text = "Officials said on Thursday that the talks could resume next March, reported the agency."
        let found: [String: (Lexeme, Bool)] = text.withUTF8 { bytes in
            let tokens = Tokenizer.tokenize(bytes)
            defer { tokens.deallocate() }
            var out: [String: (Lexeme, Bool)] = [:]
            for t in tokens where t.kind == .word {
                out[String(decoding: bytes[t.start..<t.end], as: UTF8.self)] = (t.lexeme, t.isIn(.trigger))
            }
            return out
        }
        #expect(found["Thursday"]?.0 == .weekday(4))
        #expect(found["March"]?.0 == .month(3))
        #expect(found["next"]?.1 == true)
        #expect(found["said"]?.1 == false)  // a keyword, but it never opens an expression
        #expect(found["Officials"]?.0 == Lexeme.none)
        #expect(found["Officials"]?.1 == false)
    }

    @Test(arguments: [
        ("The two ministers met in Tokyo on Monday", 6), ("  leading   and   inner  spaces ", 3), ("one", 6), ("", 6),
        ("a b c d e f g h", 6), ("Zürich talks — “resumed” quickly", 2),
        ("Ministers met \u{301}in Paris to discuss trade", 6),
    ])
    func firstWordsMatchesSplittingAndJoining(_ text: String, _ n: Int) {
        #expect(TitleCompressor.firstWords(text, n) == text.split(separator: " ").prefix(n).joined(separator: " "))
    }

    @Test(arguments: samples)
    func stringHelpersMatchTheirDefinitions(_ s: String) {
        #expect(s.lowercasedASCII() == s.lowercased())
        #expect(s.trimmingCharacters(in: ", .-") == String(String(s.drop { ", .-".contains($0) }.reversed()).drop { ", .-".contains($0) }.reversed()))
        for target in ["t", "th", "e", "-", "–", "s", "xyz", ""] {
            let reference = target.isEmpty ? s : s.components(separatedBy: target).joined(separator: "<>")
            #expect(s.replacingAll(target, with: "<>") == reference, "\(s) / \(target)")
            let offset = target.isEmpty ? nil : s.range(of: target).map { s.utf8.distance(from: s.utf8.startIndex, to: $0.lowerBound) }
            #expect(s.byteOffset(of: target) == offset)
        }
    }

    /// The Markdown escaper as it was written first, scalar by scalar: the reference.
    static func referenceMarkdownEscape(_ text: String) -> String {
        var out = ""
        var atLineStart = true
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out += "\\"
                out.unicodeScalars.append(c)
            case "#", "+", "-", "=":
                if atLineStart { out += "\\" }
                out.unicodeScalars.append(c)
            case "!":
                if i + 1 < scalars.count, scalars[i + 1] == "[" { out += "\\" }
                out.unicodeScalars.append(c)
            case "&":
                if i + 1 < scalars.count, scalars[i + 1].properties.isAlphabetic || scalars[i + 1] == "#" { out += "\\" }
                out.unicodeScalars.append(c)
            case ".", ")":
                if !out.isEmpty, out.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), i + 1 < scalars.count, scalars[i + 1] == " " {
                    out += "\\"
                }
                out.unicodeScalars.append(c)
            case "\n", "\r":
                out += " "
            default:
                out.unicodeScalars.append(c)
            }
            if c != " " { atLineStart = false }
        }
        return out
    }

    @Test(arguments: [
        "1. First", "12) twelve", "1.5 million", "# heading", "  - item", "a - b", "+1", "=x", "*bold* and _em_", "![img](x)", "! [no]",
        "a & b", "&amp;", "&#38;", "&é accent", "&ß", "a\\b `code` <tag> |pipe| ~tilde~", "line\nbreak\r\nthere", "1.", "1. ",
        "99. x", "9)", "1.2. x", "Zürich [1] — “quoted”", "&", "!", "",
    ])
    func markdownEscapeMatchesTheScalarReference(_ text: String) {
        // Plain text is returned as it is; anything else goes through the byte path.
        #expect(MarkdownEscaping.escape(text) == Self.referenceMarkdownEscape(text))
    }

    /// iCalendar folding as it was written first, scalar by scalar: the reference.
    static func referenceFold(_ line: String) -> [UInt8] {
        var out: [UInt8] = []
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return bytes + [0x0D, 0x0A] }
        var count = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if count + length > 75 {
                out += [0x0D, 0x0A, 0x20]
                count = 1
            }
            out += bytes[i..<min(bytes.count, i + length)]
            count += length
            i += length
        }
        return out + [0x0D, 0x0A]
    }

    @Test(arguments: [0, 1, 2, 3, 73, 74, 75, 76, 149, 150, 151, 300])
    func iCalendarFoldingMatchesTheScalarReference(_ padding: Int) {
        // Multi-byte scalars of every length placed across the fold points.
        for filler in ["a", "é", "—", "😀", "aé—😀"] {
            let line = "DESCRIPTION:" + String(repeating: "x", count: padding) + String(repeating: filler, count: 60)
            var folded: [UInt8] = []
            ICalendarExport.fold(line, into: &folded)
            #expect(folded == Self.referenceFold(line), "\(padding) \(filler)")
        }
    }

    @Test(arguments: [0, 1, 7, 31, 32, 33, 64, 100, 257])
    func theWideFileHashSeesEveryByte(_ count: Int) {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let hash = { (b: [UInt8]) in b.withUnsafeBytes { wideHash64($0) } }
        let base = hash(bytes)
        #expect(hash(bytes) == base)
        // Any one byte changed, in any lane or in the tail, changes the hash; so does one more byte.
        var seen: Set<UInt64> = [base]
        for k in 0..<count {
            var changed = bytes
            changed[k] ^= 0x01
            seen.insert(hash(changed))
        }
        #expect(seen.count == count + 1)
        #expect(hash(bytes + [0]) != base)
        // Lanes are not interchangeable: two eight-byte words swapped give another hash.
        if count >= 16 {
            var swapped = bytes
            swapped.replaceSubrange(0..<16, with: bytes[8..<16] + bytes[0..<8])
            if swapped != bytes { #expect(hash(swapped) != base) }
        }
    }

    @Test func cacheIntegersAreDecimalAndReadBack() throws {
        let values = [0, 7, 9, 10, 11, 99, 100, 12_345, -1, -10, -987_654, Int(Int32.max), Int.max, Int.min + 1]
        var writer = CacheWriter()
        for v in values { writer.int(v) }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == values.map { "\($0) " }.joined())
        var reader = CacheReader(writer.bytes)
        for v in values { #expect(try reader.int() == v) }
        #expect(reader.atEnd)
    }

    @Test(arguments: [[Int32](), [3], [5, 1, 5, 2, 1, 9, 9], [7, 7, 7], [4, 3, 2, 1], [1, 2, 3]])
    func uniqueSortedIsSortedSet(_ values: [Int32]) {
        #expect(TimelineBuilder.uniqueSorted(values) == Array(Set(values)).sorted())
    }

    @Test func actorsAreOrderedByKindThenByMention() {
        let actors = [
            Actor(name: "NATO", kind: .organization), Actor(name: "Japan", kind: .country), Actor(name: "Pete Hegseth", kind: .person),
            Actor(name: "Coast Guard", kind: .organization), Actor(name: "China", kind: .country), Actor(name: "Gen Nakatani", kind: .person),
        ]
        let rank: [Actor.Kind: Int] = [.person: 0, .country: 1, .organization: 2]
        let reference = actors.enumerated().sorted { (rank[$0.element.kind]!, $0.offset) < (rank[$1.element.kind]!, $1.offset) }.map(\.element)
        #expect(EventExtractor.ordered(actors).map(\.name) == reference.map(\.name))
    }

    @Test(arguments: [
        ("2024", 2024, nil, nil), ("2024-12", 2024, 12, nil), ("2024-02-29", 2024, 2, 29), ("2023-02-29", 2023, 2, 29),
        ("2024-Q3", 2024, nil, nil), ("2024-WI", 2024, nil, nil), ("2024-H2", 2024, nil, nil),
    ])
    func yearCandidatesMatchTheParsedValues(_ value: String, _ year: Int, _ month: Int?, _ day: Int?) {
        // The interval computed from fields is the one the value string parses to.
        var fields = DateFields(year: year, month: month, day: day)
        if value.hasSuffix("Q3") { fields = DateFields(year: year, quarter: 3) }
        if value.hasSuffix("WI") { fields = DateFields(year: year, season: .winter) }
        if value.hasSuffix("H2") { fields = DateFields(year: year, half: 2) }
        let direct = Resolver.interval(fields, year: year)
        let parsed = Resolver.value(fields, year: year).flatMap { DateSemantics.interval(value: $0) }
        #expect(direct == parsed)
        #expect(Resolver.value(fields, year: year) == (day == 29 && year == 2023 ? nil : value))
    }

    /// The feed as it was built before it was written into one buffer: string interpolation,
    /// each text escaped whole.
    func referenceFeed(_ timeline: Timeline, title: String, baseURL: String?) -> String {
        let dates = timeline.documents.compactMap { $0.published?.day }
        let updated = (dates.max() ?? CalendarDay(year: 1970, month: 1, day: 1)!).iso + "T00:00:00Z"
        let feedID = baseURL.map { $0 + "feed.xml" } ?? "urn:alliance-timeline:feed"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(HTMLEscaping.escape(title))</title>
              <id>\(HTMLEscaping.escape(feedID))</id>
              <updated>\(updated)</updated>
              <author><name>alliance-timeline</name></author>
              <generator version="\(AllianceTimeline.version)">alliance-timeline</generator>
              <link rel="alternate" type="text/html" href="\(HTMLEscaping.escape((baseURL ?? "") + "index.html"))"/>

            """
        var eventsOf: [String: [Int]] = [:]
        for (k, e) in timeline.events.enumerated() {
            for ev in e.evidence where eventsOf[ev.document]?.last != k { eventsOf[ev.document, default: []].append(k) }
        }
        for d in timeline.documents {
            let href = (baseURL ?? "") + SiteBuilder.articlePath(d.id)
            let entryID = baseURL.map { $0 + SiteBuilder.articlePath(d.id) } ?? "urn:alliance-timeline:article:\(d.id)"
            let when = (d.published?.day ?? CalendarDay(year: 1970, month: 1, day: 1)!).iso + "T00:00:00Z"
            let events = eventsOf[d.id] ?? []
            let summary = events.map { "\(timeline.events[$0].date.display): \(timeline.events[$0].title)" }.joined(separator: "; ")
            xml += """
                  <entry>
                    <title>\(HTMLEscaping.escape(d.title))</title>
                    <id>\(HTMLEscaping.escape(entryID))</id>
                    <updated>\(when)</updated>
                    <link rel="alternate" type="text/html" href="\(HTMLEscaping.escape(href))"/>
                    <summary>\(HTMLEscaping.escape(summary.isEmpty ? "No dated events." : summary))</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return xml
    }

    @Test(arguments: [nil, "https://example.org/<site>&/"])
    func theFeedWrittenIntoOneBufferIsTheFeedAsItWasBuilt(_ baseURL: String?) {
        var timeline = seedTimeline
        timeline.documents[0].title = "Hegseth & Nakatani: \"a call\" <urgent> it's ünïcode"
        #expect(AtomFeed.render(timeline, title: "T & <t>", baseURL: baseURL) == referenceFeed(timeline, title: "T & <t>", baseURL: baseURL))
        let empty = Timeline(documents: timeline.documents, events: [])
        #expect(AtomFeed.render(empty, title: "x", baseURL: baseURL) == referenceFeed(empty, title: "x", baseURL: baseURL))
    }

    /// Events with every optional field absent and present, and text that needs escaping.
    func jsonTestEvents() -> [TimelineEvent] {
        var events = seedTimeline.events
        var e = seedTimeline.events[0]
        e.date.mod = .approx
        e.date.timexEnd = "2025-02"
        e.date.precision = .year
        e.title = "A \"quoted\" title \\ with ünïcode\u{2028}and a line\nbreak"
        e.actors = [Actor(name: "Gen Nakatani", kind: .person, role: "defense minister"), Actor(name: "Japan", kind: .country)]
        e.evidence[0].text = "<b>Tags</b> & \"quotes\"\tand tabs"
        events.append(e)
        e.actors = []
        e.date.end = e.date.start
        e.date.precision = .day
        events.append(e)
        return events
    }

    /// The JSON and TimelineJS files write each event straight into their buffer; the bytes
    /// are those of the event's JSON value, at any indentation.
    @Test(arguments: [1, 2, 3]) func eventsWrittenDirectlyAreTheirJSONValues(_ indent: Int) {
        for e in jsonTestEvents() {
            var direct: [UInt8] = []
            TimelineJSON.writeEvent(e, indent: indent, to: &direct)
            var value: [UInt8] = []
            TimelineJSON.event(e).write(to: &value, pretty: true, indent: indent)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: value, as: UTF8.self))
            var js: [UInt8] = []
            TimelineJSExport.writeEvent(e, indent: indent, to: &js)
            var jsValue: [UInt8] = []
            TimelineJSExport.event(e).write(to: &jsValue, pretty: true, indent: indent)
            #expect(String(decoding: js, as: UTF8.self) == String(decoding: jsValue, as: UTF8.self))
        }
        let timeline = Timeline(documents: seedTimeline.documents, events: jsonTestEvents())
        #expect(TimelineJSON.render(timeline) == TimelineJSON.value(timeline).serialized() + "\n")
    }

    /// The iCalendar file as it was written before each line was built in one buffer: lines
    /// made as strings (escaped whole, interpolated), then folded.
    func referenceICS(_ timeline: Timeline, title: String) -> [UInt8] {
        func text(_ s: String) -> String { ICalendarExport.text(s) }
        func fold(_ s: String, into out: inout [UInt8]) { ICalendarExport.fold(s, into: &out) }
        func compact(_ day: CalendarDay) -> String { day.iso.replacingAll("-", with: "") }
        let published = Dictionary(timeline.documents.map { ($0.id, $0.published?.day) }, uniquingKeysWith: { a, _ in a })
        // Each content line is folded and ended with CRLF straight into one byte buffer.
        var out: [UInt8] = []
        out.reserveCapacity(timeline.events.count * 760 + 256)
        for s in [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//alliance-timeline//alliance-timeline \(AllianceTimeline.version)//EN",
            "CALSCALE:GREGORIAN", "X-WR-CALNAME:\(text(title))",
        ] { fold(s, into: &out) }
        for e in timeline.events {
            func write(_ out: inout [UInt8]) {
                func line(_ s: String) { fold(s, into: &out) }
                let stamp = e.evidence.compactMap { published[$0.document] ?? nil }.max() ?? e.date.end
                line("BEGIN:VEVENT")
                line("UID:\(e.id)@alliance-timeline")
                line("DTSTAMP:\(compact(stamp))T000000Z")
                line("DTSTART;VALUE=DATE:\(compact(e.date.start))")
                line("DTEND;VALUE=DATE:\(compact(e.date.end.adding(days: 1)))")
                line("SUMMARY:\(text(e.date.display + ": " + e.title))")
                line("DESCRIPTION:\(text(e.evidence.map(\.text).joined(separator: "\n") + "\n\nDate: " + e.date.derivation))")
                if !e.actors.isEmpty { line("CATEGORIES:\(e.actors.map { text($0.name) }.joined(separator: ","))") }
                line("END:VEVENT")
            }
            write(&out)
        }
        fold("END:VCALENDAR", into: &out)
        return out
    }

    /// Each iCalendar line is built in one reused buffer; the file is the one the lines made
    /// as strings gave: escapes, long folded lines, non-ASCII, events with and without actors.
    @Test func theCalendarBuiltLineByLineIsTheCalendarAsItWasBuilt() {
        var events = jsonTestEvents()
        var long = events[0]
        long.evidence = (0..<4).map { n in
            var ev = events[0].evidence[0]
            ev.text = String(repeating: "Ünïcode, semicolons; backslashes \\ and\r\nbreaks — ", count: n + 1)
            return ev
        }
        events.append(long)
        let timeline = Timeline(documents: seedTimeline.documents, events: events)
        let title = "A title; with, escapes \\ and a long tail " + String(repeating: "é", count: 60)
        #expect(ICalendarExport.render(timeline, title: title) == String(decoding: referenceICS(timeline, title: title), as: UTF8.self))
    }

    /// JSON and HTML escaping skip eight plain bytes at a time; every byte value at every place
    /// of the word must still be found: the escapers against plain byte loops.
    @Test func escapingEightBytesAtATimeMissesNoByte() {
        func referenceJSON(_ s: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            let bytes = Array(s.utf8)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    out += Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 3
                    continue
                }
                switch b {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0..<0x20: out += Array(String(format: "\\u%04x", b).utf8)
                default: out.append(b)
                }
                i += 1
            }
            return out + [0x22]
        }
        func referenceHTML(_ s: String) -> [UInt8] {
            var out: [UInt8] = []
            for b in s.utf8 {
                switch b {
                case 0x26: out += Array("&amp;".utf8)
                case 0x3C: out += Array("&lt;".utf8)
                case 0x3E: out += Array("&gt;".utf8)
                case 0x22: out += Array("&quot;".utf8)
                case 0x27: out += Array("&#39;".utf8)
                default: out.append(b)
                }
            }
            return out
        }
        func check(_ s: String) {
            var json: [UInt8] = []
            JSONValue.writeString(s, to: &json)
            #expect(json == referenceJSON(s), "\(s.debugDescription)")
            var html: [UInt8] = []
            HTMLEscaping.append(s, to: &html)
            #expect(html == referenceHTML(s), "\(s.debugDescription)")
        }
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "&", "<", ">", "'", "\u{2028}", "\u{2029}", "\u{2014}", "é", " "]
        for length in 0...24 {
            for place in 0..<max(1, length) {
                for special in specials {
                    var s = String(repeating: "a", count: length)
                    if length > 0 {
                        let index = s.index(s.startIndex, offsetBy: place)
                        s.replaceSubrange(index...index, with: special)
                    }
                    check(s)
                }
            }
        }
        // Every byte value below 0x80 at every place of a 16-byte word.
        for b in 0..<0x80 {
            for place in 0..<16 {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 16)
                bytes[place] = UInt8(b)
                check(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// The word splitter as it was before it read a buffer without bounds checks.
    func referenceSplit(_ bytes: [UInt8], _ range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var i = range.lowerBound
        let end = range.upperBound
        func isWordByte(_ b: UInt8) -> Bool {
            (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b >= 0x80
        }
        /// U+2000...U+206F (curly quotes, dashes, ellipsis) and U+00A0-U+00BF are punctuation.
        func punctuationScalarLength(_ k: Int) -> Int {
            let b = bytes[k]
            if b == 0xE2, k + 1 < end, bytes[k + 1] == 0x80 || bytes[k + 1] == 0x81 { return 3 }
            if b == 0xC2, k + 1 < end, bytes[k + 1] >= 0xA0, bytes[k + 1] <= 0xBF { return 2 }
            return 0
        }
        while i < end {
            let skip = punctuationScalarLength(i)
            if skip > 0 {
                i += skip
                continue
            }
            guard isWordByte(bytes[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < end {
                let b = bytes[i]
                if punctuationScalarLength(i) > 0 { break }
                if isWordByte(b) {
                    i += 1
                } else if (b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) && i + 1 < end && isWordByte(bytes[i + 1])
                    && (b == UInt8(ascii: "-") || (bytes[i + 1] >= 0x41 && bytes[i + 1] <= 0x5A && i - start == 1))
                {
                    i += 1
                } else {
                    break
                }
            }
            var stop = i
            // "U.S." keeps its final period.
            if i < end, bytes[i] == UInt8(ascii: "."), stop - start >= 3, bytes[stop - 2] == UInt8(ascii: ".") {
                stop += 1
                i += 1
            }
            words.append(Word(text: String(decoding: bytes[start..<stop], as: UTF8.self), range: start..<stop))
            // Possessive 's / ’s
            if i < end, bytes[i] == UInt8(ascii: "'"), i + 1 < end, bytes[i + 1] | 0x20 == UInt8(ascii: "s") {
                i += 2
            } else if i + 3 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, bytes[i + 3] | 0x20 == UInt8(ascii: "s") {
                i += 4
            }
        }
        return words
    }

    @Test(arguments: [
        "The U.S. and Japan's defense ministers met in Tokyo on Jan. 30, 2025.",
        "“Quoted” words — dashes… and ‘curly’ quotes; the U.S.-Japan alliance’s plan.",
        "Ünïcode names like Müller and Nakatani-san, e-mail, 3.5-ton, A.B.C. and a.b.",
        "  leading spaces, trailing dots... x. Y.Z. it's, its’ and JAPAN'S",
        "\u{00A0}non-breaking\u{00A0}space, ¿inverted? «guillemets» and ©2025",
        "", "a", "U.S.", "-dash", "x-", "'s", "’s", "\u{2014}", "ab\u{E2}",
    ])
    func theWordSplitterIsTheOneItReplaces(_ sentence: String) {
        let bytes = Array(sentence.utf8)
        for lower in 0...min(3, bytes.count) {
            let range = lower..<bytes.count
            #expect(Words.split(bytes, range) == referenceSplit(bytes, range), "\(sentence.debugDescription) from \(lower)")
        }
    }

    @Test(arguments: [
        ("", "a"), ("a", ""), ("abc", "abcd"), ("abc", "abc"), ("xxabc", "abc"), ("abcab", "ab"), ("aaab", "aab"),
        ("the “quoted” one", "”"), ("Ünïcode, for its part, fine", ", for its part,"), ("no match here", "zz"), ("ab", "b"),
    ])
    func substringSearchFindsTheFirstOccurrence(_ text: String, _ target: String) {
        // The plain search it replaces: every start, compared byte by byte.
        let bytes = Array(text.utf8)
        let t = Array(target.utf8)
        var expected: Int?
        if !t.isEmpty, bytes.count >= t.count {
            expected = (0...(bytes.count - t.count)).first { i in Array(bytes[i..<i + t.count]) == t }
        }
        #expect(text.byteOffset(of: target) == expected)
    }

    /// Merging's words and names by their definition: every word's text lower-cased, stop
    /// words dropped, in its merge form (countries' demonyms as the country, stems); names,
    /// those after the first that begin with a capital A-Z; verbs, the positions of past forms;
    /// countries, the positions of countries' names, demonyms and capitals.
    static func referenceWords(_ title: String) -> (words: [String], names: [String], verbs: [Int], countries: [Int]) {
        let bytes = Array(title.utf8)
        var words: [String] = []
        var names: [String] = []
        var verbs: [Int] = []
        var countries: [Int] = []
        for (k, word) in Words.split(bytes, 0..<bytes.count).enumerated() {
            let text = word.text.lowercasedASCII()
            if TimelineBuilder.stopWords.contains(text) { continue }
            if TimelineBuilder.isPastForm(text) { verbs.append(words.count) }
            if TimelineBuilder.countryForms[text] != nil { countries.append(words.count) }
            let form = TimelineBuilder.mergeForm(text)
            words.append(form)
            if k > 0, let c = word.text.utf8.first, c &- 0x41 < 26 { names.append(form) }
        }
        return (words, names, verbs, countries)
    }

    @Test(arguments: [
        "The U.S. and Japan's defense ministers met in Tokyo on Jan. 30, 2025.",
        "THE Minister OF Defense Was AT the Meeting With HIS counterpart; THEIR talks HAD been long",
        "Ünïcode names like MÜLLER and Nakatani-san, ÀND THÉ e-mail; Kelvin \u{212A}elvin",
        "a an of and to in on for with at by from their its his her that this as is was were be been has have had",
        "theirs thee tho hadn't A.B. an-other ofthe been. Has-Been", "", "'s",
        "Officials in Tokyo reviewed intercontinental-ballistic counterproliferation near Guam",
        "counterproliferations counterproliferation Counterproliferation abcdefgh abcdefghi Abcdefghijklmnop abcdefghijklmnopq",
        "The Hague hosted the summit in The Hague",
        "Manila summoned China's ambassador; the Chinese envoys rammed, ramming RAMMED allies' allied countries carried",
        "Filipino and Philippine sailors met in Washington; U.S. officials BEGAN talks, intercontinentalized counterproliferated",
    ])
    func titleSymbolsAreTheWordsAndNamesOneToOne(_ title: String) {
        // A symbol stands for one word, and one word has one symbol.
        var table: [TimelineBuilder.WordKey: Int32] = [:]
        let (words, names, verbs, countries) = TimelineBuilder.titleSymbols(title) { key in
            if let s = table[key] { return s }
            let s = Int32(table.count)
            table[key] = s
            return s
        }
        let expected = Self.referenceWords(title)
        #expect(words.count == expected.words.count)
        var wordOf: [Int32: String] = [:]
        for (s, w) in zip(words, expected.words) {
            if let known = wordOf[s] { #expect(known == w) } else { wordOf[s] = w }
        }
        #expect(Set(wordOf.values).count == wordOf.count, "two symbols for one word")
        #expect(names.map { wordOf[$0] ?? "?" } == expected.names)
        let verbPositions: [Int] = verbs.map { Int($0) }
        let countryPositions: [Int] = countries.map { Int($0) }
        #expect(verbPositions == expected.verbs)
        #expect(countryPositions == expected.countries)
    }

    @Test func titleSymbolsKeyAWordTheSameHoweverItIsSpelled() {
        // The Kelvin sign lower-cases to "k": the same word as "Kelvin"; sixteen and seventeen
        // bytes, ASCII or not, are keyed alike when the text is the same.
        for (a, b) in [("Kelvin", "\u{212A}elvin"), ("Abcdefghijklmnopq", "abcdefghijklmnopq"), ("MÜLLER", "müller")] {
            var table: [TimelineBuilder.WordKey: Int32] = [:]
            let number = { (key: TimelineBuilder.WordKey) -> Int32 in
                if let s = table[key] { return s }
                table[key] = Int32(table.count)
                return Int32(table.count - 1)
            }
            #expect(TimelineBuilder.titleSymbols("x " + a, number).words == TimelineBuilder.titleSymbols("x " + b, number).words, "\(a) \(b)")
        }
    }
}

/// Paths sort byte by byte in UTF-8, the block comparison as the byte-at-a-time definition.
@Suite struct PathOrderTests {
    @Test func bytewiseIsTheOrderOfTheBytes() {
        let paths = ["b.md", "a.md", "ab.md", "a", "", "é.md", "e.md", "z/a.md", "Z.md", "a/b.md", "a-b.md", "東京.md", "ab"]
        let expected = paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(paths.sorted(by: DocumentLoader.bytewise) == expected)
        for a in paths {
            for b in paths { #expect(DocumentLoader.bytewise(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)") }
        }
    }
}
