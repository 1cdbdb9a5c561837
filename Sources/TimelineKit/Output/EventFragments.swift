import Foundation

/// Where each event's bytes are in a whole-timeline file a build wrote (`index.html`,
/// `timeline.json`, `timeline.ics`, `timelinejs.json`): the file's size and stamp or hash (to
/// recognize it on disk), the configuration it was made with, and each event's byte range with
/// the event's key (``SiteBuilder/eventKey(_:_:asAnalyzed:)``), in file order. The next build copies the
/// bytes of every event whose key is there instead of writing them again.
public struct FragmentIndex: Sendable, Equatable {
    public var size: Int
    public var hash: String
    /// What else the bytes depend on (templates, version, limits): a different configuration
    /// reuses nothing.
    public var config: String
    /// The recorded entries in file order: each one's key, and its bytes in `ranges` at the
    /// same place. (Arrays, not a table by key: a rebuild's events are mostly the previous
    /// build's in the same order, found by walking both lists, ``places(of:)``; and the files
    /// usually share one list of keys, stored once.)
    public var keys: [String]
    public var ranges: [Range<Int>]
    /// The stamp of the file as the build that made it left it (when it was written to disk):
    /// a file on disk with this stamp is taken to be these bytes without reading it through
    /// (a build writes hundreds of megabytes of these files; hashing them, to check, took
    /// longer than copying them). The hash is empty then.
    public var written: WrittenStamp?

    public init(size: Int, hash: String, config: String, keys: [String], ranges: [Range<Int>], written: WrittenStamp? = nil) {
        precondition(keys.count == ranges.count, "one range per key")
        self.size = size
        self.hash = hash
        self.config = config
        self.keys = keys
        self.ranges = ranges
        self.written = written
    }

    /// From ranges by key, put in file order.
    public init(size: Int, hash: String, config: String, ranges byKey: [String: Range<Int>], written: WrittenStamp? = nil) {
        let ordered = byKey.sorted { $0.value.lowerBound != $1.value.lowerBound ? $0.value.lowerBound < $1.value.lowerBound : $0.key < $1.key }
        self.init(size: size, hash: hash, config: config, keys: ordered.map(\.key), ranges: ordered.map(\.value), written: written)
    }

    /// For each of `wanted` (a build's event keys, in timeline order), the place of the same
    /// key among this index's entries, or -1. Both lists are walked in order, and a key that
    /// is not next (nor a few further on) is looked up in a table made then: a rebuild's events
    /// are mostly the previous build's in the same order, so most places are found by one
    /// comparison.
    public func places(of wanted: [String]) -> [Int32] {
        var out = [Int32](repeating: -1, count: wanted.count)
        var table: [String: Int32]?
        var next = 0
        for (i, key) in wanted.enumerated() {
            var found = -1
            var probe = next
            while probe < min(next + 4, keys.count) {
                if keys[probe] == key {
                    found = probe
                    break
                }
                probe += 1
            }
            if found < 0 {
                if table == nil {
                    var t: [String: Int32] = [:]
                    t.reserveCapacity(keys.count)
                    for (n, k) in keys.enumerated() where t[k] == nil { t[k] = Int32(n) }
                    table = t
                }
                found = table![key].map(Int.init) ?? -1
            }
            if found >= 0 {
                out[i] = Int32(found)
                next = found + 1
            }
        }
        return out
    }

    /// A 64-bit hash of the bytes (``wideHash64(_:)``), in hex, and their count.
    static func hash(_ raw: UnsafeRawBufferPointer) -> String { String(wideHash64(raw), radix: 16) + "-" + String(raw.count) }

    static func hash(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes { hash($0) } }
}

/// What tells a file a build wrote from any other: its size, modification time, inode and
/// device. Renaming the file into place keeps all four (it changes only the inode's change
/// time, which is left out); writing to it changes the modification time. A change within the
/// same tick of the file system's clock that keeps the size is not seen; only this tool writes
/// these files.
public struct WrittenStamp: Sendable, Equatable {
    public var size: Int
    public var modified: Int
    public var inode: Int
    public var device: Int

