/// When a document was published: the reference date its relative expressions are resolved
/// against, with where it came from and how sure the tool is.
public struct PublicationDate: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// `--reference-date` on the command line (overrides everything).
        case option = "reference-date"
        /// `published:` in the YAML front matter.
        case frontMatter = "front-matter"
        /// A dateline at the start of the body ("TOKYO, Jan. 31 (Reuters) -").
        case dateline
        /// A line near the top that gives the date alone ("Published: June 20, 2024").
        case dateLine = "date-line"
        /// Inferred from the dates the text mentions.
        case inferred
    }

    public enum Confidence: String, Sendable, Hashable, Codable {
        case high, medium, low
    }

    /// The day relative expressions are counted from.
    public var day: CalendarDay
    /// The value as known: `2025-01-30`, or `2025-01` when only the month is known.
    public var value: String
    public var source: Source
    public var confidence: Confidence
    /// How it was decided, in a sentence.
    public var derivation: String

    public init(day: CalendarDay, value: String, source: Source, confidence: Confidence, derivation: String) {
        self.day = day
        self.value = value
        self.source = source
        self.confidence = confidence
        self.derivation = derivation
    }

    /// How derivations refer to it: "the publication date 2025-01-30 (inferred)".
    var label: String {
        switch source {
        case .option: return "the reference date \(value)"
        case .frontMatter: return "the publication date \(value)"
        case .dateline: return "the dateline date \(value)"
        case .dateLine: return "the publication date \(value)"
        case .inferred: return "the publication date \(value) (inferred)"
        }
    }
}

/// A publication date known without its year: a yearless dateline ("MANILA, July 8
/// (Coastline News) -"), or the day an article is inferred to be published on when no year in
/// it fixes the year ("yesterday, Friday, July 18" in a story whose latest year is 2012: 2014
/// and 2025 fit alike). A collection of articles chooses the year from its other articles
/// (``TimelineBuilder/collectionDates(_:)``).
public struct YearlessDate: Sendable, Hashable, Codable {
    public var month: Int
    public var day: Int
    /// The weekday the text gives the day (1 = Monday ... 7 = Sunday), if any.
    public var weekday: Int?
    /// The start of the latest explicit date the text reports: the day is not before it.
    public var earliest: CalendarDay?
    /// The expression, as written ("July 8", "Friday, July 18").
    public var text: String
    /// From a dateline (else from a date in the text).
    public var fromDateline: Bool
    /// Days from the date to the publication: 1 after "yesterday, Friday, July 18", -1 after
    /// "tomorrow, Friday, October 16".
    public var daysAfter = 0
    /// A weekday the lead reports ("fired ... on Wednesday morning"): the article is published
    /// on the first such day on or after the date (with its text). After a dateline, whose day
    /// is the publication's, it only tells a collection the year in which the two agree.
    public var lead: Lead? = nil

    public struct Lead: Sendable, Hashable, Codable {
        public var weekday: Int
        public var text: String
    }

    public init(month: Int, day: Int, weekday: Int?, earliest: CalendarDay?, text: String, fromDateline: Bool) {
        self.month = month
        self.day = day
        self.weekday = weekday
        self.earliest = earliest
        self.text = text
        self.fromDateline = fromDateline
    }

    /// The publication day when the date is `date` (``day(in:)``): the days after it, then the
    /// lead's weekday.
    public func publication(after date: CalendarDay) -> CalendarDay { publicationAndNote(after: date).0 }

    /// ``publication(after:)``, and how it was decided, for a derivation ("; the article is
    /// taken as published that day or soon after" when it is the date).
    public func publicationAndNote(after date: CalendarDay) -> (CalendarDay, String) {
        var day = date.adding(days: daysAfter)
        var notes: [String] = []
        if daysAfter == 1 { notes.append("\"yesterday\" before it puts the publication the day after") }
        if daysAfter == -1 { notes.append("\"tomorrow\" before it puts the publication the day before") }
        // (The lead's weekday on or after the date itself: "... on Friday. ... began yesterday,
        // Friday, July 18" is July 19, not the Friday after.)
        // (After "tomorrow", from the publication's day: "said on Wednesday ... from tomorrow,
        // Thursday, October 15" is the Wednesday before it.)
        let base = daysAfter < 0 ? day : date
        if let lead, !fromDateline, lead.weekday != base.weekday {
            let moved = base.adding(days: (lead.weekday - base.weekday + 7) % 7)
            if moved > day {
                day = moved
                notes.append("the lead reports \"\(lead.text)\", the first \(Resolver.weekdayNames[lead.weekday - 1]) on or after it")
            }
        }
        if notes.isEmpty { return (day, "; the article is taken as published that day or soon after") }
        return (day, "; " + notes.joined(separator: ", and ") + ", so the article is taken as published on \(day.iso)")
    }

    /// Whether the lead's weekday is `day`'s or the day before's (a wire's lead tells of the
    /// dateline's day or the day before).
    public func leadAgrees(_ day: CalendarDay) -> Bool {
        guard let lead else { return true }
        return lead.weekday == day.weekday || lead.weekday == day.adding(days: -1).weekday
    }

