import Foundation
import Testing

@testable import TimelineKit

/// Paths of the package, found from this file (so tests run from any directory).
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let golden = tests.appendingPathComponent("Golden")
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let seeds = package.appendingPathComponent("seeds")
    static let templates = package.appendingPathComponent("Templates")

    /// The directory holding the built products (the test bundle sits beside the executables).
    static var products: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    static var executable: URL { products.appendingPathComponent("alliance-timeline") }

    /// One directory per test process in the system's temporary directory. Every test's
    /// directory is made inside it, and the whole of it is removed when the process exits
    /// normally (not when it crashes or is killed), so test runs leave nothing behind.
    /// `KEEP_TEST_FILES=1` keeps it, to look at what a failing test wrote.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "alliance-timeline-tests-\(getpid())-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if ProcessInfo.processInfo.environment["KEEP_TEST_FILES"] == "1" {
            print("test files are kept in \(url.path)")
        } else {
            atexit { try? FileManager.default.removeItem(at: Paths.scratch) }
        }
        return url
    }()

    static func temporaryDirectory(_ name: String = #function) -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = scratch.appendingPathComponent("\(safe)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Golden files: `RECORD_GOLDEN=1 swift test` rewrites them (and fails, so a recording is
/// never mistaken for a pass); otherwise the output must match byte for byte.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Paths.golden.appendingPathComponent(name)
        if recording {
            try! FileManager.default.createDirectory(at: Paths.golden, withIntermediateDirectories: true)
            try! Data(actual.utf8).write(to: url)
            Issue.record("recorded golden file \(name); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name): run RECORD_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? min(a.count, e.count)
            let got = line < a.count ? String(a[line]) : "<end>"
            let want = line < e.count ? String(e[line]) : "<end>"
            Issue.record(
                "\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_GOLDEN=1 re-records)",
                sourceLocation: sourceLocation)
        }
    }
}

/// Runs the built binary.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

func runTool(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = Paths.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? Paths.package
    let out = Pipe()
    // Standard error goes to a file, so the two streams never block each other.
    let errURL = Paths.scratch.appendingPathComponent("stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let err = try FileHandle(forWritingTo: errURL)
    defer { try? FileManager.default.removeItem(at: errURL) }
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try err.close()
    let errData = FileManager.default.contents(atPath: errURL.path) ?? Data()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

/// The seed timeline, built once.
/// The seed timeline, built once, with paths as `seeds/NAME` (as the CLI run from the package
/// root reports them), so golden files do not depend on where the checkout is.
let seedTimeline: Timeline = buildTimeline(directory: Paths.seeds, as: "seeds")

func buildTimeline(directory: URL, as prefix: String, reference: CalendarDay? = nil) -> Timeline {
    let loader = DocumentLoader()
    let (files, errors) = loader.discover([directory.path])
    precondition(errors.isEmpty, "\(errors)")
    let documents = files.map { file -> Document in
        let data = FileManager.default.contents(atPath: file)!
        let text = try! DocumentLoader.decode(Array(data), path: file)
        let relative = prefix + "/" + (file as NSString).lastPathComponent
        return try! loader.parse(text: text, path: relative, id: DocumentLoader.slug(forPath: file))
    }
    return TimelineBuilder(reference: reference).build(documents)
}

/// Every regular file under `dir` (relative paths) with its modification time.
func siteFiles(under dir: URL) -> [String: Date] {
    var out: [String: Date] = [:]
    let e = FileManager.default.enumerator(atPath: dir.path)!
    for case let path as String in e {
        var isDirectory: ObjCBool = false
        let full = dir.appendingPathComponent(path).path
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
            out[path] = (try? FileManager.default.attributesOfItem(atPath: full)[.modificationDate] as? Date) ?? nil
        }
    }
    return out
}

/// A fresh directory `in` holding a copy of the seed article (`seed.txt`), and where its site
/// goes (`site`, not made).
func seedArticleInputs() throws -> (inputs: URL, out: URL, article: URL) {
    let work = Paths.temporaryDirectory()
    let inputs = work.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    let article = inputs.appendingPathComponent("seed.txt")
    try FileManager.default.copyItem(at: Paths.seeds.appendingPathComponent("hegseth-nakatani-call-and-russian-strike-plans.txt"), to: article)
    return (inputs, work.appendingPathComponent("site"), article)
}

/// The test corpora under `Fixtures/<name>/`: articles written for the tests (`articles/`) and
/// their gold files.
enum Corpus {
    /// The lines of `Fixtures/<corpus>/<file>`, each split at "|" into at most `fields` trimmed
    /// fields.
    static func lines(_ corpus: String, _ file: String, fields: Int) throws -> [[String]] {
        let text = try String(contentsOf: Paths.fixtures.appendingPathComponent("\(corpus)/\(file)"), encoding: .utf8)
        return text.split(separator: "\n").map { line in
            line.split(separator: "|", maxSplits: fields - 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The timeline of every file of `Fixtures/<corpus>/articles`, in name order.
    static func timeline(_ corpus: String) throws -> Timeline {
        TimelineBuilder().build(try documents(corpus))
    }

    /// The documents of `Fixtures/<corpus>/articles`, in name order.
    static func documents(_ corpus: String) throws -> [Document] {
        let folder = Paths.fixtures.appendingPathComponent("\(corpus)/articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try files.map { try DocumentLoader().load(path: folder.appendingPathComponent($0).path) }
    }

    /// Each document's analysis as a build makes it (the collection choosing the years).
    static func analyses(_ corpus: String) throws -> [(TimelineDocument, [TimelineEvent])] {
        TimelineBuilder().analyzeCollection(try documents(corpus))
    }
}
