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
    /// in it exactly the articles of this run.
    public func run(_ paths: [String], cache: inout AnalysisCache, progress: ((Int, Int) -> Void)? = nil) -> Output {
        let (files, discoveryErrors) = loader.discover(paths)
        var errors = discoveryErrors
        var documents: [Document] = []
        var analyses: [(TimelineDocument, [TimelineEvent])] = []
        var keys = Set<String>()
        for (n, (file, id)) in zip(files, Pipeline.documentIDs(files)).enumerated() {
            progress?(n + 1, files.count)
            do {
                let bytes = try loader.read(path: file)
                let text = try DocumentLoader.decode(bytes, path: file)
                let key = AnalysisCache.key(bytes: bytes, id: id, path: file, reference: builder.reference)
                keys.insert(key)
                if let cached = cache.lookup(key, text: text) {
                    analyses.append(cached)
                    continue
                }
                let document = try loader.parse(text: text, path: file, id: id)
                documents.append(document)
                let analysis = builder.analyze(document)
                cache.store(key, document: analysis.0, events: analysis.1)
                analyses.append(analysis)
            } catch {
                errors.append(error)
            }
        }
        cache.retain(keys)
        var warnings: [String] = []
        if files.isEmpty && discoveryErrors.isEmpty {
            warnings.append("\(paths.joined(separator: ", ")): warning: no .txt, .md or .markdown articles found")
        }
        let timeline = builder.build(analyses: analyses)
        for d in timeline.documents where d.published == nil {
            warnings.append(
                "\(d.path): warning: no publication date found or inferred; relative dates stay unresolved (give --reference-date or front matter \"published:\")"
            )
        }
        return Output(timeline: timeline, documents: documents, errors: errors, warnings: warnings)
    }
}