    /// Its day in `year`, if it falls then (not before ``earliest``, on its weekday).
    public func day(in year: Int) -> CalendarDay? {
        guard let c = CalendarDay(year: year, month: month, day: day) else { return nil }
        if let earliest, c < earliest { return nil }
        if let weekday, c.weekday != weekday { return nil }
        return c
    }
}

/// Infers a document's publication date from its own text, for articles that do not state it.
///
/// 1. A dateline ("TOKYO, Jan. 31 (Reuters) -") at the start of a line wins.
/// 2. Else the explicit dates (those with a year) of sentences not in the future tense give
///    a lower bound: the article is not older than the latest thing it reports.
/// 3. A yearless date with a weekday ("Thursday, January 30") takes the year in which that
///    weekday falls, the first at or after that bound; a yearless date without one takes the
///    first year at or after the bound.
/// 4. The publication date is the latest of these dates.
enum PublicationDateInference {
    /// Returns the date, and what it rests on when the text does not fix its year (a yearless
    /// dateline, a yearless date placed in the first year that fits), for a collection of
    /// articles to choose the year.
    static func infer(mentions: [Mention], grammar: Grammar) -> (PublicationDate?, YearlessDate?) {
        if let d = dateLine(mentions: mentions, grammar: grammar) ?? signOff(mentions: mentions, grammar: grammar) { return (d, nil) }
        let (byDateline, yearlessDateline) = dateline(mentions: mentions, grammar: grammar)
        if let d = byDateline { return (d, yearlessDateline) }
        // Lower bound: the latest explicit date in a sentence that is not about the future.
        var bound: (interval: DayInterval, text: String, precision: DatePrecision, first: Int)?
        for m in mentions where m.type == .date || m.type == .time {
            guard let (interval, precision) = boundingInterval(m, grammar: grammar), precision <= .year,
                grammar.tenseFromPublication(around: m.first, m.end) != .future
            else { continue }
            if bound == nil || interval.end > bound!.interval.end {
                bound = (interval, grammar.text(m), precision, m.first)
            }
        }
        guard let anchor = bound else { return (nil, yearlessDateline ?? firstYearless(mentions: mentions, grammar: grammar)) }
        let asOf = grammar.isWord(anchor.first - 1, "of") && grammar.isWord(anchor.first - 2, "as")
        var best: (day: CalendarDay, mention: Mention, byWeekday: Bool, weekday: Int?)?
        var reasons: [String] = []
        for m in mentions where m.type == .date || m.type == .time {
            guard case .calendar(let f) = baseMeaning(m.meaning), f.year == nil, let month = f.month, let day = f.day else { continue }
            let tense = grammar.tenseFromPublication(around: m.first, m.end)
            // (Ahead, only the day after the publication: "begins tomorrow, Friday, October 16".)
            if tense == .future, !(f.weekday != nil && isAfterTomorrowOrYesterday(m, grammar: grammar)) { continue }
            // A past day without its year a few months before the latest explicit day, told
            // before it ("The ministers met on 3 March. The talks ended on Friday, 7 March
            // 2025."): the same spell of news, before it, not the next year's. (Told after it,
            // the story goes on: "The invasion began on 24 February 2022. Russian forces
            // withdrew from Kherson on 11 November" is November 2022.)
            // (Nor told after it in a chronology's present, "The main events, as of Friday, 20
            // March 2026:" over "- 9 March: police clear a blockade", whose days are of the
            // spell before it, not the next year's.)
            // (Nor, in the past, after a date the text is "as of": "The figures are correct as of
            // Friday, 20 March 2026. ... On 27 February unions called a strike".)
            if f.weekday == nil,
                tense == .past && (m.first < anchor.first || asOf) || tense == .unknown && m.first > anchor.first,
                anchor.precision == .day, let before = latest(month: month, day: day, onOrBefore: anchor.interval.end),
                anchor.interval.end.ordinal - before.ordinal <= 120
            {
                continue
            }
            var chosen: CalendarDay?
            if let w = f.weekday {
                // (A day falls on the same weekday again within eleven years: 2014 and 2025.)
                for y in (anchor.interval.start.year)...(anchor.interval.end.year + 11) {
                    if let c = CalendarDay(year: y, month: month, day: day), c.weekday == w, c >= anchor.interval.start {
                        chosen = c
                        break
                    }
                }
            } else {
                for y in (anchor.interval.start.year)...(anchor.interval.end.year + 1) {
                    if let c = CalendarDay(year: y, month: month, day: day), c >= anchor.interval.start {
                        chosen = c
                        break
                    }
                }
            }
            guard let c = chosen else { continue }
            if best == nil || c > best!.day {
                best = (c, m, f.weekday != nil, f.weekday)
            }
        }
        if let best {
            let text = grammar.text(best.mention)
            let yearless = yearlessDate(
                best.mention, month: best.day.month, day: best.day.day, weekday: best.weekday, earliest: anchor.interval.start, mentions: mentions,
                grammar: grammar)
            let weekdayName = Resolver.weekdayNames[best.day.weekday - 1]
            let (published, note) = yearless.publicationAndNote(after: best.day)
            if best.byWeekday {
                reasons.append(
                    "the text names no publication date; its latest dated event is \"\(text)\": after the latest explicit date (\"\(anchor.text)\"), \(best.day.year) is the first year in which \(DateSemantics.monthNames[best.day.month - 1]) \(best.day.day) is a \(weekdayName)\(note)"
                )
                return (
                    PublicationDate(day: published, value: published.iso, source: .inferred, confidence: .medium, derivation: reasons.joined()),
                    yearless
                )
            }
            reasons.append(
                "the text names no publication date; its latest dated event is \"\(text)\", placed in \(best.day.year), the first year at or after the latest explicit date (\"\(anchor.text)\")\(note)"
            )
            return (
                PublicationDate(day: published, value: published.iso, source: .inferred, confidence: .low, derivation: reasons.joined()), yearless
            )
        }
        if let published = beforeDayAhead(
            mentions: mentions, grammar: grammar, notBefore: anchor.interval.start, notEnd: anchor.interval.end)
        {
            return (
                PublicationDate(
                    day: published.day, value: published.day.iso, source: .inferred, confidence: .low,
                    derivation:
                        "the text names no publication date; it looks ahead to \"\(published.text)\": after the latest explicit date (\"\(anchor.text)\"), \(published.ahead.year) is the first year in which \(DateSemantics.monthNames[published.ahead.month - 1]) \(published.ahead.day) is a \(Resolver.weekdayNames[published.ahead.weekday - 1]), and \(published.note)"
                ), nil
            )
        }
        let end = anchor.interval.end
        let value: String
        switch anchor.precision {
        case .day, .time: value = end.iso
        case .week, .month: value = "\(CalendarDay.pad(end.year, 4))-\(CalendarDay.pad(end.month, 2))"
        default: value = CalendarDay.pad(end.year, 4)
        }
        return (
            PublicationDate(
                day: end, value: value, source: .inferred, confidence: .low,
                derivation:
                    "the text names no publication date; the latest explicit date it mentions is \"\(anchor.text)\", so the article is taken as published at its end (\(end.iso)) or later"
            ), nil
        )
    }

