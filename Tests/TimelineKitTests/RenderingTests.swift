import Foundation
import Testing

@testable import TimelineKit

@Suite struct RenderingTests {
    let templates = try! TemplateSet()

    @Test func seedMarkdownGolden() throws {
        Golden.check(try templates.markdown(seedTimeline), "seed.md")
    }

    @Test func seedHTMLGolden() throws {
        Golden.check(try templates.html(seedTimeline), "seed.html")
    }

    @Test func seedJSONGolden() {
        Golden.check(TimelineJSON.render(seedTimeline), "seed.json")
    }

    /// TimelineJS puts headlines, texts, display dates and groups into its page as HTML: each is
    /// escaped, so markup in an article stays text (found on review: a headline was not).
    @Test func timelineJSEscapesEveryFieldItShowsAsHTML() throws {
        let document = DocumentLoader.parsePlainText(
            "Headline\n\nOn March 3, 2025, Japan signed the <img src=x onerror=alert(1)> pact & more.\n", path: "a.txt", id: "a")
        let timeline = TimelineBuilder(reference: nil).build([document])
        let json = TimelineJSExport.render(timeline, title: "<b>Site</b>")
        #expect(!json.contains("<img") && !json.contains("<b>"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let event = (parsed?["events"] as? [[String: Any]])?.first
        let text = event?["text"] as? [String: String]
        #expect(text?["headline"] == "Japan signed the &lt;img src=x onerror=alert(1)&gt; pact &amp; more")
        #expect(((parsed?["title"] as? [String: Any])?["text"] as? [String: String])?["headline"] == "&lt;b&gt;Site&lt;/b&gt;")
        // The event written straight into the file is the same as its JSON value.
        var direct: [UInt8] = []
        TimelineJSExport.writeEvent(timeline.events[0], indent: 1, to: &direct)
        var value: [UInt8] = []
        TimelineJSExport.event(timeline.events[0]).write(to: &value, pretty: true, indent: 1)
        #expect(direct == value)
    }

    /// Re-parse the Markdown with cmark: the headings are the title, the years and the events,
    /// in timeline order.
    @Test func markdownRoundTripsThroughCmark() throws {
        let markdown = try templates.markdown(seedTimeline)
        let headings = CommonMark.headings(markdown)
        #expect(headings.first?.level == 1)
        #expect(headings.first?.text == "Alliance timeline")
        let eventHeadings = headings.filter { $0.level == 3 }.map(\.text)
        #expect(eventHeadings == seedTimeline.events.map { "\($0.date.display): \($0.title)" })
        let yearHeadings = headings.filter { $0.level == 2 }.map(\.text)
        #expect(yearHeadings == ["2013", "2024", "2025", "Sources"])
        // Every quote survives as a block quote paragraph.
        let html = CommonMark.html(markdown)
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == seedTimeline.events.reduce(0) { $0 + $1.evidence.count })
    }

    @Test func headingLevelShiftsEveryHeading() throws {
        let markdown = try templates.markdown(seedTimeline, options: RenderOptions(headingLevel: 3))
        let levels = Set(CommonMark.headings(markdown).map(\.level))
        #expect(levels == [3, 4, 5])
    }

    @Test func markdownEscapesMarkupInText() {
        let escaped = MarkdownEscaping.escape("# *not* [a](link) <b> AT&amp; 1. x_y")
        let html = CommonMark.html(escaped)
        #expect(html == "<p># *not* [a](link) &lt;b&gt; AT&amp;amp; 1. x_y</p>\n")
        #expect(CommonMark.html(MarkdownEscaping.escape("1. not a list")) == "<p>1. not a list</p>\n")
        #expect(CommonMark.html(MarkdownEscaping.escape("- not a list")) == "<p>- not a list</p>\n")
    }

    @Test func htmlEscapesEverythingItInserts() throws {
        var timeline = seedTimeline
        timeline.events[0].title = "<script>alert(\"x\")</script> & 'quoted'"
        timeline.documents[0].title = "A \"title\" <b>"
        let html = try templates.html(timeline)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"))
        #expect(!html.contains("<b>"))
    }

    @Test func filtersBySinceUntilAndActor() {
        #expect(seedTimeline.filtered(since: day("2024-06-01")).events.map(\.date.value) == ["2024", "2024-12", "2025-01-30"])
        #expect(seedTimeline.filtered(until: day("2023-12-31")).events.map(\.date.value) == ["2013/2014"])
        #expect(seedTimeline.filtered(actor: "hegseth").events.map(\.date.value) == ["2025-01-30"])
        #expect(seedTimeline.filtered(actor: "Financial Times").events.count == 1)
    }

    @Test func jsonIsValidAndHasTheDocumentedShape() throws {
        let data = Data(TimelineJSON.render(seedTimeline).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(Set(documents[0].keys) == ["id", "path", "title", "published"])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(Set(events[0].keys) == ["id", "date", "title", "planned", "actors", "evidence"])
        let date = try #require(events[0]["date"] as? [String: Any])
        #expect(Set(["value", "mod", "start", "end", "precision", "display", "derivation"]).isSubset(of: Set(date.keys)))
        let evidence = try #require((events[0]["evidence"] as? [[String: Any]])?.first)
        #expect(Set(["document", "sentence", "start", "end"]).isSubset(of: Set(evidence.keys)))
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized() == #""a\"b\\c\n\u0001""#)
    }
}

