import Foundation

/// A file made of new bytes and of ranges copied from the previous version of the file (its
/// holes), without the copied bytes ever passing through memory of its own: a rebuild of a
/// large site changes a few entries of each whole-timeline file, and the rest (hundreds of
/// megabytes) is copied from file to file by the kernel (`SiteWriter.writeTemporary` and
/// `SiteWriter.copyRange`).
///
/// The file is `bytes` with each hole's bytes of `previous` inserted before `bytes[hole.at]`;
/// holes are in order (several may share an `at`).
public struct SplicedBytes: Sendable {
    public struct Hole: Sendable, Equatable {
        /// Where in `bytes` the copied range goes (before the byte at this offset).
        public var at: Int
        /// The range of the previous file copied there (never empty).
        public var range: Range<Int>
    }

    public var bytes: [UInt8]
    public var holes: [Hole]
    public var previous: PreviousFile

    public init(_ bytes: [UInt8], holes: [Hole] = [], previous: PreviousFile = .empty) {
        self.bytes = bytes
        self.holes = holes
        self.previous = previous
    }

    /// The holes are in order, inside `bytes`, and copy non-empty ranges of `previous` (the
    /// pieces are read without bounds checks).
    public var isWellFormed: Bool {
        var at = 0
        for hole in holes {
            guard hole.at >= at, hole.at <= bytes.count, !hole.range.isEmpty, hole.range.lowerBound >= 0,
                hole.range.upperBound <= previous.bytes.count
            else { return false }
            at = hole.at
        }
        return true
    }

    /// The size of the file.
    public var count: Int { bytes.count + holes.reduce(0) { $0 + $1.range.count } }

    /// The file's pieces in order: each a run of new bytes or a hole (with the range it copies).
    public func forEachPiece(_ body: (UnsafeRawBufferPointer, _ copied: Range<Int>?) -> Bool) {
        bytes.withUnsafeBytes { raw in
            var at = 0
            for hole in holes {
                if hole.at > at, !body(UnsafeRawBufferPointer(rebasing: raw[at..<hole.at]), nil) { return }
                at = hole.at
                if !body(UnsafeRawBufferPointer(rebasing: previous.bytes[hole.range]), hole.range) { return }
            }
            if raw.count > at { _ = body(UnsafeRawBufferPointer(rebasing: raw[at...]), nil) }
        }
    }

    /// The whole file in memory.
    public func flattened() -> [UInt8] {
        if holes.isEmpty { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(count)
        forEachPiece { piece, _ in
            out.append(contentsOf: piece)
            return true
        }
        return out
    }

    /// ``FragmentIndex/hash(_:)`` of the whole file, read piece by piece.
    func hash() -> String {
        var hasher = WideHasher()
        forEachPiece { piece, _ in
            hasher.update(piece)
            return true
        }
        return String(hasher.finalize(), radix: 16) + "-" + String(count)
    }

    /// The same file with fewer holes, and fewer new bytes: the start of a run of new bytes that
    /// equals what follows the hole before it in the previous file joins that hole, and its end
    /// that equals what precedes the next hole joins that one (the separators between unchanged
    /// entries, and most of a list that is not copied entry by entry, such as the sources, when
    /// an entry was added to it). The file's first and last bytes are compared with the previous
    /// file's first and last too. Holes that then meet are one. A rebuild that adds an article
    /// leaves a few dozen holes instead of one per entry.
    func coalesced() -> SplicedBytes {
        let old = previous.bytes
        guard old.count > 0 else { return self }
        // A run shorter than this at the file's ends is not worth a hole of its own.
        let least = 4_096
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var merged: [Hole] = []
        merged.reserveCapacity(holes.count + 2)
        bytes.withUnsafeBytes { raw in
            var read = 0
            func join(_ gap: UnsafeRawBufferPointer, before next: Hole?) {
                var gap = gap
                // Forward: onto the hole just written (or a new one at the file's start).
                if let last = merged.last, last.at == out.count {
                    let n = commonPrefix(gap, UnsafeRawBufferPointer(rebasing: old[last.range.upperBound...]))
                    merged[merged.count - 1].range = last.range.lowerBound..<(last.range.upperBound + n)
                    gap = UnsafeRawBufferPointer(rebasing: gap[n...])
                } else if merged.isEmpty, out.isEmpty {
                    let n = commonPrefix(gap, old)
                    if n >= least {
                        merged.append(Hole(at: 0, range: 0..<n))
                        gap = UnsafeRawBufferPointer(rebasing: gap[n...])
                    }
                }
                guard var hole = next else {
                    // Backward from the file's end.
                    let n = commonSuffix(gap, old)
                    if n >= least {
                        out.append(contentsOf: gap[..<(gap.count - n)])
                        merged.append(Hole(at: out.count, range: (old.count - n)..<old.count))
                    } else {
                        out.append(contentsOf: gap)
                    }
                    return
                }
                // Backward: onto the next hole.
                let n = commonSuffix(gap, UnsafeRawBufferPointer(rebasing: old[..<hole.range.lowerBound]))
                hole.range = (hole.range.lowerBound - n)..<hole.range.upperBound
                out.append(contentsOf: gap[..<(gap.count - n)])
                hole.at = out.count
                if let last = merged.last, last.at == hole.at, last.range.upperBound == hole.range.lowerBound {
                    merged[merged.count - 1].range = last.range.lowerBound..<hole.range.upperBound
                } else {
                    merged.append(hole)
                }
            }
            for hole in holes {
                // The usual case first: the bytes since the last hole are the previous file's
                // between the two (the separator between two copied entries): one hole.
                if let last = merged.last, last.at == out.count, hole.range.lowerBound - last.range.upperBound == hole.at - read,
                    hole.at - read >= 0, hole.range.lowerBound >= last.range.upperBound,
                    hole.at == read
                        || memcmp(raw.baseAddress! + read, old.baseAddress! + last.range.upperBound, hole.at - read) == 0
                {
                    merged[merged.count - 1].range = last.range.lowerBound..<hole.range.upperBound
                    read = hole.at
                    continue
                }
                join(UnsafeRawBufferPointer(rebasing: raw[read..<hole.at]), before: hole)
                read = hole.at
            }
            join(UnsafeRawBufferPointer(rebasing: raw[read...]), before: nil)
        }
        return SplicedBytes(out, holes: merged, previous: previous)
    }
}

/// How many bytes `a` and `b` share at their start.
func commonPrefix(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
    let limit = min(a.count, b.count)
    guard limit > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
    var n = 0
    // A block at a time while the blocks are equal, then byte by byte.
    let block = 256
    while n + block <= limit, memcmp(pa + n, pb + n, block) == 0 { n += block }
    while n < limit, pa.load(fromByteOffset: n, as: UInt8.self) == pb.load(fromByteOffset: n, as: UInt8.self) { n += 1 }
    return n
}

/// How many bytes `a` and `b` share at their end.
func commonSuffix(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
    let limit = min(a.count, b.count)
    guard limit > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
    let ea = pa + a.count
    let eb = pb + b.count
    var n = 0
    let block = 256
    while n + block <= limit, memcmp(ea - n - block, eb - n - block, block) == 0 { n += block }
    while n < limit, (ea - n - 1).load(as: UInt8.self) == (eb - n - 1).load(as: UInt8.self) { n += 1 }
    return n
}

/// The holes a render leaves while it writes the new bytes of a ``SplicedBytes`` (see
/// ``FragmentSplicer`` and ``FragmentMemo``): where the output stands counts them in.
final class HoleLog {
    let previous: PreviousFile
    private(set) var holes: [SplicedBytes.Hole] = []
    /// The bytes of every hole so far.
    private(set) var shift = 0

