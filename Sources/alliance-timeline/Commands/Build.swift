import ArgumentParser
import Foundation
import TimelineKit

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

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func run() throws {
        let templateSet = try Diagnostics.loadTemplates(templates)
        // The analysis of unchanged articles is reused from the previous build of this site
        // (only when the directory is one the tool made: it has a manifest).
        let cachePath = (output as NSString).appendingPathComponent(AnalysisCache.fileName)
        let manifestPath = (output as NSString).appendingPathComponent(SiteWriter.manifestName)
        var cache = FileManager.default.fileExists(atPath: manifestPath) && !noCache ? AnalysisCache(contentsOf: cachePath) : AnalysisCache()
        let result = Pipeline(reference: try input.reference()).run(input.inputPaths, cache: &cache)
        Diagnostics.report(result.errors, warnings: result.warnings)
        let site = SiteBuilder(templates: templateSet, options: RenderOptions(title: title), baseURL: baseURL)
        var files: [String: String]
        var kept: [String] = []
        do {
            // Pages whose inputs did not change since the last build are not rendered again.
            let directory = output
            let reuse = SiteBuilder.PageReuse(
                fingerprints: cache.pages,
                exists: { FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0)) })
            let built = try site.build(result.timeline, reuse: reuse)
            files = built.files
            kept = built.kept
            cache.pages = built.fingerprints
            files[AnalysisCache.fileName] = cache.serialized()
        } catch {
            Diagnostics.printError(error.description)
            throw ExitCode(2)
        }
        let report: SiteWriter.Report
        do {
            report = try SiteWriter.writeSite(files, keeping: kept, to: output, force: force)
        } catch {
            Diagnostics.printError(error.description)
            throw ExitCode(2)
        }
        if !quiet {
            let index = URL(fileURLWithPath: output).appendingPathComponent("index.html").standardizedFileURL.path
            let events = result.timeline.events.count
            let documents = result.timeline.documents.count
            print(
                "Built \(events) event\(events == 1 ? "" : "s") from \(documents) document\(documents == 1 ? "" : "s"): "
                    + "\(report.written.count) file\(report.written.count == 1 ? "" : "s") written, \(report.unchanged.count) unchanged, \(report.removed.count) removed; "
                    + "\(cache.hits) of \(documents) articles unchanged since the last build.")
            print("Site: \(index)")
        }
        if !result.errors.isEmpty { throw inputErrorExit }
    }
}
