import Foundation

/// Builds every file of the static site from a timeline, in memory, so a failure (a template
/// that does not render) happens before anything is written.
///
/// Layout (all links relative, so the site works from `file://` and any sub-path):
///
///     index.html                the whole timeline, by year
///     articles/<id>.html        one page per article: its events and its text, dates highlighted
///     actors/index.html         every actor
///     actors/<slug>.html        one page per actor and its events
///     style.css                 the stylesheet (and any other asset of the templates)
///     timeline.json, timeline.md, timelinejs.json, timeline.ics, feed.xml
///     sitemap.xml               only with a base URL
public struct SiteBuilder: Sendable {
    public var templates: TemplateSet
    public var options: RenderOptions
    /// "https://example.org/timeline/": absolute links in the feed and a sitemap.
    public var baseURL: String?

    public init(templates: TemplateSet, options: RenderOptions = RenderOptions(), baseURL: String? = nil) {
        self.templates = templates
        self.options = options
        if let baseURL, !baseURL.isEmpty {
            self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        } else {
            self.baseURL = nil
        }
    }

    /// Relative path of an article page.
    public static func articlePath(_ id: String) -> String { "articles/\(id).html" }

    /// Relative path of an actor page.
    public static func actorPath(_ actor: Actor) -> String { "actors/\(actorSlug(actor)).html" }

    static func actorSlug(_ actor: Actor) -> String { DocumentLoader.slug(actor.name) }

