import ArgumentParser
import Foundation
import TimelineKit

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files (.txt, .md) or directories searched recursively. Default: seeds/")
    var paths: [String] = []

    @Option(
        name: .long, help: ArgumentHelp("The publication date of every input (YYYY-MM-DD); overrides front matter and inference.", valueName: "date"))
    var referenceDate: String?

    var inputPaths: [String] { paths.isEmpty ? ["seeds"] : paths }

    func reference() throws -> CalendarDay? {
        guard let raw = referenceDate else { return nil }
        guard let day = CalendarDay(iso: raw) else {
            throw ValidationError("invalid --reference-date \"\(raw)\" (expected YYYY-MM-DD)")
        }
        return day
    }

    func validate() throws { _ = try reference() }
}

/// Writes diagnostics to standard error.
enum Diagnostics {
    static func report(_ errors: [TimelineError], warnings: [String] = []) {
        for warning in warnings { printError(warning) }
        for error in errors { printError(error.description) }
    }

    /// Parses every template before any input is read; a broken one ends the run (exit 2).
    static func loadTemplates(_ directory: String?) throws -> TemplateSet {
        do {
            return try TemplateSet(overrides: directory)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Exit code 1: some input was bad (the rest was processed and written).
let inputErrorExit = ExitCode(1)
