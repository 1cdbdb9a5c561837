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

    /// Loads every article under `paths` (files, or directories searched recursively) and
    /// builds the timeline. Document ids are made unique by suffixing "-2", "-3" in path order.
    public func run(_ paths: [String]) -> Output {
        let (files, discoveryErrors) = loader.discover(paths)
        var errors = discoveryErrors
        var documents: [Document] = []
        var ids = Set<String>()
        for file in files {
            var id = DocumentLoader.slug(forPath: file)
            var n = 2
            while ids.contains(id) {
                id = DocumentLoader.slug(forPath: file) + "-\(n)"
                n += 1
            }
            do {
                let document = try loader.load(path: file, id: id)
                ids.insert(id)
                documents.append(document)
            } catch {
                errors.append(error)
            }
        }
        var warnings: [String] = []
        if files.isEmpty && discoveryErrors.isEmpty {
            warnings.append("no .txt or .md articles found in \(paths.joined(separator: ", "))")
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
