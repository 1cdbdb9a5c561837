/// The tense of the sentence around an expression: decides which way an underspecified date
/// ("on Thursday", "in March") points from the reference date.
enum Tense: Sendable {
    case past, future, unknown
}

/// Anchors grammar matches to calendar values: the reference (publication) date for deictic
/// expressions, the previously mentioned date for anaphora, the weekday for yearless dates.
struct Resolver {
    /// The reference date (document creation time), if known.
    var reference: CalendarDay?
    /// How the reference date is described in derivations ("the publication date 2025-01-30").
    var referenceLabel: String
    /// The reference was inferred from the text itself (so derivations do not cite it as a source).
    var referenceIsInferred = false
    /// What the reference is known to: a day (the default), a month or a year (a publication
    /// date inferred from "the third quarter of 2025" is "2025", taken as its last day or
    /// later). Weekdays and counts of days or weeks from a reference known only to its month or
    /// year stay unresolved: the day taken for it is a bound, not the day.
    var referenceKnownTo: DatePrecision = .day

    /// Whether counting `unit`s from the reference needs more than it is known to.
    func referenceTooCoarse(for unit: TimeUnit) -> Bool {
        switch referenceKnownTo {
        case .day, .time: return false
        case .week, .month: return [.second, .minute, .hour, .day, .weekend, .week, .fortnight].contains(unit)
        default: return ![.year, .decade, .century, .millennium].contains(unit)
        }
    }
    /// The last date resolved in the text, for "the previous day" and "a year later": a year
    /// or finer. Values are parsed only when an anaphor asks (most texts have none): `pending`
    /// holds every value resolved, newest last, those from `refreshed` on not read yet.
    private var lastParsed: DateSemantics.Parsed?
    /// Whether the date resolved next is one "that spring" and "a year later" count from: not
    /// a year that names a thing ("its 1951 defense treaty", ``Grammar/isAttributiveYear(_:)``).
    var remembers = true
    /// The last date resolved that is a day or finer.
    private var lastDayParsed: DateSemantics.Parsed?
    private var pending: [String] = []

    /// The last date mentioned that is a year or finer.
    mutating func lastMentioned() -> DateSemantics.Parsed? {
        refreshMentions()
        return lastParsed
    }

    /// The last date mentioned that is a day or finer ("the same day" after "The previous
    /// record was set in December 2023" is the day of the story told before it).
    mutating func lastMentionedDay() -> DateSemantics.Parsed? {
        refreshMentions()
        return lastDayParsed
    }

    /// How many of `pending`'s values (the oldest) were read already: the values stay, unparsed,
    /// for "that June" (rare), which looks back through all of them.
    private var refreshed = 0

    /// The year of the last date mentioned in `month` (a month or finer).
    mutating func lastMentionedYear(ofMonth month: Int) -> Int? {
        for value in pending.reversed() {
            if let parsed = DateSemantics.parse(value), parsed.precision <= .month, parsed.month == month { return parsed.year }
        }
        return nil
    }

    private mutating func refreshMentions() {
        var found = false
        var k = pending.count
        while k > refreshed {
            k -= 1
            guard let parsed = DateSemantics.parse(pending[k]), parsed.precision <= .year else { continue }
            if !found {
                lastParsed = parsed
                found = true
            }
            if parsed.precision <= .day {
                lastDayParsed = parsed
                break
            }
        }
        refreshed = pending.count
    }

    struct Resolved {
        var type: TimexType
        var value: String
        var rangeEnd: String?
        var mod: TimexMod?
        var quant: String?
        var freq: String?
        var anchoring: Anchoring
        var derivation: String
    }

    init(reference: CalendarDay?, referenceLabel: String? = nil) {
        self.reference = reference
        self.referenceLabel = referenceLabel ?? reference.map { "the reference date \($0.iso)" } ?? "no reference date"
    }

    static let monthNames = DateSemantics.monthNames
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A yearless day set as a deadline ("by Jan. 14"): one that passed within the week
    /// stays there instead of moving to next year.
    private var deadline = false
    /// The tense of the sentence's verb further from a yearless day than its own window (see
    /// ``yearForDay(_:reference:tense:monthOnly:deadline:leaning:)``).
    private var leaning = Tense.unknown
    /// A count of weeks from the day mentioned before ("a week later") is that day shifted
    /// (``resolve(_:tense:deadline:leaning:countingDays:)``).
    private var countingDays = false
    /// The date mentioned before stands in the same sentence
    /// (``resolve(_:tense:deadline:leaning:countingDays:anchorInSentence:)``).
    private var anchorInSentence = false
    /// The date mentioned last was left unresolved: an anaphor counting from it is too.
    private var lastUnknown = false
    /// For a paragraph's opening clock stamp, set by the tagger around its resolution: the day
    /// the prose before it named (or none: the publication day); nil for any other mention.
    var stampDay: CalendarDay?? = nil
    /// For a clock time without its day, set by the tagger around its resolution: it is told in
    /// a flashback (its sentence, or the one that named the day last, in the past perfect), and
    /// takes the day named last however far back.
    var flashback = false

    /// With `countingDays`, a count of weeks from the date mentioned before, when that is a day,
    /// is the day so many weeks away: "On Christmas Day ... A week later" is January 1.
    /// `anchorInSentence`: the date mentioned before is in the same sentence; an anaphor of days
    /// after it, when it is too coarse, is then about it and left unresolved ("China seized the
    /// shoal in April 2012, and Manila recalled its envoy the next day"); otherwise the last day
    /// named before is taken ("On March 3, the envoy arrived, his first visit since 2019. The
    /// next day, talks began.").
    mutating func resolve(
        _ m: Mention, tense: Tense, deadline: Bool = false, leaning: Tense = .unknown, countingDays: Bool = false, anchorInSentence: Bool = false
    ) -> Resolved? {
        self.deadline = deadline
        self.leaning = leaning
        self.countingDays = countingDays
        self.anchorInSentence = anchorInSentence
        defer {
            self.deadline = false
            self.leaning = .unknown
            self.countingDays = false
            self.anchorInSentence = false
        }
        guard var r = resolve(m.meaning, type: m.type, tense: tense) else { return nil }
        if let mod = m.mod { r.mod = mod }
        if !remembers {
            // (Not the date the text tells of: "its 1951 defense treaty". Nothing changes.)
        } else if r.type == .date || r.type == .time, let first = r.value.utf8.first, first >= 0x30, first <= 0x39 {
            pending.append(r.rangeEnd ?? r.value)
            lastUnknown = false
        } else if r.type == .date || r.type == .time, r.anchoring == .unresolved {
            // "On Thursday, the ministers signed a deal. The next day, ..." with Thursday left
            // unresolved: the next day is unknown too, not the day after an earlier date.
            lastUnknown = true
        }
        return r
    }

