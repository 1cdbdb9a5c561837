import Foundation

/// The analysis cache's own compact encoding: a stream of netstring-like tokens, read back in
/// the order they were written. Integers are decimal digits ended by a space, strings are their
/// UTF-8 byte length, a colon and the bytes, and an absent optional is "~". The stream stays
/// valid UTF-8 (so it can be written like every other site file) and reads at memory speed,
/// about 15 times faster than `JSONDecoder` on the same data.
struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var v = value.magnitude
        if v < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(v))
        } else {
            // The digits are written from the last into a buffer on the stack (dividing by the
            // constant 10, which compiles to a multiplication), then appended in one piece.
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes; UInt.max has 20 digits
            withUnsafeMutableBytes(of: &digits) { buffer in
                var i = buffer.count
                while v > 0 {
                    i -= 1
                    buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[i...]))
            }
        }
        bytes.append(UInt8(ascii: " "))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        if let value { write(&self, value) } else { bytes.append(UInt8(ascii: "~")) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for v in values { write(&self, v) }
    }

    mutating func raw<T: RawRepresentable>(_ value: T) where T.RawValue == String { string(value.rawValue) }
}

/// Reads what ``CacheWriter`` wrote; any malformed input throws (the cache is then ignored).
struct CacheReader {
    struct Malformed: Error {}

    /// The bytes read, held by `owner` (a mapped file, or a copy of an array).
    let bytes: UnsafeRawBufferPointer
    private let owner: PreviousFile
    var position = 0
    /// Where reading stops (the end of the bytes, or of one record).
    let limit: Int

    init(_ bytes: [UInt8]) {
        self.init(PreviousFile(bytes: bytes))
    }

    /// Reads a file's bytes where they are (a mapped file is not copied into memory).
    init(_ file: PreviousFile, range: Range<Int>? = nil) {
        owner = file
        bytes = file.bytes
        position = range?.lowerBound ?? 0
        limit = range?.upperBound ?? file.bytes.count
    }

    var atEnd: Bool { position >= limit }

    mutating func int() throws(Malformed) -> Int {
        var negative = false
        if position < limit, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var value = 0
        var digits = 0
        while position < limit, bytes[position] != UInt8(ascii: " ") {
            let d = bytes[position] &- UInt8(ascii: "0")
            guard d < 10, digits < 19 else { throw Malformed() }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(d))
            guard !o1, !o2 else { throw Malformed() }
            value = sum
            digits += 1
            position += 1
        }
        guard digits > 0, position < limit else { throw Malformed() }
        position += 1
        return negative ? -value : value
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, count <= limit - position else { throw Malformed() }
        let s =
            count == 0
            ? ""
            : String(
                decoding: UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + position, count: count), as: UTF8.self)
        position += count
        return s
    }

    /// Where the next string's bytes are, skipping them.
    mutating func stringRange() throws(Malformed) -> Range<Int> {
        let count = try int()
        guard count >= 0, count <= limit - position else { throw Malformed() }
        position += count
        return position - count..<position
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        if position < limit, bytes[position] == UInt8(ascii: "~") {
            position += 1
            return nil
        }
        return try read(&self)
    }

    mutating func array<T>(_ read: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try int()
        guard count >= 0, count <= limit - position else { throw Malformed() }
        var out: [T] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try read(&self)) }
        return out
    }

    mutating func raw<T: RawRepresentable>(_: T.Type) throws(Malformed) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}

// MARK: - the cached types

extension CalendarDay {
    func write(_ w: inout CacheWriter) {
        w.int(year)
        w.int(month)
        w.int(day)
    }

    static func read(_ r: inout CacheReader) throws(CacheReader.Malformed) -> CalendarDay {
        guard let day = CalendarDay(year: try r.int(), month: try r.int(), day: try r.int()) else { throw CacheReader.Malformed() }
        return day
    }
}

extension PublicationDate {
    func write(_ w: inout CacheWriter) {
        day.write(&w)
        w.string(value)
        w.raw(source)
        w.raw(confidence)
        w.string(derivation)
    }

    static func read(_ r: inout CacheReader) throws(CacheReader.Malformed) -> PublicationDate {
        PublicationDate(
            day: try CalendarDay.read(&r), value: try r.string(), source: try r.raw(Source.self), confidence: try r.raw(Confidence.self),
            derivation: try r.string())
    }
}

extension TemporalExpression {
    func write(_ w: inout CacheWriter) {
        w.int(start)
        w.int(end)
        w.string(text)
        w.raw(type)
        w.string(value)
        w.optional(mod) { $0.raw($1) }
        w.optional(rangeEnd) { $0.string($1) }
        w.optional(quant) { $0.string($1) }
        w.optional(freq) { $0.string($1) }
        w.raw(anchoring)
        w.string(derivation)
        w.optional(firstPartEnd) { $0.int($1) }
        w.optional(secondPartStart) { $0.int($1) }
    }

