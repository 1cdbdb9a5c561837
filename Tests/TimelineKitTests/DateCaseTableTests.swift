import Foundation
import Testing

@testable import TimelineKit

/// One row of Fixtures/date-cases.txt: a sentence, a reference date and every expression
/// the tagger must find in it (or none).
struct DateCase: Sendable, CustomTestStringConvertible {
    struct Expectation: Sendable, Equatable, CustomStringConvertible {
        var text: String
        var type: String
        var value: String
        var mod: String?
        var rangeEnd: String?
        var days: String?

        var description: String {
            var s = "\(text) => \(type) \(value)"
            if let mod { s += " mod=\(mod)" }
            if let rangeEnd { s += " to=\(rangeEnd)" }
            if let days { s += " days=\(days)" }
            return s
        }
    }

    var line: Int
    var sentence: String
    var reference: CalendarDay?
    var expected: [Expectation]

    var testDescription: String { "line \(line): \(sentence)" }

    /// Parses the table; a malformed row is a fatal error naming its line.
    static func load() -> [DateCase] {
        let url = Paths.fixtures.appendingPathComponent("date-cases.txt")
        let text = String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
        var cases: [DateCase] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(columns.count == 3, "date-cases.txt:\(index + 1): expected 3 tab-separated columns")
            let reference = columns[1] == "-" ? nil : CalendarDay(iso: columns[1])
            precondition(columns[1] == "-" || reference != nil, "date-cases.txt:\(index + 1): bad reference date")
            var expected: [Expectation] = []
            if columns[2] != "-" {
                for item in columns[2].components(separatedBy: " ;; ") {
                    let parts = item.components(separatedBy: " => ")
                    precondition(parts.count == 2, "date-cases.txt:\(index + 1): expected 'span => TYPE value'")
                    let fields = parts[1].split(separator: " ").map(String.init)
                    var e = Expectation(text: parts[0], type: fields[0], value: fields[1])
                    for field in fields.dropFirst(2) {
                        if field.hasPrefix("mod=") {
                            e.mod = String(field.dropFirst(4))
                        } else if field.hasPrefix("to=") {
                            e.rangeEnd = String(field.dropFirst(3))
                        } else if field.hasPrefix("days=") {
                            e.days = String(field.dropFirst(5))
                        } else {
                            preconditionFailure("date-cases.txt:\(index + 1): unknown field \(field)")
                        }
                    }
                    expected.append(e)
                }
            }
            cases.append(DateCase(line: index + 1, sentence: columns[0], reference: reference, expected: expected))
        }
        return cases
    }

    static let all = load()
}

@Suite struct DateCaseTableTests {
    @Test func tableIsLargeEnough() {
        #expect(DateCase.all.count >= 150)
    }

    @Test(arguments: DateCase.all)
    func tagsTheSentence(_ c: DateCase) {
        let found = TemporalTagger().tag(c.sentence, reference: c.reference)
        let actual = found.map { e -> DateCase.Expectation in
            var x = DateCase.Expectation(text: e.text, type: e.type.rawValue, value: e.value, mod: e.mod?.rawValue, rangeEnd: e.rangeEnd)
            if let interval = e.interval { x.days = "\(interval.start.iso)..\(interval.end.iso)" }
            return x
        }
        // Days are compared only where the table gives them.
        let comparable = zip(actual, c.expected).map { a, e -> DateCase.Expectation in
            var a = a
            if e.days == nil { a.days = nil }
            return a
        }
        #expect(
            actual.count == c.expected.count && comparable == c.expected,
            "\n  expected: \(c.expected.map(\.description).joined(separator: " ;; "))\n  actual:   \(actual.map(\.description).joined(separator: " ;; "))"
        )
    }
}
