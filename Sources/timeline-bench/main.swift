// timeline-bench: throughput and memory of the temporal tagger, on a corpus it generates
// from phrase tables of its own (no third-party text). Prints figures; asserts nothing.
//
//   swift run -c release timeline-bench [--mb N] [--cli PATH]
//
// --mb N      size of the generated corpus (default 50)
// --tagger-only  stop after the tagger figures (for profiling)
// --site N    with --cli: build a site from N generated articles, then add one article and
//             rebuild; print both times and the peak memory (nothing else is measured)
// --keep DIR  with --site: generate the articles and the site in DIR and leave them there
// --verify    with --site: at the end, build the same articles from scratch into another
//             directory and compare every file of the two sites byte for byte (the rebuilds
//             must give what a full build gives)
// --cli PATH  also run `PATH tag --jsonl` on N MB and 2N MB of JSON lines and report its
//             peak memory for each (streaming: it should not grow with the input)
import Foundation
import TimelineKit

#if canImport(Glibc)
    import Glibc
#endif

/// A small deterministic generator (SplitMix64), so every run tags the same corpus.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

enum Corpus {
    static let subjects = [
        "The defense ministers", "Officials in Tokyo", "The alliance", "Naval commanders", "The coast guard", "Diplomats",
        "The two governments", "Analysts at the institute", "The foreign ministry", "Parliament", "Lawmakers",
        "The joint staff", "Negotiators", "The envoy", "The summit hosts", "Regional partners",
    ]
    static let verbs = [
        "agreed to expand", "announced plans for", "reviewed", "postponed", "signed", "debated", "approved", "criticized",
        "welcomed", "rejected", "completed", "began talks on", "published a report on", "will discuss", "plan to extend",
    ]
    static let objects = [
        "joint patrols near the islands", "a new command structure", "the missile defense budget", "port visits",
        "the exchange of intelligence", "a trilateral exercise", "supply agreements", "cyber cooperation",
        "the basing arrangement", "air defense drills", "maritime surveillance", "the reciprocal access deal",
    ]
    static let dates = [
        "on Thursday, January 30", "in late December 2024", "last year", "on March 3, 2025", "earlier this month",
        "in the first quarter", "two weeks ago", "on 12 February 2025", "in 2013-2014", "next week", "the previous day",
        "in mid-2024", "during the 1990s", "this summer", "on Friday", "in September", "for three years",
        "every month", "at 10 a.m. on Monday", "by the end of the year", "since 2019", "yesterday",
    ]
    static let places = [
        "Okinawa", "Kyushu", "Guam", "Yokosuka", "Sasebo", "Busan", "Manila", "Darwin", "Subic Bay", "Hokkaido",
        "the Senkakus", "Taiwan Strait", "Luzon Strait", "Sea of Japan", "Philippine Sea", "Korea Strait",
    ]
    static let fillers = [
        "The statement gave no further details.", "Both sides described the exchange as constructive.",
        "The plan still needs approval from the cabinet.", "Critics said the costs were too high.",
        "Further meetings are expected.", "Officials declined to comment on the numbers.",
    ]

    /// A document of roughly `bytes` bytes: a headline, then paragraphs of generated sentences.
    static func document(_ rng: inout SplitMix64, bytes: Int) -> String {
        var text = "\(rng.pick(subjects)) \(rng.pick(verbs)) \(rng.pick(objects))\n\n"
        while text.utf8.count < bytes {
            // About one sentence in three carries a date, as in news (TempEval-3 has one
            // expression per ~500 bytes); the rest are plain statements.
            for _ in 0..<4 {
                switch rng.next() % 6 {
                case 0, 1:
                    text +=
                        "\(rng.pick(subjects)) \(rng.pick(verbs)) \(rng.pick(objects)) near \(rng.pick(places)) "
                        + "involving \(2 + rng.next() % 400) personnel \(rng.pick(dates)). "
                case 2, 3:
                    text +=
                        "\(rng.pick(subjects)) \(rng.pick(verbs)) \(rng.pick(objects)), and \(rng.pick(subjects).lowercased()) \(rng.pick(verbs)) \(rng.pick(objects)). "
                default: text += rng.pick(fillers) + " "
                }
            }
            text += "\n\n"
        }
        return text
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// An article file as a user's folder holds them: most carry a publication date in front
    /// matter, some a dateline, a few neither (their relative dates stay unresolved).
    static func article(_ rng: inout SplitMix64, bytes: Int) -> String {
        let day = CalendarDay(year: 2015 + Int(rng.next() % 11), month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))!
        let body = document(&rng, bytes: bytes)
        switch rng.next() % 20 {
        case 0: return body
        case 1, 2:
            return body.replacingOccurrences(
                of: "\n\n", with: "\n\n\(rng.pick(places).uppercased()), \(months[day.month - 1]) \(day.day), \(day.year) - ", options: [],
                range: body.range(of: "\n\n"))
        default: return "---\npublished: \(day.iso)\n---\n" + body
        }
    }