    public init(size: Int, modified: Int, inode: Int, device: Int) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.device = device
    }

    init(_ info: stat) {
        let stamp = FileStamp(info)
        self.init(size: stamp.size, modified: stamp.modified, inode: stamp.inode, device: stamp.device)
    }

    /// The stamp of the regular file at `path`, or nil.
    static func of(path: String) -> WrittenStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return WrittenStamp(info)
    }
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
    /// The file's stamp when it was opened (nil when there is no file), and with its status
    /// change time.
    let written: WrittenStamp?
    let stamp: FileStamp?
    /// The stamp the last build's record gives the file (``BuildRecord``), taken after that
    /// build put it in place: nil when the record does not list it.
    let recorded: FileStamp?

    public static let empty = PreviousFile()

    private init() {
        bytes = UnsafeRawBufferPointer(start: nil, count: 0)
        mapping = nil
        length = 0
        descriptor = -1
        identity = (0, 0)
        written = nil
        stamp = nil
        recorded = nil
    }

    /// Maps the file at `path`; `recorded` is the stamp the last build's record gives it.
    public init?(path: String, recorded: FileStamp? = nil) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return nil
        }
        let size = Int(info.st_size)
        identity = (UInt64(info.st_dev), UInt64(info.st_ino))
        written = WrittenStamp(info)
        stamp = FileStamp(info)
        self.recorded = recorded
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
        written = nil
        stamp = nil
        recorded = nil
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

    /// Whether these are the bytes `index` describes: the file has the stamp it was written
    /// with, and the whole stamp (its status change time too, which no program can set back)
    /// that the last build's record took once it was in place; or, for an index of bytes that
    /// were not written, the same size and hash. (An edit that keeps the size within one tick
    /// of the file system's clock after the record was taken would not be seen.)
    func matches(_ index: FragmentIndex) -> Bool {
        guard bytes.count == index.size else { return false }
        if let w = index.written { return written == w && recorded != nil && stamp == recorded }
        return !index.hash.isEmpty && FragmentIndex.hash(bytes) == index.hash
    }

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
    private let previousRanges: [Range<Int>]
    /// This build's event keys, and for each its place among the previous file's entries.
    private let keys: [String]
    private let places: [Int32]
    /// The events emitted (by index), in file order, and their ranges.
    private(set) var recorded: [Int] = []
    private(set) var ranges: [Range<Int>] = []
    private(set) var reused = 0
    /// With `holes`, copied events are left as holes of a ``SplicedBytes`` instead of copied
    /// into the output.
    let holes: HoleLog?

    /// `places` gives the places of `keys` among an index's entries (``FragmentIndex/places(of:)``,
    /// shared by the files that hold the same entries).
    init(
        config: String, previous index: FragmentIndex?, file: PreviousFile?, keys: [String], places: (FragmentIndex) -> [Int32],
        holes: Bool = false
    ) {
        self.config = config
        self.keys = keys
        if let index, let file, index.config == config, file.matches(index) {
            previous = file
            previousRanges = index.ranges
            self.places = places(index)
        } else {
            previous = .empty
            previousRanges = []
            self.places = []
        }
        self.holes = holes ? HoleLog(previous: previous) : nil
        recorded.reserveCapacity(keys.count)
        ranges.reserveCapacity(keys.count)
    }

    /// Appends event `k`'s bytes: copied when unchanged (or left as a hole), else written by `write`.
    func emit(_ k: Int, into out: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        let start = holes?.position(out) ?? out.count
        let place = k < places.count ? Int(places[k]) : -1
        if place >= 0, previousRanges[place].upperBound <= previous.bytes.count {
            let range = previousRanges[place]
            if let holes { holes.copy(range, at: out.count) } else { previous.append(range, to: &out) }
            reused += 1
        } else {
            write(&out)
        }
        recorded.append(k)
        ranges.append(start..<(holes?.position(out) ?? out.count))
    }

    /// The file just written: `out` with the holes left in it.
    func spliced(_ out: [UInt8]) -> SplicedBytes { holes?.spliced(out) ?? SplicedBytes(out) }

    /// The index of the file just made (without a hash when it is to be written with its holes:
    /// the stamp it gets then tells it, ``FragmentBox/written(_:_:)``).
    func index(of file: SplicedBytes) -> FragmentIndex {
        FragmentIndex(
            size: file.count, hash: holes == nil ? file.hash() : "", config: config, keys: FragmentSplicer.keys(of: recorded, keys),
            ranges: ranges)
    }

    /// The keys of the events `recorded` (indices into `keys`): `keys` itself, the same storage,
    /// when every event was recorded in order (the state then stores the list once).
    static func keys(of recorded: [Int], _ keys: [String]) -> [String] {
        recorded.count == keys.count && recorded.enumerated().allSatisfy { $0.offset == $0.element } ? keys : recorded.map { keys[$0] }
    }
}

/// The places of this build's event keys among the entries of each previous file (``FragmentIndex/places(of:)``),
/// worked out once for all the files that hold the same entries.
final class FragmentPlaces: @unchecked Sendable {
    let keys: [String]
    private let lock = NSLock()
    private var found: [(keys: [String], places: [Int32])] = []

    init(keys: [String]) { self.keys = keys }

    func places(in index: FragmentIndex) -> [Int32] {
        lock.withLock {
            if let known = found.first(where: { $0.keys == index.keys }) { return known.places }
            let places = index.places(of: keys)
            found.append((index.keys, places))
            return places
        }
    }
}

/// The fragment indexes that parallel renders leave for the builder, by file.
final class FragmentBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: (FragmentIndex, Int)] = [:]

    func store(_ path: String, _ index: FragmentIndex, reused: Int) { lock.withLock { stored[path] = (index, reused) } }
    /// Notes the stamp the file of `path` got when it was written (or kept): nil forgets the
    /// index (an index without a hash or a stamp could not be checked).
    func written(_ path: String, _ stamp: WrittenStamp?) {
        lock.withLock {
            guard stored[path] != nil else { return }
            if let stamp, stamp.size == stored[path]!.0.size {
                stored[path]!.0.written = stamp
            } else if stored[path]!.0.hash.isEmpty {
                stored[path] = nil
            }
        }
    }
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
                splicing.emit(k, into: &out) { write(events[k], indent + 1, &$0) }
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
