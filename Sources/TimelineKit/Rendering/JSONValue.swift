/// A JSON value with ordered object keys, written deterministically (two-space indentation,
/// keys in the order given, non-ASCII kept as UTF-8, control characters escaped).
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized(pretty: false) == rhs.serialized(pretty: false) }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized(pretty: false)) }

    /// `.string` or `.null`.
    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    public func serialized(pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes a pretty array at `indent` whose items write themselves (each may be copied from
    /// an earlier file instead): the same bytes as `.array(items).write(to:pretty:true,indent:)`.
    static func writeArray(count: Int, indent: Int, to out: inout [UInt8], item: (Int, inout [UInt8]) -> Void) {
        if count == 0 {
            out.append(contentsOf: "[]".utf8)
            return
        }
        out.append(UInt8(ascii: "["))
        for k in 0..<count {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, indent + 1)
            item(k, &out)
        }
        newline(&out, indent)
        out.append(UInt8(ascii: "]"))
    }

    /// Writes `"key": ` in a pretty object at `indent` (after a comma unless it is the first).
    static func writeKey(_ key: String, first: Bool, indent: Int, to out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        newline(&out, indent + 1)
        writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: " "))
    }

    /// Appends the JSON text as UTF-8 bytes (the fast path: no intermediate strings).
    public func write(to out: inout [UInt8], pretty: Bool, indent: Int = 0) {
        switch self {
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            if items.isEmpty {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(&out, indent + 1) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(&out, indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            for (k, pair) in pairs.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(&out, indent + 1) }
                JSONValue.writeString(pair.0, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                pair.1.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(&out, indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes a pretty object field by field, without building it as a value first: the same
    /// bytes as `.object(pairs).write(to:pretty: true, indent:)` for the same fields (at least one).
    struct ObjectWriter {
        let indent: Int
        private var first = true

        init(indent: Int, to out: inout [UInt8]) {
            self.indent = indent
            out.append(UInt8(ascii: "{"))
        }

        /// `"name": ` (after a comma unless it is the first field); the value follows.
        mutating func key(_ name: String, _ out: inout [UInt8]) {
            JSONValue.writeKey(name, first: first, indent: indent, to: &out)
            first = false
        }

        mutating func string(_ name: String, _ value: String, _ out: inout [UInt8]) {
            key(name, &out)
            JSONValue.writeString(value, to: &out)
        }

        mutating func optional(_ name: String, _ value: String?, _ out: inout [UInt8]) {
            key(name, &out)
            if let value { JSONValue.writeString(value, to: &out) } else { out.append(contentsOf: "null".utf8) }
        }

        mutating func int(_ name: String, _ value: Int, _ out: inout [UInt8]) {
            key(name, &out)
            out.append(contentsOf: String(value).utf8)
        }

        func finish(_ out: inout [UInt8]) {
            JSONValue.newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func newline(_ out: inout [UInt8], _ indent: Int) {
        let count = 1 + indent * 2
        if count <= indentation.count {
            indentation.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
        } else {
            out.append(UInt8(ascii: "\n"))
            for _ in 0..<(indent * 2) { out.append(UInt8(ascii: " ")) }
        }
    }

    /// A newline and the spaces of the deepest indentation written in one piece.
    private static let indentation: [UInt8] = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 40)

    /// A JSON string literal: quote, backslash and control characters escaped, and U+2028 and
    /// U+2029 (line separators to JavaScript) as \u escapes; all else kept as UTF-8.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var run = 0  // start of the bytes not yet copied
            var i = 0
            let n = bytes.count
            func flush(_ end: Int) {
                if end > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
            }
            let raw = UnsafeRawBufferPointer(bytes)
            while i < n {
                // Eight bytes at a time while none of them needs a look (the usual case).
                if i + 8 <= n, !SWAR.hasJSONSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
                    i += 1
                    continue
                }
                if b == 0xE2 {
                    // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
                    if i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                        flush(i)
                        out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                        i += 3
                        run = i
                    } else {
                        i += 1
                    }
                    continue
                }
                flush(i)
                switch b {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 15)])
                }
                i += 1
                run = i
            }
            flush(n)
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Byte tests on eight bytes at once (a 64-bit word loaded from text).
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `w` is zero.
    @inline(__always) static func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }

    /// Whether some byte of `w` is `b`.
    @inline(__always) static func has(_ w: UInt64, _ b: UInt8) -> Bool { hasZero(w ^ (ones &* UInt64(b))) }

    /// Whether some byte of `w` is below 0x20 (a control character).
    @inline(__always) static func hasControl(_ w: UInt64) -> Bool { (w &- ones &* 0x20) & ~w & highs != 0 }

    /// A byte a JSON string must escape or look at: a control character, `"`, `\`, or 0xE2
    /// (which starts U+2028 and U+2029).
    @inline(__always) static func hasJSONSpecial(_ w: UInt64) -> Bool {
        hasControl(w) || has(w, 0x22) || has(w, 0x5C) || has(w, 0xE2)
    }

    /// A byte HTML escapes: `&`, `<`, `>`, `"` or `'`.
    @inline(__always) static func hasHTMLSpecial(_ w: UInt64) -> Bool {
        has(w, 0x26) || has(w, 0x3C) || has(w, 0x3E) || has(w, 0x22) || has(w, 0x27)
    }
}
