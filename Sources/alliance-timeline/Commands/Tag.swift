import ArgumentParser
import Foundation
import TimelineKit

struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag temporal expressions (TimeML TIMEX3): one JSON line per expression, or TimeML.",
        discussion: """
            A path of "-" reads one plain-text document from standard input (id "stdin").
            With --jsonl, reads documents as JSON lines on standard input:
              {"id": "...", "text": "...", "published": "YYYY-MM-DD"}   (published optional)
            and writes one JSON line per expression, streaming.
            """)

    enum Format: String, ExpressibleByArgument { case json, timeml }

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "Read JSON lines from standard input instead of files.")
    var jsonl = false

    @Option(name: .shortAndLong, help: "json (JSON lines) or timeml.")
    var format: Format = .json

    func run() throws {
        let tagger = TemporalTagger()
        var failed = false
        if jsonl {
            failed = TagStream.run(tagger: tagger, format: format == .timeml ? .timeml : .jsonLines, reference: try input.reference())
        } else {
            let pipeline = Pipeline(reference: try input.reference())
            func tag(_ load: () throws(TimelineError) -> Document) {
                do {
                    let document = try load()
                    let (doc, _) = pipeline.builder.analyze(document)
                    let out =
                        format == .timeml
                        ? TagOutput.timeml(id: doc.id, text: document.text, expressions: doc.expressions, publication: doc.published)
                        : TagOutput.jsonLines(id: doc.id, text: document.text, expressions: doc.expressions)
                    FileHandle.standardOutput.write(Data(out.utf8))
                } catch {
                    Diagnostics.printError(error.description)
                    failed = true
                }
            }
            // "-" is standard input, read as one plain-text document (id "stdin"), first.
            if input.inputPaths.contains("-") {
                tag { () throws(TimelineError) -> Document in
                    let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                    let limit = pipeline.loader.maximumFileSize
                    if bytes.count > limit {
                        throw TimelineError(.input, path: "-", "standard input is too large (\(bytes.count) bytes; the limit is \(limit))")
                    }
                    return try pipeline.loader.parse(text: try DocumentLoader.decode(bytes, path: "-"), path: "-", id: "stdin")
                }
            }
            let (files, errors) = pipeline.loader.discover(input.inputPaths.filter { $0 != "-" })
            Diagnostics.report(errors)
            if !errors.isEmpty { failed = true }
            for (file, id) in zip(files, Pipeline.documentIDs(files)) {
                tag { () throws(TimelineError) -> Document in try pipeline.loader.load(path: file, id: id) }
            }
        }
        if failed { throw inputErrorExit }
    }
}
