import Foundation

/// What a build leaves in the site directory so that a rebuild with nothing changed can stop
/// at once, like `make` saying there is nothing to do: the signature of everything the site was
/// built from (the tool itself, its options and templates, every input file's path and stamp),
/// the stamp of every file the build left in the directory, and what it reported.
///
/// A later build whose signature is the same, and whose directory still holds exactly those
/// files (same size, modification and change times, inode), would write the same bytes: it
/// prints what the recorded build printed and writes nothing. Anything else (an input touched,
/// added or removed, an option or template changed, an output edited or deleted, another
/// binary) builds as usual, and that build writes a new record.
public struct BuildRecord: Sendable, Equatable {
    public static let fileName = ".alliance-timeline-build"
    static let magic = "alliance-timeline build record 1\n"

    /// ``signature(parts:inputs:)`` of the build; empty when no build may stop at this record
    /// (it still tells which files the build left, and their stamps).
    public var signature: String
    /// Every file the build left in the directory (the site, its cache files, the manifest),
    /// with its stamp, in path order.
    public var outputs: [Output]
    /// The warnings and errors the build printed, in order.
    public var diagnostics: [String]
    /// Whether some input was bad (the build exited with status 1).
    public var failed: Bool
    public var events: Int
    public var documents: Int
    /// How many files the manifest lists.
    public var siteFiles: Int

    public struct Output: Sendable, Equatable {
        public var path: String
        public var stamp: FileStamp

        public init(path: String, stamp: FileStamp) {
            self.path = path
            self.stamp = stamp
        }
    }

    public init(
        signature: String, outputs: [Output], diagnostics: [String], failed: Bool, events: Int, documents: Int, siteFiles: Int
    ) {
        self.signature = signature
        self.outputs = outputs
        self.diagnostics = diagnostics
        self.failed = failed
        self.events = events
        self.documents = documents
        self.siteFiles = siteFiles
    }

    /// A 128-bit hash of `parts` (options, versions) and of each input's path and stamp.
    public static func signature(parts: [String], inputs: [(path: String, stamp: FileStamp)]) -> String {
        var fp = ContextFingerprint()
        fp.add(parts.count)
        for part in parts { fp.add(part) }
        fp.add(inputs.count)
        for (path, stamp) in inputs {
            fp.add(path)
            for n in [stamp.size, stamp.modified, stamp.changed, stamp.inode, stamp.device] { fp.add(n) }
        }
        return fp.value
    }

    /// The stamp of each input file (a zero stamp for one that is gone), and whether every
    /// stamp is settled: a file changed within the last two seconds could change again in the
    /// same tick of the file system's clock without its stamp showing it, so a build that read
    /// it leaves no record. The clock is read only for this; no output depends on it.
    public static func stampInputs(_ files: [String]) -> (inputs: [(path: String, stamp: FileStamp)], settled: Bool) {
        let now = Pipeline.wallClockNanoseconds()
        // In chunks on every core (a stat each: 10,000 of them for a large site).
        let chunk = 2_048
        let chunks = (files.count + chunk - 1) / chunk
        let slots = ResultSlots<(stamps: [FileStamp], settled: Bool)>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var settled = true
            let stamps = files[(c * chunk)..<min(files.count, (c + 1) * chunk)].map { path -> FileStamp in
                guard let stamp = FileStamp.of(path: path) else {
                    settled = false
                    return FileStamp(size: -1, modified: 0, changed: 0, inode: 0, device: 0)
                }
                if stamp.isRecent(now: now) { settled = false }
                return stamp
            }
            slots[c] = (stamps, settled)
        }
        var inputs: [(path: String, stamp: FileStamp)] = []
        inputs.reserveCapacity(files.count)
        var settled = true
        for c in 0..<chunks {
            let (stamps, chunkSettled) = slots[c]!
            settled = settled && chunkSettled
            for (n, stamp) in stamps.enumerated() { inputs.append((files[c * chunk + n], stamp)) }
        }
        return (inputs, settled)
    }

    /// The stamps of `paths` (relative to `directory`); nil when one is not a regular file.
    /// `known` gives the stamps of files found as the last record left them and not written
    /// since (they are not stated again).
    public static func outputs(_ paths: [String], in directory: String, known: [String: FileStamp] = [:]) -> [Output]? {
        var out: [Output] = []
        out.reserveCapacity(paths.count)
        for path in paths.sorted() {
            if let stamp = known[path] {
                out.append(Output(path: path, stamp: stamp))
                continue
            }
            guard let stamp = FileStamp.of(path: (directory as NSString).appendingPathComponent(path)) else { return nil }
            out.append(Output(path: path, stamp: stamp))
        }
        return out
    }

    /// Whether every recorded file is in `directory` with its recorded stamp.
    public func outputsIntact(in directory: String) -> Bool {
        for output in outputs {
            guard FileStamp.of(path: (directory as NSString).appendingPathComponent(output.path)) == output.stamp else { return false }
        }
        return true
    }

    public func bytes() -> [UInt8] {
        var w = CacheWriter()
        w.bytes.append(contentsOf: BuildRecord.magic.utf8)
        w.string(signature)
        w.int(failed ? 1 : 0)
        w.int(events)
        w.int(documents)
        w.int(siteFiles)
        w.array(diagnostics) { $0.string($1) }
        w.array(outputs) { w, o in
            w.string(o.path)
            for n in [o.stamp.size, o.stamp.modified, o.stamp.changed, o.stamp.inode, o.stamp.device] { w.int(n) }
        }
        return w.bytes
    }

    /// The record in `bytes`; nil when it is not one (another version, damaged, cut short).
    public init?(bytes: [UInt8]) {
        let magic = Array(BuildRecord.magic.utf8)
        guard bytes.count > magic.count, Array(bytes[0..<magic.count]) == magic else { return nil }
        var r = CacheReader(bytes)
        r.position = magic.count
        do throws(CacheReader.Malformed) {
            signature = try r.string()
            failed = try r.int() != 0
            events = try r.int()
            documents = try r.int()
            siteFiles = try r.int()
            diagnostics = try r.array { r throws(CacheReader.Malformed) in try r.string() }
            outputs = try r.array { r throws(CacheReader.Malformed) in
                let path = try r.string()
                let stamp = FileStamp(size: try r.int(), modified: try r.int(), changed: try r.int(), inode: try r.int(), device: try r.int())
                return Output(path: path, stamp: stamp)
            }
            guard r.atEnd else { return nil }
        } catch {
            return nil
        }
    }

    /// The record in the site directory `directory`, if there is a readable one.
    public static func read(directory: String) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(fileName)) else { return nil }
        return BuildRecord(bytes: Array(data))
    }
}
