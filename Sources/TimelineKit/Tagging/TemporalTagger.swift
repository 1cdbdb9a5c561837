/// Finds and normalizes the temporal expressions of a text (TimeML TIMEX3).
///
/// ```swift
/// let tagger = TemporalTagger()
/// let found = tagger.tag("The talks ended last year.", reference: CalendarDay(year: 2025, month: 1, day: 30))
/// // found[0].value == "2024"
/// ```
///
/// The scan is one pass over the UTF-8 bytes (``Tokenizer``), then the grammar runs at the
/// trigger tokens only, then each match is anchored in document order (so "the previous day"
/// sees the date before it).
public struct TemporalTagger: Sendable {
    public init() {}

    /// The result of tagging one text.
    public struct Result: Sendable {
        public var expressions: [TemporalExpression]
        /// The reference date used: the one given, or the one inferred from the text (nil if none could be).
        public var reference: PublicationDate?
        /// When the reference date was inferred without the text fixing its year (or could not
        /// be for want of one): what it rests on (``YearlessDate``).
        public var yearless: YearlessDate? = nil
    }

    /// Tags `text` against a known reference date (nil: relative expressions stay unresolved).
    public func tag(_ text: String, reference: CalendarDay?) -> [TemporalExpression] {
        let pub = reference.map {
            PublicationDate(day: $0, value: $0.iso, source: .option, confidence: .high, derivation: "given")
        }
        return analyze(text, publication: pub, inferIfMissing: false).expressions
    }

