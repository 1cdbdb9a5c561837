import Foundation

/// What a build leaves for the next one inside the site directory, so a rebuild re-analyzes
/// only the articles whose bytes changed and re-renders only what changed. Two files:
///
/// - `.alliance-timeline-cache`, the analysis of each article (tags, events), as a log of
///   records: each is its length, a hash and the analysis in the compact encoding of
///   ``CacheWriter``. A rebuild that analyzed new articles appends their records instead of
///   writing the whole file again; the file is written anew (in key order) when more than a
///   quarter of its records are stale or it was damaged. Records are read on every core, and a
///   damaged or cut-off record ends the log there (the records before it are kept).
/// - `.alliance-timeline-state`, the fingerprints of the pages, where each event is in the
///   whole-timeline files, and how each date's events merged; written atomically.
///
/// Each analysis keeps its article's text (for Markdown, what remains after parsing), so an
/// article whose file stamp is unchanged is not read at all. The log's bytes depend on the
/// order builds happened in; the site's files do not.
public struct AnalysisCache: Sendable {
    public static let fileName = ".alliance-timeline-cache"
    public static let stateFileName = ".alliance-timeline-state"
    /// The first line of each file; a file with another first line is ignored (empty).
    static let magic = "alliance-timeline analysis cache 10\n"
    static let stateMagic = "alliance-timeline build state 5\n"

    struct Entry: Sendable {
        var key: String
        /// With its text (for a Markdown article, what remains after parsing).
        var document: TimelineDocument
        var events: [TimelineEvent]
        /// Where the record is in the log it was read from (its length and hash included): a
        /// log written anew copies it from there.
        var record: (file: PreviousFile, range: Range<Int>)? = nil
    }

    private(set) var entries: [String: Entry] = [:]
    /// Fingerprints of the pages of the previous build (path -> fingerprint of its inputs).
    public var pages: [String: String] = [:]
    /// Where each event is in the previous whole-timeline files (``FragmentIndex``), by path.
    public var fragments: [String: FragmentIndex] = [:]
    /// How each date's events merged in the previous build (``MergePlans``).
    public var mergePlans = MergePlans()
    /// For each article file: its stamp and content hash when a build last read it.
    public var stamps: [String: (stamp: FileStamp, content: String)] = [:]
    private var stampsAsRead: [String: (stamp: FileStamp, content: String)] = [:]
    /// When the state file was written (nanoseconds, by the file system's clock).
    private var stateModified: Int?
    /// How many lookups were answered from the cache in this run.
    public private(set) var hits = 0

    private var pagesAsRead: [String: String] = [:]
    private var fragmentsAsRead: [String: FragmentIndex] = [:]
    private var mergePlansAsRead = MergePlans()
    private var entriesChanged = false
    /// The log as read: how many records it has, and whether it was read whole (no damage).
    private var logRecords = 0
    private var logIntact = false
    /// Keys stored in this run (their records are not in the log yet).
    private var storedNow: Set<String> = []

    /// Whether the state file's contents would differ from what was read.
    public var isStateChanged: Bool {
        pages != pagesAsRead || fragments != fragmentsAsRead || mergePlans != mergePlansAsRead || !AnalysisCache.same(stamps, stampsAsRead)
    }

    static func same(_ a: [String: (stamp: FileStamp, content: String)], _ b: [String: (stamp: FileStamp, content: String)]) -> Bool {
        guard a.count == b.count else { return false }
        for (path, x) in a {
            guard let y = b[path], x.stamp == y.stamp, x.content == y.content else { return false }
        }
        return true
    }

    /// Whether anything would be written.
    public var isChanged: Bool {
        if case .unchanged = logUpdate() { return isStateChanged }
        return true
    }

    public init() {}