    /// The derivations of a clock time without its day ("at 6:40 a.m."), which takes the day
    /// mentioned before or the publication's.
    static let bareClockOnMentionedDay = "on the day mentioned before "
    /// How the derivation of a month or day placed without a year in the text opens (a later
    /// clause may place it again: ``EventExtractor/inYear(_:after:)``).
    static let noYearInText = "no year in the text"
    static let bareClockOnReferenceDay = "on the day of "

    /// A clock time without its day (``bareClockOnMentionedDay``, ``bareClockOnReferenceDay``).
    static func isBareClock(_ e: TemporalExpression) -> Bool {
        e.type == .time && (e.derivation.hasPrefix(bareClockOnMentionedDay) || e.derivation.hasPrefix(bareClockOnReferenceDay))
    }

    private mutating func resolve(_ meaning: Meaning, type: TimexType, tense: Tense) -> Resolved? {
        switch meaning {
        case .calendar(let f):
            return calendar(f, type: type, tense: tense)
        case .relative(let unit, let n):
            guard let ref = reference else {
                return Resolved(
                    type: type, value: unresolvedValue(unit), anchoring: .unresolved,
                    derivation: "relative to the publication date, which is not known")
            }
            if referenceTooCoarse(for: unit) {
                return Resolved(
                    type: type, value: unresolvedValue(unit), anchoring: .unresolved,
                    derivation: "relative to the publication date, known only as \(referenceLabel)")
            }
            guard let value = shift(ref, unit, n) else { return nil }
            return Resolved(
                type: type, value: value, anchoring: .publicationDate,
                derivation: "\(describe(unit, n)) \(referenceLabel)")
        case .yearsAgoOn(let years, let unit):
            guard let ref = reference, !referenceTooCoarse(for: unit) else {
                return Resolved(
                    type: type, value: unresolvedValue(unit), anchoring: .unresolved,
                    derivation: "relative to the publication date, which is not known to the \(unit)")
            }
            guard let value = shift(ref.adding(months: -12 * years), unit, 0) else { return nil }
            return Resolved(
                type: type, value: value, anchoring: .publicationDate,
                derivation: "the \(unit) of \(referenceLabel), \(years) year\(years == 1 ? "" : "s") back")
        case .yearsAfterDay(let years, let approximate):
            // (After a month or a year named last with no day before it, or a day more than a
            // year before it, that date so many years on: "left it in September 2022. A year
            // later, almost to the day" is September 2023; "Born on January 30, 1941, he was
            // first elected in 1978. Two years later, almost to the day" is 1980.)
            if !lastUnknown, let last = lastMentioned(),
                lastMentionedDay().map({ last.interval.start.ordinal - $0.interval.start.ordinal > 365 }) ?? true
            {
                return resolve(last.precision == .month ? .anaphoric(.month, 12 * years) : .anaphoric(.year, years), type: type, tense: tense)
            }
            guard !lastUnknown, let last = lastMentionedDay(), last.precision <= .day, let month = last.month, let d = last.day,
                let day = CalendarDay(year: last.year, month: month, day: d)?.adding(months: 12 * years)
            else {
                return Resolved(
                    type: type, value: unresolvedValue(.year), anchoring: .unresolved,
                    derivation: "\(years) year\(years == 1 ? "" : "s") after a day mentioned before that could not be found")
            }
            let value = approximate ? String(day.iso.prefix(7)) : day.iso
            return Resolved(
                type: type, value: value, anchoring: .previousMention,
                derivation: "\(years) year\(years == 1 ? "" : "s") after the day mentioned before (\(DateSemantics.plainDisplay(last)))"
                    + (approximate ? ", almost to the day: its month" : ", to the day"))
        case .thisDayIn(let year):
            guard let ref = reference, !referenceTooCoarse(for: .day),
                let day = CalendarDay(year: year, month: ref.month, day: min(ref.day, CalendarDay.daysIn(month: ref.month, year: year)))
            else {
                // (Its year, when the publication's day is not known.)
                return Resolved(
                    type: type, value: CalendarDay.pad(year, 4), anchoring: .explicit,
                    derivation: "the year written; the publication's day is not known")
            }
            return Resolved(type: type, value: day.iso, anchoring: .publicationDate, derivation: "the day and month of \(referenceLabel), in \(year)")
        case .anaphoric(let unit, let n):
            if lastUnknown {
                return Resolved(
                    type: type, value: unresolvedValue(unit), anchoring: .unresolved,
                    derivation: "\(describe(unit, n)) a date mentioned before that could not be resolved")
            }
            if countingDays, unit == .week || unit == .fortnight, n != 0, let last = lastMentioned(), last.precision == .day,
                last.interval.start == last.interval.end
            {
                let value = last.interval.start.adding(days: n * (unit == .fortnight ? 14 : 7)).iso
                return Resolved(
                    type: type, value: value, anchoring: .previousMention,
                    derivation: "\(describe(unit, n)) the day mentioned before (\(DateSemantics.plainDisplay(last))), counted in days")
            }
            if let last = lastMentioned(), Resolver.fineEnough(last.precision, for: unit) {
                let base = last.interval.start
                guard let value = shift(base, unit, n) else { return nil }
                return Resolved(
                    type: type, value: value, anchoring: .previousMention,
                    derivation: "\(describe(unit, n)) the date mentioned before (\(DateSemantics.plainDisplay(last)))")
            }
            // A day's anaphor after a coarser date ("The previous record was set in December
            // 2023. Tokyo lodged a protest the same day"): the day mentioned before that.
            // (Only the day itself: "the next day" after "in April 2012" may be any day of it.)
            if unit == .day, n == 0, let day = lastMentionedDay() {
                guard let value = shift(day.interval.start, unit, n) else { return nil }
                return Resolved(
                    type: type, value: value, anchoring: .previousMention,
                    derivation: "\(describe(unit, n)) the last day mentioned before (\(DateSemantics.plainDisplay(day)))")
            }
            // A date before it, too coarse to count from, in another sentence: the last day named
            // before, for an anaphor of days or weeks.
            if !anchorInSentence, unit == .day || unit == .week || unit == .fortnight, n != 0, let day = lastMentionedDay(),
                let value = countingDays || unit == .day
                    ? day.interval.start.adding(days: n * (unit == .day ? 1 : unit == .week ? 7 : 14)).iso : shift(day.interval.start, unit, n)
            {
                return Resolved(
                    type: type, value: value, anchoring: .previousMention,
                    derivation: "\(describe(unit, n)) the last day mentioned before (\(DateSemantics.plainDisplay(day)))")
            }
            // Else not the publication's day or week, which the text does not speak of ("China
            // seized the shoal in April 2012, and Manila recalled its envoy the next day").
            if let last = lastMentioned() {
                return Resolved(
                    type: type, value: unresolvedValue(unit), anchoring: .unresolved,
                    derivation:
                        "\(describe(unit, n)) the date mentioned before (\(DateSemantics.plainDisplay(last))), which is too coarse to count from")
            }
            guard let ref = reference, let value = shift(ref, unit, n) else {
                return Resolved(
                    type: type, value: unresolvedValue(unit), anchoring: .unresolved,
                    derivation: "relative to an earlier date, but none is known")
            }
            return Resolved(
                type: type, value: value, anchoring: .publicationDate,
                derivation: "\(describe(unit, n)) \(referenceLabel) (no earlier date in the text)")
        case .weekday(let w, let direction, let time):
            guard let ref = reference, !referenceTooCoarse(for: .day) else {
                if reference != nil {
                    return Resolved(
                        type: type, value: "XXXX-WXX-\(w)" + (time.map { "T" + $0 } ?? ""), anchoring: .unresolved,
                        derivation: "a weekday, but the publication date is known only as \(referenceLabel)")
                }
                return Resolved(
                    type: type, value: "XXXX-WXX-\(w)" + (time.map { "T" + $0 } ?? ""), anchoring: .unresolved,
                    derivation: "a weekday, but the publication date is not known")
            }
            if time == "WE" {
                // "the weekend": the last one (past or unknown tense) or the next one (future).
                let saturday = Resolver.nearestWeekday(6, from: ref, direction: 0, tense: tense == .future ? .future : .past)
                let week = saturday.isoWeek
                return Resolved(
                    type: type, value: "\(CalendarDay.pad(week.year, 4))-W\(CalendarDay.pad(week.week, 2))-WE", anchoring: .publicationDate,
                    derivation: "the weekend \(tense == .future ? "after" : "before") \(referenceLabel)")
            }
            let day = Resolver.nearestWeekday(w, from: ref, direction: direction, tense: tense)
            let how: String
            switch direction {
            case -1: how = "the \(Resolver.weekdayNames[w - 1]) before"
            case 1: how = "the \(Resolver.weekdayNames[w - 1]) after"
            default:
                how =
                    tense == .future
                    ? "the first \(Resolver.weekdayNames[w - 1]) after (future tense)"
                    : tense == .past
                        ? "the last \(Resolver.weekdayNames[w - 1]) on or before (past tense)"
                        : "the last \(Resolver.weekdayNames[w - 1]) on or before (news reports the past)"
            }
            return Resolved(
                type: type, value: day.iso + (time.map { "T" + $0 } ?? ""), anchoring: .publicationDate,
                derivation: "\(how) \(referenceLabel)")
        case .near(let f, let direction):
            return near(f, direction: direction, type: type, tense: tense)
        case .nearMentioned(let f, let direction):
            // "In March 2019 ... the following January": the first January after March 2019.
            guard reference != nil || direction != 0, let last = lastMentioned() else {
                guard var r = near(f, direction: direction, type: type, tense: tense) else { return nil }
                r.derivation += " (no earlier date in the text)"
                return r
            }
            let base = last.interval
            var year = direction < 0 ? base.start.year : direction > 0 ? base.end.year : base.start.year
            for _ in 0..<9 {
                guard (1...9999).contains(year) else { return nil }
                // (Direction 0, "March 3 or 4": the first one on or after the date before.)
                if let i = Resolver.interval(f, year: year),
                    direction < 0 ? i.end < base.start : direction > 0 ? i.start > base.end : i.start >= base.start
                {
                    break
                }
                year += direction < 0 ? -1 : 1
            }
            guard (1...9999).contains(year), let value = Resolver.value(f, year: year) else { return nil }
            return Resolved(
                type: type, value: value, rangeEndValue: Resolver.rangeEndValue(f, year: year), anchoring: .previousMention,
                derivation:
                    "the \(direction < 0 ? "last one before" : direction > 0 ? "first one after" : "first one from") the date mentioned before (\(DateSemantics.plainDisplay(last)))"
            )
        case .thatMonth(let month):
            if let year = lastMentionedYear(ofMonth: month), let value = Resolver.value(DateFields(month: month), year: year) {
                return Resolved(
                    type: type, value: value, anchoring: .previousMention,
                    derivation: "the \(DateSemantics.monthNames[month - 1]) mentioned before (\(year))")
            }
            return resolve(.inMentionedYear(DateFields(month: month)), type: type, tense: tense)
        case .inMentionedYear(let f):
            guard let last = lastMentioned() else {
                // With no date before, the publication's year, as "this year" would.
                guard var r = resolve(.inYear(f, offset: 0), type: type, tense: tense) else { return nil }
                r.derivation += " (no earlier date in the text)"
                return r
            }
            let year = last.interval.start.year
            guard (1...9999).contains(year), let value = Resolver.value(f, year: year) else { return nil }
            return Resolved(
                type: type, value: value, rangeEndValue: Resolver.rangeEndValue(f, year: year), anchoring: .previousMention,
                derivation: "in the year of the date mentioned before (\(DateSemantics.plainDisplay(last)))")
        case .inYear(let f, let offset):
            guard let ref = reference else {
                return Resolved(
                    type: type, value: Resolver.value(f, year: nil) ?? "XXXX", anchoring: .unresolved,
                    derivation: "relative to the publication year, which is not known")
            }
            guard let value = Resolver.value(f, year: ref.year + offset) else { return nil }
            let which =
                offset == 0 ? "the publication year" : offset < 0 ? "the year before the publication year" : "the year after the publication year"
            return Resolved(
                type: type, value: value, anchoring: .publicationDate, derivation: "in \(which) (\(ref.year + offset)), from \(referenceLabel)")
        case .reference(let v):
            return Resolved(
                type: type, value: v, anchoring: .publicationDate,
                derivation: "a reference to the \(v == "PAST_REF" ? "past" : v == "FUTURE_REF" ? "future" : "present")")
        case .duration(let v):
            return Resolved(type: .duration, value: v, anchoring: .explicit, derivation: "a length of time")
        case .set(let v, let quant, let freq):
            return Resolved(type: .set, value: v, quant: quant, freq: freq, anchoring: .explicit, derivation: "a recurring time")
        case .clock(let base, let time):
            var baseResolved: Resolved?
            if let base {
                baseResolved = resolve(base, type: .date, tense: tense)
            } else if case .some(let day?) = stampDay {
                baseResolved = Resolved(
                    type: .date, value: day.iso, anchoring: .previousMention,
                    derivation: Resolver.bareClockOnMentionedDay + "(\(day.iso)), the date over the entries it stamps")
            } else if stampDay != nil, let ref = reference {
                baseResolved = Resolved(
                    type: .date, value: ref.iso, anchoring: .publicationDate,
                    derivation: Resolver.bareClockOnReferenceDay + referenceLabel + ", a live blog's stamp")
            } else if let last = flashback ? lastMentionedDay() : lastMentioned(), last.precision <= .day,
                flashback || (reference.map({ abs($0.ordinal - last.interval.start.ordinal) <= 7 }) ?? true)
            {
                // "The boat was struck at about 6:40 a.m.", after "on Tuesday": a time without
                // a day is on the day the text last named, when that is within a week of the
                // publication ("signed on Sept. 8, 1951 ... the ceremony begins at 10 a.m." is
                // the publication day's), or in a flashback ("had just sat down to Christmas Eve
                // dinner ... A power cable had lost voltage at 6:52 p.m."; then the last day
                // named, past a year named since: "... had joined in 2009 ... Her ship reached the
                // tanker shortly before midnight"). "The launch was the first since Jan. 6 ...
                // The missile was fired at 7:10 a.m." is no flashback: today's.
                var day = last.interval.start
                var note = ""
                // ("The attack began on Monday night. The first missile struck at 1:30 a.m.": the
                // small hours after a night are the next day's.)
                // (Not past the publication: "The strait will be closed overnight. A tanker was
                // struck at 5 a.m." keeps the night's day.)
                if last.time == "NI", time.utf8.count >= 2, let hour = Int(time.prefix(2)), hour < 6,
                    reference.map({ day.adding(days: 1) <= $0 }) ?? true
                {
                    day = day.adding(days: 1)
                    note = ", the morning after the night named"
                }
                baseResolved = Resolved(
                    type: .date, value: day.iso, anchoring: .previousMention,
                    derivation: Resolver.bareClockOnMentionedDay + "(\(day.iso))" + note)
            } else if let ref = reference {
                baseResolved = Resolved(
                    type: .date, value: ref.iso, anchoring: .publicationDate, derivation: Resolver.bareClockOnReferenceDay + referenceLabel)
            }
            guard var b = baseResolved else {
                return Resolved(type: .time, value: "XXXX-XX-XXT" + time, anchoring: .unresolved, derivation: "a time of day on an unknown day")
            }
            b.type = .time
            b.value += "T" + time
            return b
        case .weekdayOfWeek(let w, let offset):
            guard let ref = reference else {
                return Resolved(
                    type: type, value: "XXXX-WXX-\(w)", anchoring: .unresolved, derivation: "a weekday, but the publication date is not known")
            }
            let day = ref.adding(days: 7 * offset - (ref.weekday - 1) + (w - 1))
            let week = offset == -1 ? "the week before" : offset == 1 ? "the week after" : "the week of"
            return Resolved(
                type: type, value: day.iso, anchoring: .publicationDate,
                derivation: "the \(Resolver.weekdayNames[w - 1]) of \(week) \(referenceLabel)")
        case .dayOfMonth(let d):
            // The month of the date mentioned before, when it names one; else the publication's
            // (the month before when the sentence reads as past and the day is still ahead).
            // (Not a past day that would lie after the publication, nor a future one before it:
            // "The panel held its fourth meeting on the 2nd", after "opens on the 29th of next
            // month", is this month's; "I will visit Darwin on the 15th", after "signed last
            // August", is ahead.)
            if let last = lastMentioned(), last.precision <= .month, let m = last.month, let day = CalendarDay(year: last.year, month: m, day: d),
                !(tense == .past && reference.map { day > $0 } ?? false), !(tense == .future && reference.map { day < $0 } ?? false)
            {
                return Resolved(
                    type: type, value: day.iso, anchoring: .previousMention,
                    derivation: "a day of the month alone, in the month of the date mentioned before (\(DateSemantics.plainDisplay(last)))")
            }
            guard let ref = reference else {
                return Resolved(
                    type: type, value: "XXXX-XX-\(CalendarDay.pad(d, 2))", anchoring: .unresolved,
                    derivation: "a day of the month alone, but the publication date is not known")
            }
            // The month before (past) or after (future) when the day is on the wrong side of the
            // reference; with no tense, the nearer of the three; a month without that day (the
            // 30th of February) gives way to the one before or after it.
            func step(_ ym: (Int, Int), _ by: Int) -> (Int, Int) {
                let n = ym.0 * 12 + ym.1 - 1 + by
                return (n / 12, n % 12 + 1)
            }
            var ym = (ref.year, ref.month)
            var direction = 0
            if tense == .future, d < ref.day { direction = 1 }
            if tense == .past, d > ref.day { direction = -1 }
            if tense == .unknown {
                let candidates = [-1, 0, 1].compactMap { o -> (Int, CalendarDay)? in
                    let c = step(ym, o)
                    return CalendarDay(year: c.0, month: c.1, day: d).map { (o, $0) }
                }
                direction = candidates.min { abs($0.1.ordinal - ref.ordinal) < abs($1.1.ordinal - ref.ordinal) }?.0 ?? 0
            }
            ym = step(ym, direction)
            var found = CalendarDay(year: ym.0, month: ym.1, day: d)
            if found == nil {
                ym = step(ym, tense == .future ? 1 : -1)
                found = CalendarDay(year: ym.0, month: ym.1, day: d)
            }
            guard let day = found else { return nil }
            let m = ym.1
            return Resolved(
                type: type, value: day.iso, anchoring: .publicationDate,
                derivation:
                    "a day of the month alone, in the month of \(referenceLabel)\(m != ref.month ? " or the nearest one the tense allows" : "")")
        case .dayOfMonthIn(let d, let offset):
            guard let ref = reference else {
                return Resolved(
                    type: type, value: "XXXX-XX-\(CalendarDay.pad(d, 2))", anchoring: .unresolved,
                    derivation: "a day of a month counted from the publication, which is not known")
            }
            if referenceTooCoarse(for: .day) {
                return Resolved(
                    type: type, value: "XXXX-XX-\(CalendarDay.pad(d, 2))", anchoring: .unresolved,
                    derivation: "a day of a month counted from the publication date, known only as \(referenceLabel)")
            }
            let first = CalendarDay(year: ref.year, month: ref.month, day: 1)!.adding(months: offset)
            guard let day = CalendarDay(year: first.year, month: first.month, day: d) else { return nil }
            let which = offset == 0 ? "the month of" : offset < 0 ? "the month before" : "the month after"
            return Resolved(
                type: type, value: day.iso, anchoring: .publicationDate,
                derivation: "the \(DateSemantics.ordinalSuffix(d)) day of \(which) \(referenceLabel)")
        case .weekOfMonth(let f, let nth):
            guard var r = resolve(.calendar(f), type: .date, tense: tense) else { return nil }
            guard let parsed = DateSemantics.parse(r.value), parsed.precision == .month, let m = parsed.month else {
                r.value = "XXXX-WXX"
                return r
            }
            let y = parsed.year
            // The week most of whose days are the month's nth seven (the ISO week of their
            // middle day), or its last seven.
            let last = CalendarDay.lastDay(year: y, month: m)
            guard let day = nth > 0 ? CalendarDay(year: y, month: m, day: 7 * nth - 3) : Optional(last.adding(days: -3)) else { return nil }
            let week = day.isoWeek
            r.value = "\(CalendarDay.pad(week.year, 4))-W\(CalendarDay.pad(week.week, 2))"
            r.derivation =
                "the week holding \(day.iso), the middle of the month's \(nth > 0 ? "days \(7 * nth - 6) to \(7 * nth)" : "last seven days"): "
                + r.derivation
            return r
        case .weekOf(let day, let weekend):
            guard var r = resolve(day, type: .date, tense: tense) else { return nil }
            guard let parsed = DateSemantics.parse(r.value), parsed.precision == .day else {
                r.value = weekend ? "XXXX-WXX-WE" : "XXXX-WXX"
                return r
            }
            // "The week of March 5", a Sunday, is the week that starts then (weeks in American
            // usage start on Sunday): the ISO week from the next day.
            var day = parsed.interval.start
            if !weekend, day.weekday == 7 { day = day.adding(days: 1) }
            let week = day.isoWeek
            r.value = "\(CalendarDay.pad(week.year, 4))-W\(CalendarDay.pad(week.week, 2))" + (weekend ? "-WE" : "")
            r.derivation = "the \(weekend ? "weekend" : "week") holding the day named (\(parsed.interval.start.iso)): " + r.derivation
            return r
        case .range(let a, let b):
            guard var ra = resolve(a, type: .date, tense: tense), var rb = resolve(b, type: .date, tense: tense) else { return nil }
            // The end comes after the start. A part without a year moves to the other side of the
            // part that has one ("from Dec. 28 to Jan. 3, 2025"); when neither has one, the
            // tense decides which: "the drills ran from late January to mid-February", written
            // on 2025-01-30, is January to February 2024 (a past sentence moves the start back);
            // "will run from November to February", or "runs", is November to February 2026
            // (otherwise the end moves ahead).
            if let pa = DateSemantics.parse(ra.value), let pb = DateSemantics.parse(rb.value), pb.interval.end < pa.interval.start {
                func yearless(_ m: Meaning) -> DateFields? {
                    if case .calendar(let f) = m, f.year == nil, f.decade == nil, f.century == nil { return f }
                    return nil
                }
                let fa = yearless(a)
                let fb = yearless(b)
                func moveEnd(_ fb: DateFields) -> Bool {
                    let from = pa.interval.start
                    guard let y = (from.year...(from.year + 1)).first(where: { Resolver.interval(fb, year: $0).map { $0.end >= from } ?? false }),
                        let v = Resolver.value(fb, year: y)
                    else { return false }
                    rb.value = v
                    rb.derivation = "the first one after the range's start"
                    return true
                }
                func moveStart(_ fa: DateFields) -> Bool {
                    let to = pb.interval.end
                    guard let y = ((to.year - 1)...to.year).last(where: { Resolver.interval(fa, year: $0).map { $0.start <= to } ?? false }),
                        let v = Resolver.value(fa, year: y)
                    else { return false }
                    ra.value = v
                    ra.derivation = "the last one before the range's end"
                    return true
                }
                if let fa, fb != nil, tense == .past {
                    _ = moveStart(fa)
                } else if let fb, moveEnd(fb) {
                } else if let fa {
                    _ = moveStart(fa)
                }
            }
            if ra.anchoring == .unresolved || rb.anchoring == .unresolved {
                return Resolved(type: .date, value: ra.value, rangeEnd: rb.value, anchoring: .unresolved, derivation: ra.derivation)
            }
            let anchoring = ra.anchoring == .explicit ? rb.anchoring : ra.anchoring
            let derivation =
                ra.anchoring == .explicit && rb.anchoring == .explicit
                ? "a range written in full in the text" : "a range: from \(ra.derivation); to \(rb.derivation)"
            return Resolved(type: .date, value: ra.value, rangeEnd: rb.value, anchoring: anchoring, derivation: derivation)
        }
    }

