/// The four TIMEX3 types of TimeML.
public enum TimexType: String, Sendable, Hashable, Codable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// TIMEX3 `mod` values.
public enum TimexMod: String, Sendable, Hashable, Codable, CaseIterable {
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
    case before = "BEFORE"
    case after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN"
    case moreThan = "MORE_THAN"
    case equalOrLess = "EQUAL_OR_LESS"
    case equalOrMore = "EQUAL_OR_MORE"
}

/// How an expression was anchored, for the `derivation` sentence and for confidence.
public enum Anchoring: String, Sendable, Hashable, Codable {
    /// Every field needed was written in the text ("January 30, 2025").
    case explicit
    /// Relative to the document's publication date ("last year").
    case publicationDate = "publication-date"
    /// Relative to the date mentioned just before ("the previous day").
    case previousMention = "previous-mention"
    /// The year came from the weekday the text gives ("Thursday, January 30").
    case weekday
    /// Not resolvable: no reference date was known.
    case unresolved
}

/// A temporal expression found in a text, normalized to TimeML TIMEX3.
///
/// `start`/`end` are byte offsets into the UTF-8 text; ``TemporalTagger`` also reports them
/// in Unicode scalars. `interval` is the calendar extent the value denotes (see ``DateSemantics``),
/// absent for durations, sets and references like `PAST_REF`.
public struct TemporalExpression: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TimexType
    /// The TIMEX3 value: `2025-01-30`, `2024-12`, `199`, `P3Y`, `PRESENT_REF`, `XXXX-WXX-1`...
    public var value: String
    public var mod: TimexMod?
    /// For ranges ("2013-2014", "from March to May"): the TIMEX3 value of the last part.
    public var rangeEnd: String?
    /// For sets: TIMEX3 `quant` and `freq`.
    public var quant: String?
    public var freq: String?
    public var anchoring: Anchoring
    /// A sentence saying how the value was decided.
    public var derivation: String
    /// For a range written in two parts ("1991 to 1997"): where the first part ends and the
    /// second begins (byte offsets), so TimeML output can mark them as two expressions.
    public var firstPartEnd: Int?
    public var secondPartStart: Int?

    public init(
        start: Int, end: Int, text: String, type: TimexType, value: String, mod: TimexMod? = nil,
        rangeEnd: String? = nil, quant: String? = nil, freq: String? = nil, anchoring: Anchoring, derivation: String
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.rangeEnd = rangeEnd
        self.quant = quant
        self.freq = freq
        self.anchoring = anchoring
        self.derivation = derivation
    }

    /// The expression as TimeML marks it: a range written in two parts gives two expressions
    /// (the first with the range's first value, the second with its last); anything else itself.
    public var timemlParts: [TemporalExpression] {
        guard let rangeEnd, let firstPartEnd, let secondPartStart else { return [self] }
        let bytes = Array(text.utf8)
        let split1 = firstPartEnd - start
        let split2 = secondPartStart - start
        guard split1 > 0, split2 < bytes.count, split1 <= split2 else { return [self] }
        var first = self
        first.end = firstPartEnd
        first.text = String(decoding: bytes[..<split1], as: UTF8.self)
        first.rangeEnd = nil
        first.firstPartEnd = nil
        first.secondPartStart = nil
        var second = first
        second.start = secondPartStart
        second.end = end
        second.text = String(decoding: bytes[split2...], as: UTF8.self)
        second.value = rangeEnd
        second.mod = nil  // a mod written before the range ("early 2013-2014") belongs to its first part
        return [first, second]
    }

    /// The calendar days this expression denotes, from its value and mod (nil when it names none).
    public var interval: DayInterval? {
        guard type == .date || type == .time else { return nil }
        return DateSemantics.interval(value: value, rangeEnd: rangeEnd, mod: mod)
    }
}
