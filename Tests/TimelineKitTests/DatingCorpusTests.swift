import Foundation
import Testing

@testable import TimelineKit

/// Dating on fourteen short security-news articles written for this test (fictional events,
/// Fixtures/dating/articles): Markdown with and without `published:`, plain text with a dateline,
/// a date line or no date at all, and the date expressions of news (weekdays, "last month",
/// "the previous day", "this past weekend", ranges, seasons, quarters, attributive years).
/// Fixtures/dating/gold.txt gives each dated sentence's date as a careful editor would write it
/// (`file | sentence | date | note`; `PUBLISHED` for an inferred publication date, `NONE` for a
/// sentence whose only year dates nothing).
@Suite struct DatingCorpusTests {
    struct Gold {
        var document: String
        var sentence: String
        var date: String
    }

    static func gold(_ corpus: String) throws -> [Gold] {
        try Corpus.lines(corpus, "gold.txt", fields: 4).map { parts in
            precondition(parts.count >= 3, "gold.txt: expected 'file | sentence | date | note': \(parts)")
            return Gold(document: DocumentLoader.slug(forPath: parts[0]), sentence: parts[1], date: parts[2])
        }
    }

    /// The first and last day of a gold date: `2025-01-30`, `2025-01`, `2025`, `199X`, `A/B`.
    static func interval(_ value: String) -> (CalendarDay, CalendarDay)? {
        if let slash = value.firstIndex(of: "/") {
            guard let a = interval(String(value[..<slash])), let b = interval(String(value[value.index(after: slash)...])) else { return nil }
            return (a.0, b.1)
        }
        return DateSemantics.interval(value: value, rangeEnd: nil, mod: nil).map { ($0.start, $0.end) }
    }

