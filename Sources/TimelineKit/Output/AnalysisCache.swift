import Foundation

/// The analysis of each article from the previous build, so a rebuild re-analyzes only the
/// articles whose bytes changed (or all of them when the tool's version or the reference
/// date changed). Kept as one file inside the site directory and written with the site, in
/// the compact encoding of ``CacheWriter`` (about 15 times faster to read than JSON).
///
/// The article text itself is not stored: it is read again from the file (its bytes give the
/// key anyway), so the cache stays a fraction of the corpus size.
public struct AnalysisCache: Sendable {
    public static let fileName = ".alliance-timeline-cache"
    /// The first line of the file; a file with another first line is ignored (an empty cache).
    static let magic = "alliance-timeline analysis cache 6\n"

    struct Entry: Sendable {
        var key: String
        /// Its `text` is empty when it is the file's text as read (plain text); a Markdown
        /// article's text is what remains after parsing, so it is kept.
        var document: TimelineDocument
        var events: [TimelineEvent]
        var keepsText: Bool
    }

    private(set) var entries: [String: Entry] = [:]
    /// Fingerprints of the pages of the previous build (path -> fingerprint of its inputs).
    public var pages: [String: String] = [:]
    /// Where each event is in the previous whole-timeline files (``FragmentIndex``), by path.
    public var fragments: [String: FragmentIndex] = [:]
    private var fragmentsAsRead: [String: FragmentIndex] = [:]
    /// How each date's events merged in the previous build (``MergePlans``).
    public var mergePlans = MergePlans()
    private var mergePlansAsRead = MergePlans()
    /// How many lookups were answered from the cache in this run.
    public private(set) var hits = 0
    /// The pages as read from the file, and whether an entry was stored or removed since:
    /// an unchanged cache need not be written again.
    private var pagesAsRead: [String: String] = [:]
    private var entriesChanged = false

    /// Whether the file's contents would differ from what was read.
    public var isChanged: Bool {
        entriesChanged || pages != pagesAsRead || fragments != fragmentsAsRead || mergePlans != mergePlansAsRead
    }

    public init() {}

    /// Reads a cache file; a missing, unreadable, truncated or foreign file is an empty cache.
    public init(contentsOf path: String) {
        self.init(bytes: FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? [])
    }