    /// A day ahead named with its weekday and without its year ("will hold its open day this
    /// Saturday, October 11"), in a text whose days told as past have no year: the first year,
    /// from `notBefore`, in which it falls on that weekday, at most a year after `notEnd` (the
    /// nearest such day the text names).
    /// The text was written in the week before it: the day after the last weekday it tells of
    /// as past in that week ("Wednesday's meeting ran past 10 p.m."), else the day before it.
    static func beforeDayAhead(
        mentions: [Mention], grammar: Grammar, notBefore: CalendarDay, notEnd: CalendarDay
    ) -> (day: CalendarDay, ahead: CalendarDay, text: String, note: String)? {
        var ahead: (day: CalendarDay, text: String)?
        for (k, m) in mentions.enumerated() where m.type == .date || m.type == .time {
            guard case .calendar(let f) = baseMeaning(m.meaning), f.year == nil, let month = f.month, let day = f.day else { continue }
            // (Its weekday before it and a comma: "this Saturday, October 11".)
            var weekday = f.weekday
            if weekday == nil, k > 0, mentions[k - 1].end == m.first - 1, grammar.punct(m.first - 1, 0x2C),
                case .weekday(let w, _, nil) = mentions[k - 1].meaning
            {
                weekday = w
            }
            guard let w = weekday, grammar.tenseFromPublication(around: m.first, m.end) == .future else { continue }
            // (Within a year of the bound's end: a text is written days or weeks before a day
            // it names so; a weekday that agrees only years later tells nothing.)
            for y in notBefore.year...(notEnd.year + 1) {
                if let c = CalendarDay(year: y, month: month, day: day), c.weekday == w, c.adding(days: -1) >= notBefore {
                    if c.ordinal - notEnd.ordinal <= 366, ahead == nil || c < ahead!.day { ahead = (c, grammar.text(m)) }
                    break
                }
            }
        }
        guard let ahead else { return nil }
        var published: (day: CalendarDay, text: String)?
        for m in mentions where m.type == .date || m.type == .time {
            var meaning = m.meaning
            if case .clock(let base?, _) = meaning { meaning = base }
            // (A saying's weekday too: "..., NATO said on Monday".)
            guard case .weekday(let w, direction: 0, _) = meaning,
                grammar.followsPastReportingVerb(m.first) || grammar.tenseFromPublication(around: m.first, m.end) == .past
            else { continue }
            let back = (ahead.day.weekday - w + 7) % 7
            guard back >= 2 else { continue }  // (the day before it at the latest, and not the day itself)
            let day = ahead.day.adding(days: 1 - back)
            if published == nil || day > published!.day { published = (day, grammar.text(m)) }
        }
        if let published {
            return (
                published.day, ahead.day, ahead.text,
                "the text tells of \"\(published.text)\" as past, so the article is taken as published the day after it (\(published.day.iso))"
            )
        }
        let day = ahead.day.adding(days: -1)
        return (day, ahead.day, ahead.text, "the article is taken as published before it, on \(day.iso) at the latest")
    }

    /// "yesterday, Friday, July 18", "tomorrow, Friday, October 16": a day named after the day
    /// before or after the publication.
    static func isAfterTomorrowOrYesterday(_ m: Mention, grammar: Grammar) -> Bool {
        guard m.first >= 2, grammar.punct(m.first - 1, 0x2C) else { return false }
        return grammar.isWord(m.first - 2, "yesterday") || grammar.isWord(m.first - 2, "tomorrow")
    }

