/// How finely a date is known. A year stays a year; it is never widened into a day.
public enum DatePrecision: String, Sendable, Hashable, Codable, Comparable {
    case time, day, week, month, season, quarter, half, year, decade, century

    private var rank: Int {
        switch self {
        case .time: return 0
        case .day: return 1
        case .week: return 2
        case .month: return 3
        case .season: return 4
        case .quarter: return 5
        case .half: return 6
        case .year: return 7
        case .decade: return 8
        case .century: return 9
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// The one place where a TIMEX3 value becomes calendar days, a precision, an EDTF value and a
/// display string. The tagger speaks TIMEX3; the timeline reads everything from here.
public enum DateSemantics {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// A parsed TIMEX3 date value.
    struct Parsed: Equatable {
        var precision: DatePrecision
        var interval: DayInterval
        var year: Int
        var month: Int?
        var day: Int?
        var week: Int?
        var quarter: Int?
        var half: Int?
        var season: Season?
        var time: String?
    }

    /// Parses a TIMEX3 DATE/TIME value (`2025-01-30`, `2024-12`, `2024-W05`, `2024-Q3`, `2024-SU`,
    /// `2024-H1`, `2024`, `199`, `19`, `2025-01-30T14:30`). Values with `X` or `_REF` give nil.
    static func parse(_ value: String) -> Parsed? {
        let bytes = Array(value.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var v = 0
            for b in bytes[from..<(from + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        // Centuries and decades: "19", "199".
        if bytes.count == 2, let c = digits(0, 2) {
            return Parsed(precision: .century, interval: .years(c * 100, c * 100 + 99), year: c * 100)
        }
        if bytes.count == 3, let d = digits(0, 3) {
            return Parsed(precision: .decade, interval: .years(d * 10, d * 10 + 9), year: d * 10)
        }
        guard bytes.count >= 4, let year = digits(0, 4) else { return nil }
        if bytes.count == 4 { return Parsed(precision: .year, interval: .year(year), year: year) }
        guard bytes[4] == UInt8(ascii: "-"), bytes.count >= 7 else { return nil }
        // Only a letter after the dash needs the rest as a string (weeks' weekends, seasons).
        let rest = bytes[5] >= UInt8(ascii: "A") ? String(decoding: bytes[5...], as: UTF8.self) : ""
        switch bytes[5] {
        case UInt8(ascii: "W") where bytes.count >= 8 && bytes[6] >= 0x30 && bytes[6] <= 0x39:
            guard let week = digits(6, 2), let monday = CalendarDay.mondayOf(isoYear: year, week: week) else { return nil }
            if bytes.count == 8 {
                return Parsed(precision: .week, interval: DayInterval(start: monday, end: monday.adding(days: 6)), year: year, week: week)
            }
            if rest == "W\(CalendarDay.pad(week, 2))-WE" {
                return Parsed(
                    precision: .week, interval: DayInterval(start: monday.adding(days: 5), end: monday.adding(days: 6)), year: year, week: week)
            }
            if bytes.count == 10, bytes[8] == UInt8(ascii: "-"), let wd = digits(9, 1), (1...7).contains(wd) {
                let day = monday.adding(days: wd - 1)
                return Parsed(precision: .day, interval: DayInterval(day: day), year: day.year, month: day.month, day: day.day)
            }
            return nil
        case UInt8(ascii: "Q"):
            guard bytes.count == 7, let q = digits(6, 1), (1...4).contains(q) else { return nil }
            return Parsed(precision: .quarter, interval: .months(year, q * 3 - 2, q * 3), year: year, quarter: q)
        case UInt8(ascii: "H"):
            guard bytes.count == 7, let h = digits(6, 1), (1...2).contains(h) else { return nil }
            return Parsed(precision: .half, interval: .months(year, h * 6 - 5, h * 6), year: year, half: h)
        default:
            break
        }
        if !rest.isEmpty, let season = Season(rawValue: rest) {
            let (first, last) = season.months
            let interval =
                season == .winter
                ? DayInterval(start: DayInterval.month(year, 12).start, end: DayInterval.month(year + 1, 2).end)
                : .months(year, first, last)
            return Parsed(precision: .season, interval: interval, year: year, season: season)
        }
        guard let month = digits(5, 2), (1...12).contains(month) else { return nil }
        if bytes.count == 7 { return Parsed(precision: .month, interval: .month(year, month), year: year, month: month) }
        guard bytes.count >= 10, bytes[7] == UInt8(ascii: "-"), let d = digits(8, 2),
            let day = CalendarDay(year: year, month: month, day: d)
        else { return nil }
        if bytes.count == 10 {
            return Parsed(precision: .day, interval: DayInterval(day: day), year: year, month: month, day: d)
        }
        guard bytes[10] == UInt8(ascii: "T"), bytes.count > 11 else { return nil }
        return Parsed(
            precision: .time, interval: DayInterval(day: day), year: year, month: month, day: d,
            time: String(decoding: bytes[11...], as: UTF8.self))
    }

    /// The calendar days a TIMEX3 value denotes, narrowed by `mod` (START/MID/END take a third).
    /// Nil for open-ended mods (BEFORE, AFTER...), durations, sets and references.
    public static func interval(value: String, rangeEnd: String? = nil, mod: TimexMod? = nil) -> DayInterval? {
        guard let first = parse(value) else { return nil }
        if let rangeEnd {
            guard let last = parse(rangeEnd), first.interval.start <= last.interval.end else { return nil }
            return DayInterval(start: first.interval.start, end: last.interval.end)
        }
        switch mod {
        case nil, .approx, .equalOrLess, .equalOrMore, .lessThan, .moreThan: return first.interval
        case .start, .mid, .end: return narrow(first, mod!)
        case .before, .after, .onOrBefore, .onOrAfter: return nil
        }
    }

    /// Early/mid/late: the first, middle or last third of the period, in its natural sub-unit
    /// (months of a year, days of a month, years of a decade).
    static func narrow(_ parsed: Parsed, _ mod: TimexMod) -> DayInterval {
        let part = mod == .start ? 0 : (mod == .mid ? 1 : 2)
        switch parsed.precision {
        case .year:
            return .months(parsed.year, part * 4 + 1, part * 4 + 4)
        case .month:
            let m = parsed.month!
            let starts = [1, 11, 21]
            let last = CalendarDay.daysIn(month: m, year: parsed.year)
            let ends = [10, 20, last]
            return DayInterval(
                start: CalendarDay(year: parsed.year, month: m, day: starts[part])!,
                end: CalendarDay(year: parsed.year, month: m, day: ends[part])!)
        case .decade:
            let bounds = [(0, 3), (4, 6), (7, 9)][part]
            return .years(parsed.year + bounds.0, parsed.year + bounds.1)
        case .century:
            let bounds = [(0, 32), (33, 66), (67, 99)][part]
            return .years(parsed.year + bounds.0, parsed.year + bounds.1)
        default:
            let whole = parsed.interval
            let n = whole.dayCount
            let a = whole.start.ordinal + n * part / 3
            let b = whole.start.ordinal + n * (part + 1) / 3 - 1
            return DayInterval(start: CalendarDay(ordinal: a), end: CalendarDay(ordinal: max(a, b)))
        }
    }

    /// The EDTF (ISO 8601-2) form of a value: ranges as `2013/2014`, seasons 21-24, quarters 33-36,
    /// halves 40-41, decades `199X`, centuries `19XX`; a week keeps ISO `2025-W05`.
    public static func edtf(value: String, rangeEnd: String? = nil) -> String {
        if let rangeEnd { return "\(edtf(value: value))/\(edtf(value: rangeEnd))" }
        guard let p = parse(value) else { return value }
        let y = CalendarDay.pad(p.year, 4)
        switch p.precision {
        case .century: return String(y.prefix(2)) + "XX"
        case .decade: return String(y.prefix(3)) + "X"
        case .season:
            let code = ["SP": 21, "SU": 22, "FA": 23, "WI": 24][p.season!.rawValue]!
            return "\(y)-\(code)"
        case .quarter: return "\(y)-\(32 + p.quarter!)"
        case .half: return "\(y)-\(39 + p.half!)"
        case .time: return value
        default: return value
        }
    }

    /// What an editor would write: "January 30, 2025", "late December 2024", "2013–2014",
    /// "the 1990s", "summer 2024", "the third quarter of 2024".
    public static func display(value: String, rangeEnd: String? = nil, mod: TimexMod? = nil) -> String {
        if let rangeEnd, let a = parse(value), let b = parse(rangeEnd) {
            return rangeDisplay(a, b)
        }
        guard let p = parse(value) else {
            switch value {
            case "PRESENT_REF": return "the present"
            case "PAST_REF": return "the past"
            case "FUTURE_REF": return "the future"
            default: return value
            }
        }
        let base = plainDisplay(p)
        guard let mod else { return base }
        switch mod {
        case .start, .mid, .end:
            let word = mod == .start ? "early" : (mod == .mid ? "mid" : "late")
            switch p.precision {
            case .month: return mod == .mid ? "mid-\(base)" : "\(word) \(base)"
            case .year: return mod == .mid ? "mid-\(base)" : "\(word) \(base)"
            case .decade, .century:
                // "the 1990s" -> "the early 1990s", "the mid-1990s".
                let rest = base.hasPrefix("the ") ? String(base.dropFirst(4)) : base
                return mod == .mid ? "the mid-\(rest)" : "the \(word) \(rest)"
            case .day, .time:
                return mod == .start ? "early on \(base)" : (mod == .mid ? "midday on \(base)" : "late on \(base)")
            default:
                return mod == .start ? "the start of \(base)" : (mod == .mid ? "the middle of \(base)" : "the end of \(base)")
            }
        case .approx: return "around \(base)"
        case .before: return "before \(base)"
        case .after: return "after \(base)"
        case .onOrBefore: return "by \(base)"
        case .onOrAfter: return "from \(base) on"
        default: return base
        }
    }

    static func plainDisplay(_ p: Parsed) -> String {
        let y = String(p.year)
        switch p.precision {
        case .century:
            let c = p.year / 100 + 1
            return "the \(ordinalSuffix(c)) century"
        case .decade: return "the \(y)s"
        case .year: return y
        case .half: return "the \(p.half == 1 ? "first" : "second") half of \(y)"
        case .quarter: return "the \(["first", "second", "third", "fourth"][p.quarter! - 1]) quarter of \(y)"
        case .season:
            if p.season == .winter { return "winter \(y)–\(String(p.year + 1).suffix(2))" }
            return "\(p.season!.name) \(y)"
        case .month: return "\(monthNames[p.month! - 1]) \(y)"
        case .week:
            let s = p.interval.start
            let e = p.interval.end
            if p.interval.dayCount == 2 {
                // An ISO weekend, "2025-W05-WE".
                if s.month == e.month { return "the weekend of \(monthNames[s.month - 1]) \(s.day)–\(e.day), \(s.year)" }
                return "the weekend of \(monthNames[s.month - 1]) \(s.day) – \(monthNames[e.month - 1]) \(e.day), \(e.year)"
            }
            return "the week of \(monthNames[s.month - 1]) \(s.day), \(s.year)"
        case .day: return "\(monthNames[p.month! - 1]) \(p.day!), \(y)"
        case .time: return "\(monthNames[p.month! - 1]) \(p.day!), \(y), \(timeDisplay(p.time ?? ""))"
        }
    }

    static func timeDisplay(_ t: String) -> String {
        switch t {
        case "MO": return "morning"
        case "AF": return "afternoon"
        case "EV": return "evening"
        case "NI": return "night"
        case "DT": return "daytime"
        default: return t
        }
    }

    static func rangeDisplay(_ a: Parsed, _ b: Parsed) -> String {
        let dash = "–"
        if a.precision == .year && b.precision == .year { return "\(a.year)\(dash)\(b.year)" }
        if a.precision == .month && b.precision == .month {
            if a.year == b.year { return "\(monthNames[a.month! - 1])\(dash)\(monthNames[b.month! - 1]) \(a.year)" }
        }
        if a.precision == .day && b.precision == .day && a.year == b.year {
            if a.month == b.month { return "\(monthNames[a.month! - 1]) \(a.day!)\(dash)\(b.day!), \(a.year)" }
            return "\(monthNames[a.month! - 1]) \(a.day!) \(dash) \(monthNames[b.month! - 1]) \(b.day!), \(a.year)"
        }
        if a.precision == .decade && b.precision == .decade { return "the \(a.year)s\(dash)\(b.year)s" }
        return "\(plainDisplay(a)) \(dash) \(plainDisplay(b))"
    }

    static func ordinalSuffix(_ n: Int) -> String {
        let tens = n % 100
        if (11...13).contains(tens) { return "\(n)th" }
        switch n % 10 {
        case 1: return "\(n)st"
        case 2: return "\(n)nd"
        case 3: return "\(n)rd"
        default: return "\(n)th"
        }
    }

    static func precision(value: String, rangeEnd: String?) -> DatePrecision? {
        guard let a = parse(value) else { return nil }
        if let rangeEnd, let b = parse(rangeEnd) { return max(a.precision, b.precision) }
        return a.precision
    }
}
