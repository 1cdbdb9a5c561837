import ArgumentParser
import Foundation
import TimelineKit

#if canImport(Glibc)
    import Glibc
#endif

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static timeline site: the timeline, article and actor pages, and its data files.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The site directory.", valueName: "dir"))
    var output: String = "_site"

    @Option(name: .long, help: ArgumentHelp("A directory of templates overriding the built-in ones (any subset).", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: "The page title.")
    var title: String = "Alliance timeline"

    @Option(name: .long, help: ArgumentHelp("The URL the site will be served from: absolute links in feed.xml, and a sitemap.xml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Build into a non-empty directory that alliance-timeline did not create.")
    var force = false

    @Flag(name: .long, help: "Analyze every article again, ignoring the previous build's cache.")
    var noCache = false

    @Flag(name: .long, help: "After building, watch the inputs and templates and rebuild when a file changes (Ctrl-C stops).")
    var watch = false

    @Option(name: .long, help: .hidden)
    var watchRebuilds: Int?

    @Option(name: .long, help: .hidden)
    var watchInterval: Double = 1

    @Flag(name: .long, help: "Print how long each stage of the build took (to standard error).")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func validate() throws {
        // (An empty title gives pages an empty <title> and <h1>.)
        if title.allSatisfy(\.isWhitespace) { throw ValidationError("--title must not be empty") }
        if let baseURL {
            // An absolute http(s) URL without a query or fragment: page paths are appended to it.
            guard let url = URLComponents(string: baseURL), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil,
                !baseURL.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
            else {
                throw ValidationError(
                    "invalid --base-url \"\(baseURL)\" (expected an absolute http or https URL without a query or fragment, like https://example.org/timeline/)"
                )
            }
        }
    }

    func run() throws {
        // A --watch rebuild starts from the analyses the previous build left in memory.
        var retained: AnalysisCache?
        let ok = try buildOnce(&retained)
        guard watch else {
            if !ok { throw inputErrorExit }
            return
        }
        if !quiet { print("Watching \(input.inputPaths.joined(separator: ", "))\(templates.map { " and \($0)" } ?? ""); Ctrl-C stops.") }
        // Each summary reaches a log or a pipe as it is printed (standard output is otherwise
        // kept in a buffer until exit, which --watch never reaches).
        fflush(nil)
        var snapshot = InputSnapshot(paths: input.inputPaths + (templates.map { [$0] } ?? []))
        var rebuilds = 0
        while watchRebuilds.map({ rebuilds < $0 }) ?? true {
            usleep(useconds_t(max(0.05, watchInterval) * 1_000_000))
            let next = InputSnapshot(paths: input.inputPaths + (templates.map { [$0] } ?? []))
            let changes = next.changes(since: snapshot)
            guard !changes.isEmpty else { continue }
            snapshot = next
            print(changes.joined(separator: "\n"))
            do {
                _ = try buildOnce(&retained)
            } catch let code as ExitCode {
                // A broken template or an unwritable output: keep watching for the fix.
                if !quiet { print("build failed (exit \(code.rawValue)); the previous site is unchanged") }
            }
            rebuilds += 1
            fflush(nil)
        }
    }

    /// One build. Returns false when some input was bad (the rest was built). `retained` is
    /// the cache a previous build of this process left (used and replaced; nil after a failure).
    func buildOnce(_ retained: inout AnalysisCache?) throws -> Bool {
        var stopwatch = Stopwatch()
        let previous = retained
        retained = nil
        let templateSet = try Diagnostics.loadTemplates(templates)
        stopwatch.lap("templates")
        // Nothing changed since the last build (the same tool, options, templates and input
        // stamps, and the site's files as that build left them): say what it said, write nothing.
        let pipeline = Pipeline(reference: try input.reference())
        let (discovered, discoveryErrors) = pipeline.loader.discover(input.inputPaths)
        let stamped = BuildRecord.stampInputs(discovered)
        let signature = BuildRecord.signature(parts: try signatureParts(templateSet), inputs: stamped.inputs)
        let recordable = discoveryErrors.isEmpty && stamped.settled && !noCache
        stopwatch.lap("find + stamp inputs")
        // None of the inputs exists (a mistyped path, a folder moved away): building would
        // replace the site with an empty timeline. Say so and leave the site as it was.
        if discovered.isEmpty, !discoveryErrors.isEmpty {
            Diagnostics.report(discoveryErrors)
            Diagnostics.printError("\(output): error: nothing built: none of the inputs could be read; the site is left as it was")
            return false
        }
        let record = noCache ? nil : BuildRecord.read(directory: output)
        if recordable, previous == nil, let record, !record.signature.isEmpty, record.signature == signature,
            record.outputsIntact(in: output)
        {
            stopwatch.lap("nothing changed (\(discovered.count) inputs and \(record.outputs.count) files as the last build left them)")
            for line in record.diagnostics { Diagnostics.printError(line) }
            if timings { FileHandle.standardError.write(Data(("Timings:\n" + stopwatch.report + "\n").utf8)) }
            if !quiet {
                print(
                    BuildSummary.line(
                        events: record.events, documents: record.documents, written: 0, unchanged: record.siteFiles, removed: 0,
                        unchangedArticles: record.documents))
                print("Site: \(URL(fileURLWithPath: output).appendingPathComponent("index.html").standardizedFileURL.path)")
            }
            return !record.failed
        }
        // The analysis of unchanged articles is reused from the previous build of this site
        // (only when the directory is one the tool made: it has a manifest), from memory when
        // this process made that build.
        let manifestPath = (output as NSString).appendingPathComponent(SiteWriter.manifestName)
        var cache: AnalysisCache
        if noCache {
            cache = AnalysisCache()
        } else if let previous {
            cache = previous
        } else {
            cache = FileManager.default.fileExists(atPath: manifestPath) ? AnalysisCache(directory: output) : AnalysisCache()
        }
        stopwatch.lap("cache load")
        let progress = Progress(enabled: !quiet && isatty(2) == 1)
        let result = pipeline.run(input.inputPaths, cache: &cache, discovered: (discovered, discoveryErrors), progress: progress.report)
        progress.finish()
        stopwatch.append(result.timings)
        Diagnostics.report(result.errors, warnings: result.warnings)
        // Every input was rejected (all of them binary, empty or not UTF-8): building would
        // replace the site with an empty timeline, as when no input exists.
        if result.timeline.documents.isEmpty, !result.errors.isEmpty {
            Diagnostics.printError("\(output): error: nothing built: none of the inputs could be read; the site is left as it was")
            return false
        }
        let site = SiteBuilder(templates: templateSet, options: RenderOptions(title: title), baseURL: baseURL)
        var files: [String: [UInt8]]
        var kept: [String] = []
        var cacheFile: [String: [UInt8]] = [:]
        var cacheAppend: [String: [UInt8]] = [:]
        var reusedEvents: [String: Int] = [:]
        var logUpdate = AnalysisCache.LogUpdate.unchanged
        // The stamps the last build's record gives its files.
        let left = Dictionary((record?.outputs ?? []).map { ($0.path, $0.stamp) }, uniquingKeysWith: { a, _ in a })
        var keptPages = Set<String>()
        // Files are written to temporary files as they are made, and put in place together
        // once everything is made (a failure before that leaves the previous site as it was).
        let staging: SiteWriter.Staging
        do {
            staging = try SiteWriter.Staging(directory: output, force: force)
        } catch {
            Diagnostics.printError(error.description)
            throw ExitCode(2)
        }
        // However the build ends, the writer thread is done before it returns (it removes the
        // files a commit replaced while the rest is written; --watch builds again with the
        // same temporary file names).
        defer { staging.finish() }
        do {
            // Pages whose inputs did not change since the last build are not rendered again.
            let directory = output
            // A page is kept only as the last build left it: with the stamp its record gives
            // (a page edited or replaced by hand is made again; one the record does not list,
            // or with no record at all, is made again too).
            let reuse = SiteBuilder.PageReuse(
                fingerprints: cache.pages,
                exists: { path in
                    left[path].map { FileStamp.of(path: (directory as NSString).appendingPathComponent(path)) == $0 } ?? false
                },
                fragments: cache.fragments,
                read: { PreviousFile(path: (directory as NSString).appendingPathComponent($0), recorded: left[$0]) })
            let built = try site.build(result.timeline, reuse: reuse, staging: staging)
            files = built.files
            kept = built.kept
            keptPages = Set(built.kept)
            stopwatch.append(built.timings)
            cache.pages = built.fingerprints
            cache.fragments = built.fragments
            reusedEvents = built.reusedEvents
            // The analyses: appended to the log, written anew, or kept; the state likewise.
            func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent(name)) }
            // The state is encoded on another thread while the log is (its records on every core).
            let snapshot = cache
            let writeState = cache.isStateChanged || !exists(AnalysisCache.stateFileName)
            let encoded = ResultBox<[UInt8]>()
            let group = DispatchGroup()
            if writeState { DispatchQueue.global().async(group: group) { encoded.value = snapshot.stateBytes() } }
            // Appended to only when it is a regular file of its own: a link, or a hard link a
            // `cp -al` backup made, is replaced instead of written through.
            func appendable(_ name: String) -> Bool {
                var info = stat()
                return lstat((output as NSString).appendingPathComponent(name), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
                    && info.st_nlink == 1
            }
            logUpdate = appendable(AnalysisCache.fileName) ? cache.logUpdate() : .rewrite(cache.logBytes())
            group.wait()
            switch logUpdate {
            case .unchanged: kept.append(AnalysisCache.fileName)
            case .append(let records): cacheAppend[AnalysisCache.fileName] = records
            case .rewrite(let log): cacheFile[AnalysisCache.fileName] = log
            }
            if let state = encoded.value {
                cacheFile[AnalysisCache.stateFileName] = state
            } else {
                kept.append(AnalysisCache.stateFileName)
            }
            stopwatch.lap("cache serialize")
        } catch {
            staging.discard()
            Diagnostics.printError(error.description)
            throw ExitCode(2)
        }
        let report: SiteWriter.Report
        do {
            report = try staging.commit(files, keeping: kept, last: cacheFile, appending: cacheAppend)
        } catch {
            Diagnostics.printError(error.description)
            throw ExitCode(2)
        }
        stopwatch.lap("write files (the rest, then all put in place)")
        // The record a rebuild with nothing changed stops at (none when an input changed just
        // now: its stamp cannot be trusted yet).
        let recordPath = (output as NSString).appendingPathComponent(BuildRecord.fileName)
        let produced = report.written + report.unchanged
        // The files' stamps are recorded after every build (the next one keeps a page only as
        // this one left it). A file that could not be read (permissions, too many open files,
        // an I/O error) may be read next time with its stamp unchanged, and an input changed
        // too recently may change again unseen: such a build's record has no signature, and
        // the next build does not stop at it.
        // (The pages kept were found with the stamps the last record gives: not stated again.)
        let known = left.filter { keptPages.contains($0.key) }
        if let outputs = BuildRecord.outputs(produced + [SiteWriter.manifestName], in: output, known: known) {
            let stoppable = recordable && !result.errors.contains(where: \.isReadFailure)
            let record = BuildRecord(
                signature: stoppable ? signature : "", outputs: outputs,
                diagnostics: result.warnings + result.errors.map(\.description), failed: !result.errors.isEmpty,
                events: result.timeline.events.count, documents: result.timeline.documents.count, siteFiles: produced.count)
            do {
                try SiteWriter.writeAtomically(record.bytes(), to: recordPath)
            } catch {
                unlink(recordPath)
            }
        } else {
            unlink(recordPath)
        }
        stopwatch.lap("build record")
        if timings {
            let events = result.timeline.events.count
            FileHandle.standardError.write(
                Data(
                    ("Timings:\n" + stopwatch.report + "\n"
                        + "  article files read: \(result.filesRead) of \(result.timeline.documents.count + result.errors.count)\n"
                        + "  texts read from the analysis cache: \(AnalysisRecordBody.read.documents) articles, \(AnalysisRecordBody.read.events) reports\n"
                        + reusedEvents.keys.sorted().map {
                            let (total, noun) = $0 == "feed.xml" ? (result.timeline.documents.count, "article") : (events, "event")
                            return "  \($0): \(reusedEvents[$0]!) of \(total) \(noun) entries copied from the previous build\n"
                        }.joined())
                        .utf8))
        }
        if !quiet {
            let index = URL(fileURLWithPath: output).appendingPathComponent("index.html").standardizedFileURL.path
            let events = result.timeline.events.count
            let documents = result.timeline.documents.count
            print(
                BuildSummary.line(
                    events: events, documents: documents, written: report.written.count, unchanged: report.unchanged.count,
                    removed: report.removed.count, unchangedArticles: cache.hits))
            print("Site: \(index)")
        }
        if !watch {
            // The process ends right after this build: what it holds (a large site's analyses,
            // timeline and files, a gigabyte at 10,000 articles) is left to the exit instead of
            // being freed object by object, which took longer than writing the files.
            KeptUntilExit.keep((result, files, cache))
        } else {
            // The next rebuild starts from this cache, as the files now on disk would give it.
            cache.committed(log: logUpdate, directory: output)
            retained = cache
        }
        return result.errors.isEmpty
    }
}

