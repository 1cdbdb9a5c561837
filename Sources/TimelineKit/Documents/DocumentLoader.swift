import Foundation
import Yams

/// Finds and reads articles: `.txt` (first non-empty line is the headline) and `.md` /
/// `.markdown` (optional YAML front matter: `title`, `published`, `source`, `url`, `tags`).
///
/// Every problem is a ``TimelineError`` naming the file (and line, where there is one); the
/// other files are still read.
public struct DocumentLoader: Sendable {
    /// Whether `a` sorts before `b` byte by byte in UTF-8 (the order of paths, whatever the
    /// locale): compared a block at a time.
    static func bytewise(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                if n > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let order = memcmp(p, q, n)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
    }

    /// Files larger than this are refused with an error rather than read (32 MiB).
    public var maximumFileSize: Int

    public static let extensions: Set<String> = ["txt", "md", "markdown"]

    public init(maximumFileSize: Int = 32 << 20) {
        self.maximumFileSize = maximumFileSize
    }

    /// Expands the given paths into article files in a stable order: a file stands for itself;
    /// a directory for every `.txt`/`.md`/`.markdown` file under it (hidden ones skipped),
    /// sorted by path (byte by byte). A missing path is an error.
    public func discover(_ paths: [String]) -> (files: [String], errors: [TimelineError]) {
        var files: [String] = []
        var errors: [TimelineError] = []
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                var info = stat()
                let looped = stat(path, &info) != 0 && errno == ELOOP
                errors.append(TimelineError(.input, path: path, looped ? "too many levels of symbolic links" : "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                var found: [String] = []
                guard DocumentLoader.walk(path, into: &found, problems: &errors) else {
                    errors.append(TimelineError(.input, path: path, "directory cannot be read: \(String(cString: strerror(errno)))"))
                    continue
                }
                found.sort(by: DocumentLoader.bytewise)
                for file in found where seen.insert(file).inserted {
                    files.append(file)
                }
            } else if seen.insert(path).inserted {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// Adds the article files under `directory` (recursively; hidden files and folders, names
    /// starting with ".", skipped; a symbolic link counts as what it points to, but a linked
    /// folder is not entered). The files a site directory's manifest lists are the tool's own
    /// output, not articles (a site built inside its input folder, `timeline.md` among them, is
    /// not read back in). A subfolder that cannot be read, and a link to an article file that
    /// leads nowhere, are `problems` (the rest is still walked). False when `directory` itself
    /// cannot be read.
    static func walk(_ directory: String, into found: inout [String], problems: inout [TimelineError], excluding: Set<String> = []) -> Bool {
        guard let handle = opendir(directory) else { return false }
        defer { closedir(handle) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var written = excluding
        if let manifest = FileManager.default.contents(atPath: prefix + SiteWriter.manifestName) {
            for line in String(decoding: manifest, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
                written.insert(prefix + (line.hasSuffix("\r") ? line.dropLast() : line))
            }
        }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let full = prefix + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var info = stat()
                guard stat(full, &info) == 0 else {
                    let failure = errno
                    if isArticleName(name) {
                        let reason =
                            failure == ELOOP
                            ? "too many levels of symbolic links" : "a symbolic link to nothing (\(String(cString: strerror(failure))))"
                        problems.append(TimelineError(.input, path: full, reason))
                    }
                    continue
                }
                let mode = info.st_mode & S_IFMT
                if mode == S_IFDIR {
                    if type == UInt8(DT_LNK) { continue }  // a linked folder is not entered
                    type = UInt8(DT_DIR)
                } else if mode == S_IFREG {
                    type = UInt8(DT_REG)
                } else {
                    continue
                }
            }
            if type == UInt8(DT_DIR) {
                if !walk(full, into: &found, problems: &problems, excluding: written) {
                    problems.append(TimelineError(.input, path: full, "directory cannot be read: \(String(cString: strerror(errno)))"))
                }
            } else if type == UInt8(DT_REG), isArticleName(name), !written.contains(full) {
                found.append(full)
            }
        }
        return true
    }

    /// A file name with an article's extension (`.txt`, `.md`, `.markdown`, any case).
    static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return false }
        return extensions.contains(String(decoding: name.utf8[name.utf8.index(after: dot)...], as: UTF8.self).lowercased())
    }

    /// Reads and parses one file.
    public func load(path: String, id: String? = nil) throws(TimelineError) -> Document {
        let text = try DocumentLoader.decode(try read(path: path), path: path)
        return try parse(text: text, path: path, id: id ?? DocumentLoader.slug(forPath: path))
    }

    /// The bytes of a file, refusing files over ``maximumFileSize``.
    public func read(path: String) throws(TimelineError) -> [UInt8] { try readStamped(path: path).bytes }