    /// The yearless date of mention `m`, with what puts the publication after it: "yesterday"
    /// just before it ("began yesterday, Friday, July 18": the day after; "tomorrow" the day
    /// before), or a lead that
    /// reports a weekday (the text's first date is a weekday alone, in a sentence not about the
    /// future: "North Korea fired several cruise missiles ... on Wednesday morning" over "On
    /// Sunday, March 9, ... the North fired ..." is the Wednesday after it). News reports what
    /// is newest first, and names days of the past week by their weekday.
    static func yearlessDate(
        _ m: Mention, month: Int, day: Int, weekday: Int?, earliest: CalendarDay?, mentions: [Mention], grammar: Grammar
    ) -> YearlessDate {
        var date = YearlessDate(month: month, day: day, weekday: weekday, earliest: earliest, text: grammar.text(m), fromDateline: false)
        if isAfterTomorrowOrYesterday(m, grammar: grammar) {
            date.daysAfter = grammar.isWord(m.first - 2, "yesterday") ? 1 : -1
        }
        if let first = mentions.first(where: { $0.type == .date || $0.type == .time }), first.first < m.first,
            grammar.tenseFromPublication(around: first.first, first.end) != .future
        {
            var meaning = first.meaning
            if case .clock(let base?, _) = meaning { meaning = base }
            if case .weekday(let w, direction: 0, _) = meaning { date.lead = YearlessDate.Lead(weekday: w, text: grammar.text(first)) }
        }
        return date
    }

    /// In a text that names no year at all: its latest day and month (within one year) in a
    /// sentence not about the future, as step 2 of the inference takes the latest ("Talks opened
    /// on March 3. They collapsed on March 7." is March 7's).
    static func firstYearless(mentions: [Mention], grammar: Grammar) -> YearlessDate? {
        var latest: (m: Mention, month: Int, day: Int, weekday: Int?)?
        for m in mentions where m.type == .date || m.type == .time {
            guard case .calendar(let f) = baseMeaning(m.meaning), f.year == nil, f.decade == nil, f.century == nil, let month = f.month,
                let day = f.day, CalendarDay(year: 2000, month: month, day: day) != nil
            else { continue }
            if let l = latest, (month, day) < (l.month, l.day) || (month, day) == (l.month, l.day) && (l.weekday != nil || f.weekday == nil) {
                continue
            }
            if grammar.tenseFromPublication(around: m.first, m.end) == .future { continue }
            latest = (m, month, day, f.weekday)
        }
        guard let l = latest else { return nil }
        return yearlessDate(l.m, month: l.month, day: l.day, weekday: l.weekday, earliest: nil, mentions: mentions, grammar: grammar)
    }

    /// Words that may label a date line ("Published: June 20, 2024", "Last updated on ..."):
    /// the loader's header labels, and "on" or "at" after them.
    static let dateLineLabels: Set<String> = DocumentLoader.metaLabels.union(["on", "at", "released"])

    /// The first words of ``embargoLabels``, and their first letters.
    static let embargoFirstWords: Set<String> = Set(embargoLabels.map { $0[0] })
    static let embargoFirstBytes: Set<UInt8> = Set(embargoFirstWords.map { $0.utf8.first! })
    /// The words of an embargo line before its date ("Embargoed until", "Not for publication
    /// before"), lower-cased; "on" or "at" may follow them.
    static let embargoLabels: Set<[String]> = [
        ["embargo"], ["embargoed"], ["embargo", "until"], ["embargoed", "until"], ["embargoed", "till"], ["embargoed", "to"],
        ["under", "embargo", "until"], ["strictly", "embargoed", "until"], ["for", "release"], ["hold", "for", "release"],
        ["not", "for", "release", "before"], ["not", "for", "release", "until"], ["not", "for", "publication", "before"],
        ["not", "for", "publication", "until"], ["not", "for", "broadcast", "before"],
    ]

