/// What a word means to the temporal grammar.
enum Lexeme: Sendable, Equatable {
    case none
    case month(Int)
    case weekday(Int)
    case season(Season)
    case cardinal(Int)
    case ordinal(Int)
    case unit(TimeUnit)
    case partOfDay(PartOfDay)
    case holiday(Holiday)
    case key(Keyword)
}

/// Calendar and clock units, as the grammar and the TIMEX3 durations use them.
public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case second, minute, hour, day, weekend, week, fortnight, month, quarter, half, season, year, decade, century
    case millennium

    /// The letter of an ISO 8601 duration (`P3Y`, `PT2H`), with the multiplier for units ISO lacks.
    var durationDesignator: (letter: String, time: Bool, factor: Int) {
        switch self {
        case .second: return ("S", true, 1)
        case .minute: return ("M", true, 1)
        case .hour: return ("H", true, 1)
        case .day: return ("D", false, 1)
        case .weekend: return ("WE", false, 1)
        case .week: return ("W", false, 1)
        case .fortnight: return ("W", false, 2)
        case .month: return ("M", false, 1)
        case .quarter: return ("Q", false, 1)
        case .half: return ("M", false, 6)
        case .season: return ("M", false, 3)
        case .year: return ("Y", false, 1)
        case .decade: return ("Y", false, 10)
        case .century: return ("CE", false, 1)
        case .millennium: return ("ML", false, 1)
        }
    }
}

public enum Season: String, Sendable, Hashable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

    /// Months of the northern-hemisphere meteorological season; winter runs into the next year.
    var months: (first: Int, last: Int) {
        switch self {
        case .spring: return (3, 5)
        case .summer: return (6, 8)
        case .fall: return (9, 11)
        case .winter: return (12, 2)
        }
    }

    var name: String {
        switch self {
        case .spring: return "spring"
        case .summer: return "summer"
        case .fall: return "autumn"
        case .winter: return "winter"
        }
    }
}

public enum PartOfDay: String, Sendable, Hashable {
    case morning = "MO", afternoon = "AF", evening = "EV", night = "NI", day = "DT"
}

/// Named days whose date follows from the year.
public enum Holiday: String, Sendable, Hashable, CaseIterable {
    case newYearsDay, newYearsEve, christmas, christmasEve, boxingDay, easter, goodFriday, thanksgiving,
        independenceDay, memorialDay, laborDay, veteransDay, anzacDay, halloween, valentinesDay, victoryDay,
        goldenWeek, martinLutherKingDay, presidentsDay, columbusDay, electionDay, lunarNewYear, australiaDay, canadaDay,
        bastilleDay, remembranceDay

    /// The display name an editor would write.
    var displayName: String {
        switch self {
        case .newYearsDay: return "New Year's Day"
        case .newYearsEve: return "New Year's Eve"
        case .christmas: return "Christmas"
        case .christmasEve: return "Christmas Eve"
        case .boxingDay: return "Boxing Day"
        case .easter: return "Easter"
        case .goodFriday: return "Good Friday"
        case .thanksgiving: return "Thanksgiving"
        case .independenceDay: return "Independence Day"
        case .memorialDay: return "Memorial Day"
        case .laborDay: return "Labor Day"
        case .veteransDay: return "Veterans Day"
        case .anzacDay: return "Anzac Day"
        case .australiaDay: return "Australia Day"
        case .canadaDay: return "Canada Day"
        case .bastilleDay: return "Bastille Day"
        case .remembranceDay: return "Remembrance Day"
        case .halloween: return "Halloween"
        case .valentinesDay: return "Valentine's Day"
        case .victoryDay: return "Victory Day"
        case .goldenWeek: return "Golden Week"
        case .martinLutherKingDay: return "Martin Luther King Jr. Day"
        case .presidentsDay: return "Presidents' Day"
        case .columbusDay: return "Columbus Day"
        case .electionDay: return "Election Day"
        case .lunarNewYear: return "Lunar New Year"
        }
    }