    init(bytes: [UInt8]) {
        let magic = Array(AnalysisCache.magic.utf8)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return }
        var r = CacheReader(bytes)
        r.position = magic.count
        do {
            var entries: [String: Entry] = [:]
            let count = try r.int()
            guard count >= 0 else { return }
            for _ in 0..<count {
                let key = try r.string()
                var document = try TimelineDocument.read(&r)
                let text = try r.optional { (r: inout CacheReader) throws(CacheReader.Malformed) in try r.string() }
                if let text { document.text = text }
                let events = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in try TimelineEvent.read(&r) }
                entries[key] = Entry(key: key, document: document, events: events, keepsText: text != nil)
            }
            var pages: [String: String] = [:]
            let pageCount = try r.int()
            guard pageCount >= 0 else { return }
            for _ in 0..<pageCount {
                let path = try r.string()
                let fingerprint = try r.string()
                pages[path] = fingerprint
            }
            // The event keys once, then each file's ranges by key number.
            let keyCount = try r.int()
            guard keyCount >= 0, keyCount <= r.bytes.count - r.position else { return }
            var keys: [String] = []
            keys.reserveCapacity(keyCount)
            for _ in 0..<keyCount { keys.append(try r.string()) }
            var fragments: [String: FragmentIndex] = [:]
            let fragmentCount = try r.int()
            guard fragmentCount >= 0 else { return }
            for _ in 0..<fragmentCount {
                let path = try r.string()
                let size = try r.int()
                let hash = try r.string()
                let config = try r.string()
                let count = try r.int()
                guard count >= 0, size >= 0, count <= r.bytes.count - r.position else { return }
                var ranges: [String: Range<Int>] = [:]
                ranges.reserveCapacity(count)
                for _ in 0..<count {
                    let key = try r.int()
                    let lower = try r.int()
                    let upper = try r.int()
                    guard key >= 0, key < keys.count, lower >= 0, lower <= upper, upper <= size else { return }
                    ranges[keys[key]] = lower..<upper
                }
                fragments[path] = FragmentIndex(size: size, hash: hash, config: config, ranges: ranges)
            }
            var plans = MergePlans()
            let planCount = try r.int()
            guard planCount >= 0, planCount <= r.bytes.count - r.position else { return }
            for _ in 0..<planCount {
                let date = try r.string()
                guard let fingerprint = UInt64(try r.string(), radix: 16) else { return }
                let assignment = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in Int32(truncatingIfNeeded: try r.int()) }
                plans.plans[date] = MergePlans.Plan(fingerprint: fingerprint, assignment: assignment)
            }
            guard r.atEnd else { return }
            self.mergePlans = plans
            self.mergePlansAsRead = plans
            self.entries = entries
            self.pages = pages
            self.pagesAsRead = pages
            self.fragments = fragments
            self.fragmentsAsRead = fragments
        } catch {
            return
        }
    }

    /// Bumped whenever the analysis (tagging, events) changes, so a cache written by an earlier
    /// build of the same version is not reused.
    static let analysisRevision = 3

    /// The cache key of an article: tool version, analysis revision, reference date, id, path
    /// and a hash of its bytes.
    public static func key(bytes: [UInt8], id: String, path: String, reference: CalendarDay?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for b in bytes.reversed() { second = (second ^ UInt64(b)) &* 0x100_0000_01b3 }
        return
            "\(AllianceTimeline.version)/\(analysisRevision)|\(reference?.iso ?? "-")|\(id)|\(path)|\(bytes.count)|\(String(hash, radix: 16))\(String(second, radix: 16))"
    }

    /// The cached analysis for `key`; `fileText` is the article file's text, which is the
    /// document's text unless the cache kept another (Markdown). An entry that does not fit its
    /// text (offsets past its end, an event without evidence: a damaged file) is a miss.
    public mutating func lookup(_ key: String, text fileText: String) -> (TimelineDocument, [TimelineEvent])? {
        guard let entry = entries[key] else { return nil }
        var document = entry.document
        if !entry.keepsText { document.text = fileText }
        guard AnalysisCache.fits(document, entry.events) else { return nil }
        hits += 1
        return (document, entry.events)
    }

    /// Whether byte and scalar offsets stay inside the text and every event has evidence.
    static func fits(_ document: TimelineDocument, _ events: [TimelineEvent]) -> Bool {
        let bytes = document.text.utf8.count
        let scalars = document.text.unicodeScalars.count
        for p in document.paragraphs where p.range.lowerBound < 0 || p.range.upperBound > bytes { return false }
        for e in document.expressions where e.start < 0 || e.start > e.end || e.end > bytes { return false }
        for e in events {
            guard !e.evidence.isEmpty else { return false }
            for ev in e.evidence where ev.start < 0 || ev.start > ev.end || ev.end > scalars { return false }
        }
        return true
    }

    /// Stores an analysis; `fileText` is the text of the article file, not stored again when
    /// it is the document's text.
    public mutating func store(_ key: String, document: TimelineDocument, events: [TimelineEvent], fileText: String) {
        var stored = document
        let keepsText = document.text != fileText
        if !keepsText { stored.text = "" }
        entries[key] = Entry(key: key, document: stored, events: events, keepsText: keepsText)
        entriesChanged = true
    }

    /// Keeps only the given keys (articles that are gone leave the cache).
    public mutating func retain(_ keys: Set<String>) {
        let before = entries.count
        entries = entries.filter { keys.contains($0.key) }
        if entries.count != before { entriesChanged = true }
    }

    /// The cache file's contents (deterministic: entries and pages in key order).
    public func serialized() -> String { String(decoding: serializedBytes(), as: UTF8.self) }

    /// The cache file's contents as bytes (valid UTF-8).
    public func serializedBytes() -> [UInt8] {
        var w = CacheWriter()
        w.bytes.reserveCapacity(min(64 << 20, entries.count * 12_000 + 4_096))
        w.bytes.append(contentsOf: AnalysisCache.magic.utf8)
        w.int(entries.count)
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            w.string(key)
            entry.document.write(&w)
            w.optional(entry.keepsText ? entry.document.text : nil) { $0.string($1) }
            w.array(entry.events) { $1.write(&$0) }
        }
        w.int(pages.count)
        for key in pages.keys.sorted() {
            w.string(key)
            w.string(pages[key]!)
        }
        // The files share their event keys: each is written once and numbered.
        var numbers: [String: Int] = [:]
        var keys: [String] = []
        for path in fragments.keys.sorted() {
            for key in fragments[path]!.ranges.keys.sorted() where numbers[key] == nil {
                numbers[key] = keys.count
                keys.append(key)
            }
        }
        w.int(keys.count)
        for key in keys { w.string(key) }
        w.int(fragments.count)
        for path in fragments.keys.sorted() {
            let index = fragments[path]!
            w.string(path)
            w.int(index.size)
            w.string(index.hash)
            w.string(index.config)
            w.int(index.ranges.count)
            for (key, range) in index.ranges.sorted(by: { $0.value.lowerBound < $1.value.lowerBound }) {
                w.int(numbers[key]!)
                w.int(range.lowerBound)
                w.int(range.upperBound)
            }
        }
        w.int(mergePlans.plans.count)
        for date in mergePlans.plans.keys.sorted() {
            let plan = mergePlans.plans[date]!
            w.string(date)
            w.string(String(plan.fingerprint, radix: 16))
            w.array(plan.assignment) { $0.int(Int($1)) }
        }
        return w.bytes
    }
}
