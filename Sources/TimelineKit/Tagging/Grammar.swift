#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporal grammar: hand-written rules over the token array, each a small function that
/// returns the longest ``Mention`` it can build from a token index.
///
/// Rules only run at trigger tokens (numbers and lexicon words), so ordinary words cost the
/// scan loop a single comparison. Spans follow the TimeML TIMEX3 guidelines: a leading
/// preposition stays out, "the" stays in when it belongs ("the 1990s", "the previous day").
struct Grammar {
    /// The text's tokens, owned by the caller for as long as the grammar is used. Unchecked:
    /// every rule reads a token through `has(_:)` or after checking the index against `count`,
    /// as an index out of range here is not trapped in release builds.
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    /// ``startClassTable``, read through a pointer in the per-token loop.
    let startClass: UnsafePointer<UInt8> = Grammar.startClassPointer

    /// ``startClassTable`` copied once into memory that lives as long as the process.
    nonisolated(unsafe) private static let startClassPointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: startClassTable.count)
        p.initialize(from: startClassTable, count: startClassTable.count)
        return UnsafePointer(p)
    }()

    // MARK: - token predicates

    @inline(__always) func has(_ i: Int) -> Bool { i >= 0 && i < tokens.count }

    @inline(__always) func lex(_ i: Int) -> Lexeme { has(i) ? tokens[i].lexeme : .none }

    @inline(__always) func key(_ i: Int) -> Keyword? {
        if has(i), case .key(let k) = tokens[i].lexeme { return k }
        return nil
    }

    @inline(__always) func isKey(_ i: Int, _ k: Keyword) -> Bool { key(i) == k }

    /// The number before `i` goes on: a glued "," or "." and more digits ("10,000", "10.5"),
    /// or a glued "%".
    func numberGoesOn(_ i: Int) -> Bool {
        guard glued(i) else { return false }
        if punct(i, 0x25) { return true }
        guard glued(i + 1), has(i + 1), tokens[i + 1].kind == .number else { return false }
        // ("March 10,2025" is a date: a thousands group has three digits.)
        return punct(i, 0x2E) || (punct(i, 0x2C) && tokens[i + 1].digits == 3)
    }

    /// A year in figures between a determiner or a possessive and the noun it names: "since the
    /// 1951 ANZUS pact", "its 2015 agreement", "China's 2024 white paper". It dates a thing
    /// named, not the story (a yearless dateline takes no bound from it).
    /// A year that names an old document ("since the 1951 ANZUS pact", "its 1960 security
    /// treaty"), the thing, perhaps after a name: no bound on the story's date. (A budget, a
    /// summit, an election or a report of that year is the story's time: "passed the 2026
    /// budget on Dec. 2".)
    func namesADocument(_ m: Mention) -> Bool {
        guard namesAThing(m) else { return false }
        var k = m.end
        while has(k), sameLine(k), tokens[k].kind == .word, tokens[k].capitalized, k < m.end + 3 { k += 1 }
        return has(k) && tokens[k].kind == .word && Grammar.boundlessDocuments.contains(lower(k))
    }

    static let boundlessDocuments: Set<String> = [
        "treaty", "pact", "accord", "accords", "agreement", "alliance", "convention", "charter", "constitution", "protocol", "declaration",
        "communique", "armistice",
    ]

    func namesAThing(_ m: Mention) -> Bool {
        guard m.end == m.first + 1, let (_, digits) = number(m.first), digits == 4, m.first >= 1, has(m.end), sameLine(m.end),
            tokens[m.end].kind == .word, key(m.end) != .pastVerb, !isKey(m.end, .and), !isKey(m.end, .to)
        else { return false }
        let before = m.first - 1
        if isKey(before, .the) || isKey(before, .a) || isKey(before, .an) { return true }
        if isWord(before, "s"), before >= 1, isApostrophe(before - 1) { return true }
        return ["its", "their", "his", "her", "our", "your", "my"].contains { isWord(before, $0) }
    }

    /// Such a year (``namesAThing(_:)``) naming a document, perhaps after one more lower-case
    /// word: "its 1951 defense treaty", "China's 2024 white paper". No anaphor counts from it
    /// ("the 2014 summit" names a happening: "in March of that year" is 2014's).
    func isAttributiveYear(_ m: Mention) -> Bool {
        guard namesAThing(m), !tokens[m.end].capitalized, isPlainWord(m.end) else { return false }
        return Grammar.documentNouns.contains(lower(m.end))
            || has(m.end + 1) && tokens[m.end + 1].kind == .word && Grammar.documentNouns.contains(lower(m.end + 1))
    }

    /// A traveller's timetable in the present, which looks ahead: "travels to Brussels", "flies
    /// to Kyiv", "heads to Canberra", "returns home", "leaves Tokyo", "leaves for Manila",
    /// "visits Seoul", "hosts Kishida". Only before a place or a name ("a strike leaves 12 dead",
    /// "fighting returns to the city", "rejected port visits near Okinawa", "the hosts" are no
    /// timetable), and not after a determiner or a possessive ("his travels to Asia").
    func isTravelVerbToAPlace(_ j: Int) -> Bool {
        // (All end in "s" and have five to seven letters: the tense scan asks this of every word.)
        let length = wordLength(j)
        guard length >= 5, length <= 7, bytes[tokens[j].end - 1] == UInt8(ascii: "s"), has(j + 1), sameLine(j + 1),
            let k = Grammar.travelVerbs.firstIndex(where: { isWord(j, $0) })
        else { return false }
        let (leaves, visitsOrHosts) = (k == 0, k >= 6)
        // ("a bus that leaves Kharkiv daily": a relative clause's habit.)
        if isKey(j - 1, .that) || isWord(j - 1, "which") || isWord(j - 1, "who") { return false }
        if isKey(j - 1, .the) || ["his", "her", "its", "their", "our", "s"].contains(where: { isWord(j - 1, $0) }) { return false }
        if !visitsOrHosts, isWord(j + 1, "home") { return true }
        // ("leaves Tokyo", "leaves for Manila", "visits Seoul"; "travels to Brussels".)
        let place = isKey(j + 1, .for_) || isKey(j + 1, .to) ? (visitsOrHosts ? -1 : j + 2) : (leaves || visitsOrHosts ? j + 1 : -1)
        return place >= 0 && has(place) && tokens[place].kind == .word && tokens[place].capitalized && !isKey(place, .the)
    }

    /// The first token of the next line when nothing but punctuation follows token `end` on its
    /// line (a heading's or a label's line), else nil.
    func nextLine(after end: Int) -> Int? {
        var j = end
        while has(j), !tokens[j].newlineBefore {
            guard tokens[j].kind == .punct else { return nil }
            j += 1
        }
        return has(j) ? j : nil
    }

    /// "I fly home to Virginia on Wednesday", "we leave for Manila on Monday": a traveller's
    /// plain verb after "I" or "we" is an arrangement, ahead. (The cheap test first: the word
    /// before is one or two letters.)
    func isFirstPersonTravel(_ j: Int) -> Bool {
        guard j >= 1, wordLength(j - 1) <= 2, isWord(j - 1, "i") || isWord(j - 1, "we"), has(j + 1), sameLine(j + 1),
            ["fly", "leave", "head", "return", "travel", "sail"].contains(where: { isWord(j, $0) })
        else { return false }
        if isWord(j + 1, "home") { return true }
        let place = isKey(j + 1, .for_) || isKey(j + 1, .to) ? j + 2 : (isWord(j, "leave") ? j + 1 : -1)
        return place >= 0 && has(place) && tokens[place].kind == .word && tokens[place].capitalized && !isKey(place, .the)
    }

    /// (In this order: ``isTravelVerbToAPlace(_:)`` reads which by its place.)
    static let travelVerbs: [StaticString] = ["leaves", "heads", "returns", "travels", "flies", "sails", "visits", "hosts"]

    /// Only a determiner or a name's possessive stands between the sentence's start and token
    /// `k`: "The 1951 treaty", "Japan's 2022 security strategy".
    func opensSubject(_ k: Int) -> Bool {
        var j = sentenceStart(k)
        if j == k - 1, isKey(j, .the) || isKey(j, .a) || isKey(j, .an) { return true }
        while j < k {
            guard tokens[j].kind == .word && tokens[j].capitalized || isApostrophe(j) || isWord(j, "s") && isApostrophe(j - 1) else { return false }
            j += 1
        }
        return k >= 2 && isWord(k - 1, "s") && isApostrophe(k - 2)
    }

    static let figurativeBeforeOvernight: [StaticString] = [
        "changed", "change", "changes", "transformed", "vanished", "disappeared", "evaporated", "shifted", "happen", "happened",
        "almost", "virtually", "practically", "literally", "seemingly", "nearly",
    ]

    static let documentNouns: Set<String> = [
        "treaty", "pact", "accord", "agreement", "law", "act", "constitution", "charter", "budget", "report", "paper", "review",
        "strategy", "guidelines", "framework", "declaration", "communique", "convention", "protocol", "memorandum", "statement",
    ]

    /// Word `i` is an ordinary word to the grammar: outside the temporal lexicon, or one of
    /// the irregular past tenses the lexicon knows only for the tense scan ("2000 fled").
    @inline(__always) func isPlainWord(_ i: Int) -> Bool {
        let l = lex(i)
        return l == .none || l == .key(.pastVerb)
    }

    /// Token `i` continues the same line as token `i - 1` (expressions never cross a line break).
    @inline(__always) func sameLine(_ i: Int) -> Bool { has(i) && !tokens[i].newlineBefore }

    /// Token `i` opens a paragraph: the first token, or one after a blank line (a line break
    /// alone continues the paragraph of a text wrapped by hand).
    func opensParagraph(_ i: Int) -> Bool {
        if i == 0 { return true }
        guard has(i), tokens[i].newlineBefore else { return false }
        var newlines = 0
        for k in tokens[i - 1].end..<tokens[i].start where bytes[k] == 0x0A {
            newlines += 1
            if newlines == 2 { return true }
        }
        return false
    }

    /// Where the last paragraph opening in `from..<to` starts (the first byte after a blank
    /// line that is not white space); nil when no blank line lies there. Newlines are found
    /// with `memchr`: most texts have few.
    func lastParagraphStart(from: Int, to: Int) -> Int? {
        guard let base = bytes.baseAddress, from < to else { return nil }
        var found: Int?
        var k = from
        while k < to, let hit = memchr(base + k, 0x0A, to - k) {
            let n = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            var j = n + 1
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
            if j < bytes.count, bytes[j] == 0x0A {
                while j < bytes.count, bytes[j] == 0x0A || bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                if j <= to { found = j }
            }
            k = max(n + 1, j)
        }
        return found
    }

    /// The paragraph ends within `n` tokens from token `i` (or the text does).
    func paragraphEnds(within i: Int, _ n: Int) -> Bool {
        for k in i...(i + n) where !has(k) || opensParagraph(k) { return true }
        return false
    }

    /// Token `i` is glued to the one before it (no space).
    @inline(__always) func glued(_ i: Int) -> Bool { has(i) && !tokens[i].spaceBefore }

    @inline(__always) func punct(_ i: Int, _ scalar: Int) -> Bool {
        has(i) && tokens[i].kind == .punct && tokens[i].value == scalar
    }

    func isDash(_ i: Int) -> Bool {
        guard has(i), tokens[i].kind == .punct else { return false }
        let v = tokens[i].value
        return v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x2010 || v == 0x2011 || v == 0x2212
    }

    func isApostrophe(_ i: Int) -> Bool {
        guard has(i), tokens[i].kind == .punct else { return false }
        let v = tokens[i].value
        return v == 0x27 || v == 0x2019 || v == 0x2018
    }

    func number(_ i: Int) -> (value: Int, digits: Int)? {
        guard has(i), tokens[i].kind == .number else { return nil }
        return (tokens[i].value, tokens[i].digits)
    }

    func month(_ i: Int) -> Int? {
        if case .month(let m) = lex(i) { return m }
        return nil
    }

    func season(_ i: Int) -> Season? {
        if case .season(let s) = lex(i) { return s }
        return nil
    }

    func weekday(_ i: Int) -> Int? {
        if case .weekday(let w) = lex(i) { return w }
        return nil
    }

    func unit(_ i: Int) -> TimeUnit? {
        if case .unit(let u) = lex(i) { return u }
        return nil
    }

    func isPlural(_ i: Int) -> Bool {
        guard has(i), tokens[i].kind == .word else { return false }
        let last = bytes[tokens[i].end - 1] | 0x20
        return last == UInt8(ascii: "s")
    }

    func wordLength(_ i: Int) -> Int { has(i) ? tokens[i].end - tokens[i].start : 0 }

    /// Word `i` is `word` (lower-case ASCII), compared byte by byte without building a string.
    @inline(__always) func isWord(_ i: Int, _ word: StaticString) -> Bool {
        guard has(i), tokens[i].kind == .word, tokens[i].end - tokens[i].start == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        var k = 0
        for b in bytes[tokens[i].start..<tokens[i].end] {
            if b | 0x20 != p[k] { return false }
            k += 1
        }
        return true
    }

    /// The lower-cased ASCII text of word `i` (used only off the hot path).
    func lower(_ i: Int) -> String {
        guard has(i) else { return "" }
        var s = ""
        for b in bytes[tokens[i].start..<tokens[i].end] { s.unicodeScalars.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) }
        return s
    }

    /// A month name as the grammar accepts it: capitalized (so "may" the verb and "march" stay
    /// out), or an all-caps headline word; an abbreviation may take a glued period. Returns the
    /// month and the index after it.
    func monthName(_ i: Int) -> (month: Int, next: Int)? {
        guard let m = month(i), tokens[i].capitalized else { return nil }
        let length = wordLength(i)
        let full = DateSemantics.monthNames[m - 1].utf8.count
        if length < full {
            // "Jan", "Sept": an abbreviation; "May" is full. Period optional.
            if punct(i + 1, 0x2E) && glued(i + 1) { return (m, i + 2) }
            return (m, i + 1)
        }
        return (m, i + 1)
    }

    static let weekdayLengths = [6, 7, 9, 8, 6, 8, 6]

    /// A weekday name (capitalized; abbreviations only with a period or comma after).
    func weekdayName(_ i: Int) -> (weekday: Int, next: Int)? {
        guard let w = weekday(i), tokens[i].capitalized else { return nil }
        let length = wordLength(i)
        if length > 6 && bytes[tokens[i].end - 1] == UInt8(ascii: "s") && length == Grammar.weekdayLengths[w - 1] + 1 { return nil }
        if length <= 4 {
            if punct(i + 1, 0x2E) && glued(i + 1) { return (w, i + 2) }
            // "Sun," opens a sentence about Sun Microsystems; "Sun., March 8" or "Sun, 8 March" is a date.
            if punct(i + 1, 0x2C), month(i + 2) != nil || number(i + 2) != nil { return (w, i + 1) }
            // "Sun 8 Mar", "Wed Mar 11": a log's or a calendar's day, its month right after
            // (not "The Sun 8 March edition", a newspaper's).
            guard !isKey(i - 1, .the) else { return nil }
            if let (_, after) = dayNumber(i + 1), month(after) != nil { return (w, i + 1) }
            if month(i + 1) != nil, dayNumber(i + 2) != nil { return (w, i + 1) }
            return nil
        }
        return (w, i + 1)
    }

    /// A day of the month: 1...31, with an optional glued ordinal suffix ("30th").
    func dayNumber(_ i: Int) -> (day: Int, next: Int)? {
        guard let (v, d) = number(i), d <= 2, (1...31).contains(v) else { return nil }
        if glued(i + 1), let k = key(i + 1), k == .th || k == .st || k == .nd || k == .rd { return (v, i + 2) }
        return (v, i + 1)
    }

    /// "3 and 4 April", "the 12th and 13th of March": the first day of a pair written before
    /// its month, in the month (and year) of the second.
    func dayBeforeConjoined(_ i: Int) -> Mention? {
        let j = isKey(i, .the) ? i + 1 : i
        guard let (d, after) = dayNumber(j), isKey(after, .and) || isKey(after, .or), sameLine(after + 1) else { return nil }
        guard let m = dayMonth(after + 1), m.connector == nil else { return nil }
        // ("3 and 4 April last year": the first day in the same year as the second.)
        func first(_ f: DateFields) -> DateFields? {
            guard let d2 = f.day, d < d2, f.month != nil else { return nil }
            var f = f
            f.day = d
            f.weekday = nil
            return f
        }
        switch m.meaning {
        case .calendar(let f): return first(f).map { Mention(first: i, end: after, type: .date, meaning: .calendar($0)) }
        case .inYear(let f, let offset): return first(f).map { Mention(first: i, end: after, type: .date, meaning: .inYear($0, offset: offset)) }
        default: return nil
        }
    }

    /// A four-digit year 1000...2199, or a two-digit year after an apostrophe ('98).
    func yearNumber(_ i: Int) -> (year: Int, next: Int)? {
        if let (v, d) = number(i), d == 4, (1000...2199).contains(v) {
            // "2024-25" style or "2024s" are not plain years; callers check what follows.
            // (Nor a time in "Z", "Sun 8 Mar, 1140Z": Zulu time.)
            if isZulu(i + 1) { return nil }
            return (v, i + 1)
        }
        if isApostrophe(i), let (v, d) = number(i + 1), d == 2, glued(i + 1) {
            return (v >= 30 ? 1900 + v : 2000 + v, i + 2)
        }
        return spelledYear(i)
    }

    /// "nineteen ninety-six", "twenty twelve", "two thousand" (after "year" or a month): a year in words.
    func spelledYear(_ i: Int) -> (year: Int, next: Int)? {
        guard case .cardinal(let hundreds) = lex(i) else { return nil }
        if (11...20).contains(hundreds), case .cardinal(let tens) = lex(i + 1), tens >= 10 {
            var year = hundreds * 100 + tens
            var next = i + 2
            if tens >= 20, tens % 10 == 0, isDash(next), glued(next), case .cardinal(let unit) = lex(next + 1), (1...9).contains(unit) {
                year += unit
                next += 2
            }
            return (year, next)
        }
        if hundreds == 2, isKey(i + 1, .thousand), !isPlural(i + 1) {
            let introduced: Bool = {
                if unit(i - 1) == .year { return true }
                if case .month = lex(i - 1) { return true }
                return [.in_, .since, .of, .until, .by].contains(key(i - 1) ?? .a)
            }()
            guard introduced else { return nil }
            var next = i + 2
            var year = 2000
            if isKey(next, .and) { next += 1 }
            if case .cardinal(let n) = lex(next), n > 0, n < 100 {
                year += n
                next += 1
            } else if isKey(i + 2, .and) {
                next = i + 2
            }
            return (year, next)
        }
        return nil
    }

    /// A standalone year: a four-digit number that reads as a year here and not as a count
    /// ("2,000 troops", "$2024", "2024 people").
    func standaloneYear(_ i: Int) -> (year: Int, next: Int)? {
        guard let (y, next) = yearNumber(i) else { return nil }
        guard (1800...2100).contains(y) || isApostrophe(i) else { return nil }
        // Never part of a larger number: "1,2024", "2024.5", "2024,000".
        if has(i - 1), tokens[i - 1].kind == .punct, glued(i) {
            let v = tokens[i - 1].value
            if v == 0x24 || v == 0x20AC || v == 0xA3 || v == 0x23 || v == 0x2C || v == 0x2E || v == 0x2F || v == 0x3A {
                return nil
            }
        }
        if has(next), glued(next), tokens[next].kind == .punct {
            let v = tokens[next].value
            if v == 0x25 { return nil }  // 2024%
            if (v == 0x2C || v == 0x2E || v == 0x3A || v == 0x2F), number(next + 1) != nil, glued(next + 1) { return nil }
        }
        if has(next), glued(next), tokens[next].kind == .word { return nil }  // "2024s" handled as decade; "2024th"
        if has(i - 1), tokens[i - 1].kind == .number { return nil }
        if let k = key(i - 1), [.about, .around, .nearly, .almost, .some, .over, .under, .than].contains(k),
            has(next), tokens[next].kind == .word, !tokens[next].capitalized, isPlainWord(next)
        {
            return nil  // "some 2000 soldiers"
        }
        if has(next), let u = unit(next), u != .season {
            _ = u
            return nil
        }  // "2000 years"
        // A number after a counting noun ("page 2024", "flight 2025") is not a year.
        if has(i - 1), tokens[i - 1].kind == .word, Grammar.numberNouns.contains(lower(i - 1)) { return nil }
        // A count before a plural noun ("2000 troops", "covers 2025 armored vehicles", "2024
        // people"), unless a preposition or determiner introduces a year ("the 2024 elections").
        if countNounFollows(next), !introducesYear(i - 1) { return nil }
        return (y, next)
    }

    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "police", "personnel", "staff", "troops", "feet", "aircraft", "militia",
    ]

    /// A plural noun follows at `i`, directly or after one adjective.
    func countNounFollows(_ i: Int) -> Bool {
        func pluralNoun(_ j: Int) -> Bool {
            guard has(j), tokens[j].kind == .word, !tokens[j].capitalized, isPlainWord(j) else { return false }
            let w = lower(j)
            if Grammar.irregularPlurals.contains(w) { return true }
            return w.utf8.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
        }
        if pluralNoun(i) { return true }
        guard has(i), tokens[i].kind == .word, !tokens[i].capitalized, unit(i) == nil else { return false }
        if case .key(let k) = lex(i), k != .new, k != .old, k != .full { return false }
        return sameLine(i + 1) && pluralNoun(i + 1)
    }

    /// "the nineties": decade words by their lexicon hash.
    static let decadeWords: [UInt64: Int] = {
        let words = ["twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9]
        return Dictionary(uniqueKeysWithValues: words.map { (Lexicon.hash($0.key), $0.value) })
    }()

    static let numberNouns: Set<String> = [
        "page", "pages", "number", "no", "flight", "route", "room", "paragraph", "article", "section", "item", "line",
        "exit", "model", "unit", "code", "chapter", "volume", "resolution", "highway", "channel", "hull", "pennant",
        "serial", "catalog", "catalogue", "platform", "gate", "lot", "batch", "squad", "division", "regiment", "brigade",
    ]

    /// A preposition, determiner or modifier before a number marks it as a year.
    func introducesYear(_ i: Int) -> Bool {
        guard has(i) else { return true }  // a number opening the text
        if tokens[i].kind == .punct { return tokens[i].value == 0x28 }  // "(2024)"; ", 2000 troops" is a count
        if isKey(i, .s), isApostrophe(i - 1) { return true }  // "Beijing's 2024 budget"
        if let k = key(i) {
            return [
                .in_, .since, .until, .by, .during, .from, .before, .after, .of, .the, .early, .mid, .late, .between,
                .and, .to, .through, .fiscal, .for_, .throughout, .within, .at, .on, .this, .that,
            ].contains(k)
        }
        if ["its", "his", "her", "their", "our", "my", "your"].contains(lower(i)) { return true }
        if case .month = lex(i) { return true }
        if case .season = lex(i) { return true }
        return tokens[i].capitalized
    }

    /// A small quantity: digits, number words ("twenty-five", "a", "several"). `nil` value = vague ("several").
    func quantity(_ i: Int) -> (value: Double?, next: Int)? {
        if let (v, d) = number(i), d <= 6 {
            // "5 1/2"
            if let (num, nd) = number(i + 1), nd == 1, punct(i + 2, 0x2F), glued(i + 2), let (den, _) = number(i + 3), glued(i + 3),
                den > num, den <= 10
            {
                return (Double(v) + Double(num) / Double(den), i + 4)
            }
            // "1.5", "2½" are rare; digits with a comma are handled as larger numbers elsewhere.
            if punct(i + 1, 0x2E), glued(i + 1), let (f, fd) = number(i + 2), glued(i + 2), fd == 1 {
                return (Double(v) + Double(f) / 10, i + 3)
            }
            if punct(i + 1, 0x2C), glued(i + 1), let (_, fd) = number(i + 2), fd == 3 { return nil }
            return (Double(v), i + 1)
        }
        switch lex(i) {
        case .cardinal(let v):
            // "twenty-five", "twenty five"
            if v >= 20 && v % 10 == 0 {
                var j = i + 1
                if isDash(j) && glued(j) { j += 1 }
                if case .cardinal(let u) = lex(j), u > 0 && u < 10 { return (Double(v + u), j + 1) }
            }
            if isKey(i + 1, .and), isKey(i + 2, .a), isKey(i + 3, .half) { return (Double(v) + 0.5, i + 4) }
            return (Double(v), i + 1)
        case .key(let k):
            switch k {
            case .a, .an:
                if isKey(i + 1, .few) { return (nil, i + 2) }
                if isKey(i + 1, .couple) { return (2, isKey(i + 2, .of) ? i + 3 : i + 2) }
                if isKey(i + 1, .dozen) { return (12, i + 2) }
                if isKey(i + 1, .hundred) { return (100, i + 2) }
                if isKey(i + 1, .half) { return nil }
                return (1, i + 1)
            case .several, .few, .many, .numerous: return (nil, i + 1)
            case .another:
                // "extended the arrangement for another decade", "another two years"
                if let (v, next) = quantity(i + 1), v != nil, !isKey(i + 1, .a), !isKey(i + 1, .an) { return (v, next) }
                return unit(i + 1) != nil && !isPlural(i + 1) ? (1, i + 1) : nil
            case .couple: return (2, isKey(i + 1, .of) ? i + 2 : i + 1)
            case .dozen: return (12, i + 1)
            case .half:
                if isKey(i + 1, .a) || isKey(i + 1, .an) { return (0.5, i + 2) }
                return nil
            default: return nil
            }
        default: return nil
        }
    }

    // MARK: - entry point

    /// Whether an expression can start at token `i`: the scan's cheap filter, so the rules run
    /// only where they could match. Function words run them only when a temporal word follows.
    @inline(__always) func mayStart(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .number: return true
        case .punct: return isApostrophe(i)
        case .word:
            switch t.lexeme {
            case .none: return false
            case .key(let k):
                switch startClass[Int(k.rawValue)] & 3 {
                case 1: return true
                case 2: return temporalAhead(i)
                default: return false
                }
            default: return true
            }
        }
    }

    /// One of the next three tokens is a number or a temporal word ("near" only in "near
    /// future" or "near term").
    func temporalAhead(_ i: Int) -> Bool {
        var j = i + 1
        while j <= i + 3 && j < tokens.count {
            let t = tokens[j]
            if t.newlineBefore { return false }
            switch t.lexeme {
            case .month, .weekday, .season, .unit, .holiday, .partOfDay, .ordinal, .cardinal: return true
            case .key(.near):
                // Only "the near future", "the near term": "near the border" is a place.
                if isKey(j + 1, .future) || isKey(j + 1, .term) { return true }
            case .key(let k): if startClass[Int(k.rawValue)] & 3 == 1 || startClass[Int(k.rawValue)] & 4 != 0 { return true }
            case .none: if t.kind == .number { return true }
            }
            j += 1
        }
        return false
    }

    static let temporalNouns: Set<Keyword> = [
        .past, .future, .present, .moment, .end, .beginning, .start, .middle, .close, .turn, .dawn, .same, .previous,
        .following, .next, .last, .weekend, .fortnight, .half, .few, .several, .couple, .dozen, .hundred, .least, .s,
        .decadeWord, .foreseeable, .term, .recent_,
    ]

    /// Per keyword, in the low two bits: 0 never starts an expression, 1 may start one, 2 may
    /// when a temporal word follows; bit 2 marks the ``temporalNouns``.
    static let startClassTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        let always: [Keyword] = [
            .today, .yesterday, .tomorrow, .tonight, .now, .currently, .current, .recently, .lately, .nowadays, .daily,
            .weekly, .monthly, .annually, .hourly, .nightly, .biweekly, .biennially, .noon, .midnight, .fiscal, .fy, .q, .h, .recent,
            .mid, .once, .twice, .every, .each, .luther, .overnight,
        ]
        let ifTemporal: [Keyword] = [
            .the, .a, .an, .this, .that, .these, .last, .next, .past, .previous, .prior, .coming, .following, .upcoming,
            .early, .late, .earlier, .later, .about, .around, .nearly, .almost, .roughly, .approximately, .some, .more,
            .over, .under, .less, .at, .up, .several, .few, .many, .couple, .dozen, .half, .numerous, .new, .memorial,
            .independence, .labor, .labour, .veterans, .anzac, .golden, .victory, .valentine, .boxing, .good, .election,
            .australia, .canada, .bastille, .remembrance,
            .presidents, .columbus, .start, .end, .beginning, .middle, .another,
        ]
        for k in always { table[Int(k.rawValue)] = 1 }
        for k in ifTemporal { table[Int(k.rawValue)] = 2 }
        for k in temporalNouns { table[Int(k.rawValue)] |= 4 }
        return table
    }()

    /// The longest expression starting at token `i`, or nil.
    func match(at i: Int) -> Mention? {
        guard has(i) else { return nil }
        var best: Mention?
        var bestEnd = Int.min
        @inline(__always) func consider(_ m: consuming Mention?) {
            if let m, m.end > m.first, m.end > bestEnd {
                bestEnd = m.end
                best = m
            }
        }
        let t = tokens[i]
        switch t.kind {
        case .punct:
            if isApostrophe(i) {
                consider(decade(i))
                consider(yearExpression(i))
            }
            return best
        case .number:
            // Each rule reads numbers of certain lengths only: days, clock hours and centuries
            // have at most two digits, years and decades four, quantities at most six. (The
            // order is kept: the first of equally long matches wins.)
            let digits = t.digits
            consider(numericDate(i))
            if digits <= 2 {
                consider(dayMonth(i))
                consider(conjoinedDay(i))
                consider(dayBeforeConjoined(i))
            }
            if digits == 1 { consider(numberedPart(i)) }
            if digits == 4 {
                // (A clock first: it is as long as a year only as the first of a pair of
                // times, "from 1800 to 2200 GMT".)
                consider(clockTime(i))
                consider(yearExpression(i))
                consider(decade(i))
            }
            if digits == 6 { consider(dateTimeGroup(i)) }
            if digits <= 6 { consider(durationOrAgo(i)) }
            if digits <= 2 { consider(clockTime(i)) }
            if digits <= 6 { consider(setFrequency(i)) }
            if digits <= 2, let (c, end) = centuryCore(i) {
                consider(Mention(first: i, end: end, type: .date, meaning: .calendar(DateFields(century: c))))
            }
        case .word:
            if t.lexeme == .none {
                // Only a few non-lexicon words open an expression: "Q3", "FY2024", "H1".
                return nil
            }
            // Rules whose first word is one kind of word run only at that kind (the order is
            // kept: the first of equally long matches wins).
            var isMonth = false
            var isWeekday = false
            var isCardinal = false
            switch t.lexeme {
            case .month: isMonth = true
            case .weekday: isWeekday = true
            case .cardinal: isCardinal = true
            default: break
            }
            if isMonth || isWeekday || season(i) != nil, let m = conjoinedSet(i) { return m }
            let k = key(i)
            let isThe = k == .the
            if isThe || k == .early || k == .late || k == .mid { consider(modified(i)) }
            consider(approximate(i))
            if isMonth || isWeekday { consider(monthDate(i)) }
            if isThe || isWeekday { consider(dayMonth(i)) }
            if isThe { consider(dayBeforeConjoined(i)) }
            if isMonth { consider(monthYear(i)) }
            consider(seasonExpression(i))
            consider(quarterExpression(i))
            if case .unit(.year) = t.lexeme { consider(yearEnd(i)) }
            if k == .mid { consider(midPartOfDay(i)) }
            consider(relativeWord(i))
            consider(deictic(i))
            consider(anaphora(i))
            consider(durationOrAgo(i))
            consider(setFrequency(i))
            if isWeekday { consider(weekdayAlone(i)) }
            consider(holidayExpression(i))
            if isThe {
                consider(decade(i))
                consider(century(i))
            }
            if k == .noon || k == .midnight { consider(clockTime(i)) }
            if k == .fiscal || k == .fy || isCardinal {
                consider(yearExpression(i))
            }
            consider(financialPeriod(i))
            if !isThe, unit(i) == .week {
                consider(weekCommencing(i))
                consider(numberedWeek(i))
            }
            if isThe {
                consider(determinedDuration(i))
                consider(theYear(i))
                consider(weekend(i))
                consider(weekOf(i))
                consider(nthWeekOfMonth(i))
                consider(nthWeekdayOfMonth(i))
                consider(dayOfRelativeMonth(i))
                consider(dayOfMonthAlone(i))
            }
            if case .ordinal = lex(i), let (c, end) = centuryCore(i) {
                consider(Mention(first: i, end: end, type: .date, meaning: .calendar(DateFields(century: c))))
            }
        }
        guard var b = best else { return nil }
        // "the next year or so": approximately that.
        if isKey(b.end, .or), isWord(b.end + 1, "so"), clauseEnds(b.end + 2) || !isWord(b.end + 2, "that") {
            b.end += 2
            if b.mod == nil { b.mod = .approx }
        }
        // "this past spring", "this past weekend": "this" belongs to it.
        if isKey(b.first, .past), isKey(b.first - 1, .this) { b.first -= 1 }
        return rangeExtension(b)
    }

    // MARK: - ranges

    /// Extends a match into a range: "2013-2014", "March-May 2024", "January 30-31",
    /// "from 2013 to 2014" (the "from" stays outside, as a signal).
    func rangeExtension(_ m: Mention) -> Mention {
        var extended = rangeExtensionCore(m)
        if extended.end > m.end, case .range = extended.meaning { extended.connector = m.end }
        return extended
    }

    private func rangeExtensionCore(_ m: Mention) -> Mention {
        var j = m.end
        let dash = isDash(j) && sameLine(j)
        let to = (isKey(j, .to) || isKey(j, .through) || isKey(j, .until) || isKey(j, .and)) && sameLine(j)
        guard dash || to else { return m }
        // Only "between X and Y" or "from X to Y" may use "and"/"to"; a dash always may.
        if isKey(j, .and) && !isKey(m.first - 1, .between) { return m }
        if (isKey(j, .to) || isKey(j, .through) || isKey(j, .until)) && !isKey(m.first - 1, .from)
            && !isKey(m.first - 1, .between)
        {
            // "March to May 2024" is still a range when both sides are calendar names.
            if case .calendar(let f) = m.meaning, f.month != nil, f.day == nil, month(j + 1) != nil {
            } else {
                return m
            }
        }
        j += 1
        guard case .calendar(let a) = m.meaning, m.type == .date else { return m }
        // Year-year: "2013-2014", "2013–14".
        if a.year != nil && a.month == nil && a.season == nil && a.quarter == nil && a.decade == nil {
            if let (y, next) = yearNumber(j), y > a.year! {
                return Mention(first: m.first, end: next, type: .date, meaning: .range(m.meaning, .calendar(DateFields(year: y))), mod: nil)
            }
            if dash, let (v, d) = number(j), d == 2, glued(j), v > a.year! % 100 {
                let y = a.year! / 100 * 100 + v
                return Mention(first: m.first, end: j + 1, type: .date, meaning: .range(m.meaning, .calendar(DateFields(year: y))), mod: nil)
            }
        }
        // Day-day within a month: "January 30-31", "January 30 to February 2".
        if a.month != nil, a.day != nil {
            if let (d, next) = dayNumber(j), d > a.day!, month(next) == nil {
                var b = a
                b.day = d
                b.weekday = nil
                var end = next
                if a.year == nil, punct(end, 0x2C), let (y, n2) = yearNumber(end + 1) {
                    b.year = y
                    end = n2
                    var a2 = a
                    a2.year = y
                    return Mention(first: m.first, end: end, type: .date, meaning: .range(.calendar(a2), .calendar(b)), mod: nil)
                }
                if a.year == nil, let (y, n2) = yearNumber(end) {
                    b.year = y
                    var a2 = a
                    a2.year = y
                    return Mention(first: m.first, end: n2, type: .date, meaning: .range(.calendar(a2), .calendar(b)), mod: nil)
                }
                return Mention(first: m.first, end: end, type: .date, meaning: .range(m.meaning, .calendar(b)), mod: nil)
            }
            if let other = monthDate(j) ?? dayMonth(j), case .calendar(var b) = other.meaning, b.month != nil, b.day != nil {
                var a2 = a
                // "from Dec. 20 to Jan. 5, 2025": the first day is in the year before.
                if a2.year == nil, let y = b.year { a2.year = (a.month!, a.day!) > (b.month!, b.day!) ? y - 1 : y }
                // "from Dec. 20, 2024 to Jan. 5": the second day is in the year after.
                if b.year == nil, let y = a2.year { b.year = (b.month!, b.day!) < (a.month!, a.day!) ? y + 1 : y }
                if b.year == nil { b.year = a2.year }
                return Mention(first: m.first, end: other.end, type: .date, meaning: .range(.calendar(a2), .calendar(b)), mod: nil)
            }
            // "from Oct. 23 to Nov. 1 last year": both days in that year (the first in the year
            // before when it falls later in the calendar).
            if a.year == nil, let other = monthDate(j) ?? dayMonth(j), case .inYear(let b, let offset) = other.meaning, let bm = b.month,
                let bd = b.day
            {
                var a2 = a
                a2.weekday = nil
                let before = (a.month!, a.day!) > (bm, bd)
                return Mention(
                    first: m.first, end: other.end, type: .date, meaning: .range(.inYear(a2, offset: before ? offset - 1 : offset), other.meaning),
                    mod: nil)
            }
        }
        // Month-month: "March-May 2024", "from March to May".
        if let am = a.month, a.day == nil {
            if let (bm, next) = monthName(j) {
                var b = DateFields(year: a.year, month: bm)
                var end = next
                var a2 = a
                if punct(end, 0x2C) && yearNumber(end + 1) != nil { end += 1 }
                if let (y, n2) = yearNumber(end) {
                    b.year = y
                    if a.year == nil { a2.year = bm >= am ? y : y - 1 }
                    end = n2
                } else if b.year == nil && a.year == nil {
                    end = next
                } else if let ay = a.year, b.year == ay, bm < am {
                    b.year = ay + 1
                }
                return Mention(first: m.first, end: end, type: .date, meaning: .range(.calendar(a2), .calendar(b)), mod: nil)
            }
        }
        // Decade-decade, season-season and the like: accept any calendar expression after.
        if let other = match(at: j), other.type == .date, case .calendar = other.meaning, dash || to {
            return Mention(first: m.first, end: other.end, type: .date, meaning: .range(m.meaning, other.meaning), mod: nil)
        }
        return m
    }

    // MARK: - numeric dates

    /// "2025-01-30", "2025/01/30", "01/30/2025", "30.01.2025", "2025-01".
    func numericDate(_ i: Int) -> Mention? {
        guard let (a, ad) = number(i) else { return nil }
        let sep = has(i + 1) && glued(i + 1) && tokens[i + 1].kind == .punct ? tokens[i + 1].value : 0
        guard sep == 0x2D || sep == 0x2F || sep == 0x2E, let (b, bd) = number(i + 2), glued(i + 2) else { return nil }
        let hasThird = punct(i + 3, sep) && glued(i + 3) && number(i + 4) != nil && glued(i + 4)
        if ad == 4 {
            if hasThird, let (c, cd) = number(i + 4), bd <= 2, cd <= 2, CalendarDay(year: a, month: b, day: c) != nil {
                if let t = isoTime(i + 5) {
                    return Mention(first: i, end: t.next, type: .time, meaning: .calendar(DateFields(year: a, month: b, day: c, time: t.time)))
                }
                // ("2026/01/08 17:42 JST": a stamp's clock time is the date's.)
                return withClock(Mention(first: i, end: i + 5, type: .date, meaning: .calendar(DateFields(year: a, month: b, day: c))))
            }
            if sep == 0x2D, bd == 2, (1...12).contains(b), !hasThird, b <= a % 100 || a % 100 > 12 || b == 0 {
                // "2024-12" (a month), unless it reads as a year range "2010-11" (b > a % 100).
                if b > a % 100 { return nil }
                return Mention(first: i, end: i + 3, type: .date, meaning: .calendar(DateFields(year: a, month: b)))
            }
            return nil
        }
        guard hasThird, ad <= 2, bd <= 2, let (c, cd) = number(i + 4), cd == 4 || cd == 2 else { return nil }
        let year = cd == 4 ? c : (c >= 30 ? 1900 + c : 2000 + c)
        // Slashes read month/day (US news); dots read day.month (European); first > 12 is a day.
        var (m, d) = sep == 0x2E ? (b, a) : (a, b)
        if m > 12 { swap(&m, &d) }
        guard CalendarDay(year: year, month: m, day: d) != nil else { return nil }
        return withClock(Mention(first: i, end: i + 5, type: .date, meaning: .calendar(DateFields(year: year, month: m, day: d))))
    }

    /// "T14:30" after an ISO date.
    func isoTime(_ i: Int) -> (time: String, next: Int)? {
        guard has(i), glued(i), tokens[i].kind == .word || tokens[i].kind == .number else { return nil }
        // The tokenizer splits "T14" into "T" + "14".
        guard tokens[i].kind == .word, wordLength(i) == 1, bytes[tokens[i].start] | 0x20 == UInt8(ascii: "t"),
            let (h, hd) = number(i + 1), glued(i + 1), hd == 2, h < 24, punct(i + 2, 0x3A), let (mi, md) = number(i + 3), md == 2,
            mi < 60
        else { return nil }
        return ("\(CalendarDay.pad(h, 2)):\(CalendarDay.pad(mi, 2))", i + 4)
    }

    // MARK: - month-day dates

    /// "[Thursday,] January 30[th][,] [2025]", "Jan. 30", "January 30 at 10 a.m.".
    func monthDate(_ i: Int) -> Mention? {
        var j = i
        var weekday: Int?
        if let (w, next) = weekdayName(j) {
            weekday = w
            j = next
            if punct(j, 0x2C) { j += 1 }
        }
        guard let (m, afterMonth0) = monthName(j), sameLine(afterMonth0) else { return nil }
        // "January the 30th": "the" before a day written as an ordinal.
        var afterMonth = afterMonth0
        if isKey(afterMonth, .the), let (_, after) = dayNumber(afterMonth + 1), after == afterMonth + 3,
            !(has(after) && tokens[after].kind == .word && (tokens[after].capitalized || isPlainWord(after)))
        {
            afterMonth += 1  // (not "In January the 30th anniversary was marked")
        }
        guard let (d, afterDay) = dayNumber(afterMonth), number(afterMonth)!.digits <= 2 else { return nil }
        // "May 2" is fine; "May 2024" is month-year (dayNumber rejects 4 digits); "March 10,000
        // people" and "March 10%" are not days.
        if glued(afterDay), tokens.indices.contains(afterDay), tokens[afterDay].kind == .number { return nil }
        if numberGoesOn(afterDay) { return nil }
        var fields = DateFields(month: m, day: d, weekday: weekday)
        var end = afterDay
        if let (y, next) = yearAfterDay(end) {
            fields.year = y
            end = next
        }
        guard CalendarDay(year: fields.year ?? 2024, month: m, day: d) != nil else { return nil }
        // "signed on August 30 of that year", "on May 9 the same year": the day in the year of
        // the date mentioned before.
        if fields.year == nil, weekday == nil, let next = mentionedYearPhrase(end) {
            return Mention(first: i, end: next, type: .date, meaning: .inMentionedYear(fields))
        }
        // "on Aug. 26 last year", "on March 3 this year"
        if fields.year == nil, weekday == nil, let (offset, next) = yearOffsetPhrase(end) {
            return Mention(first: i, end: next, type: .date, meaning: .inYear(fields, offset: offset))
        }
        return withClock(Mention(first: i, end: end, type: .date, meaning: .calendar(fields), hasWeekday: weekday != nil))
    }

    /// "of that year", "of that same year", "of the same year", "that year", "the same year"
    /// at `k`: the token after it.
    func mentionedYearPhrase(_ k: Int) -> Int? {
        var k = k
        if isKey(k, .of) { k += 1 }
        let year = isKey(k, .that) ? (isKey(k + 1, .same) ? k + 2 : k + 1) : isKey(k, .the) && isKey(k + 1, .same) ? k + 2 : nil
        guard let y = year, unit(y) == .year, !isPlural(y) else { return nil }
        return y + 1
    }

    /// The year written after a day, with or without a comma: "January 30, 2025",
    /// "30 January 2025", "the first Sunday of October, 2024".
    func yearAfterDay(_ i: Int) -> (year: Int, next: Int)? {
        if punct(i, 0x2C), let (y, next) = yearNumber(i + 1), sameLine(i + 1) { return (y, next) }
        if let (y, next) = yearNumber(i), sameLine(i) { return (y, next) }
        return nil
    }

    /// The second day of "Jan. 30 and 31" (or "or"): a day of the month just named.
    func conjoinedDay(_ i: Int) -> Mention? {
        guard isKey(i - 1, .and) || isKey(i - 1, .or), let (d, afterDay) = dayNumber(i) else { return nil }
        // The day before the conjunction ends a month-day: "Jan. 30", "January 30th".
        var first = i - 2
        if isKey(first, .th) || isKey(first, .st) || isKey(first, .nd) || isKey(first, .rd) { first -= 1 }
        guard has(first), tokens[first].kind == .number, let (d0, end0) = dayNumber(first), end0 == i - 1, d0 < d else { return nil }
        var month: Int?
        for k in [first - 1, first - 2] where k >= 0 {
            if let (m, next) = monthName(k), next == first { month = m }
        }
        // "On the 8th and 9th": the second of two days of the month alone, in the first one's
        // month ("the 8th and 9th of this month": in that month); not "the 8th and 9th floors".
        if month == nil, first < i - 2, isKey(first - 1, .the), afterDay == i + 2 {
            if let (offset, end) = relativeMonthPhrase(afterDay) {
                return Mention(first: i, end: end, type: .date, meaning: .dayOfMonthIn(d, monthOffset: offset))
            }
            // (Not "The 1st and 2nd Battalions will deploy": after a preposition, and before no
            // name.)
            if let p = key(first - 2), p == .on || p == .by || p == .until || p == .since || p == .from,
                !(has(afterDay) && tokens[afterDay].kind == .word && !tokens[afterDay].newlineBefore
                    && (tokens[afterDay].capitalized || !Grammar.afterDayAlone.contains(lower(afterDay))))
            {
                return Mention(first: i, end: afterDay, type: .date, meaning: .dayOfMonth(d))
            }
        }
        guard let m = month, CalendarDay(year: 2024, month: m, day: d) != nil else { return nil }
        // Not a count or the start of another date: "Jan. 30 and 31 troops", "and 31 March".
        if monthName(afterDay) != nil || unit(afterDay) != nil || countNounFollows(afterDay) || numberGoesOn(afterDay) { return nil }
        // "Jan. 30 and 31 other people", "Oct. 7 and 8 Israeli hostages": a count.
        if isKey(afterDay, .other) || isKey(afterDay, .more) || isWord(afterDay, "additional") { return nil }
        if has(afterDay), tokens[afterDay].kind == .word, tokens[afterDay].capitalized, !tokens[afterDay].newlineBefore { return nil }
        if glued(afterDay), has(afterDay), tokens[afterDay].kind != .punct { return nil }
        var fields = DateFields(month: m, day: d)
        var end = afterDay
        if let (y, next) = yearAfterDay(end) {
            fields.year = y
            end = next
        }
        if fields.year != nil { return Mention(first: i, end: end, type: .date, meaning: .calendar(fields)) }
        // Without a year, the year of the day just before it ("met on March 3 or 4").
        return Mention(first: i, end: end, type: .date, meaning: .nearMentioned(fields, direction: 0))
    }

    /// "[Thursday,] 30 January[,] 2025", "the 30th of January", "30 Jan".
    func dayMonth(_ i: Int) -> Mention? {
        var j = i
        var weekday: Int?
        if let (w, next) = weekdayName(j) {
            weekday = w
            j = next
            if punct(j, 0x2C) { j += 1 }
        }
        let first = i
        var hasThe = false
        if isKey(j, .the) {
            hasThe = true
            j += 1
        }
        guard let (d, afterDay0) = dayNumber(j) else { return nil }
        var afterDay = afterDay0
        // "30-31 January 2025", "2 to 5 March 2025", "9–11 July 2024": a range of days.
        var lastDay: Int?
        if isDash(afterDay) || isKey(afterDay, .to) || isKey(afterDay, .and) && isKey(i - 1, .between),
            let (d2, after2) = dayNumber(afterDay + 1), d2 > d, monthName(after2) != nil
        {
            lastDay = d2
            afterDay = after2
        }
        var k = afterDay
        let ordinalSuffix = afterDay - j == 2
        if isKey(k, .of) {
            guard ordinalSuffix || hasThe else { return nil }
            k += 1
        } else if hasThe && !ordinalSuffix {
            return nil
        }
        guard let (m, afterMonth) = monthName(k), sameLine(k) else { return nil }
        var fields = DateFields(month: m, day: d, weekday: weekday)
        var end = afterMonth
        if punct(end, 0x2C), let (y, next) = yearNumber(end + 1) {
            fields.year = y
            end = next
        } else if let (y, next) = yearNumber(end) {
            fields.year = y
            end = next
        }
        guard CalendarDay(year: fields.year ?? 2024, month: m, day: d) != nil else { return nil }
        if let lastDay {
            var other = fields
            other.day = lastDay
            other.weekday = nil
            guard CalendarDay(year: fields.year ?? 2024, month: m, day: lastDay) != nil else { return nil }
            var range = Mention(first: first, end: end, type: .date, meaning: .range(.calendar(fields), .calendar(other)))
            range.connector = afterDay0
            return range
        }
        if fields.year == nil, weekday == nil, let (offset, next) = yearOffsetPhrase(end) {
            return Mention(first: first, end: next, type: .date, meaning: .inYear(fields, offset: offset))  // "26 August last year"
        }
        if fields.year == nil, weekday == nil, let next = mentionedYearPhrase(end) {
            return Mention(first: first, end: next, type: .date, meaning: .inMentionedYear(fields))  // "30 August of that year"
        }
        return withClock(Mention(first: first, end: end, type: .date, meaning: .calendar(fields), hasWeekday: weekday != nil))
    }

    /// "last year", "this year", "next year" at `k`: the year's offset from the reference, and
    /// the token after it.
    /// ("December of last year", "March of next year" too; and after "of", "the year before
    /// last" and "the year after next": "in December of the year before last".)
    func yearOffsetPhrase(_ k: Int) -> (offset: Int, next: Int)? {
        let of = isKey(k, .of)
        let k = of ? k + 1 : k
        if let key = key(k), key == .last || key == .this || key == .next, unit(k + 1) == .year, !isPlural(k + 1) {
            return (key == .last ? -1 : key == .next ? 1 : 0, k + 2)
        }
        // ("at the end of October the year before last": after a month, without "of" too.)
        if of || month(k - 1) != nil, isKey(k, .the), unit(k + 1) == .year, !isPlural(k + 1) {
            if isWord(k + 2, "before"), isKey(k + 3, .last) { return (-2, k + 4) }
            if isWord(k + 2, "after"), isKey(k + 3, .next) { return (2, k + 4) }
        }
        return nil
    }

    /// Attaches a following clock time: "January 30 at 10 a.m." stays one TIME.
    func withClock(_ m: Mention) -> Mention {
        var j = m.end
        // (Not across a line break unless "at" or a comma says so: "on March 3 at" / "9 a.m."
        // in a wrapped paragraph is one time; "Monday, March 9" over "9:00 Opening remarks"
        // is not.)
        if has(j), tokens[j].newlineBefore { return m }
        if isKey(j, .at) || punct(j, 0x2C) { j += 1 }
        // (Not across a paragraph: "March 3" over a chronology's "6:40 a.m. - ..." entry.)
        guard !opensParagraph(j), let c = clockTime(j), case .clock(nil, let time) = c.meaning else { return m }
        return Mention(first: m.first, end: c.end, type: .time, meaning: .clock(m.meaning, time), hasWeekday: m.hasWeekday)
    }

    // MARK: - months, years, decades, centuries

    /// "December 2024", "December of 2024", "December" (alone only where it cannot be a verb).
    func monthYear(_ i: Int) -> Mention? {
        guard let (m, next) = monthName(i) else { return nil }
        // "the annual March for Life", "the March of the Mothers": a name, not a month.
        if isKey(next, .of) || isKey(next, .for_), isKey(i - 1, .the) || isWord(i - 1, "annual") { return nil }
        // "June last year", "January this year", "May next year": the month of that year.
        if let (offset, end) = yearOffsetPhrase(next) {
            return Mention(first: i, end: end, type: .date, meaning: .inYear(DateFields(month: m), offset: offset))
        }
        // "March of that year", "May of the same year", "June that year": the month in the
        // year of the date mentioned before.
        if let end = mentionedYearPhrase(next) {
            return Mention(first: i, end: end, type: .date, meaning: .inMentionedYear(DateFields(month: m)))
        }
        // "The new sites were named that April": the same ("said that April would be hard" has
        // a verb after it).
        if isKey(i - 1, .that),
            !(has(next) && tokens[next].kind == .word && key(next).map { [.was, .will, .would, .had, .has].contains($0) } ?? false),
            !isWord(next, "is"), !(has(next) && tokens[next].kind == .number)
        {
            return Mention(first: i - 1, end: next, type: .date, meaning: .thatMonth(m))
        }
        // "March eighth", "March the eighth"
        var o = next
        if isKey(o, .the) { o += 1 }
        if case .ordinal(let d) = lex(o), d <= 31 {
            var day = d
            var end = o + 1
            if case .cardinal(20) = lex(o), isDash(o + 1), case .ordinal(let u) = lex(o + 2), u < 10 {
                day = 20 + u
                end = o + 3
            }
            if CalendarDay(year: 2024, month: m, day: day) != nil {
                var fields = DateFields(month: m, day: day)
                if punct(end, 0x2C), let (y, after) = yearNumber(end + 1) {
                    fields.year = y
                    end = after
                } else if let (y, after) = yearNumber(end) {
                    fields.year = y
                    end = after
                }
                return Mention(first: i, end: end, type: .date, meaning: .calendar(fields))
            }
        }
        var j = next
        if isKey(j, .of) || punct(j, 0x2C) { j += 1 }
        if let (y, after) = yearNumber(j), sameLine(j), number(j)?.digits != 2 || isApostrophe(j) {
            return Mention(first: i, end: after, type: .date, meaning: .calendar(DateFields(year: y, month: m)))
        }
        // A month alone. "May" needs a temporal preposition or modifier before it.
        if m == 5 || wordLength(i) <= 3 {
            let prev = key(i - 1)
            let ok: Bool = {
                guard let prev else { return false }
                // "in April and May", "from April to May": a month after a month and a conjunction.
                if prev == .and || prev == .or || prev == .to, month(i - 2) != nil, tokens[i].capitalized, unit(i + 1) != .day { return true }
                return [
                    .in_, .since, .until, .by, .during, .early, .mid, .late, .last, .next, .this, .of, .from, .through,
                    .between, .before, .after, .end, .beginning, .until,
                ].contains(prev)
            }()
            if !ok { return nil }
            if m == 5, has(next), tokens[next].kind == .word, !tokens[next].capitalized, isPlainWord(next),
                !isKey(i - 1, .in_) && !isKey(i - 1, .since) && !isKey(i - 1, .until)
            {
                return nil  // "may be"
            }
        }
        // "the 1st of May" is handled by dayMonth; "March 2" by monthDate.
        if m == 5 && isKey(i - 1, .in_) == false && key(i - 1) == nil { return nil }
        return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(month: m)))
    }

    /// A year and its ranges: "2024", "fiscal 2024", "FY2024", "'98".
    func yearExpression(_ i: Int) -> Mention? {
        if isKey(i, .fiscal), let (y, next) = standaloneYear(i + 1) {
            return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: y)))
        }
        // "fiscal year 2025"
        if isKey(i, .fiscal), unit(i + 1) == .year, !isPlural(i + 1), let (y, next) = yearNumber(i + 2) {
            return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: y)))
        }
        if isKey(i, .fy), let (y, d) = number(i + 1), glued(i + 1) || d == 4 {
            let year = d == 4 ? y : (d == 2 ? 2000 + y : 0)
            guard (1900...2100).contains(year) else { return nil }
            return Mention(first: i, end: i + 2, type: .date, meaning: .calendar(DateFields(year: year)))
        }
        if isApostrophe(i) {
            // "'98" only after a preposition or as "the '90s" (decade).
            guard let k = key(i - 1), [.in_, .since, .of, .until, .by, .from, .during, .the].contains(k),
                let (y, next) = yearNumber(i), !(glued(next) && isKey(next, .s))
            else { return nil }
            return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: y)))
        }
        guard let (y, next) = standaloneYear(i) else {
            // "2013/14", "2013/2014": a fiscal or academic year written with a slash (the second
            // year the next one, so "2024/25" is not a fraction).
            if let (y, d) = number(i), d == 4, (1800...2100).contains(y),
                !(glued(i) && has(i - 1) && (tokens[i - 1].kind != .punct || [0x24, 0x2C, 0x2E, 0x2F, 0x3A, 0x23].contains(tokens[i - 1].value))),
                !(has(i - 1) && tokens[i - 1].kind == .word && (Grammar.numberNouns.contains(lower(i - 1)) || isWord(i - 1, "directive"))),
                punct(i + 1, 0x2F), glued(i + 1), glued(i + 2), let (v, vd) = number(i + 2),
                (vd == 2 && v == (y + 1) % 100) || (vd == 4 && v == y + 1),
                !(has(i + 3) && glued(i + 3) && (tokens[i + 3].kind != .punct || punct(i + 3, 0x2F) || punct(i + 3, 0x2D))),
                !isWord(i + 3, "percent"), !countNounFollows(i + 3)
            {
                return Mention(
                    first: i, end: i + 3, type: .date,
                    meaning: .range(.calendar(DateFields(year: y)), .calendar(DateFields(year: y + 1))), connector: i + 1)
            }
            return nil
        }
        return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: y)))
    }

    /// "the 1990s", "1990s", "the '90s", "the nineties", "the mid-1990s" (via ``modified(_:)``).
    func decade(_ i: Int) -> Mention? {
        var j = i
        let hasThe = isKey(j, .the)
        if hasThe { j += 1 }
        if let (v, d) = number(j), d == 4, v % 10 == 0, (1000...2190).contains(v) {
            var k = j + 1
            if isApostrophe(k), glued(k) { k += 1 }
            guard glued(k), isKey(k, .s) else { return nil }
            return Mention(first: i, end: k + 1, type: .date, meaning: .calendar(DateFields(decade: v / 10)))
        }
        if isApostrophe(j), let (v, d) = number(j + 1), d == 2, v % 10 == 0, glued(j + 1), glued(j + 2), isKey(j + 2, .s) {
            let dec = v >= 30 ? 190 + v / 10 : 200 + v / 10
            return Mention(first: i, end: j + 3, type: .date, meaning: .calendar(DateFields(decade: dec)))
        }
        if hasThe, has(j), tokens[j].kind == .word {
            if wordLength(j) >= 7, let d = Grammar.decadeWords[wordHash(j)] {
                return Mention(first: i, end: j + 1, type: .date, meaning: .calendar(DateFields(decade: 190 + d)))
            }
        }
        return nil
    }

    /// "the 20th century", "the twenty-first century", "the 1900s" stays a decade.
    func century(_ i: Int) -> Mention? {
        guard isKey(i, .the), let (c, end) = centuryCore(i + 1) else { return nil }
        return Mention(first: i, end: end, type: .date, meaning: .calendar(DateFields(century: c)))
    }

    /// "20th century", "twentieth century", "twenty-first century": the century's first two digits.
    func centuryCore(_ start: Int) -> (Int, Int)? {
        var j = start
        var n: Int?
        if let (v, d) = number(j), d <= 2, glued(j + 1), let k = key(j + 1), [.th, .st, .nd, .rd].contains(k) {
            n = v
            j += 2
        } else if case .ordinal(let o) = lex(j) {
            n = o
            j += 1
        } else if case .cardinal(20) = lex(j), isDash(j + 1), case .ordinal(let o) = lex(j + 2) {
            n = 20 + o
            j += 3
        }
        guard let c = n, (1...30).contains(c), unit(j) == .century, !isPlural(j) else { return nil }
        return (c - 1, j + 1)
    }

    /// "on the 12th", "by the 3rd": a day of the month without its month, after *on, by,
    /// until, since* and before the end of the clause or a word such as "and", "after", "when"
    /// ("on the 12th floor" is a floor; "the 12th of March" is another rule's).
    func dayOfMonthAlone(_ i: Int) -> Mention? {
        // ("took part in the exercise off Guam from the 20th")
        guard let p = key(i - 1), p == .on || p == .by || p == .until || p == .since || p == .from, let (v, next) = ordinalDay(i + 1) else {
            return nil
        }
        if has(next), tokens[next].kind == .word, !Grammar.afterDayAlone.contains(lower(next)) { return nil }
        // ("on the 8th and 9th floors", "expanded from the 16th to the 18th century", "fell from
        // the 5th to the 9th place": ordinals of a noun.)
        if isKey(next, .and) || isKey(next, .or) || isKey(next, .to), let (_, after) = ordinalDay(isKey(next + 1, .the) ? next + 2 : next + 1),
            has(after), tokens[after].kind == .word, !tokens[after].capitalized, !Grammar.afterDayAlone.contains(lower(after)),
            relativeMonthPhrase(after) == nil
        {
            return nil
        }
        return Mention(first: i, end: next, type: .date, meaning: .dayOfMonth(v))
    }

    /// A day of the month written as an ordinal at `j` ("8th", "31st"): the day and the token
    /// after it.
    func ordinalDay(_ j: Int) -> (day: Int, next: Int)? {
        guard let (v, d) = number(j), d <= 2, (1...31).contains(v), glued(j + 1), let k = key(j + 1), k == .th || k == .st || k == .nd || k == .rd
        else { return nil }
        return (v, j + 2)
    }

    /// "the 31st of last month", "the 29th of next month", "the 14th to the 24th of this
    /// month", "the 8th and 9th of this month" (at "the"): days of a month counted from the
    /// publication's.
    func dayOfRelativeMonth(_ i: Int) -> Mention? {
        // (Each day with its "the" or without.)
        func ordinalDay(_ j: Int) -> (day: Int, next: Int)? { self.ordinalDay(isKey(j, .the) ? j + 1 : j) }
        let monthOffset = relativeMonthPhrase
        guard isKey(i, .the), let (a, afterA) = ordinalDay(i) else { return nil }
        if let (offset, end) = monthOffset(afterA) {
            return Mention(first: i, end: end, type: .date, meaning: .dayOfMonthIn(a, monthOffset: offset))
        }
        // "the 14th to the 24th of this month", "the 8th and 9th of this month".
        guard isKey(afterA, .to) || isKey(afterA, .and) || isDash(afterA) || isKey(afterA, .through), let (b, afterB) = ordinalDay(afterA + 1), b > a,
            let (offset, end) = monthOffset(afterB)
        else { return nil }
        if isKey(afterA, .and) {
            return Mention(first: i, end: afterA, type: .date, meaning: .dayOfMonthIn(a, monthOffset: offset))
        }
        return Mention(
            first: i, end: end, type: .date, meaning: .range(.dayOfMonthIn(a, monthOffset: offset), .dayOfMonthIn(b, monthOffset: offset)),
            connector: afterA)
    }

    /// "of last month", "of next month", "of this month" at `j`: the month's offset from the
    /// publication's, and the token after it.
    func relativeMonthPhrase(_ j: Int) -> (offset: Int, next: Int)? {
        guard isKey(j, .of), let k = key(j + 1), k == .last || k == .next || k == .this, unit(j + 2) == .month, !isPlural(j + 2) else {
            return nil
        }
        return (k == .last ? -1 : k == .next ? 1 : 0, j + 3)
    }

    static let afterDayAlone: Set<String> = [
        "and", "or", "but", "when", "after", "before", "while", "as", "at", "following", "amid", "with",
        // ("will visit Darwin on the 15th to see the facilities", "will resume on the 13th once
        // inspections are complete", "on the 9th in Canberra")
        "to", "once", "in", "for", "until", "so", "because", "if", "despite",
    ]

    // MARK: - seasons, quarters, halves

    /// "summer 2024", "the summer of 2024", "this summer", "last winter", "spring" (needs context).
    func seasonExpression(_ i: Int) -> Mention? {
        var j = i
        let hasThe = isKey(j, .the)
        if hasThe { j += 1 }
        var direction: Int?
        switch key(j) {
        case .this?, .current?: direction = 0
        case .last?, .past?, .previous?: direction = -1
        case .next?, .coming?, .following?: direction = 1
        default: break
        }
        if direction != nil { j += 1 }
        guard case .season(let s) = lex(j) else { return nil }
        // "the Winter War", "the Spring Festival": a capitalized season before a capitalized
        // word is part of a name.
        if tokens[j].capitalized, j > 0, has(j + 1), tokens[j + 1].kind == .word, tokens[j + 1].capitalized { return nil }
        // "fall" is also a verb; accept it only with a determiner, a modifier or a year.
        let isFall = isWord(j, "fall")
        var k = j + 1
        if isKey(k, .of) { k += 1 }
        if let (y, next) = yearNumber(k) {
            if direction == nil {
                // "the winter of 2022-23", "winter 2022/2023": the winter that starts in 2022.
                var end = next
                if s == .winter, punct(next, 0x2D) || punct(next, 0x2F) || isDash(next), glued(next), glued(next + 1),
                    let (v, d) = number(next + 1), (d == 2 && v == (y + 1) % 100) || (d == 4 && v == y + 1)
                {
                    end = next + 2
                }
                return Mention(first: i, end: end, type: .date, meaning: .calendar(DateFields(year: y, season: s)))
            }
        }
        if let direction {
            // "the following spring", "the previous winter", and in a story told in the past
            // "the next summer": next to the date mentioned before ("next summer", "ahead of
            // the next winter", "the past summer" are the reference's).
            if hasThe, direction != 0, let k = key(j - 1), k == .following || k == .previous || (k == .next && tense(around: i, j + 1) == .past) {
                return Mention(first: i, end: j + 1, type: .date, meaning: .nearMentioned(DateFields(season: s), direction: direction))
            }
            return Mention(first: i, end: j + 1, type: .date, meaning: .near(DateFields(season: s), direction: direction))
        }
        let afterSeason = (isKey(i - 1, .and) || isKey(i - 1, .or)) && { if case .season = lex(i - 2) { return true } else { return false } }()
        if isFall && afterSeason {
            // "costs rise in winter and fall in summer": the verb.
            if let k = key(i + 1), [.in_, .by, .to, .from].contains(k) { return nil }
            if isWord(i + 1, "back") || isWord(i + 1, "sharply") || (has(i + 1) && tokens[i + 1].kind == .number) || punct(i + 1, 0x25) { return nil }
        }
        if isFall && !hasThe && !afterSeason {
            // "in the fall", "in early fall", "in the late fall", "by mid-fall", "in spring or
            // fall"; "a late fall in prices" is a decline.
            var m = i - 1
            if isDash(m), glued(i), isKey(m - 1, .mid) { m -= 1 }
            let prepositions: [Keyword] = [.in_, .by, .until, .since, .during, .this, .of, .from, .through]
            if isKey(m, .in_) || isKey(m, .this) {
            } else if let k = key(m), [.early, .late, .mid].contains(k),
                let before = key(m - 1), prepositions.contains(before) || (before == .the && prepositions.contains(key(m - 2) ?? .a))
            {
            } else {
                return nil
            }
        }
        // "That autumn, President Duterte announced ...": in the year of the date mentioned before.
        if !hasThe, isKey(i - 1, .that), !isFall || punct(j + 1, 0x2C) || isKey(j + 1, .the) {
            return Mention(first: i - 1, end: j + 1, type: .date, meaning: .inMentionedYear(DateFields(season: s)))
        }
        // (After "mid-", the word before the dash.)
        let before = isDash(i - 1) && glued(i) ? key(i - 2) : key(i - 1)
        // ("in spring and autumn": the second of two seasons joined by "and"/"or".)
        guard hasThe || afterSeason || [.in_, .during, .this, .by, .since, .until, .early, .late, .mid, .of].contains(before ?? .a) else {
            return nil
        }
        return Mention(first: i, end: j + 1, type: .date, meaning: .near(DateFields(season: s), direction: 0))
    }

    /// "the third quarter [of 2024]", "Q3 2024", "the first half of 2024", "the second half of the year".
    func quarterExpression(_ i: Int) -> Mention? {
        // "the 1988 second quarter", "the 1989 first half": a year before the part.
        if isKey(i, .the), let (y, next) = yearNumber(i + 1), let (part, isHalf, end) = yearPart(next) {
            return Mention(
                first: i, end: end, type: .date, meaning: .calendar(isHalf ? DateFields(year: y, half: part) : DateFields(year: y, quarter: part)))
        }
        // "the 1988 quarter", "the 1989 period": that year's part of the period the text reports
        // on (decided when anchoring, from the quarter the text names).
        if isKey(i, .the), let (y, next) = yearNumber(i + 1), (unit(next) == .quarter && !isPlural(next)) || isWord(next, "period"),
            !(isDash(next + 1) && glued(next + 1))
        {
            return Mention(first: i, end: next + 1, type: .date, meaning: .calendar(DateFields(year: y)))
        }
        // "this year's third quarter", "last year's first half", "next year's fourth quarter".
        if isKey(i, .this) || isKey(i, .last) || isKey(i, .next), unit(i + 1) == .year, !isPlural(i + 1), isApostrophe(i + 2), glued(i + 2),
            isWord(i + 3, "s"), glued(i + 3), let (part, isHalf, end) = yearPart(i + 4)
        {
            let fields = isHalf ? DateFields(half: part) : DateFields(quarter: part)
            return Mention(first: i, end: end, type: .date, meaning: .near(fields, direction: isKey(i, .this) ? 0 : isKey(i, .last) ? -10 : 10))
        }
        var j = i
        if isKey(j, .the) { j += 1 }
        // "the fiscal first quarter": the company's fiscal quarter, named like a calendar one.
        if isKey(j, .fiscal), case .ordinal = lex(j + 1) { j += 1 }
        var q: Int?
        var isHalf = false
        if isKey(j, .last), isKey(j + 1, .half), isKey(j + 2, .of), yearNumber(j + 3) != nil {
            // "the last half of 1989": the second half.
            q = 2
            isHalf = true
            j += 2
        } else if isKey(i, .the), isWord(j, "final"), unit(j + 1) == .quarter, !isPlural(j + 1) {
            q = 4  // "the final quarter"
            j += 2
        } else if isKey(i, .the), let a = month(j), isDash(j + 1), let b = month(j + 2), b == a + 2, a % 3 == 1, unit(j + 3) == .quarter,
            !isPlural(j + 3)
        {
            q = (a + 2) / 3  // "the April-June quarter", "the January-March quarter"
            j += 4
        } else if case .ordinal(let o) = lex(j) {
            if unit(j + 1) == .quarter, (1...4).contains(o) {
                q = o
                j += 2
            } else if isKey(j + 1, .half), (1...2).contains(o) {
                q = o
                isHalf = true
                j += 2
            }
        } else if isKey(j, .q) || isKey(j, .h), tokens[j].capitalized, let (v, d) = number(j + 1), d == 1, glued(j + 1) {
            isHalf = isKey(j, .h)
            guard (1...(isHalf ? 2 : 4)).contains(v) else { return nil }
            q = v
            j += 2
            if let (y, next) = yearNumber(j) {
                return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: y, part: v, isHalf: isHalf)))
            }
            return Mention(first: i, end: j, type: .date, meaning: .near(isHalf ? DateFields(half: v) : DateFields(quarter: v), direction: 0))
        }
        guard let n = q else { return nil }
        let fields = isHalf ? DateFields(half: n) : DateFields(quarter: n)
        if isKey(j, .of) {
            var k = j + 1
            if isKey(k, .fiscal) || isWord(k, "calendar") { k += 1 }
            if let (y, next) = yearNumber(k) {
                var f = fields
                f.year = y
                return Mention(first: i, end: next, type: .date, meaning: .calendar(f))
            }
            // "the first quarter of FY2024", "of FY 2024", "of FY24"
            if isKey(k, .fy), let (v, d) = number(k + 1), glued(k + 1) && d == 2 || d == 4 {
                let y = d == 4 ? v : 2000 + v
                guard (1900...2100).contains(y) else { return nil }
                var f = fields
                f.year = y
                return Mention(first: i, end: k + 2, type: .date, meaning: .calendar(f))
            }
            if isKey(k, .the) || isKey(k, .this), unit(k + 1) == .year {
                return Mention(first: i, end: k + 2, type: .date, meaning: .near(fields, direction: 0))
            }
            if isKey(k, .last) || isKey(k, .next), unit(k + 1) == .year {
                return Mention(first: i, end: k + 2, type: .date, meaning: .near(fields, direction: isKey(k, .last) ? -10 : 10))
            }
            // "the second half of the 1990s", "the first half of the decade": its early or late
            // part (TimeML has no half of a decade or century).
            if isHalf {
                let mod: TimexMod = n == 1 ? .start : .end
                if let d = decade(k) ?? century(k) { return Mention(first: i, end: d.end, type: .date, meaning: d.meaning, mod: mod) }
                if isKey(k, .the) || isKey(k, .this), let u = unit(k + 1), u == .decade || u == .century, !isPlural(k + 1) {
                    return Mention(first: i, end: k + 2, type: .date, meaning: .relative(u, 0), mod: mod)
                }
            }
            // "the first half of the match", "the fourth quarter of the game": not the year's
            // ("a loss for the third quarter of $226.3 million" is, and so are "the first
            // quarter of its fiscal year", "of the current year", "of calendar 1989").
            var w = k
            if isKey(w, .the) || isKey(w, .this) || isKey(w, .that) || isWord(w, "its") || isWord(w, "their") { w += 1 }
            while isKey(w, .fiscal) || isWord(w, "calendar") || isKey(w, .current) || isKey(w, .same) || isKey(w, .previous)
                || isKey(w, .following)
            {
                w += 1
            }
            // Only a year keeps it: "the second half of the month", "the first quarter of the
            // century" are not the year's.
            let ofAYear =
                (!has(w) || tokens[w].kind != .word || (unit(w) == .year && !isPlural(w)) || isKey(w, .fy) || yearNumber(w) != nil)
                && centuryCore(w) == nil  // ("the final quarter of the 19th century")
            if !ofAYear { return nil }
        }
        if let (y, next) = yearNumber(j) {
            var f = fields
            f.year = y
            return Mention(first: i, end: next, type: .date, meaning: .calendar(f))
        }
        if !isKey(i, .the) && isHalf { return nil }  // "first half of the game"
        return Mention(first: i, end: j, type: .date, meaning: .near(fields, direction: 0))
    }

    /// "1H 2026", "3Q 2024": a half or a quarter written number first, as financial reports
    /// do (only with its year: "2H" alone is too often something else).
    func numberedPart(_ i: Int) -> Mention? {
        guard let (v, d) = number(i), d == 1, glued(i + 1), isKey(i + 1, .q) || isKey(i + 1, .h), tokens[i + 1].capitalized,
            !glued(i + 2), let (y, next) = yearNumber(i + 2)
        else { return nil }
        let isHalf = isKey(i + 1, .h)
        guard (1...(isHalf ? 2 : 4)).contains(v) else { return nil }
        return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: y, part: v, isHalf: isHalf)))
    }

    /// "second quarter", "first half" at `j`: the part's number, whether it is a half, and the
    /// token after it (a plural, "quarters", is a count, not a part).
    func yearPart(_ j: Int) -> (part: Int, isHalf: Bool, end: Int)? {
        guard case .ordinal(let o) = lex(j) else { return nil }
        if unit(j + 1) == .quarter, !isPlural(j + 1), (1...4).contains(o) { return (o, false, j + 2) }
        if isKey(j + 1, .half), (1...2).contains(o) { return (o, true, j + 2) }
        return nil
    }

    /// Nouns naming a part of a year: "the first nine months of the year", "the rest of the year".
    static let partOfYearNouns: Set<String> = [
        "months", "weeks", "days", "half", "quarter", "quarters", "part", "rest", "remainder", "balance", "start", "beginning",
        "middle", "end", "close", "course",
    ]

    /// "mid-afternoon", "mid morning", "mid-afternoon yesterday": that part of the day (the
    /// day named right after it, else the reference day).
    func midPartOfDay(_ i: Int) -> Mention? {
        guard isKey(i, .mid) else { return nil }
        var j = i + 1
        if isDash(j), glued(j) { j += 1 }
        guard let p = partOfDay(j), p != "NI" else { return nil }
        if isKey(j + 1, .yesterday) || isKey(j + 1, .today) || isKey(j + 1, .tomorrow) {
            let offset = isKey(j + 1, .yesterday) ? -1 : isKey(j + 1, .tomorrow) ? 1 : 0
            return Mention(first: i, end: j + 2, type: .time, meaning: .clock(.relative(.day, offset), p))
        }
        return Mention(first: i, end: j + 1, type: .time, meaning: .clock(.relative(.day, 0), p))
    }

    /// "year-end", "year end": the close of the year, December 31 (accounts are made up to it).
    /// "since year-end" looks back to the last one; otherwise it is this year's ("by year-end").
    func yearEnd(_ i: Int) -> Mention? {
        guard unit(i) == .year, !isPlural(i) else { return nil }
        var j = i + 1
        if isDash(j), glued(j) {
            j += 1
            guard glued(j) else { return nil }
        }
        // "year's end"
        if isApostrophe(j), glued(j), isWord(j + 1, "s"), glued(j + 1) { j += 2 }
        guard isKey(j, .end), !isWord(j + 1, "of") else { return nil }
        let since = isKey(i - 1, .since)
        return Mention(first: i, end: j + 1, type: .date, meaning: .inYear(DateFields(month: 12, day: 31), offset: since ? -1 : 0))
    }

    // MARK: - reporting periods

    /// Quarters as business news writes them: "third-quarter" (profit), "the latest quarter",
    /// "the year-ago quarter", "year-earlier" (the same period a year before).
    func financialPeriod(_ i: Int) -> Mention? {
        // "third-quarter", "fourth-quarter"
        if case .ordinal(let n) = lex(i), (1...4).contains(n), isDash(i + 1), glued(i + 1), unit(i + 2) == .quarter, glued(i + 2) {
            return Mention(first: i, end: i + 3, type: .date, meaning: .near(DateFields(quarter: n), direction: 0))
        }
        // "year-earlier", "year-ago" (with "quarter" or "period" after it, inside the span after "the")
        func yearAgo(_ j: Int) -> Bool {
            unit(j) == .year && !isPlural(j) && isDash(j + 1) && glued(j + 1) && (isKey(j + 2, .earlier) || isKey(j + 2, .ago))
                && glued(j + 2)
        }
        // "the comparable year-ago quarter", "the corresponding year-earlier period"
        let compared = isKey(i, .the) && (isWord(i + 1, "comparable") || isWord(i + 1, "corresponding")) ? 1 : 0
        if isKey(i, .the), yearAgo(i + 1 + compared) {
            let noun = i + 4 + compared
            if unit(noun) == .quarter || isWord(noun, "period") {
                return Mention(first: i, end: noun + 1, type: .date, meaning: .relative(.quarter, -5))
            }
            // "the year-ago third quarter", "the year-earlier first half": that part of the year before.
            if let (part, isHalf, end) = yearPart(noun) {
                let fields = isHalf ? DateFields(half: part) : DateFields(quarter: part)
                return Mention(first: i, end: end, type: .date, meaning: .near(fields, direction: -10))
            }
            return nil
        }
        // "fiscal second-quarter": the fiscal quarter, named like a calendar one.
        if isKey(i, .fiscal), case .ordinal(let n) = lex(i + 1), (1...4).contains(n), isDash(i + 2), glued(i + 2), unit(i + 3) == .quarter,
            glued(i + 3)
        {
            return Mention(first: i, end: i + 4, type: .date, meaning: .near(DateFields(quarter: n), direction: 0))
        }
        if yearAgo(i), !isKey(i - 1, .the) {
            let quarterly = sentenceMentions(word: "quarter", around: i)
            return Mention(first: i, end: i + 3, type: .date, meaning: quarterly ? .relative(.quarter, -5) : .relative(.year, -1))
        }
        guard isKey(i, .the) else { return nil }
        // A reporting year: "the year ended Sept. 30" and "the fiscal year ending June 30" are a
        // twelve-month period (the date that follows is its own expression); "the full year"
        // and "the fiscal year" alone are the year of the report.
        do {
            var j = i + 1
            let fiscal = isKey(j, .fiscal)
            let full = isKey(j, .full)
            if fiscal || full { j += 1 }
            if unit(j) == .year, !isPlural(j), !(isDash(j + 1) && glued(j + 1)) {
                if isWord(j + 1, "ended") || isWord(j + 1, "ending") {
                    return Mention(first: i, end: j + 1, type: .duration, meaning: .duration("P1Y"))
                }
                if fiscal || full { return Mention(first: i, end: j + 1, type: .date, meaning: .relative(.year, 0)) }
                // "For the year, sales rose", "a high for the year", "the first nine months of
                // the year": the year being reported on (not "player of the year").
                if !fiscal, !full, isKey(i - 1, .for_) || (isKey(i - 1, .of) && Grammar.partOfYearNouns.contains(lower(i - 2))),
                    !isApostrophe(j + 1), !(isDash(j + 1) && glued(j + 1))
                {
                    return Mention(first: i, end: j + 1, type: .date, meaning: .relative(.year, 0))
                }
            }
        }
        // "the latest period", "the most recent period": the quarter just reported.
        if isWord(i + 1, "latest") || isKey(i + 1, .recent), isWord(i + 2, "period") {
            return Mention(first: i, end: i + 3, type: .date, meaning: .relative(.quarter, -1))
        }
        if isKey(i + 1, .most), isKey(i + 2, .recent), isWord(i + 3, "period") {
            return Mention(first: i, end: i + 4, type: .date, meaning: .relative(.quarter, -1))
        }
        // "the quarter", "the latest quarter", "the most recent quarter", "the current quarter"
        var j = i + 1
        var offset = -1
        if isWord(j, "latest") || isKey(j, .recent) {
            j += 1
        } else if isKey(j, .most), isKey(j + 1, .recent) {
            j += 2
        } else if isKey(j, .current) {
            offset = 0
            j += 1
        }
        // ("the quarter century": 25 years, not a reporting quarter.)
        guard unit(j) == .quarter, !isPlural(j), !isKey(j + 1, .of), !(isDash(j + 1) && glued(j + 1)), unit(j + 1) != .century else { return nil }
        return Mention(first: i, end: j + 1, type: .date, meaning: .relative(.quarter, offset))
    }

    /// The sentence around token `i` contains `word` (lower case).
    func sentenceMentions(word: String, around i: Int) -> Bool {
        let from = sentenceStart(i)
        let to = sentenceEnd(i)
        for j in from..<to where tokens[j].kind == .word && wordLength(j) == word.utf8.count && lower(j) == word { return true }
        return false
    }

    /// "the first nine months", "the six months": a duration with its determiner.
    func determinedDuration(_ i: Int) -> Mention? {
        guard isKey(i, .the) else { return nil }
        var j = i + 1
        if case .ordinal(1) = lex(j) { j += 1 }
        guard let d = durationOrAgo(j), d.type == .duration, d.first == j else { return nil }
        if case .key(let k) = lex(j), k == .a || k == .an { return nil }
        // "the 30-day period": the determiner belongs to the noun the adjective modifies.
        if let q = quantity(j), isDash(q.next), glued(q.next) { return nil }
        if unit(j) != nil, isDash(j + 1), glued(j + 1) { return nil }  // "the year-long review"
        var m = d
        m.first = i
        return m
    }

    /// "the year 2000", "the year two thousand".
    func theYear(_ i: Int) -> Mention? {
        guard isKey(i, .the) else { return nil }
        // "the year 2000", "the fiscal year 2025"
        let j = isKey(i + 1, .fiscal) ? i + 2 : i + 1
        guard unit(j) == .year, !isPlural(j), let (y, next) = yearNumber(j + 1) else { return nil }
        return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: y)))
    }

    /// "the weekend", "over the weekend": the weekend nearest the reference, by tense.
    func weekend(_ i: Int) -> Mention? {
        guard isKey(i, .the), unit(i + 1) == .weekend, !isPlural(i + 1) else { return nil }
        return Mention(first: i, end: i + 2, type: .date, meaning: .weekday(6, direction: 0, time: "WE"))
    }

    /// "the week of March 6", "the week of 12 May 2025": the ISO week containing that day;
    /// "the weekend of June 7", "the weekend of June 7-8, 2024": that week's weekend; "the
    /// week commencing 9 March" (or beginning, starting) likewise.
    func weekOf(_ i: Int) -> Mention? {
        guard isKey(i, .the), let u = unit(i + 1), u == .week || u == .weekend, !isPlural(i + 1),
            isKey(i + 2, .of) || u == .week && isWeekOpening(i + 2), let day = dayOfWeek(i + 3)
        else { return nil }
        let weekend = u == .weekend
        // "June 7-8, 2024": the weekend's two days; the first one, with the year written after.
        let whole = weekend ? rangeExtension(day) : day
        if case .range(let first, _) = whole.meaning {
            return Mention(first: i, end: whole.end, type: .date, meaning: .weekOf(first, weekend: true))
        }
        return Mention(first: i, end: day.end, type: .date, meaning: .weekOf(day.meaning, weekend: weekend))
    }

    /// The day that names a week ("the week of March 6"): a day of a month, without a time.
    func dayOfWeek(_ k: Int) -> Mention? {
        guard let day = monthDate(k) ?? dayMonth(k), case .calendar(let f) = day.meaning, f.day != nil, f.time == nil else { return nil }
        return day
    }

    /// "week 12 of 2027", "week 12 of next year": the ISO week by its number. (Not "week 12"
    /// alone: a course's or a season's week as often as the year's.)
    func numberedWeek(_ i: Int) -> Mention? {
        guard unit(i) == .week, !isPlural(i), let (n, digits) = number(i + 1), digits <= 2, (1...53).contains(n), isKey(i + 2, .of) else {
            return nil
        }
        if let (year, next) = yearNumber(i + 3) {
            return Mention(first: i, end: next, type: .date, meaning: .calendar(DateFields(year: year, week: n)))
        }
        if let (offset, next) = yearOffsetPhrase(i + 2) {
            return Mention(first: i, end: next, type: .date, meaning: .inYear(DateFields(week: n), offset: offset))
        }
        return nil
    }

    /// "commencing", "beginning", "starting" after "week".
    func isWeekOpening(_ i: Int) -> Bool { isWord(i, "commencing") || isWord(i, "beginning") || isWord(i, "starting") }

    /// "week commencing 9 March" (British diaries and newsletters), "week beginning 9 March":
    /// the ISO week that day opens, as "the week of 9 March". ("w/c 9 March" is not read: "w" is
    /// no word the scan stops at.)
    func weekCommencing(_ i: Int) -> Mention? {
        guard unit(i) == .week, !isPlural(i), !isKey(i - 1, .the), isWeekOpening(i + 1), let day = dayOfWeek(i + 2) else { return nil }
        return Mention(first: i, end: day.end, type: .date, meaning: .weekOf(day.meaning, weekend: false))
    }

    /// "the first week of March", "the last week of February 2025": the ISO week holding the
    /// 4th (11th, 18th, 25th) of the month, the week most of whose days are the month's first
    /// (second, ...) seven; the last week holds the middle of the month's last seven days.
    func nthWeekOfMonth(_ i: Int) -> Mention? {
        guard isKey(i, .the), let n = rank(i + 1, upTo: 4), unit(i + 2) == .week, !isPlural(i + 2), isKey(i + 3, .of) || isKey(i + 3, .in_),
            let (fields, end) = monthOfRank(i + 4)
        else { return nil }
        return Mention(first: i, end: end, type: .date, meaning: .weekOfMonth(fields, nth: n))
    }

    /// "first" ... up to the `upTo`th, or -1 for "last" and "final": which one of a month.
    func rank(_ i: Int, upTo: Int) -> Int? {
        if case .ordinal(let o) = lex(i), (1...upTo).contains(o) { return o }
        return isKey(i, .last) || isWord(i, "final") ? -1 : nil
    }

    /// The month after "the first week of", "the last Monday in": a month with an optional year.
    func monthOfRank(_ i: Int) -> (DateFields, end: Int)? {
        guard let (m, afterMonth) = monthName(i) else { return nil }
        var fields = DateFields(month: m)
        guard let (y, next) = yearAfterDay(afterMonth) else { return (fields, afterMonth) }
        fields.year = y
        return (fields, next)
    }

    /// "the first Sunday of October", "the last Monday in May 2025", "the fourth Thursday of
    /// November": that weekday of the month.
    func nthWeekdayOfMonth(_ i: Int) -> Mention? {
        guard isKey(i, .the), let n = rank(i + 1, upTo: 5), let (w, next) = weekdayName(i + 2), isKey(next, .of) || isKey(next, .in_),
            let (month, end) = monthOfRank(next + 1)
        else { return nil }
        var fields = month
        fields.weekday = w
        fields.nth = n
        return Mention(first: i, end: end, type: .date, meaning: .calendar(fields))
    }

    // MARK: - modifiers

    /// "late December 2024", "early 2025", "mid-2024", "the end of last year",
    /// "the beginning of the 1990s", "the middle of the month", "early Tuesday".
    func modified(_ i: Int) -> Mention? {
        var j = i
        var mod: TimexMod?
        switch key(j) {
        case .early?:
            mod = .start
            j += 1
            if isDash(j), glued(j), number(j + 1)?.digits == 4 { j += 1 }  // "early-2025"
        case .late?:
            mod = .end
            j += 1
            if isDash(j), glued(j), number(j + 1)?.digits == 4 { j += 1 }  // "late-2024"
        case .mid?:
            mod = .mid
            j += 1
            if isDash(j) && glued(j) { j += 1 }
        case .the?:
            // "the final weeks of the year", "the first days of 2026": the year's last or first
            // month (the days: its last or first third).
            // (The unit first: "the" comes here often.)
            if let u = unit(j + 2), u == .week || u == .day, isPlural(j + 2), isKey(j + 3, .of), has(j + 4), sameLine(j + 4),
                let edge = isKey(j + 1, .last) || isWord(j + 1, "final") || isWord(j + 1, "closing")
                    ? TimexMod.end : (isWord(j + 1, "first") || isWord(j + 1, "opening") ? TimexMod.start : nil),
                let core = yearExpression(j + 4)
                    ?? (isKey(j + 4, .the) && unit(j + 5) == .year && !isPlural(j + 5)
                        ? Mention(first: j + 4, end: j + 6, type: .date, meaning: .relative(.year, 0)) : nil)
            {
                let month = edge == .end ? 12 : 1
                let meaning: Meaning
                switch core.meaning {
                case .calendar(var f) where f.year != nil && f.month == nil:
                    f.month = month
                    meaning = .calendar(f)
                case .relative(.year, let n): meaning = .inYear(DateFields(month: month), offset: n)
                default: return nil
                }
                return Mention(first: i, end: core.end, type: .date, meaning: meaning, mod: u == .day ? edge : nil)
            }
            switch key(j + 1) {
            case .end?, .close?: mod = .end
            case .beginning?, .start?, .dawn?: mod = .start
            case .middle?: mod = .mid
            case .turn?: mod = .start
            case .early?, .late?, .mid?:
                // "the late 1990s", "the mid-1990s"
                let inner = key(j + 1) == .early ? TimexMod.start : (key(j + 1) == .late ? .end : .mid)
                var k = j + 2
                if inner == .mid && isDash(k) && glued(k) { k += 1 }
                if let (v, d) = number(k), d == 4, v % 10 == 0, glued(k + 1), isKey(k + 1, .s) {
                    return Mention(first: i, end: k + 2, type: .date, meaning: .calendar(DateFields(decade: v / 10)), mod: inner)
                }
                // "the late 20th century": reuse the century rule on "the" + what follows the modifier.
                if let (c, end) = centuryCore(k) {
                    return Mention(first: i, end: end, type: .date, meaning: .calendar(DateFields(century: c)), mod: inner)
                }
                return nil
            default: return nil
            }
            guard isKey(j + 2, .of) else { return nil }
            j += 3
        default:
            return nil
        }
        guard let mod else { return nil }
        guard has(j), sameLine(j) else { return nil }
        // The core after the modifier, without its own modifiers.
        var core: Mention?
        for candidate in [
            monthDate(j), monthYear(j), yearExpression(j), decade(j), century(j), seasonExpression(j),
            quarterExpression(j), deictic(j), relativeWord(j), weekdayAlone(j, afterModifier: true),
        ] {
            if let c = candidate, c.type == .date || c.type == .time, core == nil || c.end > core!.end { core = c }
        }
        // "mid-December": monthYear rejects a lone month without a preposition; accept it here.
        if core == nil || (month(j) != nil && core!.end <= j) {
            if let (m, next) = monthName(j) {
                core = Mention(first: j, end: next, type: .date, meaning: .calendar(DateFields(month: m)))
            }
        }
        // "mid-year", "by mid-century": the middle of this one.
        // ("a mid-year review", "a mid-century design": an adjective before a noun.)
        if core == nil, mod == .mid, j == i + 2, let u = unit(j), u == .year || u == .century, !isPlural(j),
            !(has(j + 1) && tokens[j + 1].kind == .word && sameLine(j + 1) && !tokens[j + 1].capitalized && isPlainWord(j + 1))
        {
            core = Mention(first: j, end: j + 1, type: .date, meaning: .relative(u, 0))
        }
        // "the end of the month/year/week" = this one.
        if core == nil, isKey(j, .the), let u = unit(j + 1), [.week, .month, .year, .decade, .century, .quarter].contains(u),
            !isPlural(j + 1)
        {
            core = Mention(first: j, end: j + 2, type: .date, meaning: .relative(u, 0))
        }
        guard var c = core else { return nil }
        if case .calendar(let f) = c.meaning, f.day != nil { return nil }  // "early January 30" is not a thing
        c.first = i
        c.mod = mod
        return c
    }

    /// "about three years", "more than two decades", "nearly four years ago", "around 2020".
    func approximate(_ i: Int) -> Mention? {
        var j = i
        var mod: TimexMod?
        switch key(j) {
        // "about" and "some" stay outside the expression, as the TimeML news corpora mark them.
        case .around?, .roughly?, .approximately?:
            mod = .approx
            j += 1
        case .nearly?, .almost?:
            mod = .lessThan
            j += 1
        case .more?, .over?:
            if isKey(j, .more) {
                guard isKey(j + 1, .than) else { return nil }
                j += 2
            } else {
                if isKey(j + 1, .the) { return nil }  // "over the years": a preposition
                j += 1
            }
            mod = .moreThan
        case .less?, .under?:
            if isKey(j, .less) {
                guard isKey(j + 1, .than) else { return nil }
                j += 2
            } else {
                j += 1
            }
            mod = .lessThan
        case .at?:
            guard isKey(j + 1, .least) else { return nil }
            mod = .equalOrMore
            j += 2
        case .up?:
            guard isKey(j + 1, .to) else { return nil }
            mod = .equalOrLess
            j += 2
        default:
            return nil
        }
        // "at least the next few weeks": a stretch named with "the" ("more than the past two
        // years combined" compares amounts).
        func stretch() -> Mention? {
            guard mod == .equalOrMore, isKey(j, .the) else { return nil }
            if let m = deictic(j), m.type == .duration { return m }
            if let m = relativeWord(j), m.type == .duration { return m }
            return nil
        }
        guard let inner = durationOrAgo(j) ?? stretch() else {
            // "around 2020" keeps the year with APPROX, and "at around 9:40 a.m." the time;
            // other dates keep their own meaning.
            if mod == .approx, let y = yearExpression(j) ?? decade(j) ?? (number(j) != nil ? clockTime(j) : nil) {
                var m = y
                m.first = i
                m.mod = .approx
                return m
            }
            return nil
        }
        var m = inner
        m.first = i
        if m.type == .date {
            m.mod = .approx  // "nearly four years ago" = around that year
        } else {
            m.mod = mod
        }
        return m
    }

    // MARK: - relative and deictic expressions

    /// today, yesterday, tomorrow, tonight, now, currently, recently, the past, the future...
    func relativeWord(_ i: Int) -> Mention? {
        // "the day after tomorrow", "the day before yesterday"
        if isKey(i, .the), unit(i + 1) == .day, !isPlural(i + 1),
            isKey(i + 2, .after) && isKey(i + 3, .tomorrow) || isKey(i + 2, .before) && isKey(i + 3, .yesterday)
        {
            return Mention(first: i, end: i + 4, type: .date, meaning: .relative(.day, isKey(i + 2, .after) ? 2 : -2))
        }
        // "the week before last", "the month after next": two units away.
        // (Not "the week before last year's election", "the weekend before last Christmas",
        // "the week after next Tuesday's summit": "last" and "next" belong to what follows.)
        if isKey(i, .the), let u = unit(i + 1), [.week, .weekend, .month, .year].contains(u), !isPlural(i + 1),
            isKey(i + 2, .before) && isKey(i + 3, .last) || isKey(i + 2, .after) && isKey(i + 3, .next),
            !has(i + 4) || tokens[i + 4].newlineBefore || tokens[i + 4].kind == .punct && !isApostrophe(i + 4)
                || tokens[i + 4].kind == .word && unit(i + 4) == nil && month(i + 4) == nil && weekday(i + 4) == nil && season(i + 4) == nil
                    && (!tokens[i + 4].capitalized || match(at: i + 4) == nil)
        {
            return Mention(first: i, end: i + 4, type: .date, meaning: .relative(u, isKey(i + 2, .after) ? 2 : -2))
        }
        switch key(i) {
        case .today?:
            if let p = partOfDay(i + 1) {
                return Mention(first: i, end: i + 2, type: .time, meaning: .clock(.relative(.day, 0), p))
            }
            return Mention(first: i, end: i + 1, type: .date, meaning: .relative(.day, 0))
        case .yesterday?, .tomorrow?:
            let offset = isKey(i, .yesterday) ? -1 : 1
            if let p = partOfDay(i + 1) {
                return Mention(first: i, end: i + 2, type: .time, meaning: .clock(.relative(.day, offset), p))
            }
            return Mention(first: i, end: i + 1, type: .date, meaning: .relative(.day, offset))
        case .tonight?:
            return Mention(first: i, end: i + 1, type: .time, meaning: .clock(.relative(.day, 0), "NI"))
        case .overnight?
        where
            !(sameLine(i + 1)
            && (weekday(i + 1) != nil || isKey(i + 1, .to) || isKey(i + 1, .on) || isKey(i + 1, .from)
                || isKey(i + 1, .through) || isKey(i + 1, .before) || isWord(i + 1, "into")))
            && !Grammar.figurativeBeforeOvernight.contains(where: { isWord(i - 1, $0) }):
            // ("Relations changed overnight", "almost overnight", "won't happen overnight": all
            // at once, not a night.)
            // ("overnight into Sunday", "overnight Tuesday": the day named is the date.)
            // "Overnight, Houthi forces fired three missiles", "sites struck overnight": the night
            // before the publication (TempEval-3 tags "overnight losses" so too).
            return Mention(first: i, end: i + 1, type: .time, meaning: .clock(.relative(.day, -1), "NI"))
        case .now?:
            // "now" as an adverb of the present; "by now", "until now", "right now" too.
            return Mention(first: i, end: i + 1, type: .date, meaning: .reference("PRESENT_REF"))
        case .currently?, .nowadays?:
            return Mention(first: i, end: i + 1, type: .date, meaning: .reference("PRESENT_REF"))
        case .current?:
            return Mention(first: i, end: i + 1, type: .date, meaning: .reference("PRESENT_REF"))
        case .recently?, .lately?:
            return Mention(first: i, end: i + 1, type: .date, meaning: .reference("PAST_REF"))
        case .recent?:
            // "in recent years/weeks/days"
            if let u = unit(i + 1), isPlural(i + 1) {
                return Mention(first: i, end: i + 2, type: .duration, meaning: .duration("P" + "X" + u.durationDesignator.letter))
            }
            return nil
        case .coming?:
            // "in coming months", "in the coming years": a stretch ahead of unstated length
            // ("the" stays outside, as the TimeML news corpora mark it).
            // ("is coming weeks after" is the verb.)
            if let u = unit(i + 1), isPlural(i + 1), [.day, .week, .month, .quarter, .year, .decade].contains(u),
                !isKey(i - 1, .was), !isKey(i - 1, .were), !["is", "are", "be", "been", "s"].contains(lower(i - 1))
            {
                return Mention(first: i, end: i + 2, type: .duration, meaning: .duration("PX" + u.durationDesignator.letter))
            }
            return nil
        case .the?:
            // "the weeks ahead", "the months ahead"
            if let u = unit(i + 1), isPlural(i + 1), [.day, .week, .month, .quarter, .year].contains(u), isWord(i + 2, "ahead") {
                return Mention(first: i, end: i + 3, type: .duration, meaning: .duration("PX" + u.durationDesignator.letter))
            }
            if isKey(i + 1, .past), !sameUnitFollows(i + 2) {
                return Mention(first: i, end: i + 2, type: .date, meaning: .reference("PAST_REF"))
            }
            if isKey(i + 1, .future) {
                return Mention(first: i, end: i + 2, type: .date, meaning: .reference("FUTURE_REF"))
            }
            // "the near future", "the foreseeable future", "the near term", "the short term"
            if isKey(i + 1, .near) || isKey(i + 1, .foreseeable) || isWord(i + 1, "immediate") || isWord(i + 1, "short"),
                isKey(i + 2, .future) || isKey(i + 2, .term) && !isKey(i + 1, .foreseeable)
            {
                return Mention(first: i, end: i + 3, type: .date, meaning: .reference("FUTURE_REF"))
            }
            if isKey(i + 1, .present), !(has(i + 2) && tokens[i + 2].kind == .word && isPlainWord(i + 2) && !isKey(i + 2, .and)) {
                return Mention(first: i, end: i + 2, type: .date, meaning: .reference("PRESENT_REF"))
            }
            return nil
        case .at?:
            if isKey(i + 1, .the), isKey(i + 2, .moment) {
                return Mention(first: i + 1, end: i + 3, type: .date, meaning: .reference("PRESENT_REF"))
            }
            return nil
        case .these?:
            if let u = unit(i + 1), u == .day, isPlural(i + 1) {
                return Mention(first: i, end: i + 2, type: .date, meaning: .reference("PRESENT_REF"))
            }
            return nil
        default:
            return nil
        }
    }

    func sameUnitFollows(_ i: Int) -> Bool {
        if unit(i) != nil { return true }
        if let q = quantity(i), unit(q.next) != nil { return true }
        return false
    }

    func partOfDay(_ i: Int) -> String? {
        if case .partOfDay(let p) = lex(i), !isPlural(i) { return p.rawValue }
        return nil
    }

    /// this/last/next/past/coming/previous + unit, weekday, month, weekend:
    /// "last year" (DATE), "the past two years" (DURATION), "next week", "last Friday",
    /// "earlier this month", "this morning", "last night".
    func deictic(_ i: Int) -> Mention? {
        var j = i
        var hasThe = false
        var earlierLater = 0
        if isKey(j, .earlier) || isKey(j, .later) {
            earlierLater = isKey(j, .earlier) ? -1 : 1
            j += 1
            if isKey(j, .in_) {  // "earlier in the year"
                guard isKey(j + 1, .the), let u = unit(j + 2), [.week, .month, .year, .day].contains(u), !isPlural(j + 2) else { return nil }
                return Mention(first: i, end: j + 3, type: .date, meaning: .relative(u, 0))
            }
            // "earlier that day", "later that year", "earlier yesterday": the same day or year,
            // the adverb inside (as the TimeML news corpora mark these; before a weekday it
            // stays outside).
            if isKey(j, .that) || isKey(j, .yesterday) {
                guard var m = isKey(j, .that) ? anaphora(j) : relativeWord(j) else { return nil }
                m.first = i
                return m
            }
            guard isKey(j, .this) else { return nil }
        }
        if isKey(j, .the) {
            hasThe = true
            j += 1
        }
        guard let k = key(j) else { return nil }
        var direction: Int
        switch k {
        case .this: direction = 0
        case .current: direction = 0
        case .last, .past, .previous, .prior: direction = -1
        case .next, .coming, .following, .upcoming: direction = 1
        default: return nil
        }
        if k == .this && hasThe { return nil }
        j += 1
        // "(on) this day in 1950", "this date in 1950": the publication's day in that year.
        if k == .this, earlierLater == 0, unit(j) == .day && !isPlural(j) || isWord(j, "date"), isKey(j + 1, .in_),
            let (y, next) = yearNumber(j + 2)
        {
            return Mention(first: i, end: next, type: .date, meaning: .thisDayIn(y))
        }
        // "the past/last/next two years": a duration.
        if let q = quantity(j), q.next > j, let u = unit(q.next), k != .this {
            if case .key(.a) = lex(j) { return nil }
            // "will last three years": "last" is a verb unless "the" comes first.
            if !hasThe { return nil }
            let value = durationValue(q.value, u)
            return Mention(first: i, end: q.next + 1, type: .duration, meaning: .duration(value))
        }
        if let u = unit(j), !isPlural(j) || u == .weekend {
            if isPlural(j) && u != .weekend { return nil }
            if hasThe && (k == .past || k == .last) && earlierLater == 0 {
                // "the past year", "the last decade": the previous one (as TimeML corpora mark it);
                // "the past day", "the last hour": a length of time.
                // "the past decade" is the last ten years, not the previous decade
                // ("the last decade" may be either; it stays the previous one).
                if u == .decade, k == .past {
                    // ("the past decade and a half": fifteen years)
                    let half = isKey(j + 1, .and) && isKey(j + 2, .a) && isKey(j + 3, .half)
                    return Mention(first: i, end: half ? j + 4 : j + 1, type: .duration, meaning: .duration(durationValue(half ? 1.5 : 1, u)))
                }
                if [.week, .month, .year, .decade, .century, .quarter].contains(u) {
                    return Mention(first: i, end: j + 1, type: .date, meaning: .relative(u, -1))
                }
                if u == .day || u == .hour || u == .minute {
                    return Mention(first: i, end: j + 1, type: .duration, meaning: .duration(durationValue(1, u)))
                }
            }

            if hasThe && (k == .previous || k == .following || k == .next || k == .prior) {
                // "the previous day", "the following week": relative to the date mentioned before.
                return Mention(first: i, end: j + 1, type: .date, meaning: .anaphoric(u, direction))
            }
            if hasThe && k == .coming {
                return Mention(first: i, end: j + 1, type: .duration, meaning: .duration(durationValue(1, u)))
            }
            if !hasThe && k == .past {
                // "this past week", "this past weekend": the last one before the reference.
                if isKey(i - 1, .this), [.week, .weekend, .month, .year, .quarter].contains(u) {
                    return Mention(first: i, end: j + 1, type: .date, meaning: .relative(u, -1))
                }
                return Mention(first: i, end: j + 1, type: .duration, meaning: .duration(durationValue(1, u)))
            }
            if k == .current && u != .year && u != .month && u != .week && u != .quarter { return nil }
            if u == .hour || u == .minute || u == .second { return nil }
            if u == .day && k != .this {
                // "next day" without "the" is anaphoric too.
                return Mention(first: i, end: j + 1, type: .date, meaning: .anaphoric(.day, direction))
            }
            if u == .day { return nil }  // "this day" is rare and ambiguous
            if u == .half { return nil }
            // "earlier this month" is this month.
            return Mention(first: i, end: j + 1, type: .date, meaning: .relative(u, earlierLater != 0 ? 0 : direction))
        }
        // "the next morning", "the following evening", "the previous night": that part of the
        // day after (or before) the date mentioned before.
        if let p = partOfDay(j), hasThe, k == .next || k == .following || k == .previous {
            return Mention(first: i, end: j + 1, type: .time, meaning: .clock(.anaphoric(.day, direction), p))
        }
        if let p = partOfDay(j), !hasThe {
            // "this morning", "last night", "this evening"
            if k == .this {
                return Mention(first: i, end: j + 1, type: .time, meaning: .clock(.relative(.day, 0), p))
            }
            if k == .last && p == "NI" {
                return Mention(first: i, end: j + 1, type: .time, meaning: .clock(.relative(.day, -1), p))
            }
            return nil
        }
        guard !hasThe || k == .following || k == .previous else { return nil }
        if let (w, next) = weekdayName(j) {
            if let p = partOfDay(next) {
                return Mention(first: i, end: next + 1, type: .time, meaning: .weekday(w, direction: direction, time: p))
            }
            return Mention(first: i, end: next, type: .date, meaning: .weekday(w, direction: direction, time: nil))
        }
        // "this September", "this Christmas": that month or day of the current year, whether it
        // has come yet or not (the tense does not move it to another year).
        // "the following January", "the previous Christmas": next to the date mentioned before.
        let anaphoric = hasThe && (k == .following || k == .previous)
        if let (m, next) = monthName(j) {
            // "last Oct. 23", "next March 12": that day in the last (next) such month.
            var fields = DateFields(month: m)
            var end = next
            if let md = monthDate(j), case .calendar(let f) = md.meaning, let d = f.day, f.year == nil {
                fields.day = d
                end = md.end
            }
            if k == .this { return Mention(first: i, end: end, type: .date, meaning: .inYear(fields, offset: 0)) }
            if anaphoric { return Mention(first: i, end: end, type: .date, meaning: .nearMentioned(fields, direction: direction)) }
            return Mention(first: i, end: end, type: .date, meaning: .near(fields, direction: direction))
        }
        if case .holiday(let h) = lex(j) {
            if k == .this { return Mention(first: i, end: j + 1, type: .date, meaning: .inYear(DateFields(holiday: h), offset: 0)) }
            if anaphoric { return Mention(first: i, end: j + 1, type: .date, meaning: .nearMentioned(DateFields(holiday: h), direction: direction)) }
            return Mention(first: i, end: j + 1, type: .date, meaning: .near(DateFields(holiday: h), direction: direction))
        }
        return nil
    }

    /// "the previous day", "the day before", "the next day", "that day", "the same day",
    /// "two days later", "a year earlier", "the year before".
    func anaphora(_ i: Int) -> Mention? {
        if isKey(i, .that) || isKey(i, .the) && isKey(i + 1, .same) {
            var j = isKey(i, .that) ? i + 1 : i + 2
            if isKey(i, .that), isKey(j, .same) { j += 1 }  // "that same day"
            // "that night", "that same morning": that part of the day mentioned before.
            if isKey(i, .that), let p = partOfDay(j) {
                return Mention(first: i, end: j + 1, type: .time, meaning: .clock(.anaphoric(.day, 0), p))
            }
            if let u = unit(j), [.day, .week, .month, .year].contains(u), !isPlural(j) {
                // "that year" is also a determiner phrase ("that year's budget") - still a date.
                return Mention(first: i, end: j + 1, type: .date, meaning: .anaphoric(u, 0))
            }
            return nil
        }
        if isKey(i, .the), let u = unit(i + 1), [.day, .week, .month, .year].contains(u), !isPlural(i + 1) {
            if isKey(i + 2, .before) && !startsExpression(i + 3) {
                return Mention(first: i, end: i + 3, type: .date, meaning: .anaphoric(u, -1))
            }
            if isKey(i + 2, .after) && !startsExpression(i + 3) {
                return Mention(first: i, end: i + 3, type: .date, meaning: .anaphoric(u, 1))
            }
        }
        return nil
    }

    /// Punctuation, a line break or the end of the text comes at `i`.
    func clauseEnds(_ i: Int) -> Bool {
        !has(i) || tokens[i].newlineBefore || tokens[i].kind == .punct
    }

    func startsExpression(_ i: Int) -> Bool {
        guard has(i) else { return false }
        if tokens[i].kind == .number { return true }
        switch lex(i) {
        case .month, .weekday, .holiday: return true
        case .key(let k): return k == .yesterday || k == .today || k == .tomorrow || k == .last || k == .the
        default: return false
        }
    }

    /// Durations and "ago": "three years", "30-day", "a decade", "two years ago",
    /// "a year earlier", "five days later", "for years", "a 45-year-old".
    /// Unit `i` opens "year-long", "decades-long", "decades-old" or "century-old" (a length,
    /// not an age: "a year-old son" is left out).
    func isLengthAdjective(_ i: Int) -> Bool {
        guard let u = unit(i), isDash(i + 1), glued(i + 1), glued(i + 2) else { return false }
        return isKey(i + 2, .long) || (isKey(i + 2, .old) && (isPlural(i) || u == .decade || u == .century))
    }

    func durationOrAgo(_ i: Int) -> Mention? {
        var j = i
        // "year-long", "day-long", "decades-long", "months-long": a length of one unit, or of
        // an unknown number of them; "a decades-old dispute" too ("a year-old" is an age).
        if let u = unit(i), isLengthAdjective(i), !(has(i - 1) && glued(i) && tokens[i - 1].kind != .word),
            [.day, .week, .month, .year, .decade, .century, .hour].contains(u)
        {
            return Mention(first: i, end: i + 3, type: .duration, meaning: .duration(durationValue(isPlural(i) ? nil : 1, u)))
        }
        // "over the years", "through the decades", "across the months": an unknown length.
        if isKey(i, .the), let u = unit(i + 1), isPlural(i + 1), isKey(i - 1, .over) || isKey(i - 1, .through) || isWord(i - 1, "across"),
            [.day, .week, .month, .year, .decade, .century].contains(u), !isKey(i + 2, .of), !(isDash(i + 2) && glued(i + 2))
        {
            return Mention(first: i, end: i + 2, type: .duration, meaning: .duration(durationValue(nil, u)))
        }
        guard let q = quantity(j) else {
            // "for years", "for decades", "in recent months" handled elsewhere; "years" alone after "for".
            // "within hours", and "in years" closing a phrase ("the first time in years.").
            let opens = isKey(i - 1, .for_) || isKey(i - 1, .within) || (isKey(i - 1, .in_) && (!has(i + 1) || tokens[i + 1].kind == .punct))
            if let u = unit(i), isPlural(i), opens, [.day, .week, .month, .year, .decade, .century, .hour, .minute].contains(u) {
                return Mention(first: i, end: i + 1, type: .duration, meaning: .duration(durationValue(nil, u)))
            }
            // "months ago", "years ago": some time in the past.
            if let u = unit(i), isPlural(i), isKey(i + 1, .ago), [.day, .week, .month, .year, .decade, .century].contains(u) {
                return Mention(first: i, end: i + 2, type: .date, meaning: .reference("PAST_REF"))
            }
            return nil
        }
        j = q.next
        var adjectival = false
        if isDash(j), glued(j), q.value != nil {
            adjectival = true
            j += 1
        }  // "30-day", "two-year"
        // "two more weeks", "20 more years", "an additional year", "three further months"
        // ("335 consecutive days", "three straight years", "a full week")
        if !adjectival,
            isKey(j, .more) || isWord(j, "additional") || isWord(j, "further") || isWord(j, "extra") || isWord(j, "consecutive")
                || isWord(j, "straight") || isKey(j, .full),
            unit(j + 1) != nil
        {
            j += 1
        }
        guard var u = unit(j), sameLine(j) else {
            // "a year and a half"
            return nil
        }
        // "a months-long standoff": "a" counts no plural; "a year-long review", "a decade-old
        // conflict": the article belongs to the noun, the rule at the unit takes "year-long".
        if isKey(i, .a) || isKey(i, .an), q.next == i + 1, !adjectival {
            if isPlural(j) { return nil }
            if isLengthAdjective(j) { return nil }
        }
        // A bare "a"/"an" + unit is ambiguous: "a year" in "$5 million a year" is a set; keep only with a duration context.
        var end = j + 1
        var value = q.value
        // "a quarter century", "a quarter-century": 25 years.
        if u == .quarter, !isPlural(j) {
            var k = j + 1
            if isDash(k), glued(k) { k += 1 }
            if unit(k) == .century, !isPlural(k) {
                u = .year
                value = (value ?? 1) * 25
                end = k + 1
            }
        }
        if isKey(end, .and), isKey(end + 1, .a), isKey(end + 2, .half), let v = value {
            value = v + 0.5
            end += 3
        }
        // "three-quarters of the troops" is a fraction, not three quarters of a year.
        if adjectival, u == .quarter, isPlural(j) { return nil }
        // "three quarters of the budget" is a fraction too: one to three quarters of something
        // that is not a stretch of time ("three quarters of the year", "of 1990" and "several
        // quarters of losses" stay durations).
        if u == .quarter, isPlural(j), isKey(end, .of), let count = q.value, count >= 1, count <= 3 {
            var k = end + 1
            let determiner = isKey(k, .the) || isKey(k, .this) || isWord(k, "its") || isWord(k, "their")
            if determiner { k += 1 }
            // "of the 1990 budget": a year that names a thing (an ordinary word after it, not
            // "fiscal year", not the "s" of "the 1990s") is not the stretch of time.
            if determiner, let (_, next) = yearNumber(k), has(next), tokens[next].kind == .word, isPlainWord(next), !isWord(next, "s") {
                return nil
            }
            // An ordinary word ("the budget", "the troops"); "last year", "a year", "fiscal
            // 1990" and years are time.
            if has(k), tokens[k].kind == .word, isPlainWord(k) { return nil }
        }
        // "45-year-old" and "37 years old" are ages, not times: TimeML corpora leave them untagged.
        if isDash(end), glued(end), isKey(end + 1, .old) { return nil }  // ("a year-old son" too)
        if !adjectival, u == .year || u == .month || u == .week || u == .day, isKey(end, .old) { return nil }
        // "a year-earlier profit", "a year-end rally": the article belongs to the noun;
        // "year-earlier" and "year-end" are the date.
        if !adjectival, u == .year, isDash(end), glued(end), isKey(end + 1, .earlier) || isKey(end + 1, .ago) || isKey(end + 1, .end),
            glued(end + 1)
        {
            return nil
        }
        if !adjectival {
            switch key(end) {
            case .ago?:
                // "forty years ago today", "ten years ago this week": that day (week, month) so
                // many years back, one expression.
                if u == .year, let v = value, v == v.rounded(), v >= 1, v <= 500 {
                    // (Not "Twenty years ago today's frigates would have been unthinkable".)
                    if isKey(end + 1, .today), !isApostrophe(end + 2) {
                        return Mention(first: i, end: end + 2, type: .date, meaning: .yearsAgoOn(Int(v), unit: .day))
                    }
                    if isKey(end + 1, .this), let w = unit(end + 2), w == .week || w == .month, !isPlural(end + 2) {
                        return Mention(first: i, end: end + 3, type: .date, meaning: .yearsAgoOn(Int(v), unit: w))
                    }
                }
                return agoMention(i, end + 1, value, u, anchorToDCT: true, direction: -1)
            case .earlier?, .before?:
                if isKey(end, .before) && !clauseEnds(end + 1) { break }
                if [.hour, .minute, .second].contains(u) { break }
                return agoMention(i, end + 1, value, u, anchorToDCT: false, direction: -1)
            case .later?, .after?:
                if isKey(end, .after) && !clauseEnds(end + 1) { break }
                if [.hour, .minute, .second].contains(u) { break }
                // "Two years later, almost to the day": so many years after the day named last.
                if u == .year, let v = value, v == v.rounded(), v >= 1, let approximate = toTheDay(end + 1) {
                    return Mention(first: i, end: end + 1, type: .date, meaning: .yearsAfterDay(Int(v), approximate: approximate))
                }
                return agoMention(i, end + 1, value, u, anchorToDCT: false, direction: 1)
            case .from?:
                // "two weeks from now", "ten days from today"
                if isKey(end + 1, .now) || isKey(end + 1, .today) { return agoMention(i, end + 2, value, u, anchorToDCT: true, direction: 1) }
            case .hence?:
                return agoMention(i, end + 1, value, u, anchorToDCT: true, direction: 1)
            default:
                // "in a year's time", "in two weeks' time": that far from the publication.
                if isKey(i - 1, .in_), isApostrophe(end), glued(end) {
                    let after = isWord(end + 1, "s") && glued(end + 1) ? end + 2 : end + 1
                    if isKey(after, .time) || isWord(after, "time") { return agoMention(i, after + 1, value, u, anchorToDCT: true, direction: 1) }
                }
            }
        }
        if case .key(let k) = lex(i), k == .a || k == .an {
            // "a year": a set after money ("$5 million a year"), else a duration only after "for"/"in"/"over".
            let countBefore = has(i - 2) && tokens[i - 2].kind == .number && tokens[i - 1].kind == .word && isPlural(i - 1)
            if has(i - 1), tokens[i - 1].kind == .number || [.million, .times].contains(wordKind(i - 1)) || countBefore {
                return Mention(first: i, end: end, type: .set, meaning: .set(durationValue(1, u), quant: nil, freq: nil))
            }
        }
        if u == .season || u == .half { return nil }
        if q.value == nil && !isPlural(j) { return nil }
        return Mention(first: i, end: end, type: .duration, meaning: .duration(durationValue(value, u)))
    }

    /// ", almost to the day" (or "to the day", "nearly to the day", "exactly to the day") at
    /// `j`: whether it is approximate; nil when it is not there.
    func toTheDay(_ j: Int) -> Bool? {
        var k = j
        if punct(k, 0x2C) { k += 1 }
        var approximate = false
        if isKey(k, .almost) || isKey(k, .nearly) || isWord(k, "exactly") {
            approximate = !isWord(k, "exactly")
            k += 1
        }
        guard isKey(k, .to), isKey(k + 1, .the), unit(k + 2) == .day, !isPlural(k + 2) else { return nil }
        return approximate
    }

    enum WordKind { case million, times, other }

    func wordKind(_ i: Int) -> WordKind {
        if isKey(i, .times) || isKey(i, .once) || isKey(i, .twice) { return .times }
        let w = lower(i)
        if w == "million" || w == "billion" || w == "trillion" || w == "thousand" || w == "percent" || w == "dollars" { return .million }
        return .other
    }

    func agoMention(_ i: Int, _ end: Int, _ value: Double?, _ u: TimeUnit, anchorToDCT: Bool, direction: Int) -> Mention {
        // "a year and a half ago" is 18 months ago, "two and a half decades ago" 25 years.
        if let v = value, v != v.rounded() {
            let smaller: (TimeUnit, Double)? =
                switch u {
                case .year: (.month, 12)
                case .decade: (.year, 10)
                case .century: (.year, 100)
                case .week: (.day, 7)
                default: nil
                }
            if let (unit, factor) = smaller, (v * factor) == (v * factor).rounded() {
                return agoMention(i, end, v * factor, unit, anchorToDCT: anchorToDCT, direction: direction)
            }
        }
        guard let v = value, v == v.rounded() else {
            return Mention(first: i, end: end, type: .date, meaning: .reference(direction < 0 ? "PAST_REF" : "FUTURE_REF"))
        }
        let n = Int(v) * direction
        if anchorToDCT {
            // "a decade ago", written in 2027, is about 2017 (as the TimeML news corpora date
            // it: the year), not the 2010s.
            if u == .decade { return Mention(first: i, end: end, type: .date, meaning: .relative(.year, n * 10)) }
            return Mention(first: i, end: end, type: .date, meaning: .relative(u, n))
        }
        // "A decade later" after a year told is that year and ten: 1951, then 1961 (not the
        // decade after the 1950s).
        if u == .decade || u == .century {
            return Mention(first: i, end: end, type: .date, meaning: .anaphoric(.year, n * (u == .decade ? 10 : 100)))
        }
        return Mention(first: i, end: end, type: .date, meaning: .anaphoric(u, n))
    }

    func durationValue(_ value: Double?, _ u: TimeUnit) -> String {
        let (letter, time, factor) = u.durationDesignator
        let prefix = time ? "PT" : "P"
        guard let v = value else { return prefix + "X" + letter }
        var amount = v * Double(factor)
        var letterOut = letter
        if amount != amount.rounded(), amount > 1 {
            // "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M, "a minute and a half" = PT1M30S.
            let whole = Int(amount.rounded(.down))
            let rest = amount - Double(whole)
            switch u {
            case .century: return "P\(Int((amount * 100).rounded()))Y"
            case .year: return "P\(whole)Y\(Int((rest * 12).rounded()))M"
            case .month: return "P\(whole)M\(Int((rest * 30).rounded()))D"
            case .day: return "P\(whole)DT\(Int((rest * 24).rounded()))H"
            case .hour: return "PT\(whole)H\(Int((rest * 60).rounded()))M"
            case .minute: return "PT\(whole)M\(Int((rest * 60).rounded()))S"
            default: break
            }
        }
        if amount != amount.rounded() {
            // Halves: "a year and a half" = P18M, "half an hour" = PT30M, "half a century" = P50Y.
            switch u {
            case .century:
                amount *= 100
                letterOut = "Y"
            case .year:
                amount *= 12
                letterOut = "M"
            case .hour:
                amount *= 60
                letterOut = "M"
            case .day:
                amount *= 24
                return "PT\(Int(amount))H"
            case .month:
                amount *= 30
                letterOut = "D"
            case .minute:
                amount *= 60
                letterOut = "S"
            default: break
            }
        }
        if amount == amount.rounded() { return prefix + String(Int(amount)) + letterOut }
        return prefix + String(amount) + letterOut
    }

    // MARK: - sets

    /// "every spring and autumn", "every Monday and Thursday", "each March and September":
    /// the second is every one too.
    func conjoinedSet(_ i: Int) -> Mention? {
        guard isKey(i - 1, .and) || isKey(i - 1, .or), isKey(i - 3, .every) || isKey(i - 3, .each), tokens[i].capitalized || season(i) != nil,
            let first = setFrequency(i - 3), first.end == i - 1, case .set(let value, let quant, _) = first.meaning
        else { return nil }
        let seasonal = ["SP", "SU", "FA", "WI"].contains { value.hasSuffix($0) }
        let code: String
        if let s = season(i), seasonal {
            code = "XXXX-\(s.rawValue)"
        } else if let w = weekday(i), value.hasPrefix("XXXX-WXX-") {
            code = "XXXX-WXX-\(w)"
        } else if let m = month(i), value.count == 7, !seasonal {
            code = "XXXX-\(CalendarDay.pad(m, 2))"
        } else {
            return nil
        }
        return Mention(first: i, end: i + 1, type: .set, meaning: .set(code, quant: quant, freq: nil))
    }

    /// "every day", "each year", "every Monday", "daily", "annually", "twice a year", "on Thursdays".
    func setFrequency(_ i: Int) -> Mention? {
        switch key(i) {
        case .every?, .each?:
            var j = i + 1
            var n = 1
            if let (v, _) = number(j) {
                n = v
                j += 1
            } else if case .cardinal(let v) = lex(j), v > 1 {
                n = v
                j += 1
            } else if case .ordinal(2) = lex(j) {
                n = 2
                j += 1
            } else if isKey(i, .every), isKey(j, .other) {
                n = 2  // "every other week"
                j += 1
            }
            if let u = unit(j) {
                let quant = isKey(i, .every) ? "EVERY" : "EACH"
                return Mention(first: i, end: j + 1, type: .set, meaning: .set(durationValue(Double(n), u), quant: quant, freq: nil))
            }
            if let (w, next) = weekdayName(j) {
                return Mention(first: i, end: next, type: .set, meaning: .set("XXXX-WXX-\(w)", quant: isKey(i, .every) ? "EVERY" : "EACH", freq: nil))
            }
            if let (m, next) = monthName(j) {
                return Mention(
                    first: i, end: next, type: .set,
                    meaning: .set("XXXX-\(CalendarDay.pad(m, 2))", quant: isKey(i, .every) ? "EVERY" : "EACH", freq: nil))
            }
            if case .season(let s) = lex(j) {
                return Mention(
                    first: i, end: j + 1, type: .set, meaning: .set("XXXX-\(s.rawValue)", quant: isKey(i, .every) ? "EVERY" : "EACH", freq: nil))
            }
            return nil
        case .daily?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("P1D", quant: nil, freq: nil))
        case .weekly?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("P1W", quant: nil, freq: nil))
        case .biweekly?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("P2W", quant: nil, freq: nil))
        case .biennially?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("P2Y", quant: nil, freq: nil))
        case .monthly?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("P1M", quant: nil, freq: nil))
        case .annually?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("P1Y", quant: nil, freq: nil))
        case .hourly?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("PT1H", quant: nil, freq: nil))
        case .nightly?: return Mention(first: i, end: i + 1, type: .set, meaning: .set("P1D", quant: nil, freq: nil))
        case .once?, .twice?:
            let times = isKey(i, .once) ? 1 : 2
            if isKey(i + 1, .a) || isKey(i + 1, .per) || isKey(i + 1, .every) || isKey(i + 1, .each) { return timesPer(i, i + 1, times) }
            // "twice yearly", "once weekly": the frequency after the adverb of the period.
            let period: String?
            switch key(i + 1) {
            case .annually?, .yearly?: period = "P1Y"
            case .monthly?: period = "P1M"
            case .weekly?: period = "P1W"
            case .daily?: period = "P1D"
            default: period = nil
            }
            if let period { return Mention(first: i, end: i + 2, type: .set, meaning: .set(period, quant: nil, freq: "\(times)X")) }
            return nil
        default:
            break
        }
        // "three times a year"
        if let q = quantity(i), let v = q.value, isKey(q.next, .times), q.next > i {
            return timesPer(i, q.next + 1, Int(v))
        }
        // "on Thursdays"
        // ("Classes meet Tuesdays and Thursdays": after a verb or "and" too; not a name's,
        // "Fridays for Future".)
        if let w = weekday(i), tokens[i].capitalized, wordLength(i) == Grammar.weekdayLengths[w - 1] + 1,
            isKey(i - 1, .on) || isKey(i - 1, .and) || isKey(i - 1, .or)
                || has(i - 1) && tokens[i - 1].kind == .word && !tokens[i - 1].capitalized && tokens[i - 1].lexeme == .none
                    && !(has(i + 1) && tokens[i + 1].kind == .word && tokens[i + 1].capitalized)
        {
            return Mention(first: i, end: i + 1, type: .set, meaning: .set("XXXX-WXX-\(w)", quant: nil, freq: nil))
        }
        // "Tuesday nights", "Sunday mornings": that part of every such day.
        if let w = weekday(i), tokens[i].capitalized, wordLength(i) == Grammar.weekdayLengths[w - 1], case .partOfDay(let p) = lex(i + 1),
            isPlural(i + 1)
        {
            return Mention(first: i, end: i + 2, type: .set, meaning: .set("XXXX-WXX-\(w)T\(p.rawValue)", quant: nil, freq: nil))
        }
        return nil
    }

    func timesPer(_ i: Int, _ j: Int, _ times: Int) -> Mention? {
        guard isKey(j, .a) || isKey(j, .per) || isKey(j, .every) || isKey(j, .each), let u = unit(j + 1) else { return nil }
        return Mention(first: i, end: j + 2, type: .set, meaning: .set(durationValue(1, u), quant: nil, freq: "\(times)X"))
    }

    // MARK: - weekdays, holidays, clock times

    /// "Thursday", "on Thursday", "Thursday morning", "early Tuesday" (via modified).
    func weekdayAlone(_ i: Int, afterModifier: Bool = false) -> Mention? {
        guard let (w, next) = weekdayName(i) else { return nil }
        if isPlural(i) && wordLength(i) > 6 && bytes[tokens[i].end - 1] == UInt8(ascii: "s") { return nil }  // "Thursdays"
        if monthDate(i) != nil || dayMonth(i) != nil { return nil }
        // "Tuesday of last week", "Friday of next week", "Monday of this week".
        if isKey(next, .of), let k = key(next + 1), k == .last || k == .next || k == .this, unit(next + 2) == .week, !isPlural(next + 2) {
            return Mention(first: i, end: next + 3, type: .date, meaning: .weekdayOfWeek(w, weekOffset: k == .last ? -1 : k == .next ? 1 : 0))
        }
        // "Thursday next week", "Wednesday last week", "Monday this week" (not "Thursday next
        // week's talks": the week's own).
        if let k = key(next), k == .last || k == .next || k == .this, unit(next + 1) == .week, !isPlural(next + 1),
            !(isApostrophe(next + 2) && glued(next + 2))
        {
            return Mention(first: i, end: next + 2, type: .date, meaning: .weekdayOfWeek(w, weekOffset: k == .last ? -1 : k == .next ? 1 : 0))
        }
        if let p = partOfDay(next) {
            return Mention(first: i, end: next + 1, type: .time, meaning: .weekday(w, direction: 0, time: p))
        }
        return withClock(Mention(first: i, end: next, type: .date, meaning: .weekday(w, direction: 0, time: nil)))
    }

    /// Christmas, New Year's Day, Easter, Thanksgiving, Memorial Day, Golden Week..., with a year if given.
    func holidayExpression(_ i: Int) -> Mention? {
        var holiday: Holiday?
        var end = i + 1
        func dayFollows(_ j: Int) -> Bool { unit(j) == .day && !isPlural(j) }
        switch lex(i) {
        case .holiday(let h):
            guard tokens[i].capitalized else { return nil }
            holiday = h
            if h == .christmas && isKey(i + 1, .eve) {
                holiday = .christmasEve
                end = i + 2
            } else if h == .christmas && dayFollows(i + 1) {
                end = i + 2
            } else if h == .easter && weekday(i + 1) == 7 {
                end = i + 2
            } else if h == .thanksgiving && dayFollows(i + 1) {
                end = i + 2
            }
        case .key(let k):
            guard tokens[i].capitalized else { return nil }
            switch k {
            case .new:
                // "New Year's Day", "New Year's Eve", "New Year" (the day)
                guard unit(i + 1) == .year, tokens[i + 1].capitalized else { return nil }
                // "Lunar New Year", "Chinese New Year": the first day of the lunisolar year.
                if has(i - 1), tokens[i - 1].capitalized, isWord(i - 1, "lunar") || isWord(i - 1, "chinese") {
                    // "Lunar New Year's Day" is that day too; its eve has no day of its own here
                    // (not New Year's Eve, December 31).
                    if isApostrophe(i + 2), glued(i + 2), isKey(i + 3, .s) {
                        if isKey(i + 4, .eve) { return nil }
                        if dayFollows(i + 4) { return holidayWithYear(.lunarNewYear, first: i - 1, end: i + 5) }
                    }
                    return holidayWithYear(.lunarNewYear, first: i - 1, end: i + 2)
                }
                var j = i + 2
                if isApostrophe(j), glued(j), isKey(j + 1, .s) { j += 2 }
                if isKey(j, .eve) {
                    holiday = .newYearsEve
                    end = j + 1
                } else if dayFollows(j) {
                    holiday = .newYearsDay
                    end = j + 1
                } else {
                    return nil
                }
            case .memorial, .independence, .labor, .labour, .veterans, .anzac, .victory, .boxing, .columbus, .election, .presidents,
                .australia, .canada, .bastille, .remembrance:
                var j = i + 1
                if isApostrophe(j) { j += 1 }
                guard dayFollows(j), tokens[j].capitalized else { return nil }
                // (A national day in a name: "the National Australia Day Council", "an Australia
                // Day Honour", "the Canada Day Committee".)
                if Grammar.nationalDays.contains(k),
                    has(j + 1) && tokens[j + 1].kind == .word && tokens[j + 1].capitalized && sameLine(j + 1) && month(j + 1) == nil
                        && weekday(j + 1) == nil
                        || i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].capitalized && tokens[i - 1].lexeme == .none && sentenceStart(i) != i
                {
                    return nil
                }
                end = j + 1
                holiday =
                    [
                        .memorial: .memorialDay, .independence: .independenceDay, .labor: .laborDay,
                        .labour: .laborDay, .veterans: .veteransDay, .anzac: .anzacDay, .victory: .victoryDay,
                        .boxing: .boxingDay, .columbus: .columbusDay, .election: .electionDay,
                        .presidents: .presidentsDay, .australia: .australiaDay, .canada: .canadaDay, .bastille: .bastilleDay,
                        .remembrance: .remembranceDay,
                    ][k]
            case .valentine:
                var j = i + 1
                if isApostrophe(j), isKey(j + 1, .s) { j += 2 }
                guard dayFollows(j) else { return nil }
                holiday = .valentinesDay
                end = j + 1
            case .luther:
                // "Martin Luther King Day", "Martin Luther King Jr. Day"
                guard isWord(i - 1, "martin"), isWord(i + 1, "king") else { return nil }
                var j = i + 2
                if isWord(j, "jr") { j += punct(j + 1, 0x2E) ? 2 : 1 }
                guard dayFollows(j) else { return nil }
                holiday = .martinLutherKingDay
                end = j + 1
                return Mention(first: i - 1, end: end, type: .date, meaning: .near(DateFields(holiday: .martinLutherKingDay), direction: 0))
            case .golden:
                guard unit(i + 1) == .week, tokens[i + 1].capitalized else { return nil }
                holiday = .goldenWeek
                end = i + 2
            case .good:
                guard weekday(i + 1) == 5, tokens[i + 1].capitalized else { return nil }
                holiday = .goodFriday
                end = i + 2
            default:
                return nil
            }
        default:
            return nil
        }
        guard let h = holiday else { return nil }
        return holidayWithYear(h, first: i, end: end)
    }

    /// A holiday from `first` to `end`, with the year written after it if there is one.
    func holidayWithYear(_ h: Holiday, first i: Int, end: Int) -> Mention? {
        var end = end
        var fields = DateFields(holiday: h)
        var j = end
        if punct(j, 0x2C) && yearNumber(j + 1) != nil { j += 1 }
        if let (y, next) = yearNumber(j) {
            fields.year = y
            end = next
        } else if sameLine(end), unit(end + 1) == .year, isKey(end, .last) || isKey(end, .this) || isKey(end, .next) {
            // "on Australia Day last year", "at Christmas this year".
            return Mention(first: i, end: end + 2, type: .date, meaning: .inYear(fields, offset: isKey(end, .last) ? -1 : isKey(end, .next) ? 1 : 0))
        }
        return Mention(first: i, end: end, type: .date, meaning: fields.year != nil ? .calendar(fields) : .near(fields, direction: 0))
    }

    /// A military or maritime date-time group: day, hours and minutes in six digits, the zone
    /// ("Z" glued, or "UTC"), the month's abbreviation and the year's last two digits:
    /// "151900 UTC MAR 26", "151900Z MAR 26" (`2026-03-15T19:00`).
    func dateTimeGroup(_ i: Int) -> Mention? {
        guard let (v, d) = number(i), d == 6 else { return nil }
        let (day, hour, minute) = (v / 10000, (v / 100) % 100, v % 100)
        guard (1...31).contains(day), hour <= 23, minute < 60 else { return nil }
        var j = i + 1
        if glued(j), tokens[j].kind == .word, wordLength(j) == 1, isWord(j, "z") {
            j += 1
        } else if let k = key(j), Grammar.zoneKeys.contains(k), tokens[j].allCaps {
            j += 1
        } else {
            return nil
        }
        guard let (month, next) = monthName(j), let (yy, yd) = number(next), yd == 2, CalendarDay(year: 2000 + yy, month: month, day: day) != nil
        else { return nil }
        let clock = "\(CalendarDay.pad(hour, 2)):\(CalendarDay.pad(minute, 2))"
        return Mention(
            first: i, end: next + 1, type: .time, meaning: .clock(.calendar(DateFields(year: 2000 + yy, month: month, day: day)), clock))
    }

    /// "10 a.m.", "3:30 p.m.", "14:30", "noon", "midnight", "10 o'clock" (with an optional zone).
    func clockTime(_ i: Int) -> Mention? {
        if isKey(i, .noon), isWord(i - 1, "high") { return nil }  // "high noon", "High Noon"
        if isKey(i, .noon) { return clockWithDay(Mention(first: i, end: i + 1, type: .time, meaning: .clock(nil, "12:00")), "12:00") }
        if isKey(i, .midnight) { return clockWithDay(Mention(first: i, end: i + 1, type: .time, meaning: .clock(nil, "24:00")), "24:00") }
        // "0600 GMT", "2210 GMT", "at 0600 local time": a time of day in four digits, told by
        // the zone after it (a year never has one).
        if let (v, d) = number(i), d == 4, v / 100 <= 23, v % 100 < 60 {
            // Told from a year or a count ("in 2015 UTC sold", "(2019 est.)", "logged 1500
            // hours") by a leading zero or a word of time before it: "at 2210 GMT", "(0735 GMT)".
            let timeWord = key(i - 1).map { [.at, .by, .until, .from, .before, .after, .since, .around, .about].contains($0) } ?? false
            let zulu = isZulu(i + 1)
            // "from 1800 to 2200 local time", "between 2300 and 0600", "from 0700 to 1900": the
            // first time of a pair whose second has the zone or a leading zero, or whose first
            // has one (no year 1800 or 1900).
            // (Zulu times too: "between 0800Z and 1200Z on Saturday".)
            let link = zulu ? i + 2 : i + 1
            let pairFirst =
                (isKey(i - 1, .from) || isKey(i - 1, .between))
                && (isKey(link, .to) || isKey(link, .until) || isKey(link, .and) || isDash(link))
                && (isPairedClock(link + 1) || v < 1000 && isFourDigitClock(link + 1))
            guard v < 1000 || timeWord || pairFirst || punct(i - 1, 0x28) || zulu else { return nil }
            var j = i + 1
            if pairFirst {
                // The pair is one expression, valued by its first time: "1800 to 2200 local time"
                // (the second is no year, and a title drops both).
                j = link + 2
                if isZulu(j) { j += 1 }
                if isWord(j, "local"), isKey(j + 1, .time) {
                    j += 2
                } else if isWord(j, "hours") || isWord(j, "hrs") {
                    j += 1
                }
                if let k = key(j), Grammar.zoneKeys.contains(k), tokens[j].allCaps { j += 1 }
            } else if let k = key(j), Grammar.zoneKeys.contains(k), tokens[j].allCaps {
                j += 1
            } else if zulu {
                // "1140Z", a log's time in UTC.
                j += 1
            } else if isWord(j, "local"), isKey(j + 1, .time) {
                j += 2
            } else if isWord(j, "hours") || isWord(j, "hrs") {
                // "at 1430 hours"; "about 1500 hours of footage", "after 1000 hours of testing"
                // are counts.
                let clockWord = key(i - 1).map { [.at, .by, .until, .from, .since, .before].contains($0) } ?? false
                guard v < 1000 || clockWord, !isKey(j + 1, .of) else { return nil }
                j += 1
            } else {
                return nil
            }
            let clock = "\(CalendarDay.pad(v / 100, 2)):\(CalendarDay.pad(v % 100, 2))"
            // (A pair takes no day after it: "moved from 0900 to 1300 UTC on March 12" keeps
            // "March 12" for the date, whose year its own rules decide.)
            if pairFirst { return Mention(first: i, end: j, type: .time, meaning: .clock(nil, clock)) }
            return clockWithDay(Mention(first: i, end: j, type: .time, meaning: .clock(nil, clock)), clock)
        }
        guard let (h, hd) = number(i), hd <= 2, h <= 24 else { return nil }
        var minute = 0
        var j = i + 1
        var explicitMinutes = false
        if punct(j, 0x3A) || (punct(j, 0x2E) && number(j + 1)?.digits == 2 && ampm(j + 2) != nil), glued(j), let (m, md) = number(j + 1), md == 2,
            m < 60, glued(j + 1)
        {
            minute = m
            j += 2
            explicitMinutes = true
        }
        // "00:41:00", "14:30:05": the seconds too (a recording's timestamp is one clock, not
        // "00:41" and a stray ":00").
        var seconds: Int?
        if explicitMinutes, punct(j, 0x3A), glued(j), let (sec, sd) = number(j + 1), sd == 2, sec < 60, glued(j + 1) {
            seconds = sec
            j += 2
        }
        var hour = h
        if let (pm, next) = ampm(j) {
            guard (1...12).contains(h) else { return nil }
            hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
            j = next
        } else if !explicitMinutes || hd != 2 && h > 12 {
            if !explicitMinutes { return nil }
        }
        if let k = key(j), Grammar.zoneKeys.contains(k), tokens[j].allCaps { j += 1 }
        let clock = "\(CalendarDay.pad(hour, 2)):\(CalendarDay.pad(minute, 2))" + (seconds.map { ":" + CalendarDay.pad($0, 2) } ?? "")
        return clockWithDay(Mention(first: i, end: j, type: .time, meaning: .clock(nil, clock)), clock)
    }

    /// The national days read by their country's name ("Australia Day"), which a name may hold
    /// ("the National Australia Day Council").
    static let nationalDays: Set<Keyword> = [.australia, .canada, .bastille, .remembrance]

    /// A "Z" glued to the number before it: Zulu time, UTC ("1140Z"). Not a model's name after
    /// a determiner ("the 1500Z", "The 2024Z variant").
    func isZulu(_ i: Int) -> Bool {
        guard glued(i), has(i), tokens[i].kind == .word, wordLength(i) == 1, (bytes[tokens[i].start] | 0x20) == UInt8(ascii: "z") else {
            return false
        }
        return !(isKey(i - 2, .the) || isKey(i - 2, .a) || isKey(i - 2, .an) || isWord(i - 2, "its") || isWord(i - 2, "their"))
    }

    /// Four digits that can be a time of day: "1900", "0630".
    func isFourDigitClock(_ i: Int) -> Bool {
        guard let (v, d) = number(i), d == 4 else { return false }
        return v / 100 <= 23 && v % 100 < 60
    }

    /// The second of a pair of times in four digits: with a zone, "local time" or "hours" after
    /// it ("2200 GMT"), or with a leading zero ("0500").
    func isPairedClock(_ i: Int) -> Bool {
        guard isFourDigitClock(i), let (v, _) = number(i) else { return false }
        if v < 1000 || isZulu(i + 1) { return true }
        if let k = key(i + 1), Grammar.zoneKeys.contains(k), tokens[i + 1].allCaps { return true }
        return isWord(i + 1, "local") && isKey(i + 2, .time) || isWord(i + 1, "hours") || isWord(i + 1, "hrs")
    }

    /// "10 a.m. on January 29, 2025", "noon Thursday", "9 a.m. Tuesday": the day after a clock time.
    /// Time zones written after a clock time ("10 a.m. EST", "2210 GMT").
    static let zoneKeys: Set<Keyword> = [
        .gmt, .utc, .est, .edt, .pst, .pdt, .cet, .jst, .msk, .et, .ct, .pt, .cst, .cdt, .kst, .bst, .aest, .aedt, .hkt, .sgt,
    ]

    func clockWithDay(_ m: Mention, _ clock: String) -> Mention {
        var j = m.end
        // "3:30 p.m. local time on Jan. 28", "6 a.m. Moscow time on Jan. 1": the day after
        // the zone.
        if sameLine(j), isWord(j, "local") || tokens[j].kind == .word && tokens[j].capitalized && isPlainWord(j), isKey(j + 1, .time),
            isKey(j + 2, .on) || punct(j + 2, 0x2C)
        {
            j += 2
        }
        if isKey(j, .on) || punct(j, 0x2C) { j += 1 }
        guard sameLine(j) else { return m }
        if let d = monthDate(j) ?? dayMonth(j), case .calendar = d.meaning {
            return Mention(first: m.first, end: d.end, type: .time, meaning: .clock(d.meaning, clock), hasWeekday: d.hasWeekday)
        }
        if let (w, next) = weekdayName(j), monthDate(j) == nil {
            return Mention(first: m.first, end: next, type: .time, meaning: .clock(.weekday(w, direction: 0, time: nil), clock))
        }
        if let k = key(j), k == .today || k == .yesterday || k == .tomorrow || k == .tonight {
            return Mention(
                first: m.first, end: j + 1, type: .time, meaning: .clock(.relative(.day, k == .yesterday ? -1 : (k == .tomorrow ? 1 : 0)), clock))
        }
        // "at 9 p.m. last night": the day before the publication.
        if isKey(j, .last), sameLine(j + 1), isWord(j + 1, "night") {
            return Mention(first: m.first, end: j + 2, type: .time, meaning: .clock(.relative(.day, -1), clock))
        }
        // "at 10:42 this morning", "at 9 p.m. this evening": the day of the publication.
        if isKey(j, .this), sameLine(j + 1), ["morning", "afternoon", "evening"].contains(where: { isWord(j + 1, $0) }) {
            return Mention(first: m.first, end: j + 2, type: .time, meaning: .clock(.relative(.day, 0), clock))
        }
        return m
    }

    /// "a.m.", "am", "p.m.", "pm", "AM": (isPM, next index).
    func ampm(_ i: Int) -> (Bool, Int)? {
        guard has(i), tokens[i].kind == .word else { return nil }
        if isKey(i, .am) || isKey(i, .pm) { return (isKey(i, .pm), i + 1) }
        let isA = isWord(i, "a")
        if isA || isWord(i, "p"), punct(i + 1, 0x2E), glued(i + 1), isWord(i + 2, "m"), glued(i + 2) {
            let end = punct(i + 3, 0x2E) && glued(i + 3) ? i + 4 : i + 3
            return (!isA, end)
        }
        return nil
    }
}
