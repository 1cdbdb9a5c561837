import Foundation

/// A name in a template context, interned to a small integer: the compiled renderer looks a
/// name up by comparing integers instead of hashing strings. The names the built-in contexts use
/// are static constants (`TemplateKey.title`); a template's names are interned when it is
/// compiled.
struct TemplateKey: Hashable, Sendable {
    let index: Int32

    init(_ name: String) { index = TemplateKeyTable.shared.intern(name) }

    var name: String { TemplateKeyTable.shared.name(index) }
}

/// The interned names (shared by every template and context of the process).
final class TemplateKeyTable: @unchecked Sendable {
    static let shared = TemplateKeyTable()
    private let lock = NSLock()
    private var indexes: [String: Int32] = [:]
    private var names: [String] = []

    func intern(_ name: String) -> Int32 {
        lock.withLock {
            if let index = indexes[name] { return index }
            let index = Int32(names.count)
            names.append(name)
            indexes[name] = index
            return index
        }
    }

    func name(_ index: Int32) -> String { lock.withLock { names[Int(index)] } }
}

/// A value of a template context: typed, so rendering needs no casts. Lists and objects nest.
///
/// Truthiness follows Mustache as swift-mustache reads it: `false` and empty lists are false,
/// everything else (an empty string and zero too) is true.
enum TemplateValue: Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }

    /// A value from the untyped form (`[String: Any]` contexts of the public API and tests):
    /// strings, integers, booleans, dictionaries and arrays of them; anything else as its description.
    init(any value: Any) {
        // A Foundation number that holds a boolean (as JSONSerialization makes them) is a
        // flag, not the integer it would also cast to.
        if let number = value as? NSNumber, type(of: value) != Int.self, String(cString: number.objCType) == "c" {
            self = .bool(number.boolValue)
            return
        }
        switch value {
        case let v as TemplateValue: self = v
        case let s as String: self = .string(s)
        case let b as Bool where type(of: value) == Bool.self: self = .bool(b)
        case let i as Int: self = .int(i)
        case let b as Bool: self = .bool(b)
        case let d as [String: Any]: self = .object(TemplateObject(any: d))
        case let list as [[String: Any]]: self = .list(list.map { .object(TemplateObject(any: $0)) })
        case let list as [Any]: self = .list(list.map(TemplateValue.init(any:)))
        default: self = .string(String(describing: value))
        }
    }

    /// The untyped form, as swift-mustache renders it: objects as `[String: Any]`, lists of
    /// objects as `[[String: Any]]`, other lists as `[Any]`.
    var any: Any {
        switch self {
        case .string(let s): return s
        case .int(let i): return i
        case .bool(let b): return b
        case .object(let o): return o.any
        case .list(let items):
            var objects: [[String: Any]] = []
            objects.reserveCapacity(items.count)
            for item in items {
                guard case .object(let o) = item else { return items.map(\.any) }
                objects.append(o.any)
            }
            return objects
        }
    }

    /// Mustache's falsiness: `false` and the empty list.
    var isFalsy: Bool {
        switch self {
        case .bool(let b): return !b
        case .list(let items): return items.isEmpty
        default: return false
        }
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var int: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    var object: TemplateObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    var list: [TemplateValue]? {
        if case .list(let items) = self { return items }
        return nil
    }
}

