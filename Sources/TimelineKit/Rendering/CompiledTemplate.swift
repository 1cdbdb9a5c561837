import Foundation

/// A Mustache template compiled for speed: the common subset (text, escaped and unescaped
/// variables, dotted names, sections, inverted sections, comments, the `CONTENT_TYPE` pragma,
/// and the list-position transforms `first()`, `last()`, `index()`, `even()`, `odd()`), rendered straight into
/// UTF-8 bytes from typed contexts (``TemplateObject``).
///
/// swift-mustache stays the reference: it parses every template first (and reports errors with
/// their line and column), renders anything outside this subset (partials, inheritance, other
/// transforms, lambdas, pragmas, changed delimiters), and the tests check that both give the same
/// bytes for every built-in template. The reason for this type is speed: swift-mustache splits
/// each tag's name and casts every value through protocol existentials on each lookup, which
/// measured about 0.3 ms per timeline event (3 s for the 1,000-article benchmark's index page).
struct CompiledTemplate: Sendable {
    /// A name as written in a tag: "." (the current value), or dotted parts ("date.start").
    /// A name as written, split at its dots; a class, so the renderer passes it without copying
    /// its parts.
    final class Name: Sendable {
        let parts: [String]
        /// The parts interned (``TemplateKey``).
        let keys: [TemplateKey]
        /// A list-position transform on the current list item: "first()" and the like.
        let position: Position?
        /// The first part (looked up through the stack), and whether there are more.
        let first: TemplateKey?
        let isDotted: Bool

        init(parts: [String], position: Position?) {
            self.parts = parts
            self.position = position
            keys = parts.map(TemplateKey.init)
            first = keys.first
            isDotted = parts.count > 1
        }
    }