    /// Tags `text`; when `publication` is nil and `inferIfMissing` is set, infers the
    /// reference date from the text (the latest explicit date, weekdays, a dateline).
    public func analyze(_ text: String, publication: PublicationDate?, inferIfMissing: Bool = true) -> Result {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = Tokenizer.tokenize(bytes)
            defer { tokens.deallocate() }
            let grammar = Grammar(tokens: UnsafeBufferPointer(tokens), bytes: bytes)
            let mentions = TemporalTagger.scan(grammar)
            var pub = publication
            var yearless: YearlessDate?
            if pub == nil && inferIfMissing {
                (pub, yearless) = PublicationDateInference.infer(mentions: mentions, grammar: grammar)
            }
            // (A date the caller inferred, from the other articles of a collection, is not the
            // text's own inference: the derivations say so.)
            let expressions = TemporalTagger.resolve(mentions, grammar: grammar, publication: pub, inferredHere: publication == nil)
            return Result(expressions: expressions, reference: pub, yearless: yearless)
        }
    }

    /// Runs the grammar over the tokens, left to right, longest match first.
    static func scan(_ grammar: Grammar) -> [Mention] {
        var mentions: [Mention] = []
        let tokens = grammar.tokens
        mentions.reserveCapacity(tokens.count / 64 + 4)
        var i = 0
        let count = tokens.count
        while i < count {
            // Most tokens are ordinary words: one bit says so.
            if tokens[i].kind == .word && !tokens[i].isIn(.trigger) {
                i += 1
                continue
            }
            if grammar.mayStart(i) {
                if let m = grammar.match(at: i) {
                    mentions.append(m)
                    i = max(m.end, i + 1)
                    continue
                }
            }
            i += 1
        }
        return mentions
    }

    /// Anchors each mention in document order.
    static func resolve(_ mentions: [Mention], grammar: Grammar, publication: PublicationDate?, inferredHere: Bool = true) -> [TemporalExpression] {
        var resolver = Resolver(
            reference: publication?.day,
            referenceLabel: publication.map { $0.label })
        resolver.referenceIsInferred = publication?.source == .inferred && inferredHere
        if let value = publication?.value {
            resolver.referenceKnownTo = value.utf8.count >= 10 ? .day : value.utf8.count >= 7 ? .month : .year
        }
        return resolve(mentions, grammar: grammar, resolver: &resolver)
    }

    private static func resolve(_ mentions: [Mention], grammar: Grammar, resolver: inout Resolver) -> [TemporalExpression] {
        var out: [TemporalExpression] = []
        out.reserveCapacity(mentions.count)
        let publicationDay = resolver.reference
        // The quarter the text reports on ("third-quarter profit" = 2024-Q3): a figure compared
        // with "a year earlier" is that quarter's figure a year before. It is the latest quarter
        // mentioned that has ended by the publication date (results are reported for quarters
        // that are over; the year-ago quarters a report compares with are earlier).
        var lastQuarter: (year: Int, quarter: Int)?
        // A quarter named in the same sentence comes first ("Its second-quarter profit fell from
        // $3 million a year earlier").
        var quarterInText: (year: Int, quarter: Int, token: Int)?
        // "In 2024, the alliance held drills in March": a sentence that opens with a year
        // frames the yearless months and days after it (the year, the sentence's first token).
        var frame: (year: Int, text: String, sentence: Int)?
        // Where the last date an anaphor can count from stands (its first token).
        var lastAnchor: Int?
        // Whether that mention is a year alone ("Last year's festival, held that July").
        var lastAnchorIsYear = false
        // The last mention that names a day (or a time on one), for a clock time after it.
        var lastDayAnchor: Int?
        // The explicit day a story told in the past runs from (``Story``).
        var story: Story?
        // Live blogs and chronologies: a clock opening a paragraph stamps it. Its day is the
        // day the prose before the first stamp last named (within a week of the publication:
        // "The summit opens on Thursday, March 12. ¶ 10:00 Opening remarks"), or a day standing
        // as a paragraph of its own ("March 4" over a chronology's entries); with neither, the
        // publication day. Days named inside stamped entries are the entries' own business.
        // (The prose day is kept as its value and parsed only when a stamp asks for it.)
        var stampDayValue: Substring?
        var stampDayIsHeading = false
        var stampSeen = false
        var paragraphStamped = false
        var checked = 0
        // A digest or a calendar by weekday ("Monday: ...", "Tuesday: ...", or weekdays alone on
        // their lines over their entries; two labels or more). Labels in the week's order cover
        // one week, Monday to Sunday: of the last, this and the next week, the one in which most
        // entries fall where their tense puts them (an entry telling the past on or before the
        // publication day, any other on or after it; a tie goes to this week). A Monday's roundup
        // of the week before, a Wednesday's of the week so far and ahead, a Sunday's "week ahead".
        // Labels that run past Sunday ("Thursday", "Friday", "Monday" in a Wednesday's calendar)
        // run in the order written instead: those whose entries tell the past, up to the first
        // that does not, count back from the publication day; the rest count on from it.
        let labels = mentions.filter { TemporalTagger.isDigestLabel($0, grammar) }
        var digestDays: [Int: Int] = [:]
        if labels.count >= 2, let day = publicationDay {
            let told = labels.map { TemporalTagger.entryTellsThePast($0, grammar) }
            let weekdays = labels.map { m -> Int in if case .weekday(let w, _, _) = m.meaning { w } else { 1 } }
            if zip(weekdays, weekdays.dropFirst()).allSatisfy({ (($0 - $1 + 7) % 7) >= 1 && (($0 - $1 + 7) % 7) <= 3 }) {
                // Newest first, as a live blog's days ("Wednesday", "Tuesday", "Monday"): the
                // first on or before the publication day, each next one before the one above.
                var d = day
                for (m, w) in zip(labels, weekdays) {
                    while d.weekday != w { d = d.adding(days: -1) }
                    digestDays[m.first] = d.ordinal - day.ordinal
                    d = d.adding(days: -1)
                }
            } else if zip(weekdays, weekdays.dropFirst()).allSatisfy({ $0 < $1 }) {
                func date(_ w: Int, _ offset: Int) -> CalendarDay { day.adding(days: 7 * offset - (day.weekday - 1) + (w - 1)) }
                func fits(_ offset: Int) -> Int {
                    zip(weekdays, told).filter { w, past in past ? date(w, offset) <= day : date(w, offset) >= day }.count
                }
                let week = [0, -1, 1].max { fits($0) < fits($1) } ?? 0
                for (m, w) in zip(labels, weekdays) { digestDays[m.first] = date(w, week).ordinal - day.ordinal }
            } else {
                let firstAhead = told.firstIndex(of: false) ?? labels.count
                var next: CalendarDay?
                for i in stride(from: firstAhead - 1, through: 0, by: -1) {
                    var d = next.map { $0.adding(days: -1) } ?? day
                    while d.weekday != weekdays[i] { d = d.adding(days: -1) }
                    digestDays[labels[i].first] = d.ordinal - day.ordinal
                    next = d
                }
                var previous = firstAhead > 0 ? day.adding(days: digestDays[labels[firstAhead - 1].first] ?? 0) : nil
                for i in firstAhead..<labels.count {
                    var d = previous.map { max($0.adding(days: 1), day) } ?? day
                    while d.weekday != weekdays[i] { d = d.adding(days: 1) }
                    digestDays[labels[i].first] = d.ordinal - day.ordinal
                    previous = d
                }
            }
        }
        for var m in mentions {
            var framed: String?
            var named: String?
            // "the Sept. 11 attacks", "the September 11 terrorist attacks": the attacks of 2001,
            // named by their day, as a holiday is (before a framing year: "In 2003, ... citing
            // the Sept. 11 attacks"). Not "the Sept. 11 attack on the consulate in Benghazi".
            if case .calendar(var fields) = m.meaning, fields.year == nil, fields.month == 9, fields.day == 11, fields.weekday == nil,
                ["attacks", "terrorist", "terror", "hijackings"].contains(where: { grammar.isWord(m.end, $0) }),
                grammar.isKey(m.first - 1, .the)
            {
                fields.year = 2001
                m.meaning = .calendar(fields)
                named = "the September 11 attacks, named by their day (2001)"
            }
            // (Not past a semicolon, nor past "will": "In 2024, the drills were held in March, and
            // the next round will begin on Aug. 10" looks ahead from the publication; "In 2021,
            // Biden said troops would leave by Sept. 11" is that year's September.)
            if let f = frame, case .calendar(var fields) = m.meaning, fields.year == nil, fields.month != nil, fields.weekday == nil,
                grammar.sentenceStart(m.first) == f.sentence,
                !(f.sentence..<m.first).contains(where: { grammar.punct($0, 0x3B) || grammar.isKey($0, .will) || grammar.isKey($0, .shall) })
            {
                fields.year = f.year
                m.meaning = .calendar(fields)
                framed = f.text
            }
            if case .calendar(let fields) = m.meaning, let y = fields.year, fields == DateFields(year: y), m.mod == nil, grammar.punct(m.end, 0x2C) {
                let start = grammar.sentenceStart(m.first)
                if start == m.first || start == m.first - 1 && (grammar.isKey(start, .in_) || grammar.isKey(start, .during)) {
                    frame = (y, grammar.text(m), start)
                }
            }
            let sameSentence: (year: Int, quarter: Int)? = quarterInText.flatMap {
                $0.token >= grammar.sentenceStart(m.first) ? (year: $0.year, quarter: $0.quarter) : nil
            }
            // Without a quarter in its own sentence, the comparison needs a figure or a
            // comparing word in that sentence ("from $4 million a year earlier"): "A year ago,
            // the minister visited Washington" is a year, whatever quarter came before.
            let fallback = lastQuarter.flatMap {
                isYearBeforeComparison(m, grammar) && TemporalTagger.comparesFigures(around: m.first, grammar) ? $0 : nil
            }
            if let q = sameSentence.flatMap({ isYearBeforeComparison(m, grammar) ? $0 : nil }) ?? fallback {
                let start = grammar.tokens[m.first].start
                let end = grammar.tokens[m.end - 1].end
                let text = String(decoding: UnsafeBufferPointer(rebasing: grammar.bytes[start..<end]), as: UTF8.self)
                // "For the nine months, ... a year earlier": the year before, as a year.
                let months = TemporalTagger.namesMonthsPeriod(around: m.first, grammar)
                let value = months ? String(q.year - 1) : "\(q.year - 1)-Q\(q.quarter)"
                out.append(
                    TemporalExpression(
                        start: start, end: end, text: text, type: .date, value: value, anchoring: .previousMention,
                        derivation: months
                            ? "the year before the period the text reports on (\(q.year))"
                            : "the same quarter a year before the quarter the text reports on (\(q.year)-Q\(q.quarter))"))
                continue
            }
            // "the 1988 quarter", "the 1989 period": that year's quarter of the period the text
            // reports on (the quarter named in the sentence, else the latest ended one); without
            // such a quarter, the year.
            if case .calendar(let f) = m.meaning, let year = f.year, f == DateFields(year: year), m.end - m.first == 3,
                grammar.isKey(m.first, .the), grammar.tokens[m.first + 1].kind == .number
            {
                let start = grammar.tokens[m.first].start
                let end = grammar.tokens[m.end - 1].end
                let text = String(decoding: UnsafeBufferPointer(rebasing: grammar.bytes[start..<end]), as: UTF8.self)
                let quarter = sameSentence?.quarter ?? lastQuarter?.quarter
                let value = quarter.map { "\(year)-Q\($0)" } ?? String(year)
                out.append(
                    TemporalExpression(
                        start: start, end: end, text: text, type: .date, value: value, anchoring: quarter == nil ? .explicit : .previousMention,
                        derivation: quarter.map { "the \(year) part of the quarter the text reports on (Q\($0))" }
                            ?? "the year named in the text (the text names no quarter it reports on)"))
                continue
            }
            var tense = Tense.unknown
            var deadline = false
            var leaning = Tense.unknown
            if TemporalTagger.needsTense(m.meaning) {
                if grammar.isKey(m.first - 1, .since) || grammar.datesWhatSinceNames(m.first) {
                    // "14 incidents since January", "since Tuesday", "has pressed the point
                    // since a phone call on Jan. 30": a point in the past
                    tense = .past
                } else if TemporalTagger.isYearlessDay(m.meaning) {
                    // A yearless day listens to the verb it is the time of ("was signed on March
                    // 12"), at most two tokens away; "extended to Nov. 16" or "payable Dec. 15"
                    // say nothing of its year. A verb further away in its clause only leans it.
                    let onIn = grammar.isKey(m.first - 1, .on) || grammar.isKey(m.first - 1, .in_)
                    // (The verb right before "on" governs the day: "the drills that began on Oct.
                    // 15 will run until Oct. 25".)
                    let governing = onIn ? grammar.tense(around: m.first, m.end, within: 2, clauseBefore: true) : .unknown
                    tense =
                        governing != .unknown
                        ? governing : onIn ? grammar.tense(around: m.first, m.end, within: 2) : grammar.tense(around: m.first, m.end, within: 1)
                    if grammar.introducesDeadline(m.first, end: m.end) {
                        if grammar.deadlineReached(m) {
                            // "The bridge stayed closed until August 13", "By December 30, NATO
                            // had launched a patrol": what lasted until then, or was done by then.
                            tense = .past
                        } else {
                            tense = .future
                            deadline = true
                        }
                    } else if grammar.followsPastReportingVerb(m.first) {
                        tense = .past  // "the ministers said on March 5 they would meet again": the saying
                    } else if tense == .unknown, onIn {
                        // "were moved to the island on 2 June", "will expire on Oct. 18": the
                        // verb of the day's clause, further away, leans its year (see
                        // `yearForDay`). Not past the noun of a scheduled event ("released the
                        // program for the fleet review on Oct. 18": the review may lie ahead),
                        // nor ahead past a happening ("will review the footage of the incident
                        // on Nov. 2").
                        let clause = grammar.tense(around: m.first, m.end, within: Int.max, clauseBefore: true)
                        let noun = grammar.eventNounBefore(m.first - 1)
                        if !(clause == .past && noun == .scheduled) && !(clause == .future && noun == .incident) { leaning = clause }
                    }
                } else if grammar.introducesDeadline(m.first, end: m.end), TemporalTagger.isYearlessMonth(m.meaning) {
                    tense = .future  // "pay down the loan by February", "until mid-November"
                } else if grammar.introducesDeadline(m.first, end: m.end), TemporalTagger.isDayToBeAnchored(m.meaning),
                    grammar.tense(around: m.first, m.end) != .past || TemporalTagger.defers(around: m.first, grammar)
                {
                    // "will run until 5 p.m. Friday"; "extended its deadline until 9 a.m. Tuesday"
                    // (a deferral looks ahead even when told in the past; "the talks lasted until
                    // Tuesday" is over)
                    tense = .future
                } else if case .weekday = m.meaning,
                    grammar.followsReportingVerb(m.first) || grammar.isPastReportingVerb(m.end) && !grammar.futureVerbRightBefore(m.first)
                {
                    tense = .past
                } else if case .weekday(let w, 0, let time) = m.meaning, TemporalTagger.isDigestLabel(m, grammar),
                    digestDays[m.first] != nil || TemporalTagger.entryTellsThePast(m, grammar)
                {
                    if let offset = digestDays[m.first] {
                        // "Tuesday: NATO said it would add two frigates ...": a day of the digest.
                        m.meaning = time.map { .clock(.relative(.day, offset), $0) } ?? .relative(.day, offset)
                    } else {
                        // A label alone, its entry telling the past: the day before the publication.
                        tense = .past
                        if publicationDay?.weekday == w { m.meaning = .weekday(w, direction: -1, time: time) }
                    }
                } else if case .weekday(_, 0, nil) = m.meaning, let below = TemporalTagger.headingsTense(m, grammar) {
                    // "Monday" alone on its line, over "Estonia's parliament will debate a bill":
                    // a calendar's heading takes the tense of what it dates.
                    tense = below
                } else if case .weekday = m.meaning, grammar.followsAsEarlyAs(m.first) {
                    tense = .future  // "could come as early as Tuesday", "as soon as Tuesday"
                } else if TemporalTagger.isYearlessMonth(m.meaning), grammar.followsPastReportingVerb(m.first) {
                    tense = .past  // "plans to send the carrier early next year, the ministry said in August"
                } else {
                    tense = grammar.tense(around: m.first, m.end)
                }
                if tense == .future, let ref = publicationDay, TemporalTagger.reportsRecentQuarter(m, grammar, reference: ref) {
                    // "said its third-quarter earnings will be lower", written on October 30: a
                    // quarter's results come after it ends, so the third quarter just ended, not
                    // next year's.
                    tense = .unknown
                }
            }
            // "that July" after a year in its own sentence is that year's July ("Last year's
            // festival, held that July, drew 40,000 visitors"), not the July mentioned before.
            if case .thatMonth(let month) = m.meaning, lastAnchorIsYear, let la = lastAnchor, la >= grammar.sentenceStart(m.first) {
                m.meaning = .inMentionedYear(DateFields(month: month))
            }
            // A past day without its year after "until" (or "by", the past perfect telling what
            // was done by then), right after a day with one, in the same paragraph and up to six
            // months later, ends what began then (``storyYear``): "The first began on August 2,
            // 2017, when ... The bridge stayed closed until August 13" is 2017's. (Not any past
            // day: "The alliance was founded on April 4, 1949. NATO foreign ministers met in
            // Brussels on April 20" is this April's.)
            var storyFramed: String?
            if let st = story, st.first == lastAnchor, tense == .past || tense == .unknown && leaning == .past,
                let (meaning, text) = TemporalTagger.storyYear(m, story: st, grammar: grammar, publication: publicationDay)
            {
                m.meaning = meaning
                storyFramed = text
            }
            // "boarded the vessel the day after, on 26 December": a yearless day set beside an
            // anaphor of days takes its year when the two name the same day (the day after
            // Christmas Day 2024 is 2024's, not this December's).
            // (What such a day was read from, for its derivation.)
            var fromNeighbour: String?
            if storyFramed == nil, case .calendar(var fields) = m.meaning, fields.year == nil, fields.weekday == nil,
                let month = fields.month, let day = fields.day, let p = out.indices.last, out[p].anchoring == .previousMention,
                TemporalTagger.isApposed(after: out[p].end, before: grammar.tokens[m.first].start, grammar.bytes),
                out[p].value.utf8.count == 10, let anaphor = CalendarDay(iso: out[p].value), anaphor.month == month, anaphor.day == day
            {
                fields.year = anaphor.year
                m.meaning = .calendar(fields)
                fromNeighbour = "no year with the date; the year of \"\(out[p].text)\" beside it, the same day"
            }
            // "will meet next Thursday and Friday": a weekday ahead joined by "and" to a weekday
            // before it is the first such day after that one (the Friday after next Thursday, not
            // this week's). (Not in the past: "statements made Friday and Thursday".)
            if tense == .future, case .weekday(let w, 0, nil) = m.meaning, m.first >= 2, grammar.isKey(m.first - 1, .and),
                grammar.weekday(m.first - 2) != nil,
                let p = out.indices.last, out[p].end == grammar.tokens[m.first - 2].end, out[p].value.utf8.count == 10,
                let before = CalendarDay(iso: out[p].value)
            {
                let day = before.adding(days: (w - before.weekday + 6) % 7 + 1)
                m.meaning = .calendar(DateFields(year: day.year, month: day.month, day: day.day))
                fromNeighbour = "the first such day after \"\(out[p].text)\" before it"
            }
            // (A stamped paragraph ends at a blank line, looked for in the bytes since the last
            // mention only while one is open; a mention opens a paragraph when a blank line is
            // right before it.)
            let mentionStart = grammar.tokens[m.first].start
            if paragraphStamped, mentionStart > checked, grammar.lastParagraphStart(from: checked, to: mentionStart) != nil {
                paragraphStamped = false
            }
            checked = mentionStart
            let atParagraphStart = grammar.opensParagraph(m.first)
            let stamp = atParagraphStart && TemporalTagger.isBareClock(m)
            if stamp {
                paragraphStamped = true
                stampSeen = true
            }
            if stamp { resolver.stampDay = .some(TemporalTagger.stampDay(stampDayValue, publication: publicationDay, heading: stampDayIsHeading)) }
            // A clock time in a flashback: its sentence, or the one that named the day last, in
            // the past perfect ("had just sat down to Christmas Eve dinner ... had lost voltage at
            // 6:52 p.m.").
            // (The tense last: it is read for a bare clock only here.)
            resolver.flashback =
                !stamp && TemporalTagger.isBareClock(m)
                && (grammar.hasPastPerfect(around: m.first) || lastDayAnchor.map { grammar.hasPastPerfect(around: $0) } ?? false)
                && grammar.tense(around: m.first, m.end) == .past
            // "crossed the parallel on this day in 1950, in the early hours of a Sunday morning":
            // a weekday after "a" names the day just mentioned when that day is one, not a
            // Sunday near the publication.
            // (After "of a" or "on a": "a Sunday morning has never felt the same" is any Sunday.)
            if case .weekday(let w, 0, let time) = m.meaning, m.first > 1, grammar.isKey(m.first - 1, .a),
                grammar.isKey(m.first - 2, .of) || grammar.isKey(m.first - 2, .on),
                let last = resolver.lastMentionedDay(), last.precision == .day,
                let day = CalendarDay(year: last.year, month: last.month!, day: last.day!),
                day.weekday == w
            {
                m.meaning = time.map { .clock(.anaphoric(.day, 0), $0) } ?? .anaphoric(.day, 0)
            }
            // ("The strait will be closed overnight": tonight.)
            if m.end == m.first + 1, grammar.isKey(m.first, .overnight), grammar.tense(around: m.first, m.end) == .future {
                m.meaning = .clock(.relative(.day, 0), "NI")
            }
            // (Not one in its sentence's subject, the document whose year it is: "The 1951 treaty
            // was signed in San Francisco. That September, ...", "Japan's 2022 security strategy
            // called for ... That year, ...".)
            // (Nor a deferral's new date after the date of the deferring: "They pushed it back in
            // 2010 to December 2015. Four years later ..." counts from 2010.)
            resolver.remembers =
                !(grammar.isAttributiveYear(m) && !grammar.opensSubject(m.first))
                && !(lastAnchor.map { $0 >= grammar.sentenceStart(m.first) } == true && TemporalTagger.isDeferralTarget(m, grammar))
            let resolved = resolver.resolve(
                m, tense: tense, deadline: deadline, leaning: leaning, countingDays: TemporalTagger.countsWeeksFrom(m, grammar),
                anchorInSentence: TemporalTagger.isAnaphoric(m.meaning) && lastAnchor.map { $0 >= grammar.sentenceStart(m.first) } ?? false)
            resolver.remembers = true
            if stamp { resolver.stampDay = nil }
            guard let r = resolved else { continue }
            // "Last year's patrol was cut short in mid-August": a year's possessive opening the
            // sentence frames its yearless dates as a year opening it does.
            if grammar.isApostrophe(m.end), grammar.isKey(m.end + 1, .s), r.type == .date, r.value.utf8.count == 4, let y = Int(r.value),
                grammar.sentenceStart(m.first) == m.first
            {
                frame = (y, grammar.text(m), m.first)
            }
            // (Only a day written with its month: "on Sunday" in a live blog's opening is the
            // background, not the day of its entries; "on Thursday, March 12" over a schedule is.)
            if !paragraphStamped, !stampSeen || atParagraphStart, r.type == .date || r.type == .time, r.value.utf8.count >= 10,
                TemporalTagger.namesMonthAndDay(m.meaning)
            {
                let value = Substring(r.value.utf8.prefix(10))
                if atParagraphStart, grammar.paragraphEnds(within: m.end, 1) {
                    stampDayValue = value  // a day standing as a paragraph of its own
                    stampDayIsHeading = true
                } else if !stampSeen {
                    stampDayValue = value
                    stampDayIsHeading = false
                }
            }
            if r.type == .date || r.type == .time, let c = r.value.utf8.first, c &- 0x30 < 10 {
                lastAnchor = m.first
                lastAnchorIsYear = r.value.utf8.count == 4
                if r.value.utf8.count >= 10 { lastDayAnchor = m.first }
            }
            // (Kept unparsed: most texts never ask.)
            if r.type == .date, r.value.utf8.count == 10, r.anchoring == .explicit || storyFramed != nil, r.rangeEnd == nil {
                story = Story(value: r.value, named: storyFramed != nil ? story!.named : m.first..<m.end, first: m.first)
            }
            let start = grammar.tokens[m.first].start
            let end = grammar.tokens[m.end - 1].end
            let text = String(decoding: UnsafeBufferPointer(rebasing: grammar.bytes[start..<end]), as: UTF8.self)
            let quarter = quarterOf(r.value, type: r.type)
            let isRange = r.rangeEnd != nil
            var expression = TemporalExpression(start: start, end: end, text: text, resolved: r)
            if let c = m.connector, isRange, c > m.first, c + 1 < m.end {
                expression.firstPartEnd = grammar.tokens[c - 1].end
                expression.secondPartStart = grammar.tokens[c + 1].start
            }
            out.append(consume expression)
            if let framed {
                out[out.count - 1].anchoring = .previousMention
                out[out.count - 1].derivation = "no year with the date; the year the sentence opens with (\"\(framed)\")"
            }
            if let named { out[out.count - 1].derivation = named }
            if let storyFramed {
                out[out.count - 1].anchoring = .previousMention
                out[out.count - 1].derivation = "no year with the date; the year of the story it continues, from \"\(storyFramed)\""
            }
            if let fromNeighbour {
                out[out.count - 1].anchoring = .previousMention
                out[out.count - 1].derivation = fromNeighbour
            }
            if let q = quarter {
                quarterInText = (q.year, q.quarter, m.first)
                if lastQuarter.map({ ($0.year, $0.quarter) < (q.year, q.quarter) }) ?? true {
                    let ended = publicationDay.map { (q.year, q.quarter) < ($0.year, ($0.month + 2) / 3) } ?? true
                    if ended { lastQuarter = q }
                }
            }
        }
        return out
    }

    /// The year of the story a past yearless day after "until" (or "by" with the past perfect)
    /// ends, told right after the day with its year it began on (see the tagger's loop): the
    /// day's meaning with that year, and the text of the day that gave it.
    @inline(never)
    static func storyYear(_ m: Mention, story st: Story, grammar: Grammar, publication: CalendarDay?) -> (Meaning, String)? {
        guard grammar.isKey(m.first - 1, .until) || grammar.isKey(m.first - 1, .by) && grammar.deadlineReached(m),
            let start = CalendarDay(iso: st.value),
            case .calendar(var fields) = m.meaning, fields.year == nil, fields.weekday == nil, fields.decade == nil, fields.century == nil,
            let month = fields.month, let day = fields.day, let ref = publication,
            grammar.lastParagraphStart(from: grammar.tokens[st.first].start, to: grammar.tokens[m.first].start) == nil,
            let c = [start.year, start.year + 1].lazy.compactMap({ CalendarDay(year: $0, month: month, day: day) }).first(where: {
                $0 > start && $0.ordinal - start.ordinal <= 183
            }),
            ref.ordinal - c.ordinal > 183
        else { return nil }
        fields.year = c.year
        let named = grammar.bytes[grammar.tokens[st.named.lowerBound].start..<grammar.tokens[st.named.upperBound - 1].end]
        return (.calendar(fields), String(decoding: UnsafeBufferPointer(rebasing: named), as: UTF8.self))
    }

    /// Only a comma, perhaps "on", or an opening parenthesis between two expressions: "the day
    /// after, on 26 December", "the next day (26 December)".
    static func isApposed(after end: Int, before start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end <= start, start - end <= 6 else { return false }
        let gap = bytes[end..<start].lazy.filter { $0 != 0x20 }
        return gap.elementsEqual([UInt8(ascii: ",")]) || gap.elementsEqual(",on".utf8) || gap.elementsEqual([UInt8(ascii: "(")])
    }

    /// The explicit day a story told in the past runs from: its value, the tokens of the date
    /// that named it with its year, and the first token of the last mention that continued it.
    struct Story {
        var value: String
        var named: Range<Int>
        var first: Int
    }

    /// The sentence around token `i` compares figures: a "$" or "%", or "from", "against",
    /// "compared", "versus", "than", "cents", "million", "billion", "percent".
    static func comparesFigures(around i: Int, _ grammar: Grammar) -> Bool {
        let from = grammar.sentenceStart(i)
        let to = grammar.sentenceEnd(i)
        for j in from..<to {
            let t = grammar.tokens[j]
            if t.kind == .punct, t.value == 0x24 || t.value == 0x25 { return true }
        }
        for word in ["from", "against", "compared", "versus", "than", "cents", "million", "billion", "percent"]
        where grammar.sentenceMentions(word: word, around: i) {
            return true
        }
        return false
    }

    /// The sentence around token `i` names a reporting period of months: "the nine months",
    /// "the first six months" (not "in 12 months").
    static func namesMonthsPeriod(around i: Int, _ grammar: Grammar) -> Bool {
        let from = grammar.sentenceStart(i)
        let to = grammar.sentenceEnd(i)
        for j in from..<to where j >= from + 2 && grammar.tokens[j].kind == .word && grammar.lower(j) == "months" {
            var isCount = grammar.tokens[j - 1].kind == .number
            if case .cardinal = grammar.lex(j - 1) { isCount = true }
            guard isCount else { continue }
            if grammar.isKey(j - 2, .the) { return true }
            if j >= from + 3, grammar.lower(j - 2) == "first", grammar.isKey(j - 3, .the) { return true }
        }
        return false
    }

    /// "2024-Q3" as (2024, 3).
    static func quarterOf(_ value: String, type: TimexType) -> (year: Int, quarter: Int)? {
        guard type == .date, value.utf8.count == 7 else { return nil }
        var year = 0
        var quarter = 0
        for (k, c) in value.utf8.enumerated() {
            switch k {
            case 0..<4:
                guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                year = year * 10 + Int(c - UInt8(ascii: "0"))
            case 4: guard c == UInt8(ascii: "-") else { return nil }
            case 5: guard c == UInt8(ascii: "Q") else { return nil }
            default:
                guard c >= UInt8(ascii: "1"), c <= UInt8(ascii: "4") else { return nil }
                quarter = Int(c - UInt8(ascii: "0"))
            }
        }
        return (year, quarter)
    }

    /// "a year earlier", "a year ago", "one year before", "year-earlier", "year-ago": the
    /// comparison point of a figure, a year before the period being reported.
    static func isYearBeforeComparison(_ m: Mention, _ grammar: Grammar) -> Bool {
        switch m.meaning {
        case .relative(.year, -1), .anaphoric(.year, -1): break
        default: return false
        }
        guard m.end - m.first == 3 else { return false }
        let last = m.end - 1
        guard grammar.isKey(last, .earlier) || grammar.isKey(last, .ago) || grammar.isKey(last, .before) else { return false }
        if grammar.isDash(m.first + 1) { return true }  // "year-earlier", "year-ago"
        let first = grammar.lower(m.first)
        return first == "a" || first == "one"
    }

    /// The verbs of ``deferralVerbs`` that defer something by themselves ("given" and "delays"
    /// are also a preposition and a noun).
    static let deferringVerbs: Set<String> = [
        "extended", "extends", "extend", "postponed", "postpones", "postpone", "delayed", "deferred", "adjourned",
    ]

    static let deferralVerbs = [
        "extended", "extends", "extend", "postponed", "postpones", "postpone", "delayed", "delays", "deferred", "adjourned", "given",
    ]

    /// A deferral's new date: "to" or "until" before it, in a sentence that puts something off
    /// ("postponed the vote to March", "pushed it back in 2010 to December 2015").
    static func isDeferralTarget(_ m: Mention, _ grammar: Grammar) -> Bool {
        guard m.first >= 1, grammar.isKey(m.first - 1, .to) || grammar.isWord(m.first - 1, "until") else { return false }
        if deferringVerbs.contains(where: { grammar.sentenceMentions(word: $0, around: m.first) }) { return true }
        // "pushed back", "put back", "moved back", "pushed it back"
        let from = grammar.sentenceStart(m.first)
        return (from..<m.first).contains { k in
            grammar.isWord(k, "back")
                && (1...2).contains { d in
                    k - d >= from && (grammar.isWord(k - d, "pushed") || grammar.isWord(k - d, "put") || grammar.isWord(k - d, "moved"))
                }
        }
    }

    /// The sentence around token `i` puts something off: "extended", "postponed", "delayed".
    static func defers(around i: Int, _ grammar: Grammar) -> Bool {
        deferralVerbs.contains { grammar.sentenceMentions(word: $0, around: i) }
    }

    /// A weekday, or a clock time on a weekday or a yearless day: what a deadline places ahead.
    static func isDayToBeAnchored(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .weekday(_, let direction, _): return direction == 0
        case .clock(let base?, _): return isDayToBeAnchored(base) || isYearlessDay(base)
        default: return false
        }
    }

    static func isYearlessMonth(_ meaning: Meaning) -> Bool {
        if case .calendar(let f) = meaning { return f.year == nil && f.month != nil && f.day == nil }
        if case .weekOfMonth(let f, _) = meaning { return f.year == nil }
        return false
    }

    /// Counted from the date mentioned before ("the next day", "a week later").
    static func isAnaphoric(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .anaphoric: return true
        case .clock(let base?, _): return isAnaphoric(base)  // "the next morning"
        case .range(let a, let b): return isAnaphoric(a) || isAnaphoric(b)
        default: return false
        }
    }

    /// The day of a stamp: the prose day (`value`, parsed only now; within a week of the
    /// publication: "The treaty was signed on Sept. 8, 1951. ¶ 10:00 The ceremony begins" is
    /// the publication day's), or nil for the publication day.
    static func stampDay(_ value: Substring?, publication: CalendarDay?, heading: Bool = false) -> CalendarDay? {
        guard let value, let day = CalendarDay(iso: String(value)) else { return nil }
        if heading { return day }
        return publication.map { abs($0.ordinal - day.ordinal) <= 7 } ?? true ? day : nil
    }

    /// The mention writes a month and a day ("Thursday, March 12", "March 3 at 9 a.m.").
    static func namesMonthAndDay(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .calendar(let f): return f.month != nil && f.day != nil
        case .clock(let base?, _): return namesMonthAndDay(base)
        default: return false
        }
    }

    /// A clock time without a day: opening a paragraph ("13:20 Latvia's armed forces say ...",
    /// "11:40 - Yesterday, the ministry reported ..."), a live blog's stamp.
    /// A weekday opening a line before a colon: a digest's label ("Tuesday: NATO said ...").
    static func isDigestLabel(_ m: Mention, _ grammar: Grammar) -> Bool {
        guard case .weekday(_, 0, _) = m.meaning, grammar.tokens[m.first].newlineBefore || m.first == 0 else { return false }
        // Or alone on its line: a calendar's heading ("**Monday**" over its entries).
        return grammar.punct(m.end, 0x3A) || grammar.nextLine(after: m.end) != nil
    }

    /// A digest's entry after its weekday label tells the past: a past verb ("said", "was", a
    /// past tense) among its first words.
    /// (A word in -ed after "is", "are", "be" or a determiner is a passive's or an adjective's:
    /// "Talks are scheduled in Oslo", "Ministers meet in a closed session" look ahead.)
    static func entryTellsThePast(_ m: Mention, _ grammar: Grammar) -> Bool {
        ((m.end + 1)..<min(grammar.tokens.count, m.end + 8)).contains { k in
            if grammar.isKey(k, .said) || grammar.isKey(k, .was) || grammar.isKey(k, .were) { return true }
            let participle =
                grammar.key(k) == .pastVerb
                || grammar.tokens[k].kind == .word && !grammar.tokens[k].capitalized && grammar.wordLength(k) >= 5
                    && grammar.bytes[grammar.tokens[k].end - 1] == UInt8(ascii: "d") && grammar.bytes[grammar.tokens[k].end - 2] == UInt8(ascii: "e")
            guard participle else { return false }
            return !["is", "are", "am", "be", "been", "being", "a", "an", "the", "its", "their"].contains(where: { grammar.isWord(k - 1, $0) })
        }
    }

    /// The tense of the first sentence under a weekday standing alone on its line (a heading),
    /// when it has one.
    static func headingsTense(_ m: Mention, _ grammar: Grammar) -> Tense? {
        guard grammar.tokens[m.first].newlineBefore || m.first == 0, let j = grammar.nextLine(after: m.end), grammar.tokens[j].kind == .word
        else { return nil }
        let t = grammar.tense(around: j, j + 1)
        return t == .unknown ? nil : t
    }

    static func isBareClock(_ m: Mention) -> Bool {
        guard case .clock(nil, _) = m.meaning else { return false }
        return true
    }

    /// A count of weeks from the date mentioned before: "a week later", "two weeks after", "one
    /// week earlier" (not "the following week", "the week before": the whole week).
    static func countsWeeksFrom(_ m: Mention, _ grammar: Grammar) -> Bool {
        guard case .anaphoric(let unit, let n) = m.meaning, unit == .week || unit == .fortnight, n != 0, m.end - m.first == 3 else { return false }
        let last = m.end - 1
        guard grammar.isKey(last, .earlier) || grammar.isKey(last, .later) || grammar.isKey(last, .before) || grammar.isKey(last, .after)
        else { return false }
        if grammar.tokens[m.first].kind == .number { return true }
        if case .cardinal = grammar.lex(m.first) { return true }
        let first = grammar.lower(m.first)
        return first == "a" || first == "one"
    }

    /// A quarter without a year ("the third quarter", "third-quarter"): its number.
    static func yearlessQuarter(_ meaning: Meaning) -> Int? {
        switch meaning {
        case .calendar(let f), .near(let f, 0): return f.year == nil ? f.quarter : nil
        default: return nil
        }
    }

    /// A yearless quarter that names the results of the one just ended, in a sentence about the
    /// future: it modifies a word for results ("third-quarter earnings", "the fourth quarter's
    /// results"), that quarter ended at most 60 days before the reference (the weeks in which
    /// results are reported), and the sentence does not say "next year". "said its
    /// third-quarter earnings will be lower", written on October 30, is the third quarter just
    /// ended; "will boost first-quarter revenue", written in June, "in the third quarter sales
    /// will rise" (the quarter is the time of the rising) and "expects a third-quarter deficit
    /// next year" look ahead.
    static func reportsRecentQuarter(_ m: Mention, _ grammar: Grammar, reference ref: CalendarDay) -> Bool {
        guard let q = yearlessQuarter(m.meaning), m.end - m.first >= 3 else { return false }
        // (Hyphenated, "third-quarter", or a possessive, "the fourth quarter's".)
        let possessive = namesResults(after: m.end, grammar) && grammar.tokens[m.end].kind == .punct
        guard possessive || grammar.isDash(m.end - 2) && namesResults(after: m.end, grammar) else { return false }
        let current = (ref.month + 2) / 3
        let year = q < current ? ref.year : ref.year - 1
        guard let ended = CalendarDay(year: year, month: q * 3, day: q == 1 || q == 4 ? 31 : 30) else { return false }
        guard ref.ordinal - ended.ordinal <= 60 else { return false }
        let from = grammar.sentenceStart(m.first)
        let to = grammar.sentenceEnd(m.first)
        return !(from..<to).contains { grammar.isKey($0, .next) && grammar.unit($0 + 1) == .year }
    }

    /// The words that name a period's reported results ("third-quarter earnings").
    static let resultNouns: Set<String> = [
        "earnings", "profit", "profits", "loss", "losses", "results", "sales", "revenue", "revenues", "income", "net", "figures",
        "output", "shipments", "deficit", "surplus", "growth", "performance",
    ]

    /// Token `i` (right after a date) names results: "third-quarter earnings", "the fourth
    /// quarter's results".
    static func namesResults(after i: Int, _ grammar: Grammar) -> Bool {
        guard i < grammar.tokens.count else { return false }
        var j = i
        // (The possessive: "the quarter's results".)
        if grammar.isApostrophe(j), grammar.isWord(j + 1, "s") { j += 2 }
        return j < grammar.tokens.count && grammar.tokens[j].kind == .word && resultNouns.contains(grammar.lower(j))
    }

    static func isYearlessDay(_ meaning: Meaning) -> Bool {
        if case .calendar(let f) = meaning { return f.year == nil && f.day != nil && f.weekday == nil }
        if case .weekOf(let day, _) = meaning { return isYearlessDay(day) }
        return false
    }

    static func needsTense(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .calendar(let f): return f.year == nil
        case .weekday(_, let d, _): return d == 0
        case .near(_, let d): return d == 0
        case .clock(let base, _): return base.map(needsTense) ?? false
        case .range(let a, let b): return needsTense(a) || needsTense(b)
        case .weekOf(let day, _): return needsTense(day)
        case .weekOfMonth(let f, _): return f.year == nil
        case .dayOfMonth, .dayOfMonthIn: return true
        default: return false
        }
    }
}

