import Foundation
import Testing

@testable import TimelineKit

/// Publication dates whose year the article's own text does not fix: what the text gives
/// (the first year that fits, moved by "yesterday" or by the weekday the lead reports), and
/// the year a collection of articles chooses for them.
@Suite struct CollectionDatingTests {
    /// (text, expected publication date or nil, a phrase its derivation must hold).
    @Test(
        arguments: [
            // The first year after 2012 in which July 18 is a Friday, and "yesterday" before it.
            (
                "Four navies sail together\nThe joint patrol began yesterday, Friday, July 18, near Palawan. China took the shoal in 2012.",
                "2014-07-19", "the day after"
            ),
            // Without "yesterday": that day or soon after.
            (
                "Four navies sail together\nThe joint patrol began on Friday, July 18, near Palawan. China took the shoal in 2012.", "2014-07-18",
                "that day or soon after"
            ),
            // The lead reports a Wednesday: the first Wednesday on or after Sunday, March 9 (2025,
            // after the 2022 of the text).
            (
                "Missiles fired\nSEOUL - North Korea fired cruise missiles on Wednesday morning, the military said. On Sunday, March 9, the North fired ballistic missiles. The war began in 2022.",
                "2025-03-12", "the lead reports \"Wednesday morning\""
            ),
            // "yesterday, Friday, July 18" and a lead's Friday: the day after, not the next Friday.
            (
                "Drones hit Kyiv\nKYIV - Russia fired drones at Kyiv on Friday, officials said. The attack began yesterday, Friday, July 18. The war began in 2022.",
                "2025-07-19", "the day after"
            ),
            // A lead about the future moves nothing.
            (
                "Parade planned\nSEOUL - North Korea will hold a parade on Wednesday, officials said. On Sunday, March 9, the North fired ballistic missiles. The war began in 2022.",
                "2025-03-09", "that day or soon after"
            ),
            // A lead that is not a weekday alone moves nothing either.
            (
                "Missiles fired\nSEOUL - North Korea fired cruise missiles last week, the military said. On Sunday, March 9, the North fired ballistic missiles. The war began in 2022.",
                "2025-03-09", "that day or soon after"
            ),
            // A budget's year does not bound the publication: budgets come before their year
            // (found on a reviewer's wire story, dated a year late).
            (
                "Troops to leave\nWASHINGTON, Nov. 28 (Capital Wire) -- The Pentagon will withdraw 1,000 troops, officials said. The brigade arrived in 2024. The defense bill for fiscal 2026, which the House passed in September, sets a floor. The 2027 budget is due.",
                "2024-11-28", "the first such day after"
            ),
        ] as [(String, String?, String)])
    func theTextPlacesTheDayInTheFirstYearThatFits(_ text: String, _ expected: String?, _ phrase: String) {
        let r = TemporalTagger().analyze(text, publication: nil)
        #expect(r.reference?.value == expected)
        #expect(r.reference?.derivation.contains(phrase) == true, "\(r.reference?.derivation ?? "-")")
        #expect(r.yearless != nil)
    }

    /// A date line's label may follow a sentence on its line (the second held-out corpus).
    @Test func aDateLineAfterASentenceOfItsLine() {
        let r = TemporalTagger().analyze(
            "Key dates\n\nCompiled by the Asia-Pacific desk. Last updated March 3, 2027.\n\nThe pact was signed in 2021.", publication: nil)
        #expect(r.reference?.value == "2027-03-03")
        #expect(r.reference?.derivation.contains("Last updated March 3, 2027") == true, "\(r.reference?.derivation ?? "-")")
    }

    @Test func aTextWithAFullDateFixesItsYear() {
        let r = TemporalTagger().analyze("Talks\nTOKYO, July 11, 2025 (Wire) - The ministers met on Friday.", publication: nil)
        #expect(r.reference?.value == "2025-07-11")
        #expect(r.yearless == nil)
    }

    static let anchor = "---\npublished: 2025-07-09\n---\n# Manila protests\n\nManila summoned the envoy on Wednesday.\n"
    static let oldYear =
        "Coast guard blocks resupply\n\nMANILA, July 8 (Coastline News) - Chinese ships blocked two supply boats on Tuesday.\n\nA tribunal ruled in July 2016 that the claims had no basis.\n"
    static let noYear = "Ministers to meet\n\nTOKYO, July 11 (Straits Wire) - Japan's defence ministry announced the meeting on Friday.\n"
    /// No year at all: the latest of its days ("Talks opened on March 3. They collapsed on
    /// March 7.") is the one the collection places.
    @Test func aTextWithoutAYearIsPlacedByItsLatestDay() throws {
        let talks = "Talks collapse\n\nTalks opened on March 3. They collapsed on March 7.\n"
        let anchor = Self.anchor.replacingOccurrences(of: "2025-07-09", with: "2025-03-10")
        #expect(try published([("anchor.md", anchor), ("talks.txt", talks)], "talks")?.value == "2025-03-07")
    }

