import Foundation
import Testing

@testable import TimelineKit

/// Files made of new bytes and ranges of the previous file (``SplicedBytes``): every way of
/// reading, tidying, coalescing or writing one gives the bytes of the file joined up.
@Suite struct SplicedBytesTests {
    /// A previous file of numbered lines, and a new one that keeps most of them, drops some and
    /// adds others: as the renderers make it (each kept line a hole, the rest new bytes).
    static func sample(seed: UInt64) -> (previous: PreviousFile, file: SplicedBytes, joined: [UInt8]) {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var old: [UInt8] = []
        var lines: [Range<Int>] = []
        for k in 0..<400 {
            let start = old.count
            old += Array("entry \(k) \(String(repeating: "x", count: Int(next() % 90)))\n".utf8)
            lines.append(start..<old.count)
        }
        let previous = PreviousFile(bytes: old)
        var bytes: [UInt8] = Array("header \(seed)\n".utf8)
        var holes: [SplicedBytes.Hole] = []
        var joined = bytes
        for range in lines {
            switch next() % 10 {
            case 0:
                let added = Array("new \(next())\n".utf8)
                bytes += added
                joined += added
            case 1: continue
            default:
                holes.append(.init(at: bytes.count, range: range))
                joined += old[range]
            }
        }
        let footer = Array("footer\n\n\n".utf8)
        bytes += footer
        joined += footer
        return (previous, SplicedBytes(bytes, holes: holes, previous: previous), joined)
    }

    @Test(arguments: [1, 2, 3, 42, 1_000] as [UInt64])
    func piecesHashAndCoalescingKeepTheBytes(seed: UInt64) {
        let (_, file, joined) = Self.sample(seed: seed)
        #expect(file.flattened() == joined)
        #expect(file.count == joined.count)
        #expect(file.hash() == FragmentIndex.hash(joined))
        let fewer = file.coalesced()
        #expect(fewer.flattened() == joined)
        #expect(fewer.holes.count < file.holes.count)
        #expect(fewer.bytes.count <= file.bytes.count)
        #expect(fewer.hash() == file.hash())
    }