    /// The date of a line that gives it alone, with a year and a day: after a label such as
    /// "Published:", "Posted on", "Date:" or "Updated", or a byline ("By Jane Doe |"), or with
    /// nothing else on a line among the first five of the text ("June 20, 2024", "2024-06-20",
    /// "June 20, 2024 10:30 a.m. EDT"). Among the first four expressions; an "Updated" line
    /// yields to a "Published" one.
    static func dateLine(mentions: [Mention], grammar: Grammar) -> PublicationDate? {
        var updated: PublicationDate?
        for m in mentions.prefix(4) where m.type == .date || m.type == .time {
            guard case .calendar(let f) = baseMeaning(m.meaning), let y = f.year, let month = f.month, let day = f.day,
                let c = CalendarDay(year: y, month: month, day: day)
            else { continue }
            // Nothing but punctuation after it on its line, or a separator and a few words
            // ("June 20, 2024 • 3 min read", "June 20, 2024 | 10:30 AM").
            var end = m.end
            var separated = false
            while grammar.has(end), !grammar.tokens[end].newlineBefore, grammar.tokens[end].kind == .punct {
                // (A dash before a clock time too: "July 8, 2024 — 4:15 PM ET".)
                if dateLineSeparators.contains(grammar.tokens[end].value) || grammar.isDash(end) && grammar.number(end + 1) != nil {
                    separated = true
                }
                end += 1
            }
            if separated {
                // A few words, not a sentence ("June 17, 2024 | China coast guard rams a boat."
                // is a headline of a list).
                var tail = 0
                while grammar.has(end), !grammar.tokens[end].newlineBefore, tail < 6 {
                    end += 1
                    tail += 1
                }
                if grammar.punct(end - 1, 0x2E) { continue }
            }
            guard !grammar.has(end) || grammar.tokens[end].newlineBefore else { continue }
            // Before it: a label, a byline, or nothing. (A label may follow a sentence of the
            // line: "Compiled by the Asia-Pacific desk. Last updated March 3, 2027.")
            var lineStart = grammar.lineStart(m.first)
            if let stop = (lineStart..<m.first).last(where: { grammar.punct($0, 0x2E) }), stop + 1 < m.first,
                ((stop + 1)..<m.first).contains(where: { grammar.tokens[$0].kind == .word && dateLineLabels.contains(grammar.lower($0)) })
            {
                lineStart = stop + 1
            }
            var labelled = false
            var isUpdate = false
            var byline = false
            var ok = true
            // An issue line ("Bulletin issued 1130 UTC Monday 9 March 2026", as the loader
            // tells it): not a release to come, "Report to be released 20 March 2026", nor one the
            // text tells later dates after ("ICC arrest warrant issued 17 March 2023" over a visit
            // of September 2024).
            if DocumentLoader.isIssueLine(grammar.bytes[grammar.tokens[lineStart].start..<grammar.tokens[end - 1].end]),
                grammar.tenseFromPublication(around: m.first, m.end) != .future,
                !toldLater(than: c, mentions: mentions, except: m, grammar: grammar, pastOnly: true)
            {
                labelled = true
                lineStart = m.first
            }
            // An embargo line: the text is published when its embargo lifts ("EMBARGOED UNTIL
            // 0001 GMT 5 MARCH 2026", "Embargo: 10:00 CET, 4 March 2026", "Not for publication
            // before 5 March 2026").
            // (The words read only when the first may open such a line.)
            if !labelled, let first = (lineStart..<m.first).first(where: { grammar.tokens[$0].kind == .word }),
                PublicationDateInference.embargoFirstBytes.contains(grammar.bytes[grammar.tokens[first].start] | 0x20),
                case let lead = (lineStart..<m.first).filter({ grammar.tokens[$0].kind == .word }).map({ grammar.lower($0) }),
                PublicationDateInference.embargoLabels.contains(lead.last == "on" || lead.last == "at" ? Array(lead.dropLast()) : lead)
            {
                labelled = true
                lineStart = m.first
            }
            for j in lineStart..<m.first {
                let t = grammar.tokens[j]
                if t.kind == .punct { continue }
                guard t.kind == .word else {
                    ok = false
                    break
                }
                let w = grammar.lower(j)
                if dateLineLabels.contains(w) {
                    labelled = true
                    if w == "updated" || w == "modified" { isUpdate = true }
                } else if w == "by" && j == lineStart && grammar.has(j + 1) && grammar.tokens[j + 1].capitalized && grammar.month(j + 1) == nil
                    || byline && (t.capitalized || w == "and")
                {
                    byline = true
                } else {
                    ok = false
                    break
                }
            }
            // A headline's or a header's date after a separator, closing one of the first three
            // lines: "# Security roundup: Friday, 23 January 2026", "Extract from the proof
            // Hansard, House of Representatives, Canberra, Wednesday 11 February 2026." (no "on"
            // or "in" before it: a date after a comma or colon names the issue, not a happening).
            // Not a happening's date: not about the future, no other date before it on its line
            // ("Ministers meet on Tuesday, and the summit follows, 24 June 2025."), not an item
            // of a list or a quotation, and no date the text tells of as past after it ("Pearl
            // Harbor remembered: 7 December 1941" over survivors gathering in 2023).
            // (After a period too, in a header line of sentence fragments: "*Transcript.
            // Malacañang Press Briefing Room, Manila. Thursday, 20 August 2026, 10:30 a.m.*";
            // a line in emphasis, its asterisk glued to its first word, is no list item.)
            if !ok, m.first > lineStart, grammar.tokens[m.first - 1].kind == .punct,
                grammar.punct(m.first - 1, 0x3A) || grammar.punct(m.first - 1, 0x2C) || grammar.isDash(m.first - 1)
                    || grammar.punct(m.first - 1, 0x7C) || grammar.punct(m.first - 1, 0x2E) || grammar.punct(m.first - 1, 0xB7)
                    || grammar.punct(m.first - 1, 0x2022),
                (0...lineStart).lazy.filter({ $0 == 0 || grammar.tokens[$0].newlineBefore }).count <= 3,
                !(grammar.tokens[lineStart].kind == .punct
                    && (grammar.isQuoteMark(lineStart) || grammar.isDash(lineStart)
                        || grammar.punct(lineStart, 0x2A) && !grammar.opensEmphasis(lineStart))),
                !mentions.contains(where: { $0.first >= lineStart && $0.first < m.first && ($0.type == .date || $0.type == .time) }),
                // (Not a sentence's verb before it: "The treaty was signed in San Francisco, 8
                // September 1951." is a happening's date.)
                !(lineStart..<m.first).contains(where: { k in
                    grammar.tokens[k].kind == .word && !grammar.tokens[k].capitalized
                        && (grammar.key(k) == .pastVerb || grammar.isKey(k, .was) || grammar.isKey(k, .were) || grammar.isKey(k, .had)
                            || grammar.isWord(k, "is") || grammar.isWord(k, "are") || grammar.isWord(k, "has")
                            || grammar.wordLength(k) >= 5 && grammar.lower(k).hasSuffix("ed"))
                }),
                grammar.tenseFromPublication(around: m.first, m.end) != .future, !toldLater(than: c, mentions: mentions, except: m, grammar: grammar)
            {
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: grammar.bytes[grammar.tokens[m.first].start..<grammar.tokens[m.end - 1].end]),
                    as: UTF8.self)
                return PublicationDate(
                    day: c, value: c.iso, source: .dateLine, confidence: .medium,
                    derivation: "the date \"\(text)\" closing the text's header line")
            }
            guard ok else { continue }
            if !labelled && !byline {
                // A date alone on a line: only near the top (the headline is line 1; a
                // standfirst and a byline may come first), and not when two other dates stand
                // alone on their lines (a chronology's headings).
                var line = 0
                for j in 0...lineStart where grammar.tokens[j].newlineBefore || j == 0 { line += 1 }
                guard line <= 5, mentions.lazy.filter({ $0.first != m.first && isAloneOnLine($0, grammar) }).prefix(2).count < 2 else { continue }
            }
            let text = String(
                decoding: UnsafeBufferPointer(rebasing: grammar.bytes[grammar.tokens[lineStart].start..<grammar.tokens[end - 1].end]), as: UTF8.self)
            let date = PublicationDate(
                day: c, value: c.iso, source: .dateLine, confidence: isUpdate ? .medium : .high,
                derivation: "the date line \"\(text)\"" + (isUpdate ? " (the date it was updated: no publication date is given)" : ""))
            if isUpdate {
                if updated == nil { updated = date }
                continue
            }
            return date
        }
        return updated
    }

    /// The days of an explicit date that may bound the publication: not a target ("by 2030"),
    /// a budget's label ("fiscal 2026") or a treaty-like document's year ("the 1951 treaty").
    static func boundingInterval(_ m: Mention, grammar: Grammar) -> (DayInterval, DatePrecision)? {
        guard let found = explicitInterval(m.meaning, mod: m.mod), !grammar.isTarget(m), !grammar.isBudgetLabel(m), !grammar.namesADocument(m)
        else { return nil }
        return found
    }

    /// The last day of `month` and `day` on or before `limit` (this year or the one before).
    static func latest(month: Int, day: Int, onOrBefore limit: CalendarDay) -> CalendarDay? {
        [limit.year, limit.year - 1].lazy.compactMap { CalendarDay(year: $0, month: month, day: day) }.first { $0 <= limit }
    }

    /// A date with its year elsewhere in the text, in a sentence not about the future, that
    /// starts after `day`: the text tells of it as past, so it was not written on `day`.
    /// `pastOnly`: a later time of day with its date counts only in a sentence told in the past
    /// (an issue line's bulletin names when its notices lapse: "CANCEL THIS MESSAGE 151900 UTC
    /// MAR 26").
    static func toldLater(than day: CalendarDay, mentions: [Mention], except m: Mention, grammar: Grammar, pastOnly: Bool = false) -> Bool {
        // A yearless day told as past that would be most of a year before it, and is a few
        // months after it ("# Border watch: 28 November 2025" over "the border was closed on
        // 2 January") was written later than that.
        let yearlessAfter = mentions.contains { other in
            guard other.first != m.first, case .calendar(let f) = baseMeaning(other.meaning), f.year == nil, let month = f.month,
                let d = f.day, let before = latest(month: month, day: d, onOrBefore: day),
                let after = [day.year, day.year + 1].lazy.compactMap({ CalendarDay(year: $0, month: month, day: d) }).first(where: { $0 > day })
            else { return false }
            return day.ordinal - before.ordinal > 120 && after.ordinal - day.ordinal <= 120
                && grammar.tenseFromPublication(around: other.first, other.end) == .past
        }
        if yearlessAfter { return true }
        return mentions.contains { other in
            // (Nor a date something is meant for: "the vessels it was promised for 2026".)
            guard other.first != m.first, let (interval, _) = boundingInterval(other, grammar: grammar), interval.start > day,
                !grammar.isKey(other.first - 1, .for_)
            else { return false }
            let tense = grammar.tenseFromPublication(around: other.first, other.end)
            return tense == .past || tense != .future && !(pastOnly && other.type == .time)
        }
    }

    /// A letter's or a statement's sign-off: a full date closing the text's last line, alone or
    /// after a place ("Kirkenes, Norway, 30 December 2025"), is when it was written.
    static func signOff(mentions: [Mention], grammar: Grammar) -> PublicationDate? {
        guard let m = mentions.last(where: { $0.type == .date || $0.type == .time }),
            case .calendar(let f) = baseMeaning(m.meaning), let y = f.year, let month = f.month, let day = f.day,
            let c = CalendarDay(year: y, month: month, day: day)
        else { return nil }
        // Nothing but punctuation after it on its line; then at most two lines of a signature
        // without a sentence's period ("The Ministry of Foreign Affairs, International
        // Cooperation and External Trade"), at most 30 tokens in all.
        var j = m.end
        while grammar.has(j), !grammar.tokens[j].newlineBefore {
            guard grammar.tokens[j].kind == .punct else { return nil }
            j += 1
        }
        if grammar.has(j) {
            guard grammar.tokens.count - j <= 30, !grammar.punct(grammar.tokens.count - 1, 0x2E) else { return nil }
            var lines = 0
            for k in j..<grammar.tokens.count where grammar.tokens[k].newlineBefore {
                lines += 1
                // (A line's sentence ends in a period: "Vanuatu reserves the right ... law.")
                if k > j, grammar.punct(k - 1, 0x2E) { return nil }
            }
            guard lines <= 2 else { return nil }
        }
        // Before it on its line: nothing, or capitalized words and commas ending in a comma
        // ("Done at Port Vila, 6 October 2025": "at" or "in" too).
        let lineStart = grammar.lineStart(m.first)
        if lineStart < m.first {
            // (Not an item of a list: "- Washington, 9 July 2024".)
            guard grammar.punct(m.first - 1, 0x2C), grammar.tokens[lineStart].kind == .word,
                (lineStart..<m.first).allSatisfy({
                    grammar.tokens[$0].kind == .punct
                        || grammar.tokens[$0].kind == .word
                            && (grammar.tokens[$0].capitalized || $0 > lineStart && (grammar.isKey($0, .at) || grammar.isKey($0, .in_)))
                })
            else { return nil }
        }
        guard !toldLater(than: c, mentions: mentions, except: m, grammar: grammar) else { return nil }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: grammar.bytes[grammar.tokens[lineStart].start..<grammar.tokens[m.end - 1].end]), as: UTF8.self)
        return PublicationDate(day: c, value: c.iso, source: .dateLine, confidence: .medium, derivation: "the date signing the text off, \"\(text)\"")
    }

    /// "|", "•", "·": what separates a date line's date from what follows it.
    static let dateLineSeparators: Set<Int> = [0x7C, 0x2022, 0xB7]

    /// Mention `m` is alone on its line (punctuation aside).
    static func isAloneOnLine(_ m: Mention, _ grammar: Grammar) -> Bool {
        guard m.type == .date || m.type == .time else { return false }
        let start = grammar.lineStart(m.first)
        for j in start..<m.first where grammar.tokens[j].kind != .punct { return false }
        var j = m.end
        while grammar.has(j), !grammar.tokens[j].newlineBefore {
            if grammar.tokens[j].kind != .punct { return false }
            j += 1
        }
        return true
    }

    /// The date of a dateline: capitalized place names, a comma, a date, then "(Agency)" or a dash.
    static func dateline(mentions: [Mention], grammar: Grammar) -> (PublicationDate?, YearlessDate?) {
        // A yearless dateline in a text without an explicit date to place it after.
        var found: YearlessDate?
        for m in mentions.prefix(4) where m.type == .date {
            let lineStart = grammar.lineStart(m.first)
            // (Or in parentheses before a dash: "SASEBO, Japan (Nov. 4) — The ship returned ...".)
            let parenthesized = grammar.punct(m.first - 1, 0x28) && grammar.punct(m.end, 0x29) && grammar.isDash(m.end + 1)
            guard m.first - lineStart >= 2, m.first - lineStart <= 8, grammar.punct(m.first - 1, 0x2C) || parenthesized else { continue }
            var placeOK = true
            var sawCaps = false
            for k in lineStart..<(m.first - 1) {
                let t = grammar.tokens[k]
                if t.kind == .word && t.allCaps {
                    sawCaps = true
                } else if t.kind == .punct && (t.value == 0x2C || t.value == 0x2E || t.value == 0x2F) {
                } else if t.kind == .word && t.capitalized {
                } else {
                    placeOK = false
                }
            }
            guard placeOK, sawCaps else { continue }
            let after = m.end
            guard parenthesized || grammar.punct(after, 0x28) || grammar.isDash(after) || grammar.punct(after, 0x2C) && grammar.punct(after + 1, 0x28)
            else {
                continue
            }
            guard case .calendar(let f) = baseMeaning(m.meaning), let month = f.month, let day = f.day else { continue }
            let text = grammar.text(m)
            if let y = f.year, let c = CalendarDay(year: y, month: month, day: day) {
                return (PublicationDate(day: c, value: c.iso, source: .dateline, confidence: .high, derivation: "the dateline \"\(text)\""), nil)
            }
            guard CalendarDay(year: 2000, month: month, day: day) != nil else { continue }
            // A yearless dateline: the first such day at or after the latest explicit date of the
            // text in a sentence in the past tense (else in one not about the future): "SEOUL,
            // June 3" in a story that lists "June 4-11, 2025 - Allied live-fire drills" after
            // "June 3, 2025 - Short-range missiles fired" is June 3, 2025, not 2026.
            var latestPast: DayInterval?
            var latestOther: DayInterval?
            for other in mentions {
                guard let (interval, _) = boundingInterval(other, grammar: grammar) else { continue }
                switch grammar.tenseFromPublication(around: other.first, other.end) {
                case .future: continue
                case .past: if latestPast == nil || interval.start > latestPast!.start { latestPast = interval }
                default: if latestOther == nil || interval.start > latestOther!.start { latestOther = interval }
                }
            }
            let latest = latestPast ?? latestOther
            var yearless = YearlessDate(month: month, day: day, weekday: nil, earliest: latest?.start, text: text, fromDateline: true)
            // The lead's weekday ("SEOUL, Oct. 14 (Yonhap) -- ... began ... on Wednesday"): for a
            // collection to tell the year by (the dateline's day stays the publication's).
            // (The weekday of the report when the lead has one: "A drone strike on Sunday killed
            // two soldiers, the ministry said early on Thursday" was written on Thursday.)
            if let first = mentions.first(where: { ($0.type == .date || $0.type == .time) && $0.first >= m.end }),
                grammar.tenseFromPublication(around: first.first, first.end) != .future
            {
                let leadEnd = grammar.sentenceEnd(first.first)
                let reported = mentions.first { other in
                    guard other.first >= first.first, other.first < leadEnd, case .weekday(_, 0, _) = baseMeaning(other.meaning) else { return false }
                    // ("said early on Thursday", "said late on Tuesday")
                    let k = other.first
                    return grammar.followsReportingVerb(k)
                        || k >= 3 && grammar.isKey(k - 1, .on) && (grammar.isWord(k - 2, "early") || grammar.isWord(k - 2, "late"))
                            && (grammar.isKey(k - 3, .said) || grammar.tokens[k - 3].isIn(.reportingVerb))
                }
                if case .weekday(let w, direction: 0, _) = baseMeaning((reported ?? first).meaning) {
                    yearless.lead = YearlessDate.Lead(weekday: w, text: grammar.text(reported ?? first))
                }
            }
            // (Up to four years on: a February 29 falls in a leap year.)
            if let latest, let c = ((latest.start.year)...(latest.start.year + 4)).lazy.compactMap({ yearless.day(in: $0) }).first {
                // "TOKYO, Jan 5 (Reuters) - Japan lodged a protest on Tuesday": a wire's lead tells
                // of the dateline's day or the day before. When the first year that fits puts the
                // lead's weekday elsewhere, the first year after it that agrees ("LONDON, 5 June
                // - ... early on Thursday", after "since November 2023": 2025, not 2023, whose
                // 5 June was a Monday). The weekdays of a day cycle within six years.
                // (Only when the lead's day would be more than three days old: a lead may tell of
                // a Tuesday in a Thursday's story.)
                if let lead = yearless.lead, !yearless.leadAgrees(c), (c.weekday - lead.weekday + 7) % 7 > 3,
                    let next = (c.year + 1...c.year + 6).lazy.compactMap({ yearless.day(in: $0) }).first(where: { yearless.leadAgrees($0) })
                {
                    return (
                        PublicationDate(
                            day: next, value: next.iso, source: .dateline, confidence: .medium,
                            derivation:
                                "the dateline \"\(text)\", in \(next.year): the first year after the latest explicit date in the text in which the lead's \"\(lead.text)\" is the dateline's day or the day before"
                        ),
                        yearless
                    )
                }
                return (
                    PublicationDate(
                        day: c, value: c.iso, source: .dateline, confidence: .medium,
                        derivation: "the dateline \"\(text)\", in \(c.year): the first such day after the latest explicit date in the text"),
                    yearless
                )
            }
            if found == nil { found = yearless }
        }
        return (nil, found)
    }

    static func baseMeaning(_ meaning: Meaning) -> Meaning {
        if case .clock(let base?, _) = meaning { return base }
        if case .weekOf(let day, _) = meaning { return day }  // "the week of 3 March 2025" names its day
        return meaning
    }

    /// The interval of a mention that needs no reference date (it names its year).
    static func explicitInterval(_ meaning: Meaning, mod: TimexMod?) -> (DayInterval, DatePrecision)? {
        switch baseMeaning(meaning) {
        case .calendar(let f):
            guard let y = f.year, f.decade == nil, f.century == nil, let v = Resolver.value(f, year: y) else { return nil }
            guard let i = DateSemantics.interval(value: v, rangeEnd: Resolver.rangeEndValue(f, year: y), mod: mod),
                let p = DateSemantics.precision(value: v, rangeEnd: nil)
            else { return nil }
            return (i, p)
        case .range(let a, let b):
            guard let (ia, pa) = explicitInterval(a, mod: nil), let (ib, pb) = explicitInterval(b, mod: nil) else { return nil }
            return (DayInterval(start: ia.start, end: ib.end), max(pa, pb))
        default:
            return nil
        }
    }
}

extension Grammar {
    /// The asterisks at `i` open emphasis ("*Transcript.", "**Issue 87"), glued to the word
    /// after them: no list item's bullet.
    func opensEmphasis(_ i: Int) -> Bool {
        var k = i
        while punct(k + 1, 0x2A), glued(k + 1) { k += 1 }
        return glued(k + 1) && has(k + 1) && tokens[k + 1].kind == .word
    }

    func text(_ m: Mention) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[m.first].start..<tokens[m.end - 1].end]), as: UTF8.self)
    }

    func lineStart(_ i: Int) -> Int {
        var j = i
        while j > 0 && !tokens[j].newlineBefore { j -= 1 }
        return j
    }
}
