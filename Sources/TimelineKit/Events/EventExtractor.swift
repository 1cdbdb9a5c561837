import Foundation

/// Finds the events of one document.
///
/// - A body sentence with a date that names calendar days is an event, dated by the date
///   that works as the sentence's adverbial (after "on", "in", "at", "during" or opening the
///   sentence), else its first date. References like "current" or "now" date nothing.
/// - An undated sentence that continues a dated happening joins it as a further point: it
///   names a person of that event, refers to the participants ("the two ministers", "the two
///   sides"), or refers back to the happening with a definite noun ("during the phone call"
///   after "had their first phone conversation"). A subheading ends the continuation.
/// - Other undated sentences are not events.
enum EventExtractor {
    static let participantReferences: [String] = [
        "the two sides", "both sides", "the two ministers", "the ministers", "the two leaders", "the leaders",
        "the two men", "the two women", "the two officials", "both ministers", "both leaders", "the two countries",
        "the two defense chiefs", "the two defence chiefs", "the two presidents",
    ]

    /// Nouns that name a happening, in groups of words that refer to one another.
    static let happeningNouns: [Set<String>] = [
        ["call", "conversation", "phone", "talk", "talks", "discussion", "discussions", "dialogue", "exchange"],
        ["meeting", "summit", "talks", "session", "meetings", "gathering"],
        ["visit", "trip", "tour", "stop"],
        ["exercise", "exercises", "drill", "drills", "maneuvers", "manoeuvres"],
        ["announcement", "statement", "declaration"],
        ["attack", "strike", "strikes", "attacks", "incident", "collision", "clash"],
        ["agreement", "deal", "accord", "treaty", "pact"],
    ]
    /// Prepositions before a date that make it the sentence's adverbial ("since" opens a span:
    /// "were the first since May 8" is no happening of May 8).
    static let adverbialPrepositions: Set<String> = ["on", "in", "at", "during", "by", "until", "from"]
    /// Words that open a subordinate or relative clause.
    static let subordinators: Set<String> = ["after", "before", "since", "when", "because", "until", "who", "which", "whose", "while"]