    static let byWeekday =
        "# Four navies sail\n\nThe joint patrol began yesterday, Friday, July 18, near Palawan. China took the shoal in 2012.\n"

    func documents(_ texts: [(String, String)]) throws -> [Document] {
        try texts.map { name, text in
            try DocumentLoader().parse(text: text, path: name, id: String(name.split(separator: ".")[0]))
        }
    }

    func published(_ texts: [(String, String)], _ id: String) throws -> PublicationDate? {
        try TimelineBuilder().build(documents(texts)).documents.first { $0.id == id }?.published
    }

    /// (articles beside the undated one, its id, the date it gets, a phrase of its derivation).
    @Test(
        arguments: [
            // Alone, a yearless dateline is the first such day after the text's latest date (July
            // 8, 2016, a Friday: a lead may tell of the Tuesday before)...
            ([], "old", "2016-07-08", "the first such day after"),
            // ... and among articles of July 2025, July 8, 2025.
            ([("anchor.md", anchor)], "old", "2025-07-08", "the nearest of them published on 2025-07-09 (anchor)"),
            // A collection three months or more away leaves it as its text gave it.
            (
                [("anchor.md", anchor.replacingOccurrences(of: "2025-07-09", with: "2025-01-02"))], "old", "2016-07-08",
                "the first such day after"
            ),
            // A collection with articles near July 8 of two years does not choose between them
            // (the lead's Tuesday rules out 2024's, a Monday, but the text's own July 8, 2016, a
            // Friday, agrees with a Tuesday's report three days late).
            (
                [("anchor.md", anchor), ("earlier.md", anchor.replacingOccurrences(of: "2025-07-09", with: "2024-07-09"))], "old", "2016-07-08",
                "the first such day after"
            ),
            // A dateline in a text without a year: none alone, the collection's year among others.
            ([], "none", nil, nil),
            ([("anchor.md", anchor)], "none", "2025-07-11", "the year of the other articles of the collection"),
            // A weekday's year: 2014 by the text (after 2012), 2025 among articles of July 2025;
            // published the day after "yesterday, Friday, July 18".
            ([], "weekday", "2014-07-19", "2014 is the first year in which July 18 is a Friday"),
            ([("anchor.md", anchor)], "weekday", "2025-07-19", "placed in 2025, a Friday then"),
            // Undated articles do not date one another.
            ([("none.txt", noYear)], "weekday", "2014-07-19", "2014 is the first year"),
        ] as [([(String, String)], String, String?, String?)])
    func theCollectionChoosesTheYear(_ others: [(String, String)], _ id: String, _ expected: String?, _ phrase: String?) throws {
        let texts = [("old.txt", Self.oldYear), ("none.txt", Self.noYear), ("weekday.md", Self.byWeekday)].filter { $0.0.hasPrefix(id + ".") }
        let publication = try published(others + texts, id)
        #expect(publication?.value == expected)
        if let phrase { #expect(publication?.derivation.contains(phrase) == true, "\(publication?.derivation ?? "-")") }
    }

    /// A yearless dateline whose lead names a weekday ("began ... on Wednesday"): with no
    /// article of the collection near it, or near it in two years, the year is the only one of
    /// the collection's years (and one either side) in which the dateline's day is that weekday.
    @Test(
        arguments: [
            // Articles near October 14 of 2025 and of 2026: 2026's is the Wednesday (2025's a
            // Tuesday, neither the lead's day nor the day after it).
            (["2025-10-20", "2026-10-20"], "on Wednesday", "2026-10-14", "the nearest of them published on 2026-10-20"),
            // Articles of March 2025 and May 2027, none near October: of 2024 to 2028, October 14
            // is a Wednesday in 2026 and the day after one in 2027: no year. (The lead's day may
            // be the day before the dateline's: "fired a missile on Monday, the JCS said".)
            (["2025-03-01", "2027-05-01"], "on Wednesday", nil, nil),
            // No Sunday, and a Monday, the day after one, in 2024 only.
            (["2025-03-01", "2027-05-01"], "on Sunday", "2024-10-14", "is a Sunday or the day after one"),
            // A Saturday in 2017 and 2023 of 2016 to 2024: no year.
            (["2017-03-01", "2023-05-01"], "on Saturday", nil, nil),
            // A lead about the future tells nothing.
            (["2025-03-01", "2027-05-01"], "will begin drills on Wednesday", nil, nil),
        ] as [([String], String, String?, String?)])
    func aDatelinesYearFromTheLeadsWeekday(_ anchors: [String], _ lead: String, _ expected: String?, _ phrase: String?) throws {
        let verb = lead.hasPrefix("will") ? lead : "began drills \(lead)"
        let wire = "Drills begin\n\nSEOUL, Oct. 14 (Straits Wire) -- South Korea's army \(verb), the army said.\n"
        let others = anchors.enumerated().map { k, day in ("anchor\(k).md", Self.anchor.replacingOccurrences(of: "2025-07-09", with: day)) }
        let publication = try published(others + [("wire.txt", wire)], "wire")
        #expect(publication?.value == expected, "\(publication?.derivation ?? "-")")
        if let phrase { #expect(publication?.derivation.contains(phrase) == true, "\(publication?.derivation ?? "-")") }
    }

    /// A year in which the lead's weekday is neither the dateline's day nor the day before is
    /// no fit; when that rules a year out, a text whose own date agrees with the lead keeps it.
    @Test(
        arguments: [
            // November 19 is a Wednesday in 2025 (the article near it) and a Thursday in 2026.
            (
                "Assembly protests drill\n\nNAHA, Okinawa, Nov. 19 -- The assembly on Thursday adopted a resolution. Ospreys resumed flights in March 2024.\n",
                ["2025-10-02"], "2026-11-19"
            ),
            // October 7 is a Monday in 2024 (the text's own year) and a Sunday in 2029, six days
            // after a Monday (the article near it): 2029 is ruled out, and the text keeps 2024.
            (
                "Strike on Kharkiv\n\nKHARKIV, Ukraine, Oct 7 (Reuters) - A missile strike on Saturday killed three people, the governor said on Monday, after a similar attack in September 2024.\n",
                ["2029-09-30"], "2024-10-07"
            ),
            // With no date of its own, and no year left, the one ruled out stands: November 23,
            // 2026 is a Monday, four days after a Thursday.
            ("Interceptor test\n\nTOKYO, Nov. 23 -- Japan tested an upgraded interceptor on Thursday.\n", ["2026-11-20"], "2026-11-23"),
        ] as [(String, [String], String)])
    func theLeadsWeekdayRulesOutAYear(_ wire: String, _ anchors: [String], _ expected: String) throws {
        let others = anchors.enumerated().map { k, day in ("anchor\(k).md", Self.anchor.replacingOccurrences(of: "2025-07-09", with: day)) }
        let publication = try published(others + [("wire.txt", wire)], "wire")
        #expect(publication?.value == expected, "\(publication?.derivation ?? "-")")
    }

    /// The relative dates of an article dated by its collection are resolved against that date.
    @Test func theArticleIsDatedAgainstTheCollectionsDate() throws {
        let timeline = TimelineBuilder().build(try documents([("anchor.md", Self.anchor), ("old.txt", Self.oldYear)]))
        let blocked = timeline.events.first { $0.evidence.contains { $0.document == "old" && $0.text.contains("blocked two supply boats") } }
        #expect(blocked?.date.value == "2025-07-08")
    }

    /// A weekday's date placed by the collection's year does not claim the text fixed it: "July
    /// 18 falls on a Friday in 2025, the first such year after the text's latest explicit date"
    /// was false (that year is 2014). Found on review.
    @Test func aWeekdaysYearFromTheCollectionSaysSo() throws {
        let alone = TimelineBuilder().build(try documents([("weekday.md", Self.byWeekday)]))
        let among = TimelineBuilder().build(try documents([("anchor.md", Self.anchor), ("weekday.md", Self.byWeekday)]))
        func derivation(_ t: Timeline) -> String? {
            t.documents.first { $0.id == "weekday" }?.expressions.first { $0.text.contains("July 18") }?.derivation
        }
        #expect(
            derivation(alone)?.contains("in 2014, the first such year after the text's latest explicit date") == true, "\(derivation(alone) ?? "-")")
        #expect(derivation(among)?.contains("2025 is the year nearest the publication date 2025-07-19") == true, "\(derivation(among) ?? "-")")
        #expect(derivation(among)?.contains("first such year") == false)
    }

    /// A build that reuses its cache gives what a fresh one does, as articles come and go: the
    /// undated article is dated again when the article that dated it goes.
    @Test func rebuildsFollowTheCollection() throws {
        let dir = Paths.temporaryDirectory()
        try Self.oldYear.write(to: dir.appendingPathComponent("old.txt"), atomically: true, encoding: .utf8)
        var cache = AnalysisCache()
        let pipeline = Pipeline()
        func date() -> String? {
            pipeline.run([dir.path], cache: &cache).timeline.documents.first { $0.id == "old" }?.published?.value
        }
        #expect(date() == "2016-07-08")
        try Self.anchor.write(to: dir.appendingPathComponent("anchor.md"), atomically: true, encoding: .utf8)
        #expect(date() == "2025-07-08")
        #expect(date() == "2025-07-08")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("anchor.md"))
        #expect(date() == "2016-07-08")
    }
}