    static func read(_ r: inout CacheReader) throws(CacheReader.Malformed) -> TemporalExpression {
        var e = TemporalExpression(
            start: try r.int(), end: try r.int(), text: try r.string(), type: try r.raw(TimexType.self), value: try r.string(),
            mod: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.raw(TimexMod.self) },
            rangeEnd: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() },
            quant: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() },
            freq: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() },
            anchoring: try r.raw(Anchoring.self), derivation: try r.string())
        e.firstPartEnd = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.int() }
        e.secondPartStart = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.int() }
        return e
    }
}

extension TimelineDocument {
    /// The fields read with the record (``AnalysisCache``): id, path, title, publication.
    func writeFacts(_ w: inout CacheWriter) {
        w.string(id)
        w.string(path)
        w.string(title)
        w.optional(published) { $1.write(&$0) }
        w.optional(yearless) { w, y in
            w.int(y.month)
            w.int(y.day)
            w.optional(y.weekday) { $0.int($1) }
            w.optional(y.earliest) { $1.write(&$0) }
            w.string(y.text)
            w.int(y.fromDateline ? 1 : 0)
            w.int(y.daysAfter)
            w.optional(y.lead) { w, lead in
                w.int(lead.weekday)
                w.string(lead.text)
            }
        }
    }

    /// A document's facts (its text is read when asked for: ``AnalysisRecordBody``).
    static func readFacts(_ r: inout CacheReader) throws(CacheReader.Malformed) -> (
        id: String, path: String, title: String, published: PublicationDate?, yearless: YearlessDate?
    ) {
        let id = try r.string()
        let path = try r.string()
        let title = try r.string()
        let published = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try PublicationDate.read(&r) }
        let yearless = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) -> YearlessDate in
            var y = YearlessDate(
                month: try r.int(), day: try r.int(),
                weekday: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.int() },
                earliest: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try CalendarDay.read(&r) }, text: try r.string(),
                fromDateline: try r.int() == 1)
            y.daysAfter = try r.int()
            y.lead = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in
                YearlessDate.Lead(weekday: try r.int(), text: try r.string())
            }
            // (Weekdays index name tables: 1 to 7 only.)
            guard (1...12).contains(y.month), (1...31).contains(y.day), (0...1).contains(y.daysAfter),
                y.weekday.map({ (1...7).contains($0) }) ?? true,
                y.lead.map({ (1...7).contains($0.weekday) }) ?? true
            else { throw CacheReader.Malformed() }
            return y
        }
        return (id, path, title, published, yearless)
    }
}

extension TimelineDocument.Body {
    func write(_ w: inout CacheWriter) {
        w.string(text)
        w.array(expressions) { $1.write(&$0) }
        w.array(paragraphs) { w, p in
            w.raw(p.kind)
            w.int(p.range.lowerBound)
            w.int(p.range.upperBound)
        }
    }

    static func read(_ r: inout CacheReader) throws(CacheReader.Malformed) -> TimelineDocument.Body {
        let text = try r.string()
        let (expressions, paragraphs) = try readMarks(&r)
        return TimelineDocument.Body(text: text, expressions: expressions, paragraphs: paragraphs)
    }

    /// The expressions and paragraphs, after the text.
    static func readMarks(_ r: inout CacheReader) throws(CacheReader.Malformed) -> ([TemporalExpression], [Document.Paragraph]) {
        let expressions = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in try TemporalExpression.read(&r) }
        let paragraphs = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) -> Document.Paragraph in
            let kind = try r.raw(Document.ParagraphKind.self)
            let lower = try r.int()
            let upper = try r.int()
            guard lower <= upper else { throw CacheReader.Malformed() }
            return Document.Paragraph(kind: kind, range: lower..<upper)
        }
        return (expressions, paragraphs)
    }
}

extension TimelineEvent.Facts {
    func write(_ w: inout CacheWriter) {
        w.string(id)
        w.string(title)
        w.string(value)
        w.optional(mod) { $0.raw($1) }
        start.write(&w)
        end.write(&w)
        w.raw(precision)
        w.raw(anchoring)
        w.array(actors) { w, a in
            w.string(a.name)
            w.raw(a.kind)
            w.optional(a.role) { $0.string($1) }
        }
        w.string(firstDocument)
        w.int(firstSentence)
        w.array(sources) { $0.string($1) }
        // The dating sources, as places among the sources.
        w.array(datingSources) { w, d in w.int(sources.firstIndex(of: d) ?? -1) }
    }

    /// `own`: the record's article as a list of one, which the reports that cite only it
    /// share (one list for the record, not one for each report: a build reads the sources of
    /// every report, and a list of its own is a cache miss apiece).
    static func read(_ r: inout CacheReader, own: [String] = []) throws(CacheReader.Malformed) -> TimelineEvent.Facts {
        let id = try r.string()
        let title = try r.string()
        let value = try r.string()
        let mod = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.raw(TimexMod.self) }
        let start = try CalendarDay.read(&r)
        let end = try CalendarDay.read(&r)
        let precision = try r.raw(DatePrecision.self)
        let anchoring = try r.raw(Anchoring.self)
        let actors = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in
            Actor(
                name: try r.string(), kind: try r.raw(Actor.Kind.self),
                role: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() })
        }
        let firstDocument = try r.string()
        let firstSentence = try r.int()
        var sources = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() }
        if sources == own { sources = own }
        var datingSources = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) -> String in
            let n = try r.int()
            guard n >= 0, n < sources.count else { throw CacheReader.Malformed() }
            return sources[n]
        }
        if datingSources == own { datingSources = own }
        // (An event has evidence: its first document is among its sources.)
        guard sources.first == firstDocument else { throw CacheReader.Malformed() }
        return TimelineEvent.Facts(
            id: id, title: title, value: value, mod: mod, start: start, end: end, precision: precision, anchoring: anchoring, actors: actors,
            firstDocument: firstDocument, firstSentence: firstSentence, sources: sources, datingSources: datingSources)
    }
}