    /// "The next day" needs a day to count from; "nine years later" only a year.
    static func fineEnough(_ precision: DatePrecision, for unit: TimeUnit) -> Bool {
        switch unit {
        case .day, .weekend, .hour, .minute, .second: return precision <= .day
        case .week, .fortnight: return precision <= .week
        case .month: return precision <= .month
        case .quarter, .season, .half: return precision <= .quarter
        case .year, .decade, .century, .millennium: return precision <= .year
        }
    }

    private func unresolvedValue(_ unit: TimeUnit) -> String {
        switch unit {
        case .day: return "XXXX-XX-XX"
        case .week, .weekend: return "XXXX-WXX"
        case .month: return "XXXX-XX"
        default: return "XXXX"
        }
    }

    /// "the year before", "two weeks after", "the same month as": followed by what it counts from.
    private func describe(_ unit: TimeUnit, _ n: Int) -> String {
        if n == 0 { return "the same \(unit.rawValue) as" }
        if abs(n) == 1 { return "the \(unit.rawValue) \(n < 0 ? "before" : "after")" }
        let count = abs(n)
        let unitName = count == 1 ? unit.rawValue : (unit == .century ? "centuries" : unit.rawValue + "s")
        return "\(count == 1 ? "one" : String(count)) \(unitName) \(n < 0 ? "before" : "after")"
    }