extension Grammar {
    /// The first token of the sentence containing token `i`.
    /// The scan for a sentence boundary stops this many tokens away: an unpunctuated wall of
    /// text is read as sentences of at most that length, so the work per expression is bounded.
    static let sentenceReach = 80

    func sentenceStart(_ i: Int) -> Int {
        var j = i
        let floor = max(0, i - Grammar.sentenceReach)
        while j > floor {
            if tokens[j].newlineBefore { return j }
            let p = tokens[j - 1]
            if p.kind == .punct {
                if p.value == 0x2E || p.value == 0x21 || p.value == 0x3F, tokens[j].capitalized || tokens[j].kind != .word {
                    // "Jan. 30" is not a sentence end: a period glued to an abbreviation followed by
                    // a number; nor is the period of "Gen. Smith", "Roe vs. Wade" or an initial
                    // ("U.S. troops", "J. Smith").
                    if !(p.value == 0x2E && (tokens[j].kind == .number || isTitleAbbreviation(j - 2) || isInitial(j - 2))) { return j }
                } else if j >= 2, p.value == 0x22 || p.value == 0x201D || p.value == 0x2019, tokens[j].capitalized, glued(j - 1),
                    tokens[j - 2].kind == .punct, tokens[j - 2].value == 0x2E || tokens[j - 2].value == 0x21 || tokens[j - 2].value == 0x3F
                {
                    // (A closing quote after the mark: '... across the Taiwan Strait." On Monday, ...'.)
                    return j
                }
            }
            j -= 1
        }
        return floor
    }