extension TimelineEvent.Rest {
    func write(_ w: inout CacheWriter) {
        w.string(timex)
        w.optional(timexEnd) { $0.string($1) }
        w.string(display)
        w.string(derivation)
        w.array(evidence) { w, e in
            w.string(e.document)
            w.int(e.sentence)
            w.int(e.start)
            w.int(e.end)
            w.string(e.text)
            w.raw(e.role)
        }
    }

    static func read(_ r: inout CacheReader) throws(CacheReader.Malformed) -> TimelineEvent.Rest {
        TimelineEvent.Rest(
            timex: try r.string(), timexEnd: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() },
            display: try r.string(), derivation: try r.string(),
            evidence: try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in
                Evidence(
                    document: try r.string(), sentence: try r.int(), start: try r.int(), end: try r.int(), text: try r.string(),
                    role: try r.raw(Evidence.Role.self))
            })
    }
}

/// The texts of one record of the analysis cache (``AnalysisCache``): the article's text,
/// expressions and paragraphs, and each event's date texts, title and evidence, each read where
/// the log is mapped the first time it is asked for, on whichever thread asks. A rebuild that
/// copies an event's entries from the previous files never reads its texts.
///
/// The record was checked against its hash when the log was read. Should a text still not
/// read back, or not fit the article's text (offsets past its end, an event without
/// evidence), the document has no expressions or paragraphs (or no text) and the event keeps
/// only what its facts say: the build goes on.
public final class AnalysisRecordBody: @unchecked Sendable {
    private let file: PreviousFile
    private let documentRange: Range<Int>
    private let eventRanges: [Range<Int>]
    private let lock = NSLock()
    private var decodedDocument: TimelineDocument.Body?
    private var decodedEvents: [TimelineEvent.Rest??]
    /// The article text's length in Unicode scalars (counted where it is mapped when the record
    /// was read: ``AnalysisCache/readEntry(_:file:)``), which each event's evidence must fit.
    private let scalars: Int

    /// How many documents' and events' texts this process has read (for `build --timings`).
    public static var read: (documents: Int, events: Int) { counts.withLock { ($0.documents, $0.events) } }
    private static let counts = Counts()
    private final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        var documents = 0
        var events = 0
        func withLock<T>(_ body: (Counts) -> T) -> T { lock.withLock { body(self) } }
    }

    init(file: PreviousFile, document: Range<Int>, events: [Range<Int>], scalars: Int) {
        self.file = file
        documentRange = document
        eventRanges = events
        self.scalars = scalars
        decodedEvents = Array(repeating: nil, count: events.count)
    }

    /// Whether the document's texts, or an event's, were read (for tests).
    var isDocumentDecoded: Bool { lock.withLock { decodedDocument != nil } }
    func isDecoded(event index: Int) -> Bool { lock.withLock { decodedEvents[index] != nil } }

    var document: TimelineDocument.Body {
        lock.withLock {
            if let decodedDocument { return decodedDocument }
            AnalysisRecordBody.counts.withLock { $0.documents += 1 }
            var r = CacheReader(file, range: documentRange)
            var body = TimelineDocument.Body(text: "", expressions: [], paragraphs: [])
            if let text = try? r.string() {
                body.text = text
                // The expressions and paragraphs only when they all fit the text.
                if let rest = try? TimelineDocument.Body.readMarks(&r), r.atEnd,
                    AnalysisCache.fits(TimelineDocument.Body(text: text, expressions: rest.0, paragraphs: rest.1), [])
                {
                    body.expressions = rest.0
                    body.paragraphs = rest.1
                }
            }
            decodedDocument = body
            return body
        }
    }

    /// The texts of the record's `index`th event; nil when they do not read back or fit.
    func event(_ index: Int) -> TimelineEvent.Rest? {
        lock.withLock {
            if let decoded = decodedEvents[index] { return decoded }
            AnalysisRecordBody.counts.withLock { $0.events += 1 }
            var rest: TimelineEvent.Rest?
            var r = CacheReader(file, range: eventRanges[index])
            if let read = try? TimelineEvent.Rest.read(&r), r.atEnd, !read.evidence.isEmpty,
                !read.evidence.contains(where: { $0.start < 0 || $0.start > $0.end || $0.end > scalars })
            {
                rest = read
            }
            decodedEvents[index] = .some(rest)
            return rest
        }
    }
}