    /// Reads both files of a site directory; a missing, unreadable, truncated or foreign file
    /// is empty.
    public init(directory: String) {
        // Read where they are mapped: the log (117 MB for 10,000 articles) was copied into memory
        // before it was decoded. (A build appends to the log or replaces it by renaming, never
        // cuts it short, so the mapping stays whole.)
        func read(_ name: String) -> PreviousFile {
            PreviousFile(path: (directory as NSString).appendingPathComponent(name)) ?? .empty
        }
        self.init(log: read(AnalysisCache.fileName), state: read(AnalysisCache.stateFileName))
        if !stamps.isEmpty {
            stateModified = FileStamp.of(path: (directory as NSString).appendingPathComponent(AnalysisCache.stateFileName))?.modified
        }
    }

    init(log: [UInt8], state: [UInt8]) {
        self.init(log: PreviousFile(bytes: log), state: PreviousFile(bytes: state))
    }

    init(log: PreviousFile, state: PreviousFile) {
        // The state is read on another thread while the log is decoded: they are independent.
        let parsed = Parsed()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            var other = AnalysisCache()
            other.readState(state)
            parsed.cache = other
        }
        readLog(log)
        group.wait()
        guard let other = parsed.cache else { return }
        stamps = other.stamps
        stampsAsRead = other.stampsAsRead
        pages = other.pages
        pagesAsRead = other.pagesAsRead
        fragments = other.fragments
        fragmentsAsRead = other.fragmentsAsRead
        mergePlans = other.mergePlans
        mergePlansAsRead = other.mergePlansAsRead
    }

    /// The state read on another thread (handed over once that thread is done).
    private final class Parsed: @unchecked Sendable {
        var cache: AnalysisCache?
    }

    // MARK: - the log of analyses

    /// A record's hash: eight bytes a step.
    static func recordHash(_ raw: UnsafeRawBufferPointer) -> UInt64 { hash64(raw) }

    private mutating func readLog(_ file: PreviousFile) {
        let bytes = file.bytes
        let magic = Array(AnalysisCache.magic.utf8)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return }
        // The records' places and hashes; each is checked against its hash on every core, and
        // the first bad one ends the log.
        var records: [(body: Range<Int>, hash: UInt64)] = []
        var position = magic.count
        var intact = true
        // (A record cut short ends the scan; the whole records before it are kept.)
        scan: while position < bytes.count {
            guard bytes.count - position >= 16 else {
                intact = false
                break scan
            }
            let length = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let hash = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position + 8, as: UInt64.self))
            guard length <= UInt64(bytes.count - position - 16) else {
                intact = false
                break scan
            }
            let body = position + 16..<position + 16 + Int(length)
            records.append((body, hash))
            position = body.upperBound
        }
        // Checked and decoded on every core; later records of a key replace earlier ones.
        let decoded = ResultSlots<Entry>(count: records.count)
        let damaged = ResultSlots<Bool>(count: records.count)
        let workers = max(1, min(records.count, ProcessInfo.processInfo.activeProcessorCount))
        let all = records
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var k = worker
            while k < all.count {
                let sound = AnalysisCache.recordHash(UnsafeRawBufferPointer(rebasing: file.bytes[all[k].body])) == all[k].hash
                if !sound {
                    damaged[k] = true
                } else {
                    // The facts now, the texts when first asked for (``AnalysisRecordBody``).
                    var r = CacheReader(file, range: all[k].body)
                    if var entry = try? AnalysisCache.readEntry(&r, file: file) {
                        entry.record = (file, all[k].body.lowerBound - 16..<all[k].body.upperBound)
                        decoded[k] = entry
                    }
                }
                k += workers
            }
        }
        if let firstDamaged = records.indices.first(where: { damaged[$0] == true }) {
            records.removeSubrange(firstDamaged...)
            intact = false
        }
        for k in records.indices {
            guard let entry = decoded[k] else {
                intact = false
                continue
            }
            entries[entry.key] = entry
        }
        logRecords = records.count
        logIntact = intact
    }

    /// A record: its key, the document's facts and each event's, then the texts, which are
    /// read when first asked for (``AnalysisRecordBody``; the reader's range ends with them).
    static func readEntry(_ r: inout CacheReader, file: PreviousFile) throws(CacheReader.Malformed) -> Entry {
        let key = try r.string()
        let documentLength = try r.int()
        let bodyLength = try r.int()
        guard documentLength >= 0, bodyLength >= documentLength, bodyLength <= r.limit - r.position else { throw CacheReader.Malformed() }
        let bodyStart = r.limit - bodyLength
        let (id, path, title, published, yearless) = try TimelineDocument.readFacts(&r)
        let marksEnd = try r.int()
        let own = [id]
        let facts = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in
            (try TimelineEvent.Facts.read(&r, own: own), try r.int(), try r.int())
        }
        guard r.position == bodyStart else { throw CacheReader.Malformed() }
        // An entry whose offsets do not fit its text (past its end: a damaged file) is a miss,
        // not a crash later: the text's length in bytes and scalars, counted where it is mapped,
        // against the furthest offset the expressions and paragraphs, and each event's
        // evidence, reach (their texts are read later: ``AnalysisRecordBody``).
        var text = CacheReader(file, range: bodyStart..<bodyStart + documentLength)
        let textRange = try text.stringRange()
        let textBytes = UnsafeRawBufferPointer(rebasing: file.bytes[textRange])
        let scalars = textBytes.count - AnalysisCache.continuationBytes(textBytes)
        guard marksEnd >= 0, marksEnd <= textBytes.count, facts.allSatisfy({ $0.2 >= 0 && $0.2 <= scalars }) else {
            throw CacheReader.Malformed()
        }
        // Each event's texts after the document's, their lengths with the facts.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(facts.count)
        var end = bodyStart + documentLength
        for (_, length, _) in facts {
            guard length >= 0, length <= r.limit - end else { throw CacheReader.Malformed() }
            ranges.append(end..<end + length)
            end += length
        }
        guard end == r.limit else { throw CacheReader.Malformed() }
        r.position = r.limit
        let body = AnalysisRecordBody(file: file, document: bodyStart..<bodyStart + documentLength, events: ranges, scalars: scalars)
        let document = TimelineDocument(id: id, path: path, title: title, published: published, yearless: yearless, source: body)
        let events = facts.enumerated().map { TimelineEvent(facts: $1.0, body: body, index: $0) }
        return Entry(key: key, document: document, events: events)
    }

    static func appendRecord(_ entry: Entry, to out: inout [UInt8]) {
        if let (file, range) = entry.record {
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: file.bytes[range]))
            return
        }
        // The texts go last, their lengths first (so the facts can be read without them, and
        // each text on its own).
        var body = CacheWriter()
        entry.document.body.write(&body)
        let documentLength = body.bytes.count
        var lengths: [Int] = []
        for event in entry.events {
            let before = body.bytes.count
            event.rest.write(&body)
            lengths.append(body.bytes.count - before)
        }
        var w = CacheWriter()
        w.string(entry.key)
        w.int(documentLength)
        w.int(body.bytes.count)
        entry.document.writeFacts(&w)
        w.int(AnalysisCache.marksEnd(entry.document))
        w.int(entry.events.count)
        for (event, length) in zip(entry.events, lengths) {
            event.facts.write(&w)
            w.int(length)
            w.int(AnalysisCache.evidenceEnd(event.evidence))
        }
        w.bytes += body.bytes
        withUnsafeBytes(of: UInt64(w.bytes.count).littleEndian) { out.append(contentsOf: $0) }
        let hash = w.bytes.withUnsafeBytes { recordHash($0) }
        withUnsafeBytes(of: hash.littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: w.bytes)
    }

    /// What the log file needs: nothing, the records of the articles analyzed in this run
    /// appended, or the whole file written anew.
    public enum LogUpdate {
        case unchanged
        case append([UInt8])
        case rewrite([UInt8])
    }

    public func logUpdate() -> LogUpdate {
        if !entriesChanged && logIntact { return .unchanged }
        let new = storedNow.filter { entries[$0] != nil }
        let liveFromLog = entries.count - new.count
        let stale = logRecords - liveFromLog
        if logIntact, logRecords > 0, stale <= max(16, liveFromLog / 4) {
            // Only removals: the stale records stay until the log is written anew.
            if new.isEmpty { return .unchanged }
            var out: [UInt8] = []
            for key in new.sorted() { AnalysisCache.appendRecord(entries[key]!, to: &out) }
            return .append(out)
        }
        return .rewrite(logBytes())
    }

    /// Makes the cache what reading the site's two files again would give, once a build wrote
    /// them: the log updated as `log` says (the update this cache gave, or a rewrite) and the
    /// state written or kept. A `build --watch` rebuild then starts from it instead of reading
    /// and decoding the files again. `directory` is the site (for the state file's time).
    public mutating func committed(log: LogUpdate, directory: String) {
        switch log {
        case .unchanged: break
        case .append: logRecords += storedNow.filter { entries[$0] != nil }.count
        case .rewrite:
            logRecords = entries.count
            logIntact = true
        }
        entriesChanged = false
        storedNow = []
        pagesAsRead = pages
        fragmentsAsRead = fragments
        mergePlansAsRead = mergePlans
        stampsAsRead = stamps
        stateModified =
            stamps.isEmpty ? nil : FileStamp.of(path: (directory as NSString).appendingPathComponent(AnalysisCache.stateFileName))?.modified
        hits = 0
    }

    /// The whole log, records in key order.
    public func logBytes() -> [UInt8] {
        // Records are independent: encoded in chunks on every core, joined in key order.
        let keys = entries.keys.sorted()
        let chunk = 256
        let chunks = (keys.count + chunk - 1) / chunk
        let parts = ResultSlots<[UInt8]>(count: chunks)
        let entries = self.entries
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var part: [UInt8] = []
            for key in keys[(c * chunk)..<min(keys.count, (c + 1) * chunk)] { AnalysisCache.appendRecord(entries[key]!, to: &part) }
            parts[c] = part
        }
        var out = Array(AnalysisCache.magic.utf8)
        out.reserveCapacity((0..<chunks).reduce(out.count) { $0 + parts[$1]!.count })
        for c in 0..<chunks { out.append(contentsOf: parts[c]!) }
        return out
    }

    // MARK: - the state

    private mutating func readState(_ file: PreviousFile) {
        let bytes = file.bytes
        let magic = Array(AnalysisCache.stateMagic.utf8)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return }
        var r = CacheReader(file)
        r.position = magic.count
        do {
            var pages: [String: String] = [:]
            let pageCount = try r.int()
            guard pageCount >= 0 else { return }
            for _ in 0..<pageCount {
                let path = try r.string()
                let fingerprint = try r.string()
                pages[path] = fingerprint
            }
            // The event keys once, then each file's entries: the keys' own list in order, or key
            // numbers, with their ranges.
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
                var written: WrittenStamp?
                if try r.int() == 1 {
                    written = WrittenStamp(size: try r.int(), modified: try r.int(), inode: try r.int(), device: try r.int())
                }
                let config = try r.string()
                let positional = try r.int() == 1
                let count = try r.int()
                guard count >= 0, size >= 0, count <= r.bytes.count - r.position, !positional || count <= keys.count else { return }
                var ranges: [Range<Int>] = []
                ranges.reserveCapacity(count)
                var numbered: [String] = []
                if !positional { numbered.reserveCapacity(count) }
                // Each range as its distance from the end of the one before and its length.
                var end = 0
                for _ in 0..<count {
                    if !positional {
                        let key = try r.int()
                        guard key >= 0, key < keys.count else { return }
                        numbered.append(keys[key])
                    }
                    let (lower, overflow) = end.addingReportingOverflow(try r.int())
                    let length = try r.int()
                    let (upper, beyond) = lower.addingReportingOverflow(length)
                    guard !overflow, !beyond, length >= 0 else { return }
                    end = upper
                    guard lower >= 0, lower <= upper, upper <= size else { return }
                    ranges.append(lower..<upper)
                }
                fragments[path] = FragmentIndex(
                    size: size, hash: hash, config: config, keys: positional ? (count == keys.count ? keys : Array(keys.prefix(count))) : numbered,
                    ranges: ranges, written: written)
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
            let followUpCount = try r.int()
            guard followUpCount >= 0, followUpCount <= r.bytes.count - r.position else { return }
            for _ in 0..<followUpCount {
                let month = try r.int()
                guard let fingerprint = UInt64(try r.string(), radix: 16) else { return }
                let joins = try r.array { (r: inout CacheReader) throws(CacheReader.Malformed) in Int32(truncatingIfNeeded: try r.int()) }
                plans.followUps[month] = MergePlans.FollowUpPlan(fingerprint: fingerprint, joins: joins)
            }
            var stamps: [String: (stamp: FileStamp, content: String)] = [:]
            let stampCount = try r.int()
            guard stampCount >= 0, stampCount <= r.bytes.count - r.position else { return }
            for _ in 0..<stampCount {
                let path = try r.string()
                let stamp = FileStamp(size: try r.int(), modified: try r.int(), changed: try r.int(), inode: try r.int(), device: try r.int())
                stamps[path] = (stamp, try r.string())
            }
            guard r.atEnd else { return }
            self.stamps = stamps
            self.stampsAsRead = stamps
            self.pages = pages
            self.pagesAsRead = pages
            self.fragments = fragments
            self.fragmentsAsRead = fragments
            self.mergePlans = plans
            self.mergePlansAsRead = plans
        } catch {
            return
        }
    }

    /// The state file's contents (deterministic: everything in key order).
    public func stateBytes() -> [UInt8] {
        var w = CacheWriter()
        w.bytes.reserveCapacity(pages.count * 80 + fragments.values.reduce(0) { $0 + $1.ranges.count * 16 } + 4_096)
        w.bytes.append(contentsOf: AnalysisCache.stateMagic.utf8)
        w.int(pages.count)
        for key in pages.keys.sorted() {
            w.string(key)
            w.string(pages[key]!)
        }
        // The files share their event keys: each is written once. Usually every file holds the
        // same events in the same order (the same list, even the same storage): such a file's
        // entries are its ranges alone. Another file's keys are numbered.
        let paths = fragments.keys.sorted()
        // The list most files hold (the events', not the feed's articles), the longer on a tie.
        var lists: [(keys: [String], files: Int)] = []
        for path in paths {
            let keys = fragments[path]!.keys
            if let n = lists.firstIndex(where: { $0.keys == keys }) { lists[n].files += 1 } else { lists.append((keys, 1)) }
        }
        let keys0 = lists.max { ($0.files, $0.keys.count) < ($1.files, $1.keys.count) }?.keys ?? []
        let positional = paths.map { fragments[$0]!.keys == keys0 }
        var numbers: [String: Int] = [:]
        var keys: [String] = keys0
        if positional.contains(false) {
            numbers.reserveCapacity(keys0.count)
            for (n, key) in keys.enumerated() where numbers[key] == nil { numbers[key] = n }
            for (k, path) in paths.enumerated() where !positional[k] {
                for key in fragments[path]!.keys where numbers[key] == nil {
                    numbers[key] = keys.count
                    keys.append(key)
                }
            }
        }
        w.int(keys.count)
        for key in keys { w.string(key) }
        w.int(fragments.count)
        for (k, path) in paths.enumerated() {
            let index = fragments[path]!
            w.string(path)
            w.int(index.size)
            w.string(index.hash)
            if let stamp = index.written {
                w.int(1)
                for n in [stamp.size, stamp.modified, stamp.inode, stamp.device] { w.int(n) }
            } else {
                w.int(0)
            }
            w.string(index.config)
            w.int(positional[k] ? 1 : 0)
            w.int(index.ranges.count)
            var end = 0
            for (n, range) in index.ranges.enumerated() {
                if !positional[k] { w.int(numbers[index.keys[n]]!) }
                w.int(range.lowerBound - end)
                w.int(range.count)
                end = range.upperBound
            }
        }
        w.int(mergePlans.plans.count)
        for date in mergePlans.plans.keys.sorted() {
            let plan = mergePlans.plans[date]!
            w.string(date)
            w.string(String(plan.fingerprint, radix: 16))
            w.array(plan.assignment) { $0.int(Int($1)) }
        }
        w.int(mergePlans.followUps.count)
        for month in mergePlans.followUps.keys.sorted() {
            let plan = mergePlans.followUps[month]!
            w.int(month)
            w.string(String(plan.fingerprint, radix: 16))
            w.array(plan.joins) { $0.int(Int($1)) }
        }
        w.int(stamps.count)
        for path in stamps.keys.sorted() {
            let (stamp, content) = stamps[path]!
            w.string(path)
            for n in [stamp.size, stamp.modified, stamp.changed, stamp.inode, stamp.device] { w.int(n) }
            w.string(content)
        }
        return w.bytes
    }

    // MARK: - entries

    /// Bumped whenever the analysis (tagging, events) or the merging changes, so a cache
    /// written by an earlier build of the same version is not reused (merge plans are named by
    /// the articles' keys too); and whenever what a whole-timeline file writes for an event
    /// changes, since unchanged events' bytes are copied from the previous file by their keys,
    /// which name the analyses (69: TimelineJS's headlines escaped; 70: the session's later
    /// tagging and event rules; 71: two verbs of one subject, each with its date; 72: the rest of that
    /// session's rules; 76: pairs of four-digit times, embargo lines, field lists and
    /// bulleted lists in plain text; 77: that session's later rules, reduced relatives and Zulu
    /// times among them; 78: a date line under a standfirst, "as planned", passives after
    /// "will" and "would"; 79: "the week commencing 9 March"; 80: "December of the year before
    /// last"; 81: a deferral's new date is no anchor).
    static let analysisRevision = 93

    /// The cache key of an article: tool version, analysis revision, reference date, id, the
    /// extension of its path (which decides how it is parsed) and a hash of its bytes. Not the
    /// path itself: the analysis does not depend on it, so a build given `./seeds` after one
    /// given `seeds` or `/home/me/seeds` reuses every analysis (``cached(_:path:)`` puts the
    /// path of this build in).
    public static func key(bytes: [UInt8], id: String, path: String, reference: CalendarDay?) -> String {
        key(content: contentHash(bytes), id: id, path: path, reference: reference)
    }

    public static func key(content: String, id: String, path: String, reference: CalendarDay?) -> String {
        let format = (path as NSString).pathExtension.lowercased()
        return "\(AllianceTimeline.version)/\(analysisRevision)|\(reference?.iso ?? "-")|\(id)|.\(format)|\(content)"
    }

    /// The size and a 128-bit hash of a file's bytes (``ContextFingerprint``'s two lanes).
    public static func contentHash(_ bytes: [UInt8]) -> String {
        var fp = ContextFingerprint()
        bytes.withUnsafeBufferPointer { fp.add(bytes: $0) }
        return "\(bytes.count)|" + fp.value
    }

    /// The content hash of a file whose stamp is the one recorded when a build read it, so
    /// it need not be read again; nil when the stamp differs or is too close to when the
    /// state was written (a change within the file system's time resolution could hide).
    public func trustedContent(_ path: String, _ stamp: FileStamp) -> String? {
        guard let recorded = stamps[path], recorded.stamp == stamp, let written = stateModified,
            stamp.modified < written - 2_000_000_000, stamp.changed < written - 2_000_000_000
        else { return nil }
        return recorded.content
    }

    /// The cached analysis for `key`. An entry that does not fit its text (offsets past its
    /// end, an event without evidence: a damaged file) is a miss.
    public mutating func lookup(_ key: String) -> (TimelineDocument, [TimelineEvent])? {
        guard let found = cached(key) else { return nil }
        hits += 1
        return found
    }

    /// ``lookup(_:)`` without counting the hit (for readers on several threads; the caller
    /// counts with ``countHit()``).
    /// (Entries read from the log were checked to fit their text when they were read,
    /// ``fits(_:_:)``; stored ones were made from it.)
    public func cached(_ key: String) -> (TimelineDocument, [TimelineEvent])? {
        guard let entry = entries[key] else { return nil }
        return (entry.document, entry.events)
    }

    /// The cached analysis for `key`, as the article at `path` (the key leaves the path out;
    /// the document records the one this build was given).
    public func cached(_ key: String, path: String) -> (TimelineDocument, [TimelineEvent])? {
        guard var found = cached(key) else { return nil }
        if found.0.path != path { found.0.path = path }
        return found
    }

    public mutating func countHit() { hits += 1 }

    /// Whether byte and scalar offsets stay inside the text and every event has evidence.
    static func fits(_ document: TimelineDocument, _ events: [TimelineEvent]) -> Bool {
        fits(document.body, events.map(\.evidence))
    }

    /// Like ``fits(_:_:)``, for a document's text and each event's evidence.
    static func fits(_ document: TimelineDocument.Body, _ evidence: [[Evidence]]) -> Bool {
        var text = document.text
        let (bytes, scalars) = text.withUTF8 { buffer -> (Int, Int) in
            let raw = UnsafeRawBufferPointer(buffer)
            return (raw.count, raw.count - continuationBytes(raw))
        }
        for p in document.paragraphs where p.range.lowerBound < 0 || p.range.upperBound > bytes { return false }
        for e in document.expressions where e.start < 0 || e.start > e.end || e.end > bytes { return false }
        for list in evidence {
            guard !list.isEmpty else { return false }
            for ev in list where ev.start < 0 || ev.start > ev.end || ev.end > scalars { return false }
        }
        return true
    }

    /// The furthest byte offset a document's expressions and paragraphs reach; -1 when one of
    /// them starts before the text or ends before it starts.
    static func marksEnd(_ document: TimelineDocument) -> Int {
        var end = 0
        for p in document.paragraphs {
            guard p.range.lowerBound >= 0 else { return -1 }
            end = max(end, p.range.upperBound)
        }
        for e in document.expressions {
            guard e.start >= 0, e.start <= e.end else { return -1 }
            end = max(end, e.end)
        }
        return end
    }

    /// The furthest scalar offset the evidence reaches; -1 when there is none, or a piece
    /// starts before the text or ends before it starts.
    static func evidenceEnd(_ evidence: [Evidence]) -> Int {
        guard !evidence.isEmpty else { return -1 }
        var end = 0
        for ev in evidence {
            guard ev.start >= 0, ev.start <= ev.end else { return -1 }
            end = max(end, ev.end)
        }
        return end
    }

    /// How many bytes continue a UTF-8 sequence (10xxxxxx), eight at a time: the text's
    /// length in Unicode scalars is its length less these.
    static func continuationBytes(_ raw: UnsafeRawBufferPointer) -> Int {
        var continuing = 0
        var k = 0
        while k + 8 <= raw.count {
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            continuing += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            k += 8
        }
        while k < raw.count {
            if raw[k] & 0xC0 == 0x80 { continuing += 1 }
            k += 1
        }
        return continuing
    }

    /// Stores an analysis, the document's text with it.
    public mutating func store(_ key: String, document: TimelineDocument, events: [TimelineEvent]) {
        entries[key] = Entry(key: key, document: document, events: events)
        entriesChanged = true
        storedNow.insert(key)
    }

    /// Keeps only the given keys (articles that are gone leave the cache).
    public mutating func retain(_ keys: Set<String>) {
        // Usually every entry stays: then nothing is copied.
        let gone = entries.keys.filter { !keys.contains($0) }
        for key in gone { entries.removeValue(forKey: key) }
        if !gone.isEmpty { entriesChanged = true }
    }
}