    enum Position: String, Sendable {
        case first, last, index, even, odd
    }

    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        /// `{{% CONTENT_TYPE: TEXT}}` (no escaping from here on) or `HTML` (escaping again).
        case contentType(escapes: Bool)
    }

    let nodes: [Node]

    /// Compiles `source`; nil when it uses anything outside the subset (or does not parse,
    /// which swift-mustache reports first).
    init?(_ source: String) {
        var parser = Parser(bytes: Array(source.utf8))
        guard let nodes = parser.parseAll() else { return nil }
        self.nodes = nodes
    }

    // MARK: - parsing

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        enum Tag {
            case variable(Name, escaped: Bool)
            case open(Name, inverted: Bool, raw: String)
            case close(String)
            case comment
            case contentType(escapes: Bool)
        }

        /// Parses the whole template. Standalone lines follow swift-mustache exactly: a
        /// "new line" flag is true at the start, after a line break in text, and after a
        /// standalone comment or pragma; false after a variable or other text; inside a section
        /// it starts as the opening tag's standalone result, and after the section the flag is
        /// again the opening tag's (not the closing tag's) result.
        mutating func parseAll() -> [Node]? {
            // Line breaks other than "\n" and "\r\n" (which swift-mustache also takes as line
            // ends) are left to swift-mustache.
            var k = 0
            while k < bytes.count {
                let b = bytes[k]
                if b == 0x0D, !(k + 1 < bytes.count && bytes[k + 1] == 0x0A) { return nil }
                if b == 0x0B || b == 0x0C { return nil }
                if b == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0x85 { return nil }
                if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9 { return nil }
                k += 1
            }
            var stack: [(name: Name, raw: String, inverted: Bool, nodes: [Node], standalone: Bool)] = []
            var nodes: [Node] = []
            var text: [UInt8] = []
            var newLine = true
            func flush() {
                if !text.isEmpty {
                    nodes.append(.text(text))
                    text = []
                }
            }
            while position < bytes.count {
                guard let open = find("{{", from: position) else {
                    text.append(contentsOf: bytes[position...])
                    position = bytes.count
                    break
                }
                let tagStart = open
                guard let (tag, tagEnd) = readTag(at: open) else { return nil }
                var before = bytes[position..<tagStart]
                // The flag at the tag: after the last line break in the text before it, only
                // blanks; with no line break, the flag as it was and only blanks.
                let blankTail = before.reversed().prefix { $0 != 0x0A }.allSatisfy { $0 == 0x20 || $0 == 0x09 }
                newLine = before.contains(0x0A) ? blankTail : (newLine && blankTail)
                var next = tagEnd
                var standalone = false
                if case .variable = tag {
                } else if newLine, let lineEnd = lineFinished(after: tagEnd) {
                    // Alone on its line: the blanks before it and the line end go with it.
                    standalone = true
                    var cut = before.endIndex
                    while cut > before.startIndex, bytes[cut - 1] == 0x20 || bytes[cut - 1] == 0x09 { cut -= 1 }
                    before = bytes[before.startIndex..<cut]
                    next = lineEnd
                }
                text.append(contentsOf: before)
                position = next
                switch tag {
                case .variable(let name, let escaped):
                    flush()
                    nodes.append(.variable(name, escaped: escaped))
                    newLine = false
                case .comment:
                    newLine = standalone
                case .contentType(let escapes):
                    flush()
                    nodes.append(.contentType(escapes: escapes))
                    newLine = standalone
                case .open(let name, let inverted, let raw):
                    flush()
                    stack.append((name, raw, inverted, nodes, standalone))
                    nodes = []
                    newLine = standalone
                case .close(let raw):
                    flush()
                    guard let top = stack.popLast(), top.raw == raw else { return nil }
                    let section = Node.section(top.name, nodes, inverted: top.inverted)
                    nodes = top.nodes
                    nodes.append(section)
                    newLine = top.standalone
                }
            }
            flush()
            return stack.isEmpty ? nodes : nil
        }

        /// Whether only blanks follow the tag on its line: the position after the line end
        /// ("\n" or "\r\n"), or the tag's end when the text ends right there; nil otherwise
        /// (trailing blanks at the very end of the text do not count, as in swift-mustache).
        func lineFinished(after tagEnd: Int) -> Int? {
            if tagEnd == bytes.count { return tagEnd }
            var j = tagEnd
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            guard j < bytes.count else { return nil }
            if bytes[j] == 0x0A { return j + 1 }
            if bytes[j] == 0x0D, j + 1 < bytes.count, bytes[j + 1] == 0x0A { return j + 2 }
            return nil
        }

        /// The next two-byte `needle` ("{{" or "}}") at or after `start`.
        func find(_ needle: StaticString, from start: Int) -> Int? {
            let a = needle.utf8Start[0]
            let b = needle.utf8Start[1]
            var i = start
            while i + 1 < bytes.count {
                if bytes[i] == a, bytes[i + 1] == b { return i }
                i += 1
            }
            return nil
        }

        /// The tag starting at `open` ("{{"), and the position after it; nil for what the
        /// subset does not cover.
        func readTag(at open: Int) -> (Tag, Int)? {
            var i = open + 2
            guard i < bytes.count else { return nil }
            let sigil = bytes[i]
            if sigil == UInt8(ascii: "!") {
                guard let close = find("}}", from: i) else { return nil }
                return (.comment, close + 2)
            }
            if sigil == UInt8(ascii: "{") {
                var close = i + 1
                while close + 2 < bytes.count, !(bytes[close] == 0x7D && bytes[close + 1] == 0x7D && bytes[close + 2] == 0x7D) { close += 1 }
                guard close + 2 < bytes.count else { return nil }
                guard let name = Parser.name(bytes[(i + 1)..<close]) else { return nil }
                return (.variable(name, escaped: false), close + 3)
            }
            guard let close = find("}}", from: i) else { return nil }
            let inner: ArraySlice<UInt8>
            switch sigil {
            case UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"):
                i += 1
                inner = bytes[i..<close]
            case UInt8(ascii: "%"):
                let pragma = String(decoding: bytes[(i + 1)..<close], as: UTF8.self).split(separator: ":").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard pragma.count == 2, pragma[0] == "CONTENT_TYPE", pragma[1] == "TEXT" || pragma[1] == "HTML" else { return nil }
                return (.contentType(escapes: pragma[1] == "HTML"), close + 2)
            case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="):
                return nil  // partials, inheritance, delimiters: swift-mustache renders those
            default:
                inner = bytes[i..<close]
            }
            guard let name = Parser.name(inner) else { return nil }
            let raw = String(decoding: Parser.trimmed(inner), as: UTF8.self)
            switch sigil {
            case UInt8(ascii: "&"): return (.variable(name, escaped: false), close + 2)
            case UInt8(ascii: "#"): return (.open(name, inverted: false, raw: raw), close + 2)
            case UInt8(ascii: "^"): return (.open(name, inverted: true, raw: raw), close + 2)
            case UInt8(ascii: "/"): return (.close(raw), close + 2)
            default: return (.variable(name, escaped: true), close + 2)
            }
        }

        static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var a = s.startIndex
            var b = s.endIndex
            while a < b, s[a] == 0x20 || s[a] == 0x09 { a += 1 }
            while b > a, s[b - 1] == 0x20 || s[b - 1] == 0x09 { b -= 1 }
            return s[a..<b]
        }

        /// "name", "a.b.c", ".", or a position transform "first()"; nil for anything else
        /// (other transforms, odd characters).
        static func name(_ raw: ArraySlice<UInt8>) -> Name? {
            let s = trimmed(raw)
            guard !s.isEmpty else { return nil }
            let text = String(decoding: s, as: UTF8.self)
            if text.hasSuffix("()") {
                guard let position = Position(rawValue: String(text.dropLast(2))) else { return nil }
                return Name(parts: [], position: position)
            }
            if text == "." { return Name(parts: [], position: nil) }
            for b in s {
                let ok =
                    (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
                    || b == UInt8(ascii: ".") || b == UInt8(ascii: "?")
                guard ok else { return nil }
            }
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !parts.contains(where: \.isEmpty) else { return nil }
            return Name(parts: parts, position: nil)
        }
    }

    // MARK: - rendering

    /// Where a list item sits in its list (for the position transforms).
    struct ListPosition {
        var index: Int
        var count: Int
    }

    /// Renders an untyped context (converted first; tests and the public API).
    func render(_ context: [String: Any]) -> String {
        String(decoding: renderBytes(TemplateObject(any: context), memo: nil), as: UTF8.self)
    }

    func render(_ context: TemplateObject) -> String {
        String(decoding: renderBytes(context, memo: nil), as: UTF8.self)
    }

    /// Renders to bytes; with a memo, the items of its list section are reused from the
    /// previous output where their keys match (and their positions recorded for the next).
    /// `capacity`: the expected size (a large output reserved once is not copied as it grows).
    func renderBytes(_ context: TemplateObject, memo: FragmentMemo?, capacity: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(max(capacity, memo.map { $0.holes == nil ? $0.previous.bytes.count + 4096 : 0 } ?? 16_384))
        var stack: [Frame] = [.object(context)]
        CompiledTemplate.render(nodes, stack: &stack, position: nil, escaping: true, memo: memo, into: &out)
        return out
    }

    // MARK: - reusing list items

    /// Whether `out[from...]` is whole lines (it starts a line and ends with a newline) and its
    /// first line is not blank: tidying blank lines afterwards then treats it the same wherever
    /// it stands.
    /// `atLineStart`: whether `start` starts a line, when the bytes before it are not all in
    /// `out` (holes of a ``SplicedBytes`` before it).
    static func isWholeLines(_ out: [UInt8], from start: Int, atLineStart: Bool? = nil) -> Bool {
        guard start < out.count, atLineStart ?? (start == 0 || out[start - 1] == 0x0A), out[out.count - 1] == 0x0A else { return false }
        var k = start
        while k < out.count, out[k] != 0x0A {
            if out[k] != 0x20 { return true }
            k += 1
        }
        return false
    }

    /// Whether the list section `section` can be memoized: the template names it once, directly
    /// inside a top-level `within` section (the frames around an item are then known: the
    /// page and that list's item), and its body depends only on its item. The renderer then
    /// never reads more of an item it copies than its key, so the caller may pass just the key.
    func isReusable(section: String, within: String, allowed: Set<String>, lists: Set<String>) -> Bool {
        var bodies: [[Node]] = []
        var placed = false
        func collect(_ nodes: [Node], parents: [String]) {
            for node in nodes {
                if case .section(let name, let body, let inverted) = node {
                    if name.parts == [section] {
                        bodies.append(inverted ? [] : body)
                        placed = parents == [within]
                    }
                    collect(body, parents: parents + [name.parts.joined(separator: ".")])
                }
            }
        }
        collect(nodes, parents: [])
        guard bodies.count == 1, placed else { return false }
        return CompiledTemplate.dependsOnlyOnItem(bodies[0], allowed: allowed, lists: lists)
    }

    /// Whether the body of a memoized list section depends only on its item: every name it
    /// looks up is one of `allowed` (keys the items always carry, at any depth, and that the
    /// frames outside the list do not have), list positions are asked only inside a nested
    /// list (`lists`), and it has no content-type pragma.
    static func dependsOnlyOnItem(_ nodes: [Node], allowed: Set<String>, lists: Set<String>, insideList: Bool = false) -> Bool {
        func nameOK(_ name: Name) -> Bool {
            if name.position != nil { return insideList }
            guard let first = name.parts.first else { return true }
            return allowed.contains(first)
        }
        for node in nodes {
            switch node {
            case .text: continue
            case .contentType: return false
            case .variable(let name, _): if !nameOK(name) { return false }
            case .section(let name, let body, _):
                guard nameOK(name) else { return false }
                let opensList = name.parts.count == 1 && lists.contains(name.parts[0])
                if !dependsOnlyOnItem(body, allowed: allowed, lists: lists, insideList: insideList || opensList) { return false }
            }
        }
        return true
    }

    /// A value on the context stack: an object (names are looked up in it) or any other value.
    enum Frame {
        case object(TemplateObject)
        case other(TemplateValue)

        init(_ value: TemplateValue) {
            if case .object(let o) = value { self = .object(o) } else { self = .other(value) }
        }

        var value: TemplateValue {
            switch self {
            case .object(let o): return .object(o)
            case .other(let v): return v
            }
        }
    }

    /// A content-type pragma holds for the rest of the list of nodes it is in, nested sections
    /// included (as in swift-mustache).
    private static func render(
        _ nodes: [Node], stack: inout [Frame], position: ListPosition?, escaping: Bool, memo: FragmentMemo? = nil, into out: inout [UInt8]
    ) {
        var escaping = escaping
        for node in nodes {
            switch node {
            case .text(let bytes): out.append(contentsOf: bytes)
            case .contentType(let escapes): escaping = escapes
            case .variable(let name, let escaped):
                guard let value = lookup(name, stack, position) else { continue }
                write(value, escaped: escaped && escaping, into: &out)
            case .section(let name, let body, let inverted):
                let value = lookup(name, stack, position)
                if inverted {
                    guard value?.isFalsy ?? true else { continue }
                    if let value, case .list = value {
                        // An empty list is pushed (swift-mustache does), and no list position holds.
                        stack.append(.other(value))
                        render(body, stack: &stack, position: nil, escaping: escaping, into: &out)
                        stack.removeLast()
                    } else {
                        render(body, stack: &stack, position: position, escaping: escaping, into: &out)
                    }
                    continue
                }
                guard let value else { continue }
                switch value {
                case .list(let list):
                    if let memo, name.parts.count == 1, name.keys[0] == memo.sectionKey,
                        memo.reusable(body, CompiledTemplate.dependsOnlyOnItem(body, allowed: memo.allowed, lists: memo.lists))
                    {
                        renderMemoized(list, body: body, stack: &stack, escaping: escaping, memo: memo, into: &out)
                    } else {
                        // The memo's list rendered by another body: an entry left to be copied
                        // (only its index) cannot be; the caller renders again without the memo.
                        if let memo, name.parts.count == 1, name.keys[0] == memo.sectionKey, list.contains(where: { $0.int != nil }) {
                            memo.failed = true
                        }
                        for (k, item) in list.enumerated() {
                            stack.append(Frame(item))
                            render(
                                body, stack: &stack, position: ListPosition(index: k, count: list.count), escaping: escaping, memo: memo, into: &out)
                            stack.removeLast()
                        }
                    }
                case .bool(let flag):
                    if flag { render(body, stack: &stack, position: position, escaping: escaping, into: &out) }
                default:
                    // Any other value (an object, a string, even empty, a number) is pushed and
                    // the section renders once; a list position does not carry into it.
                    stack.append(Frame(value))
                    render(body, stack: &stack, position: nil, escaping: escaping, into: &out)
                    stack.removeLast()
                }
            }
        }
    }

    /// The memoized list: an item whose key is in the previous output is copied from it.
    private static func renderMemoized(
        _ list: [TemplateValue], body: [Node], stack: inout [Frame], escaping: Bool, memo: FragmentMemo, into out: inout [UInt8]
    ) {
        let holes = memo.holes
        for (k, item) in list.enumerated() {
            // The item's event (its index in the timeline), whose place in the previous file
            // the memo knows: the item itself when it is only that (an entry to copy).
            let bare = item.int
            let key = bare ?? item.object?[.memo]?.int
            // Where the item starts in the file (holes counted in) and in `out`.
            let start = holes?.position(out) ?? out.count
            let rawStart = out.count
            // Read only for output tidied by lines: the last byte of a hole is in the previous
            // file, and reading it faults that file's pages in one after another (most of a
            // rebuild's `index.html` time, when it was read for every item).
            let atLineStart = memo.lineAligned && (start == 0 || (holes?.lastByte(out) ?? out.last) == 0x0A)
            var copied = false
            if let key, let range = memo.previousRange(of: key), range.upperBound <= memo.previous.bytes.count,
                !memo.lineAligned || atLineStart
            {
                if let holes { holes.copy(range, at: out.count) } else { memo.previous.append(range, to: &out) }
                memo.reused += 1
                copied = true
            } else {
                // An item left without its context (to be copied) that cannot be copied after
                // all: the caller renders again without the memo.
                if bare != nil { memo.failed = true }
                stack.append(Frame(item))
                render(body, stack: &stack, position: ListPosition(index: k, count: list.count), escaping: escaping, into: &out)
                stack.removeLast()
            }
            // A copied item is whole lines as it was when it was recorded.
            if let key,
                !memo.lineAligned || (holes != nil && copied)
                    || CompiledTemplate.isWholeLines(out, from: rawStart, atLineStart: holes == nil ? nil : atLineStart)
            {
                memo.recorded.append(key)
                memo.ranges.append(start..<(holes?.position(out) ?? out.count))
            }
        }
    }

    private static func lookup(_ name: Name, _ stack: [Frame], _ position: ListPosition?) -> TemplateValue? {
        if let transform = name.position {
            guard let position else { return nil }
            switch transform {
            case .first: return .bool(position.index == 0)
            case .last: return .bool(position.index == position.count - 1)
            case .index: return .int(position.index)
            case .even: return .bool(position.index & 1 == 0)
            case .odd: return .bool(position.index & 1 == 1)
            }
        }
        guard let first = name.first else { return stack.last?.value }
        // The first part is looked up from the innermost value outwards; the rest inside it.
        var found: TemplateValue?
        var i = stack.count
        while i > 0 {
            i -= 1
            if case .object(let object) = stack[i], let value = object[first] {
                found = value
                break
            }
        }
        guard var value = found else { return nil }
        guard name.isDotted else { return value }
        for key in name.keys.dropFirst() {
            guard case .object(let object) = value, let child = object[key] else { return nil }
            value = child
        }
        return value
    }

    private static func write(_ value: TemplateValue, escaped: Bool, into out: inout [UInt8]) {
        let text: String
        switch value {
        case .string(let s): text = s
        case .int(let i):
            out.append(contentsOf: String(i).utf8)
            return
        case .bool(let b):
            out.append(contentsOf: (b ? "true" : "false").utf8)
            return
        default: text = String(describing: value.any)
        }
        if escaped {
            HTMLEscaping.append(text, to: &out)
        } else {
            var text = text
            text.withUTF8 { out.append(contentsOf: $0) }
        }
    }
}