    @Test func theHashInPiecesIsTheHashOfTheWhole() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        // The value the state files of existing sites were written with (computed apart, by the
        // algorithm written out in Python): a change would make every site render whole once.
        #expect(bytes.withUnsafeBytes { wideHash64($0) } == 0x3412_0710_81c6_e479)
        for cut in [0, 1, 31, 32, 33, 500, 999, 1_000] {
            var hasher = WideHasher()
            bytes.withUnsafeBytes { raw in
                hasher.update(UnsafeRawBufferPointer(rebasing: raw[..<cut]))
                hasher.update(UnsafeRawBufferPointer(rebasing: raw[cut...]))
            }
            #expect(hasher.finalize() == bytes.withUnsafeBytes { wideHash64($0) }, "cut at \(cut)")
        }
    }

    /// Entries copied one after another with the previous file's separators between them (the
    /// usual rebuild) become one hole; a separator that differs keeps its holes apart.
    @Test func copiedEntriesWithTheirSeparatorsAreOneHole() {
        let old = Array("[alpha,\n beta,\n gamma,\n delta]".utf8)
        func range(_ word: String) -> Range<Int> {
            let text = String(decoding: old, as: UTF8.self)
            let r = text.range(of: word)!
            return text.utf8.distance(from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound)
        }
        var bytes = Array("[".utf8)
        var holes: [SplicedBytes.Hole] = []
        for (n, word) in ["alpha", "beta", "gamma", "delta"].enumerated() {
            if n > 0 { bytes += Array(",\n ".utf8) }
            holes.append(.init(at: bytes.count, range: range(word)))
        }
        bytes += Array("]".utf8)
        let previous = PreviousFile(bytes: old)
        let file = SplicedBytes(bytes, holes: holes, previous: previous).coalesced()
        #expect(file.flattened() == old)
        #expect(file.holes.count == 1 && file.holes[0].range == 0..<old.count && file.bytes.isEmpty)
        // Another separator before "gamma": two holes around it.
        var other = Array("[".utf8)
        var otherHoles: [SplicedBytes.Hole] = []
        for (n, word) in ["alpha", "beta", "gamma", "delta"].enumerated() {
            if n > 0 { other += Array((n == 2 ? ";\n " : ",\n ").utf8) }
            otherHoles.append(.init(at: other.count, range: range(word)))
        }
        other += Array("]".utf8)
        let split = SplicedBytes(other, holes: otherHoles, previous: previous).coalesced()
        #expect(split.flattened() == Array("[alpha,\n beta;\n gamma,\n delta]".utf8))
        #expect(split.holes.count == 2 && split.bytes == Array(";".utf8))
    }

    /// A whole new file that shares its start and end with the previous one is written mostly
    /// from it; one that shares too little is left as it is.
    @Test func theEndsOfARenderedFileAreCopied() {
        let old = Array((0..<20_000).map { "line \($0)\n" }.joined().utf8)
        var new = old
        new.insert(contentsOf: Array("an added line\n".utf8), at: 90_000)
        let file = SplicedBytes(new, previous: PreviousFile(bytes: old)).coalesced()
        #expect(file.flattened() == new)
        #expect(file.bytes.count <= 14)
        #expect(file.holes.count == 2)
        let small = SplicedBytes(Array("line 0\nsomething else\n".utf8), previous: PreviousFile(bytes: old)).coalesced()
        #expect(small.holes.isEmpty)
    }

    /// Like ``sample(seed:)``, as a Markdown render leaves it: entries (tidy already, some
    /// ending in a blank line) copied as holes, and new bytes with runs of blank lines and
    /// lines of spaces.
    static func markdownSample(seed: UInt64) -> (file: SplicedBytes, joined: [UInt8]) {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var old: [UInt8] = []
        var entries: [Range<Int>] = []
        for k in 0..<300 {
            let start = old.count
            old += Array("### entry \(k)\n\ntext \(k)\n".utf8)
            if next() % 3 == 0 { old += [0x0A] }
            entries.append(start..<old.count)
        }
        let previous = PreviousFile(bytes: old)
        var bytes: [UInt8] = Array("# Title\n\n\n".utf8)
        var holes: [SplicedBytes.Hole] = []
        var joined = bytes
        for range in entries {
            let gap: [UInt8]
            switch next() % 6 {
            case 0: gap = Array("\n\n".utf8)
            case 1: gap = Array("   \n\n  \n".utf8)
            case 2: gap = Array("## 2025\n\n".utf8)
            case 3: gap = Array("new line \(next() % 100)\n".utf8)
            default: gap = []
            }
            bytes += gap
            joined += gap
            holes.append(.init(at: bytes.count, range: range))
            joined += old[range]
        }
        let footer = Array("\n\nfooter line\n\n\n".utf8)
        bytes += footer
        joined += footer
        return (SplicedBytes(bytes, holes: holes, previous: previous), joined)
    }

    @Test(arguments: [5, 6, 7, 8, 9] as [UInt64])
    func tidyingMarkdownWithHolesIsTidyingTheWhole(seed: UInt64) throws {
        let (file, joined) = Self.markdownSample(seed: seed)
        #expect(file.flattened() == joined)
        var starts: [Int] = []
        var at = 0
        for piece in pieces(file) {
            starts.append(at)
            at += piece
        }
        // A start in the middle of a line too: -1 either way.
        starts.append(3)
        starts.append(at)
        starts = Array(Set(starts)).sorted()
        let (tidied, mapped) = try #require(TemplateSet.tidyMarkdown(spliced: file, lineStarts: starts))
        let (whole, wholeMapped) = joined.withUnsafeBufferPointer { TemplateSet.tidyMarkdown(bytes: $0, lineStarts: starts) }
        #expect(tidied.flattened() == whole)
        #expect(mapped == wholeMapped)
        #expect(!tidied.holes.isEmpty)
    }

    /// A hole that does not start a line, or whose first line is blank, or a file that ends in a
    /// hole: the caller tidies the whole file instead.
    @Test func tidyingGivesUpOnHolesItCannotKeep() {
        let previous = PreviousFile(bytes: Array("entry\n\n\nblank first\n".utf8))
        let midLine = SplicedBytes(Array("abc".utf8), holes: [.init(at: 3, range: 0..<6)], previous: previous)
        #expect(TemplateSet.tidyMarkdown(spliced: midLine, lineStarts: []) == nil)
        let blankFirst = SplicedBytes(Array("abc\n".utf8), holes: [.init(at: 4, range: 6..<8)], previous: previous)
        #expect(TemplateSet.tidyMarkdown(spliced: blankFirst, lineStarts: []) == nil)
        let endsInHole = SplicedBytes(Array("abc\n".utf8), holes: [.init(at: 4, range: 0..<6)], previous: previous)
        #expect(TemplateSet.tidyMarkdown(spliced: endsInHole, lineStarts: []) == nil)
    }

    @Test(arguments: [5, 6, 7] as [UInt64])
    func tidyingWithHolesIsTidyingTheWhole(seed: UInt64) throws {
        let (_, file, joined) = Self.sample(seed: seed)
        // Line starts at the holes' edges, as the Markdown timeline asks for them.
        var starts: [Int] = []
        var at = 0
        for piece in pieces(file) {
            starts.append(at)
            at += piece
        }
        starts.append(at)
        let (tidied, mapped) = try #require(TemplateSet.tidyMarkdown(spliced: file, lineStarts: starts))
        let (whole, wholeMapped) = joined.withUnsafeBufferPointer { TemplateSet.tidyMarkdown(bytes: $0, lineStarts: starts) }
        #expect(tidied.flattened() == whole)
        #expect(mapped == wholeMapped)
    }

    @Test func writingAFileWithHolesWritesItsBytes() throws {
        let (_, file, joined) = Self.sample(seed: 9)
        let work = Paths.temporaryDirectory("spliced")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        // The previous file on disk, so the holes are copied from a file (copy_file_range).
        let previousPath = work.appendingPathComponent("previous.txt").path
        try Data(file.previous.bytes).write(to: URL(fileURLWithPath: previousPath))
        let onDisk = try #require(PreviousFile(path: previousPath))
        let fromDisk = SplicedBytes(file.bytes, holes: file.holes, previous: onDisk)
        var known = Set<String>()
        let target = work.appendingPathComponent("out.txt").path
        let temporary = try SiteWriter.writeTemporary(fromDisk.coalesced(), for: target, knownDirectories: &known)
        #expect(try Data(contentsOf: URL(fileURLWithPath: temporary)) == Data(joined))
        #expect(rename(temporary, target) == 0)
        #expect(SiteWriter.isUnchanged(fromDisk, at: target))
        var other = fromDisk
        other.bytes[0] ^= 1
        #expect(!SiteWriter.isUnchanged(other, at: target))
        // The same file at the same place: its holes are not even read.
        let same = SplicedBytes([], holes: [.init(at: 0, range: 0..<onDisk.bytes.count)], previous: onDisk)
        #expect(SiteWriter.isUnchanged(same, at: previousPath))
    }

    /// Written over a longer spare (as a rebuild writes over the version before the previous
    /// one): the spare holds the file's bytes and no more.
    @Test func writingOverALongerSpareCutsItToLength() throws {
        let (_, file, joined) = Self.sample(seed: 11)
        let work = Paths.temporaryDirectory("spare")
        let previousPath = work.appendingPathComponent("previous.txt").path
        try Data(file.previous.bytes).write(to: URL(fileURLWithPath: previousPath))
        let onDisk = try #require(PreviousFile(path: previousPath))
        let fromDisk = SplicedBytes(file.bytes, holes: file.holes, previous: onDisk).coalesced()
        let spare = work.appendingPathComponent(".spare").path
        try Data(repeating: 0x41, count: joined.count * 2).write(to: URL(fileURLWithPath: spare))
        var known = Set<String>()
        let temporary = try SiteWriter.writeTemporary(
            fromDisk, for: work.appendingPathComponent("out.txt").path, spare: spare, knownDirectories: &known)
        #expect(try Data(contentsOf: URL(fileURLWithPath: temporary)) == Data(joined))
        #expect(!FileManager.default.fileExists(atPath: spare), "the spare became the temporary file")
    }

    @Test func theJSONLDMarkerIsFoundOnceAsItIs() {
        let marker = "\u{1}alliance-timeline json-ld\"\u{1}"
        func find(_ text: String) -> String {
            switch SiteBuilder.findMarker(marker, in: SplicedBytes(Array(text.utf8))) {
            case .placed(let m): "placed at \(m)"
            case .absent: "absent"
            case .unusable: "unusable"
            }
        }
        #expect(find("<script>" + marker + "</script>") == "placed at 8")
        #expect(find("<p>no JSON-LD</p>") == "absent")
        #expect(find(marker + marker) == "unusable")
        #expect(find("\u{1}alliance-timeline json-ld&quot;\u{1}") == "unusable")
    }

    private func pieces(_ file: SplicedBytes) -> [Int] {
        var sizes: [Int] = []
        file.forEachPiece { piece, _ in
            sizes.append(piece.count)
            return true
        }
        return sizes
    }
}