    /// The TIMEX3 value of the `unit` containing `day` shifted by `n` units.
    func shift(_ day: CalendarDay, _ unit: TimeUnit, _ n: Int) -> String? {
        switch unit {
        case .day: return day.adding(days: n).iso
        case .week, .fortnight:
            let w = day.adding(days: 7 * n * (unit == .fortnight ? 2 : 1)).isoWeek
            return "\(CalendarDay.pad(w.year, 4))-W\(CalendarDay.pad(w.week, 2))"
        case .weekend:
            let w = day.adding(days: 7 * n).isoWeek
            return "\(CalendarDay.pad(w.year, 4))-W\(CalendarDay.pad(w.week, 2))-WE"
        case .month:
            let d = day.adding(months: n)
            return "\(CalendarDay.pad(d.year, 4))-\(CalendarDay.pad(d.month, 2))"
        case .quarter:
            let index = day.year * 4 + (day.month - 1) / 3 + n
            let y = index >= 0 ? index / 4 : (index - 3) / 4
            return "\(CalendarDay.pad(y, 4))-Q\(index - y * 4 + 1)"
        case .half:
            let index = day.year * 2 + (day.month - 1) / 6 + n
            let y = index >= 0 ? index / 2 : (index - 1) / 2
            return "\(CalendarDay.pad(y, 4))-H\(index - y * 2 + 1)"
        // (Nothing past 9999: "the next decade" from 9999-12-31 has no four-digit year.)
        case .year: return (0...9999).contains(day.year + n) ? CalendarDay.pad(day.year + n, 4) : nil
        case .decade: return (0...999).contains(day.year / 10 + n) ? String((day.year / 10) + n) : nil
        case .century: return (0...99).contains(day.year / 100 + n) ? String((day.year / 100) + n) : nil
        case .season:
            return nil
        case .hour, .minute, .second, .millennium:
            return nil
        }
    }

