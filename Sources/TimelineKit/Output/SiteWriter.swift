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
/// - Each file is written to a temporary file beside it, then renamed over the target, so a
///   reader never sees half a file.
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
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !knownDirectories.contains(directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw TimelineError(.output, path: directory, "cannot create directory")
            }
            knownDirectories.insert(directory)
        }
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw TimelineError(.output, path: path, "cannot write file: \(String(cString: strerror(errno)).lowercased())") }
        let ok = writeAll(fd, bytes)
        let reason = String(cString: strerror(errno)).lowercased()
        if close(fd) != 0 || !ok {
            unlink(temporary)
            throw TimelineError(.output, path: path, "cannot write file: \(reason)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw TimelineError(.output, path: path, "cannot replace file: \(reason.lowercased())")
        }
        return true
    }

    /// Appends bytes to an existing regular file.
    static func append(_ bytes: [UInt8], to path: String) throws(TimelineError) {
        let fd = open(path, O_WRONLY | O_APPEND)
        guard fd >= 0 else { throw TimelineError(.output, path: path, "cannot append to file: \(String(cString: strerror(errno)).lowercased())") }
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

    /// Whether the file at `path` holds exactly `contents` (its size is checked first).
    static func isUnchanged(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        guard Int(info.st_size) == bytes.count else { return false }
        guard let existing = PreviousFile(path: path), existing.bytes.count == bytes.count else { return false }
        guard let a = existing.bytes.baseAddress, let b = bytes.baseAddress else { return bytes.isEmpty }
        return memcmp(a, b, bytes.count) == 0
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
        let fm = FileManager.default
        let manifestPath = (directory as NSString).appendingPathComponent(manifestName)
        var isDirectory: ObjCBool = false
        var previous: [String] = []
        if fm.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw TimelineError(.output, path: directory, "output path exists and is not a directory")
            }
            if let manifest = fm.contents(atPath: manifestPath) {
                previous = String(decoding: manifest, as: UTF8.self).split(separator: "\n").map(String.init)
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            } else {
                let entries = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter { $0 != ".DS_Store" }
                if !entries.isEmpty && !force {
                    throw TimelineError(
                        .output, path: directory,
                        "output directory is not empty and was not made by alliance-timeline (no \(manifestName)); use --force to build into it anyway"
                    )
                }
            }
        }
        var report = Report()
        let sorted = files.sorted(by: { $0.key < $1.key })
        var directories = Set<String>()
        for (relative, _) in sorted {
            guard SiteWriter.isSafeRelativePath(relative) else {
                throw TimelineError(.output, path: relative, "refusing to write outside the output directory")
            }
            let parent = ((directory as NSString).appendingPathComponent(relative) as NSString).deletingLastPathComponent
            if !directories.contains(parent) {
                do {
                    try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    throw TimelineError(.output, path: parent, "cannot create directory")
                }
                directories.insert(parent)
            }
        }
        // The files are independent: written by two workers (file creation dominates on
        // many file systems), the report in path order all the same.
        let outcomes = ResultSlots<Result<Bool, TimelineError>>(count: sorted.count)
        let made = directories
        let workers = max(1, min(2, sorted.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var known = made
            var k = worker
            while k < sorted.count {
                let path = (directory as NSString).appendingPathComponent(sorted[k].key)
                do throws(TimelineError) {
                    outcomes[k] = .success(try writeAtomically(sorted[k].value, to: path, knownDirectories: &known))
                } catch {
                    outcomes[k] = .failure(error)
                }
                k += workers
            }
        }
        for (k, (relative, _)) in sorted.enumerated() {
            if try outcomes[k]!.get() { report.written.append(relative) } else { report.unchanged.append(relative) }
        }
        // Written only once everything else is: a cache of fingerprints must never describe
        // pages that failed to be written.
        for (relative, contents) in last.sorted(by: { $0.key < $1.key }) {
            guard SiteWriter.isSafeRelativePath(relative) else {
                throw TimelineError(.output, path: relative, "refusing to write outside the output directory")
            }
            let path = (directory as NSString).appendingPathComponent(relative)
            if try writeAtomically(contents, to: path, knownDirectories: &directories) {
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
        let produced = Set(files.keys).union(kept).union(last.keys).union(appending.keys)
        for stale in previous where !produced.contains(stale) && SiteWriter.isSafeRelativePath(stale) {
            let path = (directory as NSString).appendingPathComponent(stale)
            if fm.fileExists(atPath: path) {
                try? fm.removeItem(atPath: path)
                report.removed.append(stale)
            }
        }
        let manifest = "# files written by alliance-timeline; it deletes only these\n" + produced.sorted().joined(separator: "\n") + "\n"
        try writeAtomically(manifest, to: manifestPath)
        return report
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }
}