extension Build {
    /// What the site depends on besides its inputs: this binary (by its stamp, so another
    /// build of the same version counts as a change), the version, templates and options.
    func signatureParts(_ templates: TemplateSet) throws -> [String] {
        let executable = FileStamp.of(path: "/proc/self/exe") ?? FileStamp.of(path: CommandLine.arguments[0])
        let binary = executable.map { "\($0.size) \($0.modified) \($0.changed) \($0.inode) \($0.device)" } ?? "unknown"
        // The paths as given too: a warning names them ("no articles found").
        return [
            binary, AllianceTimeline.version, templates.fingerprint, title, baseURL ?? "\u{0}", try input.reference()?.iso ?? "\u{0}",
            (output as NSString).standardizingPath,
        ] + input.inputPaths
    }
}

/// The line a build ends with.
enum BuildSummary {
    static func line(events: Int, documents: Int, written: Int, unchanged: Int, removed: Int, unchangedArticles: Int) -> String {
        "Built \(events) event\(events == 1 ? "" : "s") from \(documents) document\(documents == 1 ? "" : "s"): "
            + "\(written) file\(written == 1 ? "" : "s") written, \(unchanged) unchanged, \(removed) removed; "
            + "\(unchangedArticles) of \(documents) articles unchanged since the last build."
    }
}

