/// A day of the proleptic Gregorian calendar, as written in a text: no time zone, no clock.
///
/// All arithmetic goes through ``ordinal`` (days since 1970-01-01), computed with
/// Howard Hinnant's civil-from-days algorithms, so nothing depends on the host's
/// calendar, time zone or locale.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or `nil` when the fields do not name a real day (February 30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))!
    }

    /// The ISO 8601 week-numbering year and week of this day.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// The Monday of ISO week `week` of `year`, or `nil` when the year has no such week.
    public static func mondayOf(isoYear: Int, week: Int) -> CalendarDay? {
        guard week >= 1, week <= weeksIn(isoYear: isoYear) else { return nil }
        let jan4 = CalendarDay(year: isoYear, month: 1, day: 4)!
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    public static func weeksIn(isoYear: Int) -> Int {
        let dec28 = CalendarDay(year: isoYear, month: 12, day: 28)!
        return dec28.isoWeek.week
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func lastDay(year: Int, month: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    /// `YYYY-MM-DD` (years outside 0...9999 keep their sign and digits).
    public var description: String { iso }

    public var iso: String {
        guard (0...9999).contains(year) else {
            return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))"
        }
        return CalendarDay.isoPrefix(year: year, month: month, day: day, count: 10)
    }

    /// `YYYY-MM` for a year in 0...9999 and a month in 1...12.
    static func isoMonth(year: Int, month: Int) -> String {
        isoPrefix(year: year, month: month, day: 1, count: 7)
    }

    /// The first `count` bytes (7 or 10) of `YYYY-MM-DD`.
    private static func isoPrefix(year: Int, month: Int, day: Int, count: Int) -> String {
        // ASCII bytes written in place (a small string: no allocation).
        String(unsafeUninitializedCapacity: count) { b in
            let zero = UInt8(ascii: "0")
            b[0] = zero + UInt8(year / 1000)
            b[1] = zero + UInt8(year / 100 % 10)
            b[2] = zero + UInt8(year / 10 % 10)
            b[3] = zero + UInt8(year % 10)
            b[4] = UInt8(ascii: "-")
            b[5] = zero + UInt8(month / 10)
            b[6] = zero + UInt8(month % 10)
            if count < 10 { return 7 }
            b[7] = UInt8(ascii: "-")
            b[8] = zero + UInt8(day / 10)
            b[9] = zero + UInt8(day % 10)
            return 10
        }
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        if value >= 0, value < 10_000, width <= 4, width >= 1 {
            // Digits written in place, zero-padded to `width` (a small string).
            let count = max(width, value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1)
            return String(unsafeUninitializedCapacity: count) { b in
                var v = value
                for k in stride(from: count - 1, through: 0, by: -1) {
                    b[k] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
                return count
            }
        }
        let digits = String(abs(value))
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return value < 0 ? "-" + padded : padded
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

/// An inclusive range of days: what a date expression denotes on the calendar.
public struct DayInterval: Sendable, Hashable, Comparable {
    public var start: CalendarDay
    public var end: CalendarDay

    public init(start: CalendarDay, end: CalendarDay) {
        self.start = start
        self.end = end
    }

    public init(day: CalendarDay) { self.init(start: day, end: day) }

    public static func year(_ y: Int) -> DayInterval {
        DayInterval(start: CalendarDay(year: y, month: 1, day: 1)!, end: CalendarDay(year: y, month: 12, day: 31)!)
    }

    public static func month(_ y: Int, _ m: Int) -> DayInterval {
        DayInterval(start: CalendarDay(year: y, month: m, day: 1)!, end: CalendarDay.lastDay(year: y, month: m))
    }

    public static func months(_ y: Int, _ first: Int, _ last: Int) -> DayInterval {
        DayInterval(start: month(y, first).start, end: month(y, last).end)
    }

    public static func years(_ first: Int, _ last: Int) -> DayInterval {
        DayInterval(start: year(first).start, end: year(last).end)
    }

    public var dayCount: Int { end.ordinal - start.ordinal + 1 }

    public func contains(_ day: CalendarDay) -> Bool { start <= day && day <= end }

    public func overlaps(_ other: DayInterval) -> Bool { start <= other.end && other.start <= end }

    /// Ordered by start, then end: a year sorts before the months that begin later in it.
    public static func < (lhs: DayInterval, rhs: DayInterval) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