/// The object of a template context: named values in the order they were set. Objects are
/// small (a dozen names at most), so a lookup is a scan comparing integers.
struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    private(set) var entries: [(TemplateKey, TemplateValue)]

    init() { entries = [] }

    init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) { entries = elements }

    init(any dictionary: [String: Any]) {
        entries = dictionary.keys.sorted().map { (TemplateKey($0), TemplateValue(any: dictionary[$0]!)) }
    }

    var count: Int { entries.count }

    /// The value of `key`; setting nil removes it.
    subscript(key: TemplateKey) -> TemplateValue? {
        get {
            for entry in entries where entry.0 == key { return entry.1 }
            return nil
        }
        set {
            if let k = entries.firstIndex(where: { $0.0 == key }) {
                if let newValue { entries[k].1 = newValue } else { entries.remove(at: k) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    /// The value named `name` (interning it; for tests and the untyped API).
    subscript(name: String) -> TemplateValue? { self[TemplateKey(name)] }

    var any: [String: Any] {
        var d: [String: Any] = [:]
        d.reserveCapacity(entries.count)
        for (key, value) in entries where d[key.name] == nil { d[key.name] = value.any }
        return d
    }

    /// The names set, in the order they were set.
    var keys: [TemplateKey] { entries.map(\.0) }
}

/// The names the built-in templates' contexts use.
extension TemplateKey {
    static let id = TemplateKey("id")
    static let title = TemplateKey("title")
    static let date = TemplateKey("date")
    static let points = TemplateKey("points")
    static let sources = TemplateKey("sources")
    static let actors = TemplateKey("actors")
    static let hasActors = TemplateKey("hasActors")
    static let planned = TemplateKey("planned")
    static let actorList = TemplateKey("actorList")
    static let sourceList = TemplateKey("sourceList")
    static let pointCount = TemplateKey("pointCount")
    static let moreReports = TemplateKey("moreReports")
    static let moreSources = TemplateKey("moreSources")
    static let href = TemplateKey("href")
    static let memo = TemplateKey(FragmentMemo.keyName)
    static let display = TemplateKey("display")
    static let value = TemplateKey("value")
    static let precision = TemplateKey("precision")
    static let derivation = TemplateKey("derivation")
    static let start = TemplateKey("start")
    static let startDay = TemplateKey("startDay")
    static let endDay = TemplateKey("endDay")
    static let uncertain = TemplateKey("uncertain")
    static let end = TemplateKey("end")
    static let isRange = TemplateKey("isRange")
    static let mod = TemplateKey("mod")
    static let note = TemplateKey("note")
    static let quote = TemplateKey("quote")
    static let documentId = TemplateKey("documentId")
    static let documentTitle = TemplateKey("documentTitle")
    static let documentPath = TemplateKey("documentPath")
    static let sentence = TemplateKey("sentence")
    static let isContinuation = TemplateKey("isContinuation")
    static let path = TemplateKey("path")
    static let published = TemplateKey("published")
    static let name = TemplateKey("name")
    static let kind = TemplateKey("kind")
    static let role = TemplateKey("role")
    static let source = TemplateKey("source")
    static let confidence = TemplateKey("confidence")
    static let year = TemplateKey("year")
    static let anchor = TemplateKey("anchor")
    static let events = TemplateKey("events")
    static let lang = TemplateKey("lang")
    static let generator = TemplateKey("generator")
    static let stylesheet = TemplateKey("stylesheet")
    static let eventCount = TemplateKey("eventCount")
    static let documentCount = TemplateKey("documentCount")
    static let summary = TemplateKey("summary")
    static let years = TemplateKey("years")
    static let hasEvents = TemplateKey("hasEvents")
    static let documents = TemplateKey("documents")
    static let h1 = TemplateKey("h1")
    static let h2 = TemplateKey("h2")
    static let h3 = TemplateKey("h3")
    static let isSite = TemplateKey("isSite")
    static let root = TemplateKey("root")
    static let jsonLD = TemplateKey("jsonLD")
    static let siteTitle = TemplateKey("siteTitle")
    static let paragraphs = TemplateKey("paragraphs")
    static let expressionCount = TemplateKey("expressionCount")
    static let groups = TemplateKey("groups")
    static let label = TemplateKey("label")
    static let actorCount = TemplateKey("actorCount")
    static let text = TemplateKey("text")
    static let isDate = TemplateKey("isDate")
    static let type = TemplateKey("type")
    static let datetime = TemplateKey("datetime")
    static let eventHref = TemplateKey("eventHref")
    static let isHeading = TemplateKey("isHeading")
    static let segments = TemplateKey("segments")
}