    static func documents(megabytes: Int, seed: UInt64 = 42) -> [String] {
        var rng = SplitMix64(state: seed)
        var out: [String] = []
        var total = 0
        while total < megabytes << 20 {
            let d = document(&rng, bytes: 2_000 + Int(rng.next() % 4_000))
            total += d.utf8.count
            out.append(d)
        }
        return out
    }
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The CPU time (user and system, seconds) of the last child `run` waited for.
nonisolated(unsafe) var lastChildCPU = 0.0

/// Runs `arguments` (the first is the program) with the given standard input, output and
/// error files; returns (seconds, peak RSS MB) from `wait4` (and leaves its CPU time in
/// `lastChildCPU`).
func run(_ arguments: [String], stdin: String? = nil, stdout: String? = nil, stderr: String? = nil) -> (Double, Double)? {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
    if let stdout { posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY, 0) }
    if let stderr { posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    var pid: pid_t = 0
    var cargs = arguments.map { strdup($0) } + [nil]
    defer { for a in cargs { free(a) } }
    let start = now()
    guard posix_spawn(&pid, arguments[0], &actions, nil, &cargs, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    lastChildCPU = seconds(usage.ru_utime) + seconds(usage.ru_stime)
    return (now() - start, Double(usage.ru_maxrss) / 1024)
}

/// The tagger's throughput (MB/s, best of three) on a fixed 4 MB of generated text: this
/// machine runs at two speeds (the same work takes up to twice as long in its slow phases),
/// and this says which phase a run was in.
func speedProbe() -> Double {
    let documents = Corpus.documents(megabytes: 4)
    let bytes = Double(documents.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
    let tagger = TemporalTagger()
    let reference = CalendarDay(year: 2025, month: 1, day: 31)!
    var best = Double.infinity
    for _ in 0..<3 {
        let start = now()
        for d in documents { _ = tagger.tag(d, reference: reference) }
        best = min(best, now() - start)
    }
    return bytes / best
}

/// "CPU 24.1 s" for the last child.
func cpu() -> String { String(format: "CPU %.1f s", lastChildCPU) }

/// Runs `path tag --jsonl` with stdin from `input`, stdout to /dev/null.
func runCLI(_ path: String, input: String) -> (Double, Double)? {
    run([path, "tag", "--jsonl"], stdin: input, stdout: "/dev/null")
}

var megabytes = 50
var cli: String?
var taggerOnly = false
var siteArticles: Int?
var keep: String?
var verify = false
var arguments = CommandLine.arguments.dropFirst()
while let a = arguments.popFirst() {
    switch a {
    case "--mb": megabytes = Int(arguments.popFirst() ?? "") ?? megabytes
    case "--cli": cli = arguments.popFirst()
    case "--tagger-only": taggerOnly = true
    case "--site": siteArticles = Int(arguments.popFirst() ?? "")
    case "--keep": keep = arguments.popFirst()
    case "--verify": verify = true
    default:
        FileHandle.standardError.write(
            Data("usage: timeline-bench [--mb N] [--cli PATH] [--tagger-only] [--site N --cli PATH [--keep DIR] [--verify]]\n".utf8))
        exit(2)
    }
}

/// Runs `path build DIR --output OUT --quiet`, its standard error to `log`.
func runBuild(_ path: String, _ input: String, _ output: String, log: String) -> (Double, Double)? {
    run([path, "build", input, "--output", output, "--quiet"], stderr: log)
}

/// Whether two sites hold the same files with the same bytes (the tool's own hidden files,
/// its state and spares, left out), as a line to print.
func compareSites(_ a: String, _ b: String) -> String {
    func files(_ root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter { path in
                var isDirectory: ObjCBool = false
                return !path.split(separator: "/").contains { $0.hasPrefix(".") }
                    && FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
            .sorted()
    }
    let left = files(a)
    let right = files(b)
    var differences: [String] = []
    if left != right {
        differences.append("different file lists (\(left.count) and \(right.count) files)")
    }
    for path in Set(left).intersection(right).sorted() where differences.count < 10 {
        if FileManager.default.contents(atPath: a + "/" + path) != FileManager.default.contents(atPath: b + "/" + path) {
            differences.append(path + " differs")
        }
    }
    return differences.isEmpty
        ? "verify: the rebuilt site equals a fresh build of the same articles (\(left.count) files)"
        : "verify: the rebuilt site differs from a fresh build: " + differences.joined(separator: "; ")
}

/// How many lines of `log` are errors and warnings.
func diagnostics(_ log: String) -> String {
    let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n")
    let errors = lines.filter { $0.contains(": error:") }.count
    let warnings = lines.filter { $0.contains(": warning:") }.count
    return errors + warnings == 0 ? "" : " (\(errors) errors, \(warnings) warnings)"
}

if let n = siteArticles, let cli {
    let root = keep ?? (NSTemporaryDirectory() + "timeline-bench-site-\(getpid())")
    let input = root + "/articles"
    let output = root + "/site"
    try? FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
    var rng = SplitMix64(state: 11)
    var bytes = 0
    for k in 0..<n {
        let text = Corpus.article(&rng, bytes: 2_500 + Int(rng.next() % 2_000))
        bytes += text.utf8.count
        // Front matter is read from Markdown files; plain text is taken as it is.
        let ext = text.hasPrefix("---\n") ? "md" : "txt"
        _ = FileManager.default.createFile(atPath: input + "/article-\(k).\(ext)", contents: Data(text.utf8))
    }
    print(String(format: "site corpus: %d generated articles, %.1f MB", n, Double(bytes) / 1_048_576))
    print(String(format: "speed probe: the tagger at %.0f MB/s (about 100 in this machine's fast phase, 55-65 in its slow one)", speedProbe()))
    let log = root + "/build.log"
    if let (s, rss) = runBuild(cli, input, output, log: log) {
        print(String(format: "full build: %.2f s (%@), peak memory %.0f MB", s, cpu(), rss) + diagnostics(log))
    }
    let extra = Corpus.article(&rng, bytes: 3_000)
    _ = FileManager.default.createFile(atPath: input + "/article-new.\(extra.hasPrefix("---\n") ? "md" : "txt")", contents: Data(extra.utf8))
    if let (s, rss) = runBuild(cli, input, output, log: log) {
        print(String(format: "rebuild after adding one article: %.2f s (%@), peak memory %.0f MB", s, cpu(), rss) + diagnostics(log))
    }
    if let (s, _) = runBuild(cli, input, output, log: log) {
        print(String(format: "rebuild with nothing changed: %.2f s (%@)", s, cpu()) + diagnostics(log))
    }
    // The article added above changed too recently for the last build to leave a record (its
    // stamp could still hide a change); once it has settled, the next build leaves one, and the
    // build after that stops at it.
    Thread.sleep(forTimeInterval: 2.5)
    _ = runBuild(cli, input, output, log: log)
    if let (s, _) = runBuild(cli, input, output, log: log) {
        print(String(format: "rebuild with nothing changed, stopping at the last build's record: %.2f s (%@)", s, cpu()) + diagnostics(log))
    }
    // Once a rebuild has written the whole-timeline files, the versions they replaced are kept
    // as spares that the next rebuild writes over (SiteWriter.spareName): the usual case when
    // articles keep arriving.
    let another = Corpus.article(&rng, bytes: 3_000)
    _ = FileManager.default.createFile(
        atPath: input + "/article-newer.\(another.hasPrefix("---\n") ? "md" : "txt")", contents: Data(another.utf8))
    if let (s, rss) = runBuild(cli, input, output, log: log) {
        print(
            String(format: "rebuild after adding another article (writing over the spares): %.2f s (%@), peak memory %.0f MB", s, cpu(), rss)
                + diagnostics(log))
    }
    print(String(format: "speed probe: the tagger at %.0f MB/s", speedProbe()))
    if verify {
        let fresh = root + "/fresh"
        try? FileManager.default.removeItem(atPath: fresh)
        _ = runBuild(cli, input, fresh, log: log)
        print(compareSites(output, fresh))
        try? FileManager.default.removeItem(atPath: fresh)
    }
    if keep == nil { try? FileManager.default.removeItem(atPath: root) }
    exit(0)
}

// The command-line runs come first, while this process is small: a child's peak memory on
// Linux starts from its parent's size at spawn.
if let cli {
    for factor in [1, 2] {
        let path = NSTemporaryDirectory() + "timeline-bench-\(factor).jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = FileHandle(forWritingAtPath: path)!
        var rng = SplitMix64(state: 7)
        var written = 0
        var n = 0
        while written < factor * megabytes << 20 {
            let text = Corpus.document(&rng, bytes: 3_000)
            let line =
                JSONValue.object([("id", .string("d\(n)")), ("text", .string(text)), ("published", .string("2025-01-31"))]).serialized(pretty: false)
                + "\n"
            handle.write(Data(line.utf8))
            written += line.utf8.count
            n += 1
        }
        try? handle.close()
        if let (s, rss) = runCLI(cli, input: path) {
            let size = Double(written) / 1_048_576
            print(String(format: "cli tag --jsonl on %.0f MB of JSON lines: %.1f MB/s, peak memory %.1f MB", size, size / s, rss))
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}

let documents = Corpus.documents(megabytes: megabytes)
let totalBytes = documents.reduce(0) { $0 + $1.utf8.count }
let mb = Double(totalBytes) / 1_048_576
print("corpus: \(documents.count) generated documents, \(String(format: "%.1f", mb)) MB")

let tagger = TemporalTagger()
let reference = CalendarDay(year: 2025, month: 1, day: 31)!
// Warm up the lexicon and allocator.
_ = tagger.tag(documents[0], reference: reference)

/// Runs `pass` over the corpus `runs` times; prints each run's throughput and the best. This
/// machine alternates between two speeds (the same run can take twice as long), so one run
/// says little and the best of several is the machine's fast phase.
func measure(_ label: String, runs: Int, _ pass: (String) -> Int) {
    var rates: [Double] = []
    var best = (seconds: Double.infinity, expressions: 0)
    for _ in 0..<runs {
        var expressions = 0
        let start = now()
        for d in documents { expressions += pass(d) }
        let seconds = now() - start
        rates.append(mb / seconds)
        if seconds < best.seconds { best = (seconds, expressions) }
    }
    let figures = String(
        format: "%.1f MB/s, %.0f documents/s, %d expressions, %.2f s", mb / best.seconds, Double(documents.count) / best.seconds,
        best.expressions, best.seconds)
    print("\(label): \(figures) (best of \(runs) runs: \(rates.map { String(format: "%.1f", $0) }.joined(separator: ", ")) MB/s)")
}

measure("tagger (given reference date)", runs: 3) { tagger.tag($0, reference: reference).count }
measure("tagger (publication date inferred)", runs: 3) { tagger.analyze($0, publication: nil).expressions.count }

if taggerOnly { exit(0) }

let pipelineDocs = documents.prefix(2_000).enumerated().map { i, text in
    try! DocumentLoader().parse(text: text, path: "bench/\(i).txt", id: "d\(i)")
}
let pipelineBytes = Double(pipelineDocs.reduce(0) { $0 + $1.text.utf8.count }) / 1_048_576
let start = now()
let timeline = TimelineBuilder(reference: reference).build(Array(pipelineDocs))
let seconds = now() - start
print(
    String(
        format: "timeline (tag + events + merge + order, %d documents): %.1f MB/s, %.0f documents/s, %d events", pipelineDocs.count,
        pipelineBytes / seconds, Double(pipelineDocs.count) / seconds, timeline.events.count))
print(String(format: "peak memory of this process (corpus held in memory): %.0f MB", peakRSSMegabytes()))