/// The items of one list section of a template (the timeline's `events`) rendered by an
/// earlier build, to be copied instead of rendered again: `previous` is that build's output,
/// `previousRanges` where its items' bytes are in it, and `places` the place there of each
/// event of this build (by the event's index, `_memo` in its item), found by the event's key
/// (a fingerprint of everything the item is made from). Used only when the section's body
/// depends on nothing but its item (``CompiledTemplate/dependsOnlyOnItem(_:allowed:lists:insideList:)``).
final class FragmentMemo {
    static let keyName = "_memo"

    let section: String
    let sectionKey: TemplateKey
    let allowed: Set<String>
    let lists: Set<String>
    let previous: PreviousFile
    let previousRanges: [Range<Int>]
    let places: [Int32]
    /// For output tidied line by line afterwards (Markdown): items are recorded only when they
    /// are whole lines starting with a non-blank one, and copied only at the start of a line.
    let lineAligned: Bool
    /// An item without its context could not be copied: the output is not usable.
    var failed = false
    /// The items recorded (by event index) in output order, and where each is in the new
    /// output (for the next build).
    var recorded: [Int] = []
    var ranges: [Range<Int>] = []
    var reused = 0
    /// With holes, copied items are left as holes of a ``SplicedBytes`` instead of copied
    /// into the output.
    let holes: HoleLog?
    private var safety: Bool?
    /// The body the memo belongs to (a template may name the section twice, with other bodies).
    private var boundBody: (UnsafeRawPointer?, Int)?