    /// The weekday `w` nearest `ref` in the given direction (0: by tense).
    static func nearestWeekday(_ w: Int, from ref: CalendarDay, direction: Int, tense: Tense) -> CalendarDay {
        let back = (ref.weekday - w + 7) % 7  // days back to the last w on or before ref
        let forward = (w - ref.weekday + 7) % 7
        switch direction {
        case -1: return ref.adding(days: -(back == 0 ? 7 : back))
        case 1: return ref.adding(days: forward == 0 ? 7 : forward)
        default:
            switch tense {
            case .past: return ref.adding(days: -back)
            case .future: return ref.adding(days: forward)
            // News reports what happened: a weekday with no tense cue is the last one.
            case .unknown: return ref.adding(days: -back)
            }
        }
    }

    // MARK: - calendar fields

    private func calendar(_ f: DateFields, type: TimexType, tense: Tense) -> Resolved? {
        if let c = f.century {
            return Resolved(type: type, value: CalendarDay.pad(c, 2), anchoring: .explicit, derivation: "a century named in the text")
        }
        if let d = f.decade {
            return Resolved(type: type, value: CalendarDay.pad(d, 3), anchoring: .explicit, derivation: "a decade named in the text")
        }
        if let y = f.year {
            guard let value = Resolver.value(f, year: y) else { return nil }  // no such day in that year
            return Resolved(
                type: type, value: value, rangeEndValue: Resolver.rangeEndValue(f, year: y),
                anchoring: .explicit, derivation: weekdayNote(f, year: y) ?? "written in full in the text")
        }
        guard let ref = reference else {
            return Resolved(
                type: type, value: Resolver.value(f, year: nil) ?? "XXXX", anchoring: .unresolved,
                derivation: "no year in the text and no publication date to take it from")
        }
        if let m = f.month, let d = f.day, let w = f.weekday {
            if let y = Resolver.yearFromWeekday(month: m, day: d, weekday: w, near: ref) {
                return Resolved(
                    type: type, value: Resolver.value(f, year: y)!, anchoring: .weekday,
                    derivation: referenceIsInferred
                        ? "\(Resolver.noYearInText); \(Resolver.monthNames[m - 1]) \(d) falls on a \(Resolver.weekdayNames[w - 1]) in \(y), the first such year after the text's latest explicit date (the same reasoning dates the article)"
                        : "\(Resolver.noYearInText); \(y) is the year nearest \(referenceLabel) in which \(Resolver.monthNames[m - 1]) \(d) falls on a \(Resolver.weekdayNames[w - 1])"
                )
            }
        }
        // A month or a day without a year: the nearest one, unless the tense says which side.
        let monthOnly = f.month != nil && f.day == nil
        let year = Resolver.yearForDay(f, reference: ref, tense: tense, monthOnly: monthOnly, deadline: deadline, leaning: leaning)
        let passed = tense == .future && (Resolver.interval(f, year: year).map { $0.end < ref } ?? false)
        let leaned = tense == .unknown && leaning != .unknown && year != Resolver.yearForDay(f, reference: ref, tense: .unknown, monthOnly: monthOnly)
        let tenseNote =
            tense == .past
            ? "the sentence reads as past, so the last one on or before"
            : passed
                ? "a deadline that passed within the week before"
                : tense == .future
                    ? "the sentence reads as future, so the first one on or after"
                    : leaned
                        ? (leaning == .past
                            ? "the nearest one is ahead, and the sentence reads as past, so the last one on or before"
                            : "the nearest one is past, and the sentence reads as future, so the first one on or after")
                        : "the one nearest to"
        // (A day that no year near the reference has stays unresolved rather than crashing.)
        guard let value = Resolver.value(f, year: year), Resolver.interval(f, year: year) != nil else { return nil }
        return Resolved(
            type: type, value: value, rangeEndValue: Resolver.rangeEndValue(f, year: year),
            anchoring: .publicationDate, derivation: "\(Resolver.noYearInText); \(tenseNote) \(referenceLabel)")
    }