    /// The days this holiday covers in `year` (Golden Week spans several); nil for the Lunar New
    /// Year outside the years of its table.
    func interval(in year: Int) -> DayInterval? {
        func nth(_ n: Int, _ weekday: Int, _ month: Int) -> CalendarDay {
            let first = CalendarDay(year: year, month: month, day: 1)!
            let offset = (weekday - first.weekday + 7) % 7
            return first.adding(days: offset + (n - 1) * 7)
        }
        func last(_ weekday: Int, _ month: Int) -> CalendarDay {
            let end = CalendarDay.lastDay(year: year, month: month)
            return end.adding(days: -((end.weekday - weekday + 7) % 7))
        }
        func fixed(_ m: Int, _ d: Int) -> DayInterval { DayInterval(day: CalendarDay(year: year, month: m, day: d)!) }
        switch self {
        case .newYearsDay: return fixed(1, 1)
        case .newYearsEve: return fixed(12, 31)
        case .christmas: return fixed(12, 25)
        case .christmasEve: return fixed(12, 24)
        case .boxingDay: return fixed(12, 26)
        case .easter: return DayInterval(day: Holiday.easterSunday(year))
        case .goodFriday: return DayInterval(day: Holiday.easterSunday(year).adding(days: -2))
        case .thanksgiving: return DayInterval(day: nth(4, 4, 11))
        case .independenceDay: return fixed(7, 4)
        case .memorialDay: return DayInterval(day: last(1, 5))
        case .laborDay: return DayInterval(day: nth(1, 1, 9))
        case .veteransDay: return fixed(11, 11)
        case .anzacDay: return fixed(4, 25)
        case .australiaDay: return fixed(1, 26)
        case .canadaDay: return fixed(7, 1)
        case .bastilleDay: return fixed(7, 14)
        // (Not "Armistice Day": November 11 in Europe, July 27 in Korea.)
        case .remembranceDay: return fixed(11, 11)
        case .halloween: return fixed(10, 31)
        case .valentinesDay: return fixed(2, 14)
        case .victoryDay: return fixed(5, 9)
        case .goldenWeek:
            // Showa Day (April 29) to Children's Day (May 5), and to May 6 when one of the
            // holidays of May 3-5 falls on a Sunday (Japan's substitute holiday: 2025, 2026).
            let sunday = (3...5).contains { CalendarDay(year: year, month: 5, day: $0)!.weekday == 7 }
            return DayInterval(start: CalendarDay(year: year, month: 4, day: 29)!, end: CalendarDay(year: year, month: 5, day: sunday ? 6 : 5)!)
        case .martinLutherKingDay: return DayInterval(day: nth(3, 1, 1))
        case .presidentsDay: return DayInterval(day: nth(3, 1, 2))
        case .columbusDay: return DayInterval(day: nth(2, 1, 10))
        case .electionDay:
            // The Tuesday after the first Monday of November.
            return DayInterval(day: nth(1, 1, 11).adding(days: 1))
        case .lunarNewYear:
            guard let day = Holiday.lunarNewYear(year) else { return nil }
            return DayInterval(day: day)
        }
    }

    /// The first day of the first month of the Chinese lunisolar calendar in `year`, 1950-2032:
    /// the day (in China's time zone) of the second new moon after the one that begins the
    /// month holding the December solstice. The table was computed with Meeus's new-moon and
    /// solstice series (Astronomical Algorithms, chapters 27 and 49) and agrees with the
    /// published dates; 2033 has a leap month that the rule alone would get wrong, so the
    /// table stops before it. Each entry is month * 100 + day.
    static func lunarNewYear(_ year: Int) -> CalendarDay? {
        guard (1950...2032).contains(year) else { return nil }
        let md = lunarNewYearTable[year - 1950]
        return CalendarDay(year: year, month: md / 100, day: md % 100)
    }

    static let lunarNewYearTable: [Int] = [
        217, 206, 127, 214, 203, 124, 212, 131, 218, 208, 128, 215, 205, 125, 213, 202, 121, 209, 130, 217,  // 1950-1969
        206, 127, 215, 203, 123, 211, 131, 218, 207, 128, 216, 205, 125, 213, 202, 220, 209, 129, 217, 206,  // 1970-1989
        127, 215, 204, 123, 210, 131, 219, 207, 128, 216, 205, 124, 212, 201, 122, 209, 129, 218, 207, 126,  // 1990-2009
        214, 203, 123, 210, 131, 219, 208, 128, 216, 205, 125, 212, 201, 122, 210, 129, 217, 206, 126, 213,  // 2010-2029
        203, 123, 211,  // 2030-2032
    ]

