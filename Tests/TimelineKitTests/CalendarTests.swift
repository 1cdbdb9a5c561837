import Testing

@testable import TimelineKit

@Suite struct CalendarTests {
    @Test(arguments: [
        ("1970-01-01", 0, 4), ("2000-02-29", 11016, 2), ("2024-12-31", 20088, 2), ("2025-01-30", 20118, 4),
        ("1600-03-01", -135_080, 3), ("1969-12-31", -1, 3),
    ])
    func ordinalAndWeekday(_ iso: String, _ ordinal: Int, _ weekday: Int) throws {
        let d = try #require(CalendarDay(iso: iso))
        #expect(d.ordinal == ordinal)
        #expect(d.weekday == weekday)
        #expect(CalendarDay(ordinal: ordinal) == d)
    }

    @Test func ordinalRoundTripsOverFourCenturies() {
        var d = CalendarDay(year: 1800, month: 1, day: 1)!
        for _ in 0..<(400 * 366) {
            let next = d.adding(days: 1)
            #expect(next.ordinal == d.ordinal + 1)
            d = next
        }
    }

    @Test func invalidDaysAreRejected() {
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDay(iso: "2025-1-30") == nil)
    }

    @Test(arguments: [("2025-01-30", 2025, 5), ("2024-12-30", 2025, 1), ("2021-01-03", 2020, 53), ("2026-12-31", 2026, 53)])
    func isoWeeks(_ iso: String, _ year: Int, _ week: Int) {
        let w = day(iso).isoWeek
        #expect(w.year == year && w.week == week)
    }

    @Test func monthArithmeticClampsTheDay() {
        #expect(day("2024-01-31").adding(months: 1) == day("2024-02-29"))
        #expect(day("2025-01-15").adding(months: -13) == day("2023-12-15"))
    }

    @Test(arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2019, "2019-04-21"), (2000, "2000-04-23")])
    func easter(_ year: Int, _ iso: String) {
        #expect(Holiday.easterSunday(year) == day(iso))
    }

    @Test func movableHolidays() {
        #expect(Holiday.thanksgiving.interval(in: 2024)?.start == day("2024-11-28"))
        #expect(Holiday.memorialDay.interval(in: 2025)?.start == day("2025-05-26"))
        #expect(Holiday.laborDay.interval(in: 2025)?.start == day("2025-09-01"))
        // Golden Week runs to May 6 when a holiday of May 3-5 falls on a Sunday (the substitute
        // holiday: May 4 in 2025, May 3 in 2026, May 5 in 2024), else to May 5.
        #expect(Holiday.goldenWeek.interval(in: 2025) == DayInterval(start: day("2025-04-29"), end: day("2025-05-06")))
        #expect(Holiday.goldenWeek.interval(in: 2026) == DayInterval(start: day("2026-04-29"), end: day("2026-05-06")))
        #expect(Holiday.goldenWeek.interval(in: 2024) == DayInterval(start: day("2024-04-29"), end: day("2024-05-06")))
        #expect(Holiday.goldenWeek.interval(in: 2027) == DayInterval(start: day("2027-04-29"), end: day("2027-05-05")))
    }

    /// Published dates of the Lunar New Year (Spring Festival), including 1985, where the new
    /// moon fell on the day after the solstice's month began, and 2015, whose month 11 began
    /// on the solstice's day.
    @Test(arguments: [
        (1985, "1985-02-20"), (1990, "1990-01-27"), (2000, "2000-02-05"), (2015, "2015-02-19"), (2020, "2020-01-25"),
        (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"), (2030, "2030-02-03"), (2032, "2032-02-11"),
    ])
    func lunarNewYear(_ year: Int, _ iso: String) {
        #expect(Holiday.lunarNewYear.interval(in: year) == DayInterval(day: day(iso)))
    }

    @Test func lunarNewYearOutsideItsTableIsUnknown() {
        #expect(Holiday.lunarNewYearTable.count == 2032 - 1950 + 1)
        #expect(Holiday.lunarNewYear.interval(in: 1949) == nil)
        #expect(Holiday.lunarNewYear.interval(in: 2033) == nil)
        // Every entry is a day between January 21 and February 20.
        for year in 1950...2032 {
            let d = Holiday.lunarNewYear(year)
            #expect(d != nil && (d!.month == 1 && d!.day >= 21 || d!.month == 2 && d!.day <= 20), "\(year)")
        }
    }

    @Test(
        arguments: [
            ("2024", nil, "2024-01-01", "2024-12-31", "2024"),
            ("2024-12", TimexMod.end, "2024-12-21", "2024-12-31", "late December 2024"),
            ("2024-02", TimexMod.mid, "2024-02-11", "2024-02-20", "mid-February 2024"),
            ("2024", TimexMod.start, "2024-01-01", "2024-04-30", "early 2024"),
            ("199", TimexMod.end, "1997-01-01", "1999-12-31", "the late 1990s"),
            ("19", nil, "1900-01-01", "1999-12-31", "the 20th century"),
            ("2024-Q3", nil, "2024-07-01", "2024-09-30", "the third quarter of 2024"),
            ("2024-WI", nil, "2024-12-01", "2025-02-28", "winter 2024–25"),
            ("2025-W05", nil, "2025-01-27", "2025-02-02", "the week of January 27, 2025"),
            ("2024-H2", nil, "2024-07-01", "2024-12-31", "the second half of 2024"),
        ] as [(String, TimexMod?, String, String, String)])
    func semanticsOfValues(_ value: String, _ mod: TimexMod?, _ start: String, _ end: String, _ display: String) throws {
        let interval = try #require(DateSemantics.interval(value: value, mod: mod))
        #expect(interval.start == day(start))
        #expect(interval.end == day(end))
        #expect(DateSemantics.display(value: value, mod: mod) == display)
    }

    @Test func edtfForms() {
        #expect(DateSemantics.edtf(value: "2013", rangeEnd: "2014") == "2013/2014")
        #expect(DateSemantics.edtf(value: "199") == "199X")
        #expect(DateSemantics.edtf(value: "2024-SU") == "2024-22")
        #expect(DateSemantics.edtf(value: "2024-Q3") == "2024-35")
        #expect(DateSemantics.interval(value: "PRESENT_REF") == nil)
        #expect(DateSemantics.interval(value: "2024", mod: .before) == nil)
    }
}

