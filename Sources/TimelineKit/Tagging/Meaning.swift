/// Calendar fields the text gave, any of which may be missing ("January 30" has no year).
struct DateFields: Sendable, Equatable {
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    var season: Season?
    var quarter: Int?
    var half: Int?
    var week: Int?
    /// First three digits of a decade (199 for the 1990s).
    var decade: Int?
    /// First two digits of a century (19 for the twentieth century).
    var century: Int?
    /// Clock time or part of day as TIMEX3 writes it after `T`: "14:30", "MO".
    var time: String?
    var holiday: Holiday?
    /// With `weekday` and `month`: which such weekday of the month (1-5; -1 the last): "the
    /// first Sunday of October".
    var nth: Int? = nil
}

extension DateFields {
    /// A year's quarter or half: "Q3 2024", "1H 2026".
    init(year: Int, part: Int, isHalf: Bool) {
        self = isHalf ? DateFields(year: year, half: part) : DateFields(year: year, quarter: part)
    }
}

/// What a matched expression means, before it is anchored to a reference date.
indirect enum Meaning: Sendable, Equatable {
    /// Calendar fields; missing ones come from the reference date and the tense.
    case calendar(DateFields)
    /// `offset` units from the publication date ("last year" = year -1, "today" = day 0).
    case relative(TimeUnit, Int)
    /// `offset` units from the date mentioned before ("the previous day" = day -1).
    case anaphoric(TimeUnit, Int)
    /// A weekday near the reference: -1 last, +1 next, 0 decided by tense ("on Thursday").
    case weekday(Int, direction: Int, time: String?)
    /// A month, season or holiday near the reference ("last March", "next summer").
    case near(DateFields, direction: Int)
    /// A month, season or holiday next to the date mentioned before ("the following January",
    /// "the previous winter"): -1 the last one before it, +1 the first one after.
    case nearMentioned(DateFields, direction: Int)
    /// Calendar fields in the reference's year plus `offset` ("June last year" = month 6, -1).
    case inYear(DateFields, offset: Int)
    /// Calendar fields in the year of the date mentioned before ("March of that year", "in
    /// May the same year").
    case inMentionedYear(DateFields)
    /// "that June": the June the text mentioned before, else June in the year of the date
    /// mentioned before.
    case thatMonth(Int)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case reference(String)
    /// A TIMEX3 duration value ("P3Y", "PXM").
    case duration(String)
    /// A TIMEX3 set: value, quant, freq.
    case set(String, quant: String?, freq: String?)
    /// A clock time on a day given by `base` (nil: the reference day).
    case clock(Meaning?, String)
    /// "2013-2014", "from March to May": both ends.
    case range(Meaning, Meaning)
    /// "Tuesday of last week": weekday (1 Monday) of the ISO week `weekOffset` weeks from the
    /// reference's.
    case weekdayOfWeek(Int, weekOffset: Int)
    /// "the week of March 6": the ISO week containing the day; with `weekend`, "the weekend
    /// of June 7" (that week's weekend).
    case weekOf(Meaning, weekend: Bool)
    /// "the first week of March" (`nth` 1-4; -1 "the last week"): the ISO week holding the
    /// month's 4th (11th, 18th, 25th), or the middle of its last seven days; the month (with
    /// its year, if written) is placed as a month alone is.
    case weekOfMonth(DateFields, nth: Int)
    /// "on the 12th": a day of the month alone, in the month of the date mentioned before (else
    /// of the publication).
    case dayOfMonth(Int)
    /// "the 31st of last month", "the 29th of next month", "the 14th of this month": a day of
    /// the month `monthOffset` months from the publication's.
    case dayOfMonthIn(Int, monthOffset: Int)
    /// "forty years ago today", "ten years ago this week", "five years ago this month": the
    /// publication's day (week, month) so many years back.
    case yearsAgoOn(Int, unit: TimeUnit)
    /// "on this day in 1950", "this date in 1950": the publication's month and day in that year.
    case thisDayIn(Int)
    /// "Two years later, almost to the day": so many years after the day mentioned last (its
    /// month when approximate).
    case yearsAfterDay(Int, approximate: Bool)
}

/// A grammar match: a token range with its meaning.
struct Mention: Sendable {
    var first: Int
    var end: Int
    var type: TimexType
    var meaning: Meaning
    var mod: TimexMod?
    /// Resolution uses the year of the weekday-bearing date ("Thursday, January 30").
    var hasWeekday: Bool = false
    /// For a range: the token joining its two parts ("to", "and", a dash). TimeML marks the
    /// parts as two TIMEX3s; the timeline keeps the range whole.
    var connector: Int? = nil
}
