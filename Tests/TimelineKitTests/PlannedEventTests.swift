import Foundation
import Testing

@testable import TimelineKit

/// An event later than the publication date of every article that dates it is a plan, and
/// every output says so.
@Suite struct PlannedEventTests {
    static func article(_ id: String, published: String, _ body: String) throws -> Document {
        try DocumentLoader.parseMarkdown("---\npublished: \(published)\n---\n# \(id)\n\n\(body)\n", path: "\(id).md", id: id)
    }

    static func timeline() throws -> Timeline {
        let plan = try article(
            "plan", published: "2025-01-30",
            "The leaders will sign the pact in Canberra on Nov. 2, 2025. The ministers met in Tokyo on Jan. 5, 2025.")
        let undated = DocumentLoader.parsePlainText("Outlook\n\nThe drills will begin on Dec. 1, 2030.\n", path: "undated.txt", id: "undated")
        return TimelineBuilder().build([plan, undated])
    }

    @Test func onlyWhatLiesAfterEveryReportIsPlanned() throws {
        let events = try Self.timeline().events
        let planned = Dictionary(uniqueKeysWithValues: events.map { ($0.date.value, $0.planned) })
        #expect(planned["2025-11-02"] == true)
        #expect(planned["2025-01-05"] == false)
        // An article without a publication date says nothing of what lay ahead when it was written.
        #expect(planned["2030-12-01"] == false)
    }

    @Test func anUndatedArticleDoesNotDecide() throws {
        var events = try Self.timeline().events
        let k = try #require(events.firstIndex { $0.date.value == "2025-11-02" })
        var report = events[k].evidence[0]
        report.document = "undated"
        events[k].evidence.append(report)
        TimelineBuilder.markPlanned(&events, documents: try Self.timeline().documents)
        #expect(events[k].planned == true)
    }

    @Test func aLaterReportOfTheSameDayEndsThePlan() throws {
        var events = try Self.timeline().events
        let k = try #require(events.firstIndex { $0.date.value == "2025-11-02" })
        let documents =
            try Self.timeline().documents + [
                TimelineDocument(
                    id: "later", path: "later.md", title: "Later",
                    published: PublicationDate(
                        day: CalendarDay(year: 2025, month: 11, day: 3)!, value: "2025-11-03", source: .frontMatter, confidence: .high,
                        derivation: "front matter"), expressions: [], text: "")
            ]
        var report = events[k].evidence[0]
        report.document = "later"
        events[k].evidence.append(report)
        TimelineBuilder.markPlanned(&events, documents: documents)
        #expect(events[k].planned == false)
    }

    @Test func everyOutputMarksIt() throws {
        let timeline = try Self.timeline()
        let plan = try #require(timeline.events.first { $0.planned })
        #expect(TimelineJSON.render(timeline).contains("\"planned\": true"))
        let site = try SiteBuilder(templates: TemplateSet()).build(timeline)
        #expect(try #require(site["timeline.md"]).contains("### November 2, 2025 (planned): "))
        let index = try #require(site["index.html"])
        #expect(index.contains("class=\"event event--planned\" id=\"\(plan.id)\""))
        #expect(try #require(site["articles/plan.html"]).contains("<span class=\"badge badge--planned\">planned</span>"))
        let ics = try #require(site["timeline.ics"])
        #expect(ics.components(separatedBy: "STATUS:TENTATIVE").count - 1 == 1)
        #expect(try #require(site["timelinejs.json"]).contains("\"November 2, 2025 (planned)\""))
    }
}

/// The timeline's order (by days, then where each event is first reported), its planned flags
/// (set in the same pass) and its ids (a clash told apart by the first report).
@Suite struct TimelineOrderTests {
    @Test func orderPlannedAndClashingIds() throws {
        let base = try PlannedEventTests.timeline()
        let plan = try #require(base.events.first { $0.date.value == "2025-11-02" })
        let met = try #require(base.events.first { $0.date.value == "2025-01-05" })
        // The same happening twice under one id (another sentence), and the events given out of order.
        var twin = plan
        twin.evidence = [Evidence(document: "plan", sentence: 9, start: 0, end: 1, text: "s", role: .dated)]
        var events = [twin, plan, met]
        for k in events.indices { events[k].planned = false }
        let ordered = TimelineBuilder.order(events, documents: base.documents, markingPlanned: true)
        #expect(ordered.map(\.date.value) == ["2025-01-05", "2025-11-02", "2025-11-02"])
        // The first report decides the order of the two, and both ids say where they come from.
        #expect(ordered[1].evidence[0].sentence < ordered[2].evidence[0].sentence)
        #expect(ordered[1].id == plan.id + "-plan-s\(plan.evidence[0].sentence)")
        #expect(ordered[2].id == plan.id + "-plan-s9")
        #expect(ordered[0].id == met.id)
        // Planned as markPlanned says, and not marked without being asked.
        var marked = ordered
        TimelineBuilder.markPlanned(&marked, documents: base.documents)
        #expect(ordered.map(\.planned) == marked.map(\.planned))
        #expect(ordered.map(\.planned) == [false, true, true])
        #expect(TimelineBuilder.order(events, documents: base.documents).allSatisfy { !$0.planned })
    }
}