    /// A corpus, how many of its `NONE` lines there are, and how many lines the tool misses
    /// (docs/events.md lists them and why).
    static let corpora: [(String, Int, Int)] = [
        // 14 short articles: 118 of 123 lines as the gold file says (its key dates "Analysts expect
        // Vietnam to complete its projects by mid-2026" as a plan; the held-out key counts such
        // forecasts as no event, and so does the tool).
        ("dating", 7, 8),
        // 8 long articles with chronologies, captions, update stamps, quotes, running totals
        // and chains of relative dates: 227 of 239.
        ("long", 91, 12),
        // 12 articles of one story over three weeks (publication dates as front matter,
        // timestamps, yearless datelines, date lines and none): 107 of 115.
        ("story", 39, 8),
        // 8 articles in other styles: an explainer, an opinion column, a live blog, an
        // interview, a wire story with a correction, an undated story, a table of key dates,
        // numbers that are not dates: 134 of 149.
        ("styles", 58, 14),
        // 10 official documents: readouts, a joint statement, a press-conference transcript, a
        // hearing summary, an exercise schedule, an event notice, a sanctions notice, a
        // correction, a weekly digest, a press release: 117 of 120.
        ("official", 40, 2),
        // 12 articles of one story over two months (drone incursions, Article 4 talks, an
        // air-defence mission, expulsions, a summit), from 8 outlets: 108 of 118.
        ("saga", 24, 10),
        // 12 articles a reviewer wrote without reading the code (wire, newspaper, explainer,
        // live blog, readout, joint statement; front matter, datelines, an "Updated" line and
        // none), with the reviewer's own key (one line changed to the project's convention for
        // "documents dated 2013-2014"): 90 of 100. docs/events.md lists the misses.
        ("reviewed", 32, 10),
        // 12 more articles a reviewer wrote without reading the code, held out while the rules
        // they found were written (a Yonhap dateline without a year, a 2+2 announcement with
        // time zones, a British date line and a correction, a live blog with stamps, a Kyodo
        // story on fiscal 2025, two undated stories, a chronology, a Washington wire, an ISO
        // date line, a feature with a caption; 125 gold lines): 105 of 125. docs/events.md
        // lists the misses.
        ("heldout", 26, 19),
        // 12 more by another reviewer who did not read the code (a Yonhap dateline without a
        // year in a collection spread over three years, Golden Week, a story with no date, a
        // chronology, an analysis with vague dates, a live blog, a feature's flashback to
        // Christmas Eve, two acts on two dates, fiscal years, holidays; 147 gold lines): 102
        // right when it came, 129 now. docs/events.md lists the misses.
        ("heldout2", 25, 18),
        // 12 more by a third helper, in styles the others lack (a readout, a think-tank
        // commentary, a Kyodo wire whose year comes late, a weekly digest by weekday, an
        // obituary, a correction notice, look-alike numbers, a closing byline, an interview,
        // an explainer of anaphora, time zones overnight, a list of key dates; 147 gold lines):
        // 117 when it came, 125 at most, 124 now. docs/events.md lists the misses. (One line
        // dates "Four MQ-9B SkyGuardian drones ordered in 2020 were delivered last month" by the
        // order, which the reduced-relative rule gives to the main clause's delivery, as the
        // later corpora's keys do: heldout11 keys "jets ordered by Taipei in 2019 will not
        // arrive before mid-2027" by its main clause.)
        ("heldout3", 21, 23),
        // 10 more by a fourth helper (a year in review, a year ahead, a Reuters lead whose
        // weekday fixes the year, a bulleted chronology, a trial, satellite images, a leader's
        // itinerary, a defense budget with fiscal years, an anniversary, a ratification; 150 gold
        // lines): 99 when it came, 120 now. docs/events.md lists the misses.
        ("heldout4", 14, 30),
        // 10 more by a fifth helper (a newsletter under headings, a feature's flashbacks, a
        // briefing transcript with questions, a fact-check, an exercise table, a wire updated
        // through the day, an opinion piece, an NGO report, time zones and midnight, podcast
        // show notes with timestamps; 151 gold lines): 115 when it came, 124 now.
        ("heldout5", 20, 27),
        // 10 more by a sixth helper (parliamentary question time, a key-dates table, a defence
        // review in fiscal years, a British wire with a yearless dateline, a ship-tracking log,
        // an arbitration ruling, a what-we-know explainer, a contractor's half-year results, an
        // op-ed, a roundup of datelines under a dated headline; 167 gold lines): 98 when it
        // came, 141 now.
        ("heldout6", 30, 26),
        // 10 more by a seventh helper (a week-ahead calendar, a tender notice, a memoir, a
        // this-day-in-history column, a policy brief with citations, a social-media thread, a
        // correction log, a letter to the editor, photo captions, a minister's interview; 167
        // gold lines): 113 when it came, 133 now.
        ("heldout7", 29, 34),
        // 8 more by an eighth helper, written at the end of the session that wrote the rules for
        // heldout6 and heldout7 and kept unseen by them (a wire story, a commander's profile, an
        // analysis of two crises, a press release, a live blog over two days, a treaty Q&A, a
        // local story about a base, a think-tank event; 117 gold lines): 83 right when it came
        // (77 with the session-start binary); 96 after the next session's rules, written from
        // its misses.
        ("heldout8", 18, 21),
        // 9 more by a ninth helper (a court judgment's procedural history, a podcast transcript,
        // an obituary, a navigational-warning bulletin, a press briefing, a satellite-imagery
        // analysis, a wire with a yearless dateline, a ministry statement signed off with place
        // and date, a feature told out of order; 133 gold lines): 103 when it came (103 with the
        // session-start binary too), 118 after the rules written from it.
        ("heldout9", 24, 15),
        // 8 more by a tenth helper, in everyday styles (a wire with a yearless dateline, a news
        // story, a year-in-review analysis, an explainer with key dates, a ministry press
        // release, a live blog, an undated local story, an opinion column; 129 gold lines),
        // written after the session's rules and scored once: 108 right (108 with the
        // session-start binary too); 117 after one fix its misses showed, a press release's
        // date line under "FOR IMMEDIATE RELEASE" read as a line of its own; 120 after three
        // more a later session found reading its misses ("a large-scale combined air
        // exercise" no past verb; "Last year's patrol ... in mid-August"; "August brought an
        // odd twist: on the 11th").
        ("heldout10", 20, 9),
        // 9 more by an eleventh helper, in styles the others lacked (a newsletter digest, a
        // hearing summary with a field list, a think-tank commentary, an interview, a regional
        // story with a yearless dateline, an updated story with a correction, a chronology, a
        // memo with a field list and a bulleted list, an undated story; 152 gold lines): 86
        // right when it came (86 with the session-start binary too), 141 after the rules
        // written from it, 142 with "which began on Oct. 24, runs until Nov. 30" as a span.
        ("heldout11", 29, 10),
        // 9 more by a twelfth helper (a morning briefing, a long-read feature, a press release
        // with notes to editors, a wire with an update line and a yearless dateline, a court's
        // press summary, a ship spotter's log in Zulu time, a speech transcript, an obituary, a
        // week-ahead calendar; 155 gold lines), written after heldout11's rules: 140 right when
        // it came (132 with the session-start binary), 144 after the rules written from it
        // (Zulu times, Australia Day, "the day after, on 26 December"), 145 with "next Thursday
        // and Friday", 147 with "announced in the May 2026 Budget" and "began on April 28 and
        // ended on Tuesday".
        ("heldout12", 25, 8),
        // 9 more by a thirteenth helper (a parliament's question time, a fact-check, a story
        // with a correction notice, a British newsletter, a key-dates sidebar, a think-tank
        // summary with footnotes, a regional story with a yearless dateline, a field diary, a
        // live ticker; 170 gold lines): 98 right when it came (with the session-start binary
        // too), 126 after three rules written from it (a date line under a standfirst that
        // ends without a stop; "as planned" is no past verb; a dateline's date in parentheses
        // before a dash), 127 with a deferral's new date as no anchor ("pushed it back in 2010 to
        // December 2015. Four years later ..."), 129 when a footnote's mark ends its sentence
        // and "often" marks a habit, 131 when each footnote's label opens a sentence, 132 with
        // "Today about 6,000 ... live in and around Sasebo" as nowadays, 134 with Australian and
        // British financial years written with both their years ("2026-27", "FY2026-27").
        ("heldout13", 30, 36),
        // 9 more by a fourteenth helper, written after heldout13's rules and held out for a
        // session: an e-mailed situation report, a blog post with dated edits, an annual
        // report's chapter, an encyclopedia entry, a book review, a council's minutes, a
        // syllabus, a radio bulletin and a press pool report (the last two undated); 161 gold
        // lines: 111 right when it came (with the session-start binary too), 119 with the next
        // session's rules ("Thursday next week", "week 12 of next year", a code's letter before
        // a stop is no initial, "decided last Friday to extend ... until", "reached ... by 30
        // June", "The 2025 edition, held from 8 to 19 September", a habit's hours), 120 with
        // "opened with a ceremony in Manila on Monday, April 20, and runs until May 8".
        ("heldout14", 25, 41),
        // 9 more by a fifteenth helper, written before that session's rules (a wire with two
        // datelines, a defence minister's press conference in questions and answers, a week in
        // review under weekday headings, a translated Japanese wire, an embargoed press release,
        // a history told by decades, a live page with update stamps, an undated local story, an
        // inquiry's transcript); 169 gold lines: 122 right when it came (with the session-start
        // binary too), 135 with its rules ("the 14th to the 24th of this month", "the 31st of
        // last month", "on the 15th to see ...", "October the year before last", a stamp
        // "2026/01/08 17:42 JST" as the date line), 139 with a year closing a document's name
        // ("The 2023 Integrated Review Refresh describes ...") or in an "according to" source
        // as no date, and "On the 8th and 9th" as a pair; 141 with "are coordinating to hold
        // it in Washington in May" ahead and "from the 20th" as a day, 142 with the small hours
        // after a night ("overnight ... at about 02:40") as the next day.
        ("heldout15", 26, 27),
        // 9 more by a sixteenth helper, written after most of that session's rules (an
        // Australian wire, a senator's press release, an admiral's obituary, podcast notes, a
        // coast guard incident report with Zulu times, a think-tank event summary, an
        // exercise fact sheet with a schedule table, an undated explainer with a chronology, a
        // letter to the editor signed with its date); 156 gold lines: 122 right with the
        // session-start binary, 123 with the session's rules when it came, 131 with a noun's
        // "due in 2029" read ahead (the letter's sign-off had been passed over for 2029), 135
        // with a table set out with spaces as one paragraph per row, 136 with "In 1967 and 1968
        // he commanded" as a span.
        ("heldout16", 27, 20),
    ]

