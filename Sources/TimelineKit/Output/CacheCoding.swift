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
    /// Everything, the text too (a rebuild need not read an unchanged article at all).
    func write(_ w: inout CacheWriter) {
        w.string(id)
        w.string(path)
        w.string(title)
        w.string(text)
        w.optional(published) { $1.write(&$0) }
        w.array(expressions) { $1.write(&$0) }
        w.array(paragraphs) { w, p in
            w.raw(p.kind)
            w.int(p.range.lowerBound)
            w.int(p.range.upperBound)
        }
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

    static func read(_ r: inout CacheReader) throws(CacheReader.Malformed) -> TimelineDocument {
        let id = try r.string()
        let path = try r.string()
        let title = try r.string()
        let text = try r.string()
        let published = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try PublicationDate.read(&r) }
        let expressions = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in try TemporalExpression.read(&r) }
        let paragraphs = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) -> Document.Paragraph in
            let kind = try r.raw(Document.ParagraphKind.self)
            let lower = try r.int()
            let upper = try r.int()
            guard lower <= upper else { throw CacheReader.Malformed() }
            return Document.Paragraph(kind: kind, range: lower..<upper)
        }
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
        return TimelineDocument(
            id: id, path: path, title: title, published: published, expressions: expressions, text: text, paragraphs: paragraphs, yearless: yearless)
    }
}

extension TimelineEvent {
    func write(_ w: inout CacheWriter) {
        w.string(id)
        let d = date
        w.string(d.value)
        w.string(d.timex)
        w.optional(d.timexEnd) { $0.string($1) }
        w.optional(d.mod) { $0.raw($1) }
        d.start.write(&w)
        d.end.write(&w)
        w.raw(d.precision)
        w.string(d.display)
        w.string(d.derivation)
        w.raw(d.anchoring)
        w.string(title)
        w.array(actors) { w, a in
            w.string(a.name)
            w.raw(a.kind)
            w.optional(a.role) { $0.string($1) }
        }
        w.array(evidence) { w, e in
            w.string(e.document)
            w.int(e.sentence)
            w.int(e.start)
            w.int(e.end)
            w.string(e.text)
            w.raw(e.role)
        }
    }

    static func read(_ r: inout CacheReader) throws(CacheReader.Malformed) -> TimelineEvent {
        let id = try r.string()
        let date = EventDate(
            value: try r.string(), timex: try r.string(),
            timexEnd: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() },
            mod: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.raw(TimexMod.self) },
            start: try CalendarDay.read(&r), end: try CalendarDay.read(&r), precision: try r.raw(DatePrecision.self), display: try r.string(),
            derivation: try r.string(), anchoring: try r.raw(Anchoring.self))
        let title = try r.string()
        let actors = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in
            Actor(
                name: try r.string(), kind: try r.raw(Actor.Kind.self),
                role: try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() })
        }
        let evidence = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in
            Evidence(
                document: try r.string(), sentence: try r.int(), start: try r.int(), end: try r.int(), text: try r.string(),
                role: try r.raw(Evidence.Role.self))
        }
        return TimelineEvent(id: id, date: date, title: title, actors: actors, evidence: evidence)
    }
}
