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
        var timelineDocuments: [TimelineDocument] = []
        var events: [TimelineEvent] = []
        for document in documents {
            let (doc, docEvents) = analyze(document)
            timelineDocuments.append(doc)
            events.append(contentsOf: docEvents)
        }
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
            expressions: result.expressions, text: document.text)
        let events = EventExtractor.extract(document, expressions: result.expressions)
        return (timelineDocument, events)
    }

    // MARK: - merging and ordering

    /// Two documents reporting the same happening: the same date value, and titles that share
    /// most content words or at least two named people.
    static func merge(_ events: [TimelineEvent]) -> [TimelineEvent] {
        var merged: [TimelineEvent] = []
        for event in events {
            if let k = merged.firstIndex(where: { sameHappening($0, event) }) {
                merged[k].evidence.append(contentsOf: event.evidence)
                for actor in event.actors where !merged[k].actors.contains(where: { $0.name == actor.name }) {
                    merged[k].actors.append(actor)
                }
                merged[k].actors = EventExtractor.ordered(merged[k].actors)
            } else {
                merged.append(event)
            }
        }
        return merged
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "at", "by", "from", "their", "its", "his",
        "her", "that", "this", "as", "is", "was", "were", "be", "been", "has", "have", "had",
    ]

    static func contentWords(_ title: String) -> Set<String> {
        Set(title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { !stopWords.contains($0) })
    }

    static func sameHappening(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool {
        guard a.date.value == b.date.value, a.date.mod == b.date.mod else { return false }
        // Never merge two events of the same document: it reported them as separate.
        let docsA = Set(a.evidence.map(\.document))
        if b.evidence.contains(where: { docsA.contains($0.document) }) { return false }
        let peopleA = Set(a.actors.filter { $0.kind == .person }.map(\.name))
        let peopleB = Set(b.actors.filter { $0.kind == .person }.map(\.name))
        if peopleA.intersection(peopleB).count >= 2 { return true }
        let wa = contentWords(a.title)
        let wb = contentWords(b.title)
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        let jaccard = Double(wa.intersection(wb).count) / Double(wa.union(wb).count)
        return jaccard >= 0.5
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
