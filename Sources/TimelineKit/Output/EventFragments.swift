import Foundation

/// Where each event's bytes are in a whole-timeline file a build wrote (`index.html`,
/// `timeline.json`, `timeline.ics`, `timelinejs.json`): the file's size and hash (to recognize
/// it on disk), the configuration it was made with, and each event's byte range by the event's
/// key (``SiteBuilder/eventKey(_:_:)``). The next build copies the bytes of every event whose
/// key is there instead of writing them again.
public struct FragmentIndex: Sendable, Equatable {
    public var size: Int
    public var hash: String
    /// What else the bytes depend on (templates, version, limits): a different configuration
    /// reuses nothing.
    public var config: String
    public var ranges: [String: Range<Int>]

    public init(size: Int, hash: String, config: String, ranges: [String: Range<Int>]) {
        self.size = size
        self.hash = hash
        self.config = config
        self.ranges = ranges
    }

    /// A 64-bit hash of the bytes (``wideHash64(_:)``), in hex, and their count.
    static func hash(_ raw: UnsafeRawBufferPointer) -> String { String(wideHash64(raw), radix: 16) + "-" + String(raw.count) }

    static func hash(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes { hash($0) } }
}

/// A file of the previous build, mapped read-only (not copied into memory), for copying
/// unchanged parts of it. Empty when the file is missing or unreadable.
public final class PreviousFile: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private let mapping: UnsafeMutableRawPointer?
    private let length: Int
    /// The open file (for copying ranges of it kernel-side), -1 when there is none.
    let descriptor: Int32
    /// The file's device and inode (0 when there is no file).
    let identity: (device: UInt64, inode: UInt64)

    public static let empty = PreviousFile()

    private init() {
        bytes = UnsafeRawBufferPointer(start: nil, count: 0)
        mapping = nil
        length = 0
        descriptor = -1
        identity = (0, 0)
    }

    public init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return nil
        }
        let size = Int(info.st_size)
        identity = (UInt64(info.st_dev), UInt64(info.st_ino))
        guard size > 0 else {
            close(fd)
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            mapping = nil
            length = 0
            descriptor = -1
            return
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            close(fd)
            return nil
        }
        mapping = p
        length = size
        descriptor = fd
        bytes = UnsafeRawBufferPointer(start: p, count: size)
    }

    /// Test and in-memory use: the bytes are copied.
    public convenience init(bytes: [UInt8]) {
        self.init(copying: bytes)
    }

    private init(copying source: [UInt8]) {
        let p = UnsafeMutableRawPointer.allocate(byteCount: max(1, source.count), alignment: 8)
        source.withUnsafeBytes { if let base = $0.baseAddress { p.copyMemory(from: base, byteCount: source.count) } }
        mapping = nil
        length = -1
        descriptor = -1
        identity = (0, 0)
        bytes = UnsafeRawBufferPointer(start: p, count: source.count)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if let mapping {
            munmap(mapping, length)
        } else if length == -1, let base = bytes.baseAddress {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// Whether these are the bytes `index` describes (same size and hash).
    func matches(_ index: FragmentIndex) -> Bool { bytes.count == index.size && FragmentIndex.hash(bytes) == index.hash }

    func append(_ range: Range<Int>, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[range]))
    }
}

/// Writes a whole-timeline file event by event, copying each event whose key has bytes in the
/// previous file (checked to be the file the index describes, made with the same configuration)
/// and recording where each event is in the new file.
final class FragmentSplicer {
    let config: String
    private let previous: PreviousFile
    private let previousRanges: [String: Range<Int>]
    private(set) var ranges: [String: Range<Int>] = [:]
    private(set) var reused = 0
    /// With `holes`, copied events are left as holes of a ``SplicedBytes`` instead of copied
    /// into the output.
    let holes: HoleLog?

    init(config: String, previous index: FragmentIndex?, file: PreviousFile?, holes: Bool = false) {
        self.config = config
        if let index, let file, index.config == config, file.matches(index) {
            previous = file
            previousRanges = index.ranges
        } else {
            previous = .empty
            previousRanges = [:]
        }
        self.holes = holes ? HoleLog(previous: previous) : nil
        ranges.reserveCapacity(previousRanges.count + 16)
    }

    /// Appends the event's bytes: copied when unchanged (or left as a hole), else written by `write`.
    func emit(_ key: String, into out: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        let start = holes?.position(out) ?? out.count
        if let range = previousRanges[key], range.upperBound <= previous.bytes.count {
            if let holes { holes.copy(range, at: out.count) } else { previous.append(range, to: &out) }
            reused += 1
        } else {
            write(&out)
        }
        ranges[key] = start..<(holes?.position(out) ?? out.count)
    }

    /// The file just written: `out` with the holes left in it.
    func spliced(_ out: [UInt8]) -> SplicedBytes { holes?.spliced(out) ?? SplicedBytes(out) }

    /// The index of the file just written.
    func index(of file: SplicedBytes) -> FragmentIndex {
        FragmentIndex(size: file.count, hash: file.hash(), config: config, ranges: ranges)
    }
}

/// The fragment indexes that parallel renders leave for the builder, by file.
final class FragmentBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: (FragmentIndex, Int)] = [:]

    func store(_ path: String, _ index: FragmentIndex, reused: Int) { lock.withLock { stored[path] = (index, reused) } }
    var indexes: [String: FragmentIndex] { lock.withLock { stored.mapValues(\.0) } }
    func reused(_ path: String) -> Int { lock.withLock { stored[path]?.1 ?? 0 } }
}

extension FragmentSplicer {
    /// Writes the events as the items of a pretty JSON array at `indent` (the bytes of
    /// `.array(events.map(item))`, each item written by `write` at the indent given), copying
    /// each event's item from the previous file when a splicer and one key per event are given.
    static func writeEventArray(
        _ events: [TimelineEvent], indent: Int, keys: [String], splicer: FragmentSplicer?, to out: inout [UInt8],
        write: (TimelineEvent, Int, inout [UInt8]) -> Void
    ) {
        let splicing = keys.count == events.count ? splicer : nil
        JSONValue.writeArray(count: events.count, indent: indent, to: &out) { k, out in
            if let splicing {
                splicing.emit(keys[k], into: &out) { write(events[k], indent + 1, &$0) }
            } else {
                write(events[k], indent + 1, &out)
            }
        }
    }
}

/// A 64-bit hash of bytes, eight at a time (FNV-style with a shift), for recognizing files
/// and records (not for security).
func hash64(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    let words = raw.count / 8
    for k in 0..<words {
        h = (h ^ raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)) &* 0x100_0000_01b3
        h ^= h >> 29
    }
    for b in raw[(words * 8)...] { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}

/// Like ``hash64(_:)``, for whole files of hundreds of megabytes: four lanes of eight bytes,
/// each its own chain, so the multiplications overlap instead of waiting for one another
/// (about three times the speed), combined at the end with the rest (``WideHasher``, which
/// also takes the bytes in pieces).
func wideHash64(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var hasher = WideHasher()
    hasher.update(raw)
    return hasher.finalize()
}
