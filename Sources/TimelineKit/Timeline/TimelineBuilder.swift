import Foundation

/// The pipeline after loading: tag each document, extract its events, merge the events that
/// two documents report, and order them.
///
/// Order: by date interval (start day, then end day), then document order, then sentence
/// order. A year-precision event (2024-01-01...2024-12-31) therefore sorts before every month
/// of that year but January, and before January's events that end earlier only if they start
/// earlier: "2024" comes before "late December 2024" and after "2013-2014".
public struct TimelineBuilder: Sendable {
    /// `--reference-date`: overrides every document's publication date.
    public var reference: CalendarDay?
    public var tagger = TemporalTagger()

    public init(reference: CalendarDay? = nil) {
        self.reference = reference
    }

    /// Builds the timeline of documents (in the order given), the collection choosing the
    /// year of the articles whose text does not fix it (``collectionDates(_:)``).
    public func build(_ documents: [Document]) -> Timeline {
        build(analyses: analyzeCollection(documents))
    }

    /// Each document analyzed (``analyze(_:)``), those whose text does not fix their year again
    /// against the date their collection chose (``collectionDates(_:)``).
    public func analyzeCollection(_ documents: [Document]) -> [(TimelineDocument, [TimelineEvent])] {
        var analyses = documents.map { analyze($0) }
        for (k, publication) in TimelineBuilder.collectionDates(analyses.map(\.0)) {
            analyses[k] = analyze(documents[k], collectionDate: publication, yearless: analyses[k].0.yearless)
        }
        return analyses
    }

    /// Merges and orders the events of documents analyzed one by one (``analyze(_:)``).
    public func build(analyses: [(TimelineDocument, [TimelineEvent])]) -> Timeline {
        var plans = MergePlans()
        return build(analyses: analyses, identities: nil, plans: &plans)
    }

    /// Like ``build(analyses:)``; `identities` name each analysis (a hash of the article's
    /// cache key), so the merge of a date whose events all come, in the same order, from the
    /// same articles as in `plans` is replayed from the plan instead of worked out again.
    /// `plans` is left with the plans of this build.
    /// `fresh` marks the analyses made in this build (not from the previous one): a date whose
    /// other reports are the previous build's, in the same order, merges from its plan
    /// wherever the new ones stand (``mergeOneDate(_:previous:)``).
    public func build(
        analyses: [(TimelineDocument, [TimelineEvent])], identities: [UInt64]?, fresh: [Bool]? = nil, plans: inout MergePlans
    ) -> Timeline {
        var timelineDocuments = analyses.map(\.0)
        var events = analyses.flatMap(\.1)
        var freshEvents: [Bool]?
        if let fresh, fresh.count == analyses.count {
            freshEvents = zip(analyses, fresh).flatMap { analysis, isFresh in [Bool](repeating: isFresh, count: analysis.1.count) }
        }
        var eventIdentities: [UInt64]?
        if let identities, identities.count == analyses.count {
            var ids: [UInt64] = []
            ids.reserveCapacity(events.count)
            for (k, analysis) in analyses.enumerated() {
                for n in analysis.1.indices { ids.append((identities[k] ^ UInt64(n)) &* 0x9E37_79B9_7F4A_7C15) }
            }
            // Each report knows where it comes from until it is merged (``TimelineEvent/origin``),
            // and each document the analysis it is (``TimelineDocument/origin``).
            for k in events.indices { events[k].origin = ids[k] }
            for k in timelineDocuments.indices { timelineDocuments[k].origin = identities[k] }
            eventIdentities = ids
        }
        let merged = TimelineBuilder.merge(events, identities: eventIdentities, fresh: freshEvents, plans: &plans)
        let ordered = TimelineBuilder.order(merged, documents: timelineDocuments, markingPlanned: true)
        return Timeline(documents: timelineDocuments, events: ordered)
    }

    /// Marks the events that lie after the publication date of every dated article that dates
    /// them (a plan, a schedule or a forecast: "The leaders will meet in Canberra on Nov. 2").
    /// An event that an article published on or after its first day dates too is not marked;
    /// articles without a publication date say nothing either way (an event only they date is
    /// not marked).
    static func markPlanned(_ events: inout [TimelineEvent], documents: [TimelineDocument]) {
        let published = publicationDays(documents)
        for k in events.indices {
            let planned = isPlanned(events[k], published: published)
            if events[k].planned != planned { events[k].planned = planned }
        }
    }

    /// Each dated document's publication day, by id.
    static func publicationDays(_ documents: [TimelineDocument]) -> [String: CalendarDay] {
        var published: [String: CalendarDay] = [:]
        published.reserveCapacity(documents.count)
        for d in documents { if let day = d.published?.day { published[d.id] = day } }
        return published
    }

    /// Whether the event lies after the publication day of every dated document whose dating
    /// sentence reports it (and there is one): ``markPlanned(_:documents:)``.
    static func isPlanned(_ event: TimelineEvent, published: [String: CalendarDay]) -> Bool {
        // (The order of the documents does not matter: one published on or after the first day
        // decides.)
        var planned = false
        let start = event.startDay
        for document in event.datingSources {
            guard let day = published[document] else { continue }
            if start > day { planned = true } else { return false }
        }
        return planned
    }

    /// The publication date of a document: `--reference-date`, else front matter, else
    /// nil (the tagger then reads a dateline or infers it).
    public func givenPublication(_ document: Document) -> PublicationDate? {
        if let reference {
            return PublicationDate(
                day: reference, value: reference.iso, source: .option, confidence: .high,
                derivation: "given with --reference-date")
        }
        if let raw = document.frontMatter.published, let day = DocumentLoader.publishedDay(raw) {
            return PublicationDate(
                day: day, value: day.iso, source: .frontMatter, confidence: .high,
                derivation: "\"published: \(raw)\" in the front matter")
        }
        return nil
    }

    /// Tags one document and extracts its events.
    public func analyze(_ document: Document) -> (TimelineDocument, [TimelineEvent]) {
        analyze(document, publication: givenPublication(document), yearless: nil)
    }

    /// Tags one document against the publication date its collection chose for it
    /// (``collectionDates(_:)``), keeping what its own text gave (`yearless`).
    public func analyze(_ document: Document, collectionDate: PublicationDate, yearless: YearlessDate?) -> (TimelineDocument, [TimelineEvent]) {
        analyze(document, publication: collectionDate, yearless: yearless)
    }

    private func analyze(_ document: Document, publication: PublicationDate?, yearless: YearlessDate?) -> (TimelineDocument, [TimelineEvent]) {
        let result = tagger.analyze(document.taggingText, publication: publication, inferIfMissing: true)
        let timelineDocument = TimelineDocument(
            id: document.id, path: document.path, title: document.title, published: result.reference,
            expressions: result.expressions, text: document.text, paragraphs: document.paragraphs, yearless: yearless ?? result.yearless)
        let events = EventExtractor.extract(document, expressions: result.expressions, published: result.reference?.day)
        return (timelineDocument, events)
    }

    /// How far (in days) from the nearest surely dated article of a collection a year chosen
    /// for an article may put it (``collectionDates(_:)``): about three months.
    static let collectionWindow = 92