    static func extract(_ document: Document, expressions: [TemporalExpression], published: CalendarDay? = nil) -> [TimelineEvent] {
        let bytes = Array(document.text.utf8)
        let sentences = SentenceSplitter.split(document)
        var finder = ActorFinder()
        var offsets = ScalarOffsetCounter(document.text)
        var events: [TimelineEvent] = []
        var expressionIndex = 0
        // The events of the current section (reset at a subheading), most recent last.
        var open: [Int] = []
        // The last open event a whole dated sentence made (not an aside's, a clause's or one
        // counted back): what "The mission came five days after ..." counts from.
        var anchor: Int?
        // The event just made by counting from a happening named before ("Two days after the
        // drills began, ..."), and its day: what "The following day" right after counts from.
        var countedDay: (event: Int, day: CalendarDay)?
        // The happening groups each event's dated sentence names, for "the call" -> "phone conversation".
        var eventGroups: [UInt8] = []
        var firstBody = true
        // A live blog's entry heading that is a clock time ("### 22:50 local time"): it dates
        // the first undated sentence under it.
        var headingDate: (TemporalExpression, EventDate)?
        // The kind of the sentence before (a body sentence right under a heading).
        var previousKind: Document.ParagraphKind?
        // Whose fiscal years a sentence that names no government means: the headline's.
        let headlineFiscalShift = document.paragraphs.first { $0.kind == .headline }.flatMap { fiscalCalendarShift(bytes[$0.range]) }
        for sentence in sentences {
            let words = Words.split(bytes, sentence.range)
            var found = finder.find(bytes, words: words)
            // The agency a dateline credits ("TOKYO, Nov. 3 (Kyodo) --") is no actor of the story.
            // (Only where a dateline stands: a place in capitals first, as the title's rule asks;
            // "Japan, the Philippines and the United States — three treaty allies — held drills"
            // keeps its actors.)
            if firstBody, sentence.kind == .body, TitleCompressor.opensWithPlaceInCapitals(words),
                let dash = TitleCompressor.datelineDash(bytes, sentence.range)
            {
                found.removeAll { $0.range.upperBound <= dash }
            }
            var inSentence: [TemporalExpression] = []
            var openingStamp: TemporalExpression?
            while expressionIndex < expressions.count, expressions[expressionIndex].start < sentence.range.upperBound {
                if expressions[expressionIndex].start >= sentence.range.lowerBound { inSentence.append(expressions[expressionIndex]) }
                expressionIndex += 1
            }
            // "00:12:30 - Why the talks stalled": a recording's timestamp, not a time of day.
            // ("depressed initially by overnight losses in New York": an adjective dates a thing.)
            inSentence.removeAll { isOvernightBeforeNoun($0, sentence: sentence.range, bytes: bytes) || isCitation($0, bytes: bytes) }
            // ("Polish jets scrambled overnight, a day after drones crossed the border on Monday":
            // "overnight" gives way to a day of the sentence that is no report's.)
            if inSentence.count > 1, let night = inSentence.firstIndex(where: isOvernight),
                inSentence.contains(where: {
                    $0.start != inSentence[night].start && !reportedOn($0, bytes: bytes) && EventDate($0)?.precision == .day
                })
            {
                inSentence.remove(at: night)
            }
            // "over the past six months": the months up to the publication, a date of its own.
            // (Only with no other date in the sentence: "Estonia said in July that jamming had
            // risen over the past six months" counts from July, not from the publication.)
            if let published, inSentence.contains(where: { $0.type == .duration }),
                !inSentence.contains(where: { $0.type != .duration && EventDate($0) != nil })
            {
                for k in inSentence.indices where inSentence[k].type == .duration {
                    if let period = pastPeriod(inSentence[k], published: published, sentence: sentence.range, bytes: bytes) { inSentence[k] = period }
                }
            }
            // (It goes from the title with its dash.)
            var timestamp: Range<Int>?
            if let first = inSentence.first, first.start == sentence.range.lowerBound, isTimestamp(first, bytes: bytes) {
                inSentence.removeFirst()
                timestamp = first.start..<(bytes[first.end + 1] == UInt8(ascii: "-") ? first.end + 2 : first.end + 4)
            }
            if sentence.kind == .heading {
                previousKind = .heading
                open.removeAll()
                anchor = nil
                headingDate = nil
                // (Or a day: "**Monday**" over a week-ahead calendar's entries, "Tuesday, 11 March".)
                if inSentence.count == 1, let e = inSentence.first, let d = EventDate(e), e.type == .time || d.precision == .day,
                    Words.split(bytes, sentence.range).count <= Words.split(bytes, e.start..<e.end).count + 3
                {
                    headingDate = (e, d)
                }
                continue
            }
            guard sentence.kind == .body else { continue }
            let headingJustAbove = previousKind == .heading
            previousKind = sentence.kind
            let opensTheStory = firstBody
            firstBody = false
            let text = String(decoding: bytes[sentence.range], as: UTF8.self)
            let evidence = Evidence(
                document: document.id, sentence: sentence.index, start: offsets.scalarOffset(sentence.range.lowerBound),
                end: offsets.scalarOffset(sentence.range.upperBound), text: text, role: .dated)
            let actors = ordered(actorsOutsideAttribution(found, bytes: bytes, sentence: sentence.range, words: words))
            let lowerWords = words.map { $0.text.lowercasedASCII() }
            // A question or a condition reports no happening: "Will Japan reach its goal by
            // 2027?", "If China were to blockade Taiwan next year, ...".
            if isQuestionOrCondition(bytes, sentence.range, words: words) { continue }
            // A live blog speaking of itself ("We are closing this live page for the day") reports
            // no happening.
            if isBlogNote(words) || isEditorsNote(words) || isDatelineAlone(words, inSentence) { continue }
            // A live blog's stamp opening the sentence ("11:40 Yesterday, the ministry reported
            // ...") dates it only when nothing else does: it says when the entry was written.
            if let stamp = inSentence.first, stamp.start == sentence.range.lowerBound, Resolver.isBareClock(stamp),
                inSentence.dropFirst().contains(where: { $0.type == .date || $0.type == .time })
            {
                openingStamp = inSentence.removeFirst()
            } else {
                openingStamp = nil
            }
            // A budget's year labels it ("The defense authorization bill for fiscal 2026, which the
            // House passed in September", "The 2026 defense budget, passed on Dec. 2"): another
            // date dates the happening.
            if inSentence.count > 1, inSentence.contains(where: { !isBudgetLabel($0, bytes: bytes) && ($0.type == .date || $0.type == .time) }) {
                inSentence.removeAll { isBudgetLabel($0, bytes: bytes) }
            }
            var whole = primaryDate(inSentence, words: words, sentence: sentence.range, bytes: bytes, published: published)
            // (Unless the other dates date nothing: "11:40 Russia has launched 400 drones since
            // Monday" is the entry's.)
            if whole == nil, let stamp = openingStamp {
                inSentence.insert(stamp, at: 0)
                openingStamp = nil
                whole = primaryDate(inSentence, words: words, sentence: sentence.range, bytes: bytes, published: published)
            }
            // (A day's heading dates only the sentence right under it; a live blog's clock, the
            // first undated one under it.)
            if let h = headingDate, h.0.type == .date, !headingJustAbove { headingDate = nil }
            if whole == nil, let h = headingDate {
                whole = h
                headingDate = nil
            } else if let w = whole, let h = headingDate, headingJustAbove, h.0.type == .date,
                Resolver.weekdayNames.contains(where: { h.0.text.contains($0) }), w.1.precision > .day, w.1.end < h.1.start,
                !words.prefix(2).contains(where: { $0.range.lowerBound >= w.0.start && $0.range.lowerBound < w.0.end })
            {
                // Right under a weekday's heading, a sentence whose only dates are coarser, past
                // and not opening it ("**Wednesday**", then "Japan's defence minister visits
                // Manila for talks on the agreement signed last year") tells of the heading's
                // day; its own dates are background. ("In June, parliament passed a law" and "In
                // 2027, the alliance will mark its anniversary" keep theirs.)
                whole = h
                headingDate = nil
                inSentence.removeAll()
            }
            if let whole {
                // Each clause with a dated happening of its own is an event ("Talks intensified
                // in the spring, and negotiators reached a deal in late June."); each cites
                // the whole sentence.
                let parts = clauses(bytes, sentence: sentence.range, words: words, expressions: inSentence, found: found)
                // The last clause with a subject of its own, for one that shares it.
                var subjectClause = sentence.range
                // The first clause's date with its year written, for a later clause's date
                // without one ("seized Crimea in late February 2014 and annexed it on March 18").
                var written: EventDate?
                // The first clause's date, for a weekday in a clause after ", after".
                var firstDate: EventDate?
                // The clauses left out as a speculation, a condition or the like.
                var hedgedParts = Set<Int>()
                for (partIndex, part) in parts.enumerated() {
                    let partWords = parts.count == 1 ? words : words.filter { part.contains($0.range.lowerBound) }
                    // "Russia annexed Crimea in March 2014 and launched its full-scale invasion in
                    // February 2022": the second clause's title takes the first one's subject.
                    var shared: Range<Int>?
                    // (Past a date opening the clause: "and a week later entered Damascus".)
                    let opening = inSentence.first(where: { $0.start == part.lowerBound })?.end ?? part.lowerBound
                    if part.lowerBound != sentence.range.lowerBound, let verb = partWords.first(where: { $0.range.lowerBound >= opening }),
                        !verb.capitalized, isVerbForm(verb.text.lowercasedASCII())
                    {
                        shared = sharedSubject(bytes, clause: subjectClause, words: words)
                    } else {
                        subjectClause = part
                    }
                    let partExpressions = parts.count == 1 ? inSentence : inSentence.filter { part.contains($0.start) }
                    // "Finland joined NATO in April 2023 and Sweden in March 2024": the name and the
                    // clause before, the name in the place of what it stands for.
                    var gap: (kind: Gap, remnant: Range<Int>, before: Range<Int>)?
                    if partIndex > 0, let next = partExpressions.first(where: { EventDate.essentials($0) != nil }),
                        parts[partIndex - 1].upperBound < next.start,
                        let remnant = gapRemnant(bytes, in: parts[partIndex - 1].upperBound..<next.start, words: words),
                        remnant.lowerBound == part.lowerBound,
                        let kind = gapped(
                            bytes, before: parts[partIndex - 1], remnant: remnant, words: words, found: found,
                            dates: inSentence.map { $0.start..<$0.end })
                    {
                        gap = (kind, remnant, parts[partIndex - 1])
                    } else if partIndex > 0, part.lowerBound + 6 <= part.upperBound,
                        bytes[part.lowerBound..<(part.lowerBound + 6)].elementsEqual("again ".utf8)
                    {
                        gap = (.again, part.lowerBound..<(part.lowerBound + 5), parts[partIndex - 1])
                    }
                    // ("Japan might host the summit in 2027 and Australia in 2028": the hedge of the
                    // clause before is the gapped clause's too.)
                    if gap != nil, hedgedParts.contains(partIndex - 1) {
                        hedgedParts.insert(partIndex)
                        continue
                    }
                    guard
                        let (chosen, date) = parts.count == 1
                            ? whole : primaryDate(partExpressions, words: partWords, sentence: part, bytes: bytes, published: published)
                    else {
                        continue
                    }
                    // "By 2030, the navy could field a dozen more frigates": speculation, not a
                    // happening or a plan.
                    if isSpeculation(chosen, words: partWords, bytes: bytes) || isNegated(chosen, words: partWords, bytes: bytes)
                        || isConditional(chosen, words: partWords, bytes: bytes) || isHabit(chosen, words: partWords, bytes: bytes)
                        || isTrendForecast(chosen, words: partWords, bytes: bytes)
                        || isQuotedOutlook(chosen, date, sentence: sentence.range, bytes: bytes)
                        || isPossessiveBackdrop(chosen, words: partWords, bytes: bytes)
                            // ("This year's exercises, which run from July 9 to 18, ...": a date inside
                            // it dates the sentence.)
                            && narrowest(within: chosen, date, partExpressions, bytes: bytes).0.start == chosen.start
                        || isAbandonedPlan(chosen, words: partWords, bytes: bytes)
                    {
                        hedgedParts.insert(partIndex)
                        continue
                    }
                    // "Earlier this year, in March, ...": a date inside the chosen one dates the
                    // event more closely; the title drops both.
                    var (expression, narrowed) = narrowest(within: chosen, date, partExpressions, bytes: bytes)
                    // (A heading's time is outside the sentence: nothing to drop.)
                    var dropped = sentence.range.contains(expression.start) ? [expression.start..<expression.end] : []
                    if let timestamp, part.lowerBound == sentence.range.lowerBound { dropped.append(timestamp) }
                    if expression.start != chosen.start, sentence.range.contains(chosen.start) { dropped.append(chosen.start..<chosen.end) }
                    // A live blog's clock stamp opening the sentence goes too ("13:20 Latvia's armed
                    // forces say the drone that crashed on Tuesday ...").
                    if let stamp = partExpressions.first(where: { $0.start == sentence.range.lowerBound && Resolver.isBareClock($0) })
                        ?? (part.lowerBound == sentence.range.lowerBound ? openingStamp : nil),
                        stamp.start != expression.start
                    {
                        // (With the dash or colon after it: "08:40 — Yesterday, ...".)
                        var end = stamp.end
                        var k = end
                        while k < part.upperBound, bytes[k] == 0x20 { k += 1 }
                        if k < part.upperBound, bytes[k] == UInt8(ascii: ":") || bytes[k] == UInt8(ascii: "-") {
                            end = k + 1
                        } else if k + 2 < part.upperBound, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x94 || bytes[k + 2] == 0x93 {
                            end = k + 3  // an em or en dash
                        }
                        dropped.append(stamp.start..<end)
                    }
                    // "on 3 and 4 March", "on Oct. 12 and 13": the other day of the pair goes too,
                    // and a pair joined by "and" dates the event from its first day to its second.
                    if let pair = partExpressions.first(where: { $0.start > expression.end && $0.start <= expression.end + 5 }) {
                        let joint = String(decoding: bytes[expression.end..<pair.start], as: UTF8.self)
                        if [" and ", " or "].contains(joint) {
                            dropped.append(expression.end..<pair.end)
                            if joint == " and ", let both = datePair(expression, pair, published: published, bytes: bytes) { narrowed = both }
                        } else if joint == ", or ", expression.type == .time || pair.type == .time {
                            // The same moment in another zone: "at 2 p.m. Eastern time on Thursday,
                            // or 3 a.m. Friday in Tokyo," goes from the title with its place.
                            var end = pair.end
                            if let k = partWords.firstIndex(where: { $0.range.lowerBound > pair.end }), partWords[k].text == "in",
                                k + 1 < partWords.count, partWords[k + 1].capitalized, partWords[k].range.lowerBound == pair.end + 1
                            {
                                var last = k + 1
                                while last + 1 < partWords.count, partWords[last + 1].capitalized,
                                    partWords[last + 1].range.lowerBound == partWords[last].range.upperBound + 1
                                {
                                    last += 1
                                }
                                end = partWords[last].range.upperBound
                            }
                            dropped.append(expression.end..<end)
                        }
                    }
                    if let both = runsUntil(expression, narrowed, partExpressions, words: partWords, bytes: bytes) {
                        narrowed = both
                    } else if let start = partExpressions.last(where: { $0.end <= expression.start }), let startDate = EventDate(start),
                        let both = runsUntil(start, startDate, partExpressions, words: partWords, bytes: bytes), both.end == narrowed.end
                    {
                        // ("The exercise, which began on Oct. 24, runs until Nov. 30": the day it
                        // runs until, chosen as the sentence's, with the start its relative clause tells.)
                        narrowed = both
                    }
                    if part.lowerBound != sentence.range.lowerBound, let main = firstDate,
                        let moved = weekdayAfterClause(expression, narrowed, main: main, part: part, bytes: bytes)
                    {
                        narrowed = moved
                    }
                    if part.lowerBound == sentence.range.lowerBound { firstDate = narrowed }
                    if part.lowerBound != sentence.range.lowerBound, let written,
                        let again = inYear(expression, after: written, notBefore: gap != nil)
                    {
                        narrowed = again
                    } else if written == nil, expression.anchoring == .explicit, narrowed.start.year == narrowed.end.year,
                        narrowed.precision <= .month
                    {
                        written = narrowed
                    }
                    // "Two days after the drills began, a ship fired its water cannon. The following
                    // day, Manila protested": the day after the day just counted, not after the
                    // last date written.
                    if let c = countedDay, c.event == events.count - 1, let recounted = dayAfterCounted(expression, narrowed, c.day) {
                        narrowed = recounted
                    }
                    if let published, let part = periodPart(expression, narrowed, published: published, bytes: bytes) { narrowed = part }
                    if let next = afterMidnight(expression, narrowed, published: published, bytes: bytes) { narrowed = next }
                    if let night = overnight(expression, narrowed, partExpressions, bytes: bytes) { narrowed = night }
                    if let year = governmentFiscalYear(expression, narrowed, sentence: sentence.range, bytes: bytes, headline: headlineFiscalShift) {
                        narrowed = year
                    } else if let year = splitFiscalYear(expression, narrowed, sentence: sentence.range, bytes: bytes) {
                        narrowed = year
                    }
                    if let (year, words) = yearEnding(expression, partExpressions, bytes: bytes) {
                        narrowed = year
                        dropped.append(words)
                    }
                    // "Two weeks before Tuesday's mission, a helicopter flew ...": the day that far
                    // from the date (the duration and "before" go from the title too).
                    if let (counted, shifted) = countedFrom(expression, narrowed, partExpressions, words: partWords, bytes: bytes) {
                        narrowed = shifted
                        // One range from the duration to the date's end, or, for an opening phrase
                        // of a possessive ("Two weeks before Tuesday's mission,"), to its comma.
                        var end = expression.end
                        if counted.start == part.lowerBound, expression.end < part.upperBound, isPossessive(bytes, at: expression.end),
                            let comma = bytes[expression.end..<part.upperBound].firstIndex(of: UInt8(ascii: ",")),
                            !partWords.contains(where: {
                                $0.range.lowerBound > expression.end && $0.range.upperBound <= comma && isVerbForm($0.text.lowercasedASCII())
                            })
                        {
                            end = comma + 1
                        }
                        dropped.removeAll { $0 == expression.start..<expression.end }
                        dropped.append(counted.start..<end)
                    } else if let (counted, clause, shifted) = countedAfterClause(
                        expression, narrowed, partExpressions, words: partWords, bytes: bytes)
                    {
                        // "The drills began two days after President Lai marked the anniversary of his
                        // inauguration on Wednesday": the clause after "after" is Wednesday's, the
                        // sentence's own happening two days later.
                        let clauseTitle = TitleCompressor.title(
                            bytes, sentence: part, words: partWords, dates: [expression.start..<expression.end],
                            roles: [part.lowerBound..<clause, counted.upperBound..<part.upperBound], keepsAside: true)
                        let clauseFound = found.filter { $0.range.lowerBound >= clause && $0.range.lowerBound < counted.upperBound }
                        events.append(
                            TimelineEvent(
                                id: DocumentLoader.slug(narrowed.value + " " + TitleCompressor.firstWords(clauseTitle, 6)), date: narrowed,
                                title: clauseTitle,
                                actors: ordered(actorsOutsideAttribution(clauseFound, bytes: bytes, sentence: part, words: partWords)),
                                evidence: [evidence]))
                        eventGroups.append(
                            groups(
                                of: partWords.filter { $0.range.lowerBound >= clause && $0.range.lowerBound < counted.upperBound }.map {
                                    $0.text.lowercasedASCII()
                                })
                        )
                        open.append(events.count - 1)
                        narrowed = shifted
                        dropped.removeAll { $0 == expression.start..<expression.end }
                        dropped.append(counted)
                    }
                    var partFound = parts.count == 1 ? found : found.filter { part.contains($0.range.lowerBound) }
                    if let shared { partFound = found.filter { shared.contains($0.range.lowerBound) } + partFound }
                    if let gap {
                        let replaced: Range<Int>
                        switch gap.kind {
                        case .subject(let r), .object(let r): replaced = r
                        case .again: replaced = gap.remnant
                        }
                        partFound =
                            found.filter { gap.before.contains($0.range.lowerBound) && !replaced.contains($0.range.lowerBound) }
                            + found.filter { gap.remnant.contains($0.range.lowerBound) }
                    }
                    // "Secretary-General Mark Rutte, who took office in October, called the deal
                    // 'a quantum leap'": dated by the aside, the event is the aside's, "Mark Rutte
                    // took office"; the main clause goes from the title.
                    var cut: [Range<Int>] = []
                    if let (opening, closing) = subjectAside(expression, words: partWords, part: part, bytes: bytes) {
                        cut = [opening, closing]
                        partFound = partFound.filter { !closing.contains($0.range.lowerBound) }
                    } else if let when = whenClause(after: expression, words: partWords, part: part, bytes: bytes) {
                        // "It was the North's first launch since May 8, when it fired a volley of
                        // short-range missiles": the event is the when clause (up to its comma:
                        // "Since May 8, when the truce began, no ships have entered the strait").
                        cut = [part.lowerBound..<when]
                        if let close = bytes[when..<part.upperBound].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) {
                            cut.append(close..<part.upperBound)
                        }
                        partFound = partFound.filter { f in f.range.lowerBound >= when && !cut.contains { $0.contains(f.range.lowerBound) } }
                    } else if let record = recordSince(expression, words: partWords, part: part, bytes: bytes, expressions: partExpressions) {
                        // "The summit was the first since Donald Trump returned to the White House
                        // in January": the event is what came in January.
                        cut = record
                        partFound = partFound.filter { f in !record.contains { $0.contains(f.range.lowerBound) } }
                    } else if !partExpressions.contains(where: { later in
                        // (A later date of another act keeps the sentence whole: "opposed the deal,
                        // signed on Monday, and marched on Tuesday"; another aside's does not.)
                        later.start > expression.end && later.value.utf8.first.map { $0 &- 0x30 < 10 } ?? false
                            && !isAsideDate(later, words: partWords)
                    }),
                        let aside = participleAside(expression, words: partWords, part: part, bytes: bytes)
                    {
                        // "2026 marks the 75th anniversary of the Mutual Defense Treaty, signed on
                        // Aug. 30, 1951": the event is the treaty's, "The Mutual Defense Treaty signed".
                        cut = aside
                        partFound = partFound.filter { f in !aside.contains { $0.contains(f.range.lowerBound) } }
                    }
                    var title: String
                    if let gap {
                        let remnantText = String(decoding: bytes[gap.remnant], as: UTF8.self)
                        let beforeWords = words.filter { gap.before.contains($0.range.lowerBound) }
                        let beforeDates = inSentence.filter { gap.before.contains($0.start) }.map { $0.start..<$0.end }
                        // (A role goes as it goes from the clause before: "Secretary of State".)
                        let beforeRoles = found.filter { gap.before.contains($0.range.lowerBound) }.compactMap(\.roleRange)
                        switch gap.kind {
                        case .subject(let subject):
                            // (The subject's name only: "Finland allegedly bought drones" keeps
                            // "allegedly" for "Estonia".)
                            let name =
                                beforeWords.last(where: { subject.contains($0.range.lowerBound) && $0.capitalized })?.range.upperBound
                                ?? subject.upperBound
                            var predicate = TitleCompressor.title(
                                bytes, sentence: gap.before, words: beforeWords, dates: beforeDates,
                                roles: beforeRoles + [gap.before.lowerBound..<name])
                            if let verb = beforeWords.first(where: { $0.range.lowerBound > subject.upperBound }), !verb.capitalized,
                                let first = predicate.first
                            {
                                predicate = first.lowercased() + predicate.dropFirst()
                            }
                            title = remnantText.prefix(1).uppercased() + remnantText.dropFirst() + " " + predicate
                        case .again:
                            title = TitleCompressor.title(bytes, sentence: gap.before, words: beforeWords, dates: beforeDates, roles: beforeRoles)
                            // ("met in 2023 and 2024 and again in 2025": the pair's "and" goes too.)
                            if title.hasSuffix(" and") { title.removeLast(4) }
                            title += " again"
                        case .object(let object):
                            title = TitleCompressor.title(bytes, sentence: gap.before, words: beforeWords, dates: beforeDates, roles: beforeRoles)
                            // ("joined the EU in 1995 and NATO in 2023": "joined NATO".)
                            var objectText = String(decoding: bytes[object], as: UTF8.self)
                            if object.lowerBound >= 4, bytes[(object.lowerBound - 4)..<object.lowerBound].elementsEqual("the ".utf8) {
                                objectText = "the " + objectText
                            }
                            if let r = title.range(of: objectText) { title.replaceSubrange(r, with: remnantText) }
                        }
                    } else if let shared {
                        // The subject, one space, then the clause; with a passive's auxiliary when
                        // the second verb is a participle without an object ("He was elected in
                        // 2017 and re-elected in 2022": "He was re-elected").
                        let whole = shared.lowerBound..<part.upperBound
                        var kept = shared.upperBound
                        if let aux = words.first(where: { $0.range.lowerBound > shared.upperBound }), aux.range.lowerBound == shared.upperBound + 1,
                            ["was", "were", "is", "are"].contains(aux.text.lowercasedASCII()), sharesPassive(partWords)
                        {
                            kept = aux.range.upperBound
                        }
                        title = TitleCompressor.title(
                            bytes, sentence: whole, words: words.filter { whole.contains($0.range.lowerBound) },
                            dates: dropped.sorted { $0.lowerBound < $1.lowerBound },
                            roles: partFound.compactMap(\.roleRange) + cut + [(kept + 1)..<part.lowerBound], keepsAside: !cut.isEmpty)
                    } else {
                        title = TitleCompressor.title(
                            bytes, sentence: part, words: partWords, dates: dropped.sorted { $0.lowerBound < $1.lowerBound },
                            roles: partFound.compactMap(\.roleRange) + cut,
                            opensTheStory: opensTheStory && part.lowerBound == sentence.range.lowerBound, keepsAside: !cut.isEmpty)
                    }
                    // (Never an empty title: what an aside's cut leaves may be nothing.)
                    if title.isEmpty, !cut.isEmpty {
                        title = TitleCompressor.title(
                            bytes, sentence: part, words: partWords, dates: dropped.sorted { $0.lowerBound < $1.lowerBound },
                            roles: partFound.compactMap(\.roleRange), opensTheStory: opensTheStory && part.lowerBound == sentence.range.lowerBound)
                    }
                    // ("Probably April.", a transcript's answer: a date and nothing it dates.)
                    if title.isEmpty { continue }
                    let id = DocumentLoader.slug(narrowed.value.replacingAll("/", with: "-to-") + " " + TitleCompressor.firstWords(title, 6))
                    let partActors =
                        parts.count == 1 && cut.isEmpty
                        ? actors : ordered(actorsOutsideAttribution(partFound, bytes: bytes, sentence: part, words: partWords))
                    events.append(TimelineEvent(id: id, date: narrowed, title: title, actors: partActors, evidence: [evidence]))
                    countedDay = nil
                    // (An event made of part of its sentence, an aside or a "since" clause, is
                    // continued by what follows only on the words of that part.)
                    let groupWords =
                        cut.isEmpty
                        ? (parts.count == 1 ? lowerWords : partWords.map { $0.text.lowercasedASCII() })
                        : partWords.filter { w in !cut.contains { $0.contains(w.range.lowerBound) } }.map { $0.text.lowercasedASCII() }
                    eventGroups.append(groups(of: groupWords))
                    open.append(events.count - 1)
                    anchor = cut.isEmpty && parts.count == 1 ? events.count - 1 : nil
                }
                continue
            }
            // "The mission came five days after Chinese ships blocked a similar convoy": what came
            // before the event just told, counted back from its day.
            if let last = anchor, open.contains(last),
                let (clause, end, date) = countedBeforeLast(events[last], inSentence, words: words, sentence: sentence.range, bytes: bytes)
            {
                let title = TitleCompressor.title(
                    bytes, sentence: sentence.range, words: words, dates: [],
                    roles: [sentence.range.lowerBound..<clause, end..<sentence.range.upperBound], keepsAside: true)
                let id = DocumentLoader.slug(date.value + " " + TitleCompressor.firstWords(title, 6))
                let clauseActors = ordered(
                    actorsOutsideAttribution(found.filter { $0.range.lowerBound >= clause }, bytes: bytes, sentence: sentence.range, words: words))
                events.append(TimelineEvent(id: id, date: date, title: title, actors: clauseActors, evidence: [evidence]))
                eventGroups.append(groups(of: words.filter { $0.range.lowerBound >= clause }.map { $0.text.lowercasedASCII() }))
                open.append(events.count - 1)
                continue
            }
            // "Two days after the drills began, a China Coast Guard ship fired its water cannon":
            // the day that far from the happening named, dated in an earlier sentence.
            if let (counted, date) = countedFromNamed(events, open: open, inSentence, words: words, sentence: sentence.range, bytes: bytes) {
                let title = TitleCompressor.title(bytes, sentence: sentence.range, words: words, dates: [counted], roles: [])
                let id = DocumentLoader.slug(date.value + " " + TitleCompressor.firstWords(title, 6))
                events.append(TimelineEvent(id: id, date: date, title: title, actors: actors, evidence: [evidence]))
                eventGroups.append(groups(of: lowerWords))
                open.append(events.count - 1)
                anchor = events.count - 1
                countedDay = (events.count - 1, date.start)
                continue
            }
            // An undated sentence: does it continue an open event?
            guard let target = continuedEvent(lowerWords, found: found, events: events, eventGroups: eventGroups, open: open) else { continue }
            var point = evidence
            point.role = .continuation
            events[target].evidence.append(point)
            for actor in actors where !events[target].actors.contains(where: { $0.name == actor.name }) {
                events[target].actors.append(actor)
            }
            events[target].actors = ordered(events[target].actors)
        }
        return events
    }

    /// A sentence that asks (it opens with a question word or an auxiliary, and its last mark,
    /// before closing quotes, is "?"), opens with a condition ("If", "Unless"), or tells what
    /// would have been.
    /// Prepositions that open a phrase before a question ("On the talks, did ...?").
    static let questionPhraseOpeners: Set<String> = ["on", "about", "regarding", "as", "given", "after", "in", "with", "for"]

    static func isQuestionOrCondition(_ bytes: [UInt8], _ sentence: Range<Int>, words: [Word]) -> Bool {
        var end = sentence.upperBound
        while end > sentence.lowerBound, [0x20, 0x0A, UInt8(ascii: "\""), UInt8(ascii: "'"), 0x9D, 0x99, 0x80, 0xE2].contains(bytes[end - 1]) {
            end -= 1
        }
        // ("Q: What happens ...": an interview's label first.)
        guard let first = words.first?.text == "Q" && words.count > 1 ? words[1] : words.first else { return false }
        // (A question opens with its question word or auxiliary: "The Pentagon said it will
        // re-examine the question: are the remains ... known?" reports a happening.)
        if end > sentence.lowerBound, bytes[end - 1] == UInt8(ascii: "?") {
            if questionOpeners.contains(first.text.lowercasedASCII()) { return true }
            // A transcript's question, however it opens: "QUESTION: Thank you. On North Korea,
            // ...?", "Question from Kyodo: ...?", "Q: ... on Monday?"
            if let label = words.first?.text, ["q", "question"].contains(label.lowercasedASCII()) { return true }
            // A short label or an opening phrase first: "Last one: has the US side explained
            // ...?", "On yesterday's meeting with the ambassador, did the minister raise ...?"
            if first.range.lowerBound < end,
                let mark = bytes[first.range.lowerBound..<end].firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }),
                let next = words.first(where: { $0.range.lowerBound > mark }), questionOpeners.contains(next.text.lowercasedASCII())
            {
                let head = words.filter { $0.range.lowerBound >= first.range.lowerBound && $0.range.upperBound <= mark }
                if bytes[mark] == UInt8(ascii: ":")
                    ? head.count <= 3 : head.first.map({ questionPhraseOpeners.contains($0.text.lowercasedASCII()) }) ?? false
                {
                    return true
                }
            }
            // "On North Korea, the launch yesterday: has Japan consulted the US?": a verbless
            // topic, a colon, then the question.
            if let colon = bytes[first.range.lowerBound..<end].lastIndex(of: UInt8(ascii: ":")),
                let next = words.first(where: { $0.range.lowerBound > colon }), questionOpeners.contains(next.text.lowercasedASCII()),
                !words.contains(where: {
                    $0.range.lowerBound >= first.range.lowerBound && $0.range.upperBound <= colon && isVerbForm($0.text.lowercasedASCII())
                })
            {
                return true
            }
        }
        if ["If", "Unless"].contains(first.text) { return true }
        // An inverted condition: "Had Manila not brought that case, the Philippines would ...",
        // "Were China to blockade the island next year, ...", "Should talks fail in March, ...":
        // the auxiliary first, its subject, and a comma before the main clause.
        if ["Had", "Were", "Should"].contains(first.text), words.count > 4,
            words[1].text.first.map({ $0.isUppercase }) == true || ["the", "it", "they", "we", "he", "she", "talks"].contains(words[1].text),
            bytes[first.range.upperBound..<min(end, words[min(words.count - 1, 12)].range.upperBound)].contains(UInt8(ascii: ",")),
            words.contains(where: { ["would", "could", "might"].contains($0.text) })
        {
            return true
        }
        // "Ten years ago, such a deal would have been front-page news": what did not happen.
        return words.indices.dropLast().contains { k in
            words[k].text == "would" && words[k + 1].text == "have" && k + 2 < words.count && words[k + 2].text.lowercasedASCII() == "been"
        }
    }

    /// A day followed by a verb of lasting and the day it lasts until: "The drills, which began on
    /// Monday and run until May 8, ..." (run, runs, continue, continues, last, lasts, will run;
    /// until, through, till) dates the event from the first day to the second, at most 92 days
    /// later. ("opened on Monday and were suspended until May 8" is no such span.)
    static func runsUntil(
        _ e: TemporalExpression, _ date: EventDate, _ expressions: [TemporalExpression], words: [Word], bytes: [UInt8]
    ) -> EventDate? {
        guard date.precision == .day, date.start == date.end,
            let next = expressions.first(where: { $0.start >= e.end }), let end = EventDate(next), end.precision == .day,
            end.start == end.end, end.start > date.start, end.start.ordinal - date.start.ordinal <= 92
        else { return nil }
        let between = words.filter { $0.range.lowerBound >= e.end && $0.range.upperBound <= next.start }.map { $0.text.lowercasedASCII() }
        // "and", a verb of lasting with no subject of its own ("will" may come first), and the
        // preposition; the first day the start of something ("began on", "opened on").
        // (Or the main verb after a relative clause that tells the start: "The exercise, which
        // began on Oct. 24, runs until Nov. 30".)
        let joined = between.first == "and"
        var verbs = joined ? between.dropFirst().dropLast() : between.dropLast()
        if verbs.first == "will" { verbs = verbs.dropFirst() }
        // ("began on April 28 and ended on Tuesday": the day it ended.)
        let ended = between.last == "on" && verbs.count == 1 && endVerbs.contains(verbs.first!)
        guard let last = between.last, ended || ["until", "through", "till"].contains(last), verbs.count == 1,
            ended || ["run", "runs", "ran", "continue", "continues", "continued", "last", "lasts", "lasted"].contains(verbs.first!),
            let p = words.lastIndex(where: { $0.range.upperBound <= e.start }), p >= 1, ["on", "in"].contains(words[p].text.lowercasedASCII()),
            // (The verb right before, or a few words before with no other verb between: "opened
            // with a ceremony in Manila on Monday, April 20, and runs until May 8".)
            let start = (max(0, p - 6)..<p).last(where: {
                ["began", "begin", "begins", "started", "start", "starts", "opened", "opens"].contains(words[$0].text.lowercasedASCII())
            }),
            !words[(start + 1)..<p].contains(where: { !$0.capitalized && isVerbForm($0.text.lowercasedASCII()) }),
            joined || start >= 1 && ["which", "that"].contains(words[start - 1].text.lowercasedASCII())
        else { return nil }
        return span(of: e, from: date.start, to: end.start, note: "to \u{201C}\(next.text)\u{201D} (\(end.start.iso)), the day it runs until")
    }

    /// Two dates joined by "and" that make one span: two days, the second one to six days after
    /// the first ("next Tuesday and Wednesday", "on 2 and 3 April", "on Oct. 12 and 13"), two
    /// months in a row ("in January and February") or two years in a row written out ("in 2018
    /// and 2019"). The event's date runs from the first to the second.
    static func datePair(_ first: TemporalExpression, _ second: TemporalExpression, published: CalendarDay? = nil, bytes: [UInt8]) -> EventDate? {
        guard var a = EventDate(first), var b = EventDate(second) else { return nil }
        // (How the tagger read the second month alone: after the publication, a plan.)
        let ahead = published.map { b.start > $0 } ?? false
        if a.precision == .month, b.precision == .month {
            if !second.derivation.hasPrefix(Resolver.noYearInText) {
                // ("in January and February last year": the first month takes the second's year.)
                if let again = inYear(first, after: b) { a = again }
            } else if let again = inYear(second, after: a, notBefore: true) {
                // ("reviewed plans for an exercise in January and February", written on January
                // 10: the second month follows the first, whatever year the tense gave it alone.)
                b = again
            }
        }
        // ("in January and February": two months in a row, the first to the end of the second.)
        // (Not a pair that runs past the publication while its first month has begun: "held drills
        // in December and January", written on December 31, keeps December, the first month, as
        // a single month would; "will hold drills in January and February", written on January
        // 15, is a plan the tagger read ahead, and a pair.)
        if a.precision == .month, b.precision == .month, b.start == a.end.adding(days: 1), !opensNounPhrase(after: second, bytes: bytes),
            ahead || published.map({ !(b.end > $0 && a.start <= $0) }) ?? true
        {
            return valueRange(
                of: first, String(a.start.iso.prefix(7)), String(b.start.iso.prefix(7)),
                text: String(decoding: bytes[first.start..<second.end], as: UTF8.self),
                note: "to the end of \u{201C}\(second.text)\u{201D} (\(b.end.iso)), the second month of the pair")
        }
        // ("Relations soured in 2018 and 2019": two years in a row, written out.)
        if a.precision == .year, b.precision == .year, a.anchoring == .explicit, b.anchoring == .explicit, b.start.year == a.start.year + 1,
            !opensNounPhrase(after: second, bytes: bytes)
        {
            return valueRange(
                of: first, String(a.start.year), String(b.start.year), text: String(decoding: bytes[first.start..<second.end], as: UTF8.self),
                note: "to the end of \u{201C}\(second.text)\u{201D}, the second year of the pair")
        }
        guard a.precision == .day, b.precision == .day, a.start == a.end, b.start == b.end, b.start > a.start, b.start.ordinal - a.start.ordinal <= 6
        else { return nil }
        return span(
            of: first, from: a.start, to: b.start, text: String(decoding: bytes[first.start..<second.end], as: UTF8.self),
            note: "to \u{201C}\(second.text)\u{201D} (\(b.start.iso)), the second day of the pair")
    }

    /// The event date of `e` as the range of two values of one precision ("2018" to "2019",
    /// "2025-01" to "2025-02": shown "2018–2019", "January–February 2025"), else the days.
    static func valueRange(of e: TemporalExpression, _ from: String, _ to: String, text: String, note: String) -> EventDate? {
        var part = e
        part.value = from
        part.rangeEnd = to
        part.mod = nil
        part.text = text
        part.derivation = e.derivation + "; " + note
        return EventDate(part)
    }

    /// What follows the expression makes it a noun's modifier: "April's drills", "September
    /// talks" ("postponed in March and April's drills were cancelled" is no pair of months).
    static func opensNounPhrase(after e: TemporalExpression, bytes: [UInt8]) -> Bool {
        guard e.end < bytes.count else { return false }
        if isPossessive(bytes, at: e.end) { return true }
        // ("joined NATO in 2023 and 2024, respectively": two happenings, each with its date.)
        let rest = String(decoding: bytes[e.end..<min(bytes.count, e.end + 15)], as: UTF8.self)
        if rest.hasPrefix(", respectively") || rest.hasPrefix(" respectively") { return true }
        var k = e.end
        while k < bytes.count, bytes[k] == 0x20 { k += 1 }
        guard k > e.end, k < bytes.count, bytes[k] >= UInt8(ascii: "a"), bytes[k] <= UInt8(ascii: "z") else { return false }
        var end = k
        while end < bytes.count, bytes[end] >= UInt8(ascii: "a"), bytes[end] <= UInt8(ascii: "z") { end += 1 }
        let word = String(decoding: bytes[k..<end], as: UTF8.self)
        return !TitleCompressor.datePrepositions.contains(word)
            && !["and", "but", "or", "when", "while", "to", "last", "this", "next", "that", "which", "after", "before"].contains(word)
            // ("In 1967 and 1968 he commanded a squadron": a subject, no noun of the years.)
            && !["he", "she", "it", "they", "we", "i", "you", "there"].contains(word)
    }

    /// The event date of `e` narrowed or widened to the days `from` through `to` (a span, or one
    /// day), its derivation followed by `note`; the expression's own value is left to the tagger.
    static func span(of e: TemporalExpression, from: CalendarDay, to: CalendarDay, text: String? = nil, note: String) -> EventDate? {
        var part = e
        part.value = from.iso
        part.rangeEnd = to == from ? nil : to.iso
        if let text { part.text = text }
        part.derivation = e.derivation + "; " + note
        return EventDate(part)
    }

    /// A weekday in a clause after ", after" that falls after the first clause's day, as the
    /// publication date placed it: the same weekday a week (or more) earlier. "The talks
    /// collapsed on Tuesday, after Hamas rejected the proposal on Friday", published on
    /// Saturday, March 14: Friday, March 6.
    static func weekdayAfterClause(_ e: TemporalExpression, _ date: EventDate, main: EventDate, part: Range<Int>, bytes: [UInt8]) -> EventDate? {
        guard date.precision == .day, date.start == date.end, date.anchoring == .publicationDate, part.lowerBound >= 9,
            Resolver.weekdayNames.contains(where: { e.text.contains($0) })
        else { return nil }
        let before = String(decoding: bytes[(part.lowerBound - 9)..<part.lowerBound], as: UTF8.self)
        var day = date.start
        guard before.hasSuffix(", after "), day > main.start else { return nil }
        while day > main.start { day = day.adding(days: -7) }
        return span(of: e, from: day, to: day, note: "the \(Resolver.weekdayNames[day.weekday - 1]) before the first clause's day (\(main.value))")
    }

    /// A date without its year ("on March 18", "in March") in a clause after one whose date has
    /// its year written: that year, or the next when the day would come before that date
    /// ("seized Crimea in late February 2014 and annexed it on March 18" is March 18, 2014;
    /// "shelled the island in November 2010 and sank a corvette in March" is March 2011), not
    /// the year the publication date gives it.
    /// "the fiscal year that ended in March 2025": the twelve months to the end of that month
    /// (April 2024 to March 2025), whatever year "the fiscal year" alone would be.
    static func yearEnding(_ e: TemporalExpression, _ expressions: [TemporalExpression], bytes: [UInt8]) -> (EventDate, Range<Int>)? {
        guard e.text.lowercased().hasSuffix("year"), let next = expressions.first(where: { $0.start > e.end }), next.start - e.end <= 20,
            let end = EventDate(next), end.precision == .month
        else { return nil }
        let between = String(decoding: bytes[e.end..<next.start], as: UTF8.self)
        guard [" that ended in ", " which ended in ", " ended in ", " ending in ", " that ended ", " ended ", " ending "].contains(between),
            let monthBefore = CalendarDay(year: end.start.year - 1, month: end.start.month, day: 1)
        else { return nil }
        var whole = e
        whole.end = next.end
        whole.text = String(decoding: bytes[e.start..<next.end], as: UTF8.self)
        guard let date = span(of: whole, from: monthBefore.adding(months: 1), to: end.end, note: "the twelve months to the end of \(next.text)")
        else { return nil }
        return (date, e.start..<next.end)
    }

    /// "Japan scrambled jets 748 times in fiscal 2025": a government's fiscal year, or a half or
    /// quarter of it, is that government's twelve months, not the calendar year. Japan's fiscal
    /// 2025 runs from April 2025 to March 2026; the United States' fiscal 2026 from October 2025
    /// to September 2026. Only when the sentence names one of the two governments (and not both)
    /// and the year is written ("fiscal 2025", "FY2026"; "this fiscal year" depends on the
    /// month, and a company's fiscal year is its own).
    static func governmentFiscalYear(_ e: TemporalExpression, _ date: EventDate, sentence: Range<Int>, bytes: [UInt8], headline: Int? = nil)
        -> EventDate?
    {
        let text = e.text.lowercased()
        guard text.contains("fiscal") || text.hasPrefix("fy") || text.contains(" fy"), text.contains(where: \.isNumber), date.start.day == 1,
            date.end == CalendarDay.lastDay(year: date.end.year, month: date.end.month), date.start.year == date.end.year
        else { return nil }
        let months = date.end.month - date.start.month + 1
        guard months == 12 || (months == 6 || months == 3) && (date.start.month - 1) % months == 0,
            !isCompanysYear(bytes[sentence]),
            let shift = fiscalCalendarShift(bytes[sentence]) ?? (namesNoOne(bytes[sentence]) ? headline : nil)
        else { return nil }
        let from = date.start.adding(months: shift)
        let last = date.end.adding(months: shift)
        let to = CalendarDay.lastDay(year: last.year, month: last.month)
        var part = e
        part.value = String(from.iso.prefix(7))
        part.rangeEnd = String(to.iso.prefix(7))
        part.derivation =
            e.derivation + "; " + (shift > 0 ? "Japan's fiscal year runs from April to March" : "the U.S. fiscal year runs from October to September")
        return EventDate(part)
    }

    /// A financial year written with both its years ("2026-27", "FY2026-27", "the 2027-28
    /// financial year"; not "2013-2014") in a sentence about money (not a season's or a school
    /// year's), in a country whose financial year starts in July (Australia, New Zealand: 1 July
    /// 2026 to 30 June 2027) or in April (the United Kingdom, Japan: 1 April 2026 to 31 March
    /// 2027): those months. The country is the one the sentence names, else, when the sentence
    /// names no other country, the only one of these the text names.
    static func splitFiscalYear(_ e: TemporalExpression, _ date: EventDate, sentence: Range<Int>, bytes: [UInt8]) -> EventDate? {
        // (Written as a financial year: the second year in two digits, "FY" before it, or
        // "financial year" after it; "2013-2014" is two calendar years.)
        let after = String(decoding: bytes[e.end..<min(bytes.count, e.end + 16)], as: UTF8.self).lowercased()
        let digitsAtEnd = e.text.utf8.reversed().prefix { $0 &- 0x30 < 10 }.count
        guard e.rangeEnd != nil, date.start.month == 1, date.start.day == 1, date.end.month == 12, date.end.day == 31,
            date.end.year == date.start.year + 1, e.text.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 >= 0x80 }),
            digitsAtEnd == 2 || e.text.hasPrefix("FY") || after.hasPrefix(" financial year") || after.hasPrefix(" fiscal year")
        else { return nil }
        // Words of money, whole words ("qualify" is no "fy"), and no season or school year
        // after it ("spending the 2019-20 season on loan", "the 2024-25 academic year").
        let sentenceText = String(decoding: bytes[sentence], as: UTF8.self)
        let sentenceWords = sentenceText.lowercased().split { !$0.isLetter }
        let next = after.split(separator: " ").first.map { String($0.filter(\.isLetter)) } ?? ""
        guard sentenceWords.contains(where: { SplitFiscal.moneyWords.contains(String($0)) }) || e.text.hasPrefix("FY"),
            !["season", "academic", "school", "term", "campaign"].contains(next)
        else { return nil }
        func startMonth(_ text: String) -> Int? {
            let july = SplitFiscal.names(text, SplitFiscal.july)
            let april = SplitFiscal.names(text, SplitFiscal.april)
            return july == april ? nil : (july ? 7 : 4)
        }
        // (A sentence naming another country, "Pakistan's defence budget for 2024-25, British
        // officials noted", says nothing, and the text's country is not borrowed for it.)
        guard !SplitFiscal.names(sentenceText, SplitFiscal.other),
            let month = startMonth(sentenceText) ?? startMonth(String(decoding: bytes, as: UTF8.self)),
            let from = CalendarDay(year: date.start.year, month: month, day: 1)
        else { return nil }
        let last = from.adding(months: 11)
        var part = e
        part.value = String(from.iso.prefix(7))
        part.rangeEnd = String(last.iso.prefix(7))
        part.derivation =
            e.derivation + "; a financial year from "
            + (month == 7 ? "July to June (Australia, New Zealand)" : "April to March (the United Kingdom, Japan)")
        return EventDate(part)
    }

    /// The words ``splitFiscalYear(_:_:sentence:bytes:)`` looks for.
    enum SplitFiscal {
        static let moneyWords: Set<String> = [
            "budget", "budgets", "spending", "funding", "funded", "appropriation", "appropriations", "allocation", "allocations", "fy",
            "financial", "fiscal",
        ]
        static let july = ["Australia", "Australian", "Canberra", "A$", "New Zealand", "Wellington", "NZ$"]
        static let april = ["Britain", "British", "U.K.", "UK", "MoD", "Whitehall", "Westminster", "Japan", "Japanese", "Tokyo"]
        static let other = [
            "Pakistan", "Pakistani", "India", "Indian", "Canada", "Canadian", "U.S.", "US", "American", "Pentagon", "Congress", "China", "Chinese",
        ]

        /// Whether `text` names one of `list` as a whole word ("CA$" is not "A$", "SAUDI" not
        /// "AUD").
        static func names(_ text: String, _ list: [String]) -> Bool {
            list.contains { name in
                var from = text.startIndex
                while let r = text.range(of: name, range: from..<text.endIndex) {
                    let before = r.lowerBound == text.startIndex ? " " : text[text.index(before: r.lowerBound)]
                    let after = r.upperBound == text.endIndex ? " " : text[r.upperBound]
                    if !before.isLetter, !after.isLetter { return true }
                    from = r.upperBound
                }
                return false
            }
        }
    }

    /// Whether `sentence` names no one: no capitalized word after its first but a month's name
    /// ("Defence-related spending reached 2% of GDP in fiscal 2025" means the headline's
    /// government; "South Korea raised its budget in fiscal 2025" does not).
    static func namesNoOne(_ sentence: ArraySlice<UInt8>) -> Bool {
        var k = sentence.startIndex
        var first = true
        while k < sentence.endIndex {
            guard isLetter(sentence[k]), k == sentence.startIndex || !isLetter(sentence[k - 1]) else {
                k += 1
                continue
            }
            var e = k
            while e < sentence.endIndex, isLetter(sentence[e]) { e += 1 }
            // (The first word too, unless it is a common opener: "Canberra expects ..." names
            // Australia's government.)
            if first, !genericOpeners.contains(String(decoding: sentence[k..<e], as: UTF8.self).lowercased()) { return false }
            if !first, sentence[k] >= UInt8(ascii: "A"), sentence[k] <= UInt8(ascii: "Z"),
                !DocumentLoader.isMonth(String(decoding: sentence[k..<e], as: UTF8.self)),
                !(e - k == 2 && sentence[k + 1] == UInt8(ascii: "Y")), !sentence[k..<e].elementsEqual("GDP".utf8)
            {
                return false
            }
            first = false
            k = e
        }
        return true
    }

    /// Words that open a sentence naming no one ("Three more units will receive the missiles
    /// during fiscal 2028", "Defence-related spending reached ...").
    static let genericOpeners: Set<String> = [
        "the", "a", "an", "it", "its", "this", "that", "these", "those", "such", "spending", "defence", "defense", "military", "total",
        "overall", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "most", "some", "all", "both",
        "each", "every", "another", "further", "new", "in", "during", "by", "for", "from", "over", "under", "since", "until", "there",
    ]

    /// A company's fiscal year is its own: a sentence that speaks of profit, revenue or orders,
    /// or names a company ("Mitsubishi Heavy Industries said its defense orders would double in
    /// fiscal 2026").
    static func isCompanysYear(_ sentence: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: sentence, as: UTF8.self).lowercased()
        return companyWords.contains { text.contains($0) }
    }

    static let companyWords = [
        "profit", "revenue", "earnings", "sales", "orders", "industries", " corp", " inc", " ltd", "company", "shipbuilder", "contractor",
        " firm", "manufacturer", "maker", "shares", "dividend",
    ]

    /// How many months a fiscal year named in `sentence` is ahead of the calendar year: 3 when it
    /// names Japan (April to March, named by the year it starts in), -3 when it names the United
    /// States (October to September, named by the year it ends in), nil for neither or both.
    static func fiscalCalendarShift(_ sentence: ArraySlice<UInt8>) -> Int? {
        var japan = false
        var us = false
        var k = sentence.startIndex
        while k < sentence.endIndex {
            guard sentence[k] >= UInt8(ascii: "A"), sentence[k] <= UInt8(ascii: "Z"), k == sentence.startIndex || !isLetter(sentence[k - 1]) else {
                k += 1
                continue
            }
            var e = k
            while e < sentence.endIndex,
                isLetter(sentence[e]) || sentence[e] == UInt8(ascii: ".") && e + 1 < sentence.endIndex && isLetter(sentence[e + 1])
            {
                e += 1
            }
            if e < sentence.endIndex, sentence[e] == UInt8(ascii: "."), e > k, sentence[e - 1] == UInt8(ascii: "S") { e += 1 }
            let word = String(decoding: sentence[k..<e], as: UTF8.self)
            if ["Japan", "Japanese", "Tokyo"].contains(word) || word == "Self" && sentence[e...].starts(with: "-Defense Force".utf8) {
                japan = true
            } else if ["U.S.", "US", "American", "Pentagon", "Congress", "Washington"].contains(word)
                || word == "United" && sentence[e...].starts(with: " States".utf8)
            {
                us = true
            }
            k = max(e, k + 1)
        }
        return japan == us ? nil : (japan ? 3 : -3)
    }

    /// A citation's year: "(Kim 2019)", "(Tanaka and Ortiz 2023; Lee et al. 2021)", "Tanaka and
    /// Ortiz (2023) found": the year a work appeared, named after its authors in parentheses,
    /// not a happening's date.
    static func isCitation(_ e: TemporalExpression, bytes: [UInt8]) -> Bool {
        guard e.text.utf8.count == 4, e.text.utf8.allSatisfy({ $0 &- 0x30 < 10 }), e.start >= 2, e.end < bytes.count,
            [UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ",")].contains(bytes[e.end])
        else { return false }
        // "Ortiz (2023) found", "Park et al. (2020) surveyed": an author's name (or "et al.")
        // right before the parenthesis and a verb of research after it ("met in Hanoi (2019)"
        // and "North Korea (2006) conducted its first nuclear test" are dates).
        if bytes[e.start - 1] == UInt8(ascii: "("), bytes[e.end] == UInt8(ascii: ")") {
            var k = e.start - 2
            guard bytes[k] == UInt8(ascii: " "), k >= 1 else { return false }
            k -= 1
            if bytes[k] == UInt8(ascii: ".") { k -= 1 }
            let wordEnd = k + 1
            while k > 0, isLetter(bytes[k - 1]) { k -= 1 }
            let name = String(decoding: bytes[k..<wordEnd], as: UTF8.self)
            guard
                name == "al"
                    || isLetter(bytes[k]) && bytes[k] >= UInt8(ascii: "A") && bytes[k] <= UInt8(ascii: "Z")
                        && !DocumentLoader.isMonth(String(decoding: bytes[k..<wordEnd], as: UTF8.self))
            else { return false }
            var a = e.end + 1
            while a < bytes.count, bytes[a] == UInt8(ascii: " ") { a += 1 }
            var b = a
            while b < bytes.count, isLetter(bytes[b]) { b += 1 }
            return researchVerbs.contains(String(decoding: bytes[a..<b], as: UTF8.self))
        }
        // "(Kim 2019)", "(Lee et al. 2021)", "(Tanaka and Ortiz 2023)", "(Kim, 2019)": names
        // back to the parenthesis (or to the citation before it, after a semicolon).
        guard bytes[e.start - 1] == UInt8(ascii: " ") else { return false }
        var k = e.start - 1
        var names = 0
        while k > 0, e.start - k < 80 {
            let b = bytes[k - 1]
            if b == UInt8(ascii: "(") || b == UInt8(ascii: ";") { return names > 0 }
            guard
                isLetter(b) || b == UInt8(ascii: " ") || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "&")
                    || b == UInt8(ascii: "-") || b >= 0x80
            else { return false }
            // A word starting here: a name (capitalized) or "and", "et", "al".
            if isLetter(b), k - 1 == 0 || !isLetter(bytes[k - 2]) {
                var end = k - 1
                while end < e.start, isLetter(bytes[end]) || bytes[end] >= 0x80 { end += 1 }
                let word = String(decoding: bytes[(k - 1)..<end], as: UTF8.self)
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                    if DocumentLoader.isMonth(word) { return false }
                    names += 1
                } else if !["and", "et", "al"].contains(word) {
                    return false
                }
            }
            k -= 1
        }
        return false
    }

    /// What a cited work does: "Tanaka and Ortiz (2023) found", "As Ferreira (2025) had predicted".
    static let researchVerbs: Set<String> = [
        "found", "finds", "argued", "argues", "showed", "shows", "shown", "reported", "reports", "noted", "notes", "wrote", "writes",
        "suggested", "suggests", "predicted", "predicts", "warned", "warns", "concluded", "concludes", "estimated", "estimates",
        "observed", "observes", "surveyed", "surveys", "documented", "documents", "described", "describes", "proposed", "proposes",
        "had", "has", "have", "also",
    ]

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

    /// "over the past six months", "in the last two weeks", "during the past year": a duration
    /// up to the publication, as the span it covers (from that far before the publication to
    /// the publication).
    /// At most a year, and not in a sentence with a figure: "investors pulled out $182 million
    /// in the past two months", "Gas prices fell nearly two cents over the past two weeks" are
    /// statistics, and "the jobs he has held over the past 20 years" a state.
    static func pastPeriod(_ e: TemporalExpression, published: CalendarDay, sentence: Range<Int>, bytes: [UInt8]) -> TemporalExpression? {
        let lower = e.text.lowercased()
        guard lower.hasPrefix("the past ") || lower.hasPrefix("the last "),
            let preposition = ["over ", "in ", "during ", "throughout "].first(where: { p in
                // (Opening the sentence too: "Over the past six months, ...".)
                e.start >= p.utf8.count && zip(bytes[(e.start - p.utf8.count)..<e.start], p.utf8).allSatisfy { $0 | 0x20 == $1 | 0x20 }
            })
        else { return nil }
        var value = Substring(e.value)
        guard value.hasPrefix("P"), !value.hasPrefix("PT"), let unit = value.last else { return nil }
        value = value.dropFirst().dropLast()
        // (Nor in a relative clause: "Ricardo Alarcon, who has served as adviser over the past
        // four months".)
        let before = String(decoding: bytes[sentence.lowerBound..<e.start], as: UTF8.self)
        if before.contains(", who ") || before.contains(", which ") { return nil }
        guard let n = Int(value), n > 0,
            unit == "D" && n <= 366 || unit == "W" && n <= 52 || unit == "M" && n <= 12 || unit == "Y" && n == 1,
            !bytes[sentence].indices.contains(where: { $0 < e.start || $0 >= e.end ? bytes[$0] &- 0x30 < 10 : false })
        else { return nil }
        // ("two cents", "a dozen": a figure in words is a figure too.)
        let words = String(decoding: bytes[sentence], as: UTF8.self).lowercased()
        if [" cents", " percent", " dozen", " million", " billion", "%", "$"].contains(where: { words.contains($0) }) { return nil }
        let start: CalendarDay
        switch unit {
        case "D": start = published.adding(days: -n)
        case "W": start = published.adding(days: -7 * n)
        case "M": start = published.adding(months: -n)
        case "Y": start = published.adding(months: -12 * n)
        default: return nil
        }
        var period = e
        // (With its preposition, which goes from the title with it.)
        period.start = e.start - preposition.utf8.count
        period.text = String(decoding: bytes[period.start..<e.end], as: UTF8.self)
        period.type = .date
        period.value = start.iso
        period.rangeEnd = published.iso
        period.mod = nil
        period.anchoring = .publicationDate
        period.derivation = "\(e.text): from \(start.iso) to the publication"
        return period
    }

    /// "overnight losses": "overnight" before a noun (a lower-case word that is no preposition
    /// or conjunction).
    static func isOvernightBeforeNoun(_ e: TemporalExpression, sentence: Range<Int>, bytes: [UInt8]) -> Bool {
        func isLower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
        guard isOvernight(e), e.end <= sentence.upperBound, e.start >= sentence.lowerBound else {
            return false
        }
        // ("Rutte, who hosted leaders overnight, opened the session": a relative clause's night.)
        let before = String(decoding: bytes[sentence.lowerBound..<e.start], as: UTF8.self)
        if let r = before.range(of: ", who ") ?? before.range(of: ", which "), !before[r.upperBound...].contains(",") { return true }
        guard
            let next = bytes[e.end..<sentence.upperBound].firstIndex(where: { $0 != 0x20 }), next > e.end, isLower(bytes[next])
        else { return false }
        let word = String(
            decoding: bytes[next..<(bytes[next..<sentence.upperBound].firstIndex(where: { !isLower($0) }) ?? sentence.upperBound)], as: UTF8.self)
        return !TitleCompressor.datePrepositions.contains(word)
            && !["and", "but", "with", "near", "after", "before", "against", "as", "when", "while", "to", "off", "over", "across", "around"].contains(
                word)
    }

    /// "Overnight" (the night before the publication): from that evening to the next morning,
    /// the two days.
    /// A day named in the sentence is the morning after ("drones struck Kyiv overnight, the
    /// mayor said on Sunday": Saturday night to Sunday).
    static func overnight(_ e: TemporalExpression, _ date: EventDate, _ expressions: [TemporalExpression], bytes: [UInt8]) -> EventDate? {
        guard isOvernight(e), e.value.hasSuffix("TNI"), date.start == date.end else { return nil }
        // (Only a report's day: "jets scrambled overnight, a day after drones crossed on Monday"
        // names another happening's.)
        if let day = expressions.lazy.filter({ $0.start != e.start && reportedOn($0, bytes: bytes) }).compactMap({ EventDate($0) }).first(where: {
            $0.start == $0.end
        }) {
            return span(of: e, from: day.start.adding(days: -1), to: day.start, note: "overnight: the night before \(day.value)")
        }
        return span(of: e, from: date.start, to: date.start.adding(days: 1), note: "overnight: that night and the next morning")
    }

    /// Word `k` makes "than" a deadline's: "no later than 2027", "no earlier than in 2026".
    static func isDeadlineWord(_ words: [Word], _ k: Int) -> Bool {
        k >= 0 && k < words.count && ["later", "earlier", "sooner"].contains(words[k].text.lowercasedASCII())
    }

    /// The expression is the word "overnight" alone.
    static func isOvernight(_ e: TemporalExpression) -> Bool { e.end - e.start == 9 && e.text.lowercased() == "overnight" }

    /// The date is a report's: "said on Sunday", "wrote on X on Monday", "reported Tuesday".
    static func reportedOn(_ e: TemporalExpression, bytes: [UInt8]) -> Bool {
        let before = String(decoding: bytes[max(0, e.start - 24)..<e.start], as: UTF8.self)
        return ["said ", "says ", "reported ", "told ", "wrote ", "announced ", "stated "].contains { before.contains($0) }
    }

    /// ", when" right after the date: a clause of its own follows.
    static func isFollowedByWhen(_ e: TemporalExpression, bytes: [UInt8]) -> Bool {
        e.end + 7 <= bytes.count && bytes[e.end..<(e.end + 7)].elementsEqual(", when ".utf8)
    }

    /// A clock with seconds followed by a dash ("00:12:30 - ", "1:05:10 — "): where a recording
    /// or a video says something, as show notes list them.
    static func isTimestamp(_ e: TemporalExpression, bytes: [UInt8]) -> Bool {
        guard e.type == .time, e.end + 2 < bytes.count, bytes[e.start..<e.end].filter({ $0 == UInt8(ascii: ":") }).count == 2,
            bytes[e.end] == 0x20
        else { return false }
        return bytes[e.end + 1] == UInt8(ascii: "-") || bytes[e.end + 1] == 0xE2 && e.end + 3 < bytes.count && bytes[e.end + 2] == 0x80
    }

    /// "Shortly after midnight" (a day's 24:00): the next day, the one the happening fell on.
    /// Only a bare "midnight" counted from a day told before ("midnight on Monday" names its
    /// day; a midnight of the publication day is the night just gone), and never past the
    /// publication.
    static func afterMidnight(_ e: TemporalExpression, _ date: EventDate, published: CalendarDay?, bytes: [UInt8]) -> EventDate? {
        guard e.value.hasSuffix("T24:00"), date.start == date.end, e.start >= 6, e.end - e.start == 8, e.anchoring == .previousMention,
            bytes[(e.start - 6)..<e.start].elementsEqual("after ".utf8)
        else { return nil }
        let next = date.start.adding(days: 1)
        if let published, next > published { return nil }
        return span(of: e, from: next, to: next, note: "after midnight: the next day")
    }

    /// `notBefore`: only a year that puts it on or after that date (a gapped clause: "Finland
    /// joined NATO in April 2023 and Sweden in March" is March 2024).
    static func inYear(_ e: TemporalExpression, after first: EventDate, notBefore: Bool = false) -> EventDate? {
        // (Not a day with its weekday: the weekday chose its year.)
        guard e.derivation.hasPrefix(Resolver.noYearInText), !Resolver.weekdayNames.contains(where: { e.text.contains($0) }), e.rangeEnd == nil,
            e.value.utf8.count >= 7,
            e.value.utf8.prefix(4).allSatisfy({ $0 &- 0x30 < 10 }), e.value.utf8.dropFirst(4).first == UInt8(ascii: "-")
        else { return nil }
        // (The year that puts it nearest that date: a clause after ", after" may come before it,
        // "struck Iran on June 13, 2025, after talks collapsed on June 12".)
        var best: (distance: Int, date: EventDate)?
        for year in [first.start.year - 1, first.start.year, first.start.year + 1] {
            guard let d = inYear(e, year: year, because: "the year that puts it nearest the date of the clause before it (\(first.value))"),
                !notBefore || d.start >= first.start
            else { continue }
            let distance = d.start > first.end ? d.start.ordinal - first.end.ordinal : d.end < first.start ? first.start.ordinal - d.end.ordinal : 0
            if best == nil || distance < best!.distance { best = (distance, d) }
        }
        return best?.date
    }

    /// "earlier this week": the days of the publication's week before it; "later this week": the
    /// days after it ("Canada took similar action earlier this week", published on Thursday,
    /// March 27, is March 24-26); "earlier in the week" too, and "earlier" or "later" before
    /// the expression. Not the publication's month, season or year: "earlier this month" stays
    /// the month, as the keys of the reviewed corpora date it, and reports of one happening
    /// published on different days keep one date to be merged by. Nil for anything else, or
    /// when no day is left.
    static func periodPart(_ e: TemporalExpression, _ date: EventDate, published: CalendarDay, bytes: [UInt8]) -> EventDate? {
        guard date.precision == .week, date.anchoring == .publicationDate, date.mod == nil,
            date.interval.contains(published)
        else { return nil }
        let text = e.text.lowercasedASCII()
        var earlier = text.hasPrefix("earlier this ") || text.hasPrefix("earlier in the ")
        var later = text.hasPrefix("later this ") || text.hasPrefix("later in the ")
        if !earlier, !later, text.hasPrefix("this ") {
            // (When the tagger's span leaves "earlier" or "later" out.)
            var end = e.start
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var k = end
            while k > 0, (bytes[k - 1] | 0x20) >= UInt8(ascii: "a"), (bytes[k - 1] | 0x20) <= UInt8(ascii: "z") { k -= 1 }
            let word = String(decoding: bytes[k..<end], as: UTF8.self).lowercasedASCII()
            earlier = word == "earlier"
            later = word == "later"
        }
        let span: (CalendarDay, CalendarDay)
        if earlier {
            guard published > date.start else { return nil }
            span = (date.start, published.adding(days: -1))
        } else if later {
            guard published < date.end else { return nil }
            span = (published.adding(days: 1), date.end)
        } else {
            return nil
        }
        return self.span(of: e, from: span.0, to: span.1, note: "the days of that week \(earlier ? "before" : "after") the publication date")
    }

    /// A duration in days or weeks right before the day with "before" or "after" between ("Two
    /// weeks before Tuesday's mission", "three days after March 3"): the duration and the day
    /// the event falls on, counted from the date. Nil for anything else (a vague duration, a
    /// date that is not one day).
    static func countedFrom(
        _ e: TemporalExpression, _ date: EventDate, _ expressions: [TemporalExpression], words: [Word], bytes: [UInt8]
    ) -> (TemporalExpression, EventDate)? {
        guard date.precision == .day, date.start == date.end, date.mod == nil,
            let d = expressions.last(where: { $0.type == .duration && $0.end < e.start && $0.end >= e.start - 64 }), d.mod == nil,
            !expressions.contains(where: { $0.start > d.end && $0.start < e.start })
        else { return nil }
        // ("stayed in port for two weeks after March 3", "for just two weeks after": a length,
        // not a distance.)
        if isLength(d, words: words) { return nil }
        let between = String(decoding: bytes[d.end..<e.start], as: UTF8.self)
        let sign: Int
        switch between {
        case " before ": sign = -1
        case " after ": sign = 1
        default:
            // "a week after the leaders' summit on June 24": the happening named between, with
            // its day.
            guard let named = namedHappeningBetween(between) else { return nil }
            sign = named
        }
        guard let days = days(in: d) else { return nil }
        let day = date.start.adding(days: sign * days)
        guard
            let shifted = span(
                of: e, from: day, to: day, text: String(decoding: bytes[d.start..<e.end], as: UTF8.self),
                note: "\(d.text.lowercasedASCII()) \(sign < 0 ? "before" : "after") it")
        else { return nil }
        return (d, shifted)
    }

    /// A date that a participle of a dated act sets off after a noun ("the Mutual Defense Treaty,
    /// signed on Aug. 30, 1951", "Under the current deal, agreed in December 2021, Japan is
    /// paying"): what to cut so the title is the noun phrase and the participle ("The Mutual
    /// Defense Treaty signed", "The current deal agreed"). Nil when the participle is a main
    /// verb after an aside ("The bill, which the upper house debated, passed on Wednesday") or
    /// the date does not close the aside.
    static func participleAside(_ e: TemporalExpression, words: [Word], part: Range<Int>, bytes: [UInt8]) -> [Range<Int>]? {
        guard let first = words.firstIndex(where: { $0.range.lowerBound >= e.start }), first >= 2 else { return nil }
        var w = first - 1
        if asidePrepositions.contains(words[w].text.lowercasedASCII()) { w -= 1 }
        // (Not a participle that only schedules, "the summit, set for Friday": the event is not
        // done.)
        guard w >= 1, !words[w].capitalized, TitleCompressor.datedParticiples.contains(words[w].text.lowercasedASCII()),
            !["planned", "scheduled", "slated", "set"].contains(words[w].text.lowercasedASCII()),
            let comma = bytes[words[w - 1].range.upperBound..<words[w].range.lowerBound].firstIndex(of: UInt8(ascii: ","))
        else { return nil }
        // The date closes the aside: the part ends, or a comma or a period follows.
        var a = e.end
        while a < part.upperBound, bytes[a] == 0x20 { a += 1 }
        guard a >= part.upperBound || bytes[a] == UInt8(ascii: ",") || bytes[a] == UInt8(ascii: ".") else { return nil }
        // (Between a subject and its verb the aside is the subject's, and the sentence's verb
        // tells the happening: "The exercises, held from July 9 to 18, were the largest".)
        if a < part.upperBound, bytes[a] == UInt8(ascii: ","), let main = words.firstIndex(where: { $0.range.lowerBound > a }),
            isFiniteVerb(words, main)
        {
            return nil
        }
        // Its comma is the first of the part (after another comma the participle may be a main
        // verb after an aside: "The bill, backed by the ruling coalition, passed on Wednesday").
        guard !bytes[part.lowerBound..<comma].contains(UInt8(ascii: ",")), !isFiniteVerb(words, w - 1) else { return nil }
        // The noun phrase before the comma, back to a preposition, a verb or a conjunction; across
        // "with", "near", "between" and "and" ("the pact with Manila", "the treaty between Japan
        // and the Philippines"), not "of" ("the 75th anniversary of the ... Treaty, signed").
        // It opens with a determiner ("the", "its"): a pronoun, a bare name after a preposition
        // ("a plan by Washington, announced") or a verb ("will sign the pact") is no such phrase.
        var start = w - 1
        while start > 0, w - start < 10 {
            let previous = words[start - 1]
            let t = previous.text.lowercasedASCII()
            // (A plural noun in -s is no verb here: "the drills near Scarborough Shoal".)
            if nounPhraseJoins.contains(t), start >= 2, !isVerbForm(words[start - 2].text.lowercasedASCII()),
                !asideNounStops.contains(words[start - 2].text.lowercasedASCII())
            {
                start -= 1
                continue
            }
            if determiners.contains(words[start].text.lowercasedASCII()) || asideNounStops.contains(t) || isVerbForm(t) { break }
            start -= 1
        }
        // (A noun with its own year, "a 2019 report, published in March", is that year's.)
        guard determiners.contains(words[start].text.lowercasedASCII()),
            !words[start..<w].contains(where: { $0.text.utf8.count == 4 && $0.text.utf8.allSatisfy { $0 &- 0x30 < 10 } })
        else { return nil }
        // (An agent after the date continues the aside, "signed on Monday, by China and Russia";
        // a clause after it completes the noun, "the claim, announced on Monday, that the reef
        // was Chinese"; a quotation is someone's words.)
        if a < part.upperBound, bytes[a] == UInt8(ascii: ","), let next = words.firstIndex(where: { $0.range.lowerBound > a }),
            words[next].text == "by" || words[next].text == "that"
        {
            return nil
        }
        if bytes[part].contains(UInt8(ascii: "\""))
            || bytes[part].indices.contains(where: { $0 + 2 < part.upperBound && bytes[$0] == 0xE2 && bytes[$0 + 1] == 0x80 && bytes[$0 + 2] == 0x9C }
            )
        {
            return nil
        }
        // The phrase stands where a verb or a preposition before it put it ("Officials praised
        // the pact with Manila, signed", "Under the current deal, agreed"), not as a subject
        // ("Japan and the Philippines, signed on Monday, a reciprocal access agreement").
        guard start > 0,
            isFiniteVerb(words, start - 1) || asideNounStops.contains(words[start - 1].text.lowercasedASCII())
                || words[..<start].indices.contains(where: { isFiniteVerb(words, $0) })
        else { return nil }
        return [part.lowerBound..<words[start].range.lowerBound, comma..<(comma + 1), words[w].range.upperBound..<part.upperBound]
    }

    /// The date follows a participle of a dated act, with at most a preposition between ("signed
    /// on Sept. 8, 1951").
    static func isAsideDate(_ e: TemporalExpression, words: [Word]) -> Bool {
        guard var w = words.lastIndex(where: { $0.range.upperBound <= e.start }) else { return false }
        if asidePrepositions.contains(words[w].text.lowercasedASCII()), w > 0 { w -= 1 }
        return TitleCompressor.datedParticiples.contains(words[w].text.lowercasedASCII())
    }

    /// The prepositions between a participle and its date ("signed on", "planned for").
    static let asidePrepositions: Set<String> = ["on", "in", "at", "during", "from", "for"]

    static let nounPhraseJoins: Set<String> = ["with", "near", "between", "and"]

    static let asideNounStops: Set<String> = [
        "of", "under", "to", "in", "on", "for", "with", "at", "by", "from", "about", "into", "that", "and", "or", "as", "than", "marks",
    ]

    /// A year that labels a budget: "fiscal 2026", "FY2026", "the 2026 defense budget".
    /// ("Spending is set to reach 2% of GDP in fiscal 2027" is no label: the year is when.)
    static func isBudgetLabel(_ e: TemporalExpression, bytes: [UInt8]) -> Bool {
        // (Most dates are neither: nothing is built for them.)
        guard let b = e.text.utf8.first, b | 0x20 == UInt8(ascii: "f") || e.end - e.start == 4 && b &- 0x30 < 10 else { return false }
        let lower = e.text.lowercasedASCII()
        let after = String(decoding: bytes[e.end..<min(bytes.count, e.end + 40)], as: UTF8.self).lowercasedASCII()
        let next = after.split(separator: " ", maxSplits: 3).prefix(2)
        let beforeBudget = next.contains { $0.hasPrefix("budget") || $0.hasPrefix("appropriation") || $0.hasPrefix("bill") }
        let before = String(decoding: bytes[max(0, e.start - 6)..<e.start], as: UTF8.self).lowercasedASCII()
        if lower.hasPrefix("fiscal") || lower.hasPrefix("fy") { return before.hasSuffix("for ") || beforeBudget }
        // ("the 2026 defense budget"; not "In 2023 budget talks stalled".)
        guard e.end - e.start == 4, e.text.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        return beforeBudget && (before.hasSuffix("the ") || before.hasSuffix("its ") || before.hasSuffix("their "))
    }

    /// An undated sentence with a distance in days or weeks from a happening named with "the"
    /// ("Two days after the drills began, ...", "a week before the summit"): the day that far
    /// from the last open event whose sentence names the same noun (its first day after a verb
    /// of starting, "began", its last after one of ending, "ended"; with no such verb, an event
    /// of one day). The words counted (the duration to the noun or its verb) and the date. Nil
    /// otherwise ("stayed in port for two days after the drills began" is a length).
    static func countedFromNamed(
        _ events: [TimelineEvent], open: [Int], _ expressions: [TemporalExpression], words: [Word], sentence: Range<Int>, bytes: [UInt8]
    ) -> (counted: Range<Int>, date: EventDate)? {
        guard !open.isEmpty else { return nil }
        // "On the eve of the drill, the generals inspected the site": a day before it.
        var eve: TemporalExpression?
        if !expressions.contains(where: { $0.type == .date || $0.type == .time }), let e = words.firstIndex(where: { $0.text == "eve" }), e >= 1,
            e + 2 < words.count,
            words[e - 1].text.lowercasedASCII() == "the", words[e + 1].text == "of", words[e + 2].text == "the"
        {
            eve = TemporalExpression(
                start: words[e - 1].range.lowerBound, end: words[e].range.upperBound,
                text: String(decoding: bytes[words[e - 1].range.lowerBound..<words[e].range.upperBound], as: UTF8.self),
                type: .duration, value: "P1D", anchoring: .explicit, derivation: "the day before")
        }
        guard let d = eve ?? (expressions.count == 1 ? expressions.first : nil), d.type == .duration, d.mod == nil, let days = days(in: d),
            let k = words.firstIndex(where: { $0.range.lowerBound >= d.end }), k + 2 < words.count, words[k].range.lowerBound == d.end + 1,
            bytes[d.end] == 0x20
        else { return nil }
        let relation = eve != nil ? "before" : words[k].text.lowercasedASCII()
        guard relation == "after" || relation == "before", words[k + 1].text.lowercasedASCII() == "the" else { return nil }
        if isLength(d, words: words) { return nil }
        // The noun phrase after "the": up to four words, to a verb, a preposition or a mark.
        var head: Int?
        var n = k + 2
        while n < words.count, n < k + 6 {
            let w = words[n].text.lowercasedASCII()
            // (Common nouns only: "after the US imposed tariffs" names an actor, not a happening.)
            if nounPhraseEnds.contains(w) || (head != nil && isVerbForm(w)) || !w.utf8.allSatisfy({ $0 &- 0x61 < 26 || $0 == 0x2D }) { break }
            if words[n].capitalized { return nil }
            head = n
            n += 1
            if words[n - 1].range.upperBound >= sentence.upperBound || bytes[words[n - 1].range.upperBound] != 0x20 { break }
        }
        guard let head else { return nil }
        // Its verb, if one follows right after: "began", "ended".
        var end = words[head].range.upperBound
        var edge: Bool?  // true: the first day, false: the last
        if n < words.count, n == head + 1, bytes[words[head].range.upperBound] == 0x20 {
            let verb = words[n].text.lowercasedASCII()
            if startVerbs.contains(verb) {
                edge = true
                end = words[n].range.upperBound
            } else if endVerbs.contains(verb) {
                edge = false
                end = words[n].range.upperBound
            } else if isFiniteVerb(words, n) {
                // Another verb tells another happening ("after the ship sank", "after the coast
                // guard boarded a vessel"): not the one an earlier sentence dates.
                return nil
            }
        }
        let noun = words[head].text.lowercasedASCII()
        guard noun.utf8.count >= 3 else { return nil }
        let forms: Set<String> = noun.hasSuffix("s") ? [noun, String(noun.dropLast())] : [noun, noun + "s"]
        for i in open.reversed() {
            let e = events[i]
            guard let said = e.evidence.first else { continue }
            let saidWords = Words.split(Array(said.text.utf8), 0..<said.text.utf8.count)
            guard let named = saidWords.firstIndex(where: { forms.contains($0.text.lowercasedASCII()) }) else { continue }
            // The nearest event naming it is the one counted from, or none; and only when the
            // noun is its subject (no verb before it: "China announced drills of its own on
            // April 10" dates the announcement), with a verb of starting or ending when the
            // count names one ("The drills began on April 20").
            let lower = saidWords.map { $0.text.lowercasedASCII() }
            // ("The drill is part of this year's exercise, which ... runs through Oct. 23": what
            // the noun is tells no day of it; an earlier event may.)
            if named + 1 < lower.count, ["is", "are"].contains(lower[named + 1]) { continue }
            guard e.date.precision == .day, e.date.mod == nil,
                // ("began a river-crossing drill on Wednesday", "held the summit": a verb that
                // holds or starts it dates it too.)
                // (Up to the noun's determiner: "a large combined river-crossing drill".)
                edge != nil
                    || !saidWords[..<(lower[max(0, named - 5)..<named].lastIndex(where: { TitleCompressor.nounOpeners.contains($0) }) ?? named)]
                        .indices.contains(where: {
                            // (Not a plural in -s: "The allies began ...".)
                            !saidWords[$0].capitalized && isVerbForm(lower[$0]) && !startVerbs.contains(lower[$0])
                                && !holdingVerbs.contains(lower[$0])
                        }),
                edge != true || lower.contains(where: { startVerbs.contains($0) || startPresentVerbs.contains($0) }) || e.date.start != e.date.end,
                edge != false || lower.contains(where: { endVerbs.contains($0) || endPresentVerbs.contains($0) }) || e.date.start != e.date.end
            else { return nil }
            let from: CalendarDay
            switch edge {
            case true?: from = e.date.start
            case false?: from = e.date.end
            case nil:
                guard e.date.start == e.date.end else { return nil }
                from = e.date.start
            }
            let day = from.adding(days: relation == "before" ? -days : days)
            var part = d
            part.type = .date
            part.value = day.iso
            part.rangeEnd = nil
            part.anchoring = .previousMention
            part.text = String(decoding: bytes[d.start..<end], as: UTF8.self)
            let which = edge == true ? "the first day" : edge == false ? "the last day" : "the day"
            let counted = eve != nil ? "the eve of" : "\(d.text.lowercasedASCII()) \(relation)"
            part.derivation =
                "\(counted) \(from.iso), \(which) an earlier sentence gives the \(noun) (\u{201C}\(said.text.prefix(50))\u{2026}\u{201D})"
            guard let date = EventDate(part) else { return nil }
            return (d.start..<end, date)
        }
        return nil
    }

    /// The duration is a length, not a distance: "for (just) two days after", "lasted five days
    /// after", "stayed in port for only two days after" (the word before it, past an adverb).
    static func isLength(_ d: TemporalExpression, words: [Word]) -> Bool {
        guard var p = words.lastIndex(where: { $0.range.upperBound <= d.start }) else { return false }
        for _ in 0..<2 {
            let w = words[p].text.lowercasedASCII()
            if lengthWords.contains(w) || lastingVerbs.contains(w) { return true }
            guard ["just", "only", "roughly", "exactly", "barely", "another", "a", "further"].contains(w), p > 0 else { return false }
            p -= 1
        }
        return false
    }

    static let startPresentVerbs: Set<String> = ["begin", "begins", "start", "starts", "open", "opens", "launch", "launches"]
    static let endPresentVerbs: Set<String> = ["end", "ends", "conclude", "concludes", "finish", "finishes", "close", "closes"]

    /// Words a duration follows when it is a length, not a distance ("for two days after").
    static let lengthWords: Set<String> = ["for", "within", "than", "in", "over", "during", "about", "around", "some", "nearly", "almost"]
    static let lastingVerbs: Set<String> = [
        "last", "lasts", "lasted", "took", "take", "takes", "spent", "spend", "spends", "stayed", "stay", "stays", "remained", "remain",
        "remains", "waited", "wait", "waits", "ran", "run", "runs", "continued", "lasting", "spending", "staying", "remaining", "waiting",
    ]
    static let startVerbs: Set<String> = ["began", "begun", "started", "opened", "kicked", "got", "launched", "commenced"]
    static let holdingVerbs: Set<String> = ["held", "staged", "conducted", "hosted", "convened"]
    static let endVerbs: Set<String> = ["ended", "concluded", "finished", "closed", "wrapped", "expired", "lapsed"]
    static let nounPhraseEnds: Set<String> = [
        "in", "on", "at", "of", "by", "with", "from", "to", "for", "and", "or", "but", "that", "which", "who", "when", "as", "near", "off",
    ]

    /// An anaphoric day right after the day counted from a happening ("the following day", "the
    /// next day", "the day before", "that day"): the same count from the counted day. Nil for
    /// anything else.
    static func dayAfterCounted(_ e: TemporalExpression, _ date: EventDate, _ counted: CalendarDay) -> EventDate? {
        guard e.anchoring == .previousMention, e.type == .date, date.precision == .day, date.start == date.end, date.mod == nil else { return nil }
        let offset: Int
        switch e.text.lowercasedASCII() {
        case "the following day", "the next day", "the day after", "a day later", "one day later": offset = 1
        case "the previous day", "the day before", "a day earlier", "one day earlier", "the preceding day": offset = -1
        case "that day", "the same day", "that same day": offset = 0
        default: return nil
        }
        var part = e
        let day = counted.adding(days: offset)
        part.value = day.iso
        part.rangeEnd = nil
        part.derivation = "counted from the day told just before (\(counted.iso)), not from the last date written"
        return EventDate(part)
    }

    /// A duration in days or weeks, "after" or "before", and a clause with its own subject and
    /// verb dated by a day at its end ("The drills began two days after President Lai marked
    /// the anniversary of his inauguration on Wednesday"): where the duration starts, where the
    /// clause starts, and the day of the sentence's own happening (that far from the clause's).
    /// Nil for anything else ("stayed in port for two days after the talks collapsed on March 3"
    /// is a length; a comma or another date between ends the clause).
    static func countedAfterClause(
        _ e: TemporalExpression, _ date: EventDate, _ expressions: [TemporalExpression], words: [Word], bytes: [UInt8]
    ) -> (counted: Range<Int>, clause: Int, date: EventDate)? {
        guard date.precision == .day, date.start == date.end, date.mod == nil,
            let d = expressions.last(where: { $0.type == .duration && $0.end < e.start }), d.mod == nil, let days = days(in: d),
            !expressions.contains(where: { $0.start > d.end && $0.start < e.start }),
            !bytes[d.end..<e.start].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") }),
            let k = words.firstIndex(where: { $0.range.lowerBound >= d.end }), words[k].range.lowerBound == d.end + 1,
            k + 3 < words.count
        else { return nil }
        let relation = words[k].text.lowercasedASCII()
        guard relation == "after" || relation == "before" else { return nil }
        if isLength(d, words: words) { return nil }
        // A subject, then a verb of its own, before the day's preposition ("on Wednesday").
        guard let p = words.lastIndex(where: { $0.range.upperBound <= e.start }), p > k + 2,
            ["on", "in"].contains(words[p].text.lowercasedASCII()),
            (k + 2..<p).contains(where: {
                (isFiniteVerb(words, $0) || bareVerbs.contains(words[$0].text) || TitleCompressor.reportingVerbs.contains(words[$0].text))
                    && !words[$0].capitalized
            }),
            // ("after meeting the envoy" has no subject; "after Beijing cut ties" has.)
            words[k + 1].capitalized || !words[k + 1].text.hasSuffix("ing")
        else { return nil }
        // The clause runs past its day to the next comma or semicolon ("... said on Wednesday
        // that Taiwan would not yield", "... on Wednesday with a speech").
        let sentenceEnd = words.last.map { $0.range.upperBound } ?? e.end
        var clauseEnd = e.end
        // (Or at "and" or "but" joining another verb of the sentence's own: "Japan protested two
        // days after China announced the drills on Monday and summoned the ambassador".)
        while clauseEnd < sentenceEnd, bytes[clauseEnd] != UInt8(ascii: ","), bytes[clauseEnd] != UInt8(ascii: ";") {
            if bytes[clauseEnd] == 0x20, let next = words.firstIndex(where: { $0.range.lowerBound == clauseEnd + 1 }),
                ["and", "but"].contains(words[next].text), next + 1 < words.count
            {
                break
            }
            clauseEnd += 1
        }
        // (At the sentence's end, its closing marks go too: `... "peace through strength."`.)
        if clauseEnd == sentenceEnd {
            while clauseEnd < bytes.count, bytes[clauseEnd] != 0x20, bytes[clauseEnd] != 0x0A { clauseEnd += 1 }
        }
        let day = date.start.adding(days: relation == "before" ? -days : days)
        var part = d
        part.type = .date
        part.value = day.iso
        part.rangeEnd = nil
        part.anchoring = .previousMention
        part.text = String(decoding: bytes[d.start..<e.end], as: UTF8.self)
        part.derivation =
            "\(d.text.lowercasedASCII()) \(relation) \(date.start.iso), the day of the clause after \u{201C}\(relation)\u{201D} (\(e.text))"
        guard let shifted = EventDate(part) else { return nil }
        return (d.start..<clauseEnd, words[k + 1].range.lowerBound, shifted)
    }

    /// " after the leaders' summit on " (between a duration and its day): +1, or -1 for
    /// "before"; nil unless a noun phrase of one to five words (a determiner, a possessive or a
    /// name first; no verb, no mark) stands between the relation and "on".
    static func namedHappeningBetween(_ between: String) -> Int? {
        let parts = between.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 5, parts.first == "", parts.last == "", parts[parts.count - 2] == "on" else { return nil }
        let sign: Int
        switch parts[1] {
        case "after": sign = 1
        case "before": sign = -1
        default: return nil
        }
        let phrase = Array(parts[2..<(parts.count - 2)])
        guard (1...7).contains(phrase.count), let first = phrase.first,
            happeningOpeners.contains(first) || first.hasSuffix("'s") || first.hasSuffix("\u{2019}s") || first.first?.isUppercase == true
        else { return nil }
        for (k, w) in phrase.enumerated() {
            let lower = w.lowercasedASCII()
            // ("the leaders' summit in Washington", "the summit of NATO leaders")
            if k > 0, k + 1 < phrase.count, lower == "in" || lower == "at" || lower == "of" { continue }
            guard !w.isEmpty, !bareVerbs.contains(lower), !TitleCompressor.reportingVerbs.contains(lower),
                w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }),
                !isVerbForm(lower), !nounPhraseEnds.contains(lower)
            else { return nil }
        }
        return sign
    }

    /// What opens the noun phrase of a named happening: the title's noun openers, "that", "last".
    static let happeningOpeners: Set<String> = TitleCompressor.nounOpeners.union(["that", "last"])
    /// Verbs whose past is their present, which the -ed test misses ("Beijing cut ties").
    static let bareVerbs: Set<String> = ["cut", "hit", "put", "shut", "quit", "set", "spread", "beat", "hurt", "split", "cast", "struck", "let"]

    /// The days of a duration in days or weeks (`P3D`, `P2W`: a count under 1,000 and a unit);
    /// nil for any other duration.
    static func days(in d: TemporalExpression) -> Int? {
        let v = Array(d.value.utf8)
        guard v.count >= 3, v[0] == UInt8(ascii: "P"), let n = Int(String(decoding: v[1..<(v.count - 1)], as: UTF8.self)), n > 0, n < 1_000
        else { return nil }
        switch v[v.count - 1] {
        case UInt8(ascii: "D"): return n
        case UInt8(ascii: "W"): return 7 * n
        default: return nil
        }
    }

    /// An undated sentence whose subject "came" a duration in days or weeks "after" a clause
    /// ("The mission came five days after Chinese ships blocked a similar convoy"): where the
    /// clause starts, and its day, counted back from the day of `last`, the event just told (of
    /// one day). Nil otherwise.
    static func countedBeforeLast(
        _ last: TimelineEvent, _ expressions: [TemporalExpression], words: [Word], sentence: Range<Int>, bytes: [UInt8]
    ) -> (start: Int, end: Int, date: EventDate)? {
        guard last.date.precision == .day, last.date.start == last.date.end, last.date.mod == nil, words.count >= 4,
            // The subject points back: "The mission", "It", "This", "That" ("Relief came ..."
            // and "He came ..." do not).
            ["the", "it", "this", "that", "its"].contains(words[0].text.lowercasedASCII()),
            let d = expressions.first(where: { $0.type == .duration && $0.mod == nil && $0.end < sentence.upperBound }),
            let k = words.firstIndex(where: { $0.range.lowerBound >= d.end }), k + 2 < words.count,
            words[k].text.lowercasedASCII() == "after", words[k].range.lowerBound <= d.end + 1,
            let verb = words.lastIndex(where: { $0.range.upperBound <= d.start }),
            ["came", "followed", "happened", "occurred"].contains(words[verb].text.lowercasedASCII()),
            // The main clause's verb: no comma or relative word before it ("The blockade, which
            // came five days after ...").
            !bytes[sentence.lowerBound..<words[verb].range.lowerBound].contains(UInt8(ascii: ",")),
            !words[..<verb].contains(where: { ["which", "that", "who"].contains($0.text.lowercasedASCII()) })
        else { return nil }
        // The clause after "after" runs to the next comma or semicolon, and has a subject (not
        // "after meeting"; "after Beijing announced" does) and a verb.
        let end =
            bytes[words[k].range.upperBound..<sentence.upperBound].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
            ?? sentence.upperBound
        let first = words[k + 1].text.lowercasedASCII()
        guard words[k + 1].capitalized || !first.hasSuffix("ing"),
            (k + 2..<words.count).contains(where: { words[$0].range.upperBound <= end && isFiniteVerb(words, $0) })
        else { return nil }
        guard let days = days(in: d) else { return nil }
        let day = last.date.start.adding(days: -days)
        var e = d
        e.type = .date
        e.anchoring = .previousMention
        e.derivation = "\(d.text.lowercasedASCII()) before \(last.date.display)"
        guard let date = span(of: e, from: day, to: day, text: d.text + " after", note: "the day of the event told before") else { return nil }
        return (words[k].range.upperBound, end, date)
    }

    /// The date is a speculation's: a modal of possibility (*could, may, might*, not followed by
    /// *have*) stands in the date's own verb group, with no other verb and no subordinating word
    /// between them ("By 2030, the navy could field a dozen more frigates", "Ten years from now,
    /// historians may judge this decade", "Beijing may answer with drills of its own in the
    /// coming days", "a boat that may not enter service until the 2040s"). A verb or a
    /// subordinating word between them opens another clause: "By the end of the decade, three
    /// boats had been commissioned, but the navy could rarely send more than two to sea" is the
    /// decade's, and "CBS News first reported last night that the tomb may contain the remains"
    /// is a report of last night.
    static func isSpeculation(_ e: TemporalExpression, words: [Word], bytes: [UInt8]) -> Bool {
        words.indices.contains { k in
            guard speculativeModals.contains(words[k].text) else { return false }
            // A modal has a verb after it ("not", "be" or an adverb in "-ly" may come first):
            // not "have" (a possibility in the past) nor a preposition or a determiner ("its
            // naval might in drills on Monday").
            var j = k + 1
            while j < words.count,
                ["not", "also", "still", "well", "even", "never"].contains(words[j].text.lowercasedASCII())
                    || words[j].text.hasSuffix("ly") && !words[j].capitalized
            {
                j += 1
            }
            guard j < words.count, !words[j].capitalized else { return false }
            let next = words[j].text.lowercasedASCII()
            guard next != "have", !determiners.contains(next), !adverbialPrepositions.contains(next), !otherPrepositions.contains(next),
                !notModified.contains(next) || next == "be"
            else { return false }
            return inVerbGroup(of: k, e, words: words, bytes: bytes)
        }
    }

    /// A habit, not a happening: an adverb of custom before the date in its clause
    /// ("Japanese ministers traditionally travel abroad during Golden Week", "The navy usually
    /// holds drills in March").
    /// (In the date's clause: after the last comma or semicolon before it, "The navy usually
    /// holds drills in March, but this year it held them on March 3" dates the second.)
    /// (Not when a verb in the past stands between the adverb and the date: "The normally quiet
    /// border saw heavy shelling on March 3", "The minister who usually avoids the press spoke
    /// to reporters on Tuesday", "Usually reliable sources said the leaders met on March 1".)
    static func isHabit(_ e: TemporalExpression, words: [Word], bytes: [UInt8]) -> Bool {
        // A date outside the sentence (a live blog's stamp, a heading's): the sentence tells a
        // habit when it has a habit adverb and no verb in the past ("16:55 Host countries
        // traditionally give each leader a small gift at the closing dinner.").
        if let first = words.first, e.end <= first.range.lowerBound || Resolver.isBareClock(e) && e.start <= first.range.lowerBound {
            let words = words.filter { $0.range.lowerBound >= e.end }
            return words.contains { habitAdverbs.contains($0.text.lowercasedASCII()) }
                && !words.contains { w in
                    let t = w.text.lowercasedASCII()
                    return !w.capitalized
                        && (pastVerbs.contains(t) || ["was", "were", "had", "did", "said"].contains(t) || t.utf8.count >= 5 && t.hasSuffix("ed"))
                }
        }
        // (The date may open the sentence, or stand outside it: a heading's.)
        let clause = min(words.first?.range.lowerBound ?? e.start, e.start)..<e.start
        let from = clause.last(where: { bytes[$0] == UInt8(ascii: ",") || bytes[$0] == UInt8(ascii: ";") }) ?? clause.lowerBound
        guard
            let k = words.firstIndex(where: {
                $0.range.lowerBound >= from && $0.range.upperBound <= e.start && $0.text.utf8.count >= 2
                    && $0.text.utf8.suffix(2).map({ $0 | 0x20 }) == [0x6C, 0x79]
                    && habitAdverbs.contains($0.text.lowercasedASCII())
            })
        else { return false }
        let passive = k >= 1 && ["is", "are", "be"].contains(words[k - 1].text.lowercasedASCII())
        return !words[(k + 1)...].enumerated().contains { offset, w in
            guard w.range.upperBound <= e.start, !w.capitalized else { return false }
            // ("The summit is usually held on November 11": a passive's participle.)
            if offset == 0, passive { return false }
            let t = w.text.lowercasedASCII()
            return pastVerbs.contains(t) || ["was", "were", "had", "did", "said"].contains(t) || t.utf8.count >= 5 && t.hasSuffix("ed")
        }
    }

    /// A forecast of a trend, not a happening or a plan: a verb of expecting before the date
    /// with "to" and a verb of state or trend ("expect the number of tankers to remain high
    /// through the winter", "forecasts prices to rise in March"). ("Officials expect a decision
    /// in March" and "is expected to sign the deal on Friday" stay: a happening expected; so
    /// does a hope with a date, "hopes to conclude a code of conduct by 2026", a plan.)
    static func isTrendForecast(_ e: TemporalExpression, words: [Word], bytes: [UInt8]) -> Bool {
        // (The first letter and the length first: no word is lower-cased for nothing.)
        guard
            let k = words.firstIndex(where: {
                $0.range.upperBound <= e.start && $0.text.utf8.count >= 6 && "efpEFP".utf8.contains($0.text.utf8.first!)
                    && forecastVerbs.contains($0.text.lowercasedASCII())
            })
        else { return false }
        // ("expects to double the number of troops in March" is a plan; "Exports are expected to
        // rise in March" a forecast.)
        if k + 1 < words.count, words[k + 1].text == "to", !(k >= 1 && ["is", "are", "was", "were"].contains(words[k - 1].text.lowercasedASCII())) {
            return false
        }
        // (In one clause with the date: "The ministry, which expects oil prices to rise, signed the
        // deal on March 3" reports the signing.)
        guard !bytes[words[k].range.upperBound..<e.start].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else {
            return false
        }
        // Forecasters' expectations are forecasts whatever they foresee ("Analysts expect Beijing
        // to stage more drills later this year", "Some experts predict a vote in May").
        // (Present tense, the date inside what they foresee: "Economists predicted in January
        // that growth would slow" is a statement of January.)
        let subject = words[..<k].map { $0.text.lowercasedASCII() }
        if let last = subject.last, forecasters.contains(last), subject.count <= 3, !words[k].text.hasSuffix("ed"),
            words[(k + 1)...].contains(where: {
                $0.range.upperBound <= e.start
                    && !["in", "on", "at", "during", "since", "last", "this", "earlier"].contains($0.text.lowercasedASCII())
            })
        {
            return true
        }
        for j in (k + 1)..<words.count where words[j].range.upperBound <= e.start && words[j].text == "to" {
            return j + 1 < words.count && trendVerbs.contains(words[j + 1].text.lowercasedASCII())
        }
        return false
    }

    /// People whose expectations are forecasts, as the subject of *expect, predict, forecast*.
    static let forecasters: Set<String> = [
        "analysts", "analyst", "experts", "expert", "observers", "economists", "forecasters", "strategists", "commentators", "pollsters",
    ]

    static let forecastVerbs: Set<String> = ["expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "predicted"]
    static let trendVerbs: Set<String> = [
        "remain", "stay", "continue", "persist", "rise", "fall", "grow", "increase", "decline", "climb", "drop", "ease", "slow", "double",
    ]

    static let habitAdverbs: Set<String> = ["traditionally", "usually", "typically", "normally", "customarily", "routinely", "habitually"]

    /// The date is in a clause of condition or doubt that opened before it in its sentence ("if",
    /// "unless", "whether", with no comma or semicolon between): "worry about what happens if
    /// China were to invade Taiwan in 2027", "would be surprised if the first boat arrives
    /// before 2033", "did not say whether the ships left on Monday". (A date before the "if" is
    /// outside it: "The drills went ahead on March 3 even if Beijing protested"; a sentence that
    /// opens with "If" is a condition whole, ``isQuestionOrCondition(_:_:words:)``.)
    /// (Not a date that a past form right before its preposition ties to a thing that happened,
    /// the condition's own verb coming after it: "only if the ban imposed on March 1 is lifted",
    /// "unclear if the missile launched on Tuesday was new"; "even if talks resume on June 20"
    /// and "if lawmakers voted on June 20 to reject the budget" are conditions.)
    static func isConditional(_ e: TemporalExpression, words: [Word], bytes: [UInt8]) -> Bool {
        // (The length first: no word is lower-cased for nothing.)
        guard
            let k = words.lastIndex(where: {
                $0.range.upperBound <= e.start && [2, 6, 7].contains($0.text.utf8.count)
                    && ["if", "unless", "whether"].contains($0.text.lowercasedASCII())
            })
        else { return false }
        if let p = words.lastIndex(where: { $0.range.upperBound <= e.start }), p > k,
            ["on", "in", "at"].contains(words[p].text.lowercasedASCII()), p - 1 > k
        {
            let t = words[p - 1].text.lowercasedASCII()
            // (A thing that happened, named inside the condition: its verb comes after it.)
            let finiteAfter =
                words.first(where: { $0.range.lowerBound >= e.end }).map {
                    ["is", "are", "was", "were", "has", "have", "had", "will", "would"].contains($0.text.lowercasedASCII())
                } ?? false
            if finiteAfter, pastVerbs.contains(t) || t.utf8.count >= 4 && t.hasSuffix("ed") { return false }
        }
        return !bytes[words[k].range.upperBound..<e.start].contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
    }

    /// The date is in a negated verb group's clause (*not, never, n't*), as
    /// ``isSpeculation(_:words:bytes:)`` finds a modal's: "The Kremlin has not commented on Monday's
    /// incident", "Japan did not send ships on Monday". What did not happen is no happening.
    static func isNegated(_ e: TemporalExpression, words: [Word], bytes: [UInt8]) -> Bool {
        words.indices.contains { k in
            let t = words[k].text.lowercasedASCII()
            guard t == "not" || t == "never" || t.hasSuffix("n't") || t.hasSuffix("n\u{2019}t") else { return false }
            // ("it was not until Tuesday that Castro revealed ...", "did not confirm until
            // Monday": it happened then.)
            if k + 1 < words.count, ["until", "till", "only"].contains(words[k + 1].text.lowercasedASCII()) { return false }
            if let before = words.lastIndex(where: { $0.range.upperBound <= e.start }),
                ["until", "till"].contains(words[before].text.lowercasedASCII())
            {
                return false
            }
            // ("took place on Monday, June 2, not on Sunday, June 1", "Not long after, on June 3,
            // ...": a "not" that follows no auxiliary negates a phrase, not the verb.)
            if t == "not", k == 0 || !auxiliaries.contains(words[k - 1].text.lowercasedASCII()) { return false }
            return inVerbGroup(of: k, e, words: words, bytes: bytes)
        }
    }

    /// Word `k` (a modal or a negation) and the date are in one clause: no other verb and no word
    /// that opens a clause stands between them. The verb group that `k` opens is its own: "not",
    /// then "be", "been", "have" or "has", then its main verb ("could be extended into the
    /// weekend", "has not commented on Monday's incident"). A comma before "and" or "but" ends
    /// the clause too ("The men were not termed suspects, and FBI officials on Saturday played
    /// down ...").
    static func inVerbGroup(of k: Int, _ e: TemporalExpression, words: [Word], bytes: [UInt8], isVerb: Bool = false) -> Bool {
        guard let first = words.firstIndex(where: { $0.range.upperBound > e.start }) else { return false }
        let last = words.lastIndex { $0.range.lowerBound < e.end } ?? first
        let between: ArraySlice<Word>
        if k < first {
            var j = k + 1
            if !isVerb {
                while j < first, ["not", "never", "be", "been", "have", "has", "had", "being"].contains(words[j].text.lowercasedASCII()) { j += 1 }
                if j < first { j += 1 }  // the group's main verb
            }
            between = words[j..<first]
        } else if k > last {
            between = words[(last + 1)..<k]
        } else {
            return true
        }
        return !between.contains { w in
            let lower = w.text.lowercasedASCII()
            if (lower == "and" || lower == "but"), w.range.lowerBound >= 2, bytes[w.range.lowerBound - 2] == UInt8(ascii: ",") { return true }
            return verbLike.contains(lower) || clauseOpeners.contains(lower) || TimelineBuilder.isPastForm(w.text)
        }
    }

    static let speculativeModals: Set<String> = ["could", "may", "might", "Could", "Might"]

    /// A quotation's outlook: the sentence opens with a quotation mark and the date, a year or
    /// longer counted from the publication, is inside the quotation ("'Next year will be
    /// decisive for our industry,' the minister said", "\"We need layered defences, and we need
    /// them this year.\"").
    static func isQuotedOutlook(_ e: TemporalExpression, _ date: EventDate, sentence: Range<Int>, bytes: [UInt8]) -> Bool {
        guard date.precision >= .year, e.anchoring == .publicationDate, sentence.lowerBound < bytes.count else { return false }
        let first = bytes[sentence.lowerBound]
        let opensQuote =
            first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
            || sentence.count >= 3 && first == 0xE2 && bytes[sentence.lowerBound + 1] == 0x80
                && (bytes[sentence.lowerBound + 2] == 0x9C || bytes[sentence.lowerBound + 2] == 0x98)
        guard opensQuote else { return false }
        // Inside: no closing mark between the opening one and the date (for single quotes, one
        // before a space or punctuation: an apostrophe inside a word is none).
        let single = first == UInt8(ascii: "'") || first == 0xE2 && bytes[sentence.lowerBound + 2] == 0x98
        var i = sentence.lowerBound + (first < 0x80 ? 1 : 3)
        while i < e.start {
            let b = bytes[i]
            let curly = b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80
            if !single {
                if b == UInt8(ascii: "\"") || curly && bytes[i + 2] == 0x9D { return false }
            } else if b == UInt8(ascii: "'") || curly && bytes[i + 2] == 0x99 {
                let after = i + (b == UInt8(ascii: "'") ? 1 : 3)
                if after >= bytes.count || [0x20, UInt8(ascii: ","), UInt8(ascii: "."), 0x0A].contains(bytes[after]) { return false }
            }
            i += 1
        }
        return true
    }

    /// The auxiliaries a negated verb group opens with ("did not", "has not", "will not").
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "be", "been", "shall",
    ]

    /// Words that open a clause of another verb than a modal's.
    static let clauseOpeners: Set<String> = [
        "that", "which", "who", "whom", "whose", "because", "although", "though", "whereas", "unless", "if", "so",
    ]

    /// Auxiliaries and finite verbs that open a verb group of their own (with past forms).
    static let verbLike: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "been", "will", "would", "shall", "should", "must", "can", "did", "does", "do",
        "said", "says", "say", "told", "tells",
    ]

    /// The outlet speaking of its own coverage: "We" (after a clock stamp and its zone, if any) and "live
    /// blog", "live page", "live coverage", "this page" or "this blog" in the sentence.
    static func isBlogNote(_ words: [Word]) -> Bool {
        // (After a stamp: "15:40 GMT We are closing ...".)
        let stamp: (Word) -> Bool = { w in
            w.text.utf8.first.map { $0 &- 0x30 < 10 } ?? false || w.text.count <= 4 && w.text.utf8.allSatisfy { $0 &- 0x41 < 26 }
        }
        guard let we = words.firstIndex(where: { !stamp($0) }) else { return false }
        let lower = words[we...].map { $0.text.lowercasedASCII() }
        let mentionsBlog = lower.indices.dropLast().contains { k in
            (lower[k] == "live" && ["blog", "page", "coverage", "updates"].contains(lower[k + 1]))
                || (lower[k] == "this" && ["page", "blog"].contains(lower[k + 1]))
        }
        guard mentionsBlog else { return false }
        // "We are closing this live blog"; a greeting or a sign-off: "Good morning and welcome
        // to our live coverage", "That's where we will leave our live coverage for today",
        // "Thanks for following". ("Good Morning Britain's live coverage on Wednesday showed
        // ..." and "Our live coverage of the attack was cited by the regulator" are news.)
        if words[we].text == "We" { return true }
        func opens(_ phrase: [String]) -> Bool { lower.count >= phrase.count && Array(lower.prefix(phrase.count)) == phrase }
        return blogNoteOpenings.contains(where: opens)
    }

    /// An editor's note about the article itself: "This article was updated on Oct. 8, 2026, to
    /// correct ...", "This story was first published on ...", "An earlier version of this story
    /// misstated ...", "A version of this article appeared in print on ...", "Updated at 5:30
    /// p.m. ET on Oct. 8", "Correction: ...", "Editor's note: ..." ("Correction facilities ..."
    /// is news: a label is followed by a capital).
    static func isEditorsNote(_ words: [Word]) -> Bool {
        // (The first word first: this runs for every sentence.)
        guard words.count >= 3, let b = words[0].text.utf8.first,
            b == UInt8(ascii: "C") || b == UInt8(ascii: "E") || b == UInt8(ascii: "U")
                || b == UInt8(ascii: "T") || b == UInt8(ascii: "A") || b == UInt8(ascii: "L") || b == UInt8(ascii: "H")
        else { return false }
        let lower = words.prefix(7).map { $0.text.lowercasedASCII() }
        if ["correction", "corrections", "clarification", "clarifications"].contains(lower[0]), words[1].capitalized { return true }
        if ["editor", "editors"].contains(lower[0]), lower[1] == "note" || lower[1] == "s" && lower[2] == "note" { return true }
        if lower[0] == "last", lower[1] == "updated" { return true }
        // ("Here is what happened last week.", "Here's what we know": the article's own signpost.)
        if lower[0] == "here" || lower[0] == "this", ["is", "are", "s"].contains(lower[1]), ["what", "how", "why"].contains(lower[2]),
            words.count <= 12
        {
            return true
        }
        if lower[0] == "updated",
            ["at", "on"].contains(lower[1]) || words[1].text.utf8.first.map({ $0 &- 0x30 < 10 }) == true || words[1].capitalized
        {
            return true
        }
        if lower[0] == "this", articlePieces.contains(lower[1]), ["was", "has", "had", "is", "first", "originally"].contains(lower[2]) {
            return lower.contains { ["updated", "corrected", "amended", "changed", "revised", "edited", "appeared"].contains($0) }
                || lower.contains(where: { ["first", "originally"].contains($0) }) && lower.contains("published")
        }
        if lower[0] == "a", lower[1] == "version", lower.count > 3, lower[2] == "of", lower[3] == "this" { return true }
        return lower.count >= 5 && ["an", "a"].contains(lower[0]) && ["earlier", "previous"].contains(lower[1]) && articlePieces.contains(lower[2])
            && lower[3] == "of" && lower[4] == "this"
    }

    /// A sentence that is a dateline alone ("MOSCOW, March 4. /TASS/."): its words outside its
    /// dates all in capitals, at most four of them.
    static func isDatelineAlone(_ words: [Word], _ expressions: [TemporalExpression]) -> Bool {
        guard !expressions.isEmpty, words.count <= 8 else { return false }
        let rest = words.filter { w in !expressions.contains { $0.start <= w.range.lowerBound && w.range.upperBound <= $0.end } }
        return !rest.isEmpty && rest.count <= 4
            && rest.allSatisfy { w in w.text.utf8.count > 1 && w.text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 == 0x2D } }
    }

    /// Words for the article itself in an editor's note ("This story was updated ...").
    static let articlePieces: Set<String> = ["article", "story", "report", "post", "page", "piece", "version"]

    static let blogNoteOpenings: [[String]] = [
        ["good", "morning", "and"], ["good", "afternoon", "and"], ["good", "evening", "and"], ["welcome", "to"], ["hello", "and"],
        // ("That's" is split as "That": the word splitter drops a possessive's "'s".)
        ["that", "where", "we"], ["that", "all", "from"], ["that", "is", "where", "we"], ["thanks", "for"], ["thank", "you", "for"],
    ]

    /// A question word, or an auxiliary a question opens with (not "be" or "been").
    static let questionOpeners: Set<String> = Set(["what", "which", "who", "whom", "whose", "when", "where", "why", "how"])
        .union(auxiliaries.subtracting(["be", "been"]))

    /// People first, then countries, then organizations; in order of mention within each.
    static func ordered(_ actors: [Actor]) -> [Actor] {
        guard actors.count > 1 else { return actors }
        func rank(_ kind: Actor.Kind) -> Int {
            switch kind {
            case .person: return 0
            case .country: return 1
            case .organization: return 2
            }
        }
        // A stable partition by kind (what sorting by kind, then by position, gives).
        var out: [Actor] = []
        out.reserveCapacity(actors.count)
        for r in 0...2 { out.append(contentsOf: actors.lazy.filter { rank($0.kind) == r }) }
        return out
    }

    /// The date that dates the sentence: an adverbial one first, else the first with days.
    static func primaryDate(
        _ expressions: [TemporalExpression], words: [Word], sentence: Range<Int>, bytes: [UInt8], published: CalendarDay? = nil
    ) -> (TemporalExpression, EventDate)? {
        // ("State media reported on Sunday that Kim had toured a factory the previous day": the
        // report's date, in a leading reporting clause the title drops, is an aside's, unless
        // what is reported lies after the report: "Officials said on March 3 that the ships had
        // left port, and that they would return on March 10" stays March 3.)
        guard let that = TitleCompressor.leadingReport(words, pronouns: true) else {
            return primaryDate(expressions, words: words, sentence: sentence, bytes: bytes, report: Int.min, published: published)
        }
        let report = words[that].range.lowerBound
        let reported = primaryDate(expressions, words: words, sentence: sentence, bytes: bytes, report: report, published: published)
        // (Before a pronoun the title keeps the report: a date dates what is reported only when
        // it is its verb's, the first verb group after the report's "that": "had captured the
        // village last week", "the previous week"; not another verb's, "over remarks made last
        // week", "a destroyer that was commissioned in 2019", nor a noun's, "in the 2019
        // bombing".)
        if let (e, _) = reported, e.start > report, e.anchoring != .previousMention, TitleCompressor.leadingReport(words) == nil,
            !datesReportedVerb(e, words: words, from: report, bytes: bytes)
        {
            return primaryDate(expressions, words: words, sentence: sentence, bytes: bytes, report: Int.min, published: published)
        }
        if let (e, d) = reported, e.start > report,
            let (r, rd) = primaryDate(expressions, words: words, sentence: sentence, bytes: bytes, report: Int.min, published: published),
            r.end <= report, d.start > rd.end
        {
            return (r, rd)
        }
        return reported
    }

    /// The date is the verb's of the clause a report opens at byte `from`: no verb between the
    /// clause's first verb group and the date, and no noun after the date it would modify.
    static func datesReportedVerb(_ e: TemporalExpression, words: [Word], from: Int, bytes: [UInt8]) -> Bool {
        let clause = words.filter { $0.range.lowerBound >= from && $0.range.upperBound <= e.start }
        guard let first = clause.firstIndex(where: { !$0.capitalized && isVerbForm($0.text.lowercasedASCII()) }) else { return false }
        var k = first + 1
        while k < clause.count, !clause[k].capitalized, isVerbForm(clause[k].text.lowercasedASCII()) { k += 1 }
        if clause[k...].contains(where: { w in
            let t = w.text.lowercasedASCII()
            return !w.capitalized && (isVerbForm(t) || t == "that" || t == "which" || t == "who")
        }) {
            return false
        }
        // ("last Friday's bombings": a possessive date is its noun's.)
        if isPossessive(bytes, at: e.end) { return false }
        // ("the 2019 bombing": a year before its noun.)
        if let next = words.first(where: { $0.range.lowerBound >= e.end }), next.range.lowerBound == e.end + 1, !next.capitalized,
            !notModified.contains(next.text.lowercasedASCII()), e.text.utf8.allSatisfy({ $0 &- 0x30 < 10 })
        {
            return false
        }
        return true
    }

    /// ``primaryDate(_:words:sentence:bytes:)`` with the dates before byte `report` (a leading
    /// reporting clause) taken as asides.
    static func primaryDate(
        _ expressions: [TemporalExpression], words: [Word], sentence: Range<Int>, bytes: [UInt8], report: Int, published: CalendarDay? = nil
    ) -> (TemporalExpression, EventDate)? {
        // One pass over the words: candidates (expressions that date days) come in text order.
        var first: (TemporalExpression, EventDate)?
        var firstWord = 0
        var w = 0
        // A date in an aside dates the sentence only when nothing outside one does ("The
        // agreement, signed in January 2023, came into force in October 2023" is October's).
        var aside: (TemporalExpression, EventDate)?
        // A reduced relative's date: the sentence's only when nothing else dates it.
        var relative: (TemporalExpression, EventDate)?
        // ("A frigate sailed through the strait this past weekend, the ministry said on Monday":
        // the saying's date, in a trailing attribution, is an aside's.)
        let attribution = TitleCompressor.trailingAttribution(bytes, sentence: sentence, words: words) ?? Int.max
        // "TOKYO, July 11 (Straits Wire) - The ministers will hold talks next Tuesday": the
        // dateline's date is the story's, an aside to the sentence's own.
        var dateline = Int.min
        if let first = words.first, first.range.lowerBound == sentence.lowerBound, TitleCompressor.opensWithPlaceInCapitals(words),
            let dash = TitleCompressor.datelineDash(bytes, sentence)
        {
            dateline = dash
        }
        // A sentence about a habit: a set ("twice a year", "every spring") or "usually".
        let habitual =
            expressions.contains { $0.type == .set }
            || words.contains { ["usually", "typically", "normally", "customarily"].contains($0.text.lowercasedASCII()) }
        // ("Beijing often times its drills to political moments", under a live page's stamp:
        // "often" and "routinely" mark a habit's hours too, not its months: "Chinese ships,
        // which routinely shadow Philippine vessels, rammed a supply boat in March".)
        // ("Press desk: +31 45 526 2222 (weekdays, 09:00-17:00 CET).") (A set that only names a
        // noun's rhythm, "cancelled its daily press briefing", leaves the hour: only days of the
        // week, "on Wednesdays", and "every" or "each" make a habit of hours.)
        let habitualHours =
            words.contains {
                let t = $0.text.lowercasedASCII()
                return habitAdverbs.contains(t) || ["often", "weekdays", "weekends"].contains(t)
            }
            || expressions.contains { x in
                x.type == .set
                    && (x.value.hasPrefix("XXXX-WXX-") || x.text.lowercasedASCII().hasPrefix("every ") || x.text.lowercasedASCII().hasPrefix("each "))
            }
        for e in expressions {
            guard let date = EventDate(e) else { continue }
            // "1990s-era armored carriers", "a 1950s-vintage destroyer": a date that makes an
            // adjective dates a thing, not a happening; "The summit, once expected in June, was
            // held on Monday": a plan of the past dates nothing.
            if isVintage(e, bytes: bytes) || isPastPlan(e, words: words) { continue }
            // "The Navy today has eight frigates", "Today about 6,000 service members live in and
            // around Sasebo": "today" for nowadays, right before a verb of having or being in
            // the present, or opening the sentence whose first verb is one, with nothing past or
            // ahead in the sentence, dates no happening. (Not "has today cut interest rates",
            // "have talks in Brussels today", "which opens today, includes ...".)
            if e.anchoring == .publicationDate, e.text.lowercasedASCII() == "today",
                let after = words.firstIndex(where: { $0.range.lowerBound >= e.end }),
                presentStates.contains(words[after].text.lowercasedASCII()) && words[after].range.lowerBound == e.end + 1
                    || e.start == sentence.lowerBound
                        && words[after...].first(where: { w in
                            let t = w.text.lowercasedASCII()
                            return !w.capitalized && (presentStates.contains(t) || isVerbForm(t))
                        }).map({ presentStates.contains($0.text.lowercasedASCII()) }) ?? false,
                !words.contains(where: { w in
                    let t = w.text.lowercasedASCII()
                    return !w.capitalized && (isVerbForm(t) && !["has", "have", "is", "are", "can", "may"].contains(t) || t == "said" || t == "says")
                })
            {
                continue
            }
            // (A clock time opening the sentence, a live blog's stamp "**13:20** Latvia's armed
            // forces say the drone that crashed on Tuesday ...", gives way to a day named after it.)
            // (Nor does a tally's current period: "This year's edition is the first to include ...".)
            // (A possessive opening it frames it: "Last year's patrol was cut short in
            // mid-August" is the August's, when a date follows; alone it dates the sentence.)
            // (Nor one that is the sentence's subject when a finer date inside it follows:
            // "August brought an odd twist: on the 11th, a destroyer collided ..." is August
            // 11's. "Earlier this year, in March, ..." is narrowed below.)
            if e.start == sentence.lowerBound && !Resolver.isBareClock(e) && !isRunningTotal(e, words: words) {
                let finerInside =
                    nextNonSpaceByte(bytes, e.end, sentence.upperBound).map { bytes[$0] != UInt8(ascii: ",") } ?? false
                    && expressions.contains { o in
                        guard o.start > e.end, o.start < sentence.upperBound, let d = EventDate(o) else { return false }
                        return d.precision < date.precision && d.start >= date.start && d.end <= date.end
                    }
                guard isPossessive(bytes, at: e.end) && expressions.count > 1 || finerInside else { return (e, date) }
                if first == nil { first = (e, date) }
                continue
            }
            if e.start > attribution || e.end <= report || e.end <= dateline || isParenthetical(e, sentence: sentence, bytes: bytes)
                || isInAppositive(e, words: words, sentence: sentence, bytes: bytes)
            {
                // ("..., according to a 2025 audit": the year of the source's name dates nothing;
                // "..., the ministry said in a 2025 statement" still dates the saying.)
                if e.start > attribution, let at = words.firstIndex(where: { $0.range.lowerBound >= e.start }), at >= 3,
                    words[at - 3].text.lowercasedASCII() == "according", attributiveOpener(e, date, words: words, at: at, bytes: bytes) != nil
                {
                    continue
                }
                if aside == nil { aside = (e, date) }
                continue
            }
            while w < words.count, words[w].range.upperBound <= e.start { w += 1 }
            let previous = w > 0 ? words[w - 1].text.lowercasedASCII() : ""
            // "Diplomatic contacts have been minimal since 2022", "the war, ongoing since 2022": a
            // date after "since" starts a state, and dates no happening.
            // ("... its first launch since May 8, when it fired a volley of missiles": the when
            // clause is that day's happening.)
            if previous == "since", whenClause(after: e, words: words, part: sentence, bytes: bytes) == nil { continue }
            // ("Funding of A$620 million over four years from 2026-27 was announced in the May
            // 2026 Budget": the start of a period a length counts from dates the sentence only
            // when nothing else does. Only a year's: "will last for 30 days from Monday, the Kremlin
            // said on Saturday" is Monday's.)
            if previous == "from", w >= 4, date.precision >= .year, ["over", "for", "within"].contains(words[w - 4].text.lowercasedASCII()),
                ["years", "months", "weeks", "days", "decades"].contains(words[w - 2].text.lowercasedASCII())
            {
                if relative == nil { relative = (e, date) }
                continue
            }
            // ("has kept its gates shut since the Sept. 11 attacks": a named day too.)
            if previous == "the", w >= 2, words[w - 2].text.lowercasedASCII() == "since", e.value == "2001-09-11" { continue }
            // ("signed a treaty on Monday, the most significant pact since the 1951 ANZUS pact": the
            // year of what the record counts from, named by it, beside the sentence's own date.)
            if expressions.count > 1, previous == "the", w >= 2, words[w - 2].text.lowercasedASCII() == "since", e.text.utf8.count == 4,
                e.text.utf8.allSatisfy({ $0 &- 0x30 < 10 }), w + 1 < words.count, words[w + 1].range.lowerBound == e.end + 1
            {
                continue
            }
            // "the Mutual Defense Treaty of 1953": a year in a name.
            if previous == "of", w > 1, words[w - 2].capitalized, namedDocuments.contains(words[w - 2].text), date.precision >= .year { continue }
            // ("at 6.30pm Brussels time on Thursday": a clock time without its day takes the day
            // from the text before; a day named after it dates the sentence.)
            // ("will end by 10 p.m. starting November 1": a day a change starts from is adverbial too.)
            let adverbial =
                (adverbialPrepositions.contains(previous) || TitleCompressor.opensStartDay(words, at: w - 1)
                    || isDeicticAdverbial(e, bytes: bytes)
                        && (!hasVerbBefore(words, w)
                            // ("The EU Council decided last Friday to extend the operation until
                            // 28 February 2027": right after the sentence's first verb, its own,
                            // when the verb's infinitive or object follows; not before "that",
                            // where what is reported has its own date, nor in a reduced relative,
                            // "Sanctions imposed last week take effect on Monday".)
                            || w >= 1 && !words[w - 1].capitalized && isVerbForm(previous) && !hasVerbBefore(words, w - 1)
                                && words.first(where: { $0.range.lowerBound >= e.end }).map({
                                    ["to", "a", "an", "the", "its", "their"].contains($0.text.lowercasedASCII())
                                }) ?? false))
                && !Resolver.isBareClock(e)
            if first != nil && !adverbial { continue }  // (it would change nothing)
            // "has counted seven drone incursions since May", "has launched missiles on nine
            // occasions this year": a running total, not a happening of that date.
            if isRunningTotal(e, words: words) { continue }
            // "Traffic through the strait fell by about two-thirds last year": a statistic.
            if isStatistic(e, date, words: words, bytes: bytes) { continue }
            // "up 9.4% from the previous year": the base of a comparison.
            // ("3.5% of GDP no later than 2027" is a deadline.)
            // (Not a date after the publication: "will rise by 8% from April 2027" is when the
            // rise starts; a base is behind. In an infinitive's clause it is still no date of the
            // sentence's: "will debate a bill to raise spending to 5.4 percent from next year".)
            if ["from", "than", "over"].contains(previous), isComparisonBase(e, sentence: sentence, bytes: bytes),
                !(previous == "than" && isDeadlineWord(words, w - 2)),
                !(previous == "from" && published.map { date.start > $0 } ?? false
                    && !(1..<max(1, w)).contains { k in
                        words[k - 1].text == "to" && !words[k].capitalized && (words[k].text.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } ?? false)
                            && !Grammar.infinitiveBlockers.contains(words[k].text)
                    })
            {
                continue
            }
            // "As in 2025, the drills will include ...", "Unlike in 2024, ...": a comparison
            // opening the sentence.
            if previous == "in", w == 2, ["as", "unlike", "like"].contains(words[0].text.lowercasedASCII()) { continue }
            // "8.3 percent more than in 2025", "by 8 percent compared with 2025": the base of a
            // comparison too (not "no later than in 2027", a deadline, nor a year with a when
            // clause of its own: "higher than in 2022, when Tokyo adopted its strategy").
            // ("larger than those in 2025", "than that in 2025" too.)
            let than = w >= 3 && ["those", "that"].contains(words[w - 2].text.lowercasedASCII()) ? w - 3 : w - 2
            if ["in", "during", "on"].contains(previous), than >= 0, words[than].text.lowercasedASCII() == "than",
                !isDeadlineWord(words, w - 3), !isFollowedByWhen(e, bytes: bytes)
            {
                continue
            }
            if ["with", "to"].contains(previous), w >= 2, words[w - 2].text.lowercasedASCII() == "compared", !isFollowedByWhen(e, bytes: bytes) {
                continue
            }
            // "38 cases last year, up from 27 in 2024": a figure's year it is compared with.
            // ("compared with 1.9 percent in 2024": a figure in percent.)
            var figure = w >= 2 && ["percent", "%"].contains(words[w - 2].text.lowercasedASCII()) ? w - 3 : w - 2
            // ("1.9" may be two words.)
            while figure >= 1, words[figure - 1].text.utf8.first.map({ $0 &- 0x30 < 10 }) == true { figure -= 1 }
            if previous == "in", figure >= 1, words[figure].text.utf8.first.map({ $0 &- 0x30 < 10 }) == true,
                ["from", "than", "with", "against"].contains(words[figure - 1].text.lowercasedASCII())
            {
                continue
            }
            // ("140 veterans had registered, down from 310 five years ago": the figure right
            // before the date.)
            if w >= 2, previous.utf8.first.map({ $0 &- 0x30 < 10 }) == true,
                ["from", "than", "with", "against"].contains(words[w - 2].text.lowercasedASCII())
            {
                continue
            }
            // "The allies hold field exercises twice a year, usually in autumn": a habit's season
            // or month, not a happening's.
            if habitual, e.anchoring == .publicationDate, date.precision == .season || date.precision == .month { continue }
            // "Office hours are on Wednesdays, 10:00-11:30 a.m.": a habit's hours.
            if habitualHours, Resolver.isBareClock(e) { continue }
            // "The two countries are bound by the 1951 treaty": the year dates the treaty.
            if !adverbial, let opener = attributiveOpener(e, date, words: words, at: w, bytes: bytes),
                !datesItsSentence(attributive: e, words: words, at: w, opener: opener)
            {
                continue
            }
            // "The last of the jets ordered by Taipei in 2019 will not arrive before mid-2027": a
            // reduced relative's date, the noun's past, not the sentence's.
            // (Last of all: "The peacekeepers sent in 2021 have been withdrawn, the UN said on
            // Tuesday" is the saying's.)
            if adverbial, isReducedRelative(e, words: words, at: w, bytes: bytes) {
                if relative == nil { relative = (e, date) }
                continue
            }
            switch asideKind(e, words: words, before: w, sentence: sentence, bytes: bytes) {
            case .relative? where determiners.contains(previous):
                continue  // "The United States, which has a 1951 treaty with Manila, condemned ...": an attribute
            case .person?, .relative?, .participle?:
                // "Duterte, who took office on June 30, 2016, set it aside": another happening,
                // the sentence's date only when it has no other.
                if aside == nil { aside = (e, date) }
                continue
            case nil:
                break
            }
            if adverbial {
                // An adverbial date in a clause subordinate to an earlier date's ("was set at the
                // 2014 summit in Wales, after Russia annexed Crimea in March of that year") dates
                // that clause, not the sentence.
                if let first,
                    let s = words[firstWord..<max(firstWord, w - 1)].lastIndex(where: { subordinators.contains($0.text.lowercasedASCII()) }),
                    !bytes[words[s].range.upperBound..<e.start].contains(UInt8(ascii: ","))
                {
                    // (Only when the clause holds the date: "The Oct. 7 attack, which killed
                    // 1,200 people, prompted an offensive on Oct. 27" is Oct. 27.)
                    return first
                }
                return (e, date)
            }
            if first == nil {
                first = (e, date)
                firstWord = w
            }
        }
        return first ?? aside ?? relative
    }

    /// Expression `e` (after its preposition, word `w - 1`) closes a reduced relative clause
    /// after a noun: a participle of a dated act, perhaps with its agent, then the date, and the
    /// main clause's verb right after it ("the 66 F-16V jets ordered by Taipei in 2019 will not
    /// arrive before mid-2027", "The troops deployed in March will return in June"). Not a main
    /// verb after its subject ("Japan signed in 2023 a pact", "The ships sailed on Monday, and
    /// ..."): no verb follows the date there.
    static func isReducedRelative(_ e: TemporalExpression, words: [Word], at w: Int, bytes: [UInt8]) -> Bool {
        guard w >= 3, let next = words[w...].firstIndex(where: { $0.range.lowerBound >= e.end }),
            !bytes[e.end..<words[next].range.lowerBound].contains(where: { $0 != 0x20 }),
            isFiniteVerb(words, next) || ["must", "should", "shall"].contains(words[next].text)
        else { return false }
        // The participle right before the preposition, or before "by" and an agent of at most
        // three words.
        var k = w - 2
        if let by = (max(1, w - 5)..<(w - 1)).last(where: { words[$0].text == "by" }),
            !words[(by + 1)..<(w - 1)].contains(where: { isVerbForm($0.text) || reducedRelativeNotAgent.contains($0.text) })
        {
            k = by - 1
        }
        guard k >= 1, !words[k].capitalized, mayBeParticiple(words[k].text.lowercasedASCII()) else { return false }
        // After a noun: not an auxiliary, a pronoun, an adverb or a conjunction.
        let before = words[k - 1].text.lowercasedASCII()
        return !reducedRelativeNotNouns.contains(before) && !before.hasSuffix("ly") && !isVerbForm(before)
    }

    /// Words that end a reduced relative's agent ("by police on Friday"), and words that are no
    /// noun before its participle (an auxiliary, a pronoun, an adverb, a conjunction).
    static let reducedRelativeNotAgent: Set<String> = [
        "on", "in", "at", "for", "to", "from", "with", "during", "since", "and", "or", "was", "were",
    ]
    static let reducedRelativeNotNouns: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "it", "they", "he", "she", "we", "i", "you", "who",
        "which", "that", "to", "and", "or", "but", "not", "also", "then", "just", "first", "recently", "later", "once",
    ]

    /// A lower-case verb form ("was", "approved"; not "United") among the words before word `w`.
    static func hasVerbBefore(_ words: [Word], _ w: Int) -> Bool {
        words[..<w].contains { !$0.capitalized && isVerbForm($0.text.lowercasedASCII()) }
    }

    /// A date counted from the publication that is an adverbial by itself, with no preposition:
    /// "last month", "yesterday", "two weeks ago", "this week" ("Japan's Defense Ministry last
    /// month requested a record budget for the fiscal year beginning in April" is last month's).
    /// Not a possessive ("last year's budget"). (The caller asks it only before the sentence's
    /// first verb: after one, such a date often stands in a clause of its own, "the 16 cents a
    /// share it reported last year".)
    static func isDeicticAdverbial(_ e: TemporalExpression, bytes: [UInt8]) -> Bool {
        guard e.anchoring == .publicationDate, e.type == .date else { return false }
        // ("last year's budget", "last year’s budget")
        func isS(_ k: Int) -> Bool { k < bytes.count && bytes[k] | 0x20 == UInt8(ascii: "s") }
        if e.end + 1 < bytes.count, bytes[e.end] == UInt8(ascii: "'"), isS(e.end + 1) { return false }
        if e.end + 3 < bytes.count, bytes[e.end] == 0xE2, bytes[e.end + 1] == 0x80, bytes[e.end + 2] == 0x99, isS(e.end + 3) { return false }
        let text = e.text.lowercasedASCII()
        return ["last ", "this ", "next ", "earlier this ", "later this "].contains { text.hasPrefix($0) } || text.hasSuffix(" ago")
            || ["yesterday", "today", "tomorrow"].contains(text)
    }

    /// A current period (``isCurrentPeriod(_:)``: "this year", "the past month") in a tally
    /// (``isTally(_:)``) or in a sentence in the present perfect ("has counted", "have
    /// documented"): the span of a count or a state up to now.
    static func isRunningTotal(_ e: TemporalExpression, words: [Word]) -> Bool {
        // (A date after "since" dates nothing at all: see ``primaryDate(_:words:sentence:bytes:report:)``.)
        guard isCurrentPeriod(e) else { return false }
        if isTally(words) { return true }
        return words.indices.contains { k in
            let t = words[k].text.lowercasedASCII()
            guard t == "has" || t == "have", k + 1 < words.count else { return false }
            return (k + 1...min(k + 2, words.count - 1)).contains { j in
                let v = words[j].text.lowercasedASCII()
                return v != "been" && (isVerbForm(v) || participles.contains(v))
            }
        }
    }

    /// "this year", "this month", "this week", "so far this year", "the past year", and their
    /// possessives ("This year's edition").
    static func isCurrentPeriod(_ e: TemporalExpression) -> Bool {
        var text = e.text.lowercasedASCII()
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") { text = String(text.dropLast(text.hasSuffix("'s") ? 2 : 3)) }
        return currentPeriods.contains(text)
    }

    static let currentPeriods: Set<String> = [
        "this year", "this month", "this week", "so far this year", "the past year", "the past month", "the past week", "the past 12 months",
    ]

    /// A tally: a copula with an ordinal near it ("It was the North's fourth ballistic missile
    /// launch this year", "The meeting will be the second gathering of the three ministers this
    /// year", "This year's edition is the first to include ...").
    static func isTally(_ words: [Word]) -> Bool {
        words.indices.contains { k in
            copulas.contains(words[k].text.lowercasedASCII())
                && words[(k + 1)..<min(k + 5, words.count)].contains { isOrdinal($0.text.lowercasedASCII()) }
        }
    }

    /// Nouns of documents and sums, whose year is theirs and not a time the sentence is set in
    /// ("in its fiscal year 2026 budget request", "in the 2022 National Defense Strategy").
    /// Verbs of having or being in the present: "today" before them is nowadays.
    static let presentStates: Set<String> = [
        "has", "have", "owns", "own", "numbers", "number", "counts", "count", "employs", "employ", "fields", "operates", "operate",
        "lives", "live", "remains", "remain", "houses", "totals", "comprises", "includes", "include",
    ]

    static let documentNouns: Set<String> = [
        "budget", "budgets", "request", "report", "reports", "plan", "plans", "strategy", "review", "paper", "law", "act", "treaty",
        "agreement", "guidelines", "edition", "document",
    ]

    /// The expression stands inside parentheses: "between 6:10 a.m. and 6:40 a.m. local time
    /// (2110-2140 GMT on Monday)" is the local day's; the bracketed date is an aside's.
    static func isParenthetical(_ e: TemporalExpression, sentence: Range<Int>, bytes: [UInt8]) -> Bool {
        guard sentence.lowerBound <= e.start, e.end <= sentence.upperBound, sentence.upperBound <= bytes.count else { return false }
        var depth = 0
        for i in sentence.lowerBound..<e.start {
            if bytes[i] == UInt8(ascii: "(") { depth += 1 } else if bytes[i] == UInt8(ascii: ")"), depth > 0 { depth -= 1 }
        }
        guard depth > 0 else { return false }
        return bytes[e.end..<sentence.upperBound].contains(UInt8(ascii: ")"))
    }

    /// A date in a description set off by commas after the subject's name, before its verb:
    /// "Rahm Emanuel, U.S. ambassador to Japan from 2022 to 2025, said the two countries signed
    /// a pact on Friday" (no verb in the description, at most twelve words, a verb after it).
    static func isInAppositive(_ e: TemporalExpression, words: [Word], sentence: Range<Int>, bytes: [UInt8]) -> Bool {
        // (A heading's date lies outside the sentence.)
        guard sentence.lowerBound <= e.start, e.start <= e.end, e.end <= sentence.upperBound, sentence.upperBound <= bytes.count,
            let open = TitleCompressor.lastByte(bytes, UInt8(ascii: ","), in: sentence.lowerBound..<e.start),
            let close = TitleCompressor.firstByte(bytes, UInt8(ascii: ","), in: e.end..<sentence.upperBound),
            // (The cheap tests first: primaryDate asks this of every date between commas.)
            let last = words.lastIndex(where: { $0.range.upperBound <= open }), words[last].capitalized,
            let next = words.firstIndex(where: { $0.range.lowerBound > close }), next > last + 1, next - last - 1 <= 12,
            isFiniteVerb(words, next) || TitleCompressor.reportingVerbs.contains(words[next].text),
            !words[..<last].contains(where: { !$0.capitalized && isVerbForm($0.text.lowercasedASCII()) })
        else { return false }
        return !words[(last + 1)..<next].contains(where: { w in
            guard !w.capitalized else { return false }
            let t = w.text.lowercasedASCII()
            return finiteVerbs.contains(t) || pastVerbs.contains(t) || t == "who" || t == "which"
        })
    }

    /// Nouns whose name may end "of" and a year: "the Treaty of 1953", "the Act of 1947".
    static let namedDocuments: Set<String> = [
        "Treaty", "Agreement", "Act", "Accord", "Accords", "Convention", "Declaration", "Charter", "Protocol", "Pact", "Guidelines",
        "Communique", "Communiqué", "Statement", "Strategy", "Law", "Constitution",
    ]

    static let copulas: Set<String> = ["is", "was", "are", "were", "be"]

    /// "first" to "twelfth", and "13th", "21st", "2nd", "3rd".
    static func isOrdinal(_ word: String) -> Bool {
        if ordinalWords.contains(word) { return true }
        let u = Array(word.utf8)
        guard u.count >= 3, u[0] &- 0x30 < 10 else { return false }
        let suffix = String(decoding: u.suffix(2), as: UTF8.self)
        return ["st", "nd", "rd", "th"].contains(suffix) && u.dropLast(2).allSatisfy { $0 &- 0x30 < 10 }
    }

    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    ]

    /// A statistic over a year, half or quarter: a verb of change followed, within three words,
    /// by "by" or an amount ("Traffic through the Bab el-Mandeb Strait fell by about two-thirds
    /// last year", "revenue fell by more than half last year", "exports rose 12% in 2024").
    /// What changed over a year is not a happening of that year.
    static func isStatistic(_ e: TemporalExpression, _ date: EventDate, words: [Word], bytes: [UInt8]) -> Bool {
        guard date.precision == .year || date.precision == .half || date.precision == .quarter else { return false }
        func isFigure(_ j: Int) -> Bool { j < words.count && words[j].text.utf8.first.map { $0 &- 0x30 < 10 } == true }
        return words.indices.contains { k in
            guard changeVerbs.contains(words[k].text.lowercasedASCII()) else { return false }
            let amount = (k + 1..<min(k + 4, words.count)).contains { j in
                let t = words[j].text.lowercasedASCII()
                return t == "by" || fractions.contains(t) || isFigure(j) || approximations.contains(t) && isFigure(j + 1)
            }
            // (In the date's own clause: "In 2022, Russia invaded Ukraine, and oil prices jumped
            // 30% within weeks" is 2022's invasion.)
            return amount && inVerbGroup(of: k, e, words: words, bytes: bytes, isVerb: true)
        }
    }

    static let changeVerbs: Set<String> = [
        "fell", "rose", "dropped", "declined", "increased", "decreased", "grew", "climbed", "jumped", "slumped", "surged", "plunged",
        "shrank", "doubled", "tripled", "halved", "soared", "tumbled",
    ]

    /// A percentage just before the "from" or "than" that opens the date ("up 9.4% from the
    /// previous year", "3.8 percent higher than a year earlier").
    static func isComparisonBase(_ e: TemporalExpression, sentence: Range<Int>, bytes: [UInt8]) -> Bool {
        guard sentence.lowerBound <= e.start, e.start <= bytes.count else { return false }
        let window = String(decoding: bytes[max(sentence.lowerBound, e.start - 40)..<e.start], as: UTF8.self).lowercasedASCII()
        return window.contains("%") || window.contains("percent") || window.contains("per cent")
    }

    static let fractions: Set<String> = ["half", "two-thirds", "one-third", "threefold", "twofold"]
    static let approximations: Set<String> = ["about", "nearly", "almost", "more", "some", "roughly", "around", "over", "than"]

    /// Words after a year that show it is not a noun's modifier.
    static let notModified: Set<String> = [
        "and", "or", "but", "to", "when", "ago", "earlier", "later", "before", "after", "that", "which", "who", "as", "than", "of",
        "in", "on", "at", "for", "with", "by", "from", "until", "through", "since", "during", "onward", "onwards", "alone", "only",
        "itself", "amid", "against", "over", "under", "into", "while", "because", "if", "there",
    ]

    /// A year, decade or century in figures before the noun it modifies: "the 1951 treaty",
    /// "a 2013 report", "the fabled 11th century temple", "Japan's 2024 white paper". `w` is the
    /// expression's first word. (It follows a determiner or a possessive, perhaps with one word
    /// between, and a word that is not a verb or a function word follows it.) The index of the
    /// determiner or possessive word; nil when the year is not attributive.
    static func attributiveOpener(_ e: TemporalExpression, _ date: EventDate, words: [Word], at w: Int, bytes: [UInt8]) -> Int? {
        // (A fiscal year too: "in its fiscal year 2026 budget request".)
        let fiscal = e.text.lowercasedASCII().hasPrefix("fiscal ") || e.text.hasPrefix("FY")
        // (And a month's name alone: "the scale of the April drills".)
        let month = date.precision == .month && !e.text.contains(" ") && DateSemantics.monthNames.contains(e.text)
        // ("Japan's 2025-26 budget": a fiscal year's second year after a dash.)
        var end = e.end
        if end + 3 < bytes.count, bytes[end] == UInt8(ascii: "-"), bytes[end + 1] &- 0x30 < 10, bytes[end + 2] &- 0x30 < 10, bytes[end + 3] == 0x20 {
            end += 3
        }
        // (And a holiday's name: "over the Canada Day shooting".)
        let holiday = date.precision == .day && e.text.hasSuffix("Day") && Holiday.allCases.contains { $0.displayName == e.text }
        guard date.precision >= .year && (bytes[e.start] &- 0x30 < 10 || fiscal) || month || holiday, w > 0, end < bytes.count,
            bytes[end] == 0x20
        else { return nil }
        guard let n = words[w...].firstIndex(where: { $0.range.lowerBound >= end }), words[n].range.lowerBound == end + 1 else { return nil }
        let next = words[n].text.lowercasedASCII()
        // ("The 2023 Integrated Review Refresh describes ...": a capitalized word is a name's.)
        guard bytes[end + 1] &- 0x30 >= 10, !notModified.contains(next), !isVerbForm(next) || words[n].capitalized else { return nil }
        func opens(_ k: Int) -> Bool {
            let gap = String(decoding: bytes[words[k].range.upperBound..<words[k + 1].range.lowerBound], as: UTF8.self)
            if gap == "'s " || gap == "\u{2019}s " { return true }
            let t = words[k].text.lowercasedASCII()
            return gap == " " && attributiveOpeners.contains(t)
        }
        if opens(w - 1) { return w - 1 }
        // "the fabled 1951 treaty": one lower-case word between.
        let between = w > 1 && !words[w - 1].capitalized && !adverbialPrepositions.contains(words[w - 1].text.lowercasedASCII())
        if between && opens(w - 2) { return w - 2 }
        // "The Defense of Japan 2025 white paper": a year closing a name that "the" opens (its
        // capitalized words, with "of" or "and" between them).
        var k = w - 1
        while k > 0, k > w - 7, words[k].capitalized || ["of", "and"].contains(words[k].text) {
            if words[k].capitalized, words[k - 1].text.lowercasedASCII() == "the", words[k - 1].range.upperBound + 1 == words[k].range.lowerBound {
                return k - 1
            }
            k -= 1
        }
        return nil
    }

    /// The words that open a noun phrase an attributive year stands in: "the 1951 treaty".
    static let attributiveOpeners: Set<String> = determiners.union(["this", "that", "these", "those", "whose"])

    /// Prepositions before an attributive year whose noun is neither the time of the happening
    /// nor its subject.
    static let otherPrepositions: Set<String> = [
        "under", "by", "with", "of", "for", "from", "to", "into", "near", "against", "over", "through", "about", "on", "per", "despite",
        "beyond", "within", "without", "toward", "towards", "across", "among", "amid", "around", "behind", "between", "like",
    ]

    /// Prepositions before an attributive year that make its noun the time of the happening:
    /// "was set at the 2014 summit", "during the 2016 Olympics".
    static let framingPrepositions: Set<String> = ["at", "during", "in", "since", "until", "before", "after", "following"]

    /// Whether an attributive year (``attributiveOpener(_:_:words:at:bytes:)``, the determiner
    /// or possessive at `opener`) dates its sentence: after a preposition that sets the time
    /// ("was set at the 2014 summit"), or in the subject before a verb in the past or future
    /// ("The 2016 arbitral ruling rejected ...", "A 2013 report described ..."). After a verb
    /// it dates its noun, not the happening ("Manila invoked the 2016 ruling", "The ministers
    /// discussed the 2027 budget", "The team was clearing mines near the fabled 11th century
    /// temple", "bound by the 1951 treaty"), and so it does before a verb in the present ("The
    /// 1951 treaty obliges both sides to act").
    static func datesItsSentence(attributive e: TemporalExpression, words: [Word], at w: Int, opener: Int) -> Bool {
        if opener > 0 {
            let before = words[opener - 1].text.lowercasedASCII()
            // ("in its fiscal year 2026 budget request": a document's year sets no time.)
            // (Its noun: one of the three words after it.)
            let after = words[w...].lazy.filter { $0.range.lowerBound >= e.end }.prefix(3).map { $0.text.lowercasedASCII() }
            // (A month's is its release: "was announced in the May 2026 Budget".)
            if framingPrepositions.contains(before) { return e.value.utf8.count >= 7 || !after.contains(where: documentNouns.contains) }
            // "Under the 2022 Strategic Concept, adopted in Madrid, Russia is described ...": the
            // noun of another preposition is no subject.
            if otherPrepositions.contains(before) { return false }
        }
        if hasVerbBefore(words, w) { return false }
        // (Not the noun it modifies: "The April drills ended" is "ended"'s.)
        guard let noun = (w..<words.count).first(where: { words[$0].range.lowerBound >= e.end }),
            let k = ((noun + 1)..<max(noun + 1, words.count)).first(where: { isFiniteVerb(words, $0) })
        else { return false }
        let verb = words[k].text.lowercasedASCII()
        return !["is", "are", "has", "have", "can", "may"].contains(verb) && !(verb.hasSuffix("s") && !isVerbForm(verb))
    }

    enum Aside {
        /// ", who took office in October,": about a person.
        case person
        /// ", which was signed in 2014,"
        case relative
        /// ", signed in January 2023,", ", held from July 9 to 18,"
        case participle
    }

    static let participles: Set<String> = ["held", "set", "built", "made", "taken", "known", "begun", "given", "led", "won", "seen", "sent", "shot"]

    /// A lower-cased word that can be a past participle: "signed", "held".
    static func mayBeParticiple(_ word: String) -> Bool { word.utf8.count > 3 && word.hasSuffix("ed") || participles.contains(word) }

    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our"]

    /// The comma-set aside that expression `e` (after word `before - 1`) stands in: one that
    /// opens with "who", "which" or a participle after a comma. A "who" clause needs nothing
    /// more (a trailing one, "..., who visited the shrine on March 2.", is an aside too), nor
    /// does a "which" clause with an attributive date ("which has a 1951 treaty"); another
    /// "which" clause must close with a comma, and a participle one with a comma followed by
    /// the main clause's verb ("The agreement, signed in January 2023, came into force ..."):
    /// in "South Korea and the United States, along with Japan, held air drills on Monday, a day
    /// after ..." the comma before "held" closes an aside, and "held" is the main verb.
    static func asideKind(_ e: TemporalExpression, words: [Word], before w: Int, sentence: Range<Int>, bytes: [UInt8]) -> Aside? {
        guard w > 0, let comma = TitleCompressor.lastByte(bytes, UInt8(ascii: ","), in: sentence.lowerBound..<e.start) else { return nil }
        guard var opener = words[..<w].firstIndex(where: { $0.range.lowerBound > comma }), opener > 0 else { return nil }
        // ("The drills, first held in 1991, began on Monday": an adverb before the participle.)
        if ["first", "originally", "once", "initially", "previously", "formerly", "last"].contains(words[opener].text.lowercasedASCII()),
            opener + 1 < w
        {
            opener += 1
        }
        let word = words[opener].text.lowercasedASCII()
        let kind: Aside
        if word == "who" || word == "whose" {
            kind = .person
        } else if word == "which" {
            kind = .relative
        } else if !words[opener].capitalized, mayBeParticiple(word) {
            kind = .participle
        } else if word == "due", !words[opener].capitalized {
            // ("The payment, due in June, was made in February": "due" as a participle, before a
            // main verb in the past; "NATO's 2026 summit, due on July 7 and 8, will review ..."
            // is the summit's date.)
            guard e.end < sentence.upperBound, let close = TitleCompressor.firstByte(bytes, UInt8(ascii: ","), in: e.end..<sentence.upperBound),
                let next = words[w...].firstIndex(where: { $0.range.lowerBound > close }),
                ["was", "were", "had"].contains(words[next].text) || pastVerbs.contains(words[next].text) || words[next].text.hasSuffix("ed")
            else { return nil }
            kind = .participle
        } else {
            return nil
        }
        if kind == .person { return .person }
        if kind == .relative, determiners.contains(words[w - 1].text.lowercasedASCII()) { return .relative }
        guard e.end < sentence.upperBound, let close = TitleCompressor.firstByte(bytes, UInt8(ascii: ","), in: e.end..<sentence.upperBound),
            let next = words[w...].firstIndex(where: { $0.range.lowerBound > close })
        else { return nil }
        return kind == .relative || isFiniteVerb(words, next) ? kind : nil
    }

    /// A date after "since" followed by ", when" and a clause ("since May 8, when it fired a
    /// volley of missiles"): where the clause starts (after "when"). Nil otherwise.
    static func whenClause(after e: TemporalExpression, words: [Word], part: Range<Int>, bytes: [UInt8]) -> Int? {
        // (A date may run past its sentence: "on Wed. March 5" when "Wed." ended it.)
        guard part.contains(e.start), e.end <= part.upperBound, let k = words.lastIndex(where: { $0.range.upperBound <= e.start }),
            words[k].text.lowercasedASCII() == "since",
            let next = nextNonSpaceByte(bytes, e.end, part.upperBound), bytes[next] == UInt8(ascii: ","),
            let when = words.firstIndex(where: { $0.range.lowerBound > next }), words[when].text.lowercasedASCII() == "when",
            when + 2 < words.count,
            // A clause: a subject and a verb ("when measured in dollars" is none).
            !words[when + 1].text.lowercasedASCII().hasSuffix("ed"), !words[when + 1].text.lowercasedASCII().hasSuffix("ing"),
            (when + 2..<words.count).contains(where: { isFiniteVerb(words, $0) })
        else { return nil }
        return words[when].range.upperBound
    }

    private static func nextNonSpaceByte(_ bytes: [UInt8], _ from: Int, _ ceiling: Int) -> Int? {
        var i = from
        while i < ceiling, bytes[i] == 0x20 { i += 1 }
        return i < ceiling ? i : nil
    }

    /// The date is in a clause after "since", what the sentence measures from ("The summit was
    /// the first since Donald Trump returned to the White House in January", "Prices have risen
    /// since the war began in February 2022"): what the title drops to be that clause's
    /// happening, the words up to "since" ("Ever since" too) and after the clause. The clause
    /// has a subject and a verb before the date, and no comma or semicolon.
    static func recordSince(
        _ e: TemporalExpression, words: [Word], part: Range<Int>, bytes: [UInt8], expressions: [TemporalExpression]
    ) -> [Range<Int>]? {
        guard part.contains(e.start), e.end <= part.upperBound,
            let since = words.lastIndex(where: { $0.range.upperBound <= e.start && $0.text.lowercasedASCII() == "since" }),
            since + 2 < words.count, words[since + 1].range.lowerBound < e.start,
            // ("since being elected in May": no subject.)
            !words[since + 1].text.lowercasedASCII().hasSuffix("ing"),
            !bytes[words[since].range.upperBound..<e.start].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }),
            // ("have fallen 20% since January and closed at a new low on Friday": another date,
            // or "and", between "since" and the date end its clause.)
            !expressions.contains(where: { $0.start > words[since].range.upperBound && $0.end <= e.start }),
            !words[(since + 1)...].contains(where: { w in
                w.range.upperBound <= e.start && ["and", "but", "or"].contains(w.text.lowercasedASCII())
            }),
            (since + 2..<words.count).contains(where: { words[$0].range.upperBound <= e.start && isFiniteVerb(words, $0) })
        else { return nil }
        // The clause ends at the first comma or semicolon after the date, or at "that", "and" or
        // "but" ("Since Russia invaded Ukraine in February 2022, Finland has joined NATO"; "the
        // first time since the war began in 2022 that the two leaders have met").
        var end = bytes[e.end..<part.upperBound].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
        if let w = words.first(where: { $0.range.lowerBound >= e.end && ["that", "and", "but"].contains($0.text.lowercasedASCII()) }),
            end == nil || w.range.lowerBound < end!
        {
            end = w.range.lowerBound
        }
        return [part.lowerBound..<words[since].range.upperBound] + (end.map { [$0..<part.upperBound] } ?? [])
    }

    /// The date is in a *who* or *which* aside right after the sentence's subject
    /// ("Secretary-General Mark Rutte, who took office in October, called the deal ...", "The
    /// 11-day drills, which began on Monday, involve 18,000 troops"): what the title drops to be
    /// the aside's happening, ", who" (", which") and everything from the aside's closing comma on. Nil
    /// when the date is elsewhere, the aside does not follow the subject (a verb comes before
    /// it: "He met Duterte, who took office on June 30"), or nothing follows it.
    static func subjectAside(_ e: TemporalExpression, words: [Word], part: Range<Int>, bytes: [UInt8]) -> (Range<Int>, Range<Int>)? {
        guard part.contains(e.start), e.end <= part.upperBound, let w = words.firstIndex(where: { $0.range.lowerBound >= e.start }),
            let kind = asideKind(e, words: words, before: w, sentence: part, bytes: bytes), kind == .person || kind == .relative,
            let comma = TitleCompressor.lastByte(bytes, UInt8(ascii: ","), in: part.lowerBound..<e.start),
            let who = words.firstIndex(where: { $0.range.lowerBound > comma }), ["who", "which"].contains(words[who].text.lowercasedASCII()),
            who >= 1,
            // The words before it are the subject: the first comma of the clause, after no
            // opening phrase ("At the summit, which opened on Monday, ...", "Asked about Rutte,
            // who took office in October, ...") and no verb ("He met Duterte, who ..."; an
            // adjective in -ed after a determiner is no verb: "The embattled minister, who ...").
            !bytes[part.lowerBound..<comma].contains(UInt8(ascii: ",")),
            !phraseOpeners.contains(words[0].text.lowercasedASCII()),
            !words[0].text.lowercasedASCII().hasSuffix("ing"), !words[0].text.lowercasedASCII().hasSuffix("ed"),
            !words[..<who].indices.contains(where: { k in
                let t = words[k].text.lowercasedASCII()
                if t.hasSuffix("ed"), k > 0, determiners.contains(words[k - 1].text.lowercasedASCII()) { return false }
                return !words[k].capitalized && (isVerbForm(t) || TitleCompressor.reportingVerbs.contains(t))
            }),
            let close = TitleCompressor.firstByte(bytes, UInt8(ascii: ","), in: e.end..<part.upperBound),
            words.contains(where: { $0.range.lowerBound > close })
        else { return nil }
        return (comma..<words[who].range.upperBound, close..<part.upperBound)
    }

    /// Words that open a phrase before a sentence's subject, not the subject itself.
    static let phraseOpeners: Set<String> = [
        "at", "in", "on", "after", "before", "during", "with", "for", "from", "under", "amid", "despite", "following", "as", "by",
        "since", "when", "while", "although", "though", "if", "because", "to", "of", "about", "unlike", "like", "besides",
    ]

    /// A lower-cased word that is a finite verb or a past tense: "was", "will", "came", "ended".
    static func isVerbForm(_ w: String) -> Bool { finiteVerbs.contains(w) || pastVerbs.contains(w) || (w.utf8.count > 3 && w.hasSuffix("ed")) }

    /// Word `k` can be a clause's main verb: "was", "will", "came", "ended", "fired", or a
    /// present tense in -s ("calls", "remains"), but not a measure ("days after") or the
    /// subject of an attribution ("officials said").
    static func isFiniteVerb(_ words: [Word], _ k: Int) -> Bool {
        guard !words[k].capitalized else { return false }
        let w = words[k].text.lowercasedASCII()
        if isVerbForm(w) { return true }
        guard w.utf8.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !TitleCompressor.intervalWords.contains(w) else { return false }
        return k + 1 >= words.count || !TitleCompressor.reportingVerbs.contains(words[k + 1].text.lowercasedASCII())
    }

    /// The clauses of a sentence that each report a dated happening: the sentence is cut at
    /// ", and", ", but", ", while", ", whereas" or ";" between two dates that name days when what
    /// follows opens a clause with its own subject (a determiner or pronoun, a capitalized word,
    /// or a plural noun before a verb in the past: "Talks intensified in the spring, and
    /// negotiators reached a deal in late June."). "The vessel entered Japanese waters on Dec.
    /// 1, and left on Dec. 3." has no subject after "and": one clause.
    static func clauses(
        _ bytes: [UInt8], sentence: Range<Int>, words: [Word], expressions: [TemporalExpression], found: [ActorFinder.Found] = []
    ) -> [Range<Int>] {
        guard expressions.count >= 2 else { return [sentence] }
        let dated = expressions.filter { EventDate.essentials($0) != nil }
        guard dated.count >= 2 else { return [sentence] }
        var parts: [Range<Int>] = []
        var start = sentence.lowerBound
        for k in 1..<dated.count where dated[k - 1].end <= dated[k].start {
            let gap = dated[k - 1].end..<dated[k].start
            // (A second verb of the same subject on the same day is the same happening's: "were
            // launched at 7:20 a.m. and landed in the sea at 7:45 a.m.")
            guard
                let (cut, next) = clauseBoundary(bytes, in: gap, clauseStart: start, words: words)
                    ?? sharedSubjectBoundary(bytes, in: gap, clauseStart: start, words: words, next: dated[k]).flatMap({ b in
                        EventDate.essentials(dated[k - 1])?.interval.start == EventDate.essentials(dated[k])?.interval.start ? nil : b
                    })
                    ?? gappedBoundary(
                        bytes, in: gap, clauseStart: start, words: words, next: dated[k], sentence: sentence, found: found,
                        dates: expressions.map { $0.start..<$0.end })
                    ?? againBoundary(bytes, in: gap, clauseStart: start, words: words).flatMap({ b in
                        // (Again is later: "held drills in December and again in August", both
                        // without their year, tells no order the dates can keep.)
                        guard let first = EventDate.essentials(dated[k - 1])?.interval, let second = EventDate.essentials(dated[k])?.interval,
                            second.start > first.end
                        else { return nil }
                        return b
                    })
            else {
                continue
            }
            parts.append(start..<cut)
            start = next
        }
        parts.append(start..<sentence.upperBound)
        return parts
    }

    /// What the clause after "and" leaves out of the one before (``gapped(_:before:remnant:words:found:)``).
    enum Gap {
        /// "Finland joined NATO in April 2023 and Sweden in March 2024": the subject (its range
        /// in the clause before) is replaced; the verb and the rest are shared.
        case subject(Range<Int>)
        /// "The EU imposed sanctions on Russia in 2022 and Iran in 2023": a name after the verb
        /// (its range) is replaced.
        case object(Range<Int>)
        /// "The allies held drills in December and again in August": the clause before, again.
        case again
    }

    /// A boundary before "again" and the next date after "and" (or ", and"), with at most a
    /// preposition between ("held drills in December and again in August"), when the clause
    /// before has a verb. (Not with a place between: "met Kim in Singapore in June 2018 and
    /// again in Hanoi in February 2019" would need the place swapped.)
    static func againBoundary(_ bytes: [UInt8], in gap: Range<Int>, clauseStart: Int, words: [Word]) -> (Int, Int)? {
        var p = gap.lowerBound
        if p < gap.upperBound, bytes[p] == UInt8(ascii: ",") { p += 1 }
        let text = String(decoding: bytes[p..<gap.upperBound], as: UTF8.self)
        guard [" and again ", " and again in ", " and again on ", " and again at "].contains(text),
            words.contains(where: {
                $0.range.lowerBound >= clauseStart && $0.range.upperBound <= gap.lowerBound && !$0.capitalized
                    && isVerbForm($0.text.lowercasedASCII())
            })
        else { return nil }
        return (gap.lowerBound, p + 5)
    }

    /// A boundary before a gapped clause: after "and" (or ", and") only a name and the next
    /// date, with its preposition, up to the end of the sentence ("Finland joined NATO in April
    /// 2023 and Sweden in March 2024."). The name stands for the subject or for a name after the
    /// verb of the clause before, whichever is the same kind of actor
    /// (``gapped(_:before:remnant:words:found:)``).
    static func gappedBoundary(
        _ bytes: [UInt8], in gap: Range<Int>, clauseStart: Int, words: [Word], next: TemporalExpression, sentence: Range<Int>,
        found: [ActorFinder.Found], dates: [Range<Int>]
    ) -> (Int, Int)? {
        guard !found.isEmpty, let remnant = gapRemnant(bytes, in: gap, words: words), next.end <= sentence.upperBound,
            endsTheClause(bytes, after: next.end, sentence: sentence, words: words)
        else { return nil }
        guard gapped(bytes, before: clauseStart..<gap.lowerBound, remnant: remnant, words: words, found: found, dates: dates) != nil else {
            return nil
        }
        return (gap.lowerBound, remnant.lowerBound)
    }

    /// Nothing but punctuation after `position` in the sentence, or an attribution set off by a
    /// comma: "and Sweden in March 2024, officials said.", ", according to NATO."
    static func endsTheClause(_ bytes: [UInt8], after position: Int, sentence: Range<Int>, words: [Word]) -> Bool {
        func isLetterOrDigit(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b &- 0x30 < 10 }
        guard let letter = bytes[position..<sentence.upperBound].firstIndex(where: isLetterOrDigit) else { return true }
        guard bytes[position..<letter].contains(UInt8(ascii: ",")) else { return false }
        let rest = words.filter { $0.range.lowerBound >= letter && $0.range.upperBound <= sentence.upperBound }
        return rest.count <= 6
            && rest.contains { w in
                let t = w.text.lowercasedASCII()
                return t == "according" || t == "said" || t == "says" || TitleCompressor.reportingVerbs.contains(t)
            }
    }

    /// The name of a gapped clause in `gap` (the bytes between two dates): `[","] " and " NAME
    /// [PREPOSITION] " "`, the name one to four capitalized words ("the" may open it).
    static func gapRemnant(_ bytes: [UInt8], in gap: Range<Int>, words: [Word]) -> Range<Int>? {
        var p = gap.lowerBound
        if p < gap.upperBound, bytes[p] == UInt8(ascii: ",") { p += 1 }
        guard gap.upperBound - p > 5, bytes[p..<(p + 5)].elementsEqual(" and ".utf8),
            !bytes[(p + 5)..<gap.upperBound].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "(") })
        else { return nil }
        var inGap = words.filter { $0.range.lowerBound >= p + 5 && $0.range.upperBound <= gap.upperBound }
        if let last = inGap.last, ["in", "on", "at", "during", "by"].contains(last.text) { inGap.removeLast() }
        guard let first = inGap.first, let last = inGap.last, inGap.count <= 4,
            inGap.enumerated().allSatisfy({ n, w in w.capitalized || (n == 0 && w.text == "the" && inGap.count > 1) })
        else { return nil }
        return first.range.lowerBound..<last.range.upperBound
    }

    /// What a gapped clause's name replaces in the clause before: its subject when that is the
    /// same kind of actor (a country for a country) and no name after the verb is; the one name
    /// after the verb of that kind when the subject is not. Nil when the clause before is not
    /// one subject and one verb group (``sharedSubject(_:clause:words:)``) or the kinds do not
    /// tell.
    static func gapped(
        _ bytes: [UInt8], before: Range<Int>, remnant: Range<Int>, words: [Word], found: [ActorFinder.Found], dates: [Range<Int>]
    ) -> Gap? {
        guard let subject = sharedSubject(bytes, clause: before, words: words),
            let kind = found.first(where: { remnant.contains($0.range.lowerBound) })?.actor.kind
        else { return nil }
        let subjectKinds = found.filter { subject.contains($0.range.lowerBound) }.map(\.actor.kind)
        let after = found.filter { $0.range.lowerBound >= subject.upperBound && $0.range.lowerBound < before.upperBound }
        // (A name before its noun is an adjective: "sanctions on Russian oligarchs".)
        let objects = after.filter { f in
            guard f.actor.kind == kind else { return false }
            guard let next = words.first(where: { $0.range.lowerBound >= f.range.upperBound }), next.range.upperBound <= before.upperBound,
                !next.capitalized, !dates.contains(where: { $0.contains(next.range.lowerBound) })
            else { return true }
            return gapFollowers.contains(next.text.lowercasedASCII())
        }
        // ("Russia invaded Georgia in 2008 and Ukraine in 2014": a name after the verb that is
        // no actor of another kind may be what the name stands for.)
        let unknownName = words.contains { w in
            w.capitalized && w.range.lowerBound >= subject.upperBound && w.range.upperBound <= before.upperBound
                && !dates.contains { $0.contains(w.range.lowerBound) } && !after.contains { $0.range.contains(w.range.lowerBound) }
        }
        // The subject is the name itself ("Chinese hackers", "U.S. officials" are not "Taiwan"),
        // no name of that kind follows the verb, even as an adjective ("attacked Ukrainian ports
        // in 2023 and Moldova in 2024"), and the date does not close a preposition's object
        // ("imposed tariffs on steel in 2018 and Mexico in 2025": on Mexico).
        let namesTheSubject =
            found.first(where: { subject.contains($0.range.lowerBound) && $0.actor.kind == kind }).map { f in
                !words.contains { w in
                    w.range.lowerBound >= f.range.upperBound && w.range.upperBound <= subject.upperBound
                        && !(w.text.hasSuffix("ly") && !w.capitalized)
                }
            } ?? false
        let lastBefore = words.last { w in w.range.upperBound <= before.upperBound && !dates.contains { $0.contains(w.range.lowerBound) } }
        let closesPreposition =
            lastBefore.flatMap { last in words.firstIndex(where: { $0.range == last.range }) }.map { k in
                k >= 2 && ["in", "on", "at"].contains(words[k].text)
                    ? ["on", "to", "with", "against", "at", "from", "for", "into"].contains(words[k - 2].text) : false
            } ?? false
        if subjectKinds == [kind], namesTheSubject, !after.contains(where: { $0.actor.kind == kind }), !unknownName, !closesPreposition {
            return .subject(subject)
        }
        if !subjectKinds.isEmpty, !subjectKinds.contains(kind), objects.count == 1 { return .object(objects[0].range) }
        return nil
    }

    /// Words that may follow a name that a gapped clause's name replaces (not a noun it modifies).
    static let gapFollowers: Set<String> = ["in", "on", "at", "and", "for", "to", "from", "during", "by", "over", "with", "after", "before"]

    static let clauseConjunctions: [[UInt8]] = ["and", "but", "while", "whereas", "after", "before"].map { Array($0.utf8) }
    static let subjectOpeners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "it", "they", "he", "she", "we", "both", "two", "three", "several",
    ]
    /// Words that show a finite verb in the clause after a boundary.
    static let finiteVerbs: Set<String> = ["will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might"]
    static let pastVerbs: Set<String> = Set(Grammar.irregularPastVerbs)

    /// The first clause boundary in `gap`: where the clause before ends and where the next one
    /// starts (after the conjunction), when the next one opens with a subject.
    static func clauseBoundary(_ bytes: [UInt8], in gap: Range<Int>, clauseStart: Int, words: [Word]) -> (Int, Int)? {
        var p = gap.lowerBound
        while p < gap.upperBound {
            defer { p += 1 }
            var next: Int
            if bytes[p] == UInt8(ascii: ";") {
                next = p + 1
            } else if bytes[p] == UInt8(ascii: ","), p + 1 < gap.upperBound, bytes[p + 1] == 0x20,
                let c = clauseConjunctions.first(where: { c in
                    p + 2 + c.count < gap.upperBound && bytes[(p + 2)..<(p + 2 + c.count)].elementsEqual(c) && bytes[p + 2 + c.count] == 0x20
                })
            {
                next = p + 2 + c.count
            } else {
                continue
            }
            while next < gap.upperBound, bytes[next] == 0x20 { next += 1 }
            guard var w = words.firstIndex(where: { $0.range.lowerBound >= next }), words[w].range.lowerBound < gap.upperBound else { continue }
            // "; and the crew returned": the conjunction after a semicolon belongs to the clause.
            if bytes[p] == UInt8(ascii: ";"), ["and", "but"].contains(words[w].text.lowercasedASCII()) {
                w += 1
                guard w < words.count, words[w].range.lowerBound < gap.upperBound else { continue }
            }
            // The clause before must not be a relative clause or an aside ("The minister, who
            // took office on Oct. 1, and ...").
            let before = String(decoding: bytes[clauseStart..<p], as: UTF8.self)
            if before.contains(", who") || before.contains(", which") { continue }
            let first = words[w].text.lowercasedASCII()
            // (A verb is no subject: "and was escorted out", "and has controlled it".)
            guard subjectOpeners.contains(first) || words[w].capitalized || first.hasSuffix("s"),
                !finiteVerbs.contains(first), !pastVerbs.contains(first), !first.hasSuffix("ed")  // (any -ed: "and shelled")
            else { continue }
            // A finite verb before the next date, with no comma between the subject and it
            // ("the defense minister, appointed on Nov. 11" is an aside; "many more in
            // February" has no verb).
            var verb = false
            var k = w + 1
            while k < words.count, words[k].range.upperBound <= gap.upperBound, k - w <= 6 {
                if bytes[words[k - 1].range.upperBound..<words[k].range.lowerBound].contains(UInt8(ascii: ",")) { break }
                let t = words[k].text.lowercasedASCII()
                if isVerbForm(t) {
                    verb = true
                    break
                }
                k += 1
            }
            if verb { return (p, words[w].range.lowerBound) }
        }
        return nil
    }

    /// A clause boundary at " and " (or ", and ") before a second verb of the same subject,
    /// each verb with its own date: "Russia annexed Crimea in March 2014 and launched its
    /// full-scale invasion in February 2022", "The treaty was signed in 1951 and revised in
    /// 1960", "met in Washington on Monday and will meet again in Tokyo in June". Only when the
    /// clause before is one subject and one verb group (``sharedSubject(_:clause:words:)``) and
    /// the second date is not where the first act runs to ("began on Monday and will run until
    /// Friday").
    static func sharedSubjectBoundary(
        _ bytes: [UInt8], in gap: Range<Int>, clauseStart: Int, words: [Word], next: TemporalExpression? = nil
    ) -> (Int, Int)? {
        // "The rebels seized Aleppo on Nov. 30 and a week later entered Damascus": "and", the
        // date, then the verb.
        if let next, gap.count >= 5, bytes[(gap.upperBound - 5)..<gap.upperBound].elementsEqual(" and ".utf8),
            let w = words.firstIndex(where: { $0.range.lowerBound >= next.end }), words[w].range.lowerBound <= next.end + 2,
            !words[w].capitalized, isVerbForm(words[w].text.lowercasedASCII()),
            sharedSubject(bytes, clause: clauseStart..<(gap.upperBound - 5), words: words) != nil
                || isVerbPhrase(clauseStart..<(gap.upperBound - 5), words: words)
        {
            let cut = gap.upperBound - 5 - (bytes[gap.upperBound - 6] == UInt8(ascii: ",") ? 1 : 0)
            return (cut, gap.upperBound)
        }
        var p = gap.lowerBound
        while p + 5 <= gap.upperBound {
            defer { p += 1 }
            let comma = bytes[p] == UInt8(ascii: ",")
            let a = comma ? p + 1 : p
            let and =
                a + 5 <= gap.upperBound && bytes[a] == 0x20 && bytes[a + 1] == UInt8(ascii: "a") && bytes[a + 2] == UInt8(ascii: "n")
                && bytes[a + 3] == UInt8(ascii: "d") && bytes[a + 4] == 0x20
            // (A list: "expanded in 1999, grew again in 2004 and added Finland in 2023", the comma
            // before a verb when "and" and a verb follow later.)
            let listed = comma && !and && a < gap.upperBound && bytes[a] == 0x20
            guard and || listed, var w = words.firstIndex(where: { $0.range.lowerBound >= (and ? a + 5 : a + 1) }),
                words[w].range.lowerBound < gap.upperBound
            else { continue }
            if sharedAdverbs.contains(words[w].text), w + 1 < words.count, words[w + 1].range.lowerBound < gap.upperBound { w += 1 }
            if listed {
                // (", named after a hero,", ", backed by the US,": a participle's modifier.)
                if w + 1 < words.count, ["after", "by", "as", "for", "with"].contains(words[w + 1].text.lowercasedASCII()) { continue }
                guard
                    words[(w + 1)...].indices.contains(where: { k in
                        words[k].text == "and" && k + 1 < words.count && !words[k + 1].capitalized
                            && isVerbForm(words[k + 1].text.lowercasedASCII())
                    })
                else { continue }
            }
            guard !words[w].capitalized, isVerbForm(words[w].text.lowercasedASCII()),
                sharedSubject(bytes, clause: clauseStart..<p, words: words) != nil || isVerbPhrase(clauseStart..<p, words: words)
            else { continue }
            // "sent tanks in 2023 and armored vehicles in 2024": a word in -ed before a bare noun
            // may be its adjective; a verb in -ed takes a determiner, a pronoun, a preposition or
            // the date ("and launched its invasion", "and revised in 1960").
            // ("imposed sanctions", "invaded eastern Ukraine" are verbs: only the words that are
            // mostly adjectives before a bare noun are not.)
            let verb = words[w].text.lowercasedASCII()
            if edAdjectives.contains(verb), w + 1 < words.count, words[w + 1].range.lowerBound < gap.upperBound {
                let next = words[w + 1].text.lowercasedASCII()
                if !words[w + 1].capitalized, !subjectOpeners.contains(next), !objectPronouns.contains(next), !datePrepositionWords.contains(next) {
                    continue
                }
            }
            // "met on March 3 and agreed to hold talks in April": the date is the plan's, and the
            // agreeing is the first date's happening ("and are expected to meet again on Friday"
            // is the second clause's own plan).
            if verb.hasSuffix("ed") || pastVerbs.contains(verb),
                words[(w + 1)...].prefix(while: { $0.range.upperBound <= gap.upperBound }).contains(where: { $0.text == "to" }),
                let to = words[(w + 1)...].firstIndex(where: { $0.text == "to" }), to + 1 < words.count,
                !words[to + 1].capitalized, !subjectOpeners.contains(words[to + 1].text.lowercasedASCII())
            {
                return nil
            }
            // "met on Monday and announced a summit in June": the date is the summit's, a plan the
            // second verb tells of on the first date.
            if let d = words.lastIndex(where: { $0.range.upperBound <= gap.upperBound }), d > w,
                ["in", "on", "for", "at"].contains(words[d].text.lowercasedASCII()),
                scheduledNouns.contains(words[d - 1].text.lowercasedASCII())
            {
                return nil
            }
            // The date after the second verb is its own, not the end of the first act's run.
            if let d = words.lastIndex(where: { $0.range.upperBound <= gap.upperBound }),
                ["until", "till", "through", "to", "by", "since", "from", "before", "after", "between", "than", "and", "or"].contains(
                    words[d].text.lowercasedASCII())
            {
                return nil
            }
            return (p, words[w].range.lowerBound)
        }
        return nil
    }

    /// The clause is one verb group without a subject, itself after a shared subject ("grew
    /// again in 2004" in "The alliance expanded in 1999, grew again in 2004 and added Finland in
    /// 2023"): a verb first, then no other finite verb, reporting verb, *that* or subordinator.
    static func isVerbPhrase(_ clause: Range<Int>, words: [Word]) -> Bool {
        guard let v = words.firstIndex(where: { $0.range.lowerBound >= clause.lowerBound }), words[v].range.upperBound <= clause.upperBound,
            !words[v].capitalized, isVerbForm(words[v].text.lowercasedASCII())
        else { return false }
        return !words[(v + 1)...].prefix(while: { $0.range.upperBound <= clause.upperBound }).contains { w in
            let t = w.text.lowercasedASCII()
            return !w.capitalized
                && (t == "that" || subordinators.contains(t) || finiteVerbs.contains(t) || pastVerbs.contains(t)
                    || TitleCompressor.reportingVerbs.contains(t))
        }
    }

    /// The subject of a clause of one verb group, for a second verb joined to it by "and": its
    /// range up to the first verb. The auxiliary stays out ("The treaty was signed in 1951 and
    /// revised in 1960": "The treaty revised", as a headline says it; "He was born in 1960 and
    /// joined the navy in 1982" is no passive). Nil when the clause opens with an aside or a date set off
    /// by a comma before its verb is not found, holds another finite verb (a "that" clause,
    /// a relative clause: whose subject would the second verb share?), or its subject is not
    /// a name, a noun phrase opened by a determiner, or a pronoun.
    static func sharedSubject(_ bytes: [UInt8], clause: Range<Int>, words: [Word]) -> Range<Int>? {
        guard let first = words.firstIndex(where: { $0.range.lowerBound >= clause.lowerBound }) else { return nil }
        var v = first
        while v < words.count, words[v].range.upperBound <= clause.upperBound,
            words[v].capitalized || !(isVerbForm(words[v].text.lowercasedASCII()) || TitleCompressor.reportingVerbs.contains(words[v].text))
        {
            v += 1
        }
        guard v < words.count, words[v].range.upperBound <= clause.upperBound, v > first,
            !TitleCompressor.reportingVerbs.contains(words[v].text.lowercasedASCII())
        else { return nil }
        // The subject: the words right before the verb, back to a comma or a dash.
        var s = v
        while s > first {
            let gap = bytes[words[s - 1].range.upperBound..<words[s].range.lowerBound]
            if gap.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "(") || $0 >= 0x80 }) { break }
            s -= 1
        }
        // Words before the subject open the clause as an adverbial ("In 2014, Russia annexed
        // ...", "TOKYO -- The navy ..."), not as a noun the subject is set beside ("The Japan-U.S.
        // alliance, the cornerstone of regional security, was established ...": which subject?).
        if s > first {
            let opener = words[first].text
            guard words[first].text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) || adverbialOpeners.contains(opener.lowercasedASCII()) else {
                return nil
            }
        }
        // ("The navy also deployed ...": an adverb before the verb is not the subject's.)
        var last = v - 1
        while last > s, !words[last].capitalized, sharedAdverbs.contains(words[last].text.lowercasedASCII()) { last -= 1 }
        guard v - s <= 8, v > s else { return nil }
        // ("The navy never deployed carriers in 2014 and withdrew its last destroyer in 2015":
        // does "never" reach the second verb? Not split.)
        if words[s..<v].contains(where: { ["never", "not"].contains($0.text.lowercasedASCII()) || $0.text.hasSuffix("n't") }) { return nil }
        if words[v...].prefix(while: { $0.range.upperBound <= clause.upperBound }).prefix(3).contains(where: {
            ["never", "not"].contains($0.text.lowercasedASCII()) || $0.text.hasSuffix("n't")
        }) {
            return nil
        }
        let opener = words[s].text.lowercasedASCII()
        guard words[s].capitalized || subjectOpeners.contains(opener) || ["i", "you"].contains(opener) else { return nil }
        if words[s..<v].contains(where: { subordinators.contains($0.text.lowercasedASCII()) || $0.text.lowercasedASCII() == "that" }) {
            return nil
        }
        // One verb group: after it, no other finite verb, reporting verb, "that" or subordinator.
        var k = v + 1
        while k < words.count, words[k].range.upperBound <= clause.upperBound, isVerbForm(words[k].text.lowercasedASCII()), k - v <= 2 { k += 1 }
        while k < words.count, words[k].range.upperBound <= clause.upperBound {
            // (A capital is no verb: "applied to join NATO in May 2022".)
            let t = words[k].text.lowercasedASCII()
            if !words[k].capitalized,
                t == "that" || subordinators.contains(t) || finiteVerbs.contains(t) || pastVerbs.contains(t)
                    || TitleCompressor.reportingVerbs.contains(t)
            {
                return nil
            }
            k += 1
        }
        return words[s].range.lowerBound..<words[last].range.upperBound
    }

    /// The clause after "and" opens with a participle that shares the clause before's passive
    /// auxiliary: a word in *-ed* (or an irregular participle) with no object after it (a
    /// preposition, the end, or a date next), and not a verb that takes no passive ("was born in
    /// 1960 and died in 2020": "He died").
    static func sharesPassive(_ words: [Word]) -> Bool {
        guard let first = words.first else { return false }
        let verb = first.text.lowercasedASCII()
        guard verb.hasSuffix("ed") || participles.contains(verb), !intransitives.contains(verb) else { return false }
        guard words.count > 1 else { return true }
        let next = words[1].text.lowercasedASCII()
        return ["in", "on", "at", "from", "to", "by", "for", "during", "over", "after", "before", "as", "last", "this", "early", "late"].contains(
            next)
    }

    static let intransitives: Set<String> = [
        "died", "arrived", "returned", "resigned", "retired", "landed", "sailed", "departed", "collapsed", "expired", "ended", "started",
        "stayed", "remained", "moved", "travelled", "traveled", "docked", "surrendered", "happened", "occurred", "failed", "succeeded",
        "voted", "agreed", "responded", "reacted", "complained", "testified", "campaigned", "served", "worked", "lived", "crashed",
        "exploded", "erupted", "escalated", "peaked", "opened", "closed", "resumed", "continued", "paused", "stopped",
    ]

    /// Words in *-ed* that are mostly adjectives before a noun ("armored vehicles", "unmanned
    /// vessels", "guided missiles"), not a second verb after "and".
    static let edAdjectives: Set<String> = [
        "armored", "armoured", "unmanned", "uncrewed", "crewed", "manned", "guided", "advanced", "classified", "armed", "unarmed",
        "trained", "enriched", "sophisticated", "detailed", "limited", "specialized", "specialised", "experienced", "qualified",
        "skilled", "combined", "integrated", "automated", "restricted", "disputed", "contested", "hardened", "coordinated", "related",
        "so-called", "unidentified", "suspected", "alleged", "unnamed", "retired", "wounded", "injured",
    ]

    /// Nouns of happenings that are scheduled: a date right after one is its own.
    static let scheduledNouns: Set<String> = [
        "summit", "summits", "meeting", "meetings", "talks", "visit", "visits", "drills", "drill", "exercise", "exercises", "election",
        "elections", "vote", "votes", "session", "sessions", "conference", "ceremony", "parade", "review", "trip", "call", "dialogue",
        "referendum", "inauguration", "launch", "deadline",
    ]

    /// Words that open an adverbial before a clause's subject ("In 2014, Russia ...").
    static let adverbialOpeners: Set<String> = [
        "in", "on", "at", "after", "before", "during", "since", "by", "for", "with", "under", "as", "last", "earlier", "later", "however",
        "meanwhile", "also", "then", "separately", "still", "yesterday", "today", "this", "that", "when", "while", "following", "amid",
    ]
    /// Words after a verb in *-ed* that show it is a verb (an object pronoun, a date's
    /// preposition or modifier), not an adjective before its noun.
    static let objectPronouns: Set<String> = ["it", "them", "him", "her", "us", "me", "itself", "themselves", "himself", "herself"]
    static let datePrepositionWords: Set<String> = ["in", "on", "at", "during", "by", "for", "last", "this", "next", "early", "late", "as"]

    /// Adverbs between a subject and its verb, or after "and" before a second verb ("and later
    /// launched", "and subsequently invaded").

    static let sharedAdverbs: Set<String> = [
        "also", "then", "later", "subsequently", "eventually", "finally", "again", "first", "soon", "quickly", "formally", "officially",
    ]

    /// A narrower date set beside the chosen one as its apposition: "Earlier this year, in
    /// March, a water cannon attack damaged a supply boat" is dated March, not the year. Only
    /// a date right after the chosen one, past a comma and at most a preposition (*in, on,
    /// at, during*), that lies wholly inside it ("In 2024, Manila said it would finish the
    /// runway by March" keeps 2024).
    static func narrowest(
        within chosen: TemporalExpression, _ date: EventDate, _ expressions: [TemporalExpression], bytes: [UInt8]
    ) -> (TemporalExpression, EventDate) {
        // A date that only frames the sentence, a possessive one ("This year's exercises, held
        // from July 9 to 18", "Last year's edition, held in November"), a season or a decade or
        // coarser ("in the 1990s, ... in September 1991"), gives way to the first later date
        // inside it. (A year does not: "In 2019, the ministers agreed to meet again in January"
        // is 2019's agreement.)
        if isPossessive(bytes, at: chosen.end) || date.precision == .season || date.precision >= .decade {
            // (Not the date of the report, "..., the ministry said on May 2", nor one after
            // "including": "In the 2010s, China built seven islands, including one completed in 2016".)
            for e in expressions where e.start >= chosen.end {
                guard let (interval, _, _) = EventDate.essentials(e), interval.start >= date.start, interval.end <= date.end,
                    interval != date.interval
                else { continue }
                let between = String(decoding: bytes[chosen.end..<e.start], as: UTF8.self).lowercasedASCII()
                if frameStops.contains(where: { between.byteOffset(of: $0) != nil }) { break }
                // ("a report released on Aug. 5 said": the report's date.)
                let after = String(decoding: bytes[e.end..<min(bytes.count, e.end + 12)], as: UTF8.self).lowercasedASCII()
                if frameStops.contains(where: { after.hasPrefix($0) }) { continue }
                guard let d = EventDate(e) else { continue }
                return (e, d)
            }
            return (chosen, date)
        }
        // "The 2025 edition, held from 8 to 19 September, was the largest": a year naming its
        // noun gives its year to the yearless date of what the noun's participle tells.
        if let later = attributiveYearsDate(chosen, date, expressions, bytes: bytes) { return later }
        // ("A day earlier, on Wednesday, two bombers flew ...": a date counted from another
        // gives way to the one it stands beside, inside it or not.)
        var counted = false
        if chosen.anchoring == .previousMention {
            let text = chosen.text.lowercasedASCII()
            counted = ["earlier", "later", "before", "after", "next", "previous", "following"].contains {
                text.hasSuffix($0) || text.hasPrefix("the " + $0)
            }
        }
        guard let e = expressions.first(where: { $0.start >= chosen.end }), let (interval, _, _) = EventDate.essentials(e),
            counted && e.anchoring != .previousMention || interval.start >= date.start && interval.end <= date.end && interval != date.interval,
            let d = EventDate(e)
        else { return (chosen, date) }
        let between = String(decoding: bytes[chosen.end..<e.start], as: UTF8.self)
        let words = between.split { $0 == " " || $0 == "," }
        guard between.contains(","), words.count <= 1, words.allSatisfy({ ["in", "on", "at", "during"].contains($0.lowercased()) }) else {
            return (chosen, date)
        }
        return (e, d)
    }

    /// A year after "the" and before its noun of one or two words ("The 2025 edition", "the
    /// 2024 exercise") and, after the noun and a comma, a participle aside with a date without
    /// a year ("held from 8 to 19 September", "which was staged in June"): that date, in the
    /// year.
    static func attributiveYearsDate(
        _ chosen: TemporalExpression, _ date: EventDate, _ expressions: [TemporalExpression], bytes: [UInt8]
    ) -> (TemporalExpression, EventDate)? {
        guard date.precision == .year, chosen.anchoring == .explicit, chosen.text.utf8.count == 4, chosen.start >= 4,
            bytes[(chosen.start - 4)..<chosen.start].map({ $0 | 0x20 }).elementsEqual("the ".utf8),
            let e = expressions.first(where: { $0.start >= chosen.end }),
            e.derivation.hasPrefix(Resolver.noYearInText) || e.derivation.hasPrefix("a range: from " + Resolver.noYearInText),
            !Resolver.weekdayNames.contains(where: { e.text.contains($0) })
        else { return nil }
        let between = String(decoding: bytes[chosen.end..<e.start], as: UTF8.self).lowercasedASCII()
        guard let comma = between.firstIndex(of: ",") else { return nil }
        let noun = between[..<comma].split(separator: " ")
        let aside = between[between.index(after: comma)...].split(separator: " ").map(String.init)
        guard (1...2).contains(noun.count), noun.allSatisfy({ $0.allSatisfy(\.isLetter) }), let verb = aside.firstIndex(where: mayBeParticiple),
            aside[..<verb].allSatisfy({ ["which", "that", "was", "were"].contains($0) }), aside.count - verb <= 2,
            aside[(verb + 1)...].allSatisfy({ ["from", "on", "in", "between", "over", "during", "at"].contains($0) })
        else { return nil }
        // (Only to the year the date was read in or one before it: "The 2030 target, set in
        // March" and "The 2026 budget, approved in December" name years to come.)
        guard let own = EventDate(e), date.start.year <= own.start.year,
            let again = inYear(e, year: date.start.year, because: "the year its sentence names")
        else { return nil }
        return (e, again)
    }

    /// Expression `e`, written without its year, in `year` (its range's end too, when it has one
    /// in the same year), told as chosen `because`: nil when it is not a date in the form
    /// "YYYY-...".
    static func inYear(_ e: TemporalExpression, year: Int, because: String) -> EventDate? {
        func yearOf(_ value: String) -> Substring? {
            let u = value.utf8
            guard u.count >= 7, u.prefix(4).allSatisfy({ $0 &- 0x30 < 10 }), u.dropFirst(4).first == UInt8(ascii: "-") else { return nil }
            return value.prefix(4)
        }
        guard let own = yearOf(e.value) else { return nil }
        var part = e
        part.value = CalendarDay.pad(year, 4) + e.value.dropFirst(4)
        if let end = e.rangeEnd {
            guard yearOf(end) == own else { return nil }
            part.rangeEnd = CalendarDay.pad(year, 4) + end.dropFirst(4)
        }
        part.derivation = "\(Resolver.noYearInText); in \(year), \(because)"
        part.anchoring = .previousMention
        return EventDate(part)
    }

    /// Words after which a later date no longer narrows a framing one: the report's own date
    /// ("..., the ministry said on May 2") and an example's ("..., including one completed in 2016").
    static let frameStops = [" said", " says", " told", " reported", " including "]

    /// A date in a possessive names a thing ("last month's expulsions", "Thursday's decision"),
    /// and a clause with no verb in the past around it tells a state or a consequence, not a
    /// happening of that date: "Diplomatic ties remain frozen after last month's expulsions",
    /// "Under Thursday's decision, it will get a command cell", "Tomorrow's vote has wide
    /// implications". ("Yesterday's shootdown was the first ...", "took part in last week's
    /// patrol", "said at Tuesday's briefing" are dated, and "Thursday's summit will bring
    /// together 30 leaders", a subject with a future, is a plan.)
    static func isPossessiveBackdrop(_ e: TemporalExpression, words: [Word], bytes: [UInt8]) -> Bool {
        guard isPossessive(bytes, at: e.end) || e.text.hasSuffix("'s") || e.text.hasSuffix("\u{2019}s") else { return false }
        let outside = words.filter { $0.range.lowerBound >= e.end || $0.range.upperBound <= e.start }.map { $0.text.lowercasedASCII() }
        if outside.contains(where: { pastVerbs.contains($0) || pastAuxiliaries.contains($0) || ($0.utf8.count > 3 && $0.hasSuffix("ed")) }) {
            return false
        }
        let afterPreposition =
            words.last(where: { $0.range.upperBound <= e.start }).map { backdropPrepositions.contains($0.text.lowercasedASCII()) } ?? false
        // (A plan of a day stays: "Thursday's summit will ..."; "this year's drills will for the
        // first time call up reservists" names the drills, not a time.)
        let ofADay = EventDate(e).map { $0.precision <= .day } ?? false
        return afterPreposition || !ofADay || !outside.contains(where: { ["will", "would", "shall"].contains($0) })
    }

    /// Prepositions before a possessive date that name what it frames ("after last month's
    /// expulsions", "Under Thursday's decision").
    static let backdropPrepositions: Set<String> = [
        "after", "under", "following", "amid", "despite", "before", "since", "from", "over", "with", "in", "at", "on", "of", "for", "to",
        "by", "about",
    ]

    /// Past tenses the irregular list leaves out (it is the tagger's, where "said" and "told"
    /// are reporting verbs).
    static let pastAuxiliaries: Set<String> = [
        "was", "were", "had", "did", "said", "told", "hit", "cut", "put", "set", "shut", "spread", "cost", "felt", "sat",
    ]

    /// The date of a plan given up: "The Tokyo meeting was originally planned for Aug. 28 but
    /// was postponed", "The vote had been scheduled for March 3, but it was called off". The date
    /// follows a participle of planning and *for* or *on*, with *originally* or *initially*
    /// before the participle or a word of postponing or cancelling after the date.
    /// "once expected this autumn", "once planned for June": a plan of the past, which dates
    /// nothing ("the summit, once expected this autumn, has not been scheduled"); so is one
    /// "originally" or "initially" planned when the sentence tells what came "now", "later" or
    /// "instead".
    static func isPastPlan(_ e: TemporalExpression, words: [Word]) -> Bool {
        guard let k = words.lastIndex(where: { $0.range.upperBound <= e.start }), k >= 1 else { return false }
        let p = k >= 2 && (words[k].text == "for" || words[k].text == "on" || words[k].text == "in") ? k - 1 : k
        guard p >= 1 else { return false }
        let adverb = words[p - 1].text
        // (The adverb first: most dates have none of these before them.)
        guard adverb == "once" || adverb == "originally" || adverb == "initially",
            planParticiples.contains(words[p].text) || words[p].text == "expected"
        else { return false }
        // ("originally due in 2023, is now scheduled to arrive in March 2027": a plan replaced.)
        return adverb == "once" || words[(k + 1)...].contains(where: { ["now", "later", "instead", "eventually", "finally"].contains($0.text) })
    }

    static func isAbandonedPlan(_ e: TemporalExpression, words: [Word], bytes: [UInt8]) -> Bool {
        guard let k = words.lastIndex(where: { $0.range.upperBound <= e.start }), k >= 1,
            ["for", "on"].contains(words[k].text.lowercasedASCII()),
            planParticiples.contains(words[k - 1].text.lowercasedASCII())
        else { return false }
        // ("is now scheduled for March 20 after being postponed twice": the plan stands.)
        if k >= 2, words[k - 2].text.lowercasedASCII() == "now" { return false }
        if k >= 2, ["originally", "initially"].contains(words[k - 2].text.lowercasedASCII()) {
            // ("originally scheduled for March 3, were moved to March 5": the later date dates it.)
            return true
        }
        // A word of giving up as the verb of a clause after the date: after "but" or "and", or
        // after *was, were, has been, had been* ("but was postponed", "but it was called off");
        // not "after being postponed" nor "after a glitch delayed it".
        return words.indices.contains { j in
            guard words[j].range.lowerBound >= e.end, j >= 1 else { return false }
            let w = words[j].text.lowercasedASCII()
            guard givingUp.contains(w) || (w == "called" && j + 1 < words.count && words[j + 1].text.lowercasedASCII() == "off") else {
                return false
            }
            let before = words[j - 1].text.lowercasedASCII()
            guard ["was", "were", "been", "but", "and"].contains(before) else { return false }
            // ("The vote, scheduled for Monday, was postponed": an aside's plan, given up.)
            if ["was", "were"].contains(before), k >= 2, bytes[words[k - 2].range.upperBound..<words[k - 1].range.lowerBound].contains(0x2C),
                bytes[e.end..<words[j - 1].range.lowerBound].contains(0x2C)
            {
                return true
            }
            return words[k + 1..<j].contains { ["but", "and"].contains($0.text.lowercasedASCII()) }
        }
    }

    static let planParticiples: Set<String> = ["planned", "scheduled", "set", "slated", "due"]

    /// The date makes a compound adjective of age or style with a hyphen: "1990s-era",
    /// "1950s-vintage", "Cold War-style" ("-era", "-vintage", "-style", "-built").
    static func isVintage(_ e: TemporalExpression, bytes: [UInt8]) -> Bool {
        guard e.end < bytes.count, bytes[e.end] == UInt8(ascii: "-") else { return false }
        var k = e.end + 1
        while k < bytes.count, (bytes[k] | 0x20) >= UInt8(ascii: "a"), (bytes[k] | 0x20) <= UInt8(ascii: "z") { k += 1 }
        return ["era", "vintage", "style", "built"].contains(String(decoding: bytes[(e.end + 1)..<k], as: UTF8.self).lowercasedASCII())
    }
    static let givingUp: Set<String> = ["postponed", "cancelled", "canceled", "delayed", "scrapped", "abandoned", "shelved"]

    /// The bytes at `i` are "'s" or "’s" ending a word.
    static func isPossessive(_ bytes: [UInt8], at i: Int) -> Bool {
        var k = i
        if k < bytes.count, bytes[k] == UInt8(ascii: "'") {
            k += 1
        } else if k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
            k += 3
        } else {
            return false
        }
        return k < bytes.count && bytes[k] | 0x20 == UInt8(ascii: "s")
            && (k + 1 == bytes.count || !((bytes[k + 1] | 0x20) &- 0x61 < 26 || bytes[k + 1] &- 0x30 < 10))
    }

    /// Actors of the sentence, without the source of a trailing attribution (", Bloomberg reports").
    static func actorsOutsideAttribution(_ found: [ActorFinder.Found], bytes: [UInt8], sentence: Range<Int>, words: [Word]) -> [Actor] {
        var attributionStart = sentence.upperBound
        if let comma = TitleCompressor.lastByte(bytes, UInt8(ascii: ","), in: sentence) {
            // The words after the comma (no word spans a comma).
            let tail = words.filter { $0.range.lowerBound > comma }
            if !tail.isEmpty, tail.count <= 8, tail.contains(where: { TitleCompressor.reportingVerbs.contains($0.text.lowercasedASCII()) }) {
                attributionStart = comma
            }
        }
        var actors: [Actor] = []
        for f in found where f.range.lowerBound < attributionStart {
            // Reporting media are sources, not actors, when they only report.
            if !actors.contains(where: { $0.name == f.actor.name }) { actors.append(f.actor) }
        }
        return actors
    }

    // Short lists: comparing a few small strings is cheaper than hashing one.
    static let definiteWords = ["the", "that", "this"]
    static let happeningModifiers: Set<String> = ["phone", "video", "first", "same"]

    static func continuedEvent(
        _ words: [String], found: [ActorFinder.Found], events: [TimelineEvent], eventGroups: [UInt8], open: [Int]
    ) -> Int? {
        guard !open.isEmpty else { return nil }
        // A named participant of an open event.
        if found.contains(where: { $0.actor.kind == .person }) {
            let people = Set(found.filter { $0.actor.kind == .person }.map(\.actor.name))
            for k in open.reversed() where events[k].actors.contains(where: { $0.kind == .person && people.contains($0.name) }) {
                return k
            }
        }
        let definite = words.map { definiteWords.contains($0) }
        // "the two ministers": the latest open event with two or more people. The phrases are
        // tried only where a word opens one ("the", "both").
        let starts = words.indices.filter { k in participantFirstWords.contains(words[k]) }
        if !starts.isEmpty,
            participantPhrases.contains(where: { parts in
                starts.contains { k in k + parts.count <= words.count && zip(parts, words[k...]).allSatisfy({ $0 == $1 }) }
            })
        {
            if let k = open.reversed().first(where: { k in events[k].actors.filter { $0.kind == .person }.count >= 2 }) {
                return k
            }
        }
        // "the call" after "a phone conversation".
        for (i, w) in words.enumerated() where i > 0 && (definite[i - 1] || i > 1 && definite[i - 2]) {
            let determiner = words[i - 1]
            guard definite[i - 1] || happeningModifiers.contains(determiner), let groups = happeningGroups[w] else { continue }
            // The first group the noun is in.
            let bit = groups & (0 &- groups)
            for k in open.reversed() where eventGroups[k] & bit != 0 { return k }
        }
        return nil
    }

    /// The happening groups (bit `g` for ``happeningNouns``[g]) that `words` name.
    static func groups(of words: [String]) -> UInt8 {
        var mask: UInt8 = 0
        for (k, w) in words.enumerated() {
            // Most words cannot be a happening noun by their length or first letter: no hashing.
            let utf8 = w.utf8
            guard happeningLengths.contains(utf8.count), let first = utf8.first, first &- 0x61 < 26,
                happeningFirstLetters & (1 << UInt32(first &- 0x61)) != 0
            else { continue }
            // ("is expected to call at Japanese ports", "will visit": a verb, not the noun.)
            if k > 0, verbMarkers.contains(words[k - 1]) { continue }
            if let g = happeningGroups[w] { mask |= g }
        }
        return mask
    }

    /// Words before a verb's plain form: a happening noun after them is the verb ("to call").
    static let verbMarkers: Set<String> = ["to", "will", "would", "may", "might", "could", "can", "should", "must", "shall"]

    /// The lengths and first letters (bit `c - "a"`) of the happening nouns, all lower-case ASCII.
    static let happeningLengths: ClosedRange<Int> = {
        let lengths = happeningGroups.keys.map(\.utf8.count)
        return lengths.min()!...lengths.max()!
    }()
    static let happeningFirstLetters: UInt32 = happeningGroups.keys.reduce(0) { mask, noun in
        let first = noun.utf8.first!
        precondition(first &- 0x61 < 26, "happening nouns are lower-case ASCII")
        return mask | 1 << UInt32(first &- 0x61)
    }

    /// For each happening noun, the groups it is in, as bits (one lookup instead of one per group).
    static let happeningGroups: [String: UInt8] = {
        precondition(happeningNouns.count <= 8, "one bit per group in a UInt8")
        var groups: [String: UInt8] = [:]
        for (g, nouns) in happeningNouns.enumerated() { for n in nouns { groups[n, default: 0] |= 1 << UInt8(g) } }
        return groups
    }()

    static let participantPhrases: [[String]] = participantReferences.map { $0.split(separator: " ").map(String.init) }
    /// The words the participant phrases open with ("the", "both").
    static let participantFirstWords = Array(Set(participantPhrases.map { $0[0] })).sorted()
}
