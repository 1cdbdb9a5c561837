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
        let (files, discoveryErrors) = loader.discover(paths)
        var errors = discoveryErrors
        var documents: [Document] = []
        for (file, id) in zip(files, Pipeline.documentIDs(files)) {
            do {
                documents.append(try loader.load(path: file, id: id))
            } catch {
                errors.append(error)
            }
        }
        var warnings: [String] = []
        if files.isEmpty && discoveryErrors.isEmpty {
            warnings.append("\(paths.joined(separator: ", ")): warning: no .txt, .md or .markdown articles found")
        }
        let timeline = builder.build(documents)
        for d in timeline.documents where d.published == nil {
            warnings.append(
                "\(d.path): warning: no publication date found or inferred; relative dates stay unresolved (give --reference-date or front matter \"published:\")"
            )
        }
        return Output(timeline: timeline, documents: documents, errors: errors, warnings: warnings)
    }
}