    private func weekdayNote(_ f: DateFields, year: Int) -> String? {
        guard let w = f.weekday, let m = f.month, let d = f.day, let day = CalendarDay(year: year, month: m, day: d) else { return nil }
        if day.weekday == w { return "written in full in the text (the weekday agrees)" }
        return "written in full in the text; note: \(day.iso) is a \(Resolver.weekdayNames[day.weekday - 1]), not a \(Resolver.weekdayNames[w - 1])"
    }

    private func near(_ f: DateFields, direction: Int, type: TimexType, tense: Tense) -> Resolved? {
        guard let ref = reference else {
            return Resolved(
                type: type, value: Resolver.value(f, year: nil) ?? "XXXX", anchoring: .unresolved,
                derivation: "no year in the text and no publication date to take it from")
        }
        let year: Int
        let how: String
        if abs(direction) == 10 {
            year = ref.year + direction / 10
            how = direction < 0 ? "in the year before" : "in the year after"
        } else if direction != 0 {
            // "last March": the most recent one wholly before the reference; "next summer": the first after.
            // (A day not in every year, "last Feb. 29", looks up to eight years away.)
            var candidate = ref.year
            for _ in 0..<9 {
                guard (1...9999).contains(candidate) else { return nil }
                if let interval = Resolver.interval(f, year: candidate), direction < 0 ? interval.end < ref : interval.start > ref { break }
                candidate += direction < 0 ? -1 : 1
            }
            year = candidate
            how = direction < 0 ? "the last one before" : "the first one after"
        } else {
            year = Resolver.yearByTense(f, reference: ref, tense: tense == .unknown && f.holiday == nil ? .unknown : tense)
            how = tense == .past ? "the last one on or before" : tense == .future ? "the first one on or after" : "the one nearest to"
        }
        guard let value = Resolver.value(f, year: year) else { return nil }
        return Resolved(
            type: type, value: value, rangeEndValue: Resolver.rangeEndValue(f, year: year),
            anchoring: .publicationDate, derivation: "\(how) \(referenceLabel)")
    }

