import Testing

@testable import TimelineKit

/// What the first seed must come out as (issue: "Done when").
@Suite struct SeedTimelineTests {
    @Test func eventsAreInDateOrderWithTheRightValues() {
        let dates = seedTimeline.events.map { ($0.date.value, $0.date.mod?.rawValue) }
        #expect(dates.map(\.0) == ["2013/2014", "2024", "2024-12", "2025-01-30"])
        #expect(dates.map(\.1) == [nil, nil, "END", nil])
    }

    @Test func russianFilesAreDated2013To2014() throws {
        let e = try #require(seedTimeline.events.first)
        #expect(e.date.start == day("2013-01-01"))
        #expect(e.date.end == day("2014-12-31"))
        #expect(e.date.precision == .year)
        #expect(e.date.display == "2013–2014")
        #expect(e.actors.map(\.name).contains("Russia"))
    }

    @Test func headquartersAnnouncementIsLastYear() throws {
        let e = try #require(seedTimeline.events.first { $0.date.value == "2024" })
        #expect(e.title.contains("joint military headquarters"))
        #expect(!e.title.lowercased().hasPrefix("in particular"))
        #expect(e.date.anchoring == .publicationDate)
        #expect(e.date.derivation.contains("last year"))
    }

    @Test func financialTimesReportIsLateDecember2024() throws {
        let e = try #require(seedTimeline.events.first { $0.date.value == "2024-12" })
        #expect(e.date.mod == .end)
        #expect(e.date.display == "late December 2024")
        #expect(e.date.start == day("2024-12-21"))
        #expect(e.date.end == day("2024-12-31"))
        #expect(e.actors.map(\.name).contains("Financial Times"))
    }

    @Test func callIsJanuary30WithItsContinuations() throws {
        let e = try #require(seedTimeline.events.last)
        #expect(e.date.value == "2025-01-30")
        #expect(e.date.anchoring == .weekday)
        #expect(e.title == "Pete Hegseth and Gen Nakatani had their first phone conversation")
        let people = e.actors.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Pete Hegseth", "Gen Nakatani"])
        #expect(people.first?.role == "US Secretary of Defense")
        let continuations = e.evidence.filter { $0.role == .continuation }.map(\.text)
        #expect(continuations.contains { $0.contains("defense treaty") }, "the Senkaku treaty confirmation joins the call")
        #expect(continuations.contains { $0.contains("command and control") }, "the command-and-control agreement joins the call")
        // Background sentences are not pulled in.
        #expect(!e.evidence.contains { $0.text.contains("successive US administrations") })
        #expect(!e.evidence.contains { $0.text.contains("coast guard vessels regularly") })
    }

    @Test func publicationDateIsInferredInEarly2025WithAReason() throws {
        let p = try #require(seedTimeline.documents.first?.published)
        #expect(p.source == .inferred)
        #expect(p.day.year == 2025 && p.day.month == 1)
        #expect(p.derivation.contains("Thursday"))
        #expect(p.derivation.contains("late December 2024"))
    }

    @Test func evidenceOffsetsPointAtTheSentence() throws {
        let document = try #require(seedTimeline.documents.first)
        let scalars = Array(document.text.unicodeScalars)
        for event in seedTimeline.events {
            for evidence in event.evidence {
                let quoted = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
                #expect(quoted == evidence.text)
            }
        }
    }

    @Test func buildingTwiceGivesTheSameTimeline() {
        let again = buildTimeline(directory: Paths.seeds, as: "seeds")
        #expect(TimelineJSON.render(again) == TimelineJSON.render(seedTimeline))
    }
}