    /// Gregorian Easter Sunday (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }
}

/// Function words and temporal keywords the grammar reacts to.
enum Keyword: UInt8, Sendable {
    case the, a, an, of, in_, on, at, since, during, until, by, from, to, through, between, and, or, for_, within, throughout
    case this, that, these, those, last, next, past, previous, prior, coming, following, recent, recently, current,
        currently, now, today, yesterday, tomorrow, tonight, ago, earlier, later, before, after, hence
    case early, mid, middle, late, end, beginning, start, close, turn, same, dawn
    case every, each, per, daily, weekly, monthly, yearly, annually, quarterly, hourly, nightly, biweekly, biennially
    case about, around, nearly, almost, some, roughly, approximately, over, under, more, less, than, least, up, most
    case several, few, many, couple, half, dozen, hundred, thousand, numerous
    case s, th, st, nd, rd, am, pm, a_m, p_m, noon, midnight, fiscal, fy, q, h
    case will, shall, would, plans, plan, planned, scheduled, expected, due, upcoming, going, intends, aims, to_be
    case was, were, had, did, said, has, have, been
    case new, eve, day, week, memorial, independence, labor, labour, veterans, anzac, golden, victory, valentine, boxing,
        good, friday, election, presidents, columbus, luther, australia, canada, bastille, remembrance
    case once, twice, times, again, year, years, old, aged, long, lasting, another, other, whole, entire, full
    case then, future, present, nowadays, formerly, former, soon, immediately, so, far, date, moment, time, times_
    case once_, weekend, yesteryear, overnight, lately, meanwhile, recent_, fortnight
    case gmt, utc, est, edt, pst, pdt, cet, jst, msk, et, ct, pt, cst, cdt, kst, bst, aest, aedt, hkt, sgt
    case decadeWord, near, term, foreseeable
    /// An irregular past tense ("met", "began", "took"): a past cue like a verb in -ed.
    case pastVerb
}

/// Word classes outside the temporal lexicon that the tense scan asks about, stored in a
/// token's flags (bits 4-7) so the scan reads a bit instead of hashing every word again.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt8
    /// "opens", "begins", "meets": the present tense of a timetable ("the talks open on Saturday").
    static let scheduledPresent = WordClass(rawValue: 16)
    /// "could", "might", "planning", "set": a modal or a plan that looks ahead.
    static let futureModal = WordClass(rawValue: 32)
    /// "reported", "announced", "says", "told": a verb of saying (past in -ed, but it dates the
    /// saying, not the event).
    static let reportingVerb = WordClass(rawValue: 64)
    /// A lexicon word that may open an expression (every lexeme but the keywords that never
    /// do): the scan runs the grammar only at these, numbers and apostrophes.
    static let trigger = WordClass(rawValue: 128)
}

/// The temporal lexicon: an open-addressing table from a word's hash to its ``Lexeme`` and
/// ``WordClass``.
///
/// The tokenizer finds a word's end with a byte loop, then hashes its lower-cased ASCII bytes
/// eight at a time (``Lexicon/hash(_:_:)``), so a lookup is one multiply per eight bytes and
/// one probe in a small power-of-two table; words outside the lexicon cost nothing more.
final class Lexicon: @unchecked Sendable {
    static let shared = Lexicon()

    /// The longest word looked up, in bytes (longer words are never temporal).
    static let maximumWordLength = 24

    /// One slot of the table (`length` 0: empty).
    struct Entry {
        var hash: UInt64 = 0
        var length: Int = 0
        var lexeme: Lexeme = .none
        var classes: UInt8 = 0
    }

    /// The table, allocated once and never freed (the lexicon lives as long as the process),
    /// so the tokenizer reads it through a plain pointer. Immutable after `init`.
    let table: UnsafeBufferPointer<Entry>
    private let mask: Int