/// An event that is one article's report as analyzed is keyed by where it comes from; any
/// change to what it shows, a merge included, makes it keyed by its content again.
@Suite struct EventOriginTests {
    @Test func originIsKeptOnlyWhileTheEventIsTheReport() throws {
        let base = try PlannedEventTests.timeline()
        let analyses = base.documents.map { d in (d, base.events.filter { $0.evidence[0].document == d.id }) }
        var plans = MergePlans()
        let built = TimelineBuilder().build(analyses: analyses, identities: [11, 22], plans: &plans)
        #expect(!built.events.isEmpty && built.events.allSatisfy { $0.origin != nil })
        #expect(Set(built.events.compactMap(\.origin)).count == built.events.count)
        // Without identities there is no origin.
        #expect(TimelineBuilder().build(analyses: analyses).events.allSatisfy { $0.origin == nil })

        let event = built.events[0]
        let sources = SiteBuilder.SourceFacts.of(built.documents)
        let key = SiteBuilder.eventKey(event, sources)
        var renamed = event
        renamed.id += "-x"
        var planned = event
        planned.planned.toggle()
        #expect(renamed.origin == event.origin && planned.origin == event.origin)
        #expect(SiteBuilder.eventKey(renamed, sources) != key && SiteBuilder.eventKey(planned, sources) != key)
        // Any other change, as a merge's, leaves the event keyed by its content.
        var retitled = event
        retitled.title += "!"
        var merged = event
        TimelineBuilder.absorb(built.events[1], into: &merged)
        var redated = event
        redated.date.display += "?"
        var moreActors = event
        moreActors.actors.append(Actor(name: "Somebody", kind: .person))
        for changed in [retitled, merged, redated, moreActors] {
            #expect(changed.origin == nil)
            #expect(SiteBuilder.eventKey(changed, sources) != key)
        }
        // A merged event's origin is its reports', in the order they merged.
        var a = event
        a.evidence = [Evidence(document: "d1", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
        var copy = a
        copy.evidence = [Evidence(document: "d2", sentence: 1, start: 0, end: 1, text: "s", role: .dated)]
        var mergePlans = MergePlans()
        let one = TimelineBuilder.merge([a, copy], identities: [1, 2], plans: &mergePlans)
        var otherPlans = MergePlans()
        let other = TimelineBuilder.merge([copy, a], identities: [2, 1], plans: &otherPlans)
        #expect(one.count == 1 && other.count == 1 && one[0].evidence.count == 2)
        #expect(one[0].origin != nil && other[0].origin != nil && one[0].origin != other[0].origin)
        #expect(TimelineBuilder.merge([a, copy], identities: [1, 2], plans: &mergePlans)[0].origin == one[0].origin)
        var unnamed = MergePlans()
        #expect(TimelineBuilder.merge([a, copy], identities: nil, plans: &unnamed)[0].origin == nil)
        // Documents too: named by their analysis until a field changes, then by their fields.
        let document = built.documents[0]
        #expect(document.origin == 11 && built.documents[1].origin == 22)
        func pageInputs(_ d: TimelineDocument) -> String {
            var fp = ContextFingerprint()
            SiteBuilder.articleInputs(d, [0], keys: ["k"], into: &fp)
            return fp.value
        }
        var edited = document
        edited.text += " More."
        var renamed2 = document
        renamed2.title += "!"
        for changed in [edited, renamed2] {
            #expect(changed.origin == nil && changed != document)
            #expect(pageInputs(changed) != pageInputs(document))
        }
        var bareDocument = document
        bareDocument.origin = nil
        #expect(bareDocument == document && pageInputs(bareDocument) != pageInputs(document))
        #expect(pageInputs(bareDocument) == pageInputs(TimelineBuilder().build(analyses: analyses).documents[0]))
        // An event of a document changed since it was analyzed is keyed by its content.
        var changedSources = sources
        changedSources[event.evidence[0].document]!.origin = nil
        var bareEvent = event
        bareEvent.origin = nil
        #expect(SiteBuilder.eventKey(event, changedSources) == SiteBuilder.eventKey(bareEvent, changedSources))
        // Keyed by content, an event without an origin gets the key its fields give.
        var bare = event
        bare.origin = nil
        #expect(SiteBuilder.eventKey(bare, sources) != key)
        #expect(SiteBuilder.eventKey(bare, sources) == SiteBuilder.eventKey(TimelineBuilder().build(analyses: analyses).events[0], sources))
    }
}