/// The indexed merge against the definition: each event joins the earliest kept event with the
/// same date, from other documents, whose first report shares two named people, or most
/// content words, or the same action (a third of the shorter title's words, at least three,
/// the main verb with its object and an agreeing subject, and countries of one among the
/// other's), with it (and one of its names, when both titles name any).
@Suite struct MergeTests {
    static func naiveMerge(_ events: [TimelineEvent]) -> [TimelineEvent] {
        var merged: [TimelineEvent] = []
        func words(_ e: TimelineEvent) -> Set<String> { Set(FastPathTests.referenceWords(e.title).words) }
        func people(_ e: TimelineEvent) -> Set<String> { Set(e.actors.filter { $0.kind == .person }.map(\.name)) }
        func countries(_ e: TimelineEvent) -> Set<String> { Set(e.actors.filter { $0.kind == .country }.map(\.name)) }
        // Names, by the definition (not the tool's code): words after the first that begin
        // with a capital A-Z, lower-cased, stop words aside, in their merge form.
        func names(_ title: String) -> Set<String> {
            let words: [Substring] = title.split { !($0.isLetter || $0.isNumber) }
            var found = Set<String>()
            for word in words.dropFirst() {
                guard let c: Character = word.first, c >= "A", c <= "Z" else { continue }
                let lower = word.lowercased()
                if !TimelineBuilder.stopWords.contains(lower) { found.insert(TimelineBuilder.mergeForm(lower)) }
            }
            return found
        }
        // The same action: `a`'s first verb no later than `b`'s first verb in `b`, sharing a
        // word of the two after it, with subjects that are empty, share a word, or of which
        // only one names a country.
        func sameAction(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool {
            let x = FastPathTests.referenceWords(a.title)
            let y = FastPathTests.referenceWords(b.title)
            guard let p = x.verbs.first, let q = y.words.firstIndex(of: x.words[p]), q <= (y.verbs.first ?? Int.max) else { return false }
            guard !Set(x.words.dropFirst(p + 1).prefix(2)).isDisjoint(with: y.words.dropFirst(q + 1).prefix(2)) else { return false }
            return subjectsAgree(x, p, y, q)
        }
        typealias Symbols = (words: [String], names: [String], verbs: [Int], countries: [Int])
        func subjectsAgree(_ x: Symbols, _ p: Int, _ y: Symbols, _ q: Int) -> Bool {
            let (subjectA, subjectB) = (Set(x.words.prefix(p)), Set(y.words.prefix(q)))
            if subjectA.isEmpty || subjectB.isEmpty || !subjectA.isDisjoint(with: subjectB) { return true }
            return x.countries.contains { $0 < p } != y.countries.contains { $0 < q }
        }
        // Most of the shorter title (five words or more), both with a verb, each naming a word of
        // the other's subject (the words before its verb), the figures of one among the other's.
        func retold(_ a: TimelineEvent, _ b: TimelineEvent, shared: Int, shorter: Int) -> Bool {
            let (x, y) = (FastPathTests.referenceWords(a.title), FastPathTests.referenceWords(b.title))
            guard shared >= 5, 2 * shared >= shorter, let p = x.verbs.first, let q = y.verbs.first else { return false }
            guard !Set(x.words.prefix(p)).isDisjoint(with: y.words), !Set(y.words.prefix(q)).isDisjoint(with: x.words) else { return false }
            let figures = { (w: [String]) in Set(w.filter { $0.first?.isASCII == true && $0.first?.isNumber == true }) }
            let (fa, fb) = (figures(x.words), figures(y.words))
            return fa.isSubset(of: fb) || fb.isSubset(of: fa)
        }
        // Rival subjects: both titles' subjects name countries (their country words before
        // the first verb; without a verb, a country as the first word), and neither title
        // names a country of the other's subject.
        func rivalSubjects(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool {
            func subject(_ x: (words: [String], names: [String], verbs: [Int], countries: [Int])) -> Set<String> {
                Set(x.countries.filter { $0 < (x.verbs.first ?? 1) }.map { x.words[$0] })
            }
            let (x, y) = (FastPathTests.referenceWords(a.title), FastPathTests.referenceWords(b.title))
            let (sa, sb) = (subject(x), subject(y))
            return !sa.isEmpty && !sb.isEmpty && sa.isDisjoint(with: y.words) && sb.isDisjoint(with: x.words)
        }
        var documents: [Set<String>] = []
        var firstPeople: [Set<String>] = []
        for e in events {
            let match = merged.indices.first { k in
                let m = merged[k]
                guard m.date.value == e.date.value, m.date.mod == e.date.mod else { return false }
                guard documents[k].isDisjoint(with: e.evidence.map(\.document)) else { return false }
                if firstPeople[k].intersection(people(e)).count >= 2 { return true }
                let a = words(m)
                let b = words(e)
                guard !a.isEmpty, !b.isEmpty else { return false }
                let shared = a.intersection(b).count
                if Double(shared) / Double(a.union(b).count) < 0.5 {
                    guard shared >= 3, 3 * shared >= min(a.count, b.count) else { return false }
                    let (ca, cb) = (countries(m), countries(e))
                    guard ca.isSubset(of: cb) || cb.isSubset(of: ca) else { return false }
                    guard retold(m, e, shared: shared, shorter: min(a.count, b.count)) || sameAction(m, e) || sameAction(e, m) else { return false }
                }
                if rivalSubjects(m, e) { return false }
                let (na, nb) = (names(m.title), names(e.title))
                return na.isEmpty || nb.isEmpty || !na.isDisjoint(with: nb)
            }
            if let k = match {
                merged[k].evidence += e.evidence
                for actor in e.actors where !merged[k].actors.contains(where: { $0.name == actor.name }) { merged[k].actors.append(actor) }
                merged[k].actors = EventExtractor.ordered(merged[k].actors)
                documents[k].formUnion(e.evidence.map(\.document))
            } else {
                merged.append(e)
                documents.append(Set(e.evidence.map(\.document)))
                firstPeople.append(people(e))
            }
        }
        return merged
    }

    @Test func indexedMergeEqualsTheDefinitionOnRandomEvents() {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        // Capitalized places too: a title's names are its capitalized words after the first.
        // Five of them, so that a title's names are often rarer than its words (merging then
        // looks candidates up by name) and titles without names stay common.
        let vocabulary = [
            "talks", "patrol", "navy", "budget", "summit", "drill", "missile", "treaty", "port", "visit", "cyber", "deal", "Guam", "Manila",
            "Okinawa", "Seoul", "Canberra",
            // Verbs and their forms, a country and its demonym, so that titles also match by
            // the same action.
            "rammed", "ramming", "summoned", "met", "China", "Chinese",
            // Figures, so that titles retelling another match only with the other's figures.
            "222", "1.9", "30",
        ]
        let people = ["Hegseth", "Nakatani", "Marles", "Lee", "Kim"]
        let template = seedTimeline.events[0]
        // Dates merged from their plans with new reports among the others, and dates where an
        // earlier report decided otherwise (merged afresh): both happen.
        var planned = 0
        var declined = 0
        defer { #expect(planned > 20 && declined > 0, "\(planned) from plans, \(declined) afresh") }
        for round in 0..<20 {
            var events: [TimelineEvent] = []
            for k in 0..<150 {
                var e = template
                e.id = "e\(k)"
                e.date.value = ["2024", "2025-01", "2025-01-30"][next(3)]
                e.date.mod = next(4) == 0 ? .end : nil
                e.title = (0..<(1 + next(5))).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
                let persons: [Actor] = (0..<next(4)).map { _ in Actor(name: people[next(people.count)], kind: .person) }
                let countries: [Actor] = (0..<next(3)).map { _ in Actor(name: ["Japan", "China"][next(2)], kind: .country) }
                e.actors = persons + countries
                e.evidence = [Evidence(document: "d\(next(12))", sentence: k, start: 0, end: 1, text: "s", role: .dated)]
                events.append(e)
            }
            let fast = TimelineBuilder.merge(events)
            let naive = MergeTests.naiveMerge(events)
            #expect(
                fast.map { "\($0.id): \($0.evidence.map(\.sentence))" } == naive.map { "\($0.id): \($0.evidence.map(\.sentence))" }, "round \(round)")
            #expect(fast == naive)
            // Replaying the plans of a previous merge gives the same events: for the same
            // inputs, and after a report is added (its date merges afresh, the others replay).
            let ids = events.indices.map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
            var plans = MergePlans()
            #expect(TimelineBuilder.merge(events, identities: ids, plans: &plans) == naive)
            #expect(plans.plans.count == Set(events.map { "\($0.date.value)|\($0.date.mod?.rawValue ?? "")" }).count)
            #expect(TimelineBuilder.merge(events, identities: ids, plans: &plans) == naive)
            var grown = events
            var extra = events[next(events.count)]
            extra.id = "extra"
            extra.evidence = [Evidence(document: "d99", sentence: 999, start: 0, end: 1, text: "s", role: .dated)]
            grown.append(extra)
            var grownPlans = plans
            #expect(TimelineBuilder.merge(grown, identities: ids + [42], plans: &grownPlans) == MergeTests.naiveMerge(grown))
            // Several reports added after the others (the plan decides the dates' first events,
            // the rest are matched), or one before them (nothing is replayed for its date).
            var more = grown
            for n in 0..<3 {
                var e = events[next(events.count)]
                e.id = "more\(n)"
                e.evidence = [Evidence(document: "d\(100 + n)", sentence: 1000 + n, start: 0, end: 1, text: "s", role: .dated)]
                more.append(e)
            }
            var morePlans = grownPlans
            #expect(TimelineBuilder.merge(more, identities: ids + [42, 43, 44, 45], plans: &morePlans) == MergeTests.naiveMerge(more))
            var first = extra
            first.id = "first"
            var ahead = [first] + events
            ahead[0].evidence = [Evidence(document: "d98", sentence: 0, start: 0, end: 1, text: "s", role: .dated)]
            var aheadPlans = plans
            #expect(TimelineBuilder.merge(ahead, identities: [41] + ids, plans: &aheadPlans) == MergeTests.naiveMerge(ahead))
            // New reports anywhere among the others (an article whose name sorts among theirs):
            // the plan decides the others unless one matches what a new one made first; the
            // result is the fresh merge's, and the same when the new ones are marked wrongly.
            var spread = events
            var spreadIDs = ids
            var fresh = [Bool](repeating: false, count: events.count)
            for n in 0..<(1 + next(6)) {
                var e = events[next(events.count)]
                e.id = "spread\(n)"
                e.title = next(2) == 0 ? e.title : (0..<(1 + next(5))).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
                e.evidence = [Evidence(document: "d\(200 + n)", sentence: 2000 + n, start: 0, end: 1, text: "s", role: .dated)]
                let at = next(spread.count + 1)
                spread.insert(e, at: at)
                spreadIDs.insert(UInt64(900 + n), at: at)
                fresh.insert(true, at: at)
            }
            let spreadNaive = MergeTests.naiveMerge(spread)
            var spreadPlans = plans
            #expect(TimelineBuilder.merge(spread, identities: spreadIDs, fresh: fresh, plans: &spreadPlans) == spreadNaive, "round \(round)")
            var wrongPlans = plans
            #expect(
                TimelineBuilder.merge(spread, identities: spreadIDs, fresh: fresh.map { !$0 }, plans: &wrongPlans) == spreadNaive, "round \(round)")
            // Each date's own merge from its plan: what merging it afresh gives.
            for date in Set(events.map(\.date.value)) {
                for mod in [nil, TimexMod.end] {
                    let positions = spread.indices.filter { spread[$0].date.value == date && spread[$0].date.mod == mod }
                    let key = date + "|" + (mod?.rawValue ?? "")
                    guard let plan = plans.plans[key], !positions.isEmpty else { continue }
                    let marks = positions.map { !fresh[$0] }
                    guard marks.filter({ $0 }).count == plan.assignment.count else { continue }
                    let group = positions.map { spread[$0] }
                    let incremental = TimelineBuilder.mergeOneDate(group, previous: TimelineBuilder.spread(plan.assignment, over: marks))
                    let afresh = TimelineBuilder.mergeOneDate(group)
                    // (Nil when an earlier report decides otherwise: the date merges afresh.)
                    guard let incremental else {
                        declined += 1
                        continue
                    }
                    planned += 1
                    #expect(incremental.assignment == afresh.assignment, "round \(round) \(key)")
                    #expect(incremental.merged.map(\.event) == afresh.merged.map(\.event), "round \(round) \(key)")
                }
            }
            if round == 0 {
                // A new article's copy of a report: after it, it joins the report's merged
                // event; before it, the report would join the copy's, so the plan is not used.
                var a = events[0]
                a.evidence = [Evidence(document: "d1", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
                var copy = a
                copy.id = "copy"
                copy.evidence = [Evidence(document: "d2", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
                #expect(TimelineBuilder.mergeOneDate([a, copy], previous: [0, nil])?.assignment == [0, 0])
                #expect(TimelineBuilder.mergeOneDate([copy, a], previous: [nil, 0]) == nil)
                #expect(TimelineBuilder.mergeOneDate([copy, a]).assignment == [0, 0])
                // Not an assignment: not used.
                #expect(TimelineBuilder.mergeOneDate([a, copy], previous: [1, nil]) == nil)
            }
            plans = grownPlans
            // A plan that does not fit its date (a damaged cache) is not used.
            var damaged = plans
            for date in damaged.plans.keys { damaged.plans[date]!.assignment = damaged.plans[date]!.assignment.map { $0 + 5 } }
            #expect(TimelineBuilder.merge(grown, identities: ids + [42], plans: &damaged) == MergeTests.naiveMerge(grown))
        }
    }

    @Test(arguments: [
        // Alike but for the place: two happenings.
        (
            "The foreign ministry criticized cyber cooperation near Guam involving 222 personnel",
            "The foreign ministry debated cyber cooperation near Manila involving 210 personnel", false
        ),
        ("Officials in Tokyo reviewed the port visits", "Officials in Seoul reviewed the port visits", false),
        // The same names, or names on one side only: one happening.
        (
            "The coast guard fired water cannon at a Philippine vessel near Second Thomas Shoal",
            "The coast guard turned water cannon on a Philippine vessel near Second Thomas Shoal", true
        ),
        ("Defense ministers met in Tokyo to discuss the joint headquarters", "Defense ministers met to discuss the joint headquarters", true),
        ("NATO allies agreed to raise spending at the summit in The Hague", "Allies agreed to raise spending at the summit in The Hague", true),
        // The first word is capitalized by the sentence, not a name.
        ("Negotiators approved the basing arrangement", "Officials approved the basing arrangement", true),
    ])
    func titlesNamingDifferentPlacesAreDifferentHappenings(_ a: String, _ b: String, _ same: Bool) {
        var first = seedTimeline.events[0]
        first.id = "a"
        first.title = a
        first.actors = []
        first.evidence = [Evidence(document: "d1", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
        var second = first
        second.id = "b"
        second.title = b
        second.evidence = [Evidence(document: "d2", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
        let merged = TimelineBuilder.merge([first, second])
        #expect(merged.count == (same ? 1 : 2))
        #expect(MergeTests.naiveMerge([first, second]).count == merged.count)
    }

    /// Two reports of one day, from two articles, worded differently: one happening when they
    /// report the same action (the main verb in any form, its object, agreeing subjects and
    /// countries), two when they do not. (Sentences written for this table.)
    static let sameActionCases: [SameActionCase] = [
        // The same action, rephrased.
        SameActionCase(
            "A Chinese coast guard cutter rammed a Philippine supply boat near Second Thomas Shoal, injuring two sailors", ["China", "Philippines"],
            "The ramming of a Philippine supply boat at Second Thomas Shoal drew protests from Washington and Tokyo", ["Philippines"], true
        ),
        SameActionCase(
            "The Department of Foreign Affairs summoned the Chinese ambassador to hand over a note", ["China"],
            "Manila summoned China's ambassador over the collision, the third such summons this year", ["China"], true
        ),
        SameActionCase(
            "A Japanese destroyer and an Australian frigate sailed through the Taiwan Strait", ["Japan", "Australia", "Taiwan"],
            "The destroyer Suzutsuki sailed through the strait in the company of an Australian frigate", ["Australia"], true
        ),
        // The same verb with another object, or another subject, or other countries: two.
        SameActionCase(
            "Naval commanders rejected supply agreements near Guam involving 89 personnel", [],
            "The envoy rejected maritime surveillance near Guam involving 239 personnel", [], false
        ),
        SameActionCase(
            "NATO condemned the missile strike on the port as a war crime", [], "The EU condemned the missile strike on the port in a statement", [],
            false),
        SameActionCase(
            "China criticized the joint patrol by the two navies near Scarborough Shoal as provocative", ["China"],
            "Japan criticized the joint patrol near Scarborough Shoal in a statement on its website", ["Japan"], false
        ),
        SameActionCase(
            "China criticized the joint patrol of the two navies near Scarborough Shoal", ["China"],
            "The two navies began the joint patrol near Scarborough Shoal on schedule with four ships and two aircraft", [], false
        ),
        // Titles alike but for their subjects' countries: two, unless one names the other's.
        SameActionCase(
            "China criticized the joint patrol near Scarborough Shoal", ["China"], "Japan criticized the joint patrol near Scarborough Shoal",
            ["Japan"],
            false),
        SameActionCase(
            "China to hold live-fire drills near Taiwan", ["China", "Taiwan"], "Japan to hold live-fire drills near Taiwan", ["Japan", "Taiwan"],
            false),
        SameActionCase(
            "China's coast guard rammed a Philippine boat near Second Thomas Shoal", ["China", "Philippines"],
            "The Philippines accused China's coast guard of ramming a Philippine boat near Second Thomas Shoal", ["Philippines", "China"], true
        ),
        SameActionCase(
            "Chinese and Philippine vessels collided near Sabina Shoal", ["China", "Philippines"],
            "Philippine and Chinese vessels collided near Sabina Shoal", ["Philippines", "China"], true
        ),
        // One title retelling the other: most of the shorter one's words (five or more), verbs
        // after subjects that share a word, the figures of one among the other's.
        SameActionCase(
            "NATO opened its Steadfast Harbor exercise off the coast of Estonia with 40 ships from 14 allied nations taking part", ["Estonia"],
            "About 40 warships from NATO countries began the Steadfast Harbor exercise off Estonia", ["Estonia"], true
        ),
        SameActionCase(
            "Naval commanders inspected the new pier at Guam with 222 personnel from the base", [],
            "Naval commanders toured the new pier at Guam with 222 personnel and reporters on a long afternoon visit", [], true
        ),
        SameActionCase(
            "Naval commanders inspected the new pier at Guam with 222 personnel from the base", [],
            "Naval commanders toured the new pier at Guam with 229 personnel and 12 aircraft on a long afternoon visit", [], false
        ),
        SameActionCase(
            "Naval commanders inspected the new pier at Guam with base officials", [],
            "The envoy toured the new pier at Guam with base officials and reporters",
            [], false),
        SameActionCase(
            "Two Russian bombers flew along the Pacific coast, prompting Japan to scramble fighter jets", ["Russia", "Japan"],
            "Japan sent fighter jets aloft to shadow a pair of Russian bombers over the Pacific coast", ["Japan", "Russia"], true
        ),
        // A verb after the main one is not the action: "flooded", not "rescued".
        SameActionCase(
            "Thousands of protesters flooded the square to honour the boy whose rescue off the coast made headlines", [],
            "The boy was rescued off the coast by two fishermen after the boat capsized", [], false
        ),
    ]

    struct SameActionCase: Sendable, CustomTestStringConvertible {
        var a: String
        var countriesA: [String]
        var b: String
        var countriesB: [String]
        var same: Bool
        var testDescription: String { "\(a) / \(b)" }
        init(_ a: String, _ countriesA: [String], _ b: String, _ countriesB: [String], _ same: Bool) {
            (self.a, self.countriesA, self.b, self.countriesB, self.same) = (a, countriesA, b, countriesB, same)
        }
    }

    @Test(arguments: sameActionCases)
    func reportsOfTheSameActionMerge(_ c: SameActionCase) {
        let (a, countriesA, b, countriesB, same) = (c.a, c.countriesA, c.b, c.countriesB, c.same)
        var first = seedTimeline.events[0]
        first.id = "a"
        first.title = a
        first.actors = countriesA.map { Actor(name: $0, kind: .country) }
        first.evidence = [Evidence(document: "d1", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
        var second = first
        second.id = "b"
        second.title = b
        second.actors = countriesB.map { Actor(name: $0, kind: .country) }
        second.evidence = [Evidence(document: "d2", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
        #expect(TimelineBuilder.merge([first, second]).count == (same ? 1 : 2))
        #expect(TimelineBuilder.merge([second, first]).count == (same ? 1 : 2))
        #expect(MergeTests.naiveMerge([first, second]).count == (same ? 1 : 2))
    }

    /// A follow-up's report dated to a month from its publication joins another article's
    /// report of the same happening on a day of that month; nothing else does.
    @Test(
        arguments: [
            ("d2", "2025-07", DatePrecision.month, Anchoring.publicationDate, true),
            ("d1", "2025-07", .month, .publicationDate, false),  // the same article
            ("d2", "2025-07", .month, .explicit, false),  // "in July 2025": its own date
            ("d2", "2025-06", .month, .publicationDate, false),  // another month
            ("d2", "2025-W28", .week, .publicationDate, false),  // a week
        ] as [(String, String, DatePrecision, Anchoring, Bool)])
    func aFollowUpJoinsTheDaysReport(_ document: String, _ value: String, _ precision: DatePrecision, _ anchoring: Anchoring, _ joins: Bool) {
        func day(_ s: String) -> CalendarDay { CalendarDay(iso: s)! }
        var report = seedTimeline.events[0]
        report.id = "day"
        report.title = "Chinese coast guard ships blockaded a Philippine resupply convoy at the shoal"
        report.date = EventDate(
            value: "2025-07-08", timex: "2025-07-08", timexEnd: nil, mod: nil, start: day("2025-07-08"), end: day("2025-07-08"), precision: .day,
            display: "July 8, 2025", derivation: "d", anchoring: .weekday)
        report.evidence = [Evidence(document: "d1", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
        var recap = report
        recap.id = "recap"
        recap.title = "China's coast guard blocked a Philippine resupply convoy at the shoal"
        let first = value == "2025-W28" ? "2025-07-07" : value == "2025-06" ? "2025-06-01" : "2025-07-01"
        let last = value == "2025-W28" ? "2025-07-13" : value == "2025-06" ? "2025-06-30" : "2025-07-31"
        recap.date = EventDate(
            value: value, timex: value, timexEnd: nil, mod: nil, start: day(first), end: day(last), precision: precision, display: value,
            derivation: "d", anchoring: anchoring)
        recap.evidence = [Evidence(document: document, sentence: 2, start: 0, end: 1, text: "s", role: .dated)]
        let merged = TimelineBuilder.merge([report, recap])
        #expect(merged.count == (joins ? 1 : 2))
        #expect(merged.contains { $0.id == "day" && $0.date.value == "2025-07-08" })
    }

    /// Words and the form merging compares them in.
    static let mergeForms: [(String, String)] = [
        ("rammed", "ram"), ("ramming", "ram"), ("rams", "ram"), ("summoned", "summon"), ("summons", "summon"),
        ("allies", "ally"), ("allied", "ally"), ("countries", "country"), ("drills", "drill"), ("drilled", "drill"),
        ("based", "bas"), ("base", "bas"), ("exercises", "exercis"), ("exercise", "exercis"), ("spring", "spring"),
        ("press", "press"), ("status", "status"), ("analysis", "analysis"), ("chinese", "china"), ("china", "china"),
        ("filipino", "philippines"), ("philippine", "philippines"), ("u.s.", "unitedstates"), ("manila", "philippines"),
        ("2024", "2024"), ("led", "led"), ("müller", "müller"),
    ]

    @Test(arguments: mergeForms)
    func mergeFormsOfWords(_ word: String, _ form: String) {
        #expect(TimelineBuilder.mergeForm(word) == form)
    }

    @Test func articleAndActorPagesListFiveSourcesAndCountTheRest() throws {
        var e = seedTimeline.events[0]
        e.evidence = (0..<8).map { Evidence(document: "d\($0)", sentence: 1, start: 0, end: 1, text: "s", role: .dated) }
        let summary = try SiteBuilder(templates: TemplateSet()).eventSummary(e, [:], root: "../")
        #expect(summary["sources"]?.list?.count == 5)
        guard case .int(let more) = summary["moreSources"] else {
            Issue.record("moreSources is not a number")
            return
        }
        #expect(more == 3)
    }
}