    /// The publication dates a collection gives the articles whose text does not fix their
    /// year (``TimelineDocument/yearless``: a yearless dateline, a yearless date placed in the
    /// first year that fits). Of the years in which the day falls (on its weekday, and not
    /// before the latest date the text reports), the one that puts it within
    /// ``collectionWindow`` days of an article whose publication date is sure (given, in front
    /// matter, on a date line, or in a dateline with its year): a pile of articles on one story
    /// was published over weeks, not years apart. When no such year fits, or more than one
    /// does (a collection spread over the years does not tell 2020 from 2025), the article
    /// keeps the date its own text gave it (or none).
    ///
    /// "MANILA, July 8 (Coastline News) -" in an article whose latest year is 2016 is July 8,
    /// 2016 by itself, and July 8, 2025 among articles published on July 9 and 10, 2025.
    public static func collectionDates(_ documents: [TimelineDocument]) -> [(index: Int, publication: PublicationDate)] {
        let anchors: [(day: CalendarDay, id: String)] = documents.compactMap { d in
            guard let p = d.published, p.confidence == .high, d.yearless == nil else { return nil }
            return (p.day, d.id)
        }.sorted { $0.day != $1.day ? $0.day < $1.day : $0.id < $1.id }
        guard let firstYear = anchors.first?.day.year, let lastYear = anchors.last?.day.year else { return [] }
        // The anchor nearest a day (the earlier of two as near).
        func nearest(_ c: CalendarDay) -> (day: CalendarDay, id: String) {
            var lo = 0
            var hi = anchors.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if anchors[mid].day < c { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { return anchors[0] }
            guard lo < anchors.count else { return anchors[lo - 1] }
            return c.ordinal - anchors[lo - 1].day.ordinal <= anchors[lo].day.ordinal - c.ordinal ? anchors[lo - 1] : anchors[lo]
        }
        var chosen: [(index: Int, publication: PublicationDate)] = []
        for (k, d) in documents.enumerated() {
            guard let yearless = d.yearless else { continue }
            var fits: [(day: CalendarDay, date: CalendarDay, anchor: (day: CalendarDay, id: String))] = []
            // (Not a year in which the lead's weekday is more than three days before the
            // dateline's day, as wire copy lags over a weekend: "NAHA, Nov. 19 -- The assembly on
            // Thursday adopted ..." is no Wednesday's.)
            let leadWeekday = yearless.weekday == nil && yearless.fromDateline ? yearless.lead?.weekday : nil
            func agreesWithLead(_ date: CalendarDay) -> Bool {
                leadWeekday.map { (date.weekday - $0 + 7) % 7 <= 3 } ?? true
            }
            var ruledOut: [(day: CalendarDay, date: CalendarDay, anchor: (day: CalendarDay, id: String))] = []
            for year in (firstYear - 1)...(lastYear + 1) {
                guard let date = yearless.day(in: year) else { continue }
                let c = yearless.publication(after: date)
                let anchor = nearest(c)
                guard abs(c.ordinal - anchor.day.ordinal) <= collectionWindow else { continue }
                if agreesWithLead(date) { fits.append((c, date, anchor)) } else { ruledOut.append((c, date, anchor)) }
            }
            // A year the lead's weekday ruled out leaves the text's own date when that agrees
            // with it ("KHARKIV, Oct 7 -- ... the governor said on Monday, after a similar attack
            // in September 2024" is 2024's, a Monday, though an article lies near October 7,
            // 2029, a Sunday). With no such date of its own, and no
            // year left, the years ruled out stand (the weekday may be a later paragraph's, or a
            // week back: "TOKYO, Nov. 23 -- ... tested an interceptor on Thursday").
            if !ruledOut.isEmpty, let own = d.published?.day, agreesWithLead(own), !fits.contains(where: { $0.day == own }) { continue }
            if fits.isEmpty { fits = ruledOut }
            // No article near it, or near it in more than one year: a weekday still tells the
            // year when one year only of those has it on that day ("SEOUL, Oct. 14 (Yonhap) --
            // ... began ... on Wednesday", among articles of 2025 to 2027: October 14 is a
            // Wednesday in 2026 only).
            if fits.count != 1, d.published == nil, let weekday = yearless.weekday ?? yearless.lead?.weekday {
                let years = (firstYear - 1)...(lastYear + 1)
                // (The lead's weekday may be the dateline's day or the day before: "SEOUL, Oct. 14
                // -- ... fired a missile on Monday, the JCS said" is as likely a Tuesday's story.
                // Both readings count; the year must be the only one either way.)
                let matching = (fits.isEmpty ? years.compactMap { yearless.day(in: $0) } : fits.map(\.date)).filter {
                    $0.weekday == weekday || yearless.weekday == nil && $0.weekday == weekday % 7 + 1
                }
                if matching.count == 1, let date = matching.first {
                    let c = yearless.publication(after: date)
                    let what = yearless.weekday == nil ? "the lead's \"\(yearless.lead!.text)\"" : "its weekday"
                    let among =
                        fits.isEmpty
                        ? "the only year from \(years.lowerBound) to \(years.upperBound) (the years of the collection's articles, and one either side)"
                        : "the only one of \(fits.map { String($0.date.year) }.joined(separator: ", ")) (the years with articles of the collection near it)"
                    let day = Resolver.weekdayNames[weekday - 1]
                    let which = yearless.weekday == nil ? "a \(day) or the day after one" : "a \(day)"
                    let why = "in \(date.year): \(among) in which \(Resolver.monthNames[date.month - 1]) \(date.day) is \(which), as \(what) says"
                    let publication =
                        yearless.fromDateline
                        ? PublicationDate(
                            day: c, value: c.iso, source: .dateline, confidence: .low, derivation: "the dateline \"\(yearless.text)\", \(why)")
                        : PublicationDate(
                            day: c, value: c.iso, source: .inferred, confidence: .low,
                            derivation:
                                "the text names no publication date, and no year that fixes it; its latest dated event is \"\(yearless.text)\", placed \(why)\(yearless.publicationAndNote(after: date).1)"
                        )
                    chosen.append((k, publication))
                }
                continue
            }
            // One year only: a collection spread over years does not tell 2020 from 2025.
            guard fits.count == 1, let best = fits.first, best.day != d.published?.day else { continue }
            let year = best.date.year
            let nearest = "the nearest of them published on \(best.anchor.day.iso) (\(best.anchor.id))"
            let weekday = yearless.weekday.map { ", a \(Resolver.weekdayNames[$0 - 1]) then" } ?? ""
            let publication: PublicationDate
            if yearless.fromDateline {
                publication = PublicationDate(
                    day: best.day, value: best.day.iso, source: .dateline, confidence: .medium,
                    derivation: "the dateline \"\(yearless.text)\", in \(year): the year of the other articles of the collection, \(nearest)")
            } else {
                publication = PublicationDate(
                    day: best.day, value: best.day.iso, source: .inferred, confidence: .medium,
                    derivation:
                        "the text names no publication date, and no year that fixes it; its latest dated event is \"\(yearless.text)\", placed in \(year)\(weekday): the year of the other articles of the collection, \(nearest)\(yearless.publicationAndNote(after: best.date).1)"
                )
            }
            chosen.append((k, publication))
        }
        return chosen
    }

    // MARK: - merging and ordering

    /// Two documents reporting the same happening: the same date value, and titles that share
    /// most content words (and, when both name places or parties, at least one of those names)
    /// or at least two named people.
    static func merge(_ events: [TimelineEvent]) -> [TimelineEvent] {
        var plans = MergePlans()
        return merge(events, identities: nil, plans: &plans)
    }

    static func merge(_ events: [TimelineEvent], identities: [UInt64]?, fresh: [Bool]? = nil, plans: inout MergePlans) -> [TimelineEvent] {
        // Events with different dates never merge: each date is merged on its own (on every
        // core), and the merged events come back in the order of their first report.
        var groups: [DateKey: Int] = [:]
        var grouped: [[Int]] = []
        var order: [String] = []
        for i in events.indices {
            let key = DateKey(value: events[i].dateValue, mod: events[i].dateMod)
            if let k = groups[key] {
                grouped[k].append(i)
            } else {
                groups[key] = grouped.count
                grouped.append([i])
                order.append(key.value + "|" + (key.mod?.rawValue ?? ""))
            }
        }
        let jobs = grouped
        // A date's inputs, named: the plan of the previous build applies when they are the same.
        @Sendable func fingerprint(_ indices: ArraySlice<Int>) -> UInt64 {
            guard let identities else { return 0 }
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for i in indices {
                h = TimelineBuilder.mix(h, identities[i])
            }
            return h
        }
        let fingerprints: [UInt64] = jobs.map { fingerprint($0[...]) }
        let previous = plans
        let dates = order
        // Each merged event as the index of its first report and, only when it merged more
        // than one report, the merged event (an event merged with nothing is not copied).
        let results = ResultSlots<(merged: [(first: Int, event: TimelineEvent?)], assignment: [Int32])>(count: jobs.count)
        // The largest dates first, each taken by the next free worker: a date of thousands of
        // reports ("the 1990s") does not hold up one worker while the others sit idle.
        let schedule = jobs.indices.sorted { jobs[$0].count != jobs[$1].count ? jobs[$0].count > jobs[$1].count : $0 < $1 }
        let taken = ResultSlots<Int>(count: 0)
        DispatchQueue.concurrentPerform(iterations: min(jobs.count, ProcessInfo.processInfo.activeProcessorCount)) { _ in
            while true {
                let next = taken.increment() - 1
                guard next < schedule.count else { break }
                let k = schedule[next]
                let indices = jobs[k]
                if identities != nil, let plan = previous.plans[dates[k]], plan.fingerprint == fingerprints[k],
                    let merged = replay(events, indices, plan.assignment)
                {
                    results[k] = (merged, plan.assignment)
                } else if identities != nil, let fresh, let plan = previous.plans[dates[k]],
                    case let old = indices.filter({ !fresh[$0] }), old.count == plan.assignment.count, old.count < indices.count,
                    plan.fingerprint == fingerprint(old[...]),
                    let (merged, assignment) = mergeOneDate(
                        indices.map { events[$0] }, previous: TimelineBuilder.spread(plan.assignment, over: indices.map { !fresh[$0] }))
                {
                    // A date whose reports are the previous build's and new ones, wherever these
                    // stand (an article whose name sorts among the others): the plan decides the
                    // others, which are checked only against what the new ones made.
                    var reports = [Int](repeating: 0, count: merged.count)
                    for a in assignment { reports[Int(a)] += 1 }
                    results[k] = (merged.enumerated().map { n, m in (indices[m.first], reports[n] > 1 ? m.event : nil) }, assignment)
                } else {
                    // A date whose inputs begin with the previous build's (an article added
                    // after the others): its plan decides those, and only the rest are matched.
                    var known: [Int32] = []
                    if identities != nil, let plan = previous.plans[dates[k]], plan.assignment.count < indices.count,
                        plan.fingerprint == fingerprint(indices[..<plan.assignment.count])
                    {
                        known = plan.assignment
                    }
                    let (merged, assignment) = mergeOneDate(indices.map { events[$0] }, known: known)
                    var reports = [Int](repeating: 0, count: merged.count)
                    for a in assignment { reports[Int(a)] += 1 }
                    results[k] = (merged.enumerated().map { n, m in (indices[m.first], reports[n] > 1 ? m.event : nil) }, assignment)
                }
            }
        }
        var next = MergePlans()
        if identities != nil {
            for k in 0..<jobs.count { next.plans[order[k]] = MergePlans.Plan(fingerprint: fingerprints[k], assignment: results[k]!.assignment) }
        }
        // Each merged event with the name of its reports (their identities, in order).
        var all: [(first: Int, event: TimelineEvent?, identity: UInt64)] = []
        all.reserveCapacity(events.count)
        for k in 0..<jobs.count {
            let result = results[k]!
            var named = [UInt64](repeating: 0xcbf2_9ce4_8422_2325, count: result.merged.count)
            if let identities {
                for (i, a) in result.assignment.enumerated() {
                    named[Int(a)] = mix(named[Int(a)], identities[jobs[k][i]])
                }
            }
            for (n, m) in result.merged.enumerated() {
                // A merged event is what merging its reports, in this order, gives: its origin
                // is theirs (``TimelineEvent/origin``).
                var event = m.event
                if identities != nil, event != nil { event!.origin = named[n] }
                all.append((m.first, event, named[n]))
            }
        }
        all.sort { $0.first < $1.first }
        let merged = mergeFollowUps(
            all.map { $0.event ?? events[$0.first] }, identities: identities == nil ? nil : all.map(\.identity), previous: previous,
            plans: &next)
        if identities != nil { plans = next }
        return merged
    }

    /// One step of the fingerprints of merge and follow-up plans (FNV-style, with a shift).
    static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 {
        let m = (h ^ x) &* 0x100_0000_01b3
        return m ^ (m >> 31)
    }

    /// A report dated to a month relative to its article's publication ("earlier this month",
    /// "last month", "in late November": a follow-up's recap of what happened) joins a report
    /// of the same happening (``HappeningFeatures/matches(_:)``) that another article dates to
    /// a day within that month: "China's coast guard blocked a Philippine supply convoy at
    /// Second Thomas Shoal earlier this month" and "Chinese coast guard ships blockaded a
    /// Philippine resupply convoy at the shoal on July 8". The day's event keeps its date and
    /// id; the earliest such event in order is taken. (Not a week: "earlier this week" joined
    /// other happenings of the same few days that shared a name.)
    static func mergeFollowUps(_ merged: [TimelineEvent]) -> [TimelineEvent] {
        var plans = MergePlans()
        return mergeFollowUps(merged, identities: nil, previous: MergePlans(), plans: &plans)
    }

    /// Like ``mergeFollowUps(_:)``; with `identities` (a name of each merged event's reports), a
    /// month whose coarse and day reports are those of `previous` joins as it did then, and
    /// `plans` gets this build's follow-up plans.
    static func mergeFollowUps(_ merged: [TimelineEvent], identities: [UInt64]?, previous: MergePlans, plans: inout MergePlans) -> [TimelineEvent] {
        // Each month on its own (on every core): its coarse reports and its day reports.
        func month(_ day: CalendarDay) -> Int { day.year * 12 + day.month }
        var coarseByMonth: [Int: [Int]] = [:]
        for k in merged.indices where merged[k].datePrecision == .month && merged[k].dateAnchoring == .publicationDate {
            coarseByMonth[month(merged[k].startDay), default: []].append(k)
        }
        guard !coarseByMonth.isEmpty else { return merged }
        var daysByMonth: [Int: [Int]] = [:]
        for k in merged.indices where merged[k].datePrecision == .day && merged[k].startDay == merged[k].endDay {
            let m = month(merged[k].startDay)
            if coarseByMonth[m] != nil { daysByMonth[m, default: []].append(k) }
        }
        let jobs = coarseByMonth.keys.filter { daysByMonth[$0] != nil }.sorted()
        guard !jobs.isEmpty else { return merged }
        let found = ResultSlots<[(Int, Int)]>(count: jobs.count)
        let work = jobs.map { (coarseByMonth[$0]!, daysByMonth[$0]!) }
        // A month's inputs, named: its coarse reports, then its day reports.
        let fingerprints: [UInt64] = work.map { coarse, days in
            guard let identities else { return 0 }
            var h: UInt64 = 0x84222325cbf29ce4
            for k in coarse + [-1] + days {
                h = mix(h, k < 0 ? 0x9E37_79B9_7F4A_7C15 : identities[k])
            }
            return h
        }
        let months = jobs
        DispatchQueue.concurrentPerform(iterations: work.count) { j in
            let (coarse, days) = work[j]
            if identities != nil, let plan = previous.followUps[months[j]], plan.fingerprint == fingerprints[j], plan.joins.count == coarse.count,
                plan.joins.allSatisfy({ $0 < days.count })
            {
                found[j] = plan.joins.enumerated().compactMap { c, d in d < 0 ? nil : (coarse[c], days[Int(d)]) }
            } else {
                found[j] = followUps(merged, coarse: coarse, days: days)
            }
        }
        if identities != nil {
            for (j, month) in jobs.enumerated() {
                let (coarse, days) = work[j]
                var place: [Int: Int32] = [:]
                for (n, k) in days.enumerated() { place[k] = Int32(n) }
                var joins = [Int32](repeating: -1, count: coarse.count)
                let joined = Dictionary(found[j]!.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
                for (c, k) in coarse.enumerated() { if let d = joined[k] { joins[c] = place[d] ?? -1 } }
                plans.followUps[month] = MergePlans.FollowUpPlan(fingerprint: fingerprints[j], joins: joins)
            }
        }
        var joins: [Int: Int] = [:]
        for j in jobs.indices { for (c, k) in found[j]! { joins[c] = k } }
        guard !joins.isEmpty else { return merged }
        var out = merged
        for c in joins.keys.sorted() {
            let target = joins[c]!
            let before = out[target].origin
            absorb(merged[c], into: &out[target])
            // (What the day's event is made from now: it and the follow-up, in this order.)
            if let before, let other = merged[c].origin { out[target].origin = mix(before, other) }
        }
        return out.indices.filter { joins[$0] == nil }.map { out[$0] }
    }

    /// One month's follow-ups (``mergeFollowUps(_:)``): for each coarse report (indices into
    /// `merged`, ascending), the day report it joins, if any.
    static func followUps(_ merged: [TimelineEvent], coarse: [Int], days: [Int]) -> [(Int, Int)] {
        var symbols: [WordKey: Int32] = [:]
        var others: [String: Int32] = [:]
        var figureSymbols = Set<Int32>()
        var count: Int32 = 0
        func number(_ key: WordKey) -> Int32 {
            if let v = symbols[key] { return v }
            count += 1
            symbols[key] = count
            if key.isFigure { figureSymbols.insert(count) }
            return count
        }
        // Documents and people: kept apart by their first character ("#", "@").
        func other(_ text: String) -> Int32 {
            if let v = others[text] { return v }
            count += 1
            others[text] = count
            return count
        }
        func features(_ k: Int) -> HappeningFeatures {
            HappeningFeatures(merged[k], word: number, document: { other("#" + $0) }, person: { other("@" + $0) }) { figureSymbols.contains($0) }
        }
        // The coarse reports first: only their words, names and people need postings. The
        // day reports are indexed by those, as one date's events are in
        // ``mergeOneDate(_:known:)``: a match shares one of the rarest that many, and a title
        // with names matches only a title that shares one or has none.
        let coarseFeatures = coarse.map(features)
        var wanted = Set<Int32>()
        for f in coarseFeatures {
            wanted.formUnion(f.words)
            wanted.formUnion(f.people)
        }
        var dayFeatures: [HappeningFeatures] = []
        dayFeatures.reserveCapacity(days.count)
        var index: [Int32: [Int]] = [:]
        var byName: [Int32: [Int]] = [:]
        var nameless: [Int] = []
        for (n, k) in days.enumerated() {
            let f = features(k)
            dayFeatures.append(f)
            for w in f.words where wanted.contains(w) { index[w, default: []].append(n) }
            for p in f.people where wanted.contains(p) { index[p, default: []].append(n) }
            if f.names.isEmpty {
                nameless.append(n)
            } else {
                for name in f.names where wanted.contains(name) { byName[name, default: []].append(n) }
            }
        }
        var joins: [(Int, Int)] = []
        for (c, f) in zip(coarse, coarseFeatures) {
            let lists = HappeningFeatures.candidateLists(
                f, postings: { index[$0] }, names: { byName[$0] }, nameless: nameless.isEmpty ? nil : nameless)
            // (At most 64 candidates: reports built on one sentence frame, as in the benchmark's
            // corpus, would otherwise be compared by the thousand.)
            let (start, end) = (merged[c].startDay, merged[c].endDay)
            guard
                let n = HappeningFeatures.firstAccepted(
                    lists, limit: 64,
                    { n in
                        let d = merged[days[n]].startDay
                        return d >= start && d <= end && dayFeatures[n].matches(f)
                    })
            else { continue }
            joins.append((c, days[n]))
            HappeningFeatures.insert(f.documents, into: &dayFeatures[n].documents)
        }
        return joins
    }

    /// Merges the events `events[indices]` (one date's, in order) as a plan says (for each,
    /// the merged event it joins); nil when the plan does not fit. Each merged event comes as
    /// the index (in `events`) of its first report and, when it merged more than one report,
    /// the merged event.
    static func replay(_ events: [TimelineEvent], _ indices: [Int], _ assignment: [Int32]) -> [(first: Int, event: TimelineEvent?)]? {
        guard assignment.count == indices.count else { return nil }
        var merged: [(first: Int, event: TimelineEvent?)] = []
        for (position, index) in indices.enumerated() {
            let target = Int(assignment[position])
            if target == merged.count {
                merged.append((index, nil))
            } else if target >= 0, target < merged.count {
                var event = merged[target].event ?? events[merged[target].first]
                merged[target].event = nil
                absorb(events[index], into: &event)
                merged[target].event = event
            } else {
                return nil
            }
        }
        return merged
    }

    /// `a` is an assignment of events to merged events: each names an earlier merged event or
    /// the next new one.
    static func isAssignment(_ a: [Int32]) -> Bool {
        var count: Int32 = 0
        for x in a {
            if x < 0 || x > count { return false }
            if x == count { count += 1 }
        }
        return true
    }

    /// Adds a second report of the same happening to a merged event: its evidence, and the
    /// actors it names that the merged event lacks.
    static func absorb(_ event: TimelineEvent, into merged: inout TimelineEvent) {
        merged.absorb(event)
        var added = false
        for actor in event.actors where !merged.actors.contains(where: { $0.name == actor.name }) {
            merged.actors.append(actor)
            added = true
        }
        if added { merged.actors = EventExtractor.ordered(merged.actors) }
    }

    /// Merges events that all have the same date; each result with the position of its first report.
    /// `known` is the assignment of a prefix of `events` already merged the same way (by the
    /// previous build): those events join the merged event it names without a search (the
    /// merge of a prefix never depends on what follows it). A `known` that does not fit is
    /// ignored.
    static func mergeOneDate(_ events: [TimelineEvent], known: [Int32] = []) -> (merged: [(first: Int, event: TimelineEvent)], assignment: [Int32]) {
        var known = known
        if known.count > events.count || !TimelineBuilder.isAssignment(known) { known = [] }
        let symbols = MergeSymbols()
        var merged: [TimelineEvent] = []
        var firsts: [Int] = []
        var features: [HappeningFeatures] = []
        var assignment: [Int32] = []
        assignment.reserveCapacity(events.count)
        // Only events with the same date can be the same happening: an index from
        // (date, word) and (date, person) to the merged events that have them.
        var byKey: [UInt64: [Int]] = [:]
        // And from (date, name) to the merged events whose titles have that name, and from a
        // date to those whose titles have none: a title with names matches by its words only
        // a title that shares one of them or has none (``HappeningFeatures/matches(_:)``), often
        // far fewer events than share its rarest words.
        var byName: [UInt64: [Int]] = [:]
        var nameless: [UInt64: [Int]] = [:]
        // For reports already seen (the same document and features: an article that repeats a
        // sentence), the first merged event not yet ruled out. A merged event that turned a
        // report down turns down the same report again (its features only gain documents), so
        // a repeat starts its search there: a 4 MB file of one sentence repeated made 37,000
        // reports of one date whose searches each walked all the merged events before them.
        var searched: [HappeningFeatures.Key: Int] = [:]
        for (position, event) in events.enumerated() {
            let date = UInt64(UInt32(symbols.date(DateKey(value: event.dateValue, mod: event.dateMod))))
            if position < known.count, Int(known[position]) < merged.count {
                // Joins the merged event the plan names: only its sources are recorded.
                let k = Int(known[position])
                assignment.append(Int32(k))
                absorb(event, into: &merged[k])
                HappeningFeatures.insert(symbols.documents(of: event), into: &features[k].documents)
                continue
            }
            let f = symbols.features(of: event)
            // The earliest merged event that is the same happening, among the candidates.
            var match: Int?
            if position >= known.count {
                let lists = HappeningFeatures.candidateLists(
                    f, postings: { byKey[date << 32 | UInt64(UInt32($0))] }, names: { byName[date << 32 | UInt64(UInt32($0))] },
                    nameless: nameless[date])
                let key = HappeningFeatures.Key(f, date: date)
                match = HappeningFeatures.firstAccepted(lists, from: searched[key] ?? 0) { features[$0].matches(f) }
                searched[key] = match.map { $0 + 1 } ?? merged.count
            }
            if let k = match {
                assignment.append(Int32(k))
                absorb(event, into: &merged[k])
                HappeningFeatures.insert(f.documents, into: &features[k].documents)
            } else {
                assignment.append(Int32(merged.count))
                for w in f.words { byKey[date << 32 | UInt64(UInt32(w)), default: []].append(merged.count) }
                for p in f.people { byKey[date << 32 | UInt64(UInt32(p)), default: []].append(merged.count) }
                if f.names.isEmpty {
                    nameless[date, default: []].append(merged.count)
                } else {
                    for n in f.names { byName[date << 32 | UInt64(UInt32(n)), default: []].append(merged.count) }
                }
                merged.append(event)
                firsts.append(position)
                features.append(f)
            }
        }
        return (zip(firsts, merged).map { (first: $0, event: $1) }, assignment)
    }

    /// `values` put at the places `at` marks (in order), nil elsewhere.
    static func spread(_ values: [Int32], over at: [Bool]) -> [Int32?] {
        var next = 0
        return at.map { marked in
            guard marked, next < values.count else { return nil }
            next += 1
            return values[next - 1]
        }
    }

    /// ``mergeOneDate(_:known:)`` for events of which those with `previous[p]` are the previous
    /// build's reports of the date, in the same order, each with the merged event it joined
    /// then (numbered as then), and the rest new. The result is what merging them all from the
    /// start gives: an earlier report decides as it did then unless it matches a merged event
    /// a new report made before the one it joined (the earliest match wins), which is all it is
    /// checked against, and a new report joins the earliest merged event that matches it. A
    /// merged event's features are made when first needed. Nil when `previous` is not an
    /// assignment, or when an earlier report decides otherwise than it did (a new article's
    /// report of a happening others reported, standing before theirs): what follows may then
    /// change too, and the date is merged from the start.
    static func mergeOneDate(_ events: [TimelineEvent], previous: [Int32?]) -> (merged: [(first: Int, event: TimelineEvent)], assignment: [Int32])? {
        guard previous.count == events.count, isAssignment(previous.compactMap { $0 }) else { return nil }
        // Each new report is checked against every merged event, and every later old one
        // against what the new ones made: with many new reports (a long new article), merging
        // from the start, which searches through an index, is the faster way.
        guard previous.count - previous.count(where: { $0 != nil }) <= 256 else { return nil }
        let symbols = MergeSymbols()
        func features(of position: Int) -> HappeningFeatures { symbols.features(of: events[position]) }
        var merged: [TimelineEvent] = []
        var firsts: [Int] = []
        // A merged event's features: its first report's, with the documents of all its reports.
        var known: [HappeningFeatures?] = []
        func accepts(_ k: Int, _ f: HappeningFeatures) -> Bool {
            if known[k] == nil {
                var made = features(of: firsts[k])
                made.documents = symbols.documents(of: merged[k])
                known[k] = made
            }
            return known[k]!.matches(f)
        }
        var assignment: [Int32] = []
        assignment.reserveCapacity(events.count)
        func join(_ k: Int, _ position: Int) {
            assignment.append(Int32(k))
            absorb(events[position], into: &merged[k])
            if known[k] != nil {
                HappeningFeatures.insert(symbols.documents(of: events[position]), into: &known[k]!.documents)
            }
        }
        func create(_ position: Int, _ f: HappeningFeatures?) -> Int {
            assignment.append(Int32(merged.count))
            merged.append(events[position])
            firsts.append(position)
            known.append(f)
            return merged.count - 1
        }
        // Old merged event numbers to new ones; the merged events new reports made, ascending.
        var renumbered: [Int] = []
        var madeByNew: [Int] = []
        for position in events.indices {
            if let old = previous[position] {
                let target: Int? = Int(old) < renumbered.count ? renumbered[Int(old)] : nil
                let limit = target ?? merged.count
                if let first = madeByNew.first, first < limit {
                    let f = features(of: position)
                    if madeByNew.contains(where: { $0 < limit && accepts($0, f) }) { return nil }
                }
                if let target { join(target, position) } else { renumbered.append(create(position, nil)) }
            } else {
                let f = features(of: position)
                if let k = merged.indices.first(where: { accepts($0, f) }) {
                    join(k, position)
                } else {
                    madeByNew.append(create(position, f))
                }
            }
        }
        return (zip(firsts, merged).map { (first: $0, event: $1) }, assignment)
    }

    /// Words, people, documents and dates of one date's merge as small integers, so comparing
    /// two events is a walk over sorted arrays (no sets, no strings): one numbering for all
    /// kinds (words and people share the index), one table per kind (no "#"/"@" prefixes to
    /// make and hash).
    final class MergeSymbols {
        @exclusivity(unchecked) private var count: Int32 = 0
        @exclusivity(unchecked) private var words: [WordKey: Int32] = [:]
        @exclusivity(unchecked) private var documentNumbers: [String: Int32] = [:]
        @exclusivity(unchecked) private var people: [String: Int32] = [:]
        @exclusivity(unchecked) private var dates: [DateKey: Int32] = [:]
        /// The words that are figures ("222", "1.9"), by symbol.
        @exclusivity(unchecked) private var figures = Set<Int32>()

        private func number<K: Hashable>(_ key: K, in table: inout [K: Int32]) -> Int32 {
            if let v = table[key] { return v }
            let v = count
            count += 1
            table[key] = v
            return v
        }

        func word(_ key: WordKey) -> Int32 {
            if let v = words[key] { return v }
            let v = number(key, in: &words)
            if key.isFigure { figures.insert(v) }
            return v
        }

        func document(_ id: String) -> Int32 { number(id, in: &documentNumbers) }
        func person(_ name: String) -> Int32 { number(name, in: &people) }
        func date(_ key: DateKey) -> Int32 { number(key, in: &dates) }

        /// An event's features in these numbers.
        func features(of event: TimelineEvent) -> HappeningFeatures {
            HappeningFeatures(event, word: word, document: document, person: person) { self.figures.contains($0) }
        }

        /// The documents an event cites, numbered and sorted.
        func documents(of event: TimelineEvent) -> [Int32] { TimelineBuilder.uniqueSorted(event.sources.map { document($0) }) }
    }

    /// A date as merging tells dates apart: its value and modifier.
    struct DateKey: Hashable {
        var value: String
        var mod: TimexMod?
    }

    /// What two reports of one happening share, computed once per event: sorted symbols.
    struct HappeningFeatures {
        /// Everything ``matches(_:)`` reads of a report, and its date: two reports with the same
        /// key are turned down by the same merged events.
        struct Key: Hashable {
            var date: UInt64
            var documents, people, words, names, countries, sequence, verbs, countryWords, figures: [Int32]

            init(_ f: HappeningFeatures, date: UInt64) {
                self.date = date
                documents = f.documents
                people = f.people
                words = f.words
                names = f.names
                countries = f.countries
                sequence = f.sequence
                verbs = f.verbs
                countryWords = f.countryWords
                figures = f.figures
            }
        }

        var documents: [Int32]
        var people: [Int32]
        var words: [Int32]
        /// The title's names (``TimelineBuilder/titleSymbols(_:_:)``), a subset of its words.
        var names: [Int32]
        /// The countries among its actors.
        var countries: [Int32]
        /// The title's words in order, with repeats, and the positions of its verbs' past forms.
        var sequence: [Int32]
        var verbs: [Int32]
        /// The positions in `sequence` of countries' names, demonyms and capitals.
        var countryWords: [Int32]
        /// The title's figures ("222", "1.9"), sorted.
        var figures: [Int32] = []

        /// The posting lists (ascending indices) that hold every event `f` can match: a match by
        /// words shares at least half of its title's words (Jaccard >= 0.5), so it has one of any
        /// |A| - ceil(|A|/2) + 1 of them, or at least three of them (the same action, a
        /// retelling), so it has one of any |A| - 2: the lists of only the rarest that many, or,
        /// when shorter in all, those of its names and of the titles without names (a title with
        /// names matches only a title that shares one or has none). Likewise two shared people:
        /// one of any |P| - 1 of them.
        static func candidateLists(
            _ f: HappeningFeatures, postings: (Int32) -> [Int]?, names: (Int32) -> [Int]?, nameless: [Int]?
        ) -> [[Int]] {
            var lists: [[Int]] = []
            func lookUpRarest(_ tokens: [Int32], _ count: Int) {
                guard count > 0 else { return }
                let keyed = tokens.map { token in (postings(token)?.count ?? 0, token) }
                for (n, token) in keyed.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }).prefix(count) where n > 0 { lists.append(postings(token)!) }
            }
            lookUpRarest(f.words, max(f.words.count - (f.words.count + 1) / 2 + 1, f.words.count - 2))
            if !f.names.isEmpty {
                var byNames: [[Int]] = f.names.compactMap(names)
                if let nameless { byNames.append(nameless) }
                if byNames.reduce(0, { $0 + $1.count }) < lists.reduce(0, { $0 + $1.count }) { lists = byNames }
            }
            if f.people.count >= 2 { lookUpRarest(f.people, f.people.count - 1) }
            return lists
        }

        /// Walks ascending lists together, lowest index first, and returns the first index
        /// `accept` takes, trying at most `limit` of them.
        static func firstAccepted(_ lists: [[Int]], from: Int = 0, limit: Int = .max, _ accept: (Int) -> Bool) -> Int? {
            // (Each list starts at its first index >= `from`.)
            var heads = lists.map { list -> Int in
                guard from > 0 else { return 0 }
                var lo = 0
                var hi = list.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if list[mid] < from { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            var tried = 0
            while tried < limit {
                tried += 1
                var lowest = Int.max
                for (l, list) in lists.enumerated() where heads[l] < list.count { lowest = min(lowest, list[heads[l]]) }
                if lowest == Int.max { return nil }
                for (l, list) in lists.enumerated() where heads[l] < list.count && list[heads[l]] == lowest { heads[l] += 1 }
                if accept(lowest) { return lowest }
            }
            return nil
        }

        /// Another document, and at least two named people or enough words in common; titles
        /// that both name places or parties must share one of those names ("near Guam" and
        /// "near Manila" are two happenings however alike the rest). Enough words: half of
        /// all (Jaccard >= 0.5), or at least three and a third of the shorter title's with the
        /// countries of one among the other's and either the same action (``sameAction(_:_:)``:
        /// "Manila summoned China's ambassador to lodge a protest" and "The Department of
        /// Foreign Affairs summoned the Chinese ambassador to deliver a protest") or a retelling
        /// (``retold(_:_:)``: five words or more, half the shorter title's). Either way, the
        /// subjects must not name rival countries (``rivalSubjects(_:_:)``).
        func matches(_ other: HappeningFeatures) -> Bool {
            guard HappeningFeatures.common(documents, other.documents) == 0 else { return false }
            if people.count >= 2, other.people.count >= 2, HappeningFeatures.common(people, other.people) >= 2 { return true }
            guard !words.isEmpty, !other.words.isEmpty else { return false }
            // Jaccard >= 0.5  <=>  3 |A n B| >= |A| + |B|.
            let total = words.count + other.words.count
            let shorter = min(words.count, other.words.count)
            guard 3 * shorter >= total || shorter >= 3 else { return false }
            let shared = HappeningFeatures.common(words, other.words)
            if 3 * shared < total {
                guard shared >= 3, 3 * shared >= shorter else { return false }
                guard HappeningFeatures.common(countries, other.countries) == min(countries.count, other.countries.count) else { return false }
                // Most of the shorter title, five words or more: one title retells the other
                // with more detail ("About 30 warships from a dozen NATO countries began the
                // Baltic Rampart 25 exercise off Lithuania"). Else the same action.
                guard
                    (shared >= 5 && 2 * shared >= shorter && HappeningFeatures.retold(self, other)) || HappeningFeatures.sameAction(self, other)
                        || HappeningFeatures.sameAction(other, self)
                else { return false }
            }
            guard !HappeningFeatures.rivalSubjects(self, other) else { return false }
            return names.isEmpty || other.names.isEmpty || HappeningFeatures.common(names, other.names) > 0
        }

        /// The countries a title's subject names: its country words before its first verb
        /// (``TimelineBuilder/titleSymbols(_:_:)``), or, in a title without one, its first word
        /// when that is a country ("China to hold drills").
        func subjectCountries() -> ArraySlice<Int32> {
            let end = verbs.first.map(Int.init) ?? 1
            let n = countryWords.firstIndex { Int($0) >= end } ?? countryWords.endIndex
            return countryWords[..<n]
        }

        /// Two titles whose subjects name countries, none of which the other title names:
        /// "China criticized the joint patrol" and "Japan criticized the joint patrol" are two
        /// happenings however alike the rest ("The Philippines accused China's coast guard of
        /// ramming" still names the other's subject).
        static func rivalSubjects(_ a: HappeningFeatures, _ b: HappeningFeatures) -> Bool {
            let subjectA = a.subjectCountries()
            let subjectB = b.subjectCountries()
            guard !subjectA.isEmpty, !subjectB.isEmpty else { return false }
            return !subjectA.contains { b.sequence.contains(a.sequence[Int($0)]) } && !subjectB.contains { a.sequence.contains(b.sequence[Int($0)]) }
        }

        /// `a`'s first verb (its main action) is in `b`'s title no later than `b`'s first verb
        /// (as `b`'s main verb, or its subject: "The ramming of ..."); one of the two words that
        /// follow it in `a` (its object: "summoned the Chinese ambassador") is one of the two that
        /// follow it in `b` ("rammed a Philippine supply boat" and "the ramming of a Philippine
        /// supply boat"; "rejected supply agreements" and "rejected maritime surveillance" are
        /// two actions); and the words before it (the subjects) agree: one has none ("The
        /// ramming"), they share one ("A Japanese destroyer sailed" and "The destroyer Takanami
        /// sailed"), or only one of them names a country, which may stand for the other ("Manila
        /// summoned" and "The Department of Foreign Affairs summoned"; "Savin posted earnings"
        /// and "America West posted earnings" are two companies).
        static func sameAction(_ a: HappeningFeatures, _ b: HappeningFeatures) -> Bool {
            guard let first = a.verbs.first else { return false }
            let p = Int(first)
            guard let q = b.sequence.firstIndex(of: a.sequence[p]), q <= Int(b.verbs.first ?? Int32.max) else { return false }
            let objectA = a.sequence[(p + 1)..<min(p + 3, a.sequence.count)]
            let objectB = b.sequence[(q + 1)..<min(q + 3, b.sequence.count)]
            guard objectA.contains(where: { objectB.contains($0) }) else { return false }
            return subjectsAgree(a, p, b, q)
        }

        /// Besides most of the shorter title's words: both titles have a verb, each title names
        /// a word of the other's subject (the words before its verb: "Two Russian bombers flew
        /// ..., prompting Japan to scramble jets" and "Japan sent jets to shadow a pair of
        /// Russian bombers"; "The envoy toured the pier" and "Naval commanders inspected the
        /// pier" do not), and the figures of one are all among the other's ("... involving 222
        /// personnel" and "... involving 229 personnel" are two reports; so are "Aetna closed at
        /// $60, down 50 cents" and "Telerate shares fell 50 cents ... to close at $20").
        static func retold(_ a: HappeningFeatures, _ b: HappeningFeatures) -> Bool {
            guard let p = a.verbs.first, let q = b.verbs.first else { return false }
            guard a.sequence[..<Int(p)].contains(where: { b.sequence.contains($0) }),
                b.sequence[..<Int(q)].contains(where: { a.sequence.contains($0) })
            else { return false }
            return common(a.figures, b.figures) == min(a.figures.count, b.figures.count)
        }

        /// `a`'s words before position `p` and `b`'s before `q` agree: one has none, they share
        /// one, or only one of them names a country, which may stand for the other.
        static func subjectsAgree(_ a: HappeningFeatures, _ p: Int, _ b: HappeningFeatures, _ q: Int) -> Bool {
            let subjectA = a.sequence[..<p]
            let subjectB = b.sequence[..<q]
            if subjectA.isEmpty || subjectB.isEmpty || subjectA.contains(where: { subjectB.contains($0) }) { return true }
            return a.countryWords.contains(where: { $0 < p }) != b.countryWords.contains(where: { $0 < q })
        }

        /// Inserts each of `values` into the sorted, duplicate-free `list` where it is missing.
        static func insert(_ values: [Int32], into list: inout [Int32]) {
            for d in values {
                var lo = 0
                var hi = list.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if list[mid] < d { lo = mid + 1 } else { hi = mid }
                }
                if lo == list.count || list[lo] != d { list.insert(d, at: lo) }
            }
        }

        /// How many elements two sorted, duplicate-free arrays share.
        static func common(_ a: [Int32], _ b: [Int32]) -> Int {
            var i = 0
            var j = 0
            var n = 0
            while i < a.count, j < b.count {
                if a[i] == b[j] {
                    n += 1
                    i += 1
                    j += 1
                } else if a[i] < b[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return n
        }
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "at", "by", "from", "their", "its", "his",
        "her", "that", "this", "as", "is", "was", "were", "be", "been", "has", "have", "had",
        // Prepositions, conjunctions, pronouns, modals and reporting verbs: they say nothing of
        // which happening a title reports.
        "near", "into", "onto", "over", "after", "before", "during", "about", "against", "between", "under", "amid",
        "since", "until", "through", "across", "around", "toward", "towards", "within", "without", "while", "when",
        "where", "which", "who", "whom", "whose", "or", "but", "so", "if", "than", "also", "not", "it", "they",
        "he", "she", "them", "we", "our", "these", "those", "there", "will", "would", "could", "should", "may",
        "might", "can", "said", "says", "told", "off", "out", "up", "down", "per",
        // Company suffixes ("Savin Corp.", "Hadson Corp."): every company has one.
        "corp", "inc", "co", "ltd", "plc", "llc",
    ]

    /// A title word as merging tells words apart, made from its bytes without making its text:
    /// an ASCII word of up to sixteen bytes (letters lower-cased) packed big-endian into two
    /// numbers (no word holds a NUL byte, so the packing is one-to-one); a longer or non-ASCII
    /// word as its lower-cased text (compared as `String`s are).
    struct WordKey: Hashable {
        var head: UInt64
        var tail: UInt64
        var long: String?

        /// The word begins with a digit (its first byte is the highest of `head`'s).
        var isFigure: Bool {
            if let long { return long.utf8.first.map { $0 &- 0x30 < 10 } ?? false }
            guard head != 0 else { return false }
            return UInt8(truncatingIfNeeded: head >> UInt64((63 - head.leadingZeroBitCount) / 8 * 8)) &- 0x30 < 10
        }
    }

    /// A title's words and names, numbered, in one pass over its bytes, in order (with repeats):
    /// `symbol` numbers each word's ``WordKey``.
    /// - Words: the title's words lower-cased (ASCII letters; a non-ASCII word fully), stop
    ///   words aside, each in its ``mergeForm(_:)``: a country's name and its demonym are one
    ///   word ("Chinese", "China"), and so are the forms of a word ("rammed", "ramming").
    /// - Names: those of its words after the first (which a sentence capitalizes anyway) that
    ///   begin with a capital A-Z: the places, people and parties a title names ("near Guam",
    ///   "Officials in Tokyo", "The Hague" gives "hague").
    /// - Verbs: the positions in `words` of the words in a past form (``isPastForm(_:)``).
    /// - Countries: the positions in `words` of the countries' names, demonyms and capitals.
    static func titleSymbols(_ title: String, _ symbol: (WordKey) -> Int32) -> (words: [Int32], names: [Int32], verbs: [Int32], countries: [Int32]) {
        var title = title
        return title.withUTF8 { bytes in
            var words: [Int32] = []
            var names: [Int32] = []
            var verbs: [Int32] = []
            var countries: [Int32] = []
            words.reserveCapacity(bytes.count / 6 + 1)
            var first = true
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
                Words.forEachWord(bytes, 0..<bytes.count) { range in
                    defer { first = false }
                    var key = WordKey(head: 0, tail: 0, long: nil)
                    var ascii = false
                    var past = false
                    var country = false
                    if range.count <= 16 {
                        (key, ascii) = pack(bytes, range)
                        // A stop word is ASCII and at most eight letters: compared as one number.
                        if ascii, range.count <= 8, stopWordCodes.contains(key.head) { return }
                    }
                    if ascii {
                        if let form = countryKeys[key] {
                            key = form
                            country = true
                        } else {
                            // Letters only: lower-cased into the buffer, stemmed there.
                            var letters = true
                            for (n, k) in range.enumerated() {
                                let b = bytes[k] | 0x20
                                if b &- 0x61 >= 26 { letters = false }
                                buffer[n] = b
                            }
                            if letters {
                                past = isPastForm(buffer, range.count)
                                let n = stemLength(buffer, range.count)
                                if n != range.count { (key, _) = pack(UnsafeBufferPointer(buffer), 0..<n) }
                            }
                        }
                    } else {
                        // A longer or non-ASCII word, lower-cased as text (a non-ASCII word fully:
                        // "\u{212A}elvin", with the Kelvin sign, is "kelvin"), then keyed like any
                        // other word of that text.
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercasedASCII()
                        key = wordKey(mergeForm(text))
                        past = isPastForm(text)
                        country = countryForms[text] != nil
                    }
                    let s = symbol(key)
                    if past { verbs.append(Int32(words.count)) }
                    if country { countries.append(Int32(words.count)) }
                    words.append(s)
                    if !first, bytes[range.lowerBound] &- 0x41 < 26 { names.append(s) }
                }
            }
            return (words, names, verbs, countries)
        }
    }

    /// The form in which merging compares a lower-cased title word: a country's demonym or other
    /// one-word name as the country ("chinese", "china" and "prc" are "china"; "filipino" is
    /// "philippines"); a word of letters stemmed (``stemLength(_:_:)``: "rammed" and "ramming"
    /// are "ram", "summons" and "summoned" "summon", "allies" "ally"); any other word as it is.
    static func mergeForm(_ word: String) -> String {
        if let country = countryForms[word] { return country }
        return withLetters(word) { b in String(decoding: UnsafeBufferPointer(rebasing: b[..<stemLength(b, b.count)]), as: UTF8.self) } ?? word
    }

    /// `body` on a mutable copy of `word`'s bytes when they are all lower-case letters a-z; nil
    /// otherwise.
    static func withLetters<T>(_ word: String, _ body: (UnsafeMutableBufferPointer<UInt8>) -> T) -> T? {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 &- 0x61 < 26 }) else { return nil }
        return bytes.withUnsafeMutableBufferPointer { body($0) }
    }

