import Foundation

/// The whole job for the command line: paths in, timeline and diagnostics out.
public struct Pipeline: Sendable {
    public var loader = DocumentLoader()
    public var builder: TimelineBuilder

    public init(reference: CalendarDay? = nil) {
        builder = TimelineBuilder(reference: reference)
    }

    public struct Output: Sendable {
        public var timeline: Timeline
        public var documents: [Document]
        /// Problems with individual inputs; the other inputs were still processed.
        public var errors: [TimelineError]
        /// Notes that are not errors ("no dated events found").
        public var warnings: [String]
        /// How long each stage took (for `build --timings`).
        public var timings = Stopwatch()
        /// How many article files were read (the others were unchanged since the last build,
        /// by their stamps, and not read at all).
        public var filesRead = 0
    }

    /// Ids for files in order: the file name's slug, with "-2", "-3" for repeats.
    public static func documentIDs(_ files: [String]) -> [String] {
        var seen = Set<String>()
        return files.map { file in
            let base = DocumentLoader.slug(forPath: file)
            var id = base
            var n = 2
            while seen.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            seen.insert(id)
            return id
        }
    }

    /// Loads every article under `paths` (files, or directories searched recursively) and
    /// builds the timeline. Document ids are made unique by suffixing "-2", "-3" in path order.
    public func run(_ paths: [String]) -> Output {
        var cache = AnalysisCache()
        return run(paths, cache: &cache)
    }

