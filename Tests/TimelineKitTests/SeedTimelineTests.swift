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
