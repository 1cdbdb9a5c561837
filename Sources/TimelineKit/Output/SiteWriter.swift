import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files safely.
///
/// - Each file is written to a temporary file beside it, then renamed over the target (large
///   files the next build checks are exchanged with it instead, see ``replace(_:with:)``, and
///   their previous versions kept as spares to write the next ones over, see
///   ``spareName(_:)``), so a reader never sees half a file.
/// - A file whose bytes would not change is not rewritten (its modification time stays).
/// - A site directory keeps a manifest of the files the tool wrote; only those are ever
///   replaced or deleted. A non-empty directory without a manifest is refused unless forced.
public enum SiteWriter {
    public static let manifestName = ".alliance-timeline-manifest"

    public struct Report: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
    }

    /// Writes `contents` to `path` atomically unless it already holds exactly those bytes.
    /// Returns whether the file was written.
    @discardableResult
    public static func writeAtomically(_ contents: String, to path: String) throws(TimelineError) -> Bool {
        var directories = Set<String>()
        return try writeAtomically(contents, to: path, knownDirectories: &directories)
    }

    /// Writes `bytes` to `path` atomically unless it already holds exactly those bytes.
    @discardableResult
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(TimelineError) -> Bool {
        var directories = Set<String>()
        return try writeAtomically(bytes, to: path, knownDirectories: &directories)
    }

    /// Like ``writeAtomically(_:to:)``; `knownDirectories` remembers the directories already
    /// made, so a site of thousands of pages does not ask for each one again.
    static func writeAtomically(_ contents: String, to path: String, knownDirectories: inout Set<String>) throws(TimelineError) -> Bool {
        var contents = contents
        return try contents.withUTF8 { bytes in
            Result { () throws(TimelineError) in try writeAtomically(UnsafeRawBufferPointer(bytes), to: path, knownDirectories: &knownDirectories) }
        }.get()
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String, knownDirectories: inout Set<String>) throws(TimelineError) -> Bool {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(TimelineError) in try writeAtomically(raw, to: path, knownDirectories: &knownDirectories) }
        }.get()
    }

    static func writeAtomically(
        _ bytes: UnsafeRawBufferPointer, to path: String, knownDirectories: inout Set<String>
    ) throws(TimelineError) -> Bool {
        if isUnchanged(bytes, at: path) { return false }
        let temporary = try writeTemporary(bytes, for: path, knownDirectories: &knownDirectories)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw TimelineError(.output, path: path, "cannot replace file: \(reason.lowercased())")
        }
        return true
    }

    /// How ``replace(_:with:)`` put a file in place.
    enum Replacement: Equatable {
        /// The new file was renamed to the target (there was none, or it could not be exchanged).
        case renamed
        /// The new file and the old one were exchanged: the old one is now at the temporary
        /// path, for the caller to remove (or to exchange back).
        case exchanged
        /// Neither worked; the reason, lower-cased.
        case failed(String)
    }

    /// Puts the file at `temporary` in place of `path` in one step, so a reader sees the old
    /// file or the new one and never neither.
    ///
    /// An existing regular file (or symbolic link: the link itself is replaced, as `rename`
    /// replaces it) is exchanged with the new one (Linux `renameat2` with `RENAME_EXCHANGE`)
    /// rather than renamed over. On ext4, renaming over a file makes the kernel allocate and
    /// start writing the new file's blocks then and there (its `auto_da_alloc` guard against
    /// files that come back empty after a power loss), which took 0.1-0.2 s for each large
    /// timeline file and held up the writes after it; the old file stays, to become the spare
    /// the next build writes over (``spareName(_:)``), or to be removed later on another thread. The price is that guard:
    /// only files the next build checks and repairs should be put in place this way (see
    /// ``Staging/stage(_:_:exchange:)``). Anything else, and systems without the call, get a
    /// plain `rename`.
    static func replace(_ path: String, with temporary: String) -> Replacement {
        var info = stat()
        if let exchange = renameExchange, lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG || (info.st_mode & S_IFMT) == S_IFLNK {
            if exchange(atCurrentDirectory, temporary, atCurrentDirectory, path, renameExchangeFlag) == 0 { return .exchanged }
        }
        if rename(temporary, path) == 0 { return .renamed }
        return .failed(String(cString: strerror(errno)).lowercased())
    }

    /// The hidden name under which a large file at the site's root that is exchanged with its
    /// previous version (``replace(_:with:)``) keeps that previous version after a build, nil for
    /// other paths. The next build writes the new version over the spare instead of into a new
    /// file: on the machine the figures in docs/performance.md come from, writing 230 MB into a
    /// new file took 0.52 s and over an existing one 0.03 s (the new file's memory is what costs).
    /// The spares are the tool's files, listed in its manifest.
    public static func spareName(_ relative: String) -> String? {
        relative.contains("/") || relative.hasPrefix(".") ? nil : ".alliance-timeline-spare." + relative
    }

    /// Swaps two paths back after ``replace(_:with:)`` exchanged them; false when it cannot.
    static func exchangeBack(_ path: String, with temporary: String) -> Bool {
        guard let exchange = renameExchange else { return false }
        return exchange(atCurrentDirectory, temporary, atCurrentDirectory, path, renameExchangeFlag) == 0
    }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// `AT_FDCWD` and `RENAME_EXCHANGE` (Linux's values; the C library does not export them to Swift).
    static let atCurrentDirectory: Int32 = -100
    static let renameExchangeFlag: UInt32 = 2
    /// The C library's `renameat2`, looked up at run time (Swift's Glibc module does not
    /// declare it); nil where there is none.
    static let renameExchange: RenameAt2? = {
        #if os(Linux)
            guard let symbol = dlsym(nil, "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
            return nil
        #endif
    }()

    /// Writes `bytes` to a temporary file beside `path` (making its directory if need be): a
    /// new one, or `spare` written over and cut to length (``spareName(_:)``). Returns the
    /// temporary file's path.
    static func writeTemporary(
        _ bytes: UnsafeRawBufferPointer, for path: String, spare: String? = nil, knownDirectories: inout Set<String>
    ) throws(TimelineError) -> String {
        try writeTemporary(size: bytes.count, for: path, spare: spare, knownDirectories: &knownDirectories) { writeAll($0, bytes) }
    }

    /// ``writeTemporary(_:for:spare:knownDirectories:)`` for a file with holes: its new bytes are
    /// written, and its holes copied from the previous file kernel-side (``copyRange(_:of:to:)``).
    static func writeTemporary(
        _ file: SplicedBytes, for path: String, spare: String? = nil, knownDirectories: inout Set<String>
    ) throws(TimelineError) -> String {
        try writeTemporary(size: file.count, for: path, spare: spare, knownDirectories: &knownDirectories) { fd in
            var ok = true
            file.forEachPiece { piece, copied in
                if let copied { ok = copyRange(copied, of: file.previous, to: fd) } else { ok = writeAll(fd, piece) }
                return ok
            }
            return ok
        }
    }

    /// Writes `size` bytes with `write` to the temporary file (see above).
    private static func writeTemporary(
        size: Int, for path: String, spare: String?, knownDirectories: inout Set<String>, write: (Int32) -> Bool
    ) throws(TimelineError) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !knownDirectories.contains(directory) {
            try makeDirectories(directory)
            knownDirectories.insert(directory)
        }
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).tmp-\(getpid())"
        // The spare (the version before the previous one) is written over where it lies: its
        // pages are in memory already (see ``spareName(_:)``). Only a file with no other name
        // (a hard link, as `cp -al` backups make, would be written through) and of this user.
        var info = stat()
        let reusing =
            spare.map {
                lstat($0, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && info.st_nlink == 1 && info.st_uid == geteuid()
                    && rename($0, temporary) == 0
            } ?? false
        var fd = reusing ? open(temporary, O_WRONLY | O_NOFOLLOW) : -1
        if fd < 0 {
            // A new file of this name, never one that was there (a link planted under the
            // temporary name would have been written through).
            unlink(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        }
        guard fd >= 0 else { throw TimelineError(.output, path: path, "cannot write file: \(String(cString: strerror(errno)).lowercased())") }
        let ok = write(fd) && (!reusing || ftruncate(fd, off_t(size)) == 0)
        let reason = String(cString: strerror(errno)).lowercased()
        if close(fd) != 0 || !ok {
            unlink(temporary)
            throw TimelineError(.output, path: path, "cannot write file: \(reason)")
        }
        return temporary
    }

    /// Whether a folder on the way to `relative` inside `directory` is a symbolic link (the
    /// tool neither writes nor deletes through one).
    static func passesThroughLink(_ relative: String, in directory: String) -> Bool {
        var folder = directory
        for component in relative.split(separator: "/").dropLast() {
            folder += "/" + component
            var info = stat()
            if lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { return true }
        }
        return false
    }

    /// Makes `path` and the folders above it that are missing; an error names the folder that
    /// could not be made and why ("permission denied", "not a directory").
    static func makeDirectories(_ path: String) throws(TimelineError) {
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return }
            throw TimelineError(.output, path: path, "cannot create directory: a file of that name exists")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 {
            let reason = errno == EEXIST ? "something of that name is there (a link to nothing?)" : String(cString: strerror(errno)).lowercased()
            if errno != EEXIST || stat(path, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
                throw TimelineError(.output, path: path, "cannot create directory: \(reason)")
            }
        }
    }

    /// Appends bytes to an existing regular file.
    static func append(_ bytes: [UInt8], to path: String) throws(TimelineError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW)
        guard fd >= 0 else { throw TimelineError(.output, path: path, "cannot append to file: \(String(cString: strerror(errno)).lowercased())") }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 else {
            close(fd)
            throw TimelineError(.output, path: path, "cannot append to file: not a regular file of its own (a link?)")
        }
        let ok = bytes.withUnsafeBytes { writeAll(fd, $0) }
        let reason = String(cString: strerror(errno)).lowercased()
        if close(fd) != 0 || !ok { throw TimelineError(.output, path: path, "cannot append to file: \(reason)") }
    }

    /// Writes all the bytes to `fd` (retrying short and interrupted writes); false on an error.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Copies `range` of `file` to the end of what was written to `fd`: with `copy_file_range`
    /// (the kernel copies the pages, which are in memory: the previous build wrote them), else
    /// written from the file's mapping. False on an error.
    static func copyRange(_ range: Range<Int>, of file: PreviousFile, to fd: Int32) -> Bool {
        var offset = Int64(range.lowerBound)
        if file.descriptor >= 0, let copy = copyFileRange {
            while offset < Int64(range.upperBound) {
                let n = copy(file.descriptor, &offset, fd, nil, Int(Int64(range.upperBound) - offset), 0)
                if n > 0 { continue }
                if n < 0 && errno == EINTR { continue }
                // Not supported here (another file system, an old kernel): write the rest from
                // the mapping. Any other error, or the end of the file (it was cut short since
                // it was mapped: its mapping cannot be read there either), fails the write.
                guard n < 0, [EXDEV, ENOSYS, EOPNOTSUPP, EINVAL].contains(errno) else { return false }
                break
            }
        }
        guard offset < Int64(range.upperBound) else { return true }
        var info = stat()
        guard file.descriptor < 0 || (fstat(file.descriptor, &info) == 0 && Int(info.st_size) >= range.upperBound) else { return false }
        return writeAll(fd, UnsafeRawBufferPointer(rebasing: file.bytes[Int(offset)..<range.upperBound]))
    }

    typealias CopyFileRange = @convention(c) (Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?, Int, UInt32) -> Int
    /// The C library's `copy_file_range`, looked up at run time like ``renameExchange``.
    static let copyFileRange: CopyFileRange? = {
        #if os(Linux)
            guard let symbol = dlsym(nil, "copy_file_range") else { return nil }
            return unsafeBitCast(symbol, to: CopyFileRange.self)
        #else
            return nil
        #endif
    }()

    /// Whether the file at `path` holds exactly `file`'s bytes. A hole that copies the range of
    /// the same file at the same offset is equal without reading it.
    static func isUnchanged(_ file: SplicedBytes, at path: String) -> Bool {
        let size = file.count
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size else { return false }
        guard let existing = PreviousFile(path: path), existing.bytes.count == size else { return false }
        let same = existing.identity == file.previous.identity && existing.identity.inode != 0
        var at = 0
        var equal = true
        file.forEachPiece { piece, copied in
            defer { at += piece.count }
            if let copied, same, copied.lowerBound == at { return true }
            if piece.count > 0, memcmp(existing.bytes.baseAddress! + at, piece.baseAddress!, piece.count) != 0 { equal = false }
            return equal
        }
        return equal
    }

    /// Whether the file at `path` holds exactly `contents` (its size is checked first).
    static func isUnchanged(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        guard Int(info.st_size) == bytes.count else { return false }
        guard let existing = PreviousFile(path: path), existing.bytes.count == bytes.count else { return false }
        return withExtendedLifetime(existing) {
            guard let a = existing.bytes.baseAddress, let b = bytes.baseAddress else { return bytes.isEmpty }
            return memcmp(a, b, bytes.count) == 0
        }
    }

    /// Writes a site: `files` maps relative paths to contents. Files written by an earlier build
    /// (per the manifest) that are no longer produced are removed; nothing else is touched.
    public static func writeSite(_ files: [String: String], to directory: String, force: Bool) throws(TimelineError) -> Report {
        try writeSite(files.mapValues { Array($0.utf8) }, keeping: [], to: directory, force: force)
    }

    /// Like ``writeSite(_:to:force:)``; `kept` are files of the previous build left as they
    /// are (still the tool's, still in the manifest, counted as unchanged); `last` are written
    /// after all the others succeeded (the analysis cache).
    public static func writeSite(
        _ files: [String: [UInt8]], keeping kept: [String], to directory: String, force: Bool, last: [String: [UInt8]] = [:],
        appending: [String: [UInt8]] = [:]
    ) throws(TimelineError) -> Report {
        let staging = try Staging(directory: directory, force: force)
        defer { staging.finish() }
        return try staging.commit(files, keeping: kept, last: last, appending: appending)
    }

    /// A site being written: files are written to temporary files beside their targets as
    /// soon as they are made (``stage(_:_:exchange:)``, on a writer thread of its own, so
    /// writing overlaps with making the rest; or ``stageNow(_:_:exchange:)``, on the calling
    /// thread), and put in place only in
    /// ``commit(_:keeping:last:appending:)``, once the whole site is made. Until then the
    /// previous site is untouched; ``discard()`` (or a failed commit) removes the temporary
    /// files.
    ///
    /// Made only for a directory that may be written: an empty or new one, one with the tool's
    /// manifest, or any with `force`.
    public final class Staging: @unchecked Sendable {
        public let directory: String
        /// The files the previous build wrote (its manifest).
        let previous: [String]
        private let previousSet: Set<String>
        /// Only touched on `queue`, or after `queue.sync` has waited for it.
        private var outcomes: [String: Outcome] = [:]
        /// Files staged to be exchanged with the previous build's rather than renamed over them.
        private var exchangeable = Set<String>()
        private var knownDirectories = Set<String>()
        /// Directories this staging made (removed again by ``discard()`` when still empty).
        private var madeDirectories: [String] = []
        private let queue = DispatchQueue(label: "alliance-timeline.site-writer")

        enum Outcome {
            /// The target already holds these bytes.
            case unchanged
            /// Written to this temporary file.
            case staged(String)
            case failed(TimelineError)
        }

        public init(directory: String, force: Bool) throws(TimelineError) {
            self.directory = directory
            let fm = FileManager.default
            let manifestPath = (directory as NSString).appendingPathComponent(manifestName)
            var isDirectory: ObjCBool = false
            var previous: [String] = []
            if fm.fileExists(atPath: directory, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw TimelineError(.output, path: directory, "output path exists and is not a directory")
                }
                if let manifest = fm.contents(atPath: manifestPath) {
                    previous = String(decoding: manifest, as: UTF8.self).split(separator: "\n").map {
                        String($0.hasSuffix("\r") ? $0.dropLast() : $0)
                    }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                } else {
                    // (What a first build stopped mid-way left, its temporary files and the
                    // folders holding only such files, does not count: the next build may go on.)
                    let entries = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter {
                        $0 != ".DS_Store" && !Staging.isLeftover((directory as NSString).appendingPathComponent($0))
                    }
                    if !entries.isEmpty && !force {
                        throw TimelineError(
                            .output, path: directory,
                            "output directory is not empty and was not made by alliance-timeline (no \(manifestName)); use --force to build into it anyway"
                        )
                    }
                }
            }
            self.previous = previous
            previousSet = Set(previous)
            Staging.removeLeftovers(of: previous, in: directory)
        }

        /// A temporary file of this tool (`.NAME.tmp-PID`, a regular file), or a folder (not a
        /// link) holding only such files and folders, at most four levels down.
        static func isLeftover(_ path: String, depth: Int = 0) -> Bool {
            var info = stat()
            guard depth < 4, lstat(path, &info) == 0 else { return false }
            let name = (path as NSString).lastPathComponent
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard name.hasPrefix("."), let mark = name.range(of: ".tmp-", options: .backwards),
                    mark.lowerBound > name.index(after: name.startIndex)
                else { return false }
                let pid = name[mark.upperBound...]
                return !pid.isEmpty && pid.utf8.allSatisfy { $0 &- 0x30 < 10 }
            case S_IFDIR:
                guard let children = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
                return children.allSatisfy { isLeftover((path as NSString).appendingPathComponent($0), depth: depth + 1) }
            default:
                return false
            }
        }

        /// Removes the temporary files an interrupted build left beside files of the manifest
        /// (`.NAME.tmp-PID`, with NAME a file the tool wrote): they are the tool's own, and no
        /// manifest lists them.
        static func removeLeftovers(of manifest: [String], in directory: String) {
            guard !manifest.isEmpty else { return }
            let listed = Set(manifest)
            var parents = Set<Substring>()
            for path in manifest { parents.insert(path.lastIndex(of: "/").map { path[..<$0] } ?? "") }
            let own = ".tmp-\(getpid())"
            for parent in parents where SiteWriter.isSafeRelativePath(parent.isEmpty ? "." : String(parent)) {
                if !parent.isEmpty, SiteWriter.passesThroughLink(String(parent) + "/x", in: directory) { continue }
                let folder = parent.isEmpty ? directory : directory + "/" + parent
                guard let dir = opendir(folder) else { continue }
                defer { closedir(dir) }
                while let entry = readdir(dir) {
                    // The name read where it is (a record may be shorter than the name field);
                    // only hidden names are looked at: a String is made for nothing else.
                    let hidden: String? = withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
                        field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) { name in
                            name[0] == CChar(UInt8(ascii: ".")) ? String(cString: name) : nil
                        }
                    }
                    guard let name = hidden, !name.hasSuffix(own), let mark = name.range(of: ".tmp-", options: .backwards),
                        mark.lowerBound > name.startIndex
                    else { continue }
                    let pid = name[mark.upperBound...]
                    guard !pid.isEmpty, pid.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { continue }
                    let target = String(name[name.index(after: name.startIndex)..<mark.lowerBound])
                    guard listed.contains(parent.isEmpty ? target : parent + "/" + target) else { continue }
                    unlink(folder + "/" + name)
                }
            }
        }

        /// Writes `bytes` for `relative` to a temporary file beside it, on the writer thread
        /// (nothing when the target already holds them). Errors are reported by the commit.
        /// With `exchange`, the commit exchanges the file with the previous one instead of
        /// renaming it over it (``SiteWriter/replace(_:with:)``): for large files that the next
        /// build recognizes when damaged (by their stamps) and writes again.
        public func stage(_ relative: String, _ bytes: [UInt8], exchange: Bool = false) {
            queue.async {
                self.write(relative, bytes, exchange: exchange)
                if exchange { self.exchangeable.insert(relative) } else { self.exchangeable.remove(relative) }
            }
        }

        /// Like ``stage(_:_:exchange:)``, but writes the temporary file on the calling thread
        /// before it returns: for the large whole-timeline files, written by the threads that
        /// rendered them (on both cores) instead of one after another on the writer thread.
        /// Nothing else may stage the same path while it runs (neither `stageNow` on another
        /// thread nor `stage`, whose write could truncate the same temporary file); staging it
        /// again afterwards replaces it as with `stage`.
        @discardableResult
        public func stageNow(_ relative: String, _ bytes: [UInt8], exchange: Bool = false) -> WrittenStamp? {
            stageNow(relative, exchange: exchange) { path, spare, known in
                Staging.outcome(of: bytes, at: path, spare: spare, knownDirectories: &known)
            }
        }

        /// ``stageNow(_:_:exchange:)`` for a file with holes (``SplicedBytes``). Returns the stamp
        /// the file will have once put in place (nil when it could not be written).
        @discardableResult
        public func stageNow(_ relative: String, _ file: SplicedBytes, exchange: Bool = false) -> WrittenStamp? {
            guard !file.holes.isEmpty else { return stageNow(relative, file.bytes, exchange: exchange) }
            precondition(file.isWellFormed, "\(relative): holes out of order or outside the previous file")
            return stageNow(relative, exchange: exchange) { path, spare, known in
                if isUnchanged(file, at: path) { return .unchanged }
                do throws(TimelineError) {
                    return .staged(try writeTemporary(file, for: path, spare: spare, knownDirectories: &known))
                } catch {
                    return .failed(error)
                }
            }
        }

        /// The writer thread's bookkeeping is read and updated on it; the file is compared and
        /// written here, by `write` (given the path, the spare to write over, and the
        /// directories known to exist). Returns the stamp of the file written (renaming it into
        /// place keeps it) or of the file kept, nil when it failed.
        private func stageNow(
            _ relative: String, exchange: Bool, write: (String, String?, inout Set<String>) -> Outcome
        ) -> WrittenStamp? {
            guard let (path, directories) = queue.sync(execute: { prepare(relative).map { ($0, knownDirectories) } }) else { return nil }
            var known = directories
            let outcome = write(path, exchange ? spare(of: relative) : nil, &known)
            let stamp: WrittenStamp?
            switch outcome {
            case .staged(let temporary): stamp = WrittenStamp.of(path: temporary)
            case .unchanged: stamp = WrittenStamp.of(path: path)
            default: stamp = nil
            }
            queue.sync {
                knownDirectories.formUnion(known)
                outcomes[relative] = outcome
                if exchange { exchangeable.insert(relative) } else { exchangeable.remove(relative) }
            }
            return stamp
        }

        private func write(_ relative: String, _ bytes: [UInt8], exchange: Bool) {
            guard let path = prepare(relative) else { return }
            outcomes[relative] = Staging.outcome(
                of: bytes, at: path, spare: exchange ? spare(of: relative) : nil, knownDirectories: &knownDirectories)
        }

        /// The path of `relative`'s spare when the previous build left one (its manifest lists it).
        private func spare(of relative: String) -> String? {
            guard let name = SiteWriter.spareName(relative), previousSet.contains(name) else { return nil }
            return path(name)
        }

        private func path(_ relative: String) -> String { (directory as NSString).appendingPathComponent(relative) }

        /// The site's folders found to be real folders (or missing), on the writer thread.
        private var checkedFolders = Set<String>()

        /// Before `relative` is written (on the writer thread): its path, with the temporary
        /// file of an earlier staging removed and the directories to make noted; nil, with the
        /// failure recorded, for a path outside the directory.
        private func prepare(_ relative: String) -> String? {
            guard SiteWriter.isSafeRelativePath(relative) else {
                outcomes[relative] = .failed(TimelineError(.output, path: relative, "refusing to write outside the output directory"))
                return nil
            }
            // A folder of the site replaced by a link (to anywhere) is not written through: the
            // tool writes only inside the output directory.
            var folder = ""
            for component in relative.split(separator: "/").dropLast() {
                folder += (folder.isEmpty ? "" : "/") + component
                if checkedFolders.contains(folder) { continue }
                var info = stat()
                if lstat(path(folder), &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
                    let what = (info.st_mode & S_IFMT) == S_IFLNK ? "is a symbolic link" : "is not a directory"
                    outcomes[relative] = .failed(
                        TimelineError(.output, path: path(folder), "\(what); refusing to write \(relative) through it"))
                    return nil
                }
                checkedFolders.insert(folder)
            }
            let path = path(relative)
            if case .staged(let earlier) = outcomes.removeValue(forKey: relative) { unlink(earlier) }
            noteMissingDirectories(above: path)
            return path
        }

        /// Writes `bytes` to a temporary file beside `path`, unless `path` already holds them.
        private static func outcome(of bytes: [UInt8], at path: String, spare: String?, knownDirectories: inout Set<String>) -> Outcome {
            bytes.withUnsafeBytes { raw -> Outcome in
                if isUnchanged(raw, at: path) { return .unchanged }
                do throws(TimelineError) {
                    return .staged(try writeTemporary(raw, for: path, spare: spare, knownDirectories: &knownDirectories))
                } catch {
                    return .failed(error)
                }
            }
        }

        /// Remembers the directories above `path` that do not exist yet (the write makes them).
        private func noteMissingDirectories(above path: String) {
            var folder = (path as NSString).deletingLastPathComponent
            var missing: [String] = []
            while !folder.isEmpty, folder != "/", !knownDirectories.contains(folder), !FileManager.default.fileExists(atPath: folder) {
                missing.append(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
            madeDirectories += missing
        }

        /// Waits until the writer thread is done, including removing the files a commit replaced.
        public func finish() {
            queue.sync {}
        }

        /// Removes every temporary file staged so far, and the directories staging made when
        /// they are empty again (after waiting for the writer).
        public func discard() {
            queue.sync {
                for case .staged(let temporary) in outcomes.values { unlink(temporary) }
                outcomes = [:]
                // Deepest first; a directory that now holds anything else stays.
                for folder in madeDirectories.sorted(by: { $0.count > $1.count }) { rmdir(folder) }
                madeDirectories = []
            }
        }

        /// Stages `files` too, then puts every staged file in place (in path order: renamed over
        /// its target, or exchanged with it when staged so), writes `last`, appends `appending`
        /// to files of the previous build, removes the files of the previous build no longer
        /// produced, and writes the manifest. If any file could not be written, nothing is put
        /// in place and the error is thrown; if putting one in place fails, the files exchanged
        /// so far are exchanged back and new ones removed (a file renamed over its previous
        /// version stays, and the error names it). The previous versions of exchanged files become
        /// their spares once the manifest lists them (``SiteWriter/spareName(_:)``), or are removed
        /// on the writer thread: ``finish()`` waits for that.
        public func commit(
            _ files: [String: [UInt8]], keeping kept: [String] = [], last: [String: [UInt8]] = [:], appending: [String: [UInt8]] = [:]
        ) throws(TimelineError) -> Report {
            for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) { stage(relative, bytes) }
            let (done, exchanging) = queue.sync { (outcomes, exchangeable) }
            let sorted = done.sorted { $0.key < $1.key }
            for case (_, .failed(let error)) in sorted {
                discard()
                throw error
            }
            var report = Report()
            // Files exchanged with the previous build's (the old file is at the temporary
            // path), and files that had no previous version: what a failure undoes.
            var exchanged: [(relative: String, path: String, temporary: String)] = []
            var created: [String] = []
            var renamedOver: [String] = []
            for (relative, outcome) in sorted {
                guard case .staged(let temporary) = outcome else {
                    report.unchanged.append(relative)
                    continue
                }
                let path = (directory as NSString).appendingPathComponent(relative)
                var info = stat()
                let existed = lstat(path, &info) == 0
                let replacement: Replacement
                if exchanging.contains(relative) {
                    replacement = SiteWriter.replace(path, with: temporary)
                } else {
                    replacement = rename(temporary, path) == 0 ? .renamed : .failed(String(cString: strerror(errno)).lowercased())
                }
                switch replacement {
                case .renamed:
                    queue.sync { outcomes[relative] = .unchanged }
                    if existed { renamedOver.append(relative) } else { created.append(path) }
                case .exchanged:
                    exchanged.append((relative, path, temporary))
                case .failed(let reason):
                    // Undone as far as it can be: the files exchanged so far go back (their new
                    // bytes return to the temporary files, which the discard removes), and
                    // files that were new are removed. A file renamed over its previous
                    // version cannot be put back; the error names them.
                    var lost = renamedOver
                    for e in exchanged.reversed() where !SiteWriter.exchangeBack(e.path, with: e.temporary) {
                        // The old file is still at the temporary path: renamed back over the new one.
                        queue.sync { outcomes[e.relative] = .unchanged }
                        if rename(e.temporary, e.path) != 0 { lost.append(e.relative) }
                    }
                    for path in created { unlink(path) }
                    discard()
                    let note = lost.isEmpty ? "" : " (already replaced, and not put back: \(lost.sorted().joined(separator: ", ")))"
                    throw TimelineError(.output, path: path, "cannot replace file: \(reason)\(note)")
                }
                report.written.append(relative)
            }
            // The previous build's files (now at the temporary paths) become the spares
            // (``SiteWriter/spareName(_:)``) once the manifest lists them; where a spare cannot be
            // kept (another file holds its name), and if anything below fails, they are removed
            // on the writer thread (``finish()`` waits for it).
            var keeping: [(temporary: String, spare: String)] = []
            var retired: [String] = []
            for e in exchanged {
                var info = stat()
                if let name = SiteWriter.spareName(e.relative), lstat(path(name), &info) != 0 || previousSet.contains(name) {
                    keeping.append((e.temporary, name))
                } else {
                    retired.append(e.temporary)
                }
            }
            queue.sync { for e in exchanged { outcomes[e.relative] = .unchanged } }
            let removed = retired
            queue.async { for temporary in removed { unlink(temporary) } }
            do throws(TimelineError) {
                try finishCommit(
                    done: done, kept: kept, last: last, appending: appending, keeping: keeping.map(\.spare), report: &report)
            } catch {
                let dropped = keeping.map(\.temporary)
                queue.async { for temporary in dropped { unlink(temporary) } }
                throw error
            }
            for (temporary, name) in keeping where rename(temporary, path(name)) != 0 {
                let dropped = temporary
                queue.async { unlink(dropped) }
            }
            return report
        }

        /// The rest of ``commit(_:keeping:last:appending:)`` once the files are in place: writes
        /// `last`, appends `appending`, removes the previous build's files no longer produced and
        /// writes the manifest, which lists the spares (`keeping`, about to be put in place, and
        /// the previous build's still there).
        private func finishCommit(
            done: [String: Outcome], kept: [String], last: [String: [UInt8]], appending: [String: [UInt8]], keeping: [String],
            report: inout Report
        ) throws(TimelineError) {
            // Written only once everything else is: a cache of fingerprints must never describe
            // pages that failed to be written.
            for (relative, contents) in last.sorted(by: { $0.key < $1.key }) {
                guard SiteWriter.isSafeRelativePath(relative) else {
                    throw TimelineError(.output, path: relative, "refusing to write outside the output directory")
                }
                let path = (directory as NSString).appendingPathComponent(relative)
                if try writeAtomically(contents, to: path, knownDirectories: &knownDirectories) {
                    report.written.append(relative)
                } else {
                    report.unchanged.append(relative)
                }
            }
            // Appended to files of the previous build (the analysis log), after everything else: a
            // write cut short leaves a record the next build recognizes as damaged and drops.
            for (relative, bytes) in appending.sorted(by: { $0.key < $1.key }) {
                guard SiteWriter.isSafeRelativePath(relative), previous.contains(relative) else {
                    throw TimelineError(.output, path: relative, "refusing to append to a file alliance-timeline did not write")
                }
                let path = (directory as NSString).appendingPathComponent(relative)
                try append(bytes, to: path)
                report.written.append(relative)
            }
            report.written.sort()
            for path in kept.sorted() where SiteWriter.isSafeRelativePath(path) { report.unchanged.append(path) }
            report.unchanged.sort()
            var produced = Set(done.keys).union(kept).union(last.keys).union(appending.keys)
            // The spares of the files still produced: new ones, and the previous build's still there.
            let coming = Set(keeping)
            for relative in Array(produced) {
                guard let name = SiteWriter.spareName(relative) else { continue }
                var info = stat()
                if coming.contains(name) || previousSet.contains(name) && lstat(path(name), &info) == 0 { produced.insert(name) }
            }
            let fm = FileManager.default
            for stale in previous where !produced.contains(stale) && SiteWriter.isSafeRelativePath(stale) {
                let path = (directory as NSString).appendingPathComponent(stale)
                // (Not through a folder of the site that is now a link to elsewhere.)
                guard !SiteWriter.passesThroughLink(stale, in: directory) else { continue }
                if fm.fileExists(atPath: path) {
                    try? fm.removeItem(atPath: path)
                    report.removed.append(stale)
                }
            }
            let manifest = "# files written by alliance-timeline; it deletes only these\n" + produced.sorted().joined(separator: "\n") + "\n"
            try writeAtomically(manifest, to: (directory as NSString).appendingPathComponent(manifestName))
        }
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }
}