    /// The year in which month `m` day `d` is weekday `w`, nearest `ref` (within seven years).
    static func yearFromWeekday(month m: Int, day d: Int, weekday w: Int, near ref: CalendarDay) -> Int? {
        var best: (distance: Int, year: Int)?
        for y in (ref.year - 7)...(ref.year + 7) {
            guard let day = CalendarDay(year: y, month: m, day: d), day.weekday == w else { continue }
            let distance = abs(day.ordinal - ref.ordinal)
            if best == nil || distance < best!.distance { best = (distance, y) }
        }
        return best?.year
    }

    /// The year for fields without one: the last occurrence on or before the reference for past
    /// tense, the first on or after for future, else the nearest.
    static func yearByTense(_ f: DateFields, reference ref: CalendarDay, tense: Tense) -> Int {
        var candidates: [(year: Int, interval: DayInterval)] = []
        for y in (ref.year - 1)...(ref.year + 1) {
            if let interval = interval(f, year: y) { candidates.append((y, interval)) }
        }
        if candidates.count < 3 {
            // A day not in every year (February 29): four years either side hold one before
            // and one after the reference date.
            candidates = []
            for y in (ref.year - 4)...(ref.year + 4) {
                if let interval = interval(f, year: y) { candidates.append((y, interval)) }
            }
        }
        guard !candidates.isEmpty else { return ref.year }
        switch tense {
        case .past:
            return candidates.last(where: { $0.interval.start <= ref })?.year ?? ref.year
        case .future:
            return candidates.first(where: { $0.interval.end >= ref })?.year ?? ref.year
        case .unknown:
            func distance(_ i: DayInterval) -> Int {
                if i.contains(ref) { return 0 }
                return i.end < ref ? ref.ordinal - i.end.ordinal : i.start.ordinal - ref.ordinal
            }
            // Ties go to the past: news mostly reports what happened.
            return candidates.min(by: { (distance($0.interval), $0.year) < (distance($1.interval), $1.year) })!.year
        }
    }

    /// A yearless day ("March 12") is the nearest one, unless that is on the
    /// wrong side of the reference for the sentence's tense ("was initialed on March 12"
    /// written in January is last March's).
    ///
    /// `leaning` is the tense of the verb of the day's clause when it is further from the day
    /// than the day's own window ("were moved to the island on 2 June", "will expire on Oct.
    /// 18"): past moves a day more than two weeks ahead back to the last one; future moves a
    /// day more than two months behind to the next one.
    static func yearForDay(
        _ f: DateFields, reference ref: CalendarDay, tense: Tense, monthOnly: Bool, deadline: Bool = false, leaning: Tense = .unknown
    ) -> Int {
        if monthOnly { return yearByTense(f, reference: ref, tense: tense) }
        let nearest = yearByTense(f, reference: ref, tense: .unknown)
        guard let interval = interval(f, year: nearest) else { return nearest }
        if tense == .unknown, leaning != .unknown {
            let guess = yearForDay(f, reference: ref, tense: .unknown, monthOnly: false)
            guard let chosen = Resolver.interval(f, year: guess) else { return guess }
            let ahead = chosen.start > ref
            let distance = ahead ? chosen.start.ordinal - ref.ordinal : ref.ordinal - chosen.end.ordinal
            // (A past verb moves a day more than two weeks ahead: "met in Tokyo on Oct. 20",
            // written on October 1, is last year's; a future one, a day more than two months
            // behind. Nearer, the verb may be another's: "said it will redeem preferred shares
            // on Oct. 31", written on October 27.)
            guard distance > (leaning == .past ? 14 : 60), ahead == (leaning == .past), !chosen.contains(ref) else { return guess }
            return yearByTense(f, reference: ref, tense: leaning)
        }
        if tense == .unknown {
            // News reports what happened: with no tense to go by, a day that is ahead is taken
            // only when it is clearly nearer than the one behind (under four fifths of its
            // distance). "The Oct. 23 slaying", written on May 6, is last October's, though
            // next October is five days nearer.
            guard interval.start > ref else { return nearest }
            let earlier = yearByTense(f, reference: ref, tense: .past)
            guard earlier < nearest, let previous = Resolver.interval(f, year: earlier), previous.end < ref else { return nearest }
            let ahead = interval.start.ordinal - ref.ordinal
            let behind = ref.ordinal - previous.end.ordinal
            return ahead * 5 < behind * 4 ? nearest : earlier
        }
        if tense == .past, interval.start.ordinal - ref.ordinal > 0 { return yearByTense(f, reference: ref, tense: .past) }
        if tense == .future, ref.ordinal - interval.end.ordinal > 0 {
            // "to return the child by Jan. 14", written on January 15: a deadline that passed
            // within the week is that one, not next year's. ("Will be held on Dec. 28",
            // written on January 2, may well be next December's.)
            if deadline, ref.ordinal - interval.end.ordinal <= 7 { return nearest }
            return yearByTense(f, reference: ref, tense: .future)
        }
        return nearest
    }