/// A progress line on a terminal ("Analyzing articles: 120/1000"), redrawn in place on
/// standard error; nothing when standard error is not a terminal. Called from any thread.
final class Progress: @unchecked Sendable {
    let enabled: Bool
    private var shown = false
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func report(_ done: Int, _ total: Int) {
        guard enabled, total >= 50, done % 25 == 0 || done == total else { return }
        lock.withLock {
            FileHandle.standardError.write(Data("\rAnalyzing articles: \(done)/\(total)".utf8))
            shown = true
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}

/// The files under the watched paths with their sizes and modification times.
struct InputSnapshot {
    var files: [String: String] = [:]

    init(paths: [String]) {
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let candidates: [String]
            if isDirectory.boolValue {
                candidates = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                candidates = [path]
            }
            for file in candidates {
                guard let attributes = try? fm.attributesOfItem(atPath: file), (attributes[.type] as? FileAttributeType) == .typeRegular else {
                    continue
                }
                let size = (attributes[.size] as? Int) ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                files[file] = "\(size)|\(modified)"
            }
        }
    }

    /// "changed: a.txt", "added: b.md", "removed: c.txt", in path order.
    func changes(since old: InputSnapshot) -> [String] {
        var out: [String] = []
        for (file, stamp) in files.sorted(by: { $0.key < $1.key }) {
            if let before = old.files[file] {
                if before != stamp { out.append("changed: \(file)") }
            } else {
                out.append("added: \(file)")
            }
        }
        for file in old.files.keys.sorted() where files[file] == nil { out.append("removed: \(file)") }
        return out
    }
}

/// A result computed on another thread.
final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?

    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// Values deliberately never freed: the process exits right after using them.
enum KeptUntilExit {
    private final class Box<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    static func keep<T>(_ value: T) { _ = Unmanaged.passRetained(Box(value)) }
}
