/// The pipeline after loading: tag each document, extract its events, merge the events that
/// two documents report, and order them.
///
/// Order: by date interval (start day, then end day), then document order, then sentence
/// order. A year-precision event (2024-01-01...2024-12-31) therefore sorts before every month
/// of that year but January, and before January's events that end earlier only if they start
/// earlier: "2024" comes before "late December 2024" and after "2013-2014".
public struct TimelineBuilder: Sendable {
    /// `--reference-date`: overrides every document's publication date.
    public var reference: CalendarDay?
    public var tagger = TemporalTagger()

    public init(reference: CalendarDay? = nil) {
        self.reference = reference
    }

    /// Builds the timeline of documents (in the order given).
    public func build(_ documents: [Document]) -> Timeline {
        build(analyses: documents.map(analyze))
    }

    /// Merges and orders the events of documents analyzed one by one (``analyze(_:)``).
    public func build(analyses: [(TimelineDocument, [TimelineEvent])]) -> Timeline {
        let timelineDocuments = analyses.map(\.0)
        let events = analyses.flatMap(\.1)
        return Timeline(documents: timelineDocuments, events: TimelineBuilder.order(TimelineBuilder.merge(events), documents: timelineDocuments))
    }

    /// The publication date of a document: `--reference-date`, else front matter, else
    /// nil (the tagger then reads a dateline or infers it).
    public func givenPublication(_ document: Document) -> PublicationDate? {
        if let reference {
            return PublicationDate(
                day: reference, value: reference.iso, source: .option, confidence: .high,
                derivation: "given with --reference-date")
        }
        if let raw = document.frontMatter.published, let day = DocumentLoader.publishedDay(raw) {
            return PublicationDate(
                day: day, value: day.iso, source: .frontMatter, confidence: .high,
                derivation: "\"published: \(raw)\" in the front matter")
        }
        return nil
    }

    /// Tags one document and extracts its events.
    public func analyze(_ document: Document) -> (TimelineDocument, [TimelineEvent]) {
        let result = tagger.analyze(document.taggingText, publication: givenPublication(document), inferIfMissing: true)
        let timelineDocument = TimelineDocument(
            id: document.id, path: document.path, title: document.title, published: result.reference,
            expressions: result.expressions, text: document.text, paragraphs: document.paragraphs)
        let events = EventExtractor.extract(document, expressions: result.expressions)
        return (timelineDocument, events)
    }

    // MARK: - merging and ordering

    /// Two documents reporting the same happening: the same date value, and titles that share
    /// most content words or at least two named people.
    static func merge(_ events: [TimelineEvent]) -> [TimelineEvent] {
        var merged: [TimelineEvent] = []
        var features: [HappeningFeatures] = []
        // Only events with the same date can be the same happening: an index from
        // (date, word) and (date, person) to the merged events that have them.
        var byWord: [String: [Int]] = [:]
        for event in events {
            let key = event.date.value + "|" + (event.date.mod?.rawValue ?? "")
            let f = HappeningFeatures(event)
            // A match shares at least half of this title's words (Jaccard >= 0.5), so it has one
            // of any |A| - ceil(|A|/2) + 1 of them: look up only the rarest that many. Likewise
            // two shared people: one of any |P| - 1 of them.
            var candidates = Set<Int>()
            func rarest(_ keys: [String], _ count: Int) -> ArraySlice<String> {
                keys.sorted { (byWord[$0]?.count ?? 0, $0) < (byWord[$1]?.count ?? 0, $1) }.prefix(max(0, count))
            }
            let wordKeys = f.words.map { key + "|" + $0 }
            for k in rarest(wordKeys, wordKeys.count - (wordKeys.count + 1) / 2 + 1) { candidates.formUnion(byWord[k, default: []]) }
            let peopleKeys = f.people.map { key + "|@" + $0 }
            if peopleKeys.count >= 2 {
                for k in rarest(peopleKeys, peopleKeys.count - 1) { candidates.formUnion(byWord[k, default: []]) }
            }
            if let k = candidates.sorted().first(where: { features[$0].matches(f) }) {
                merged[k].evidence.append(contentsOf: event.evidence)
                for actor in event.actors where !merged[k].actors.contains(where: { $0.name == actor.name }) {
                    merged[k].actors.append(actor)
                }
                merged[k].actors = EventExtractor.ordered(merged[k].actors)
                features[k].documents.formUnion(f.documents)
            } else {
                for w in f.words { byWord[key + "|" + w, default: []].append(merged.count) }
                for p in f.people { byWord[key + "|@" + p, default: []].append(merged.count) }
                merged.append(event)
                features.append(f)
            }
        }
        return merged
    }

    /// What two reports of one happening share, computed once per event.
    struct HappeningFeatures {
        var documents: Set<String>
        var people: Set<String>
        var words: Set<String>

        init(_ e: TimelineEvent) {
            documents = Set(e.evidence.map(\.document))
            people = Set(e.actors.filter { $0.kind == .person }.map(\.name))
            words = TimelineBuilder.contentWords(e.title)
        }

        /// Another document, and at least two named people or most content words in common.
        func matches(_ other: HappeningFeatures) -> Bool {
            guard documents.isDisjoint(with: other.documents) else { return false }
            if people.intersection(other.people).count >= 2 { return true }
            guard !words.isEmpty, !other.words.isEmpty else { return false }
            return Double(words.intersection(other.words).count) / Double(words.union(other.words).count) >= 0.5
        }
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "at", "by", "from", "their", "its", "his",
        "her", "that", "this", "as", "is", "was", "were", "be", "been", "has", "have", "had",
    ]

    static func contentWords(_ title: String) -> Set<String> {
        let bytes = Array(title.utf8)
        return Set(Words.split(bytes, 0..<bytes.count).map { $0.text.lowercased() }.filter { !stopWords.contains($0) })
    }

    static func order(_ events: [TimelineEvent], documents: [TimelineDocument]) -> [TimelineEvent] {
        var documentIndex: [String: Int] = [:]
        for (i, d) in documents.enumerated() { documentIndex[d.id] = i }
        var sorted = events.sorted { a, b in
            if a.date.start != b.date.start { return a.date.start < b.date.start }
            if a.date.end != b.date.end { return a.date.end < b.date.end }
            let da = documentIndex[a.evidence[0].document] ?? 0
            let db = documentIndex[b.evidence[0].document] ?? 0
            if da != db { return da < db }
            return a.evidence[0].sentence < b.evidence[0].sentence
        }
        // Ids: unique in the timeline. A clash (same date and same first title words) is told
        // apart by where each event is first reported, so ids stay stable as articles are added.
        let counts = Dictionary(grouping: sorted.indices, by: { sorted[$0].id }).filter { $0.value.count > 1 }
        for (_, indices) in counts {
            for i in indices {
                let first = sorted[i].evidence[0]
                sorted[i].id += "-\(first.document)-s\(first.sentence)"
            }
        }
        return sorted
    }
}