@Suite struct TemplateTests {
    @Test func builtInTemplatesMatchTheTemplatesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.templates.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files) == Set(DefaultTemplates.files.keys), "run Scripts/embed-templates.py")
        for file in files {
            let text = String(decoding: FileManager.default.contents(atPath: Paths.templates.appendingPathComponent(file).path)!, as: UTF8.self)
            #expect(DefaultTemplates.files[file] == text, "\(file) differs from the built-in copy: run Scripts/embed-templates.py")
        }
    }

    @Test func aBrokenTemplateFailsWithFileLineAndColumn() throws {
        let dir = Paths.temporaryDirectory()
        let path = dir.appendingPathComponent("index.html.mustache").path
        try Data("<p>\n  {{#years}}\n  {{/months}}\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: TimelineError.self) { try TemplateSet(overrides: dir.path) }
        #expect(error.stage == .template)
        #expect(error.path == path)
        #expect(error.line == 3)
        #expect(error.column > 1)
        #expect(error.description.hasPrefix("\(path):3:"))
    }

    /// A section never closed is reported where it opens, by name; a partial that includes
    /// itself, directly or through another, is reported at the tag closing the loop (it had
    /// crashed the build with a stack overflow). Found on review.
    @Test(arguments: [
        (["actors.html.mustache": "a\n  b {{#x}} c\n"], "actors.html.mustache", 2, 5, "the section \"x\" opened here is never closed"),
        (["loop.mustache": "{{> loop}}\n", "index.html.mustache": "<html>{{> loop}}</html>\n"], "loop.mustache", 1, 1, "(loop > loop)"),
        (
            ["a.mustache": "x {{> b}}\n", "b.mustache": "y\n{{#events}} {{> a}}{{/events}}\n{{! {{> a}} }}\n"], "b.mustache", 2, 13,
            "(a > b > a)"
        ),
    ])
    func anUnclosedSectionOrALoopOfPartialsIsReportedWhereItIs(
        _ files: [String: String], _ file: String, _ line: Int, _ column: Int, _ message: String
    ) throws {
        let dir = Paths.temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let error = try #require(throws: TimelineError.self) { try TemplateSet(overrides: dir.path) }
        #expect(error.path == dir.appendingPathComponent(file).path)
        #expect(error.line == line && error.column == column, "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    /// A partial used twice, or inside a comment, is no loop.
    @Test func partialsThatDoNotLoopAreAccepted() throws {
        let dir = Paths.temporaryDirectory()
        try Data("{{> b}}{{> b}}{{! {{> a}} }}\n".utf8).write(to: dir.appendingPathComponent("a.mustache"))
        try Data("{{#events}}x{{/events}}\n".utf8).write(to: dir.appendingPathComponent("b.mustache"))
        #expect(throws: Never.self) { try TemplateSet(overrides: dir.path) }
    }

    @Test func overridesReplaceOnlyTheirOwnTemplate() throws {
        let dir = Paths.temporaryDirectory()
        try Data("{{% CONTENT_TYPE: TEXT}}custom {{eventCount}}\n".utf8).write(to: dir.appendingPathComponent("timeline.md.mustache"))
        try Data("body{}".utf8).write(to: dir.appendingPathComponent("style.css"))
        let set = try TemplateSet(overrides: dir.path)
        #expect(try set.markdown(seedTimeline) == "custom 4\n")
        #expect(try set.html(seedTimeline).contains("<!doctype html>") || (try set.html(seedTimeline)).contains("<!DOCTYPE html>"))
        #expect(set.assets["style.css"] == "body{}")
    }

    @Test func aMissingTemplatesDirectoryIsAnError() {
        #expect(throws: TimelineError.self) { try TemplateSet(overrides: "/nonexistent/templates") }
    }
}

@Suite struct SiteWriterTests {
    @Test func writesOnlyWhatChangedAndKeepsForeignFiles() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("site").path
        var report = try SiteWriter.writeSite(["a.html": "A", "b.json": "B"], to: dir, force: false)
        #expect(report.written == ["a.html", "b.json"])
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        let before = try FileManager.default.attributesOfItem(atPath: dir + "/a.html")[.modificationDate] as? Date
        report = try SiteWriter.writeSite(["a.html": "A", "c.md": "C"], to: dir, force: false)
        #expect(report.written == ["c.md"])
        #expect(report.unchanged == ["a.html"])
        #expect(report.removed == ["b.json"])
        let after = try FileManager.default.attributesOfItem(atPath: dir + "/a.html")[.modificationDate] as? Date
        #expect(before == after)
        #expect(FileManager.default.fileExists(atPath: dir + "/notes.txt"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/b.json"))
    }

    @Test func refusesAForeignNonEmptyDirectoryUnlessForced() throws {
        let dir = Paths.temporaryDirectory()
        try Data("x".utf8).write(to: dir.appendingPathComponent("index.html"))
        #expect(throws: TimelineError.self) { try SiteWriter.writeSite(["index.html": "new"], to: dir.path, force: false) }
        #expect(String(decoding: FileManager.default.contents(atPath: dir.appendingPathComponent("index.html").path)!, as: UTF8.self) == "x")
        _ = try SiteWriter.writeSite(["index.html": "new"], to: dir.path, force: true)
        #expect(String(decoding: FileManager.default.contents(atPath: dir.appendingPathComponent("index.html").path)!, as: UTF8.self) == "new")
    }

    /// What a first build stopped mid-way left (its temporary files, and folders holding only
    /// them) does not make the directory foreign: the next build goes on (the site review found
    /// a crashed first build that blocked the next). Any other file still does.
    @Test func aFirstBuildsLeftoversDoNotBlockTheNext() throws {
        let dir = Paths.temporaryDirectory()
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: dir.appendingPathComponent(".feed.xml.tmp-28649"))
        try Data("x".utf8).write(to: articles.appendingPathComponent(".a.html.tmp-28649"))
        _ = try SiteWriter.writeSite(["index.html": "new"], to: dir.path, force: false)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("index.html").path))
        let other = Paths.temporaryDirectory()
        try Data("x".utf8).write(to: other.appendingPathComponent(".feed.xml.tmp-28649"))
        try Data("x".utf8).write(to: other.appendingPathComponent("notes.tmp-1"))
        #expect(throws: TimelineError.self) { try SiteWriter.writeSite(["index.html": "new"], to: other.path, force: false) }
    }

    @Test func refusesPathsOutsideTheDirectory() {
        let dir = Paths.temporaryDirectory()
        #expect(throws: TimelineError.self) { try SiteWriter.writeSite(["../escape.txt": "x"], to: dir.path, force: false) }
    }

    /// Every file in `dir` and below, by relative path (hidden ones too).
    func contents(_ dir: String) -> [String: String] {
        var out: [String: String] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: dir)?.allObjects ?? [] {
            var isDirectory: ObjCBool = false
            let path = dir + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[relative] = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
            }
        }
        return out
    }

    @Test func stagedFilesReplaceTheSiteOnlyWhenCommitted() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("site").path
        _ = try SiteWriter.writeSite(["a.html": "A", "sub/b.html": "B"], to: dir, force: false)
        let before = contents(dir)
        let staging = try SiteWriter.Staging(directory: dir, force: false)
        staging.stage("a.html", Array("A2".utf8))
        staging.stage("sub/b.html", Array("B".utf8))
        staging.stage("sub/c.html", Array("C".utf8))
        staging.stage("a.html", Array("A3".utf8))  // staged again: the last bytes win
        // Until the commit, the site is as it was (the new bytes wait in hidden temporary files).
        let staged = contents(dir)
        for (path, text) in before { #expect(staged[path] == text) }
        #expect(staged["sub/c.html"] == nil)
        let report = try staging.commit(["d.json": Array("D".utf8)])
        #expect(report.written == ["a.html", "d.json", "sub/c.html"])
        #expect(report.unchanged == ["sub/b.html"])
        // The replaced "A" is removed on the writer thread; finish waits for it.
        staging.finish()
        let after = contents(dir)
        #expect(after["a.html"] == "A3")
        #expect(after["sub/c.html"] == "C")
        #expect(after["d.json"] == "D")
        #expect(after.keys.filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func replacingAFileExchangesItWithTheOldOneWhereThereIsOne() throws {
        let dir = Paths.temporaryDirectory().path
        func write(_ name: String, _ text: String) { _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(text.utf8)) }
        func read(_ name: String) -> String? { FileManager.default.contents(atPath: dir + "/" + name).map { String(decoding: $0, as: UTF8.self) } }
        // No file yet: renamed into place.
        write(".new.tmp", "one")
        #expect(SiteWriter.replace(dir + "/page.html", with: dir + "/.new.tmp") == .renamed)
        #expect(read("page.html") == "one")
        #expect(read(".new.tmp") == nil)
        // A file there: exchanged (where the file system can), so the old bytes wait at the
        // temporary path.
        let exchanges = Self.exchangeWorks(in: dir)
        write(".new.tmp", "two")
        let second = SiteWriter.replace(dir + "/page.html", with: dir + "/.new.tmp")
        #expect(read("page.html") == "two")
        if exchanges {
            #expect(second == .exchanged)
            #expect(read(".new.tmp") == "one")
            #expect(SiteWriter.exchangeBack(dir + "/page.html", with: dir + "/.new.tmp"))
            #expect(read("page.html") == "one")
            #expect(read(".new.tmp") == "two")
        } else {
            #expect(second == .renamed)
        }
        // A directory is never exchanged away: the replacement fails and names the reason.
        try FileManager.default.createDirectory(atPath: dir + "/folder/inner", withIntermediateDirectories: true)
        write(".new2.tmp", "three")
        guard case .failed(let reason) = SiteWriter.replace(dir + "/folder", with: dir + "/.new2.tmp") else {
            Issue.record("a file replaced a directory")
            return
        }
        #expect(!reason.isEmpty)
        #expect(FileManager.default.fileExists(atPath: dir + "/folder/inner"))
    }

    /// Whether the file system of `dir` lets two files be exchanged (Linux `renameat2`).
    static func exchangeWorks(in dir: String) -> Bool {
        _ = FileManager.default.createFile(atPath: dir + "/.probe-a", contents: Data("a".utf8))
        _ = FileManager.default.createFile(atPath: dir + "/.probe-b", contents: Data("b".utf8))
        defer {
            unlink(dir + "/.probe-a")
            unlink(dir + "/.probe-b")
        }
        return SiteWriter.replace(dir + "/.probe-a", with: dir + "/.probe-b") == .exchanged
    }

    @Test func aCommitThatFailsHalfwayPutsBackWhatItCan() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("site").path
        _ = try SiteWriter.writeSite(["a.html": "A", "b.html": "B", "c.html": "C"], to: dir, force: false)
        // "z" cannot be replaced by a file: it became a directory that is not empty.
        try FileManager.default.createDirectory(atPath: dir + "/z/inner", withIntermediateDirectories: true)
        let before = contents(dir)
        let exchanges = Self.exchangeWorks(in: dir)
        let staging = try SiteWriter.Staging(directory: dir, force: false)
        staging.stage("a.html", Array("A2".utf8), exchange: true)
        staging.stage("b.html", Array("B2".utf8), exchange: true)
        staging.stage("c.html", Array("C2".utf8))  // renamed over its previous version
        staging.stage("n.html", Array("N".utf8))  // new
        staging.stage("z", Array("Z".utf8))
        var message = ""
        do {
            _ = try staging.commit([:])
            Issue.record("the commit did not fail")
        } catch {
            message = error.description
        }
        staging.finish()
        let after = contents(dir)
        // Put in place before "z" failed: the new file is gone again, and the one renamed over
        // its previous version stays new and is named in the error.
        #expect(after["n.html"] == nil)
        #expect(after["c.html"] == "C2")
        #expect(message.contains("c.html"))
        #expect(!message.contains("a.html"))
        if exchanges {
            // The exchanged ones are back as they were.
            #expect(after["a.html"] == before["a.html"])
            #expect(after["b.html"] == before["b.html"])
        }
        #expect(after.keys.filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func discardedOrFailedStagingLeavesTheSiteAsItWas() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("site").path
        _ = try SiteWriter.writeSite(["a.html": "A"], to: dir, force: false)
        let before = contents(dir)
        let staging = try SiteWriter.Staging(directory: dir, force: false)
        staging.stage("a.html", Array("changed".utf8))
        staging.stage("new.html", Array("new".utf8))
        staging.discard()
        #expect(contents(dir) == before)
        // A file that cannot be written fails the commit before anything is replaced.
        let failing = try SiteWriter.Staging(directory: dir, force: false)
        failing.stage("a.html", Array("changed".utf8))
        failing.stage("../outside.html", Array("x".utf8))
        #expect(throws: TimelineError.self) { try failing.commit([:]) }
        #expect(contents(dir) == before)
        // A build into a new directory that fails leaves no directory behind (the next build
        // would otherwise find a non-empty directory without a manifest and refuse it).
        let fresh = Paths.temporaryDirectory().appendingPathComponent("new/site").path
        let first = try SiteWriter.Staging(directory: fresh, force: false)
        first.stage("articles/a.html", Array("a".utf8))
        first.stage("index.html", Array("i".utf8))
        first.discard()
        #expect(!FileManager.default.fileExists(atPath: fresh))
        #expect(FileManager.default.fileExists(atPath: (fresh as NSString).deletingLastPathComponent) == false)
        // Temporary files an interrupted build left beside the site's files are removed by the
        // next build; a look-alike beside a file the tool did not write stays.
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/.a.html.tmp-99999"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/.notes.txt.tmp-99999"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/.tmp-123"))  // no name before ".tmp-" (found on review: it trapped)
        _ = try SiteWriter.Staging(directory: dir, force: false)
        #expect(!FileManager.default.fileExists(atPath: dir + "/.a.html.tmp-99999"))
        #expect(FileManager.default.fileExists(atPath: dir + "/.notes.txt.tmp-99999"))
        #expect(FileManager.default.fileExists(atPath: dir + "/.tmp-123"))
        // A foreign non-empty directory is refused before anything is staged.
        let foreign = Paths.temporaryDirectory().path
        try Data("x".utf8).write(to: URL(fileURLWithPath: foreign + "/mine.txt"))
        #expect(throws: TimelineError.self) { try SiteWriter.Staging(directory: foreign, force: false) }
    }

    /// `stageNow` (the whole-timeline files, written by the thread that rendered them) keeps
    /// the promises of `stage`: the temporary file holds the bytes when it returns, staging a
    /// path again replaces the earlier temporary file, the commit puts the file in place and
    /// reports unchanged bytes as unchanged, a discard leaves the site and the directories as
    /// they were, and a path outside the directory fails the commit and leaves the site alone.
    @Test func stagingOnTheCallingThreadKeepsTheSamePromises() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("site").path
        _ = try SiteWriter.writeSite(["index.html": "old", "same.json": "same"], to: dir, force: false)
        let before = contents(dir)
        func temporaries() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }.sorted()
        }
        let discarded = try SiteWriter.Staging(directory: dir, force: false)
        discarded.stageNow("index.html", Array("new".utf8), exchange: true)
        discarded.stageNow("deep/new.html", Array("n".utf8))
        // Written before stageNow returned (stage would still be queued on the writer thread).
        #expect(try temporaries() == [".index.html.tmp-\(getpid())"])
        #expect(try String(contentsOfFile: dir + "/.index.html.tmp-\(getpid())", encoding: .utf8) == "new")
        discarded.discard()
        #expect(contents(dir) == before)
        #expect(!FileManager.default.fileExists(atPath: dir + "/deep"))

        let staging = try SiteWriter.Staging(directory: dir, force: false)
        staging.stage("index.html", Array("first".utf8))
        staging.stageNow("index.html", Array("new".utf8), exchange: true)
        staging.stageNow("same.json", Array("same".utf8), exchange: true)
        let report = try staging.commit([:], keeping: [])
        staging.finish()
        #expect(report.written == ["index.html"])
        #expect(report.unchanged == ["same.json"])
        #expect(try String(contentsOfFile: dir + "/index.html", encoding: .utf8) == "new")
        // The old file was put aside as the spare (listed in the manifest); no temporary is left.
        #expect(try temporaries().isEmpty)
        let spare = dir + "/.alliance-timeline-spare.index.html"
        #expect(try String(contentsOfFile: spare, encoding: .utf8) == "old")
        #expect(contents(dir)[SiteWriter.manifestName]?.contains(".alliance-timeline-spare.index.html") == true)
        // The next version is written over the spare (the same file, cut to its length), and
        // the version it replaces becomes the spare.
        func inode(_ path: String) -> UInt64? { (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64) ?? nil }
        let spareInode = inode(spare)
        let overwriting = try SiteWriter.Staging(directory: dir, force: false)
        overwriting.stageNow("index.html", Array("no".utf8), exchange: true)
        _ = try overwriting.commit([:], keeping: ["same.json"])
        overwriting.finish()
        #expect(try String(contentsOfFile: dir + "/index.html", encoding: .utf8) == "no")
        #expect(inode(dir + "/index.html") == spareInode)
        #expect(try String(contentsOfFile: spare, encoding: .utf8) == "new")
        #expect(try temporaries().isEmpty)
        // A spare with another name (a hard link, as `cp -al` makes) is never written over.
        let backup = (dir as NSString).deletingLastPathComponent + "/backup-of-spare"
        #expect(link(spare, backup) == 0)
        let linked = try SiteWriter.Staging(directory: dir, force: false)
        linked.stageNow("index.html", Array("yes".utf8), exchange: true)
        _ = try linked.commit([:], keeping: ["same.json"])
        linked.finish()
        #expect(try String(contentsOfFile: dir + "/index.html", encoding: .utf8) == "yes")
        #expect(try String(contentsOfFile: backup, encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: spare, encoding: .utf8) == "no")
        #expect(try temporaries().isEmpty)
        // A file at a spare's name that the manifest does not list is the user's: never written over.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/.alliance-timeline-spare.same.json"))
        let foreign = try SiteWriter.Staging(directory: dir, force: false)
        foreign.stageNow("same.json", Array("changed".utf8), exchange: true)
        _ = try foreign.commit([:], keeping: ["index.html"])
        foreign.finish()
        #expect(try String(contentsOfFile: dir + "/.alliance-timeline-spare.same.json", encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: dir + "/same.json", encoding: .utf8) == "changed")
        #expect(try temporaries().isEmpty)

        // A failed commit leaves the site as it was (the spare it wrote over is dropped: the next
        // build writes a new file).
        func site() -> [String: String] { contents(dir).filter { !$0.key.hasPrefix(".alliance-timeline-spare.") } }
        let committed = site()
        let failing = try SiteWriter.Staging(directory: dir, force: false)
        failing.stageNow("index.html", Array("newer".utf8), exchange: true)
        failing.stageNow("../outside.html", Array("x".utf8), exchange: true)
        #expect(throws: TimelineError.self) { try failing.commit([:]) }
        failing.finish()
        #expect(site() == committed)
        #expect(try temporaries().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: (dir as NSString).deletingLastPathComponent + "/outside.html"))
    }
}