    @Test(arguments: corpora)
    func eventsAndPublicationDatesAreDatedAsAnEditorWould(_ corpus: String, _ noneLines: Int, _ missed: Int) throws {
        let timeline = try Corpus.timeline(corpus)
        var misses: [String] = []
        var nones = 0
        for g in try Self.gold(corpus) {
            if g.sentence == "PUBLISHED" {
                let published = timeline.documents.first { $0.id == g.document }?.published?.value
                if published != g.date { misses.append("\(g.document): published \(published ?? "-"), expected \(g.date)") }
                continue
            }
            let dates = timeline.events.filter { event in
                event.evidence.contains { $0.document == g.document && $0.role == .dated && $0.text.contains(g.sentence) }
            }.map(\.date)
            if g.date == "NONE" {
                nones += 1
                if !dates.isEmpty { misses.append("\(g.sentence): dated \(dates.map(\.value)), expected no date") }
                continue
            }
            let expected = Self.interval(g.date)
            let right = dates.contains { d in d.value == g.date || expected.map { $0.0 == d.start && $0.1 == d.end } == true }
            if !right { misses.append("\(g.sentence): dated \(dates.map(\.value)), expected \(g.date)") }
        }
        #expect(nones == noneLines)
        #expect(misses.count == missed, "\(misses.joined(separator: "\n"))")
    }
}