    /// The sentence of token `i` has a verb in the past perfect: "had", perhaps an adverb, and
    /// a verb ("had lost", "had just sat down", "had already been", "had begun", "had fallen");
    /// not "had" as a main verb ("had a meeting", "had no choice", "had to leave", "had two").
    func hasPastPerfect(around i: Int) -> Bool {
        let from = sentenceStart(i)
        let to = sentenceEnd(i)
        var j = from
        while j < to {
            if isKey(j, .had) {
                var k = j + 1
                while k < to, k < j + 3, ["just", "already", "not", "never", "also", "long", "since", "recently"].contains(where: { isWord(k, $0) }) {
                    k += 1
                }
                if k < to, tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].lexeme == .none || key(k) == .pastVerb || isWord(k, "been"),
                    !Grammar.infinitiveBlockers.contains(lower(k)),
                    !["to", "no", "some", "any", "more", "less", "much", "many", "little", "few", "one", "two", "three", "several", "enough"]
                        .contains(lower(k))
                {
                    return true
                }
            }
            j += 1
        }
        return false
    }

    /// The index after the last token of the sentence containing token `i`.
    func sentenceEnd(_ i: Int) -> Int {
        var j = i
        let ceiling = min(tokens.count, i + Grammar.sentenceReach)
        while j < ceiling {
            if j > i && tokens[j].newlineBefore { return j }
            let t = tokens[j]
            if t.kind == .punct, t.value == 0x2E || t.value == 0x21 || t.value == 0x3F {
                if j + 1 >= tokens.count || tokens[j + 1].capitalized || tokens[j + 1].newlineBefore,
                    t.value != 0x2E || j + 1 >= tokens.count || tokens[j + 1].newlineBefore || !isTitleAbbreviation(j - 1) && !isInitial(j - 1)
                {
                    return j + 1
                }
                // (A closing quote glued after the mark ends it too.)
                if j + 2 < tokens.count, tokens[j + 1].kind == .punct,
                    tokens[j + 1].value == 0x22 || tokens[j + 1].value == 0x201D || tokens[j + 1].value == 0x2019, glued(j + 1),
                    tokens[j + 2].capitalized || tokens[j + 2].newlineBefore
                {
                    return j + 2
                }
            }
            j += 1
        }
        return ceiling
    }

    /// The tense of the verb nearest the expression in its sentence: future for "will",
    /// "shall", "plans to", "is expected to", "next"; past for "was", "had", "ago", "last", a
    /// verb in -ed or an irregular past tense ("met", "began"). Reporting verbs ("said",
    /// "told") are skipped: "will meet on Friday, he said" is about the future. Unknown when
    /// the sentence has neither.
    func tense(around first: Int, _ end: Int) -> Tense { tense(around: first, end, within: Int.max) }

    /// The tense relative to the publication date: as ``tense(around:_:)``, but what a past
    /// verb of intention introduces ("agreed to expand the exercise in 2013-2014") is in the
    /// past's future, not necessarily after the publication (the inference of a publication
    /// date asks this).
    func tenseFromPublication(around first: Int, _ end: Int) -> Tense { tense(around: first, end, within: Int.max, intent: false) }

    /// The tense of a marker at most `within` tokens from the expression ("was signed on").
    func tense(around first: Int, _ end: Int, within: Int, intent: Bool = true, clauseBefore: Bool = false) -> Tense {
        var from = sentenceStart(first)
        var to = sentenceEnd(max(first, end - 1))
        if clauseBefore {
            // Only the cues of the expression's own clause before it (from the last comma,
            // semicolon or colon).
            var k = first - 1
            while k > from, !(punct(k, 0x2C) || punct(k, 0x3B) || punct(k, 0x3A)) { k -= 1 }
            from = k > from ? k + 1 : from
            to = first
        }
        // "Talks that started on Monday will continue through Friday": a past verb opening a
        // relative clause right before the date is the date's.
        if !clauseBefore, first >= 3, isKey(first - 1, .on) || isKey(first - 1, .in_),
            isKey(first - 3, .that) || isWord(first - 3, "which") || isWord(first - 3, "who"),
            tokens[first - 2].kind == .word, !tokens[first - 2].capitalized,
            key(first - 2) == .pastVerb && !isParticiple(first - 2, irregular: true)
                || wordLength(first - 2) >= 5
                    && bytes[tokens[first - 2].end - 1] == UInt8(ascii: "d") && bytes[tokens[first - 2].end - 2] == UInt8(ascii: "e")
        {
            return .past
        }
        // "In September, it announced ...": an opening adverbial dates the verb right after it.
        if within == Int.max, !clauseBefore, let opening = openingAdverbialVerbTense(from: from, first: first, end: end, to: to) { return opening }
        // The nearest cue outside quotations and the nearest inside one: a cue inside a
        // quotation counts only for an expression inside it, and one outside only for an
        // expression outside ("'... nobody imagined we would be here so soon,' Mr Hale said on
        // Tuesday" is past). Which one applies is known once the scan reaches the expression.
        var outside: (distance: Int, tense: Tense)?
        var inside: (distance: Int, tense: Tense)?
        var quoted = false
        var expressionQuoted = false
        var best: (distance: Int, tense: Tense)? {
            get { quoted ? inside : outside }
            set { if quoted { inside = newValue } else { outside = newValue } }
        }
        // "voted to confirm him on Tuesday": a weekday dates the voting, not what it decided.
        let datesAWeekday = (first..<end).contains { weekday($0) != nil }
        // "began on June 27 and runs until Aug. 1", "which left Sydney in late August, would
        // next take part": a verb past "and" or a comma right after the expression is another
        // clause's, two steps further than a verb as near before it.
        let joined = isKey(end, .and) || punct(end, 0x2C) || punct(end, 0x3B) || isWord(end, "but")
        // A clause a subordinator opens right after the date's comma ("On Friday, after talks
        // collapsed in Geneva, the envoys will brief the council"; "in the third quarter, after a
        // tender that has already slipped twice"): its past verbs count only when the sentence
        // has no future cue of its own.
        var subordinate: Range<Int>?
        if punct(end, 0x2C), has(end + 1), tokens[end + 1].kind == .word, Grammar.clauseOpeners.contains(lower(end + 1)) {
            var k = end + 1
            while k < to, !punct(k, 0x2C), !punct(k, 0x3B) { k += 1 }
            subordinate = (end + 1)..<k
        }
        var deferredPast: Int?
        func note(_ j: Int, _ t: Tense, deferring: Bool = true) {
            if deferring, t == .past, subordinate?.contains(j) == true {
                if deferredPast == nil { deferredPast = j }
                return
            }
            let d = j < first ? first - j : j - end + 1 + (joined ? 2 : 0)
            // (A tie goes to the future, but not to another clause's verb: "met in Washington on
            // Monday and will meet again in June" is past.)
            // ("Lawmakers voted on Monday to begin impeachment proceedings": past the date, an
            // infinitive's verb tells the purpose, not the date's tense.)
            if t == .future, j > end, isKey(end, .to), best?.tense == .past { return }
            // ("met her counterpart on Monday and flies to Seoul on Wednesday": a verb past "and"
            // or a comma is another clause's, and does not outweigh the date's own past verb.)
            if t == .future, j > end, joined, best?.tense == .past { return }
            if best == nil || d < best!.distance || (d == best!.distance && t == .future && !(joined && j >= end)) { best = (d, t) }
        }
        var j = from
        while j < to {
            if tokens[j].kind == .punct, isQuoteMark(j) { quoted.toggle() }
            if j == first { expressionQuoted = quoted }
            if j >= first && j < end {
                j += 1
                continue
            }
            // "warnings from Moscow on Thursday that air strikes could harm ties": a clause
            // opened by "that" right after the expression has its own verb, not the
            // expression's.
            if j == end, isKey(j, .that), (expressionQuoted ? inside : outside) == nil, !opensRelativeClause(j) {
                // "told a news conference on Tuesday that the blockade might be extended",
                // "warned Moscow on Tuesday that ...": the date dates the telling, a past
                // reporting verb a few words before it (in its clause), and what was told has
                // its own tense. Not a passive or an infinitive ("are to be told on Friday
                // that ..."), nor a relative clause ("confirmed talks on Friday that will
                // focus on ...": the date is the talks').
                var k = first - 1
                while k >= from, k >= first - 6, !(punct(k, 0x2C) || punct(k, 0x3B)) {
                    if tokens[k].isIn(.reportingVerb), !isWord(k, "says") {
                        if !(isKey(k - 1, .to) || ["be", "been", "being", "is", "are", "am", "was", "were"].contains(where: { isWord(k - 1, $0) })) {
                            note(k, .past)
                        }
                        break
                    }
                    k -= 1
                }
            }
            if j == end, isKey(j, .that), (expressionQuoted ? inside : outside) != nil { break }
            // "subpoenaed Elian to testify before the committee on Feb. 10": in the date's own
            // clause, an infinitive after a past verb is the date's verb, and has no tense.
            if clauseBefore, best?.tense == .past, isKey(j, .to), has(j + 1), tokens[j + 1].kind == .word, !tokens[j + 1].capitalized,
                tokens[j + 1].lexeme == .none
            {
                best = nil
            }
            // "when the case is heard in May", "the summit is held on Friday": a present passive
            // right before the date is a timetable, and looks ahead ("is dated" tells a date).
            // (The cheap tests first: the tense scan runs for most expressions.)
            if j >= first - 2, j < first, j == first - 1 || isKey(first - 1, .in_) || isKey(first - 1, .on), tokens[j].kind == .word,
                !tokens[j].capitalized, isWord(j - 1, "is") || isWord(j - 1, "are"),
                key(j) == .pastVerb || Grammar.timetableParticiples.contains(lower(j))
            {
                note(j, .future)
                j += 1
                continue
            }
            // "The president is to visit Seoul on Monday": "is to" and a plain verb, an
            // arrangement ahead ("was to visit" is a plan of the past).
            if isKey(j, .to), j >= 1, j < first, isWord(j - 1, "is") || isWord(j - 1, "are"), has(j + 1), tokens[j + 1].kind == .word,
                !tokens[j + 1].capitalized, isPlainWord(j + 1), key(j + 1) != .pastVerb
            {
                note(j, .future)
                j += 1
                continue
            }
            // "The vote is on Friday", "The talks are on Monday": a present copula right before a
            // weekday's "on" is a timetable ("was on Friday" is past).
            if datesAWeekday, j == first - 2, isKey(first - 1, .on), isWord(j, "is") || isWord(j, "are") {
                note(j, .future)
                j += 1
                continue
            }
            // "are meeting again on Friday": a present progressive right before a weekday is an
            // arrangement, ahead.
            // ("NATO is holding a summit in The Hague on Friday": in the date's clause, no comma
            // between.)
            if datesAWeekday, j >= first - 8, j < first, isPresentProgressive(j), !(j..<first).contains(where: { punct($0, 0x2C) || punct($0, 0x3B) })
            {
                note(j, .future)
                j += 1
                continue
            }
            // "is to be completed in October", "are expected to be finished by June": a passive
            // infinitive looks ahead ("was to be completed" is a plan of the past); so does a
            // passive after "will" or "would", as its active does ("The agreement will be signed
            // on 3 March" in a text of 10 March is next year's).
            // (The cheap tests first: the scan runs over every word.)
            if j >= 3, tokens[j].kind == .word, isKey(j - 2, .to) || isKey(j - 2, .will) || isKey(j - 2, .would),
                key(j) == .pastVerb
                    || wordLength(j) >= 5 && bytes[tokens[j].end - 1] == UInt8(ascii: "d") && bytes[tokens[j].end - 2] == UInt8(ascii: "e"),
                !tokens[j].capitalized, isWord(j - 1, "be"), !(isWord(j - 3, "was") || isWord(j - 3, "were"))
            {
                note(j, .future)
                j += 1
                continue
            }
            // "we are coordinating to hold it in Washington in May", "is working to finish the
            // pier by June": a present progressive before an infinitive looks ahead, for a date
            // in the infinitive's clause ("is continuing to try to sell itself, under a June
            // agreement" is not).
            // (Only verbs of arranging or working towards something: "are trying to determine the
            // cause of the May 3 crash" looks back.)
            if isKey(j, .to), j >= 2, j < first, first - j <= 8, !((j + 1)..<first).contains(where: { punct($0, 0x2C) || punct($0, 0x3B) }),
                has(j + 1), tokens[j + 1].kind == .word, !tokens[j + 1].capitalized, !Grammar.infinitiveBlockers.contains(lower(j + 1)),
                isPresentProgressive(j - 1), Grammar.arrangingVerbs.contains(lower(j - 1))
            {
                note(j, .future)
                j += 1
                continue
            }
            switch key(j) {
            case .will?, .shall?, .upcoming?, .intends?, .aims?, .next?, .coming?:
                // ("the blasts next to the U.S. embassies" is a place; "met on Friday to plan next
                // year's drills": a possessive's "next" tells its noun's time, not a verb's.)
                if !(isKey(j, .next) && (isKey(j + 1, .to) || isApostrophe(j + 2) && isWord(j + 3, "s"))) { note(j, .future) }
            case .plans?, .plan?, .planned?, .expected?, .going?:
                // "plans to hold", "was planned for early March": the plan's time lies ahead
                // ("unveiled plans for a new base in March" dates the unveiling).
                // "is expected in the second half of the year" looks ahead too.
                if isKey(j + 1, .to) || (isKey(j, .planned) && isWord(j + 1, "for")) || (isKey(j, .expected) && afterPresentBe(j))
                    || (isKey(j, .plan) || isKey(j, .plans)) && isPlanWithObject(j)
                {
                    note(j, .future)
                } else if isKey(j, .planned), !tokens[j].capitalized, !isParticiple(j, irregular: true), !isWord(j - 1, "was"),
                    !isWord(j - 1, "were"), !(isWord(j - 1, "s") && isApostrophe(j - 2)), !isWord(j - 1, "as")
                {
                    // "The ministry planned in March to buy frigates": the verb, past, and the
                    // date between it and its "to" dates the planning (not "the planned visit",
                    // nor "was planned", whose "was" speaks).
                    note(j, .past)
                }
            case .due?:
                // "is due to arrive" and "the report is due on Friday" look ahead; "due to its
                // loss" gives a cause.
                // ("is due mainly to lower sales", "due in part to a strike" give causes.)
                // ("the last section, due in October": a reduced relative, ahead too.)
                if isKey(j + 1, .to)
                    ? has(j - 1) && ["is", "are", "was", "were", "be", "s"].contains(lower(j - 1)) && !introducesCause(j + 2)
                    : (afterPresentBe(j)
                        || punct(j - 1, 0x2C) && (isKey(j + 1, .in_) || isKey(j + 1, .on) || isKey(j + 1, .by)) && !asideClosesInThePast(j)
                        // ("Oslo has ordered three more, the first due in 2029": a noun's; not "a
                        // payment that fell due on Friday", "came due", "originally due".)
                        || has(j - 1) && tokens[j - 1].kind == .word && !tokens[j - 1].capitalized
                            && !Grammar.notBeforeDue.contains(lower(j - 1)) && !lower(j - 1).hasSuffix("ly")
                            && (isKey(j + 1, .in_) || isKey(j + 1, .on) || isKey(j + 1, .by)) && !asideClosesInThePast(j))
                        && !(j + 2...j + 4).contains { isKey($0, .to) }
                {
                    note(j, .future)
                }
            case .would?:
                note(j, .future)
            case .scheduled?:
                // ("arrived on Saturday for a scheduled port call": an adjective after a
                // determiner tells no tense; "had pencilled in talks for March" is a plan of the
                // past.)
                // ("have pencilled in a meeting for October" and "is pencilled in for May" look
                // ahead; "was pencilled in for October, was shelved" and "had been pencilled in"
                // tell of a plan of the past by their own verbs.)
                let pencilled = isWord(j, "pencilled") || isWord(j, "penciled")
                if !(isKey(j - 1, .a) || isKey(j - 1, .an) || isKey(j - 1, .the) || isWord(j - 1, "its") || isWord(j - 1, "their")
                    || isKey(j - 1, .had)),
                    !pencilled || ["have", "has", "is", "are", "ve"].contains(where: { isWord(j - 1, $0) })
                        || isWord(j - 1, "been") && (isWord(j - 2, "have") || isWord(j - 2, "has"))
                {
                    note(j, .future)
                }
            case .start?:
                if !isKey(j - 1, .the) { note(j, .future) }  // "the talks start on Monday"
            // (Only before the date: "North Korea's launch on Sunday leaves Seoul on high alert"
            // is no journey.)
            case nil where j < first && !tokens[j].capitalized && (isTravelVerbToAPlace(j) || isFirstPersonTravel(j)):
                note(j, .future)
            case nil where tokens[j].isIn(.scheduledPresent):
                // "the talks open on Saturday": a present tense of the timetable; not the plain verb
                // after "did" ("did meet in Washington in early July" is past).
                if !(isWord(j - 1, "did") || isWord(j - 1, "does") || isWord(j - 1, "do")) { note(j, .future) }
            case nil where tokens[j].isIn(.futureModal):
                // "could come as early as Tuesday", "is set to resume", "set for Monday"; "set
                // Friday as the deadline" is a past act of setting; "could have met on Tuesday" is
                // a guess about the past.
                // "was planning in March to buy frigates": a date between "planning" and its "to"
                // dates the planning, whose tense is the "was".
                let datesThePlanning =
                    isWord(j, "planning") && (j == first - 1 || j == first - 2 && (isKey(first - 1, .in_) || isKey(first - 1, .on)))
                    && isKey(end, .to)
                if !isWord(j, "set") || isKey(j + 1, .to) || isWord(j + 1, "for"), !isWord(j + 1, "have") || isKey(j + 2, .to), !datesThePlanning {
                    note(j, .future)
                }
            case .was?, .were?, .had?, .did?, .ago?, .yesterday?:
                note(j, .past)
            case .said? where j == end + 1 && punct(end, 0x2C):
                // "The minister, speaking on Friday, said he flies to Kyiv on Monday": the saying
                // right after the date is its verb (what was said has its own).
                note(j, .past)
            case .last?:
                // ("the last section of the line will be finished", "its last patrol": an
                // ordinal after a determiner tells no tense.)
                if !(isKey(j - 1, .the) || ["its", "their", "his", "her", "our", "s"].contains(where: { isWord(j - 1, $0) })) { note(j, .past) }
            case .pastVerb?:
                if !tokens[j].capitalized, !isParticiple(j, irregular: true), !isOtherUseOfPastVerb(j) { note(j, .past) }
            default:
                if month(j) == 5, !tokens[j].capitalized {
                    // Lower-case "may" is the modal, not the month. Before a plain verb it looks
                    // ahead ("may meet on Tuesday", "may have to cancel flights on Friday"); "may
                    // be linked to a blast in December" and "may have met" are guesses about the past.
                    if isKey(j + 1, .have) || isWord(j + 1, "have")
                        ? isKey(j + 2, .to) : has(j + 1) && tokens[j + 1].kind == .word && isPlainWord(j + 1) && !isWord(j + 1, "be")
                    {
                        note(j, .future)
                    }
                } else if isApostrophe(j), glued(j + 1), isWord(j + 1, "ll") {
                    note(j, .future)
                } else if j == first - 1, wordLength(j) == 3, isWord(j, "eta") {
                    // "proceeding toward Jeddah, ETA Thursday": an expected time of arrival.
                    note(j, .future)
                } else if !intent, isPresentIntention(j) {
                    // "hopes to conclude a code of conduct by 2026": ahead of the publication
                    // (asked when inferring it). The tagger itself leaves these be: "expects to
                    // report a third-quarter loss" reports a quarter that is over.
                    note(j, .future)
                } else if tokens[j].kind == .word, !tokens[j].capitalized, tokens[j].lexeme == .none, wordLength(j) >= 5 {
                    let e = tokens[j].end
                    if bytes[e - 1] == UInt8(ascii: "d"), bytes[e - 2] == UInt8(ascii: "e"), !tokens[j].isIn(.reportingVerb), !isParticiple(j),
                        !isCompoundPart(j)
                    {
                        // "decided to admit them in early March": the date is the time of
                        // what was decided, which lies after the deciding.
                        note(j, intent && j < first && !datesAWeekday && introducesIntent(j) ? .future : .past)
                    }
                }
            }
            j += 1
        }
        if let j = deferredPast, (expressionQuoted ? inside : outside)?.tense != .future {
            // (A subordinate clause's past verb, the sentence having no future of its own.)
            let q = quoted
            quoted = expressionQuoted
            note(j, .past, deferring: false)
            quoted = q
        }
        let found = expressionQuoted ? inside : outside
        if found == nil, within == Int.max, !clauseBefore {
            // A headline's "Hegseth to visit Tokyo on Friday", "Japan, Philippines to hold talks
            // on Monday", "U.S. to deploy ...": names, "to" and a plain verb, with no tense in the
            // sentence, are a plan. (Only names before "to": "China uses water cannon at Second
            // Thomas Shoal to block resupply on Sunday" is not.)
            var k = from
            while k + 1 < first, tokens[k].kind != .word || tokens[k].capitalized || (isWord(k, "s") && isApostrophe(k - 1)) || isKey(k, .to) {
                if isKey(k, .to), k > from, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, isPlainWord(k + 1) { return .future }
                k += 1
            }
        }
        guard let found, found.distance <= within else { return .unknown }
        return found.tense
    }

    /// The aside opened at `j` ("the launch, due in September, was postponed") closes with a
    /// comma before a verb in the past: what was due is told of as past.
    func asideClosesInThePast(_ j: Int) -> Bool {
        var k = j + 1
        while has(k), k < j + 12, !punct(k, 0x2C), !punct(k, 0x2E) { k += 1 }
        guard punct(k, 0x2C), has(k + 1) else { return false }
        return isKey(k + 1, .was) || isKey(k + 1, .were) || isKey(k + 1, .had) || key(k + 1) == .pastVerb
            || tokens[k + 1].kind == .word && !tokens[k + 1].capitalized && wordLength(k + 1) >= 5
                && bytes[tokens[k + 1].end - 1] == UInt8(ascii: "d") && bytes[tokens[k + 1].end - 2] == UInt8(ascii: "e")
    }

    /// Word `j` is a verb of hope or expectation in the present with "to" at most three words
    /// after it: "hopes to conclude ... by 2026", "Analysts expect Vietnam to complete its
    /// projects by mid-2026". (The past, "hoped to finish by March", tells nothing of now.)
    func isPresentIntention(_ j: Int) -> Bool {
        guard tokens[j].kind == .word, !tokens[j].capitalized, tokens[j].lexeme == .none else { return false }
        let n = wordLength(j)
        guard n >= 3, n <= 7, Grammar.intentionFirstBytes.contains(bytes[tokens[j].start] | 0x20) else { return false }
        // (Compared in place: this is asked of every word of a sentence.)
        guard Grammar.presentIntentionWords.contains(where: { isWord(j, $0) }) else { return false }
        return (j + 1...j + 3).contains { isKey($0, .to) }
    }

    static let presentIntentionWords: [StaticString] = ["hope", "hopes", "expect", "expects", "want", "wants", "seek", "seeks", "aim", "intend"]

    /// "plan" or "plans" a verb with its object, after its subject: "the two navies plan a
    /// first joint patrol in 2027" (not "the plan", "Russia's plans", "its plans for 2014").
    func isPlanWithObject(_ j: Int) -> Bool {
        guard j > 0, tokens[j - 1].kind == .word, !tokens[j].capitalized, has(j + 1) else { return false }
        return Grammar.planObjects.contains { isWord(j + 1, $0) } && !Grammar.planDeterminers.contains { isWord(j - 1, $0) }
    }

    /// The words that open "plan"'s object, and those that make "plan" a noun before it.
    static let planObjects: [StaticString] = ["a", "an", "another", "further", "more", "joint", "new"]
    static let planDeterminers: [StaticString] = [
        "the", "a", "an", "its", "their", "our", "his", "her", "my", "your", "this", "that", "these", "those", "s", "new", "any", "no",
    ]
    static let intentionFirstBytes: Set<UInt8> = Set(presentIntentionWords.map { $0.utf8Start.pointee })

    enum EventNoun { case scheduled, incident }

    /// A noun of an event among the four words before the preposition at `p`: one that is
    /// scheduled ("the drills", "a vote in the Diet") or one that happens ("the incident", "the
    /// crash in Okinawa").
    func eventNounBefore(_ p: Int) -> EventNoun? {
        var k = p - 1
        while k >= 0, k >= p - 4 {
            if tokens[k].kind == .word, !tokens[k].capitalized {
                let w = lower(k)
                if Grammar.scheduledEventNouns.contains(w) { return .scheduled }
                if Grammar.incidentNouns.contains(w) { return .incident }
            }
            k -= 1
        }
        return nil
    }

    static let scheduledEventNouns: Set<String> = [
        "drills", "drill", "exercise", "exercises", "review", "parade", "vote", "election", "elections", "session", "call", "summit",
        "talks", "meeting", "visit", "ceremony", "conference", "hearing", "trial", "festival", "anniversary", "celebration", "event",
        "games", "polls", "referendum", "rally", "forum", "dialogue", "negotiations", "round", "deadline", "launch", "inauguration",
    ]
    static let incidentNouns: Set<String> = [
        "incident", "crash", "attack", "attacks", "collision", "ramming", "explosion", "blast", "accident", "clash", "clashes",
        "shooting", "killing", "incursion", "intrusion", "strike", "strikes", "raid", "bombing", "sinking",
    ]

    /// Token `i` opens or closes a quotation: a double quote, a curly single one at a word's
    /// start, or a single one at its end; not an apostrophe inside a word ("Hale's") or
    /// before a number ("the '90s").
    func isQuoteMark(_ i: Int) -> Bool {
        guard tokens[i].kind == .punct else { return false }
        let v = tokens[i].value
        if v == 0x22 || v == 0x201C || v == 0x201D { return true }
        guard v == 0x27 || v == 0x2018 || v == 0x2019 else { return false }
        let wordBefore = i > 0 && glued(i) && tokens[i - 1].kind == .word
        let after = has(i + 1) && glued(i + 1) ? tokens[i + 1].kind : nil
        if wordBefore && after == .word { return false }  // "Hale's", "don't"
        if after == .number { return false }  // "the '90s", "'98"
        // "the defence ministers' meeting": a plural's possessive before the next word, unless a
        // single quote is open before it ("its 'Guardians' on Friday").
        if wordBefore, v != 0x2018, bytes[tokens[i - 1].end - 1] | 0x20 == UInt8(ascii: "s"), has(i + 1), !glued(i + 1), tokens[i + 1].kind == .word,
            !opensSingleQuoteBefore(i)
        {
            return false
        }
        return after == .word || !wordBefore || tokens[i].spaceBefore == false
    }

    /// An opening single quote (after a space or at the sentence's start, glued to a word after
    /// it) stands between the sentence's start and token `i`, at most 30 tokens back.
    func opensSingleQuoteBefore(_ i: Int) -> Bool {
        var k = i - 1
        let start = max(sentenceStart(i), i - 30)
        while k >= start {
            if tokens[k].kind == .punct, tokens[k].value == 0x27 || tokens[k].value == 0x2018, has(k + 1), glued(k + 1), tokens[k + 1].kind == .word,
                k == 0 || !glued(k)
            {
                return true
            }
            k -= 1
        }
        return false
    }

    /// Word `k` reads as a nationality's adjective ("Swedish", "Japanese", "Australian",
    /// "American", "French", "Dutch").
    func isDemonym(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, wordLength(k) >= 5 else { return false }
        let e = tokens[k].end
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard e - n >= tokens[k].start else { return false }
            return (0..<n).allSatisfy { bytes[e - n + $0] | 0x20 == s.utf8Start[$0] }
        }
        return ends("ish") || ends("ese") || ends("ian") || ends("can") || ends("ean") || ends("nch") || ends("tch")
    }

    /// Word `i` is a single capital letter glued to the period after it ("U." of "U.S.", "J.").
    func isInitial(_ i: Int) -> Bool {
        has(i) && has(i + 1) && tokens[i].kind == .word && wordLength(i) == 1 && tokens[i].capitalized && tokens[i + 1].start == tokens[i].end
    }

    /// Word `i` is a title or "vs" glued to the period after it ("Gen. Smith", "Roe vs.
    /// Wade"): that period ends no sentence.
    func isTitleAbbreviation(_ i: Int) -> Bool {
        guard has(i), has(i + 1), tokens[i].kind == .word, tokens[i + 1].start == tokens[i].end, wordLength(i) <= 4 else { return false }
        return Grammar.titleAbbreviationHashes.contains(wordHash(i))
    }

    static let titleAbbreviations = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "sen", "rep", "gov", "vs", "rev",
        "hon", "amb", "brig", "cpl", "pvt",
    ]
    /// The lexicon hashes of ``titleAbbreviations`` (looked up without building a string).
    static let titleAbbreviationHashes = Set(titleAbbreviations.map { Lexicon.hash($0) })

    /// Past participle `j` carries no past tense of its own: after "is", "are", "am", "being"
    /// or "be" (with at most an adverb in -ly between) it is a passive whose tense lies in the
    /// word before ("will be named for a mission in December"); after "a", "an", "the", "its",
    /// "their", "his", "her" or "our" (with at most an adverb in -ly or "still" between) and
    /// before a noun it is an adjective ("a still unspecified date in January"; "the assembly
    /// approved the budget" is a verb).
    ///
    /// An -ed form after "could be" keeps its past reading ("could be located on Wednesday" is
    /// as often the past of "can"); an irregular one does not ("elections could be held in
    /// March").
    func isParticiple(_ j: Int, irregular: Bool = false) -> Bool {
        var k = j - 1
        guard has(k), tokens[k].kind == .word else { return false }
        func passive(_ k: Int) -> Bool? {
            if isWord(k, "is") || isWord(k, "are") || isWord(k, "being") || isWord(k, "am") { return true }
            if isWord(k, "be") { return irregular || !isWord(k - 1, "could") }
            return nil
        }
        if let p = passive(k) { return p }
        if isLyAdverb(k) {
            k -= 1  // "is widely expected", "a newly appointed"
            if let p = passive(k) { return p }
        } else if isWord(k, "still") {
            k -= 1
        } else if tokens[k].capitalized, isKey(k - 1, .the) || isWord(k - 1, "its") || isWord(k - 1, "their"), isDemonym(k) {
            k -= 1  // "the Swedish armed forces": a nationality's adjective between
        }
        // (After a compound adjective after a determiner: "a large-scale combined air exercise".)
        let afterCompound = punct(k - 1, 0x2D) && glued(k) && isCompoundPart(k)
        guard
            afterCompound || isKey(k, .the) || isKey(k, .a) || isKey(k, .an) || isWord(k, "its") || isWord(k, "their")
                || isWord(k, "his") || isWord(k, "her") || isWord(k, "our")
        else { return false }
        // An adjective comes before its noun: "the planned visit", "a revised budget".
        guard has(j + 1), tokens[j + 1].kind == .word, let next = key(j + 1) else { return has(j + 1) && tokens[j + 1].kind == .word }
        return ![.the, .a, .an, .of, .in_, .on, .at, .by, .to, .for_, .from, .since, .during, .until, .through, .and, .or, .that, .this]
            .contains(next)
    }

    /// Word `j` after "due to" opens a cause, not a verb: "due to the storm", "due to its
    /// losses", "due to rising costs".
    func introducesCause(_ j: Int) -> Bool {
        guard has(j), tokens[j].kind == .word else { return true }
        // "due to Russia's invasion" (but "due to Congress on Friday" is a deadline)
        if tokens[j].capitalized { return isApostrophe(j + 1) }
        if isKey(j, .the) || isKey(j, .a) || isKey(j, .an) || isKey(j, .this) || isKey(j, .that) || isKey(j, .these) { return true }
        if ["its", "their", "his", "her", "our", "those", "lack", "concerns", "fears", "delays"].contains(lower(j)) { return true }
        // "due to rising costs"; not "due to bring", "due to spring into action"
        let e = tokens[j].end
        let ing = wordLength(j) > 4 && bytes[e - 3] == UInt8(ascii: "i") && bytes[e - 2] == UInt8(ascii: "n") && bytes[e - 1] == UInt8(ascii: "g")
        return ing && !["bring", "spring", "swing", "sting", "string", "cling", "fling", "wring"].contains(lower(j))
    }

    /// Word `j` comes after "is", "are", "am" or "'s" (with at most an adverb in -ly between):
    /// "is due", "are widely expected".
    func afterPresentBe(_ j: Int) -> Bool {
        var k = j - 1
        guard has(k), tokens[k].kind == .word else { return false }
        if isLyAdverb(k) { k -= 1 }
        return isWord(k, "is") || isWord(k, "are") || isWord(k, "am") || (isWord(k, "s") && isApostrophe(k - 1))
    }

    /// Word `k` (a word token) is an adverb in -ly of more than three letters ("widely").
    func isLyAdverb(_ k: Int) -> Bool {
        wordLength(k) > 3 && bytes[tokens[k].end - 1] | 0x20 == UInt8(ascii: "y") && bytes[tokens[k].end - 2] | 0x20 == UInt8(ascii: "l")
    }

    /// An irregular past tense used otherwise: "won" after an amount is the currency ("1.5
    /// trillion won"), "left" after a count or "nothing" is what remains ("two days left"),
    /// "got" after "has" or "have" means "has" ("have got until Friday").
    func isOtherUseOfPastVerb(_ j: Int) -> Bool {
        if isCompoundPart(j) { return true }
        let p = j - 1
        guard has(p) else { return false }
        if isWord(j, "won") { return tokens[p].kind == .number || isWord(p, "million") || isWord(p, "billion") || isWord(p, "trillion") }
        if isWord(j, "left") { return unit(p) != nil || isWord(p, "nothing") || isWord(p, "little") || isWord(p, "much") || isWord(p, "none") }
        if isWord(j, "got") { return isKey(p, .has) || isKey(p, .have) || (isApostrophe(p) && isWord(p + 1, "ve")) || isWord(p, "ve") }
        return false
    }

    /// Word `j` is part of a compound modifier, no verb: joined by a hyphen to a word after it
    /// ("a closed-door workshop"), or to one before it when a determiner or a possessive comes
    /// before the compound ("a long-awaited review", "the state-owned yard", "its U.S.-led
    /// coalition"; "North Korea test-fired a missile" is a verb).
    func isCompoundPart(_ j: Int) -> Bool {
        if punct(j + 1, 0x2D), glued(j + 1), glued(j + 2), tokens[j + 2].kind == .word { return true }
        guard j >= 2, punct(j - 1, 0x2D), glued(j - 1), glued(j) else { return false }
        // (The compound's first word, perhaps an abbreviation with periods: "U.S.-led".)
        var k = j - 2
        while k > 0, glued(k), tokens[k - 1].kind == .word || punct(k - 1, 0x2E) { k -= 1 }
        // (A capitalized first word makes an adjective before its noun, "Computer-assisted
        // command post exercise", "Russian-made drones", unless it is a prefix, "Re-elected in
        // 2020, ..."; "Fast-tracked in March, ..." is a participle.)
        if tokens[k].kind == .word, tokens[k].capitalized, !["re", "co", "pre", "un", "de", "dis", "mis", "over", "under", "out"].contains(lower(k)),
            has(j + 1), tokens[j + 1].kind == .word, !tokens[j + 1].capitalized, tokens[j + 1].lexeme == .none
        {
            return true
        }
        guard k >= 1 else { return false }
        let before = k - 1
        if isKey(before, .the) || isKey(before, .a) { return true }
        if ["an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "whose", "s"].contains(where: { isWord(before, $0) }) {
            return true
        }
        return isApostrophe(before)
    }

    /// Verb `j` ("agreed", "decided", "pledged") is followed by "to" and a verb: what it
    /// introduces happens after it (not for a weekday, which dates the deciding).
    func introducesIntent(_ j: Int) -> Bool {
        guard isKey(j + 1, .to), has(j + 2), tokens[j + 2].kind == .word, !tokens[j + 2].capitalized, tokens[j + 2].lexeme == .none
        else { return false }
        let w = lower(j)
        return Grammar.intentVerbs.contains(w)
    }

    static let intentVerbs: Set<String> = [
        "agreed", "decided", "promised", "pledged", "vowed", "threatened", "proposed", "intended", "hoped", "resolved",
    ]

    /// Irregular past tenses that are not also present forms ("put", "cut", "set", "read",
    /// "lay" are left out) nor common nouns or adjectives ("left", "lost", "found" are verbs
    /// far more often than not in news; "bound", "ground" and "felt" are not taken). ("sat" is
    /// the weekday abbreviation to the lexicon.)
    /// Regular participles of a timetable: "the summit is opened on Friday", "the case is
    /// heard in May" (an irregular one, *held, heard, met*, counts too).
    static let timetableParticiples: Set<String> = [
        "played", "opened", "closed", "staged", "hosted", "convened", "launched", "released", "published", "unveiled", "signed",
        "debated", "decided", "announced", "named", "inaugurated", "presented", "delivered",
    ]

    static let irregularPastVerbs = [
        "met", "began", "became", "took", "came", "went", "gave", "made", "sent", "spent", "sold", "bought", "brought", "paid",
        "saw", "knew", "thought", "found", "fell", "rose", "struck", "fought", "flew", "drove", "grew", "ran", "wrote", "spoke",
        "broke", "chose", "stood", "sought", "caught", "taught", "built", "kept", "meant", "dealt", "slept", "stole", "shot", "fled",
        "froze", "hid", "rode", "rang", "sang", "sank", "shook", "swore", "swam", "tore", "woke", "withdrew", "overtook",
        "undertook", "underwent", "oversaw", "upheld", "withheld", "forgave", "foresaw", "arose", "drew", "drank", "ate", "got",
        "heard", "held", "led", "lent", "mistook", "overcame", "won", "lost", "left", "wore", "threw", "forbade", "laid", "overran",
        "understood", "withstood", "beheld", "strove", "slew", "spun", "stuck", "swept", "wept",
    ]

    /// When the expression opens the sentence ("In September, the ministry announced ...",
    /// "On Tuesday, officials will ..."), the tense of the first verb cue after its comma.
    func openingAdverbialVerbTense(from: Int, first: Int, end: Int, to: Int) -> Tense? {
        var start = from
        // ("Also on Friday, the ministry said ...", "Meanwhile, on Friday, ...": a discourse
        // adverb first.)
        if start < first, ["also", "separately", "meanwhile", "however", "then", "still"].contains(where: { isWord(start, $0) }) {
            start += 1
            if start < first, punct(start, 0x2C) { start += 1 }
        }
        // ("Speaking on Monday, Kishida said ...", "Asked on Monday about the drills, ...": an
        // opening participle's phrase too.)
        let opensWithPreposition =
            key(start).map { [.in_, .on, .by, .during, .since, .until, .at, .early, .late, .over].contains($0) } ?? false
            || (isKey(start + 1, .on) || isKey(start + 1, .to))
                && ["speaking", "asked", "addressing", "writing", "talking"].contains(where: { isWord(start, $0) })
        if opensWithPreposition { start += 1 }
        // ("At a meeting in Tokyo in July, the ministers announced ...": the date ends an opening
        // prepositional phrase of a few words without punctuation.)
        // (A name of several words counts as one: "In an interview at Yokota Air Base on
        // Wednesday, ...".)
        var inOpeningPhrase = opensWithPreposition && first > start && first - start <= 12
        if inOpeningPhrase {
            var words = 0
            for k in start..<first {
                if tokens[k].kind == .punct {
                    inOpeningPhrase = false
                    break
                }
                if !(tokens[k].capitalized && k > start && tokens[k - 1].capitalized) { words += 1 }
            }
            if words > 6 { inOpeningPhrase = false }
        }
        // ("In his New Year's Eve address, China's leader said ...": a noun or two after the date
        // in the opening phrase.)
        var close = end
        if inOpeningPhrase || start == first {
            while close < end + 2, close < to, tokens[close].kind == .word, !tokens[close].capitalized, tokens[close].lexeme == .none {
                close += 1
            }
        }
        guard start == first || inOpeningPhrase, punct(close, 0x2C) else { return nil }
        var j = close + 1
        // ("By the autumn, Estonia says, the line will be finished": past a reporting aside.)
        if let k = (j..<min(to, j + 4)).first(where: { punct($0, 0x2C) }), k > j,
            (j..<k).contains(where: { tokens[$0].isIn(.reportingVerb) || isKey($0, .said) || isWord($0, "says") || isWord($0, "say") })
        {
            j = k + 1
        }
        // ("On Friday, after talks collapsed in Geneva, the envoys will brief the council": past
        // a subordinate clause to the main verb.)
        var limit = close + 8
        if j < to, tokens[j].kind == .word, Grammar.clauseOpeners.contains(lower(j)),
            let k = (j..<min(to, j + 12)).first(where: { punct($0, 0x2C) })
        {
            j = k + 1
            limit = j + 7
        }
        while j < min(to, limit) {
            switch key(j) {
            case .will?, .shall?, .would?: return .future
            case .was?, .were?, .had?, .did?, .said?: return .past
            case .pastVerb?: if !tokens[j].capitalized, !isParticiple(j, irregular: true), !isOtherUseOfPastVerb(j) { return .past }
            default:
                if tokens[j].kind == .word, !tokens[j].capitalized, tokens[j].lexeme == .none, wordLength(j) >= 4 {
                    let e = tokens[j].end
                    if bytes[e - 1] == UInt8(ascii: "d"), bytes[e - 2] == UInt8(ascii: "e") { return .past }
                }
            }
            j += 1
        }
        return nil
    }

    /// "by", "until", "till" right before a date set a deadline, which lies ahead; "through"
    /// does only in a sentence about the future ("will hold through March 3"): reports use it
    /// for periods that are over ("had bought shares through Sept. 29", "has fallen 2% this
    /// year through Oct. 19").
    /// A yearless date that dates the noun "since" opens: "since a phone call on Jan. 30", "since
    /// the talks in March" ("since" at most five tokens before, the date after "on" or "in", no
    /// comma or verb cue between).
    func datesWhatSinceNames(_ first: Int) -> Bool {
        guard isKey(first - 1, .on) || isKey(first - 1, .in_) else { return false }
        // "since" first, by its key alone (the usual case has none: no words are made).
        let floor = max(0, first - 6)
        guard let since = (floor..<(first - 1)).last(where: { isKey($0, .since) }), since >= sentenceStart(first) else { return false }
        for j in (since + 1)..<(first - 1) {
            // (Not past a comma or a verb: "Since the board meets in March", "since the vote is
            // on March 20", where "since" gives a reason.)
            if punct(j, 0x2C) || punct(j, 0x3B) || key(j) == .pastVerb || isKey(j, .will) || isKey(j, .was) || isKey(j, .were) { return false }
            guard tokens[j].kind == .word, !tokens[j].capitalized else { continue }
            if tokens[j].isIn(.scheduledPresent) { return false }
            let w = lower(j)
            if ["is", "are", "has", "have", "meets", "falls", "comes"].contains(w) || w.utf8.count >= 5 && w.hasSuffix("ed") { return false }
        }
        return true
    }

    /// A date set as a target: "agreed to spend 5% of GDP by 2035", "will stay until 2030", "The
    /// sanctions remain in force until 2027". The date is no evidence that the text was written
    /// after it (a publication date is not inferred from it). A sentence with a mark of what is
    /// to come (an infinitive, a modal, a verb of intention) sets a target; one that tells the
    /// past without such a mark ("By March 2024, prices rose 5%", "The blockade lasted until
    /// April 2024") tells what was reached.
    func isTarget(_ m: Mention) -> Bool {
        var j = m.first - 1
        if isKey(j, .mid) || isKey(j, .early) || isKey(j, .late) || isKey(j, .end) && isKey(j - 1, .the) && isKey(j - 2, .by) { j -= 1 }
        if isKey(j, .the), isKey(j - 1, .by) || isKey(j - 1, .until) || isWord(j - 1, "least") { j -= 1 }
        // ("until at least the end of 2026", "by at least 2030".)
        if isWord(j, "least"), isKey(j - 1, .at) { j -= 2 }
        // ("to provide a full account no later than 31 October 2025": a deadline too.)
        let noLaterThan = isWord(j, "than") && isWord(j - 1, "later") && (isWord(j - 2, "no") || isWord(j - 2, "not"))
        guard isKey(j, .by) || isKey(j, .until) || noLaterThan else { return false }
        let until = isKey(j, .until)
        let marked = (sentenceStart(m.first)..<sentenceEnd(m.first)).contains { k in
            if k >= m.first && k < m.end { return false }
            if isKey(k, .will) || isKey(k, .would) || isKey(k, .shall) { return true }
            // ("has extended the mission until at least the end of 2026", "postponed until
            // March 2027": what was put off lies ahead.)
            if until, tokens[k].kind == .word, wordLength(k) >= 6, TemporalTagger.deferringVerbs.contains(lower(k)) { return true }
            if ["could", "should", "must", "may", "might", "aims", "aim", "pledged", "pledge", "vowed", "promised", "target", "goal"].contains(
                lower(k))
            {
                return true
            }
            // An infinitive: "to" and a lower-case word that is not a determiner or a pronoun.
            return isKey(k, .to) && has(k + 1) && tokens[k + 1].kind == .word && !tokens[k + 1].capitalized
                && !Grammar.infinitiveBlockers.contains(lower(k + 1))
        }
        // With no such mark, a date is a target unless the sentence tells the past.
        return marked || tenseFromPublication(around: m.first, m.end) != .past
    }

    /// "by" or "until" before a date in a clause that tells what lasted until then or was done
    /// by then: a verb of lasting in the past ("The bridge stayed closed until August 13",
    /// "The blockade lasted until March 18") or the past perfect ("By December 30, NATO had
    /// launched a patrol", "had been closed to visitors until October 2"), with no mark of what
    /// is to come in that clause (a modal, "will", an infinitive, a verb of intention or
    /// deferral). A deadline set in the past ("demanded an answer by April 2", "suspended
    /// flights until April 15", "said the embassy was closed until April 30") still lies ahead.
    /// The clause runs from the comma or semicolon before the date to the one after it; a date
    /// opening its sentence ("By December 30, ...") belongs to the clause after its comma.
    func deadlineReached(_ m: Mention) -> Bool {
        let s = sentenceStart(m.first)
        let e = sentenceEnd(m.first)
        var from = m.first
        while from > s, !(punct(from - 1, 0x2C) || punct(from - 1, 0x3B)) { from -= 1 }
        var to = m.end
        while to < e, !(punct(to, 0x2C) || punct(to, 0x3B)) { to += 1 }
        if from == s, (s..<m.first).allSatisfy({ tokens[$0].kind == .word && tokens[$0].lexeme != .none }), punct(m.end, 0x2C) {
            from = m.end + 1
            to = from
            while to < e, !(punct(to, 0x2C) || punct(to, 0x3B)) { to += 1 }
        }
        guard from < to else { return false }
        // (Not in reported speech, whose past may be the speaker's present: "Officials said the
        // order remained in effect until April 12".)
        if (s..<m.first).contains(where: { tokens[$0].isIn(.reportingVerb) || isKey($0, .said) }) { return false }
        var lasted = false
        // ("reached 40 per cent completion by 30 June": what was reached by then.)
        let byDate = isKey(m.first - 1, .by) || isKey(m.first - 1, .the) && isKey(m.first - 2, .by)
        for k in from..<to where k < m.first || k >= m.end {
            guard tokens[k].kind == .word else { continue }
            if isKey(k, .will) || isKey(k, .would) || isKey(k, .shall) { return false }
            let w = lower(k)
            if ["could", "should", "must", "may", "might", "can", "aims", "aim", "plans", "planned", "expected", "due"].contains(w)
                || TemporalTagger.deferralVerbs.contains(w) || Grammar.intentVerbs.contains(w)
            {
                return false
            }
            // (A plural noun after "to" or "had" is no infinitive or participle: "closed to
            // visitors", "had orders".)
            func plural(_ i: Int) -> Bool {
                let t = lower(i)
                return t.utf8.count > 3 && t.hasSuffix("s") && !t.hasSuffix("ss") && !t.hasSuffix("us")
            }
            if isKey(k, .to), has(k + 1), tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, !Grammar.infinitiveBlockers.contains(lower(k + 1)),
                !plural(k + 1)
            {
                return false
            }
            // ("ordered that the pier be completed by June" is a deadline set.)
            if Grammar.lastingVerbs.contains(w) || byDate && Grammar.reachingVerbs.contains(w) && !isWord(k - 1, "be") {
                lasted = true
            } else if isKey(k, .had), has(k + 1), tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, !plural(k + 1),
                !["until", "till", "to", "no", "a", "an", "the", "little", "nothing", "only", "just"].contains(lower(k + 1))
            {
                lasted = true  // the past perfect ("had launched", "had been closed"), not "had until"
            }
        }
        return lasted && tense(around: m.first, m.end) == .past
    }

    /// Verbs of lasting in the past: what they tell went on until the date.
    static let lastingVerbs: Set<String> = [
        "stayed", "remained", "lasted", "continued", "persisted", "endured", "lingered", "raged", "dragged", "waited",
    ]

    /// Word `j` is a lower-case "-ing" form after "is", "are" or "am": "are meeting", "is
    /// working".
    func isPresentProgressive(_ j: Int) -> Bool {
        guard j >= 1, has(j), tokens[j].kind == .word, !tokens[j].capitalized, wordLength(j) > 4 else { return false }
        let end = tokens[j].end
        return bytes[end - 1] == UInt8(ascii: "g") && bytes[end - 2] == UInt8(ascii: "n") && bytes[end - 3] == UInt8(ascii: "i")
            && (isWord(j - 1, "are") || isWord(j - 1, "is") || isWord(j - 1, "am"))
    }

    /// Words before "due" that make it no noun's reduced relative ("was due", "fell due").
    static let notBeforeDue: Set<String> = [
        "was", "were", "been", "had", "be", "is", "are", "fell", "falls", "fall", "came", "comes", "come", "became", "becomes", "become",
    ]

    /// Verbs of arranging or working towards something, whose present progressive before an
    /// infinitive looks ahead ("we are coordinating to hold it in May").
    static let arrangingVerbs: Set<String> = [
        "coordinating", "working", "preparing", "arranging", "organizing", "organising", "planning", "scrambling", "racing", "rushing",
        "moving", "seeking", "aiming", "pushing", "pressing", "negotiating", "hoping", "looking",
    ]

    /// Verbs of reaching in the past: before "by" and a date, what they tell was reached by
    /// then ("reached 40 per cent completion by 30 June", "had doubled by March"; not
    /// "demanded an answer by April 2", a deadline set).
    static let reachingVerbs: Set<String> = [
        "reached", "achieved", "attained", "completed", "finished", "surpassed", "exceeded", "topped", "doubled", "tripled", "hit",
    ]

    /// A year that labels a budget: "fiscal 2026", "FY2026", "the 2026 defense budget". Budgets
    /// are drawn up, debated and passed before their year begins, so such a year does not bound
    /// the publication date from below (a wire story of November 2025 on "the defense
    /// authorization bill for fiscal 2026" had been dated November 2026).
    /// (Only a label for a year to come: "for fiscal 2026", "the fiscal 2026 budget request",
    /// "the 2026 budget request"; not "in fiscal 2025", when things happened, nor "the 2026
    /// budget cuts took effect".)
    func isBudgetLabel(_ m: Mention) -> Bool {
        // (Words compared in place: this runs for every explicit date when the publication date
        // is inferred.)
        func ahead() -> Bool {
            (m.end...(m.end + 2)).contains { k in isWord(k, "request") || isWord(k, "requests") || isWord(k, "bill") || isWord(k, "proposal") }
                && (m.end...(m.end + 1)).contains { k in
                    isWord(k, "budget") || isWord(k, "appropriations") || isWord(k, "defense") || isWord(k, "defence") || isWord(k, "spending")
                }
        }
        if isKey(m.first, .fiscal) || isKey(m.first, .fy) { return isKey(m.first - 1, .for_) || ahead() }
        guard m.end - m.first == 1, tokens[m.first].kind == .number, isKey(m.first - 1, .the) else { return false }
        return ahead()
    }

    /// Words after "to" that make it no infinitive ("to the", "to its").
    static let infinitiveBlockers: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "them", "him", "us", "it",
    ]

    func introducesDeadline(_ first: Int, end: Int) -> Bool {
        var j = first - 1
        if isKey(j, .mid) || isKey(j, .early) || isKey(j, .late) { j -= 1 }
        // ("has extended the loans through January": a deferral runs ahead even when told in
        // the past; "the strike lasted through January" is over, and "fallen 2% this year
        // through Oct. 19, given weak demand" is not a deferral.)
        if isKey(j, .through) { return tense(around: first, end) == .future || defersBefore(j) }
        return isKey(j, .by) || isKey(j, .until)
    }

    /// "that" at `j` opens a relative clause: a modal, an auxiliary or a word in -s or -ed right
    /// after it ("talks on Friday that will focus on ..."), not a subject.
    func opensRelativeClause(_ j: Int) -> Bool {
        guard has(j + 1), tokens[j + 1].kind == .word, !tokens[j + 1].capitalized else { return false }
        if isKey(j + 1, .will) || isKey(j + 1, .would) || isKey(j + 1, .was) || isKey(j + 1, .were) || isKey(j + 1, .had) { return true }
        return ["could", "may", "might", "can", "is", "are", "has", "have", "should", "must"].contains(where: { isWord(j + 1, $0) })
    }

    /// A verb of deferral ("extended", "postponed") at most twelve tokens before `j`, in the
    /// same clause (no comma or semicolon between): "has extended Control Data up to $90 million
    /// in revolving loans through January".
    func defersBefore(_ j: Int) -> Bool {
        var k = j - 1
        while k >= 0, k >= j - 12, !(punct(k, 0x2C) || punct(k, 0x3B)) {
            if tokens[k].kind == .word, TemporalTagger.deferringVerbs.contains(lower(k)) { return true }
            k -= 1
        }
        return false
    }

    /// "as early as", "as soon as" right before the expression: the earliest it may happen.
    func followsAsEarlyAs(_ first: Int) -> Bool {
        isWord(first - 1, "as") && (isKey(first - 2, .early) || isKey(first - 2, .soon)) && isWord(first - 3, "as")
    }

    static let futureModals = ["could", "might", "planning", "set", "soon", "early"]

    /// Words that open a subordinate clause ("..., after a tender that has slipped twice").
    static let clauseOpeners: Set<String> = [
        "after", "before", "as", "when", "while", "since", "because", "although", "though", "until", "once", "which", "who", "where",
    ]

    /// A verb of saying in the past comes right before `first` (or before "on" there): "said on
    /// March 5", "announced on March 5".
    func followsPastReportingVerb(_ first: Int) -> Bool {
        let j = isKey(first - 1, .on) || isKey(first - 1, .in_) ? first - 2 : first - 1
        guard isPastReportingVerb(j) else { return false }
        // "will be announced on March 5", "expected to be reported on March 12": a passive,
        // whose tense lies before it.
        return !(has(j - 1) && ["be", "been", "being", "is", "are", "am"].contains(lower(j - 1)))
    }

    /// Word `j` is "said", "told" or a reporting verb in -d ("announced", "reported"). Right
    /// after a weekday ("Bush on Tuesday said the United States may extend ..."), the weekday
    /// dates the saying.
    func isPastReportingVerb(_ j: Int) -> Bool {
        guard has(j), tokens[j].kind == .word, !tokens[j].capitalized else { return false }
        if isKey(j, .said) || isWord(j, "told") { return true }
        return tokens[j].isIn(.reportingVerb) && bytes[tokens[j].end - 1] == UInt8(ascii: "d")
    }

    /// A weekday right after a reporting verb ("said Monday", "told reporters on Friday")
    /// dates the saying, which news reports as past.
    /// A future or timetable verb comes at most three words before `first` ("officials who
    /// will meet Monday said", "lawmakers who meet Tuesday said"): the weekday is its time.
    func futureVerbRightBefore(_ first: Int) -> Bool {
        for j in max(0, first - 3)..<first {
            if isKey(j, .will) || isKey(j, .shall) || isKey(j, .would) || tokens[j].isIn(.scheduledPresent) { return true }
        }
        return false
    }

    /// Token `i` is the apostrophe of a possessive "'s" ("Tuesday's").
    func isPossessiveAt(_ i: Int) -> Bool { has(i + 1) && isApostrophe(i) && isWord(i + 1, "s") }

    func followsReportingVerb(_ first: Int) -> Bool {
        var j = first - 1
        // ("said on Monday", "said at Tuesday's briefing", "announced during Monday's visit")
        if isKey(j, .on) || ((isKey(j, .at) || isKey(j, .during)) && isPossessiveAt(first + 1)) { j -= 1 }
        guard has(j), tokens[j].kind == .word else { return false }
        // ("are to be told on Friday": a passive or an infinitive has its tense before it.)
        if has(j - 1), isKey(j - 1, .to) || ["be", "been", "being", "is", "are", "am"].contains(where: { isWord(j - 1, $0) }) { return false }
        return isKey(j, .said) || tokens[j].isIn(.reportingVerb)
    }

    /// The lexicon's hash of word `j` (``Lexicon/hash(_:_:)`` of its lower-cased bytes): map
    /// lookups without building a string.
    @inline(__always) func wordHash(_ j: Int) -> UInt64 {
        let start = tokens[j].start
        let length = tokens[j].end - start
        if start + Lexicon.maximumWordLength <= bytes.count, let base = bytes.baseAddress { return Lexicon.hash(base + start, length) }
        return Lexicon.hashNearEnd(bytes, start, length)
    }

    static let scheduledPresent = [
        "opens", "open", "begins", "begin", "starts", "meets", "meet", "arrives", "resume", "departs", "convenes", "resumes",
        "kicks", "takes", "runs", "closes", "ends", "expires", "lapses", "concludes", "conclude",
    ]

    static let reportingVerbs = [
        "reported", "announced", "stated", "added", "noted", "warned", "claimed", "confirmed", "quoted", "denied",
        "explained", "insisted", "suggested", "indicated", "predicted", "estimated",
    ]
}
