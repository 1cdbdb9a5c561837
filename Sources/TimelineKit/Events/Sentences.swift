/// A sentence of a document: its number (1-based, counted over the whole document, headline
/// included) and its byte range in ``Document/text``.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var range: Range<Int>
    public var paragraph: Int
    public var kind: Document.ParagraphKind
}

/// Splits paragraphs into sentences at `.`, `!`, `?` (and closing quotes after them) followed
/// by a space and a capital, a digit or an opening quote, except after abbreviations
/// ("Gen.", "Jan.", "U.S.") and initials.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "sen", "rep", "gov",
        "pres", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx",
        "dept", "est", "fig", "mt", "ft", "rev", "hon", "amb", "brig", "cpl", "pvt", "ret",
        // Weekdays as datelines abbreviate them ("Wed. March 5"; not "Sat." and "Sun.", which
        // end sentences as names).
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    ]

    static func split(_ document: Document) -> [Sentence] {
        let bytes = Array(document.text.utf8)
        var sentences: [Sentence] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            if paragraph.kind != .body {
                sentences.append(Sentence(index: sentences.count + 1, range: paragraph.range, paragraph: p, kind: paragraph.kind))
                continue
            }
            var start = paragraph.range.lowerBound
            let end = paragraph.range.upperBound
            // ("[^3]: Interview with a Norwegian Air Force officer, Bodø, 12 March 2026.": a
            // footnote's label is no part of its sentence.)
            if let after = footnoteLabel(bytes, start, end) { start = after }
            var i = start
            while i < end {
                let b = bytes[i]
                if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                    var j = i + 1
                    // Where a footnote's mark starts (it belongs to no sentence).
                    var markStart: Int?
                    // Closing quotes and brackets belong to the sentence.
                    while j < end {
                        if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: ")") {
                            j += 1
                        } else if j + 2 < end, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 {
                            j += 3
                        } else if let after = footnoteMark(bytes, j, end) {
                            // ("... northern flank.[^1] For the first time ...": a footnote's mark.)
                            if markStart == nil { markStart = j }
                            j = after
                        } else {
                            break
                        }
                    }
                    guard j < end, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 else {
                        i = j
                        continue
                    }
                    var k = j
                    while k < end, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x09 { k += 1 }
                    // (Footnotes one to a line are one paragraph: each label opens a sentence.)
                    let label = k < end ? footnoteLabel(bytes, k, end) : nil
                    guard k < end, label != nil || startsSentence(bytes, k),
                        !(b == UInt8(ascii: ".") && isAbbreviation(bytes, start, i)
                            && !(endsSentenceAnyway(bytes, start, i)
                                && (opensSentence(bytes, k)
                                    || isClock(bytes, start, i) && !continuesClock(bytes, k) && !opensItsSentence(bytes, start, i))))
                    else {
                        i = j
                        continue
                    }
                    sentences.append(Sentence(index: sentences.count + 1, range: start..<(markStart ?? j), paragraph: p, kind: .body))
                    start = label ?? k
                    i = start
                    continue
                }
                i += 1
            }
            if start < end {
                sentences.append(Sentence(index: sentences.count + 1, range: start..<end, paragraph: p, kind: .body))
            }
        }
        return sentences
    }

    /// A footnote's label at `k` ("[^3]: "): where its text starts.
    static func footnoteLabel(_ bytes: [UInt8], _ k: Int, _ end: Int) -> Int? {
        guard k + 1 < end, bytes[k + 1] == UInt8(ascii: "^"), let after = footnoteMark(bytes, k, end), after < end,
            bytes[after] == UInt8(ascii: ":")
        else { return nil }
        var text = after + 1
        while text < end, bytes[text] == 0x20 { text += 1 }
        return text < end ? text : nil
    }

    /// A footnote's mark at `j`, "[^1]", "[^note]" or "[12]": where it ends.
    static func footnoteMark(_ bytes: [UInt8], _ j: Int, _ end: Int) -> Int? {
        guard j + 2 < end, bytes[j] == UInt8(ascii: "[") else { return nil }
        var k = j + 1
        let caret = bytes[k] == UInt8(ascii: "^")
        if caret { k += 1 }
        let first = k
        while k < end, k - first < 12, bytes[k] &- 0x30 < 10 || caret && ((bytes[k] | 0x20) &- 0x61 < 26 || bytes[k] == UInt8(ascii: "-")) { k += 1 }
        guard k > first, k < end, bytes[k] == UInt8(ascii: "]") else { return nil }
        return k + 1
    }

    static func startsSentence(_ bytes: [UInt8], _ k: Int) -> Bool {
        let c = bytes[k]
        if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { return true }
        if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return true }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") { return true }
        if c == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x9C || bytes[k + 2] == 0x98 { return true }
        return c >= 0xC3  // a non-ASCII capital letter, most likely
    }

    /// An abbreviation that often ends a sentence ("at 6:52 p.m. She had joined ...", "flew to
    /// the U.S. The talks ..."), before a word that opens one.
    static func endsSentenceAnyway(_ bytes: [UInt8], _ start: Int, _ dot: Int) -> Bool {
        guard dot >= start + 3 else { return false }
        let tail = String(decoding: bytes[(dot - 3)..<dot], as: UTF8.self).lowercasedASCII()
        return [".m.", "a.m", "p.m", "u.s", "etc"].contains(tail) && (dot - 3 == start || bytes[dot - 4] == 0x20 || bytes[dot - 4] &- 0x30 < 10)
    }

    static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "She", "He", "It", "They", "We", "I", "His", "Her", "Its", "Their", "Our", "But", "This", "That", "These", "Those",
        "There", "In", "On", "At", "By", "After", "Before", "When", "While", "Officials", "Police",
    ]

    /// The period at `dot` closes "a.m." or "p.m.".
    static func isClock(_ bytes: [UInt8], _ start: Int, _ dot: Int) -> Bool {
        dot >= start + 3 && bytes[dot - 2] == UInt8(ascii: ".") && bytes[dot - 1] | 0x20 == UInt8(ascii: "m")
    }

    /// What may follow a clock time in its sentence: a weekday, a month, a zone, or a place and
    /// "time" ("at 6 p.m. Tokyo time", "at 9 a.m. Friday", "at 5 p.m. EST").
    static func continuesClock(_ bytes: [UInt8], _ k: Int) -> Bool {
        var e = k
        while e < bytes.count, (bytes[e] | 0x20) >= UInt8(ascii: "a"), (bytes[e] | 0x20) <= UInt8(ascii: "z") { e += 1 }
        // ("at 6:30 a.m. (2130 GMT) on Thursday": the same time in another zone.)
        if k < bytes.count, bytes[k] == UInt8(ascii: "(") { return true }
        let word = String(decoding: bytes[k..<e], as: UTF8.self)
        if clockFollowers.contains(word) || word.count >= 3 && DateSemantics.monthNames.contains(where: { $0.hasPrefix(word) || word.hasPrefix($0) })
        {
            return true
        }
        // "Tokyo time", "Washington time", "Eastern Standard Time".
        var n = e
        while n < bytes.count, bytes[n] == 0x20 { n += 1 }
        var m = n
        while m < bytes.count, (bytes[m] | 0x20) >= UInt8(ascii: "a"), (bytes[m] | 0x20) <= UInt8(ascii: "z") { m += 1 }
        let next = String(decoding: bytes[n..<m], as: UTF8.self).lowercasedASCII()
        return next == "time" || next == "standard" || next == "daylight"
    }

    /// The clock time ending at `dot` stands among the first three words of its sentence or
    /// of what follows a comma ("At 4 a.m. Hezbollah fired rockets", "Shortly after 2 a.m.
    /// Iranian missiles struck", "..., and at 6 a.m. Israeli troops began withdrawing"): the
    /// capital after it is the subject.
    static func opensItsSentence(_ bytes: [UInt8], _ start: Int, _ dot: Int) -> Bool {
        var k = dot - 3  // before "a.m" / "p.m"
        while k > start, bytes[k - 1] == 0x20 { k -= 1 }
        while k > start, bytes[k - 1] &- 0x30 < 10 || bytes[k - 1] == UInt8(ascii: ":") || bytes[k - 1] == UInt8(ascii: ".") { k -= 1 }
        for _ in 0..<4 {
            while k > start, bytes[k - 1] == 0x20 { k -= 1 }
            if k == start || bytes[k - 1] == UInt8(ascii: ",") { return true }
            let wordEnd = k
            while k > start, (bytes[k - 1] | 0x20) >= UInt8(ascii: "a"), (bytes[k - 1] | 0x20) <= UInt8(ascii: "z") { k -= 1 }
            if k == wordEnd { return false }  // (not a word: another mark)
        }
        return false
    }

    static let clockFollowers: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "GMT", "UTC", "ET", "EST", "EDT", "PT", "PST", "PDT",
        "CT", "CST", "CDT", "MT", "KST", "JST", "CET", "CEST", "BST", "IST", "Eastern", "Pacific", "Central", "Mountain", "Zulu",
    ]

    /// The word at `k` opens a sentence (``sentenceOpeners``).
    static func opensSentence(_ bytes: [UInt8], _ k: Int) -> Bool {
        var e = k
        while e < bytes.count, (bytes[e] | 0x20) >= UInt8(ascii: "a"), (bytes[e] | 0x20) <= UInt8(ascii: "z") { e += 1 }
        return e < bytes.count && bytes[e] == 0x20 && sentenceOpeners.contains(String(decoding: bytes[k..<e], as: UTF8.self))
    }

    /// The word before a period at `dot` is a known abbreviation or a single initial.
    static func isAbbreviation(_ bytes: [UInt8], _ start: Int, _ dot: Int) -> Bool {
        var w = dot
        while w > start {
            let c = bytes[w - 1]
            let isWordByte = (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") || c == UInt8(ascii: ".")
            if !isWordByte { break }
            w -= 1
        }
        let word = String(decoding: bytes[w..<dot], as: UTF8.self).lowercasedASCII()
        if word.count == 1, let c = word.first, c.isLetter, bytes[w] >= UInt8(ascii: "A"), bytes[w] <= UInt8(ascii: "Z") {
            // (The letter of a code or a clock time, "at 0215Z.", "Form 27B.", is no initial.)
            return !(w > start && bytes[w - 1] &- 0x30 < 10)
        }
        return abbreviations.contains(word)
    }
}