    init(previous: PreviousFile) { self.previous = previous }

    /// Copies `range` of the previous file at the end of `out` (as a hole).
    func copy(_ range: Range<Int>, at out: Int) {
        guard !range.isEmpty else { return }
        holes.append(SplicedBytes.Hole(at: out, range: range))
        shift += range.count
    }

    /// Where the end of `out` is in the file.
    func position(_ out: [UInt8]) -> Int { out.count + shift }

    /// The file's last byte so far.
    func lastByte(_ out: [UInt8]) -> UInt8? {
        if let hole = holes.last, hole.at == out.count { return previous.bytes[hole.range.upperBound - 1] }
        return out.last
    }

    func spliced(_ out: [UInt8]) -> SplicedBytes { SplicedBytes(out, holes: holes, previous: previous) }
}

/// The four-lane hash of ``wideHash64(_:)``, over bytes that come in pieces (the same value
/// as over them joined).
struct WideHasher {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var c: UInt64 = 0xc2b2_ae3d_27d4_eb4f
    private var d: UInt64 = 0x1656_67b1_9e37_79f9
    private var carry: [UInt8] = []

    mutating func update(_ raw: UnsafeRawBufferPointer) {
        var raw = raw
        if !carry.isEmpty {
            let take = min(32 - carry.count, raw.count)
            carry.append(contentsOf: raw[0..<take])
            raw = UnsafeRawBufferPointer(rebasing: raw[take...])
            guard carry.count == 32 else { return }
            carry.withUnsafeBytes { block(UnsafeRawBufferPointer($0), at: 0) }
            carry.removeAll(keepingCapacity: true)
        }
        let blocks = raw.count / 32
        for k in 0..<blocks { block(raw, at: k * 32) }
        carry.append(contentsOf: raw[(blocks * 32)...])
    }

    @inline(__always) private mutating func block(_ raw: UnsafeRawBufferPointer, at o: Int) {
        let prime: UInt64 = 0x100_0000_01b3
        a = (a ^ raw.loadUnaligned(fromByteOffset: o, as: UInt64.self)) &* prime
        b = (b ^ raw.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self)) &* prime
        c = (c ^ raw.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self)) &* prime
        d = (d ^ raw.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self)) &* prime
        a ^= a >> 29
        b ^= b >> 29
        c ^= c >> 29
        d ^= d >> 29
    }

    func finalize() -> UInt64 {
        let prime: UInt64 = 0x100_0000_01b3
        var h = carry.withUnsafeBytes { hash64(UnsafeRawBufferPointer($0)) }
        for lane in [a, b, c, d] {
            h = (h ^ lane) &* prime
            h ^= h >> 29
        }
        return h
    }
}
