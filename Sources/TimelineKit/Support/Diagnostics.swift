/// A problem with an input, a template or an output, with where it is.
///
/// Printed as `path:line:col: error: message` (the form compilers use, so editors can jump
/// to it). Messages are lower-case fragments that quote the offending value.
public struct TimelineError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Stage: String, Sendable, Hashable {
        case input, frontMatter = "front-matter", template, output, usage
    }

    public var stage: Stage
    public var path: String
    /// 1-based; 0 when the problem is with the whole file.
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ stage: Stage, path: String, line: Int = 0, column: Int = 0, _ message: String) {
        self.stage = stage
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// The message of a file that could not be opened or read: a problem of the machine or
    /// its permissions, not of the file's content (it can go away with the stamp unchanged).
    public static let cannotRead = "file cannot be read"

    /// Whether this is ``cannotRead``.
    public var isReadFailure: Bool { stage == .input && message == TimelineError.cannotRead }

    public var description: String {
        if line > 0 { return "\(path):\(line):\(column): error: \(message)" }
        return "\(path): error: \(message)"
    }
}

/// Line and column (1-based, columns in Unicode scalars) of a byte offset in UTF-8 bytes.
func lineAndColumn(of offset: Int, in bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    for b in bytes {
        if index >= offset { break }
        if b == 0x0A {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
        index += 1
    }
    return (line, column)
}

/// Converts increasing byte offsets of a UTF-8 string into Unicode-scalar offsets in one pass.
struct ScalarOffsetCounter {
    private let bytes: [UInt8]
    private var byteIndex = 0
    private var scalarIndex = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The scalar offset of `byteOffset`; offsets must not decrease between calls (else it restarts).
    mutating func scalarOffset(_ byteOffset: Int) -> Int {
        if byteOffset < byteIndex {
            byteIndex = 0
            scalarIndex = 0
        }
        let target = min(byteOffset, bytes.count)
        while byteIndex < target {
            if bytes[byteIndex] & 0xC0 != 0x80 { scalarIndex += 1 }
            byteIndex += 1
        }
        return scalarIndex
    }
}