    /// Whether a lower-cased title word is a verb's past form: a word of letters ending in "ed"
    /// (five letters or more: "rammed", "summoned") or an irregular past tense of at most
    /// eight letters ("met", "held", "began", "sank").
    static func isPastForm(_ word: String) -> Bool { withLetters(word) { isPastForm($0, $0.count) } ?? false }

    @inline(__always)
    static func isPastForm(_ b: UnsafeMutableBufferPointer<UInt8>, _ n: Int) -> Bool {
        if n >= 5, b[n - 2] == UInt8(ascii: "e"), b[n - 1] == UInt8(ascii: "d") { return true }
        guard n <= 8 else { return false }
        var code: UInt64 = 0
        for k in 0..<n { code = code << 8 | UInt64(b[k]) }
        return irregularPastCodes.contains(code)
    }

    /// The tagger's irregular past tenses ("met", "flew"; `Grammar.irregularPastVerbs`) of at
    /// most eight letters, each as one number (its bytes, big-endian), for ``isPastForm(_:)``.
    static let irregularPastCodes: Set<UInt64> = Set(
        Grammar.irregularPastVerbs.filter { $0.utf8.count <= 8 }.map { word in
            word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        })

    /// A light stemmer for the lower-case letters `b[0..<count]`, in place; returns the stem's
    /// length. In order: "-ies"/"-ied" becomes "-y" (five letters or more); a plural or third
    /// person "-s" goes (four letters or more, not after "s", "u" or "i": "press", "status",
    /// "analysis" stay); then "-ing" (six letters or more, with a vowel before it: "spring"
    /// stays) or "-ed" (five or more), with a doubled final consonant made single ("ramm" is
    /// "ram"; "ll", "ss" and "zz" stay); then a final "e" (four letters or more: "base" and
    /// "based" are "bas").
    static func stemLength(_ b: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> Int {
        var n = count
        let (e, s, d, i) = (UInt8(ascii: "e"), UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "i"))
        if n >= 5, b[n - 3] == i, b[n - 2] == e, b[n - 1] == s || b[n - 1] == d {
            b[n - 3] = UInt8(ascii: "y")
            return n - 2
        }
        if n >= 4, b[n - 1] == s, b[n - 2] != s, b[n - 2] != UInt8(ascii: "u"), b[n - 2] != i { n -= 1 }
        func isVowel(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "a") || c == e || c == i || c == UInt8(ascii: "o") || c == UInt8(ascii: "u") || c == UInt8(ascii: "y")
        }
        var cut = false
        if n >= 6, b[n - 3] == i, b[n - 2] == UInt8(ascii: "n"), b[n - 1] == UInt8(ascii: "g"), (0..<(n - 3)).contains(where: { isVowel(b[$0]) }) {
            n -= 3
            cut = true
        } else if n >= 5, b[n - 2] == e, b[n - 1] == d {
            n -= 2
            cut = true
        }
        if cut, n >= 3, b[n - 1] == b[n - 2], !isVowel(b[n - 1]), b[n - 1] != UInt8(ascii: "l"), b[n - 1] != s, b[n - 1] != UInt8(ascii: "z") {
            n -= 1
        }
        if n >= 4, b[n - 1] == e { n -= 1 }
        return n
    }

    /// Countries' one-word names and demonyms, lower-cased, to the country's name lower-cased
    /// without spaces ("filipino" to "philippines", "u.s." to "unitedstates"), from the actors'
    /// table (``ActorFinder/countries``).
    static let countryForms: [String: String] = {
        var m: [String: String] = [:]
        func form(_ country: String) -> String { country.lowercased().replacingOccurrences(of: " ", with: "") }
        for (alias, country) in ActorFinder.countries where !alias.contains(" ") { m[alias.lowercased()] = form(country) }
        // A capital stands for its government in news ("Manila summoned China's ambassador").
        for (capital, country) in capitals {
            precondition(ActorFinder.countries[country] == country)
            m[capital] = form(country)
        }
        return m
    }()

    /// One-word capitals, lower-cased, and their countries (as ``ActorFinder/countries`` names them).
    static let capitals: [(String, String)] = [
        ("washington", "United States"), ("tokyo", "Japan"), ("beijing", "China"), ("moscow", "Russia"),
        ("kyiv", "Ukraine"), ("kiev", "Ukraine"), ("seoul", "South Korea"), ("pyongyang", "North Korea"),
        ("taipei", "Taiwan"), ("manila", "Philippines"), ("canberra", "Australia"), ("london", "United Kingdom"),
        ("paris", "France"), ("berlin", "Germany"), ("ottawa", "Canada"), ("warsaw", "Poland"), ("helsinki", "Finland"),
        ("stockholm", "Sweden"), ("oslo", "Norway"), ("ankara", "Turkey"), ("tehran", "Iran"), ("hanoi", "Vietnam"),
        ("jakarta", "Indonesia"), ("wellington", "New Zealand"), ("rome", "Italy"), ("tallinn", "Estonia"),
        ("riga", "Latvia"), ("vilnius", "Lithuania"), ("minsk", "Belarus"), ("bangkok", "Thailand"),
        ("islamabad", "Pakistan"),
    ]

    /// ``countryForms`` as keys, for the words of at most sixteen ASCII bytes.
    static let countryKeys: [WordKey: WordKey] = {
        var m: [WordKey: WordKey] = [:]
        for (alias, country) in countryForms where alias.utf8.count <= 16 && alias.utf8.allSatisfy({ $0 < 0x80 }) {
            m[wordKey(alias)] = wordKey(country)
        }
        return m
    }()

    /// The key of a lower-cased word's text: packed when it is ASCII and sixteen bytes at most.
    static func wordKey(_ text: String) -> WordKey {
        var text = text
        return text.withUTF8 { b in
            if b.count <= 16 {
                let (key, ascii) = pack(b, 0..<b.count)
                if ascii { return key }
            }
            return WordKey(head: 0, tail: 0, long: String(decoding: b, as: UTF8.self))
        }
    }

    /// The bytes `range` (at most sixteen) with ASCII letters lower-cased, packed big-endian into
    /// a ``WordKey``, and whether they are all ASCII.
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (key: WordKey, ascii: Bool) {
        var key = WordKey(head: 0, tail: 0, long: nil)
        var ascii = true
        for k in range {
            let b = bytes[k]
            if b >= 0x80 { ascii = false }
            let c = UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
            if k - range.lowerBound < 8 { key.head = key.head << 8 | c } else { key.tail = key.tail << 8 | c }
        }
        return (key, ascii)
    }

    /// ``stopWords`` as numbers: each word's bytes, big-endian in a `UInt64`.
    static let stopWordCodes: Set<UInt64> = Set(
        stopWords.map { word in
            precondition(word.utf8.count <= 8 && word.utf8.allSatisfy { $0 < 0x80 })
            return word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        })

    /// `values` sorted, without repeats.
    static func uniqueSorted(_ values: [Int32]) -> [Int32] {
        var out = values.sorted()
        var kept = 0
        for i in out.indices where kept == 0 || out[kept - 1] != out[i] {
            out[kept] = out[i]
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
    }

    /// The events in timeline order: by first and last day, then where each is first reported
    /// (the document's place, the sentence), then as given; ids made unique. With
    /// `markingPlanned`, each event's ``TimelineEvent/planned`` is set as ``markPlanned(_:documents:)`` does.
    static func order(_ events: [TimelineEvent], documents: [TimelineDocument], markingPlanned: Bool = false) -> [TimelineEvent] {
        var places: [String: Int] = [:]
        places.reserveCapacity(documents.count)
        for (i, d) in documents.enumerated() { places[d.id] = i }
        let documentIndex = places
        let published = markingPlanned ? publicationDays(documents) : [:]
        // Offset so that negative ordinals (years before 1970) keep their order.
        @Sendable func pack(_ a: Int, _ b: Int) -> UInt64 {
            (UInt64(truncatingIfNeeded: a &+ (1 << 31)) << 32) | UInt64(truncatingIfNeeded: b &+ (1 << 31)) & 0xFFFF_FFFF
        }
        // One pass over the events, in chunks on every core (each event's fields are read once:
        // 74,000 events scattered in memory cost more to reach than to compare): its sort key
        // ((start, end) and (document, sentence), each pair packed in one number, then its
        // place), whether it is planned, and a hash of its id.
        struct Facts {
            var keys: [(span: UInt64, report: UInt64, index: Int)] = []
            var planned: [Bool] = []
            var idHashes: [UInt64] = []
        }
        let chunk = 8_192
        let chunks = (events.count + chunk - 1) / chunk
        let slots = ResultSlots<Facts>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var facts = Facts()
            let range = (c * chunk)..<min(events.count, (c + 1) * chunk)
            facts.keys.reserveCapacity(range.count)
            facts.idHashes.reserveCapacity(range.count)
            if markingPlanned { facts.planned.reserveCapacity(range.count) }
            for k in range {
                let e = events[k]
                let first = e.firstReport
                facts.keys.append((pack(e.startDay.ordinal, e.endDay.ordinal), pack(documentIndex[first.document] ?? 0, first.sentence), k))
                if markingPlanned { facts.planned.append(isPlanned(e, published: published)) }
                var id = e.id
                facts.idHashes.append(id.withUTF8 { hash64(UnsafeRawBufferPointer($0)) })
            }
            slots[c] = facts
        }
        var keys: [(span: UInt64, report: UInt64, index: Int)] = []
        var planned: [Bool] = []
        var idHashes: [UInt64] = []
        keys.reserveCapacity(events.count)
        idHashes.reserveCapacity(events.count)
        for c in 0..<chunks {
            let facts = slots[c]!
            keys += facts.keys
            planned += facts.planned
            idHashes += facts.idHashes
        }
        keys.sort { $0 < $1 }
        // Ids: unique in the timeline. A clash (same date and same first title words) is told
        // apart by where each event is first reported, so ids stay stable as articles are added.
        // Clashes are found by the ids' hashes; two events with the same hash are compared.
        var clashing = [Bool](repeating: false, count: events.count)
        var firstWithHash: [UInt64: Int] = [:]
        firstWithHash.reserveCapacity(events.count)
        var collided = false
        for (k, h) in idHashes.enumerated() {
            if let other = firstWithHash[h] {
                if events[other].id == events[k].id {
                    clashing[other] = true
                    clashing[k] = true
                } else {
                    collided = true
                }
            } else {
                firstWithHash[h] = k
            }
        }
        if collided {
            // Different ids with one hash (not expected in practice): the ids themselves decide.
            var byID: [String: Int] = [:]
            for k in events.indices {
                if let other = byID[events[k].id] {
                    clashing[other] = true
                    clashing[k] = true
                } else {
                    byID[events[k].id] = k
                }
            }
        }
        return keys.map { key in
            var e = events[key.index]
            if markingPlanned, e.planned != planned[key.index] { e.planned = planned[key.index] }
            if clashing[key.index] {
                let first = e.firstReport
                e.id += "-\(first.document)-s\(first.sentence)"
            }
            return e
        }
    }
}