    /// Like ``run(_:)``, reusing the analysis of unchanged articles from `cache` and leaving
    /// in it exactly the articles of this run. The articles that need analysis are analyzed on
    /// every core; the result does not depend on how many there are.
    /// `discovered`: what `loader.discover(paths)` gave, when the caller already asked (a
    /// build does, for its record's signature).
    public func run(
        _ paths: [String], cache: inout AnalysisCache, discovered: (files: [String], errors: [TimelineError])? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Output {
        var timings = Stopwatch()
        let (files, discoveryErrors) = discovered ?? loader.discover(paths)
        if discovered == nil { timings.lap("discover inputs") }
        var errors = discoveryErrors
        // Read every file (in order); cached analyses are taken as they are.
        enum Slot {
            case done(TimelineDocument, [TimelineEvent], key: String)
            case pending(text: String, file: String, id: String, key: String)
            case failed(TimelineError)
        }
        // Each file on every core: its stamp, then the cached analysis by the recorded hash of
        // an unchanged file, else its bytes read, decoded and hashed. Collected in file order.
        struct Probe {
            var slot: Slot
            var key: String?
            var stamp: (stamp: FileStamp, content: String)?
            var read: Bool
            var hit: Bool
        }
        let ids = Pipeline.documentIDs(files)
        let known = cache
        let reader = loader
        let reference = builder.reference
        let probes = ResultSlots<Probe>(count: files.count)
        let readers = max(1, min(files.count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: readers) { worker in
            var k = worker
            while k < files.count {
                let index = k
                let (file, id) = (files[k], ids[k])
                k += readers
                // A file whose stamp is the one recorded when it was last read is not read again.
                if let stamp = FileStamp.of(path: file), stamp.size <= reader.maximumFileSize, let content = known.trustedContent(file, stamp) {
                    let key = AnalysisCache.key(content: content, id: id, path: file, reference: reference)
                    if let cached = known.cached(key, path: file) {
                        probes[index] = Probe(
                            slot: .done(cached.0, cached.1, key: key), key: key, stamp: (stamp, content), read: false, hit: true)
                        continue
                    }
                }
                do throws(TimelineError) {
                    let (bytes, stamp) = try reader.readStamped(path: file)
                    let text = try DocumentLoader.decode(bytes, path: file)
                    let content = AnalysisCache.contentHash(bytes)
                    let key = AnalysisCache.key(content: content, id: id, path: file, reference: reference)
                    // A stamp taken right after the file changed is not kept (the next build reads
                    // the file again). The clock is read only for this; no output depends on it.
                    let settled = !stamp.isRecent(now: Pipeline.wallClockNanoseconds())
                    if let cached = known.cached(key, path: file) {
                        probes[index] = Probe(
                            slot: .done(cached.0, cached.1, key: key), key: key, stamp: settled ? (stamp, content) : nil, read: true, hit: true)
                    } else {
                        probes[index] = Probe(
                            slot: .pending(text: text, file: file, id: id, key: key), key: key, stamp: settled ? (stamp, content) : nil,
                            read: true, hit: false)
                    }
                } catch {
                    probes[index] = Probe(slot: .failed(error), key: nil, stamp: nil, read: true, hit: false)
                }
            }
        }
        var slots: [Slot] = []
        slots.reserveCapacity(files.count)
        var keys = Set<String>()
        var stamps: [String: (stamp: FileStamp, content: String)] = [:]
        var filesRead = 0
        for k in files.indices {
            let probe = probes[k]!
            if let key = probe.key { keys.insert(key) }
            if let stamp = probe.stamp { stamps[files[k]] = stamp }
            if probe.read { filesRead += 1 }
            if probe.hit { cache.countHit() }
            slots.append(probe.slot)
        }
        timings.lap("read + cache lookup")  // parsing is done with the analysis, in parallel
        // Analyze the rest in parallel, each result into its own slot.
        let pending = slots.indices.filter { if case .pending = slots[$0] { true } else { false } }
        let results = ResultSlots<Result<(Document, TimelineDocument, [TimelineEvent]), TimelineError>>(count: pending.count)
        let builder = self.builder
        let done = ResultSlots<Int>(count: 1)
        let total = files.count
        let alreadyDone = total - pending.count
        let inputs: [(text: String, file: String, id: String)] = pending.map {
            if case .pending(let text, let file, let id, _) = slots[$0] { (text, file, id) } else { fatalError("not pending") }
        }
        let loader = self.loader
        DispatchQueue.concurrentPerform(iterations: min(pending.count, ProcessInfo.processInfo.activeProcessorCount * 4)) { worker in
            let workers = min(pending.count, ProcessInfo.processInfo.activeProcessorCount * 4)
            var k = worker
            while k < inputs.count {
                do throws(TimelineError) {
                    let document = try loader.parse(text: inputs[k].text, path: inputs[k].file, id: inputs[k].id)
                    let analysis = builder.analyze(document)
                    results[k] = .success((document, analysis.0, analysis.1))
                } catch {
                    results[k] = .failure(error)
                }
                if let progress {
                    let n = done.increment()
                    progress(alreadyDone + n, total)
                }
                k += workers
            }
        }
        var documents: [Document] = []
        var analyses: [(TimelineDocument, [TimelineEvent])] = []
        var identities: [UInt64] = []
        // Which analyses were made now (the others are the previous build's).
        var fresh: [Bool] = []
        // For each analysis: its cache key, its file, and the parsed document when it was parsed now.
        var origins: [(key: String, file: String, id: String, document: Document?)] = []
        var next = 0
        for (k, slot) in slots.enumerated() {
            switch slot {
            case .done(let document, let events, let key):
                analyses.append((document, events))
                identities.append(Pipeline.identity(key))
                fresh.append(false)
                origins.append((key, files[k], ids[k], nil))
            case .pending(_, _, _, let key):
                let result = results[next]!
                next += 1
                switch result {
                case .success(let (document, timelineDocument, events)):
                    documents.append(document)
                    cache.store(key, document: timelineDocument, events: events)
                    analyses.append((timelineDocument, events))
                    identities.append(Pipeline.identity(key))
                    fresh.append(true)
                    origins.append((key, files[k], ids[k], document))
                case .failure(let error): errors.append(error)
                }
            case .failed(let error): errors.append(error)
            }
        }
        if pending.isEmpty { progress?(total, total) }
        timings.lap("analyze \(pending.count) articles")
        // Articles whose text does not fix their year: the collection chooses it, and they are
        // analyzed again against that date (cached under their key and the date), in parallel.
        let chosen = TimelineBuilder.collectionDates(analyses.map(\.0))
        var again: [(k: Int, key: String, publication: PublicationDate)] = []
        for (k, publication) in chosen {
            let key = origins[k].key + "|collection|" + publication.value + "|" + publication.derivation
            keys.insert(key)
            identities[k] = Pipeline.identity(key)
            if let cached = cache.cached(key, path: origins[k].file) {
                analyses[k] = cached
            } else {
                again.append((k, key, publication))
                fresh[k] = true
            }
        }
        let redoneSlots = ResultSlots<(TimelineDocument, [TimelineEvent])>(count: again.count)
        let originsAgain = again.map { origins[$0.k] }
        let yearlessAgain = again.map { analyses[$0.k].0.yearless }
        let publicationsAgain = again.map(\.publication)
        DispatchQueue.concurrentPerform(iterations: again.count) { n in
            let origin = originsAgain[n]
            var document = origin.document
            if document == nil {
                // Read again; only the bytes the key was made from (a file changed since it was
                // read keeps the date its own text gave it, and the next build sees the change).
                if let (bytes, _) = try? reader.readStamped(path: origin.file),
                    AnalysisCache.key(content: AnalysisCache.contentHash(bytes), id: origin.id, path: origin.file, reference: reference)
                        == origin.key,
                    let text = try? DocumentLoader.decode(bytes, path: origin.file)
                {
                    document = try? reader.parse(text: text, path: origin.file, id: origin.id)
                }
            }
            guard let document else { return }
            redoneSlots[n] = builder.analyze(document, collectionDate: publicationsAgain[n], yearless: yearlessAgain[n])
        }
        var redone = 0
        for (n, item) in again.enumerated() {
            if let analysis = redoneSlots[n] {
                analyses[item.k] = analysis
                cache.store(item.key, document: analysis.0, events: analysis.1)
                redone += 1
            } else {
                keys.remove(item.key)
                identities[item.k] = Pipeline.identity(origins[item.k].key)
            }
        }
        if redone > 0 { timings.lap("analyze \(redone) articles again (their year from the collection)") }
        cache.retain(keys)
        cache.stamps = stamps
        var warnings: [String] = []
        if files.isEmpty && discoveryErrors.isEmpty {
            warnings.append("\(paths.joined(separator: ", ")): warning: no .txt, .md or .markdown articles found")
        }
        let timeline = builder.build(analyses: analyses, identities: identities, fresh: fresh, plans: &cache.mergePlans)
        timings.lap("merge + order")
        for d in timeline.documents where d.published == nil {
            warnings.append(
                "\(d.path): warning: no publication date found or inferred; relative dates stay unresolved (give --reference-date or front matter \"published:\")"
            )
        }
        return Output(timeline: timeline, documents: documents, errors: errors, warnings: warnings, timings: timings, filesRead: filesRead)
    }
}

extension Pipeline {
    /// The wall clock, in nanoseconds since 1970: only to decide whether a file stamp is too
    /// fresh to trust.
    static func wallClockNanoseconds() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int(t.tv_sec) &* 1_000_000_000 &+ Int(t.tv_nsec)
    }

    /// A 64-bit name of an article's analysis: a hash of its cache key (which covers its bytes,
    /// path, id, reference date and the tool's version).
    static func identity(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }
    }
}

/// Fixed slots that concurrent workers fill, each slot by one worker.
final class ResultSlots<T>: @unchecked Sendable {
    private var values: [T?]
    private let lock = NSLock()
    private var counter = 0

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(index: Int) -> T? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }

    /// Counts one more finished item; returns the new count.
    func increment() -> Int {
        lock.withLock {
            counter += 1
            return counter
        }
    }
}
