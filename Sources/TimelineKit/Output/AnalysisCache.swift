import Foundation

/// The analysis of each article from the previous build, so a rebuild re-analyzes only the
/// articles whose bytes changed (or all of them when the tool's version or the reference
/// date changed). Kept as one JSON file inside the site directory and written with the site.
///
/// The article text itself is not stored: it is read again from the file (its bytes give the
/// key anyway), so the cache stays a fraction of the corpus size.
public struct AnalysisCache: Sendable {
    public static let fileName = ".alliance-timeline-cache.json"

    struct Entry: Codable, Sendable {
        var key: String
        var document: TimelineDocument
        var events: [TimelineEvent]
    }

    struct Stored: Codable, Sendable {
        var entries: [String: Entry]
        var pages: [String: String]
    }

    private(set) var entries: [String: Entry] = [:]
    /// Fingerprints of the pages of the previous build (path -> fingerprint of its inputs).
    public var pages: [String: String] = [:]
    /// How many lookups were answered from the cache in this run.
    public private(set) var hits = 0

    public init() {}

    /// Reads a cache file; a missing, unreadable or foreign file is an empty cache.
    public init(contentsOf path: String) {
        guard let data = FileManager.default.contents(atPath: path),
            let decoded = try? JSONDecoder().decode(Stored.self, from: data)
        else { return }
        entries = decoded.entries
        pages = decoded.pages
    }

    /// The cache key of an article: tool version, reference date, id, path and a hash of its bytes.
    public static func key(bytes: [UInt8], id: String, path: String, reference: CalendarDay?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for b in bytes.reversed() { second = (second ^ UInt64(b)) &* 0x100_0000_01b3 }
        return
            "\(AllianceTimeline.version)|\(reference?.iso ?? "-")|\(id)|\(path)|\(bytes.count)|\(String(hash, radix: 16))\(String(second, radix: 16))"
    }

    /// The cached analysis for `key`, with the text filled back in.
    public mutating func lookup(_ key: String, text: String) -> (TimelineDocument, [TimelineEvent])? {
        guard let entry = entries[key] else { return nil }
        hits += 1
        var document = entry.document
        document.text = text
        return (document, entry.events)
    }

    public mutating func store(_ key: String, document: TimelineDocument, events: [TimelineEvent]) {
        var stored = document
        stored.text = ""
        entries[key] = Entry(key: key, document: stored, events: events)
    }

    /// Keeps only the given keys (articles that are gone leave the cache).
    public mutating func retain(_ keys: Set<String>) {
        entries = entries.filter { keys.contains($0.key) }
    }

    /// The cache as deterministic JSON (sorted keys).
    public func serialized() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(Stored(entries: entries, pages: pages)) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