    private init() {
        var entries: [(String, Lexeme)] = []
        let months = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
            ["november", "nov"], ["december", "dec"],
        ]
        for (index, names) in months.enumerated() { for name in names { entries.append((name, .month(index + 1))) } }
        let weekdays = [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ]
        for (index, names) in weekdays.enumerated() {
            for name in names { entries.append((name, .weekday(index + 1))) }
            entries.append((names[0] + "s", .weekday(index + 1)))  // "on Thursdays": a set
        }
        entries += [
            ("spring", .season(.spring)), ("summer", .season(.summer)), ("autumn", .season(.fall)),
            ("fall", .season(.fall)), ("winter", .season(.winter)),
            ("summertime", .season(.summer)), ("wintertime", .season(.winter)),
        ]
        let cardinals = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        for (value, name) in cardinals.enumerated() { entries.append((name, .cardinal(value))) }
        for (value, name) in [(30, "thirty"), (40, "forty"), (50, "fifty"), (60, "sixty"), (70, "seventy"), (80, "eighty"), (90, "ninety")] {
            entries.append((name, .cardinal(value)))
        }
        let ordinals = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth",
        ]
        for (index, name) in ordinals.enumerated() { entries.append((name, .ordinal(index + 1))) }
        entries += [("thirtieth", .ordinal(30)), ("twenty", .cardinal(20))]
        let units: [(String, TimeUnit)] = [
            ("second", .second), ("seconds", .second), ("sec", .second), ("secs", .second),
            ("minute", .minute), ("minutes", .minute), ("min", .minute), ("mins", .minute),
            ("hour", .hour), ("hours", .hour), ("hr", .hour), ("hrs", .hour),
            ("day", .day), ("days", .day), ("weekend", .weekend), ("weekends", .weekend),
            ("week", .week), ("weeks", .week), ("fortnight", .fortnight), ("fortnights", .fortnight),
            ("month", .month), ("months", .month), ("quarter", .quarter), ("quarters", .quarter),
            ("year", .year), ("years", .year), ("yr", .year), ("yrs", .year),
            ("decade", .decade), ("decades", .decade), ("century", .century), ("centuries", .century),
            ("millennium", .millennium), ("millennia", .millennium),
        ]
        for (name, unit) in units { entries.append((name, .unit(unit))) }
        entries += [
            ("morning", .partOfDay(.morning)), ("mornings", .partOfDay(.morning)),
            ("afternoon", .partOfDay(.afternoon)), ("afternoons", .partOfDay(.afternoon)),
            ("evening", .partOfDay(.evening)), ("evenings", .partOfDay(.evening)),
            ("night", .partOfDay(.night)), ("nights", .partOfDay(.night)),
            ("christmas", .holiday(.christmas)), ("xmas", .holiday(.christmas)), ("easter", .holiday(.easter)),
            ("thanksgiving", .holiday(.thanksgiving)), ("halloween", .holiday(.halloween)),
        ]
        let keys: [(String, Keyword)] = [
            ("the", .the), ("a", .a), ("an", .an), ("of", .of), ("in", .in_), ("on", .on), ("at", .at),
            ("since", .since), ("during", .during), ("until", .until), ("till", .until), ("til", .until), ("by", .by),
            ("from", .from), ("to", .to), ("through", .through), ("thru", .through), ("between", .between),
            ("and", .and), ("or", .or), ("for", .for_), ("within", .within), ("throughout", .throughout),
            ("this", .this), ("that", .that), ("these", .these), ("those", .those), ("last", .last), ("next", .next),
            ("past", .past), ("previous", .previous), ("prior", .prior), ("coming", .coming),
            ("following", .following), ("recent", .recent), ("latest", .recent_), ("recently", .recently), ("current", .current),
            ("currently", .currently), ("now", .now), ("today", .today), ("yesterday", .yesterday),
            ("tomorrow", .tomorrow), ("tonight", .tonight), ("ago", .ago), ("earlier", .earlier),
            ("later", .later), ("before", .before), ("after", .after), ("hence", .hence),
            ("early", .early), ("mid", .mid), ("middle", .middle), ("late", .late), ("end", .end),
            ("beginning", .beginning), ("start", .start), ("close", .close), ("turn", .turn), ("same", .same),
            ("dawn", .dawn),
            ("every", .every), ("each", .each), ("per", .per), ("daily", .daily), ("weekly", .weekly),
            ("monthly", .monthly), ("yearly", .yearly), ("annually", .annually),
            ("quarterly", .quarterly), ("hourly", .hourly), ("nightly", .nightly), ("biweekly", .biweekly),
            ("biennially", .biennially),
            ("about", .about), ("around", .around), ("nearly", .nearly), ("almost", .almost), ("some", .some),
            ("roughly", .roughly), ("approximately", .approximately), ("over", .over), ("under", .under),
            ("more", .more), ("less", .less), ("than", .than), ("least", .least), ("up", .up), ("most", .most),
            ("several", .several), ("few", .few), ("many", .many), ("couple", .couple), ("half", .half),
            ("dozen", .dozen), ("dozens", .dozen), ("hundred", .hundred), ("hundreds", .hundred),
            ("thousand", .thousand), ("thousands", .thousand), ("numerous", .numerous),
            ("s", .s), ("th", .th), ("st", .st), ("nd", .nd), ("rd", .rd), ("d", .nd), ("am", .am), ("pm", .pm),
            ("noon", .noon), ("midday", .noon), ("midnight", .midnight), ("fiscal", .fiscal), ("fy", .fy),
            ("q", .q), ("h", .h),
            ("will", .will), ("shall", .shall), ("would", .would), ("plans", .plans), ("plan", .plan),
            ("planned", .planned), ("scheduled", .scheduled), ("pencilled", .scheduled), ("penciled", .scheduled), ("expected", .expected),
            ("due", .due),
            ("upcoming", .upcoming), ("going", .going), ("intends", .intends), ("aims", .aims),
            ("was", .was), ("were", .were), ("had", .had), ("did", .did), ("said", .said), ("has", .has),
            ("have", .have), ("been", .been),
            ("new", .new), ("eve", .eve), ("memorial", .memorial), ("independence", .independence),
            ("labor", .labor), ("labour", .labour), ("veterans", .veterans), ("anzac", .anzac), ("golden", .golden),
            ("victory", .victory), ("valentine", .valentine), ("boxing", .boxing), ("good", .good),
            ("election", .election), ("presidents", .presidents), ("columbus", .columbus), ("luther", .luther),
            ("australia", .australia), ("canada", .canada), ("bastille", .bastille), ("remembrance", .remembrance),
            ("once", .once), ("twice", .twice), ("times", .times), ("again", .again), ("old", .old),
            ("aged", .aged), ("long", .long), ("lasting", .lasting), ("another", .another), ("other", .other),
            ("whole", .whole), ("entire", .entire), ("full", .full), ("then", .then), ("future", .future),
            ("present", .present), ("nowadays", .nowadays), ("formerly", .formerly), ("former", .former),
            ("soon", .soon), ("immediately", .immediately), ("so", .so), ("far", .far), ("date", .date),
            ("moment", .moment), ("time", .time), ("yesteryear", .yesteryear), ("overnight", .overnight),
            ("lately", .lately), ("meanwhile", .meanwhile),
            ("gmt", .gmt), ("utc", .utc), ("est", .est), ("edt", .edt), ("pst", .pst), ("pdt", .pdt),
            ("cet", .cet), ("jst", .jst), ("msk", .msk), ("et", .et), ("ct", .ct), ("pt", .pt), ("cst", .cst), ("cdt", .cdt),
            ("kst", .kst), ("bst", .bst), ("aest", .aest), ("aedt", .aedt), ("hkt", .hkt), ("sgt", .sgt),
        ]
        for (name, key) in keys { entries.append((name, .key(key))) }
        for name in ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"] {
            entries.append((name, .key(.decadeWord)))
        }
        entries += [("near", .key(.near)), ("term", .key(.term)), ("foreseeable", .key(.foreseeable))]
        for verb in Grammar.irregularPastVerbs { entries.append((verb, .key(.pastVerb))) }

        var classed: [(String, WordClass)] = []
        for word in Grammar.scheduledPresent { classed.append((word, .scheduledPresent)) }
        for word in Grammar.futureModals { classed.append((word, .futureModal)) }
        for word in Grammar.reportingVerbs { classed.append((word, .reportingVerb)) }
        classed += [("says", .reportingVerb), ("told", .reportingVerb)]

        var capacity = 1
        while capacity < (entries.count + classed.count) * 4 { capacity <<= 1 }
        let table = UnsafeMutableBufferPointer<Entry>.allocate(capacity: capacity)
        table.initialize(repeating: Entry())
        /// The slot of `word`: its own if present, else the empty one where it goes.
        func slot(_ word: String) -> Int {
            let hash = Lexicon.hash(word)
            var slot = Lexicon.slot(hash, capacity - 1)
            while table[slot].length != 0 {
                if table[slot].hash == hash && table[slot].length == word.utf8.count { break }
                slot = (slot + 1) & (capacity - 1)
            }
            table[slot].hash = hash
            return slot
        }
        for (word, lexeme) in entries {
            let s = slot(word)
            if table[s].length != 0 { continue }  // first entry wins
            table[s].length = word.utf8.count
            table[s].lexeme = lexeme
            if case .key(let k) = lexeme, Grammar.startClassTable[Int(k.rawValue)] & 3 == 0 { continue }
            table[s].classes |= WordClass.trigger.rawValue
        }
        for (word, wordClass) in classed {
            let s = slot(word)
            table[s].length = word.utf8.count
            table[s].classes |= wordClass.rawValue
        }
        self.table = UnsafeBufferPointer(table)
        self.mask = capacity - 1
    }

    /// The first slot probed for `hash` (its high bits: the low bits of a product depend only on
    /// a word's first letters).
    @inline(__always) static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 40) & mask }

    /// The hash of a word's bytes, each OR-ed with 0x20 (which lower-cases ASCII letters, the
    /// only words the tokenizer looks up).
    static func hash(_ word: String) -> UInt64 {
        var bytes = Array(word.utf8)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: maximumWordLength))
        return bytes.withUnsafeBufferPointer { hash($0.baseAddress!, word.utf8.count) }
    }

    /// The hash of the `length` bytes at `start` (at least 1), each OR-ed with 0x20 (lower-casing
    /// ASCII letters). Reads whole eight-byte words, so at least `maximumWordLength` bytes must be
    /// readable from `start`; bytes past `length` are masked off. One multiply for a word of up
    /// to eight letters, which is injective there (no two short words of one length share a
    /// hash). Words
    /// longer than `maximumWordLength` hash their first bytes and their length (they match no
    /// entry).
    @inline(__always) static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        // Little-endian lanes (the first byte lowest) on any machine, as `hashNearEnd` builds them.
        let raw = UnsafeRawPointer(start)
        let w0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        if length <= 8 { return mix(w0, 0, 0, length) }
        let w1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let w2 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        return mix(w0, w1, w2, length)
    }

    /// The same hash for a word near the end of a buffer, read byte by byte.
    static func hashNearEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt64 {
        var w: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for k in 0..<min(length, maximumWordLength) {
            let b = UInt64(bytes[start + k]) << UInt64(8 * (k & 7))
            switch k >> 3 {
            case 0: w.0 |= b
            case 1: w.1 |= b
            default: w.2 |= b
            }
        }
        return mix(w.0, w.1, w.2, length)
    }

    /// The bytes of lane `lane` (0, 1, 2) that belong to a word of `length` bytes.
    @inline(__always) static func laneMask(_ length: Int, _ lane: Int) -> UInt64 {
        let rest = length - 8 * lane
        if rest >= 8 { return ~0 }
        if rest <= 0 { return 0 }
        return (1 &<< UInt64(8 * rest)) &- 1
    }

    @inline(__always) static func mix(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ length: Int) -> UInt64 {
        let lower: UInt64 = 0x2020_2020_2020_2020
        if length <= 8 {
            return ((w0 | lower) & laneMask(length, 0)) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        }
        let a = w0 | lower
        let b = (w1 | lower) & laneMask(length, 1)
        let c = (w2 | lower) & laneMask(length, 2)
        return (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (c &* 0x1656_67B1_9E37_79F9) ^ UInt64(length)
    }

    /// The lexeme and word classes of a word (`.none` and 0 for most words).
    @inline(__always) func lookup(hash: UInt64, length: Int) -> (lexeme: Lexeme, classes: UInt8) {
        var slot = Lexicon.slot(hash, mask)
        while true {
            let entry = table[slot]
            if entry.length == 0 { return (.none, 0) }
            if entry.length == length && entry.hash == hash { return (entry.lexeme, entry.classes) }
            slot = (slot + 1) & mask
        }
    }
}