/// How each date's events merged in a build (kept in the analysis cache): for each date, a
/// fingerprint of which articles its events came from, in order, and for each event the merged
/// event it joined. A rebuild replays the plan of every date whose events are the same.
public struct MergePlans: Sendable, Equatable {
    public struct Plan: Sendable, Equatable {
        public var fingerprint: UInt64
        public var assignment: [Int32]
    }

    public var plans: [String: Plan] = [:]

    /// How each month's follow-ups joined (``TimelineBuilder/mergeFollowUps(_:identities:previous:plans:)``):
    /// a fingerprint of its coarse and day reports, and for each coarse report (in order) the
    /// place among the day reports of the one it joined, or -1.
    public struct FollowUpPlan: Sendable, Equatable {
        public var fingerprint: UInt64
        public var joins: [Int32]
    }

    public var followUps: [Int: FollowUpPlan] = [:]

    public init() {}
}

extension TimelineBuilder.HappeningFeatures {
    /// An event's features: `word` numbers its title's words (``TimelineBuilder/titleSymbols(_:_:)``),
    /// `document` and `person` its documents and people (and countries), `isFigure` tells
    /// the words that are figures.
    init(
        _ event: TimelineEvent, word: (TimelineBuilder.WordKey) -> Int32, document: (String) -> Int32, person: (String) -> Int32,
        isFigure: (Int32) -> Bool
    ) {
        let (sequence, names, verbs, countryWords) = TimelineBuilder.titleSymbols(event.title, word)
        self.init(
            documents: TimelineBuilder.uniqueSorted(event.sources.map { document($0) }),
            people: TimelineBuilder.uniqueSorted(event.actors.filter { $0.kind == .person }.map { person($0.name) }),
            words: TimelineBuilder.uniqueSorted(sequence), names: TimelineBuilder.uniqueSorted(names),
            countries: TimelineBuilder.uniqueSorted(event.actors.filter { $0.kind == .country }.map { person($0.name) }),
            sequence: sequence, verbs: verbs, countryWords: countryWords,
            figures: TimelineBuilder.uniqueSorted(sequence.filter(isFigure)))
    }

}
