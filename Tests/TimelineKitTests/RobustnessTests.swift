import Foundation
import Testing

@testable import TimelineKit

/// Random soups of date-like tokens, odd punctuation and non-ASCII text: the tagger and the
/// pipeline must never crash, and every expression must point at its own text.
@Suite struct RobustnessTests {
    static let pieces = [
        "January", "Jan.", "30", "2024", "-", "–", "—", "'", "’", "90s", "the", "late", "early", "mid", "of", "to", "and",
        "between", "from", "Thursday", ",", ".", "\n", "\n\n", "a.m.", "p.m.", "10:30", "1/2", "Q3", "FY2024", "nineteen",
        "ninety-six", "last", "next", "year", "week", "ago", "(", ")", "“", "”", "é", "東京", "🙂", "$", "%", "#", "May",
        "march", "Sun", "the nineties", "Christmas", "Eve", "New", "Year's", "Day", "weekend", "1/", "/2", "2024-", "-12-",
        "T", "Martin", "Luther", "King", "Jr", "Golden", "Week", "'98", "1990s", "century", "20th", "quarter", "third",
    ]

    struct Generator {
        var state: UInt64
        mutating func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
    }

    @Test func randomTextNeverBreaksTheTagger() {
        var g = Generator(state: 2025)
        let tagger = TemporalTagger()
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(1 + g.next() % 120) {
                text += Self.pieces[g.next() % Self.pieces.count]
                if g.next() % 3 != 0 { text += " " }
            }
            let bytes = Array(text.utf8)
            for reference in [CalendarDay(year: 2025, month: 1, day: 30), nil] {
                let found = tagger.analyze(
                    text,
                    publication: reference.map {
                        PublicationDate(day: $0, value: $0.iso, source: .option, confidence: .high, derivation: "")
                    }
                ).expressions
                var last = 0
                for e in found {
                    #expect(e.start >= last && e.start < e.end && e.end <= bytes.count, "\(text)")
                    #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self) == e.text)
                    last = e.end
                    for part in e.timemlParts {
                        #expect(part.start >= e.start && part.end <= e.end)
                    }
                }
            }
        }
    }

    @Test func randomDocumentsNeverBreakThePipeline() throws {
        var g = Generator(state: 7)
        var documents: [Document] = []
        for k in 0..<60 {
            var text = "Headline \(k)\n"
            for _ in 0..<(1 + g.next() % 200) {
                text += Self.pieces[g.next() % Self.pieces.count]
                if g.next() % 3 != 0 { text += " " }
            }
            documents.append(DocumentLoader.parsePlainText(text, path: "r/\(k).txt", id: "r\(k)"))
        }
        let timeline = TimelineBuilder().build(documents)
        let site = try SiteBuilder(templates: TemplateSet()).build(timeline)
        #expect(site["index.html"] != nil)
        #expect(try JSONSerialization.jsonObject(with: Data(TimelineJSON.render(timeline).utf8)) is [String: Any])
    }
}