@Suite struct TimeMLPartsTests {
    @Test func rangesWrittenInTwoPartsBecomeTwoTimexes() throws {
        let text = "Records cover from 1991 to 1997 and from Aug. 26 to Oct. 20."
        let found = TemporalTagger().tag(text, reference: day("2000-01-01"))
        #expect(found.count == 2)
        #expect(found[0].rangeEnd == "1997")
        let parts = found.flatMap(\.timemlParts)
        #expect(parts.map(\.text) == ["1991", "1997", "Aug. 26", "Oct. 20"])
        #expect(parts.map(\.value) == ["1991", "1997", "1999-08-26", "1999-10-20"])
        let bytes = Array(text.utf8)
        for p in parts { #expect(String(decoding: bytes[p.start..<p.end], as: UTF8.self) == p.text) }
    }

    @Test func otherExpressionsStayWhole() {
        let found = TemporalTagger().tag("It ended last year.", reference: day("2025-01-30"))
        #expect(found.flatMap(\.timemlParts) == found)
    }
}

@Suite struct ISOFormattingTests {
    @Test func daysAndPaddedNumbers() {
        #expect(CalendarDay(year: 5, month: 1, day: 2)!.iso == "0005-01-02")
        #expect(CalendarDay(year: 2024, month: 12, day: 31)!.iso == "2024-12-31")
        #expect(CalendarDay(year: 12345, month: 6, day: 7)!.iso == "12345-06-07")
        #expect(CalendarDay(year: -44, month: 3, day: 15)!.iso == "-0044-03-15")
        #expect(CalendarDay.pad(7, 2) == "07")
        #expect(CalendarDay.pad(123, 2) == "123")
        #expect(CalendarDay.pad(0, 4) == "0000")
        #expect(CalendarDay.pad(9999, 4) == "9999")
        #expect(CalendarDay.pad(10_000, 4) == "10000")
        #expect(CalendarDay.pad(-3, 2) == "-03")
    }
}

/// A clock time opening a paragraph is a live blog's stamp: on the day of the last date that
/// opened a paragraph, or the publication day; a clock inside a sentence is on the day the
/// text last named. (A live blog's entries had been put on the Thursday an earlier entry named.)
@Suite struct ClockStampTests {
    static func values(_ text: String, _ reference: String) -> [String] {
        TemporalTagger().tag(text, reference: CalendarDay(iso: reference)).map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        (
            "Live\n\n13:20 - The State Department spoke at 6 p.m. on Thursday.\n\n11:40 - Yesterday, the ministry reported 27 aircraft.\n\n10:15 The drills began.\n",
            "2026-05-22",
            [
                "13:20=2026-05-22T13:20", "6 p.m. on Thursday=2026-05-21T18:00", "11:40=2026-05-22T11:40", "Yesterday=2026-05-21",
                "10:15=2026-05-22T10:15",
            ]
        ),
        (
            "Chronology\n\nMarch 3\n\n6:40 a.m. - The ship was struck.\n\nMarch 4\n\n9:00 a.m. - Talks began.\n", "2025-03-10",
            ["March 3=2025-03-03", "6:40 a.m.=2025-03-03T06:40", "March 4=2025-03-04", "9:00 a.m.=2025-03-04T09:00"]
        ),
        (
            "Story\n\nA Chinese vessel rammed the boat on Tuesday. It struck at about 6:40 a.m. local time.\n", "2025-03-06",
            ["Tuesday=2025-03-04", "6:40 a.m.=2025-03-04T06:40"]
        ),
        // Found on review: a schedule under the day its prose names; a paragraph of prose
        // between entries does not move them; a line break alone opens no paragraph.
        (
            "Summit\n\nThe summit opens in Brussels on Thursday, March 12.\n\n10:00 Opening remarks.\n\n11:30 Leaders discuss aid.\n",
            "2026-03-05", ["Thursday, March 12=2026-03-12", "10:00=2026-03-12T10:00", "11:30=2026-03-12T11:30"]
        ),
        (
            "Live\n\n10:15 Russia launched 40 drones.\n\nYesterday, the ministry said three people were killed.\n\n11:40 The president met the minister.\n",
            "2026-03-05", ["10:15=2026-03-05T10:15", "Yesterday=2026-03-04", "11:40=2026-03-05T11:40"]
        ),
        // Second review: a weekday alone in the opening is background, not the entries' day; a
        // short sentence between entries is no heading.
        (
            "Live\n\nRussia launched its largest drone attack on Sunday.\n\n09:10 The air force shot down 40 drones.\n\nLast Saturday was quieter.\n\n10:20 Kyiv reported damage.\n",
            "2026-03-05", ["Sunday=2026-03-01", "09:10=2026-03-05T09:10", "Last Saturday=2026-02-28", "10:20=2026-03-05T10:20"]
        ),
        (
            "Tanker\n\nThe tanker was attacked on Tuesday. It was struck\n6:40 a.m. local time. The crew left on March 3 at\n9 a.m. after a fire.\n",
            "2026-03-05", ["Tuesday=2026-03-03", "6:40 a.m.=2026-03-03T06:40", "March 3 at\n9 a.m.=2026-03-03T09:00"]
        ),
    ])
    func aParagraphsOpeningClockIsAStamp(_ text: String, _ reference: String, _ expected: [String]) {
        #expect(Self.values(text, reference) == expected)
    }
}