    static func interval(_ f: DateFields, year: Int) -> DayInterval? {
        if f.nth != nil { return nthWeekday(f, year: year).map { DayInterval(day: $0) } }
        // The common fields directly, as `DateSemantics.parse` reads their values.
        if f.holiday == nil, year >= 0, year <= 9999 {
            if let s = f.season {
                let (first, last) = s.months
                return s == .winter
                    ? DayInterval(start: DayInterval.month(year, 12).start, end: DayInterval.month(year + 1, 2).end) : .months(year, first, last)
            }
            if let q = f.quarter { return (1...4).contains(q) ? .months(year, q * 3 - 2, q * 3) : nil }
            if let h = f.half { return (1...2).contains(h) ? .months(year, h * 6 - 5, h * 6) : nil }
        }
        if f.holiday == nil, f.season == nil, f.quarter == nil, f.half == nil, year >= 0, year <= 9999, f.time?.isEmpty != true {
            guard let m = f.month else { return .year(year) }
            guard m >= 1, m <= 12 else { return nil }
            guard let d = f.day else { return .month(year, m) }
            return CalendarDay(year: year, month: m, day: d).map { DayInterval(day: $0) }
        }
        guard let v = value(f, year: year) else { return nil }
        if let end = rangeEndValue(f, year: year) { return DateSemantics.interval(value: v, rangeEnd: end) }
        return DateSemantics.interval(value: v)
    }

    /// The TIMEX3 value of calendar fields in `year` (nil year: `XXXX`).
    /// "The first Sunday of October" in `year` (nil when that month has no fifth one).
    static func nthWeekday(_ f: DateFields, year: Int) -> CalendarDay? {
        guard let n = f.nth, let w = f.weekday, let m = f.month, (1...12).contains(m), (1...9999).contains(year) else { return nil }
        if n < 0 {
            let end = CalendarDay.lastDay(year: year, month: m)
            return end.adding(days: -((end.weekday - w + 7) % 7))
        }
        guard let first = CalendarDay(year: year, month: m, day: 1) else { return nil }
        let day = first.adding(days: (w - first.weekday + 7) % 7 + (n - 1) * 7)
        return day.month == m ? day : nil
    }

    static func value(_ f: DateFields, year: Int?) -> String? {
        if f.nth != nil {
            guard let year else { return f.month.map { "XXXX-\(CalendarDay.pad($0, 2))-XX" } ?? "XXXX-XX-XX" }
            return nthWeekday(f, year: year)?.iso
        }
        let y = year.map { CalendarDay.pad($0, 4) } ?? "XXXX"
        if let h = f.holiday {
            guard let year else { return "XXXX" }
            guard (1...9999).contains(year) else { return nil }  // (Easter's formula needs a real year)
            return h.interval(in: year)?.start.iso
        }
        if let s = f.season { return "\(y)-\(s.rawValue)" }
        if let q = f.quarter { return "\(y)-Q\(q)" }
        if let h = f.half { return "\(y)-H\(h)" }
        if let w = f.week {
            // (Week 53 only in a year that has one.)
            if let year, w == 53, CalendarDay(year: year, month: 12, day: 28)?.isoWeek.week != 53 { return nil }
            return "\(y)-W\(CalendarDay.pad(w, 2))"
        }
        guard let m = f.month else { return y }
        if let year, f.time == nil, (0...9999).contains(year), (1...12).contains(m) {
            // The common values written in place (small strings: no allocation).
            guard let d = f.day else { return CalendarDay.isoMonth(year: year, month: m) }
            return CalendarDay(year: year, month: m, day: d)?.iso
        }
        let mm = CalendarDay.pad(m, 2)
        guard let d = f.day else { return "\(y)-\(mm)" }
        if let year, CalendarDay(year: year, month: m, day: d) == nil { return nil }
        let date = "\(y)-\(mm)-\(CalendarDay.pad(d, 2))"
        if let t = f.time { return date + "T" + t }
        return date
    }

    /// Golden Week and other multi-day holidays end on another day.
    static func rangeEndValue(_ f: DateFields, year: Int) -> String? {
        guard let h = f.holiday, let interval = h.interval(in: year) else { return nil }
        return interval.start == interval.end ? nil : interval.end.iso
    }
}

extension TemporalExpression {
    /// An expression from a resolution, whose strings it takes over.
    init(start: Int, end: Int, text: String, resolved r: consuming Resolver.Resolved) {
        self.init(
            start: start, end: end, text: text, type: r.type, value: r.value, mod: r.mod, rangeEnd: r.rangeEnd,
            quant: r.quant, freq: r.freq, anchoring: r.anchoring, derivation: r.derivation)
    }
}

extension Resolver.Resolved {
    init(type: TimexType, value: String, rangeEndValue: String?, anchoring: Anchoring, derivation: String) {
        self.init(type: type, value: value, rangeEnd: rangeEndValue, mod: nil, quant: nil, freq: nil, anchoring: anchoring, derivation: derivation)
    }

    init(type: TimexType, value: String, rangeEnd: String? = nil, quant: String? = nil, freq: String? = nil, anchoring: Anchoring, derivation: String)
    {
        self.init(type: type, value: value, rangeEnd: rangeEnd, mod: nil, quant: quant, freq: freq, anchoring: anchoring, derivation: derivation)
    }
}
