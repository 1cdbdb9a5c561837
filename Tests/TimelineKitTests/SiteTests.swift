import Foundation
import Testing

@testable import TimelineKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SiteTests {
    let site = SiteBuilder(templates: try! TemplateSet(), baseURL: "https://example.org/timeline")

    var files: [String: String] { try! site.build(seedTimeline) }

    @Test func everyPageAndDataFileIsThere() {
        let names = Set(files.keys)
        for required in [
            "index.html", "style.css", "timeline.json", "timeline.md", "timelinejs.json", "timeline.ics", "feed.xml", "sitemap.xml",
            "actors/index.html", "articles/hegseth-nakatani-call-and-russian-strike-plans.html", "actors/pete-hegseth.html",
            "actors/japan.html",
        ] {
            #expect(names.contains(required), "\(required)")
        }
    }

    @Test func articlePageGolden() throws {
        Golden.check(try #require(files["articles/hegseth-nakatani-call-and-russian-strike-plans.html"]), "seed-article.html")
    }

    @Test func actorPageGolden() throws {
        Golden.check(try #require(files["actors/gen-nakatani.html"]), "seed-actor.html")
    }

    @Test func articlePageMarksDatesAndLinksThemToEvents() throws {
        let page = try #require(files["articles/hegseth-nakatani-call-and-russian-strike-plans.html"])
        let call = try #require(seedTimeline.events.last)
        #expect(page.contains("<a href=\"../index.html#\(call.id)\"><time datetime=\"2025-01-30\">Thursday, January 30</time></a>"))
        #expect(page.components(separatedBy: "<mark class=\"timex\"").count - 1 == seedTimeline.documents[0].expressions.count)
    }

    @Test func eachClauseDateLinksToItsOwnEvent() throws {
        let document = DocumentLoader.parsePlainText(
            "Talks\n\nJapan protested on March 3, but China rejected the protest on March 5.\n", path: "talks.txt", id: "talks")
        let timeline = TimelineBuilder(reference: CalendarDay(year: 2025, month: 3, day: 10)).build([document])
        #expect(timeline.events.count == 2)
        let page = try #require(try site.build(timeline)["articles/talks.html"])
        for (event, day) in zip(timeline.events, ["March 3", "March 5"]) {
            #expect(page.contains("<a href=\"../index.html#\(event.id)\"><time datetime=\"\(event.date.value)\">\(day)</time></a>"), "\(day)")
        }
    }

    @Test func linksAreRelative() {
        for (name, page) in files where name.hasSuffix(".html") {
            #expect(!page.contains("href=\"/"), "\(name) has a root-absolute link")
            #expect(!page.contains("file://"), "\(name)")
        }
    }

    @Test func everyRelativeLinkResolves() {
        let all = files
        for (name, page) in all where name.hasSuffix(".html") {
            let directory = (name as NSString).deletingLastPathComponent
            for href in page.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                if href.hasPrefix("#") || href.hasPrefix("http") { continue }
                let target = String(href.prefix { $0 != "#" })
                var parts: [Substring] = directory.isEmpty ? [] : directory.split(separator: "/")
                for part in target.split(separator: "/") {
                    if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
                }
                let resolved = parts.joined(separator: "/")
                #expect(all[resolved] != nil, "\(name) links to \(href), which the site does not have")
            }
        }
    }

    @Test func feedAndSitemapAreWellFormedXML() throws {
        for name in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: Data(try #require(files[name]).utf8))
            #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
        }
        let feed = try #require(files["feed.xml"])
        #expect(feed.contains("<updated>2025-01-30T00:00:00Z</updated>"))
        #expect(feed.contains("https://example.org/timeline/articles/hegseth-nakatani-call-and-russian-strike-plans.html"))
        #expect(try #require(files["sitemap.xml"]).contains("<loc>https://example.org/timeline/index.html</loc>"))
    }

    @Test func noSitemapWithoutABaseURL() throws {
        let plain = try SiteBuilder(templates: TemplateSet()).build(seedTimeline)
        #expect(plain["sitemap.xml"] == nil)
        #expect(plain["feed.xml"]!.contains("<id>urn:alliance-timeline:feed</id>"))
    }

    @Test func iCalendarIsValidRFC5545() throws {
        let ics = try #require(files["timeline.ics"])
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.dropLast().last == "END:VCALENDAR")
        #expect(lines.last == "")
        for line in lines { #expect(line.utf8.count <= 75, "unfolded line: \(line)") }
        #expect(!ics.replacingAll("\r\n", with: "").contains("\n"), "bare LF")
        // Unfold and check each event: all-day, DTEND exclusive, a DTSTAMP from the sources.
        let unfolded = ics.replacingAll("\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == seedTimeline.events.count)
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20241221"))
        #expect(unfolded.contains("DTEND;VALUE=DATE:20250101"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20130101"))
        #expect(unfolded.contains("DTEND;VALUE=DATE:20150101"))
        #expect(unfolded.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20250130T000000Z" })
        #expect(unfolded.contains { $0.hasPrefix("SUMMARY:late December 2024: The Financial Times published") })
    }

    @Test func timelineJSHasTheViewerFields() throws {
        let data = Data(try #require(files["timelinejs.json"]).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == seedTimeline.events.count)
        for e in events {
            let start = try #require(e["start_date"] as? [String: Any])
            #expect(start["year"] != nil)
            #expect((e["text"] as? [String: Any])?["headline"] != nil)
        }
        // A year stays a year; a day carries its day.
        #expect(Set((events[1]["start_date"] as! [String: Any]).keys) == ["year"])
        #expect((events[3]["start_date"] as! [String: String]) == ["year": "2025", "month": "1", "day": "30"])
    }

    @Test func jsonLDIsSafeInsideScript() throws {
        var timeline = seedTimeline
        timeline.events[0].title = "</script><script>alert(1)</script>"
        let index = try #require(try site.build(timeline)["index.html"])
        #expect(!index.contains("</script><script>"))
        #expect(index.contains("\\u003c/script>"))
        // The list written item by item is the list as one JSON value.
        let items: [JSONValue] = timeline.events.map { e in SiteBuilder.eventLD(e, url: "https://example.org/timeline/index.html#" + e.id) }
        let list = JSONValue.object([
            ("@context", .string("https://schema.org")), ("@type", .string("ItemList")), ("name", .string("Alliance timeline")),
            ("itemListOrder", .string("https://schema.org/ItemListOrderAscending")), ("itemListElement", .array(items)),
        ])
        let builder = SiteBuilder(templates: try TemplateSet(), baseURL: "https://example.org/timeline/")
        #expect(builder.jsonLD(timeline) == SiteBuilder.scriptSafe(list.serialized(pretty: false)))
        // The page's JSON-LD, made item by item in place of a marker, is that list too.
        let page = try #require(try builder.build(timeline)["index.html"])
        let script = try #require(page.range(of: #"<script type="application/ld+json">"#))
        let end = try #require(page.range(of: "</script>", range: script.upperBound..<page.endIndex))
        #expect(String(page[script.upperBound..<end.lowerBound]) == builder.jsonLD(timeline))
    }
}

@Suite struct TimelinePageLimitTests {
    @Test func aWidelyReportedEventQuotesThreeReportsAndListsTenSources() throws {
        var timeline = seedTimeline
        var event = timeline.events[0]
        event.evidence = (0..<12).flatMap { k in
            [
                Evidence(document: "report-\(k)", sentence: 2, start: 0, end: 5, text: "Quote \(k).", role: .dated),
                Evidence(document: "report-\(k)", sentence: 3, start: 6, end: 9, text: "More \(k).", role: .continuation),
            ]
        }
        timeline.events = [event]
        let index = try #require(try SiteBuilder(templates: TemplateSet()).build(timeline)["index.html"])
        #expect(index.contains("Quote 2.") && index.contains("More 2."))
        #expect(!index.contains("Quote 3."))
        #expect(index.contains("Quotes from 9 more reports of this event"))
        #expect(index.contains("report-9.html") && !index.contains("report-10.html"))
        #expect(index.contains("and 2 more"))
        // The data files keep every report.
        let json = TimelineJSON.render(timeline)
        #expect(json.contains("Quote 11."))
        // The standalone page (render --format html) is not limited.
        #expect(try TemplateSet().html(timeline).contains("Quote 11."))
    }
}