    /// The bytes of a file and its ``FileStamp`` (taken from the open file, before reading).
    public func readStamped(path: String) throws(TimelineError) -> (bytes: [UInt8], stamp: FileStamp) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw TimelineError(.input, path: path, TimelineError.cannotRead) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw TimelineError(.input, path: path, TimelineError.cannotRead)
        }
        let size = Int(info.st_size)
        if size > maximumFileSize {
            throw TimelineError(.input, path: path, "file is too large (\(size) bytes; the limit is \(maximumFileSize))")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        let ok = bytes.withUnsafeMutableBytes { raw -> Bool in
            while filled < size {
                let n = Foundation.read(fd, raw.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { break }  // the file shrank while read
                filled += n
            }
            return true
        }
        guard ok else { throw TimelineError(.input, path: path, TimelineError.cannotRead) }
        if filled < size { bytes.removeLast(size - filled) }
        return (bytes, FileStamp(info))
    }

    /// Checks that bytes are non-empty UTF-8 text and returns them as a string (BOM dropped,
    /// CRLF and CR line ends turned into LF, control characters other than tab and line ends
    /// replaced by U+FFFD: XML cannot hold them and HTML forbids them, and one scalar for one
    /// keeps every offset).
    public static func decode(_ bytes: [UInt8], path: String) throws(TimelineError) -> String {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw TimelineError(.input, path: path, "file is empty")
        }
        // memchr: the whole file is looked at, so the search runs at memory speed.
        let nulAt: Int? = bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let hit = memchr(base, 0, b.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        if let nul = nulAt {
            let (line, column) = lineAndColumn(of: nul, in: bytes)
            throw TimelineError(.input, path: path, line: line, column: column, "binary file (NUL byte at offset \(nul)), not text")
        }
        if let bad = DocumentLoader.firstInvalidUTF8(bytes) {
            let (line, column) = lineAndColumn(of: bad, in: bytes)
            throw TimelineError(
                .input, path: path, line: line, column: column,
                "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))")
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // No carriage return (the usual case): the text is the bytes as they are.
        let hasCR = bytes.withUnsafeBufferPointer { b in b.baseAddress.map { memchr($0, 0x0D, b.count) != nil } ?? false }
        let hasControl = bytes.withUnsafeBufferPointer { DocumentLoader.firstControl($0) != nil }
        if !hasCR && !hasControl { return String(decoding: bytes[start...], as: UTF8.self) }
        if !hasCR { return String(decoding: DocumentLoader.replacingControls(Array(bytes[start...])), as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return String(decoding: hasControl ? DocumentLoader.replacingControls(out) : out, as: UTF8.self)
    }

    /// The offset of the first control character other than tab, line feed and carriage return
    /// (C0, DEL, and C1 as U+0080-U+009F in UTF-8), or of U+FFFE or U+FFFF, or nil. Eight bytes at a time while they
    /// are printable ASCII.
    static func firstControl(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        var i = 0
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while i < n {
            if i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high = (x | (x &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080  // a byte >= 0x7F
                let low = (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080  // a byte < 0x20
                if high == 0 && low == 0 {
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c < 0x20 ? (c != 0x09 && c != 0x0A && c != 0x0D) : c == 0x7F || (c == 0xC2 && i + 1 < n && (0x80...0x9F).contains(b[i + 1])) {
                return i
            }
            // U+FFFE and U+FFFF: not characters, and not allowed in XML either.
            if c == 0xEF, i + 2 < n, b[i + 1] == 0xBF, b[i + 2] == 0xBE || b[i + 2] == 0xBF { return i }
            i += 1
        }
        return nil
    }

    /// `bytes` (valid UTF-8) with each control character of ``firstControl(_:)`` replaced by U+FFFD.
    static func replacingControls(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            guard let k = bytes[i...].withUnsafeBufferPointer({ firstControl($0) }) else {
                out.append(contentsOf: bytes[i...])
                break
            }
            out.append(contentsOf: bytes[i..<(i + k)])
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            i += k + (bytes[i + k] == 0xC2 ? 2 : bytes[i + k] == 0xEF ? 3 : 1)
        }
        return out
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time (the usual case).
            if i + 8 <= n {
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
                if word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            if b & 0xE0 == 0xC0 {
                length = 2
                minimum = 0x80
            } else if b & 0xF0 == 0xE0 {
                length = 3
                minimum = 0x800
            } else if b & 0xF8 == 0xF0 {
                length = 4
                minimum = 0x10000
            } else {
                return i
            }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            minimum = 0
            i += length
        }
        return nil
    }

    /// Parses text that has already been read.
    public func parse(text: String, path: String, id: String) throws(TimelineError) -> Document {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "md" || ext == "markdown" {
            return try DocumentLoader.parseMarkdown(text, path: path, id: id)
        }
        return DocumentLoader.parsePlainText(text, path: path, id: id)
    }

    // MARK: - plain text

    /// First non-empty line: the headline. Then paragraphs: blocks separated by blank lines
    /// when the text has any; else one paragraph per line. A short line without final
    /// punctuation is a subheading.
    static func parsePlainText(_ text: String, path: String, id: String) -> Document {
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(lineStart..<i)
            lineStart = i + 1
        }
        if lineStart < bytes.count { lines.append(lineStart..<bytes.count) }
        func trimmed(_ r: Range<Int>) -> Range<Int> {
            var lo = r.lowerBound
            var hi = r.upperBound
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
            return lo..<hi
        }
        let content = lines.map(trimmed)
        var paragraphs: [Document.Paragraph] = []
        guard let headlineIndex = content.firstIndex(where: { !$0.isEmpty }) else {
            return Document(id: id, path: path, title: "", text: text, paragraphs: [])
        }
        let headline = content[headlineIndex]
        // A first line longer than any headline (an article saved as one line) is body text,
        // and the title is its opening, shortened.
        // So is a first line that is a wire story's lead ("TOKYO, Nov. 2 (Kyodo) -- Two Chinese
        // bombers flew ... on Sunday, the ministry said Monday."): a dateline, and a sentence's end.
        let long = headline.count > DocumentLoader.longestHeadline || isDatelineLead(bytes[headline])
        if !long { paragraphs.append(Document.Paragraph(kind: .headline, range: headline)) }
        let body = Array(content[(long ? headlineIndex : headlineIndex + 1)...])
        let firstBody = body.firstIndex(where: { !$0.isEmpty }) ?? body.count
        let hasBlankLines = body[firstBody...].contains(where: { $0.isEmpty })
        var blocks: [Range<Int>] = []
        // Where the items of bulleted lists start (no item is a subheading).
        var itemStarts: Set<Int> = []
        // Where the rows of tables set out with spaces start (no row is a subheading).
        var rowStarts: Set<Int> = []
        if hasBlankLines {
            var current: Range<Int>?
            for line in body {
                if line.isEmpty {
                    if let c = current { blocks.append(c) }
                    current = nil
                } else {
                    current = current.map { $0.lowerBound..<line.upperBound } ?? line
                }
            }
            if let c = current { blocks.append(c) }
            // A chronology written as lines of one block ("Oct. 31, 2024 - Hwasong-19 ICBM
            // test") is one paragraph per line. (Lines in order, blocks in order: one pass.)
            var split: [Range<Int>] = []
            var l = 0
            for block in blocks {
                while l < body.count, body[l].isEmpty || body[l].lowerBound < block.lowerBound { l += 1 }
                var blockLines: [Range<Int>] = []
                while l < body.count, !body[l].isEmpty, body[l].lowerBound < block.upperBound {
                    blockLines.append(body[l])
                    l += 1
                }
                if blockLines.count >= 2, isChronology(blockLines.map { Array(bytes[$0]) }) {
                    split += blockLines
                } else if let items = listItems(blockLines, bytes: bytes) {
                    // A list's items, one paragraph each ("- I will circulate ... by 8 August."
                    // over "- The group meets on Wednesday, 30 July.").
                    split += items
                    itemStarts.formUnion(items.map(\.lowerBound))
                } else if blockLines.count >= 2, isTable(blockLines, bytes: bytes) {
                    split += blockLines
                    rowStarts.formUnion(blockLines.map(\.lowerBound))
                } else {
                    split.append(block)
                }
            }
            blocks = split
        } else {
            blocks = body.filter { !$0.isEmpty }
        }
        // A block under the headline that opens with date lines or bylines and goes on with
        // something else ("Published: July 24, 2025" over "Southern Cross Observer"): the
        // opening lines are a block of their own.
        var opened: [Range<Int>] = []
        // A memo's or a summary's fields ("To:", "Date:", "Released:"), each a paragraph of
        // apparatus.
        var fields: Set<Int> = []
        for (b, block) in blocks.enumerated() {
            // (A list's item, after its bullet, is no header.)
            guard b < 4, !itemStarts.contains(block.lowerBound) else {
                opened.append(block)
                continue
            }
            let blockLines = content.filter { !$0.isEmpty && block.contains($0.lowerBound) }
            if let found = fieldList(blockLines, bytes: bytes) {
                opened += found
                fields.formUnion(found.map(\.lowerBound))
                continue
            }
            // (Only labelled date lines: "June 20, 2024 was the day the" may open a wrapped sentence.)
            let metaCount = blockLines.prefix { line in
                let first = bytes[line].prefix { $0 != 0x20 && $0 != UInt8(ascii: ":") }
                return metaLabels.contains(String(decoding: first, as: UTF8.self).lowercased()) && isMetaLine(bytes[line])
            }.count
            // ("NAVAREA I / BALTIC SUB-AREA COORDINATOR" over "Bulletin issued 1130 UTC Monday 9
            // March 2026" over "All times UTC.", "FOR IMMEDIATE RELEASE" over "March 4, 2026": an
            // issue line, a date line or a byline under short header lines is a paragraph of its
            // own.)
            if metaCount == 0,
                let i = blockLines.indices.first(where: { k in
                    let line = bytes[blockLines[k]]
                    // (A date line under another line only, ending in its date: "June 20, 2024
                    // was the day the" opens a wrapped sentence.)
                    return isIssueLine(line)
                        || k > 0 && isMetaLine(line) && (line.last.map { $0 >= 0x30 && $0 <= 0x39 } ?? false || line.starts(with: "By ".utf8))
                }),
                blockLines[..<i].allSatisfy({ line in
                    let last = bytes[line].last ?? 0
                    let words = bytes[line].split(separator: 0x20)
                    if words.count <= 10 && !(last >= 0x61 && last <= 0x7A) && last != UInt8(ascii: ",") { return true }
                    // (A standfirst over a date line: "A weekly note on Baltic and High North
                    // security, from our Westminster desk" over "Sunday 1st March 2026". Not a
                    // sentence wrapped before its date: "... the talks resume on" over "1 March 2026".)
                    guard bytes[blockLines[i]].last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true, words.count <= 16, last >= 0x61 && last <= 0x7A,
                        let word = words.last
                    else { return false }
                    return !DocumentLoader.continuingWords.contains(String(decoding: word, as: UTF8.self))
                })
            {
                if i > 0 { opened.append(blockLines[0].lowerBound..<blockLines[i - 1].upperBound) }
                opened.append(blockLines[i])
                if i + 1 < blockLines.count { opened.append(blockLines[i + 1].lowerBound..<block.upperBound) }
            } else if metaCount > 0, metaCount < blockLines.count {
                opened.append(blockLines[0].lowerBound..<blockLines[metaCount - 1].upperBound)
                opened.append(blockLines[metaCount].lowerBound..<block.upperBound)
            } else {
                opened.append(block)
            }
        }
        blocks = opened
        // The header under the headline: blocks whose every line is a date line or a byline
        // (one paragraph each), among the first four blocks, past at most one line of
        // another kind (a standfirst). A paragraph that only starts like one is not.
        var header: [Int: [Range<Int>]] = [:]
        var skipped = false
        for (b, block) in blocks.prefix(4).enumerated() {
            if itemStarts.contains(block.lowerBound) { break }
            let blockLines = content.filter { !$0.isEmpty && block.contains($0.lowerBound) }
            if blockLines.count <= 4, blockLines.allSatisfy({ isMetaLine(bytes[$0]) && !isChronologyEntry(Array(bytes[$0])) }) {
                header[b] = blockLines
                continue
            }
            if blockLines.count == 1, !skipped {
                skipped = true
                continue
            }
            break
        }
        for (b, block) in blocks.enumerated() {
            if let lines = header[b] {
                for line in lines { paragraphs.append(Document.Paragraph(kind: .meta, range: line)) }
            } else if fields.contains(block.lowerBound) {
                paragraphs.append(Document.Paragraph(kind: .meta, range: block))
            } else if b == blocks.count - 1, b > 0, let lines = signatureLines(block, content: content, bytes: bytes) {
                for line in lines { paragraphs.append(Document.Paragraph(kind: .meta, range: line)) }
            } else {
                // (A chronology's entry is no subheading: "Oct. 31, 2024 - Hwasong-19 ICBM test".)
                // (Nor a list's item: "– 27 February: unions call a strike over pay", nor a table's
                // row: "1       17 May - 21 May     Command post exercise".)
                let heading =
                    isHeading(bytes[block]) && !isChronologyEntry(Array(bytes[block])) && !itemStarts.contains(block.lowerBound)
                    && !rowStarts.contains(block.lowerBound)
                let kind: Document.ParagraphKind = isApparatus(bytes[block]) ? .meta : heading ? .heading : .body
                paragraphs.append(Document.Paragraph(kind: kind, range: block))
            }
        }
        let line = String(decoding: bytes[headline], as: UTF8.self)
        return Document(id: id, path: path, title: long ? DocumentLoader.shortTitle(line) : line, text: text, paragraphs: paragraphs)
    }

    /// The items of a block that is a bulleted list: two or more lines opening with "- ", "* ",
    /// "• " or "– ", each with the lines that wrap it (those that open with no bullet). Each item
    /// runs from after its bullet to its last line.
    static func listItems(_ lines: [Range<Int>], bytes: [UInt8]) -> [Range<Int>]? {
        guard lines.count >= 2 else { return nil }
        func isBullet(_ line: Range<Int>) -> Bool { opensWithBullet(bytes[line]) }
        guard isBullet(lines[0]) else { return nil }
        var items: [Range<Int>] = []
        for line in lines {
            if isBullet(line) {
                // (The item without its bullet, as libcmark gives a Markdown list's.)
                items.append((line.lowerBound + (bytes[line.lowerBound] < 0x80 ? 2 : 4))..<line.upperBound)
            } else {
                items[items.count - 1] = items[items.count - 1].lowerBound..<line.upperBound
            }
        }
        return items.count >= 2 ? items : nil
    }

    /// A line that opens with "- ", "* ", "• " (U+2022) or "– " (U+2013).
    static func opensWithBullet(_ b: ArraySlice<UInt8>) -> Bool {
        guard b.count >= 3 else { return false }
        let i = b.startIndex
        if (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "*")) && b[i + 1] == 0x20 { return true }
        return b.count >= 5 && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0xA2 || b[i + 2] == 0x93) && b[i + 3] == 0x20
    }

    /// The fields of a block that is a field list, as a memo or a hearing summary opens: two or
    /// more lines, each a label of one to three words closing with a colon and its value ("To:
    /// Members", "Date:    21 July 2025", "Released: April 9, 2026"), or an indented line going
    /// on with the field before. Each field runs from its label to its last line.
    static func fieldList(_ lines: [Range<Int>], bytes: [UInt8]) -> [Range<Int>]? {
        guard lines.count >= 2 else { return nil }
        var fields: [Range<Int>] = []
        var labelled = 0
        for line in lines {
            if isFieldLine(bytes[line]) {
                fields.append(line)
                labelled += 1
            } else if let last = fields.last, line.lowerBound > 0, bytes[line.lowerBound - 1] == 0x20 || bytes[line.lowerBound - 1] == 0x09 {
                fields[fields.count - 1] = last.lowerBound..<line.upperBound
            } else {
                return nil
            }
        }
        return labelled >= 2 ? fields : nil
    }

    /// "Date:    21 July 2025", "Classification: Internal": a capitalized label of at most three
    /// words and 24 bytes, its colon glued to it, then a space and a value.
    static func isFieldLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
            let colon = line.prefix(25).firstIndex(of: UInt8(ascii: ":")), colon + 1 < line.endIndex, line[colon + 1] == 0x20,
            line[line.startIndex..<colon].split(separator: 0x20).count <= 3
        else { return false }
        return line[line.startIndex..<colon].allSatisfy { b in
            b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "&") || b == UInt8(ascii: "/")
                || (b | 0x20) >= UInt8(ascii: "a")
                    && (b | 0x20) <= UInt8(ascii: "z")
        }
    }

    /// The lines of a text's last block when it is a signature: two to five short lines (at
    /// most ten words), none ending a sentence, one of them closing with a year ("Done at Port
    /// Vila, 6 October 2025" over "For the Government of Vanuatu" over "Jotham Napat"): one
    /// paragraph of apparatus each, not one line of prose (the sign-off is then seen, and dates
    /// no event).
    static func signatureLines(_ block: Range<Int>, content: [Range<Int>], bytes: [UInt8]) -> [Range<Int>]? {
        let lines = content.filter { !$0.isEmpty && block.contains($0.lowerBound) }
        guard (2...5).contains(lines.count) else { return nil }
        var dated = false
        for line in lines {
            let text = bytes[line]
            guard text.split(separator: 0x20).count <= 10, let last = text.last,
                ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":")].contains(last)
            else { return nil }
            let tail = text.suffix(4)
            if tail.count == 4, tail.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), tail.first == UInt8(ascii: "1") || tail.first == UInt8(ascii: "2") {
                dated = true
            }
        }
        return dated ? lines : nil
    }

    /// A line that opens with a dateline and ends a sentence with a period: a lead, not a
    /// headline. The dateline: a place in capitals (perhaps of several words, with "/" or
    /// "."), perhaps a region, a date and an agency, up to a dash, "--", a bracket or a colon
    /// ("TOKYO, Nov. 2 (Kyodo) --", "TEL AVIV, Israel (AP) —", "KYIV/MOSCOW, March 4 (Reuters)
    /// -", "ISLAMABAD:"). Only on a line of 70 bytes or more: headlines are shorter ("NATO -
    /// Russia tensions rise.").
    static func isDatelineLead(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 70,
            let last = line.last(where: { $0 != UInt8(ascii: "\"") && $0 != 0x9D && $0 != 0x80 && $0 != 0xE2 }), last == UInt8(ascii: ".")
        else { return false }
        // The first word: capitals, at least two ("ST. PETERSBURG"), and a place, not an
        // organization or a label ("NATO: Allies agreed ...", "BREAKING: ...", "ANALYSIS - ...").
        var k = line.startIndex
        while k < line.endIndex, line[k] >= UInt8(ascii: "A"), line[k] <= UInt8(ascii: "Z") || line[k] == UInt8(ascii: "-") && k > line.startIndex {
            k += 1
        }
        guard k - line.startIndex >= 2 else { return false }
        let first = String(decoding: line[line.startIndex..<k], as: UTF8.self)
        if TitleCompressor.organizationAcronyms.contains(first) || headlineLabels.contains(first) { return false }
        // Up to the marker: letters, digits, spaces, commas, periods, slashes.
        let limit = min(line.endIndex, line.startIndex + 80)
        var m = k
        while m < limit {
            let b = line[m]
            if b == UInt8(ascii: "(") || b == UInt8(ascii: ":") || b == 0xE2 { return true }
            if b == UInt8(ascii: "-"), m + 1 < line.endIndex, line[m + 1] == 0x20 || line[m + 1] == UInt8(ascii: "-") { return true }
            let ok =
                (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b &- 0x30 < 10 || b == 0x20 || b == UInt8(ascii: ",")
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: "-")  // (a hyphen inside a name: "DEIR AL-BALAH")
            if !ok { return false }
            m += 1
        }
        return false
    }

    /// Words in capitals that label a headline, not a place.
    static let headlineLabels: Set<String> = [
        "BREAKING", "ANALYSIS", "EXCLUSIVE", "UPDATE", "FACTBOX", "EXPLAINER", "OPINION", "INSIGHT", "FEATURE", "WATCH", "LIVE", "VIDEO",
        "CORRECTED", "REFILE", "URGENT", "FLASH", "EDITORIAL", "COMMENTARY", "INTERVIEW", "PROFILE", "TIMELINE", "FACTCHECK",
    ]

    /// The longest first line (or first paragraph) taken as a headline, in UTF-8 bytes.
    static let longestHeadline = 300

    /// A title made from the opening of a long paragraph: its first sentence when that is at
    /// most 160 characters, else its first 120 characters cut at a space, with an ellipsis.
    static func shortTitle(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars.prefix(161))
        for i in scalars.indices.dropFirst(20) where i + 1 < scalars.count {
            if ".!?".unicodeScalars.contains(scalars[i]), scalars[i + 1] == " " {
                return String(String.UnicodeScalarView(scalars[...i]))
            }
        }
        var cut = Array(scalars.prefix(120))
        if let space = cut.lastIndex(of: " "), space > 40 { cut = Array(cut[..<space]) }
        return String(String.UnicodeScalarView(cut)) + "…"
    }

    /// Lines that each open with a date and a separator, as a chronology's entries do ("4 April
    /// 2023 – Finland becomes the 31st ally", "Oct. 31, 2024 - Hwasong-19 ICBM test", "2-3
    /// April: PLA drills", "Nov. 2023 - ..."): at least two, each starting with a digit or a
    /// month's name, with " – ", " — ", " - " or ": " among its first 32 bytes and a word right
    /// after it; the first line may be the chronology's title ("Key events").
    /// Lines of a table set out with spaces ("0       3 May - 14 May      Deployment by road"):
    /// at least two lines, most of them with a gap of three spaces or more between words, the
    /// gaps ending in a column that at least two rows, and half of them, share (justified
    /// text's wide gaps fall anywhere). Each row is a paragraph of its own. (Not a memo's fields
    /// aligned with spaces, "To:      All staff": a colon before the gap; a bulleted list's
    /// items are found first.)
    static func isTable(_ lines: [Range<Int>], bytes: [UInt8]) -> Bool {
        var rows = 0
        var columns: [Int: Int] = [:]
        for line in lines {
            var run = 0
            var last: UInt8 = 0
            var ends = Set<Int>()
            for (offset, b) in bytes[line].enumerated() {
                if b == 0x20 {
                    run += 1
                } else {
                    if last != 0, run >= 3, last != UInt8(ascii: ":") { ends.insert(offset) }
                    last = b
                    run = 0
                }
            }
            if !ends.isEmpty { rows += 1 }
            for end in ends { columns[end, default: 0] += 1 }
        }
        let shared = columns.values.max() ?? 0
        return rows >= 2 && rows * 2 >= lines.count && shared >= 2 && shared * 2 >= rows
    }

    static func isChronology(_ lines: [[UInt8]]) -> Bool {
        guard lines.count >= 2 else { return false }
        // A table of key dates: its rows after the header's rule, two thirds of them or more (and
        // two at least) opening with a date; a row of "TBD" or "Ongoing" does not unmake it.
        if let rule = lines.firstIndex(where: isTableRule) {
            let rows = lines[(rule + 1)...]
            let entries = rows.filter(isChronologyEntry).count
            return entries >= 2 && entries * 3 >= rows.count * 2
        }
        // (A table's header and its rule, "| Date | Event |" and "|---|---|", before its rows.)
        var entries = lines[...]
        while let first = entries.first, first.first == UInt8(ascii: "|"), !isChronologyEntry(first) { entries = entries.dropFirst() }
        if entries.count == lines.count, !isChronologyEntry(lines[0]) { entries = entries.dropFirst() }
        return entries.count >= 2 && entries.allSatisfy(isChronologyEntry)
    }

    /// A chronology's lines as the entries they make: a table's rows after its rule, each one,
    /// dates or not ("| TBD | ... |"), as plain text; otherwise the lines that are entries (each
    /// judged as written: a table's date cell may be "Q2 2025"), and a first line that titles
    /// them.
    static func chronologyLines(_ lines: [String]) -> [String] {
        if let rule = lines.firstIndex(where: { isTableRule(Array($0.utf8)) }) {
            return lines[(rule + 1)...].map(chronologyText).filter { !$0.isEmpty }
        }
        return lines.filter { raw in
            let line = chronologyText(raw)
            return !line.isEmpty && !line.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " || $0 == "\u{2013}" }
                && isChronologyEntry(Array(raw.utf8)) || line == lines.first
        }.map(chronologyText)
    }

    /// A table's rule under its header: "|---|---|", "| :--- | ---: |".
    static func isTableRule(_ line: [UInt8]) -> Bool {
        line.first == UInt8(ascii: "|") && line.contains(UInt8(ascii: "-"))
            && line.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
    }

    /// A chronology's line as plain text: a table row's cells joined by dashes ("| Sept. 8,
    /// 1951 | The treaty is signed |" is "Sept. 8, 1951 – The treaty is signed"); other lines as
    /// they are.
    static func chronologyText(_ line: String) -> String {
        guard line.hasPrefix("|") else { return line }
        let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return cells.joined(separator: " \u{2013} ")
    }

    static func isChronologyEntry(_ line: [UInt8]) -> Bool {
        var b = line[...]
        let row = b.first == UInt8(ascii: "|")
        if let f = b.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "*") || f == UInt8(ascii: "|"), b.dropFirst().first == 0x20 {
            b = b.dropFirst(2)
        }
        guard let first = b.first else { return false }
        if first &- 0x30 >= 10 {
            let word = String(decoding: b.prefix { ($0 | 0x20) &- 0x61 < 26 }, as: UTF8.self).lowercased()
            // (A table's date cell may also be a quarter, a half or a fuzzy date: "| Q2 2025 |",
            // "| Late 2025 |", "| Spring 2026 |".)
            let rowDate =
                row
                && (chronologyRowWords.contains(word)
                    || (word == "q" || word == "h") && b.dropFirst().first.map { $0 &- 0x31 < 4 } == true)
            guard chronologyMonths.contains(word) || rowDate else { return false }
        }
        // After the separator, what happened, in words ("June 20, 2024 — 4:15 PM ET" is a date
        // line with its time).
        // (The earliest separator: "2-3 April: PLA drills – 71 aircraft".)
        let text = Array(b)
        let head = text.prefix(32)
        var earliest: Int?
        for sep in chronologySeparators where head.count >= sep.count {
            for k in 0...(head.count - sep.count) where head[k..<(k + sep.count)].elementsEqual(sep) {
                if earliest == nil || k + sep.count < earliest! { earliest = k + sep.count }
                break
            }
        }
        guard let after = earliest else { return false }
        return after < text.count && (text[after] | 0x20) &- 0x61 < 26
    }

    /// Months' names and their short forms, lower-cased.
    static let chronologyMonths: Set<String> = Set(
        DateSemantics.monthNames.map { $0.lowercased() } + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

    /// What else may open a table's date cell.
    static let chronologyRowWords: Set<String> = [
        "early", "mid", "late", "end", "spring", "summer", "autumn", "fall", "winter", "first", "second", "third", "fourth",
    ]

    static let chronologySeparators: [[UInt8]] = [" \u{2013} ", " \u{2014} ", " - ", ": ", " | "].map { Array($0.utf8) }

    /// A paragraph that is the article's apparatus, not its story: a caption or a note under a
    /// label ("Photo: A destroyer in the strait on June 2. (Navy handout)", "Editor's note:
    /// ...", "Read more: ...", "(Reporting by ...)"), or a one-line date line or byline anywhere
    /// ("Updated Sept. 20, 2024, 6:45 p.m. JST"). It is read like the header's lines: never an
    /// event.
    static func isApparatus(_ bytes: ArraySlice<UInt8>) -> Bool {
        // (A date line or a byline with its label: "Updated Sept. 20, 2024, 6:45 p.m. JST", "By
        // Jane Doe | 20 June 2024"; a line that only opens with a date is a chronology's.)
        if !bytes.contains(0x0A), let space = bytes.firstIndex(of: 0x20),
            apparatusLineLabels.contains(
                String(decoding: bytes[..<space], as: UTF8.self).lowercased().trimmingCharacters(in: .punctuationCharacters)),
            isMetaLine(bytes)
        {
            return true
        }
        // A wire's end mark or credit set off by marks: "==Kyodo", "###", "-- Reuters".
        let marks: [UInt8] = Array("=-#*~_".utf8)
        if !bytes.contains(0x0A), bytes.count >= 2, marks.contains(bytes[bytes.startIndex]), marks.contains(bytes[bytes.startIndex + 1]),
            bytes.split(separator: 0x20).count <= 4
        {
            return true
        }
        let head = String(decoding: bytes.prefix(24), as: UTF8.self).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if head.hasPrefix("(reporting by") || head.hasPrefix("(editing by") || head.hasPrefix("(additional reporting") { return true }
        guard let colon = head.firstIndex(of: ":") else { return false }
        return apparatusLabels.contains(String(head[..<colon]))
    }

    /// The first words of a date line or a byline.
    static let apparatusLineLabels: Set<String> = metaLabels.union(["by"])

    static let apparatusLabels: Set<String> = [
        "photo", "photos", "photograph", "image", "picture", "pictured", "caption", "video", "graphic", "file photo", "read more",
        "related", "see also", "editor's note", "correction", "clarification", "credit", "watch", "listen",
    ]

    /// Words that open a header line with the article's date ("Published: ...", "Last updated").
    static let metaLabels: Set<String> = ["published", "posted", "updated", "modified", "date", "dated", "first", "last"]

    /// A day's label and nothing else: a weekday, perhaps with its date ("Monday", "Tuesday, 11
    /// March", "Friday 14th"), in at most four words.
    static func isDayLabel(_ text: String) -> Bool {
        // (The cheap test first: every paragraph of every Markdown article is asked.)
        guard text.utf8.count <= 40 else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased().filter(\.isLetter) }
        return (1...4).contains(words.count) && namesAWeekday(text)
            && words.allSatisfy { $0.isEmpty || isMonthOrWeekday($0) || $0 == "the" || $0 == "of" || ["st", "nd", "rd", "th"].contains($0) }
    }

    /// Whether `text` has a weekday's name among its words.
    static func namesAWeekday(_ text: String) -> Bool { text.split(whereSeparator: { !$0.isLetter }).contains { isWeekday(String($0)) } }

    /// A month or weekday name, as the tagger's lexicon knows them ("June", "Sept", "Thursday").
    static func isMonthOrWeekday(_ word: String) -> Bool { isMonth(word) || isWeekday(word) }

    /// A month's name or its short form, any case ("March", "Sept").
    static func isMonth(_ word: String) -> Bool {
        let w = word.lowercased()
        if case .month = Lexicon.shared.lookup(hash: Lexicon.hash(w), length: w.utf8.count).lexeme { return true }
        return false
    }

    /// A weekday's name, any case ("Thursday").
    static func isWeekday(_ word: String) -> Bool {
        let w = word.lowercased()
        if case .weekday = Lexicon.shared.lookup(hash: Lexicon.hash(w), length: w.utf8.count).lexeme { return true }
        return false
    }

    /// A line that says when the text was issued: at most three words (not a sentence's
    /// subject, "The GAO report", nor "Report to be"), "issued" or "released", perhaps a clock
    /// time, and a date with its year closing the line ("Bulletin issued 1130 UTC Monday 9 March
    /// 2026", "Statement released 9 March 2026").
    static func isIssueLine<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let words = bytes.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        guard words.count <= 12, let label = words.prefix(4).firstIndex(where: { ["issued", "released"].contains($0.lowercased()) }),
            label >= 1, words[0].first?.isUppercase == true, !["the", "a", "an"].contains(words[0].lowercased()),
            !words[..<label].contains(where: { $0.lowercased() == "to" })
        else { return false }
        // (The line ends in a year: "2026", "2026." or "2026)".)
        let last = words[words.count - 1].filter { $0.isNumber }
        guard last.count == 4, last.hasPrefix("19") || last.hasPrefix("20"), words.count - label >= 3 else { return false }
        return words[(label + 1)...].contains { isMonthOrWeekday($0.filter(\.isLetter)) || $0.contains("-") && $0.first?.isNumber == true }
    }

    /// A header line under the headline: a labelled date ("Published: June 20, 2024", "Last
    /// updated 2024-06-21"), a byline ("By Jane Doe | Reuters"), or a date alone ("June 20,
    /// 2024", "2024-06-20 10:30", "Thursday, June 20, 2024 • 3 min read"), at most ten words,
    /// no sentence ending it.
    /// Words a line cannot end on unless its sentence goes on in the next line.
    static let continuingWords: Set<String> = [
        "on", "in", "at", "by", "from", "until", "till", "to", "of", "the", "a", "an", "and", "or", "since", "before", "after", "as", "for",
        "with", "than", "that", "was", "were", "is", "are", "be", "been", "dated", "between", "during", "through", "about", "around", "next",
        "last", "this", "every", "each", "early", "late", "mid",
    ]

    static func isMetaLine(_ bytes: ArraySlice<UInt8>) -> Bool {
        let words = bytes.split(separator: 0x20).map { word in
            String(decoding: word.filter { $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ".") }, as: UTF8.self)
        }.filter { !$0.isEmpty }
        guard let first = words.first, words.count <= 10 else { return false }
        let lower = first.lowercasedASCII()
        let hasDigit = bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
        // No sentence ends the line ("a.m." and "p.m." aside).
        let lowerLine = String(decoding: bytes, as: UTF8.self).lowercased()
        if let last = bytes.last, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last),
            !(lowerLine.hasSuffix("a.m.") || lowerLine.hasSuffix("p.m."))
        {
            return false
        }
        func opensWithDate(_ word: String) -> Bool {
            isMonthOrWeekday(word) || word.first.map { $0.isASCII && $0.isNumber } == true
        }
        if metaLabels.contains(lower) {
            // "Published: June 20, 2024", "First published on 2024-06-20", "Last updated at
            // 10:30 June 21, 2024": after the label, a date.
            var k = 1
            if lower == "first" || lower == "last" {
                guard words.count > 1, ["published", "updated", "modified", "posted"].contains(words[1].lowercasedASCII()) else { return false }
                k = 2
            }
            if k < words.count, ["on", "at"].contains(words[k].lowercasedASCII()) { k += 1 }
            return hasDigit && k < words.count && opensWithDate(words[k])
        }
        // An embargo line: "EMBARGOED UNTIL 0001 GMT 5 MARCH 2026", "Not for publication before
        // 5 March 2026".
        if hasDigit, PublicationDateInference.embargoFirstWords.contains(lower),
            let k = (1...min(4, words.count)).last(where: { n in
                PublicationDateInference.embargoLabels.contains(words.prefix(n).map { $0.lowercasedASCII() })
            })
        {
            var k = k
            if k < words.count, ["on", "at"].contains(words[k].lowercasedASCII()) { k += 1 }
            return k < words.count && opensWithDate(words[k])
        }
        // "By Jane Doe", "BY JANE DOE | Reuters"; not "By March 2025 the runway ...".
        // "By the Washington Ledger national security staff" too (a capitalized name after "the").
        if lower == "by" {
            var k = 1
            if words.count > 2, words[1] == "the" || words[1] == "The" { k = 2 }
            guard words.count > k, let c = words[k].first, c.isUppercase, !isMonthOrWeekday(words[k]) else { return false }
            return true
        }
        // A date alone: it opens with a month, a weekday or a number, and has a digit.
        return opensWithDate(first) && hasDigit
    }

    /// A subheading: at most 12 words, one line, no final sentence punctuation.
    static func isHeading(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let last = bytes.last, !bytes.contains(0x0A) else { return false }
        if [
            UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\""),
            UInt8(ascii: ")"),
        ].contains(last) {
            return false
        }
        // Closing quotation marks (U+201D, U+2019) end quoted sentences, not headings.
        if bytes.count >= 3, bytes[bytes.endIndex - 3] == 0xE2, bytes[bytes.endIndex - 2] == 0x80,
            bytes[bytes.endIndex - 1] == 0x9D || bytes[bytes.endIndex - 1] == 0x99
        {
            return false
        }
        let words = bytes.split(separator: 0x20).count
        return words <= 12
    }

    // MARK: - Markdown

    static func parseMarkdown(_ source: String, path: String, id: String) throws(TimelineError) -> Document {
        var frontMatter = FrontMatter()
        var body = source
        // The opening line "---" (trailing spaces and tabs allowed, as YAML does).
        let opening: Int? = {
            guard source.utf8.starts(with: "---".utf8) else { return nil }
            var i = source.utf8.index(source.utf8.startIndex, offsetBy: 3)
            var n = 3
            while i < source.utf8.endIndex, source.utf8[i] == 0x20 || source.utf8[i] == 0x09 {
                i = source.utf8.index(after: i)
                n += 1
            }
            return i < source.utf8.endIndex && source.utf8[i] == 0x0A ? n + 1 : nil
        }()
        if let opening {
            // The front matter ends at the first line "---" or "..." (found in the bytes).
            let bytes = Array(source.utf8)
            var lineStart = opening
            var close: (line: Int, next: Int)?
            while lineStart <= bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var trimmed = end
                while trimmed > lineStart, bytes[trimmed - 1] == 0x20 || bytes[trimmed - 1] == 0x09 { trimmed -= 1 }
                let line = bytes[lineStart..<trimmed]
                if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                    close = (lineStart, min(end + 1, bytes.count))
                    break
                }
                lineStart = end + 1
            }
            guard let close else {
                throw TimelineError(.frontMatter, path: path, line: 1, column: 1, "front matter is not closed (expected a line \"---\")")
            }
            let yaml = close.line > opening ? String(decoding: bytes[opening..<(close.line - 1)], as: UTF8.self) : ""
            frontMatter = try parseFrontMatter(yaml, path: path, lineOffset: 1)
            body = String(decoding: bytes[close.next...], as: UTF8.self)
        }
        var blocks = CommonMark.blocks(body)
        var title = frontMatter.title ?? ""
        if title.isEmpty, let first = blocks.first, case .heading = first.kind {
            title = first.text
            blocks.removeFirst()
        } else if title.isEmpty, let first = blocks.first, first.text.utf8.count > DocumentLoader.longestHeadline {
            // (A long first paragraph is body text: the title is its opening.)
            title = DocumentLoader.shortTitle(first.text)
        } else if title.isEmpty, let first = blocks.first {
            title = first.text
            blocks.removeFirst()
        } else if let first = blocks.first, case .heading(1) = first.kind, first.text == title {
            blocks.removeFirst()
        }
        var text = title
        var paragraphs = [Document.Paragraph(kind: .headline, range: 0..<title.utf8.count)]
        for block in blocks {
            text += "\n\n"
            let start = text.utf8.count
            text += block.text
            let kind: Document.ParagraphKind
            // (A weekday alone as a paragraph is a calendar's heading too: "Monday" over its entries.)
            if case .heading = block.kind {
                kind = .heading
            } else if DocumentLoader.isDayLabel(block.text) {
                kind = .heading
            } else {
                kind = isApparatus(Array(block.text.utf8)[...]) ? .meta : .body
            }
            paragraphs.append(Document.Paragraph(kind: kind, range: start..<text.utf8.count))
        }
        if title.isEmpty && blocks.isEmpty {
            throw TimelineError(.input, path: path, "file has no text (only front matter or markup)")
        }
        return Document(id: id, path: path, title: title, text: text, paragraphs: paragraphs, frontMatter: frontMatter)
    }

    static func parseFrontMatter(_ yaml: String, path: String, lineOffset: Int) throws(TimelineError) -> FrontMatter {
        var fm = FrontMatter()
        let node: Node?
        do {
            // The encoding given, not `.default`: that reads the whole environment on every
            // call (YAMS_DEFAULT_ENCODING, which would also print to standard output). The
            // basic resolver: every value here is read as text, and the default one matches
            // each scalar against regular expressions (booleans, numbers, timestamps) every
            // time a key is looked up.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            var line = lineOffset + 1
            var column = 1
            var problem = "\(error)"
            switch error {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
                line = lineOffset + mark.line
                column = mark.column
                problem = p
            case .duplicatedKeysInMapping(let duplicates, _):
                // Where the second of the first duplicated key stands (a key at the start of a
                // line, "published: ...").
                let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
                func isKey(_ l: Substring, _ key: String) -> Bool {
                    let t = l.drop(while: { $0 == " " || $0 == "\t" })
                    return t.hasPrefix(key + ":") || t.hasPrefix("\"\(key)\":") || t.hasPrefix("'\(key)':")
                }
                // The duplicated key whose second use comes first.
                let places = duplicates.compactMap { key in lines.indices.filter { isKey(lines[$0], key) }.dropFirst().first.map { ($0, key) } }
                let (at, key) = places.min { $0.0 < $1.0 } ?? (0, duplicates.sorted().first ?? "")
                line = lineOffset + 1 + at
                problem = "the key \"\(key)\" is given twice"
            default:
                problem = String(problem.split(separator: "\n").first ?? "")
            }
            throw TimelineError(.frontMatter, path: path, line: line, column: column, "front matter is not valid YAML: \(problem)")
        } catch {
            throw TimelineError(.frontMatter, path: path, line: lineOffset + 1, column: 1, "front matter is not valid YAML")
        }
        guard let node else { return fm }
        guard let mapping = node.mapping else {
            throw TimelineError(.frontMatter, path: path, line: lineOffset + 1, column: 1, "front matter must be a mapping of keys to values")
        }
        func line(of n: Node) -> Int { lineOffset + (n.mark?.line ?? 1) }
        func scalar(_ key: String) throws(TimelineError) -> String? {
            guard let value = mapping[key] else { return nil }
            if value.null != nil { return nil }
            guard let s = value.scalar?.string else {
                throw TimelineError(
                    .frontMatter, path: path, line: line(of: value), column: value.mark?.column ?? 1, "\"\(key)\" must be a single value")
            }
            return s
        }
        fm.title = try scalar("title")
        fm.source = try scalar("source")
        fm.url = try scalar("url")
        if let published = mapping["published"], let raw = try scalar("published") {
            fm.published = raw
            fm.publishedLine = line(of: published)
            guard DocumentLoader.publishedDay(raw) != nil else {
                throw TimelineError(
                    .frontMatter, path: path, line: line(of: published), column: published.mark?.column ?? 1,
                    "invalid published date \"\(raw)\" (expected YYYY-MM-DD)")
            }
        }
        if let tags = mapping["tags"] {
            if let seq = tags.sequence {
                fm.tags = seq.compactMap { $0.scalar?.string }
            } else if let s = tags.scalar?.string {
                fm.tags = s.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            }
        }
        return fm
    }

    /// `2025-01-31`, or an ISO date-time whose date part is that (`2025-01-31T09:00:00Z`).
    public static func publishedDay(_ raw: String) -> CalendarDay? {
        let datePart = raw.prefix(10)
        guard let day = CalendarDay(iso: datePart) else { return nil }
        if raw.count > 10, !(raw.dropFirst(10).first == "T" || raw.dropFirst(10).first == " ") { return nil }
        return day
    }

    /// A lower-case slug of the file name without its extension: "Hegseth Call.md" -> "hegseth-call".
    public static func slug(forPath path: String) -> String {
        slug(fileName(path))
    }

    /// The last component of `path` without its extension, as `NSString`'s
    /// `lastPathComponent` then `deletingPathExtension` give it: everything before the last
    /// dot. Read from the bytes (a build names 10,000 articles; the `NSString` way took 5 µs
    /// each); a path ending in a slash, a name starting with a dot, and any path with a
    /// non-ASCII byte are left to `NSString` (it reads characters: a dot followed by a
    /// combining accent is not a dot there).
    static func fileName(_ path: String) -> String {
        var path = path
        let name: String? = path.withUTF8 { b in
            guard let last = b.last, last != UInt8(ascii: "/"), b.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = b.count
            while start > 0, b[start - 1] != UInt8(ascii: "/") { start -= 1 }
            // Hidden names, "." and "..": as Foundation has them.
            guard b[start] != UInt8(ascii: ".") else { return nil }
            var end = b.count
            var dot = b.count
            while dot > start + 1 {
                dot -= 1
                if b[dot] == UInt8(ascii: ".") {
                    end = dot
                    break
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        }
        return name ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    public static func slug(_ text: String, maxLength: Int = 80) -> String {
        // Bytes: ASCII letters (lower-cased) and digits are kept, apostrophes (' and U+2019)
        // dropped, and every other run becomes one dash between kept characters.
        var out: [UInt8] = []
        out.reserveCapacity(min(maxLength, text.utf8.count))
        var dash = false
        var skip = 0
        let utf8 = Array(text.utf8)
        for (k, b) in utf8.enumerated() {
            if skip > 0 {
                skip -= 1
                continue
            }
            let lower = b | 0x20
            if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if dash && !out.isEmpty { out.append(0x2D) }
                dash = false
                out.append(b >= 0x30 && b <= 0x39 ? b : lower)
                if out.count >= maxLength { break }
            } else if b == 0x27 {
                continue
            } else if b == 0xE2, k + 2 < utf8.count, utf8[k + 1] == 0x80, utf8[k + 2] == 0x99 {
                skip = 2
            } else {
                if b >= 0xC0 { skip = (b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1) }
                dash = true
            }
        }
        return out.isEmpty ? "document" : String(decoding: out, as: UTF8.self)
    }
}

/// What `stat` says of a file, to tell that it has not changed since a build read it without
/// reading it again: size, modification and status-change times (nanoseconds), inode, device.
public struct FileStamp: Sendable, Equatable {
    public var size: Int
    public var modified: Int
    public var changed: Int
    public var inode: Int
    public var device: Int

    public init(size: Int, modified: Int, changed: Int, inode: Int, device: Int) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        #if canImport(Darwin)
            modified = Int(info.st_mtimespec.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtimespec.tv_nsec)
            changed = Int(info.st_ctimespec.tv_sec) &* 1_000_000_000 &+ Int(info.st_ctimespec.tv_nsec)
        #else
            modified = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
            changed = Int(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int(info.st_ctim.tv_nsec)
        #endif
        // Kept non-negative (the cache writes and reads them as decimal integers).
        inode = Int(truncatingIfNeeded: UInt64(info.st_ino) & 0x7FFF_FFFF_FFFF_FFFF)
        device = Int(truncatingIfNeeded: UInt64(info.st_dev) & 0x7FFF_FFFF_FFFF_FFFF)
    }

    /// Whether the file changed within `margin` nanoseconds before `now` (or after it): a
    /// change in the same tick of the file system's clock as a read could hide behind an
    /// unchanged stamp, so such a stamp is not kept.
    func isRecent(now: Int, margin: Int = 2_000_000_000) -> Bool { modified >= now - margin || changed >= now - margin }

    /// The stamp of a regular file, or nil.
    public static func of(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(info)
    }
}
