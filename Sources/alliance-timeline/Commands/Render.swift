import ArgumentParser
import Foundation
import TimelineKit

extension OutputFormat: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the timeline as Markdown, HTML or JSON (to standard output by default).")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "markdown, html or json.")
    var format: OutputFormat = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Markdown: the level of the title heading (1-4); years and events go below it.", valueName: "n"))
    var headingLevel: Int = 1

    @Option(name: .long, help: ArgumentHelp("Only events that end on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only events that start on or before this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Only events with this actor (case-insensitive; part of a name matches).", valueName: "name"))
    var actor: String?

    @Option(name: .long, help: ArgumentHelp("A directory of templates overriding the built-in ones.", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: "The title.")
    var title: String = "Alliance timeline"

    func validate() throws {
        // (An empty title gives pages an empty <title> and <h1>.)
        if title.allSatisfy(\.isWhitespace) { throw ValidationError("--title must not be empty") }
        guard (1...4).contains(headingLevel) else { throw ValidationError("--heading-level must be 1 to 4, not \(headingLevel)") }
        if let since, CalendarDay(iso: since) == nil { throw ValidationError("invalid --since \"\(since)\" (expected YYYY-MM-DD)") }
        if let until, CalendarDay(iso: until) == nil { throw ValidationError("invalid --until \"\(until)\" (expected YYYY-MM-DD)") }
    }

    func run() throws {
        let templateSet = try Diagnostics.loadTemplates(templates)
        let pipeline = Pipeline(reference: try input.reference())
        var (files, discoveryErrors) = pipeline.loader.discover(input.inputPaths)
        if let output, let target = FileStamp.of(path: output) {
            // The output is never an article: one named on the command line is refused (it
            // would be overwritten), one found in a folder is left out (it would be read back in).
            let same = { (path: String) -> Bool in
                FileStamp.of(path: path).map { $0.inode == target.inode && $0.device == target.device } ?? false
            }
            if input.inputPaths.contains(where: same) {
                Diagnostics.printError("\(output): error: --output names one of the inputs; nothing written (the article is left as it is)")
                throw ExitCode(64)
            }
            files.removeAll(where: same)
        }
        var cache = AnalysisCache()
        let result = pipeline.run(input.inputPaths, cache: &cache, discovered: (files, discoveryErrors))
        Diagnostics.report(result.errors, warnings: result.warnings)
        if result.timeline.documents.isEmpty, !result.errors.isEmpty, let output {
            // Nothing could be read: the output file keeps what it had.
            Diagnostics.printError("\(output): error: nothing rendered: none of the inputs could be read; the file is left as it was")
            throw inputErrorExit
        }
        let timeline = result.timeline.filtered(
            since: since.flatMap { CalendarDay(iso: $0) }, until: until.flatMap { CalendarDay(iso: $0) }, actor: actor)
        let options = RenderOptions(title: title, headingLevel: headingLevel)
        let text: String
        do {
            switch format {
            case .markdown: text = try templateSet.markdown(timeline, options: options)
            case .html: text = try templateSet.html(timeline, options: options)
            case .json: text = TimelineJSON.render(timeline)
            }
            if let output {
                try SiteWriter.writeAtomically(text, to: output)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        } catch {
            Diagnostics.printError(error.description)
            throw ExitCode(2)
        }
        if !result.errors.isEmpty { throw inputErrorExit }
    }
}