    public func build(_ timeline: Timeline) throws(TimelineError) -> [String: String] {
        try build(timeline, reuse: PageReuse()).files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// What a previous build left that this one may keep: the fingerprints of the pages it
    /// rendered, and which of them are still on disk.
    public struct PageReuse: Sendable {
        public var fingerprints: [String: String]
        public var exists: @Sendable (String) -> Bool
        /// Where each event is in the previous build's whole-timeline files, and a way to read them.
        public var fragments: [String: FragmentIndex]
        public var read: @Sendable (String) -> PreviousFile?

        public init(
            fingerprints: [String: String] = [:], exists: @escaping @Sendable (String) -> Bool = { _ in false },
            fragments: [String: FragmentIndex] = [:], read: @escaping @Sendable (String) -> PreviousFile? = { _ in nil }
        ) {
            self.fingerprints = fingerprints
            self.exists = exists
            self.fragments = fragments
            self.read = read
        }
    }

    /// The site's files; `kept` are pages whose inputs did not change since the previous
    /// build, left as they are on disk (not rendered again); `fingerprints` for the next build.
    public struct Output: Sendable {
        public var files: [String: [UInt8]]
        public var kept: [String]
        public var fingerprints: [String: String]
        /// How long each part took (for `build --timings`).
        public var timings = Stopwatch()
        /// Where each event is in the whole-timeline files written now (for the next build).
        public var fragments: [String: FragmentIndex] = [:]
        /// How many events of each whole-timeline file were copied from the previous build.
        public var reusedEvents: [String: Int] = [:]
        /// Files handed to the staging writer as they were made (not in `files`).
        public var staged: [String] = []
    }

    /// Builds the site, rendering only the article and actor pages whose inputs changed.
    ///
    /// With `staging`, the large whole-timeline files and the pages are handed to it as soon
    /// as each is made (written to temporary files while the rest is made) and listed in
    /// ``Output/staged`` instead of ``Output/files``.
    public func build(_ timeline: Timeline, reuse: PageReuse, staging: SiteWriter.Staging? = nil) throws(TimelineError) -> Output {
        var files: [String: [UInt8]] = [:]
        var staged: [String] = []
        var kept: [String] = []
        var fingerprints: [String: String] = [:]
        var timings = Stopwatch()
        // Each event's key (a fingerprint of everything its bytes are made from, its sources'
        // facts included), computed once: for the files that copy unchanged events from the
        // previous build, and for the fingerprints of the files and pages that list events.
        let eventKeys = SiteBuilder.eventKeys(timeline)
        timings.lap("event keys")
        // The files made from the whole timeline: kept as they are when nothing they are made
        // from changed, else rendered in parallel (they are independent).
        var whole = ContextFingerprint()
        whole.add(templates.fingerprint)
        whole.add(AllianceTimeline.version)
        whole.add(options.title)
        whole.add(baseURL ?? "-")
        whole.add("\(options.headingLevel) \(options.stylesheet)")
        SiteBuilder.timelineInputs(timeline, keys: eventKeys, into: &whole)
        let wholeFingerprint = whole.value
        let site = self
        let box = FragmentBox()
        // Each article's events (by index), gathered in one pass.
        var eventsByDocument: [String: [Int]] = [:]
        eventsByDocument.reserveCapacity(timeline.documents.count)
        for k in timeline.events.indices {
            for document in timeline.events[k].sources { eventsByDocument[document, default: []].append(k) }
        }
        let eventIndices = eventsByDocument
        // Written to disk by the staging writer, the copied entries stay holes of the files made:
        // the writer copies them from the previous files kernel-side.
        let holes = staging != nil
        // Where this build's events are among each previous file's entries, found once for the
        // files that hold the same ones.
        let places = FragmentPlaces(keys: eventKeys)
        let splicer = { @Sendable (path: String, config: String) -> FragmentSplicer in
            FragmentSplicer(
                config: config, previous: reuse.fragments[path], file: reuse.fragments[path] == nil ? nil : reuse.read(path), keys: eventKeys,
                places: places.places(in:), holes: holes)
        }
        let version = AllianceTimeline.version
        let outputs: [(String, @Sendable () throws(TimelineError) -> SplicedBytes)] = [
            (
                "index.html",
                { () throws(TimelineError) in
                    try site.indexPageBytes(timeline, keys: eventKeys, reuse: reuse, into: box, places: places, holes: holes)
                }
            ),
            (
                "timeline.md",
                { () throws(TimelineError) in
                    try site.markdownTimelineBytes(timeline, keys: eventKeys, reuse: reuse, into: box, places: places, holes: holes)
                }
            ),
            (
                "timeline.json",
                {
                    let s = splicer("timeline.json", "json|\(version)")
                    let out = s.spliced(TimelineJSON.renderBytes(timeline, keys: eventKeys, splicer: s))
                    box.store("timeline.json", s.index(of: out), reused: s.reused)
                    return out
                }
            ),
            (
                "timelinejs.json",
                {
                    let s = splicer("timelinejs.json", "timelinejs|\(version)|\(site.options.title)")
                    let out = s.spliced(TimelineJSExport.renderBytes(timeline, title: site.options.title, keys: eventKeys, splicer: s))
                    box.store("timelinejs.json", s.index(of: out), reused: s.reused)
                    return out
                }
            ),
            (
                "timeline.ics",
                {
                    let s = splicer("timeline.ics", "ics|\(version)|\(site.options.title)")
                    let out = s.spliced(ICalendarExport.renderBytes(timeline, title: site.options.title, keys: eventKeys, splicer: s))
                    box.store("timeline.ics", s.index(of: out), reused: s.reused)
                    return out
                }
            ),
            (
                "feed.xml",
                {
                    // Entry by entry, an article's entry copied when it and its events are as they were.
                    let keys = SiteBuilder.feedEntryKeys(timeline, eventKeys: eventKeys, eventsOf: eventIndices)
                    let config = "feed|\(version)|\(site.options.title)|\(site.baseURL ?? "-")"
                    let s = FragmentSplicer(
                        config: config, previous: reuse.fragments["feed.xml"],
                        file: reuse.fragments["feed.xml"] == nil ? nil : reuse.read("feed.xml"), keys: keys,
                        places: FragmentPlaces(keys: keys).places(in:), holes: holes)
                    let out = s.spliced(
                        AtomFeed.renderBytes(
                            timeline, title: site.options.title, baseURL: site.baseURL, eventsOf: eventIndices, keys: keys, splicer: s))
                    box.store("feed.xml", s.index(of: out), reused: s.reused)
                    return out
                }
            ),
        ]
        for (path, _) in outputs { fingerprints[path] = wholeFingerprint }
        var fragments: [String: FragmentIndex] = [:]
        var reusedEvents: [String: Int] = [:]
        if outputs.allSatisfy({ reuse.fingerprints[$0.0] == wholeFingerprint && reuse.exists($0.0) }) {
            kept += outputs.map(\.0)
            fragments = reuse.fragments
        } else {
            let rendered = ResultSlots<(Result<[UInt8], TimelineError>, Duration)>(count: outputs.count)
            DispatchQueue.concurrentPerform(iterations: outputs.count) { k in
                let clock = ContinuousClock()
                let start = clock.now
                do throws(TimelineError) {
                    let text = try outputs[k].1()
                    let took = clock.now - start
                    if let staging {
                        // Written here, while the other core renders or writes another file:
                        // queued on the writer thread, the 500 MB of a large site were written
                        // one after another while the pages were made, and the build waited
                        // for the last of them. Each path is staged by one thread only.
                        // Exchanged, not renamed over the previous ones (see
                        // SiteWriter.replace): a damaged one is told by its stamp (the one its
                        // fragment index and the build record took) and written again.
                        let stamp = staging.stageNow(outputs[k].0, text.coalesced(), exchange: true)
                        box.written(outputs[k].0, stamp)
                        if outputs[k].0 == "index.html" { box.written(SiteBuilder.jsonLDFragments, stamp) }
                        rendered[k] = (.success([]), took)
                    } else {
                        rendered[k] = (.success(text.flattened()), took)
                    }
                } catch {
                    rendered[k] = (.failure(error), clock.now - start)
                }
            }
            for (k, output) in outputs.enumerated() {
                let bytes = try rendered[k]!.0.get()
                if staging != nil {
                    staged.append(output.0)
                } else {
                    files[output.0] = bytes
                }
                timings.record("  " + output.0 + " (parallel)", rendered[k]!.1)
            }
            fragments = box.indexes
            for path in fragments.keys { reusedEvents[path] = box.reused(path) }
        }
        timings.lap("timeline files")
        for (name, text) in templates.assets { files[name] = Array(text.utf8) }

        let documents = Dictionary(timeline.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let allEvents = timeline.events
        // Events are passed by index: copying one is a dozen reference counts.
        let eventsOf = { @Sendable (id: String) -> [Int] in eventIndices[id] ?? [] }
        // Each event's summary, made once however many article and actor pages list it (the
        // same on all of them: every such page is one level down), and only when a page that
        // lists it is rendered (a rebuild makes a few dozen of the 74,000).
        let summaries = SummaryCache(count: allEvents.count) { k in
            site.eventSummary(allEvents[k], documents, root: "../")
        }
        var jobs: [PageJob] = timeline.documents.map { document in
            PageJob(
                path: SiteBuilder.articlePath(document.id), template: "article.html",
                context: { site in site.articleContext(document, eventsOf(document.id), in: allEvents, documents, summaries: summaries) },
                inputs: { fp in
                    // (The events' keys cover which of their sentences are this article's, their
                    // offsets and roles: what links the page's dates to its events.)
                    SiteBuilder.articleInputs(document, eventsOf(document.id), keys: eventKeys, into: &fp)
                })
        }
        let actors = SiteBuilder.actors(timeline)
        jobs.append(PageJob(path: "actors/index.html", template: "actors.html") { site in site.actorsContext(actors.map { ($0.0, $0.1.count) }) })
        for (actor, events) in actors {
            jobs.append(
                PageJob(
                    path: SiteBuilder.actorPath(actor), template: "actor.html",
                    context: { site in site.actorContext(actor, events, in: allEvents, documents, summaries: summaries) },
                    inputs: { fp in
                        for s in [actor.name, actor.kind.rawValue, actor.role ?? "-"] { fp.add(s) }
                        SiteBuilder.summaryInputs(events, keys: eventKeys, into: &fp)
                    }))
        }
        // Pages are independent: rendered on every core, collected in order.
        let pageJobs = jobs
        let results = ResultSlots<Result<(fingerprint: String, page: PageOutcome), TimelineError>>(count: jobs.count)
        let workers = max(1, min(jobs.count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var k = worker
            while k < pageJobs.count {
                let job = pageJobs[k]
                var fp = ContextFingerprint()
                fp.add(templates.fingerprint)
                var context: TemplateObject?
                if let inputs = job.inputs {
                    fp.add(AllianceTimeline.version)
                    fp.add(options.title)
                    inputs(&fp)
                } else {
                    context = job.context(self)
                    fp.add(template: .object(context!))
                }
                let fingerprint = fp.value
                if reuse.fingerprints[job.path] == fingerprint, reuse.exists(job.path) {
                    results[k] = .success((fingerprint, .kept))
                } else {
                    let context = context ?? job.context(self)
                    do throws(TimelineError) {
                        let bytes = try templates.renderBytes(job.template, context: context)
                        if let staging {
                            staging.stage(job.path, bytes)
                            results[k] = .success((fingerprint, .staged))
                        } else {
                            results[k] = .success((fingerprint, .made(bytes)))
                        }
                    } catch {
                        results[k] = .failure(error)
                    }
                }
                k += workers
            }
        }
        for (k, job) in jobs.enumerated() {
            let (fingerprint, page) = try results[k]!.get()
            fingerprints[job.path] = fingerprint
            switch page {
            case .made(let bytes): files[job.path] = bytes
            case .staged: staged.append(job.path)
            case .kept: kept.append(job.path)
            }
        }
        timings.lap("article + actor pages")
        if let baseURL {
            let pages = (Array(files.keys) + kept + staged).filter { $0.hasSuffix(".html") }.sorted()
            files["sitemap.xml"] = Array(Sitemap.render(paths: pages, baseURL: baseURL).utf8)
        }
        return Output(
            files: files, kept: kept, fingerprints: fingerprints, timings: timings, fragments: fragments, reusedEvents: reusedEvents,
            staged: staged)
    }

    /// Event summaries (``eventSummary(_:_:root:)`` one level down) made on first use and
    /// shared by every page that lists the event, from any thread.
    final class SummaryCache: @unchecked Sendable {
        private var made: [TemplateObject?]
        private let lock = NSLock()
        private let make: @Sendable (Int) -> TemplateObject

        init(count: Int, make: @escaping @Sendable (Int) -> TemplateObject) {
            made = Array(repeating: nil, count: count)
            self.make = make
        }

        subscript(k: Int) -> TemplateObject {
            if let summary = lock.withLock({ made[k] }) { return summary }
            // Made outside the lock: two pages may make the same summary at once, and both
            // make the same value.
            let summary = make(k)
            lock.withLock { made[k] = summary }
            return summary
        }
    }

    /// What became of a page: rendered (its bytes), handed to the staging writer, or kept as
    /// the previous build left it.
    enum PageOutcome {
        case made([UInt8])
        case staged
        case kept
    }

    /// A page to render: where it goes, its template, and how to make its context.
    struct PageJob: Sendable {
        var path: String
        var template: String
        var context: @Sendable (SiteBuilder) -> TemplateObject
        /// Adds everything the context is made from to a fingerprint, without making it (cheaper
        /// for pages with the article text); nil: the fingerprint is of the context itself.
        var inputs: (@Sendable (inout ContextFingerprint) -> Void)? = nil
    }

    /// The timeline page. With `keys` (each event's ``eventKey(_:_:asAnalyzed:)``) and a `box`, an entry
    /// whose key is in the previous page (checked to be the page this tool wrote, with the same
    /// templates) is copied from it instead of rendered, and its context is not even built.
    /// With `holes`, the copied entries are left as holes of the ``SplicedBytes`` returned.
    func indexPageBytes(
        _ timeline: Timeline, keys: [String] = [], reuse: PageReuse = PageReuse(), into box: FragmentBox? = nil, places: FragmentPlaces? = nil,
        holes: Bool = false
    ) throws(TimelineError) -> SplicedBytes {
        var indexOptions = options
        indexOptions.stylesheet = "style.css"
        let links = TemplateContext.Links(root: "", standalone: false, limits: (reports: 3, sources: 10))
        guard let box, keys.count == timeline.events.count, let compiled = templates.compiledTemplate("index.html") else {
            var index = TemplateContext.build(timeline, options: indexOptions, escape: { $0 }, links: links)
            index[.root] = ""
            index[.jsonLD] = .string(jsonLD(timeline))
            return SplicedBytes(try templates.renderBytes("index.html", context: index))
        }
        let config = "index|\(templates.fingerprint)|\(AllianceTimeline.version)|\(links.root)|3|10|\(baseURL ?? "-")"
        let finder = places ?? FragmentPlaces(keys: keys)
        var previous = PreviousFile.empty
        var previousRanges: [Range<Int>] = []
        var previousPlaces: [Int32] = []
        // Where each event's JSON-LD item is in the page, kept as a file of its own in the state
        // (``SiteBuilder/jsonLDFragments``) with the page's size and stamp: the same keys in the
        // same order as the other files, which the state stores once.
        var ldPrevious: (ranges: [Range<Int>], places: [Int32]) = ([], [])
        let reusable = compiled.isReusable(section: "events", within: "years", allowed: TemplateContext.eventKeys, lists: TemplateContext.eventLists)
        if let old = reuse.fragments["index.html"], old.config == config, let file = reuse.read("index.html"), file.matches(old) {
            previous = file
            previousRanges = old.ranges
            previousPlaces = finder.places(in: old)
            if let ld = reuse.fragments[SiteBuilder.jsonLDFragments], ld.config == config, ld.size == old.size, ld.hash == old.hash,
                ld.written == old.written
            {
                ldPrevious = (ld.ranges, finder.places(in: ld))
            }
        }
        let copiedPlaces = reusable ? previousPlaces : []
        // The JSON-LD (30 MB for 74,000 events) is made apart, its items copied like the entries,
        // and put in place of a marker the template renders where it goes ("\"" in it: a
        // template that escapes the value does not render it as it is).
        let marker = "\u{1}alliance-timeline json-ld\"\u{1}"
        func render(copying: Bool) -> (SplicedBytes, FragmentMemo) {
            var index = TemplateContext.build(
                timeline, options: indexOptions, escape: { $0 }, links: links, memo: true,
                copied: { copying && $0 < copiedPlaces.count && copiedPlaces[$0] >= 0 })
            index[.root] = ""
            index[.jsonLD] = .string(marker)
            let memo = FragmentMemo(
                section: "events", allowed: TemplateContext.eventKeys, lists: TemplateContext.eventLists,
                previous: copying && reusable ? previous : .empty, previousRanges: copying && reusable ? previousRanges : [],
                places: copying ? copiedPlaces : [], holes: holes && copying)
            // About 3.3 KB an event on this page; reserved address space is not touched until written.
            let capacity = holes && copying && reusable && !previousRanges.isEmpty ? 1 << 20 : timeline.events.count * 4_096 + 65_536
            let bytes = compiled.renderBytes(index, memo: memo, capacity: capacity)
            return (memo.holes?.spliced(bytes) ?? SplicedBytes(bytes), memo)
        }
        var (page, memo) = render(copying: true)
        // An entry left without its context could not be copied: render every entry.
        if memo.failed { (page, memo) = render(copying: false) }
        var recordedKeys = reusable ? FragmentSplicer.keys(of: memo.recorded, keys) : []
        var recorded = reusable ? memo.ranges : []
        let file: SplicedBytes
        var ldKeys: [String] = []
        var ldRanges: [Range<Int>] = []
        var ldReused = 0
        switch SiteBuilder.findMarker(marker, in: page) {
        case .placed(let m):
            let ld = makeJSONLD(timeline, keys: keys, previous: previous, previousRanges: ldPrevious.ranges, places: ldPrevious.places, holes: holes)
            ldRanges = placeJSONLD(ld, at: m, into: &page, marker: marker, ranges: &recorded)
            ldKeys = keys
            ldReused = ld.reused
            file = page
        case .absent:
            // The template does not show the JSON-LD: the page is as it is.
            file = page
        case .unusable:
            // The marker is not there once, as it is: the page is rendered with the JSON-LD itself.
            var index = TemplateContext.build(timeline, options: indexOptions, escape: { $0 }, links: links)
            index[.root] = ""
            index[.jsonLD] = .string(jsonLD(timeline))
            file = SplicedBytes(try templates.renderBytes("index.html", context: index))
            recordedKeys = []
            recorded = []
        }
        // Written with its holes, the page is told by the stamp it gets (``FragmentBox/written(_:_:)``).
        let (size, hash) = (file.count, holes ? "" : file.hash())
        box.store("index.html", FragmentIndex(size: size, hash: hash, config: config, keys: recordedKeys, ranges: recorded), reused: memo.reused)
        box.store(
            SiteBuilder.jsonLDFragments, FragmentIndex(size: size, hash: hash, config: config, keys: ldKeys, ranges: ldRanges), reused: ldReused)
        return file
    }

    /// The name under which the state keeps where the index page's JSON-LD items are.
    static let jsonLDFragments = "index.html (JSON-LD)"

    /// The JSON-LD of ``jsonLD(_:)`` for the index page, each event's item copied from
    /// `previous` when the event's key has a range there in `previousRanges` (left as a hole with
    /// `holes`): the bytes, each event's item's range in them, and how many were copied.
    /// `places` gives each event's place among `previousRanges` (``FragmentIndex/places(of:)``).
    struct JSONLDPart {
        var file: SplicedBytes
        var items: [Range<Int>]
        var reused: Int
    }

    func makeJSONLD(
        _ timeline: Timeline, keys: [String], previous: PreviousFile, previousRanges: [Range<Int>], places: [Int32], holes: Bool
    ) -> JSONLDPart {
        let log = holes ? HoleLog(previous: previous) : nil
        var out: [UInt8] = []
        out.reserveCapacity(log == nil || previousRanges.isEmpty ? timeline.events.count * 420 + 256 : 1 << 20)
        out.append(contentsOf: #"{"@context":"https://schema.org","@type":"ItemList","name":"#.utf8)
        var item: [UInt8] = []
        JSONValue.writeString(options.title, to: &item)
        SiteBuilder.appendScriptSafe(item, to: &out)
        out.append(contentsOf: #","itemListOrder":"https://schema.org/ItemListOrderAscending","itemListElement":["#.utf8)
        let base = (baseURL ?? "") + "index.html#"
        var items: [Range<Int>] = []
        items.reserveCapacity(timeline.events.count)
        var reused = 0
        for (i, e) in timeline.events.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let start = log?.position(out) ?? out.count
            if i < places.count, places[i] >= 0, case let range = previousRanges[Int(places[i])], range.upperBound <= previous.bytes.count {
                if let log { log.copy(range, at: out.count) } else { previous.append(range, to: &out) }
                reused += 1
            } else {
                item.removeAll(keepingCapacity: true)
                SiteBuilder.writeEventLD(e, url: base + e.id, to: &item)
                SiteBuilder.appendScriptSafe(item, to: &out)
            }
            items.append(start..<(log?.position(out) ?? out.count))
        }
        out.append(contentsOf: "]}".utf8)
        return JSONLDPart(file: log?.spliced(out) ?? SplicedBytes(out), items: items, reused: reused)
    }

    /// Where `marker` is in `page`'s new bytes: `.absent` when no part of it is in the page (a
    /// template that does not show the JSON-LD), `.unusable` when it is there more than once or
    /// escaped (the page is then made again with the JSON-LD itself).
    static func findMarker(_ marker: String, in page: SplicedBytes) -> Placement {
        let mark = Array(marker.utf8)
        // The marker's start, up to its quotation mark: found whether or not it was escaped.
        let stem = Array(mark.prefix { $0 != UInt8(ascii: "\"") })
        var found: [Int] = []
        var stems = 0
        page.bytes.withUnsafeBufferPointer { raw in
            guard let base = raw.baseAddress else { return }
            var k = 0
            // (memchr for the marker's first byte, a control character: a full build's page is
            // 230 MB.)
            while k + stem.count <= raw.count, stems < 2, let hit = memchr(base + k, Int32(stem[0]), raw.count - k) {
                k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard k + stem.count <= raw.count else { break }
                if memcmp(base + k, stem, stem.count) == 0 {
                    stems += 1
                    if k + mark.count <= raw.count, memcmp(base + k, mark, mark.count) == 0 { found.append(k) }
                    k += stem.count
                } else {
                    k += 1
                }
            }
        }
        if stems == 0 { return .absent }
        guard stems == 1, found.count == 1, let m = found.first else { return .unusable }
        return .placed(m)
    }

    /// Where the marker is (``findMarker(_:in:)``).
    enum Placement { case placed(Int), absent, unusable }

    /// Puts `ld` in place of `marker`, found at `m` of `page`'s new bytes (both with holes in the
    /// same previous file); `ranges` (the page's entries) are moved to where they are now.
    /// Returns where the items are in the page.
    func placeJSONLD(_ ld: JSONLDPart, at m: Int, into page: inout SplicedBytes, marker: String, ranges: inout [Range<Int>]) -> [Range<Int>] {
        let mark = Array(marker.utf8)
        let holesBefore = page.holes.prefix { $0.at <= m }
        let position = m + holesBefore.reduce(0) { $0 + $1.range.count }
        let grown = ld.file.count - mark.count
        for k in ranges.indices where ranges[k].lowerBound >= position + mark.count {
            ranges[k] = (ranges[k].lowerBound + grown)..<(ranges[k].upperBound + grown)
        }
        let itemRanges = ld.items.map { ($0.lowerBound + position)..<($0.upperBound + position) }
        // The JSON-LD's bytes in place of the marker, in the page's own buffer (a full build's
        // page is 230 MB: a new one would be that much fresh memory), and the holes of both.
        var all = Array(holesBefore)
        all += ld.file.holes.map { SplicedBytes.Hole(at: $0.at + m, range: $0.range) }
        let moved = ld.file.bytes.count - mark.count
        all += page.holes.dropFirst(holesBefore.count).map { SplicedBytes.Hole(at: $0.at + moved, range: $0.range) }
        page.bytes.replaceSubrange(m..<(m + mark.count), with: ld.file.bytes)
        page.holes = all
        page.previous = ld.file.holes.isEmpty ? page.previous : ld.file.previous
        return itemRanges
    }

    /// Appends JSON bytes with every "<" written as \u003c (``scriptSafe(_:)``).
    static func appendScriptSafe(_ json: [UInt8], to out: inout [UInt8]) {
        guard json.contains(UInt8(ascii: "<")) else { return out.append(contentsOf: json) }
        for b in json {
            if b == UInt8(ascii: "<") { out.append(contentsOf: "\\u003c".utf8) } else { out.append(b) }
        }
    }

    /// `timeline.md`, copying unchanged event entries from the previous one like ``indexPageBytes(_:keys:reuse:into:holes:)``.
    /// The Markdown is tidied after rendering (runs of blank lines collapse), so an entry is
    /// recorded only when it is whole lines that start with a non-blank one: tidying then
    /// leaves it the same wherever it stands, and its tidied bytes are what the next build copies.
    func markdownTimeline(
        _ timeline: Timeline, keys: [String] = [], reuse: PageReuse = PageReuse(), into box: FragmentBox? = nil
    ) throws(TimelineError) -> String {
        String(decoding: try markdownTimelineBytes(timeline, keys: keys, reuse: reuse, into: box).flattened(), as: UTF8.self)
    }

    /// With `holes`, the copied entries are left as holes of the ``SplicedBytes`` returned.
    func markdownTimelineBytes(
        _ timeline: Timeline, keys: [String] = [], reuse: PageReuse = PageReuse(), into box: FragmentBox? = nil, places: FragmentPlaces? = nil,
        holes: Bool = false
    ) throws(TimelineError) -> SplicedBytes {
        guard let box, keys.count == timeline.events.count, let compiled = templates.compiledTemplate("timeline.md") else {
            return SplicedBytes(Array(try templates.markdown(timeline, options: options).utf8))
        }
        let level = min(max(options.headingLevel, 1), 4)
        let config = "md|\(templates.fingerprint)|\(AllianceTimeline.version)|\(level)"
        // Entries may use the event heading's marks too: each event carries them.
        let extras: TemplateObject = [.h3: .string(String(repeating: "#", count: level + 2))]
        let extraNames = Set(extras.keys.map(\.name))
        var previous = PreviousFile.empty
        var previousRanges: [Range<Int>] = []
        var previousPlaces: [Int32] = []
        let reusable = compiled.isReusable(
            section: "events", within: "years", allowed: TemplateContext.eventKeys.union(extraNames), lists: TemplateContext.eventLists)
        if reusable, let old = reuse.fragments["timeline.md"], old.config == config, let file = reuse.read("timeline.md"), file.matches(old) {
            previous = file
            previousRanges = old.ranges
            previousPlaces = (places ?? FragmentPlaces(keys: keys)).places(in: old)
        }
        let copiedPlaces = previousPlaces
        func render(copying: Bool) -> (SplicedBytes, FragmentMemo) {
            let context = TemplateContext.build(
                timeline, options: options, escape: MarkdownEscaping.escape, memo: true,
                copied: { copying && $0 < copiedPlaces.count && copiedPlaces[$0] >= 0 }, itemExtras: extras)
            let memo = FragmentMemo(
                section: "events", allowed: TemplateContext.eventKeys.union(extraNames), lists: TemplateContext.eventLists,
                previous: copying ? previous : .empty, previousRanges: copying ? previousRanges : [], places: copying ? copiedPlaces : [],
                lineAligned: true, holes: holes && copying)
            let capacity = holes && copying && !previousRanges.isEmpty ? 1 << 20 : timeline.events.count * 2_048 + 65_536
            let bytes = compiled.renderBytes(context, memo: memo, capacity: capacity)
            return (memo.holes?.spliced(bytes) ?? SplicedBytes(bytes), memo)
        }
        var (raw, memo) = render(copying: true)
        if memo.failed { (raw, memo) = render(copying: false) }
        // Where each recorded entry is once tidied: the entries are in output order, so their
        // bounds are too; each entry's bounds are numbered among them.
        var sortedStarts: [Int] = []
        sortedStarts.reserveCapacity(memo.ranges.count + 1)
        var bounds: [(lower: Int, upper: Int)] = []
        bounds.reserveCapacity(memo.ranges.count)
        for range in memo.ranges {
            guard sortedStarts.last.map({ range.lowerBound >= $0 }) ?? true else {
                bounds.append((-1, -1))
                continue
            }
            if sortedStarts.last != range.lowerBound { sortedStarts.append(range.lowerBound) }
            let lower = sortedStarts.count - 1
            if sortedStarts.last != range.upperBound { sortedStarts.append(range.upperBound) }
            bounds.append((lower, sortedStarts.count - 1))
        }
        let (out, mapped) =
            TemplateSet.tidyMarkdown(spliced: raw, lineStarts: sortedStarts)
            ?? raw.flattened().withUnsafeBufferPointer {
                let (out, mapped) = TemplateSet.tidyMarkdown(bytes: $0, lineStarts: sortedStarts)
                // (Written as new bytes, compared with the previous file at both ends.)
                return (SplicedBytes(out, previous: raw.previous), mapped)
            }
        var tidied: [Int] = []
        var tidiedRanges: [Range<Int>] = []
        let total = out.count
        if reusable {
            tidied.reserveCapacity(bounds.count)
            tidiedRanges.reserveCapacity(bounds.count)
            for (n, bound) in bounds.enumerated() where bound.lower >= 0 {
                let (lower, upper) = (mapped[bound.lower], mapped[bound.upper])
                guard lower >= 0, lower < upper, upper <= total else { continue }
                tidied.append(memo.recorded[n])
                tidiedRanges.append(lower..<upper)
            }
        }
        box.store(
            "timeline.md",
            FragmentIndex(
                size: total, hash: holes ? "" : out.hash(), config: config, keys: FragmentSplicer.keys(of: tidied, keys), ranges: tidiedRanges),
            reused: memo.reused)
        return out
    }

    /// Each event's ``eventKey(_:_:asAnalyzed:)``, in timeline order.
    static func eventKeys(_ timeline: Timeline) -> [String] {
        let documents = SourceFacts.of(timeline.documents)
        let asAnalyzed = timeline.documents.allSatisfy { $0.origin != nil }
        // In chunks on every core, collected in order.
        let events = timeline.events
        let chunk = 2_048
        let chunks = (events.count + chunk - 1) / chunk
        let results = ResultSlots<[String]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            results[c] = events[c * chunk..<min(events.count, (c + 1) * chunk)].map { eventKey($0, documents, asAnalyzed: asAnalyzed) }
        }
        return (0..<chunks).flatMap { results[$0]! }
    }

    /// Each article's key in the feed (in document order): everything its entry is made from,
    /// its events by their keys (``eventKey(_:_:asAnalyzed:)``).
    static func feedEntryKeys(_ timeline: Timeline, eventKeys: [String], eventsOf: [String: [Int]]) -> [String] {
        timeline.documents.map { d in
            var fp = ContextFingerprint()
            fp.add(d.id)
            fp.add(d.title)
            fp.add(d.published?.day.iso ?? "-")
            for k in eventsOf[d.id] ?? [] { fp.add(eventKeys[k]) }
            return fp.compactValue
        }
    }

    /// ``eventKey(_:_:asAnalyzed:)``, with `asAnalyzed` worked out from `documents`.
    static func eventKey(_ e: TimelineEvent, _ documents: [String: SourceFacts]) -> String {
        eventKey(e, documents, asAnalyzed: documents.values.allSatisfy { $0.origin != nil })
    }

    /// Everything an event's bytes in a whole-timeline file are made from: the event and its
    /// sources' titles, paths and dates (the file's own configuration is in its ``FragmentIndex``).
    ///
    /// When every document of the timeline is as analyzed (`asAnalyzed`: each has its
    /// ``TimelineDocument/origin``), an event with an origin (``TimelineEvent/origin``: a report
    /// as its article's analysis gave it, or what merging certain reports in a certain order
    /// gave) is keyed by it, its id and whether it is planned: everything else it shows follows
    /// from those (its fields, and its sources' facts, which are those analyses'). A timeline
    /// with a document changed since is keyed by content throughout.
    static func eventKey(_ e: TimelineEvent, _ documents: [String: SourceFacts], asAnalyzed: Bool) -> String {
        var fp = ContextFingerprint()
        if asAnalyzed, let origin = e.origin {
            fp.add("origin")
            fp.add(Int(bitPattern: UInt(origin)))
            fp.add(e.id)
            fp.add(e.planned ? 1 : 0)
            return fp.compactValue
        }
        addEvent(e, sources: documents, into: &fp)
        // The id is the first thing added, so two events' keys differ when their ids do.
        return fp.compactValue
    }

    /// Every field of an event; with `sources`, also the title, path and date of each
    /// document its evidence cites. An absent value is added as a NUL, which no text holds.
    static func addEvent(_ e: TimelineEvent, sources: [String: SourceFacts]? = nil, into fp: inout ContextFingerprint) {
        let absent = "\u{0}"
        let d = e.date
        fp.add(e.id)
        fp.add(e.title)
        fp.add(e.planned ? 1 : 0)
        fp.add(d.value)
        fp.add(d.timex)
        fp.add(d.timexEnd ?? absent)
        fp.add(d.mod?.rawValue ?? absent)
        fp.add(d.start.ordinal)
        fp.add(d.end.ordinal)
        fp.add(d.precision.rawValue)
        fp.add(d.display)
        fp.add(d.derivation)
        fp.add(d.anchoring.rawValue)
        for a in e.actors {
            fp.add(a.name)
            fp.add(a.kind.rawValue)
            fp.add(a.role ?? absent)
        }
        fp.add("evidence")
        for ev in e.evidence {
            fp.add(ev.document)
            fp.add(ev.sentence)
            fp.add(ev.start)
            fp.add(ev.end)
            fp.add(ev.text)
            fp.add(ev.role.rawValue)
            if let sources {
                let doc = sources[ev.document]
                fp.add(doc?.title ?? absent)
                fp.add(doc?.path ?? absent)
                fp.add(doc?.published ?? absent)
                fp.add(doc?.publishedDay ?? absent)
            }
        }
    }

    /// What an event's entries show of each document it cites (so they need not copy the
    /// whole document, text and all, to read three fields).
    struct SourceFacts: Sendable {
        var title: String
        var path: String
        var published: String?
        /// The day itself (the iCalendar stamp), which `published` may not give ("2024").
        var publishedDay: String?
        /// The document's ``TimelineDocument/origin``.
        var origin: UInt64? = nil

        static func of(_ documents: [TimelineDocument]) -> [String: SourceFacts] {
            var out: [String: SourceFacts] = [:]
            out.reserveCapacity(documents.count)
            for d in documents where out[d.id] == nil {
                out[d.id] = SourceFacts(
                    title: d.title, path: d.path, published: d.published?.value, publishedDay: d.published?.day.iso, origin: d.origin)
            }
            return out
        }
    }

    /// Every field of the timeline's documents (but their text and expressions, which only the
    /// article pages show) and events (by their keys, ``eventKey(_:_:asAnalyzed:)``).
    static func timelineInputs(_ timeline: Timeline, keys: [String], into fp: inout ContextFingerprint) {
        for d in timeline.documents {
            for s in [d.id, d.path, d.title] { fp.add(s) }
            if let p = d.published {
                for s in [p.value, p.source.rawValue, p.confidence.rawValue, p.derivation] { fp.add(s) }
            } else {
                fp.add("-")
            }
        }
        fp.add("events")
        for key in keys { fp.add(key) }
    }

    /// Everything ``articleContext(_:_:in:_:summaries:)`` reads: the article (text, title, path,
    /// publication date, expressions, paragraphs) and its events as listed, by their keys
    /// (``eventKey(_:_:asAnalyzed:)``: everything the event shows and its sources' facts, more
    /// than a summary shows, so a page is never kept when what it shows changed).
    ///
    /// A document as its analysis gave it (``TimelineDocument/origin``) is named by that.
    static func articleInputs(_ d: TimelineDocument, _ events: [Int], keys: [String], into fp: inout ContextFingerprint) {
        if let origin = d.origin {
            fp.add("analysis")
            fp.add(Int(bitPattern: UInt(origin)))
            summaryInputs(events, keys: keys, into: &fp)
            return
        }
        fp.add(d.id)
        fp.add(d.path)
        fp.add(d.title)
        fp.add(d.text)
        if let p = d.published {
            for s in [p.value, p.source.rawValue, p.confidence.rawValue, p.derivation] { fp.add(s) }
        } else {
            fp.add("-")
        }
        for e in d.expressions {
            fp.add(e.start)
            fp.add(e.end)
            for s in [e.type.rawValue, e.value, e.mod?.rawValue ?? "\u{0}", e.rangeEnd ?? "\u{0}", e.anchoring.rawValue, e.derivation] { fp.add(s) }
        }
        for p in d.paragraphs {
            fp.add(p.kind.rawValue)
            fp.add(p.range.lowerBound)
            fp.add(p.range.upperBound)
        }
        summaryInputs(events, keys: keys, into: &fp)
    }

    /// Everything ``eventSummary(_:_:root:)`` reads, for each event: its key.
    static func summaryInputs(_ events: [Int], keys: [String], into fp: inout ContextFingerprint) {
        fp.add("events")
        for k in events { fp.add(keys[k]) }
    }

    // MARK: - contexts

    func common(_ root: String, title: String) -> TemplateObject {
        [
            .lang: "en", .generator: .string("alliance-timeline \(AllianceTimeline.version)"), .root: .string(root),
            .stylesheet: .string(root + "style.css"), .siteTitle: .string(options.title), .title: .string(title),
        ]
    }

    /// An event as listed on article and actor pages: its date, title, link, and its first
    /// ``summarySources`` sources (the rest are counted; the timeline page lists them all).
    func eventSummary(_ e: TimelineEvent, _ documents: [String: TimelineDocument], root: String) -> TemplateObject {
        var date: TemplateObject = [
            .display: .string(e.date.display), .start: .string(TemplateContext.htmlDatetime(e.date.timex)), .value: .string(e.date.value),
        ]
        if let note = e.date.note { date[.note] = .string(note) }
        let cited = SiteBuilder.sourceDocuments(e)
        let sources: [TemplateValue] = cited.prefix(SiteBuilder.summarySources).map { id in
            .object([.title: .string(documents[id]?.title ?? id), .href: .string(root + SiteBuilder.articlePath(id))])
        }
        var c: TemplateObject = [
            .id: .string(e.id), .title: .string(e.title), .date: .object(date), .href: .string(root + "index.html#" + e.id), .sources: .list(sources),
        ]
        if cited.count > SiteBuilder.summarySources { c[.moreSources] = .int(cited.count - SiteBuilder.summarySources) }
        if e.planned { c[.planned] = true }
        return c
    }

    /// How many sources an event lists on article and actor pages.
    static let summarySources = 5

    /// The documents an event cites, in order of first citation.
    static func sourceDocuments(_ e: TimelineEvent) -> [String] {
        var seen = Set<String>()
        return e.evidence.compactMap { seen.insert($0.document).inserted ? $0.document : nil }
    }

    func articleContext(
        _ document: TimelineDocument, _ events: [Int], in all: [TimelineEvent], _ documents: [String: TimelineDocument],
        summaries: SummaryCache? = nil
    ) -> TemplateObject {
        var c = common("../", title: document.title)
        c[.events] = .list(
            events.map { .object(summaries?[$0] ?? eventSummary(all[$0], documents, root: "../")) })
        c[.hasEvents] = .bool(!events.isEmpty)
        c[.path] = .string(document.path)
        if let p = document.published {
            c[.published] = .object([
                .value: .string(p.value), .display: .string(DateSemantics.display(value: p.value)), .source: .string(p.source.rawValue),
                .confidence: .string(p.confidence.rawValue), .derivation: .string(p.derivation),
            ])
        }
        c[.paragraphs] = .list(ArticleText.paragraphs(document, events: events, in: all))
        c[.expressionCount] = .int(document.expressions.count)
        c[.jsonLD] = .string(SiteBuilder.scriptSafe(articleJSONLD(document)))
        return c
    }

    func actorsContext(_ actors: [(Actor, Int)]) -> TemplateObject {
        var c = common("../", title: "Actors")
        var groups: [TemplateValue] = []
        for kind in [Actor.Kind.country, .organization, .person] {
            let members = actors.filter { $0.0.kind == kind }
            guard !members.isEmpty else { continue }
            let label = kind == .country ? "Countries" : kind == .organization ? "Organizations" : "People"
            groups.append(
                .object([
                    .label: .string(label), .kind: .string(kind.rawValue),
                    .actors: .list(
                        members.map { actor, eventCount -> TemplateValue in
                            var a: TemplateObject = [
                                .name: .string(actor.name), .href: .string(DocumentLoader.slug(actor.name) + ".html"),
                                .eventCount: .int(eventCount),
                            ]
                            if let role = actor.role { a[.role] = .string(role) }
                            return .object(a)
                        }),
                ]))
        }
        c[.groups] = .list(groups)
        c[.actorCount] = .int(actors.count)
        return c
    }

    func actorContext(
        _ actor: Actor, _ events: [Int], in all: [TimelineEvent], _ documents: [String: TimelineDocument], summaries: SummaryCache? = nil
    ) -> TemplateObject {
        var c = common("../", title: actor.name)
        c[.name] = .string(actor.name)
        c[.kind] = .string(actor.kind.rawValue)
        if let role = actor.role { c[.role] = .string(role) }
        c[.events] = .list(
            events.map { .object(summaries?[$0] ?? eventSummary(all[$0], documents, root: "../")) })
        c[.eventCount] = .int(events.count)
        return c
    }

    /// Every actor with its events (in timeline order); people keep the first role given.
    static func actors(_ timeline: Timeline) -> [(Actor, [Int])] {
        var order: [String] = []
        var byKey: [String: (Actor, [Int])] = [:]
        var slugs: [String: String] = [:]
        for (k, event) in timeline.events.enumerated() {
            for actor in event.actors {
                let key = slugs[actor.name] ?? actorSlug(actor)
                slugs[actor.name] = key
                if byKey[key] == nil {
                    order.append(key)
                    byKey[key] = (actor, [])
                }
                byKey[key]!.1.append(k)
            }
        }
        return order.sorted().map { byKey[$0]! }
    }

    // MARK: - JSON-LD

    func jsonLD(_ timeline: Timeline) -> String {
        // Written item by item into one buffer (the same bytes as the whole list as one value).
        var out: [UInt8] = []
        out.reserveCapacity(timeline.events.count * 420 + 256)
        out.append(contentsOf: #"{"@context":"https://schema.org","@type":"ItemList","name":"#.utf8)
        JSONValue.writeString(options.title, to: &out)
        // The events themselves, in timeline order (no positions: a new event would change every
        // position after it, and each item is copied from the previous page when unchanged).
        out.append(contentsOf: #","itemListOrder":"https://schema.org/ItemListOrderAscending","itemListElement":["#.utf8)
        let base = (baseURL ?? "") + "index.html#"
        for (i, e) in timeline.events.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            SiteBuilder.writeEventLD(e, url: base + e.id, to: &out)
        }
        out.append(contentsOf: "]}".utf8)
        return SiteBuilder.scriptSafe(out)
    }

    /// An event as schema.org JSON-LD: the shape ``writeEventLD(_:url:to:)`` writes directly (a
    /// test holds the two equal).
    static func eventLD(_ e: TimelineEvent, url: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("@type", .string("Event")), ("name", .string(e.title)), ("startDate", .string(e.date.start.iso)),
            ("endDate", .string(e.date.end.iso)), ("description", .string(e.evidence[0].text)), ("url", .string(url)),
        ]
        let people = e.actors.filter { $0.kind == .person }
        if !people.isEmpty {
            pairs.append(("performer", .array(people.map { .object([("@type", .string("Person")), ("name", .string($0.name))]) })))
        }
        return .object(pairs)
    }

    /// ``eventLD(_:url:)`` serialized compactly, written straight into `out` (the index page
    /// holds one for every event).
    static func writeEventLD(_ e: TimelineEvent, url: String, to out: inout [UInt8]) {
        func field(_ name: StaticString, _ value: String) {
            out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            JSONValue.writeString(value, to: &out)
        }
        field(#"{"@type":"Event","name":"#, e.title)
        field(#","startDate":"#, e.date.start.iso)
        field(#","endDate":"#, e.date.end.iso)
        field(#","description":"#, e.evidence[0].text)
        field(#","url":"#, url)
        var first = true
        for person in e.actors where person.kind == .person {
            field(first ? #","performer":[{"@type":"Person","name":"# : #",{"@type":"Person","name":"#, person.name)
            out.append(UInt8(ascii: "}"))
            first = false
        }
        if !first { out.append(UInt8(ascii: "]")) }
        out.append(UInt8(ascii: "}"))
    }

    func articleJSONLD(_ document: TimelineDocument) -> String {
        var pairs: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("NewsArticle")), ("headline", .string(document.title)),
        ]
        if let p = document.published { pairs.append(("datePublished", .string(p.value))) }
        return JSONValue.object(pairs).serialized(pretty: false)
    }

    /// JSON inside `<script>` must not contain "<" ("</script>", "<!--"): written as \u003c.
    static func scriptSafe(_ json: String) -> String { json.replacingAll("<", with: "\\u003c") }

    static func scriptSafe(_ json: [UInt8]) -> String {
        guard json.contains(UInt8(ascii: "<")) else { return String(decoding: json, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        for b in json {
            if b == UInt8(ascii: "<") { out.append(contentsOf: "\\u003c".utf8) } else { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The paragraphs of an article as segments of text and dates, for the article page: every
/// temporal expression is marked, and linked to the event it dates when there is one.
enum ArticleText {
    static func paragraphs(_ document: TimelineDocument, events: [Int], in all: [TimelineEvent]) -> [TemplateValue] {
        let bytes = Array(document.text.utf8)
        // Which event each dated sentence belongs to: the evidence gives the sentence's scalar
        // offsets (the sentences the analysis split the same text into), so the text need
        // not be split again.
        var counter = ScalarOffsetCounter(document.text)
        let paragraphs = document.paragraphs
        // (A sentence of several clauses dates several events: "Talks intensified in the
        // spring, and negotiators reached a deal in late June.")
        var eventBySentenceStart: [Int: (end: Int, events: [(id: String, value: String)])] = [:]
        for k in events {
            for ev in all[k].evidence where ev.document == document.id && ev.role == .dated {
                eventBySentenceStart[ev.start, default: (ev.end, [])].events.append((all[k].id, all[k].date.value))
            }
        }
        var datedSentences = eventBySentenceStart.sorted { $0.key < $1.key }
        var out: [TemplateValue] = []
        var expressionIndex = 0
        var sentenceIndex = 0
        let expressions = document.expressions
        for p in paragraphs where p.kind != .headline {
            var segments: [TemplateValue] = []
            var position = p.range.lowerBound
            while expressionIndex < expressions.count, expressions[expressionIndex].start < p.range.lowerBound { expressionIndex += 1 }
            while expressionIndex < expressions.count, expressions[expressionIndex].end <= p.range.upperBound {
                let e = expressions[expressionIndex]
                expressionIndex += 1
                if e.start < position { continue }
                if e.start > position {
                    segments.append(.object([.text: .string(String(decoding: bytes[position..<e.start], as: UTF8.self))]))
                }
                var segment: TemplateObject = [
                    .text: .string(String(decoding: bytes[e.start..<e.end], as: UTF8.self)), .isDate: true, .value: .string(e.value),
                    .type: .string(e.type.rawValue), .derivation: .string(e.derivation),
                ]
                if e.interval != nil {
                    segment[.datetime] = .string(TemplateContext.htmlDatetime(e.type == .time ? String(e.value.prefix(10)) : e.value))
                    segment[.display] = .string(DateSemantics.display(value: e.value, rangeEnd: e.rangeEnd, mod: e.mod))
                }
                // Dated sentences and expressions both come in text order.
                let at = counter.scalarOffset(e.start)
                while sentenceIndex < datedSentences.count, datedSentences[sentenceIndex].value.end <= at { sentenceIndex += 1 }
                if sentenceIndex < datedSentences.count, datedSentences[sentenceIndex].key <= at {
                    let value = EventDate.value(of: e)
                    let events = datedSentences[sentenceIndex].value.events
                    if let k = events.firstIndex(where: { $0.value == value }) {
                        segment[.eventHref] = .string("../index.html#" + events[k].id)
                        // Two clauses dated the same day ("Japan protested on Friday, and China
                        // rejected the protest on Friday"): the next such date links the next event.
                        if events[(k + 1)...].contains(where: { $0.value == value }) { datedSentences[sentenceIndex].value.events.remove(at: k) }
                    }
                }
                segments.append(.object(segment))
                position = e.end
            }
            if position < p.range.upperBound {
                segments.append(.object([.text: .string(String(decoding: bytes[position..<p.range.upperBound], as: UTF8.self))]))
            }
            out.append(.object([.isHeading: .bool(p.kind == .heading), .segments: .list(segments)]))
        }
        return out
    }
}

/// The event keys, set once before the whole-timeline files are rendered in parallel.
/// A 128-bit FNV-1a hash of strings and template contexts (dictionaries hashed in key order),
/// to tell whether a page's inputs changed.
public struct ContextFingerprint: Sendable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    public init() {}

    public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: $0) }
    }

    /// Adds bytes eight at a time (then the rest one by one) and an end marker, so "ab"+"c"
    /// and "a"+"bc" differ.
    public mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(bytes)
        let words = raw.count / 8
        for k in 0..<words {
            let w = raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)
            a = (a ^ w) &* 0x100_0000_01b3
            a ^= a >> 29
            b = (b ^ w) &* 0x9E37_79B9_7F4A_7C15
            b ^= b >> 31
        }
        for byte in raw[(words * 8)...] { mix(byte) }
        mix(0xFF)
        mix(UInt8(truncatingIfNeeded: raw.count))
    }

    /// Adds a number (as its eight bytes and a marker, not as text).
    public mutating func add(_ n: Int) {
        let w = UInt64(bitPattern: Int64(n))
        a = (a ^ w) &* 0x100_0000_01b3
        a ^= a >> 29
        b = (b ^ w) &* 0x9E37_79B9_7F4A_7C15
        b ^= b >> 31
        mix(0xFE)
    }

    private mutating func mix(_ byte: UInt8) {
        a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
        b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 0x9E37
    }

    /// Adds a context value: strings, numbers, flags, lists and objects of them (an object's
    /// names in sorted order).
    mutating func add(template value: TemplateValue) {
        switch value {
        case .string(let s): add("s" + s)
        case .int(let i): add("i\(i)")
        case .bool(let f): add(f ? "t" : "f")
        case .object(let o):
            add("{")
            for (key, item) in o.entries.map({ ($0.0.name, $0.1) }).sorted(by: { $0.0 < $1.0 }) {
                add(key)
                add(template: item)
            }
            add("}")
        case .list(let items):
            add("[")
            for item in items { add(template: item) }
            add("]")
        }
    }

    public var value: String { String(a, radix: 16) + String(b, radix: 16) }

    /// 90 of the 128 bits as 15 characters (base64url): a string short enough to be stored
    /// inline (no allocation) and cheap to hash, for keys looked up by the hundred thousand.
    public var compactValue: String {
        let alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return String(unsafeUninitializedCapacity: 15) { out in
            alphabet.withUTF8Buffer { digits in
                // a's 64 bits and b's top 26 (its low bits follow a's: both lanes multiply
                // each byte by the same prime), six at a time.
                let high = b >> 38
                for k in 0..<10 { out[k] = digits[Int((a >> UInt64(6 * k)) & 63)] }
                out[10] = digits[Int(((a >> 60) | (high << 4)) & 63)]
                for k in 0..<4 { out[11 + k] = digits[Int((high >> UInt64(2 + 6 * k)) & 63)] }
            }
            return 15
        }
    }
}