    init(
        section: String, allowed: Set<String>, lists: Set<String>, previous: PreviousFile, previousRanges: [Range<Int>] = [],
        places: [Int32] = [], lineAligned: Bool = false, holes: Bool = false
    ) {
        self.lineAligned = lineAligned
        self.holes = holes ? HoleLog(previous: previous) : nil
        self.section = section
        self.sectionKey = TemplateKey(section)
        self.allowed = allowed
        self.lists = lists
        self.previous = previous
        self.previousRanges = previousRanges
        self.places = places
    }

    /// Where event `k`'s item is in the previous output, if it is there.
    func previousRange(of k: Int) -> Range<Int>? {
        guard k >= 0, k < places.count, places[k] >= 0 else { return nil }
        return previousRanges[Int(places[k])]
    }

    /// Whether items may be reused and recorded: decided once, from the first section body
    /// of that name; another body of the same name is rendered as usual.
    func reusable(_ body: [CompiledTemplate.Node], _ check: @autoclosure () -> Bool) -> Bool {
        // The body is known by its storage: a compiled template's nodes never change, so the
        // same section body is the same array buffer every time.
        let identity = body.withUnsafeBufferPointer { (UnsafeRawPointer($0.baseAddress), $0.count) }
        if let boundBody { return boundBody == identity && safety == true }
        boundBody = identity
        let s = check()
        safety = s
        return s
    }
}
