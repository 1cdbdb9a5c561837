#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns an event sentence into a short title by rule: drops the date that dates it (with its
/// preposition), attribution ("Bloomberg reports", "according to ...", "the agency writes
/// that"), leading discourse markers ("In particular,"), role phrases before named people,
/// and cuts a long remainder at a clause boundary (", which", " in the event of").
enum TitleCompressor {
    /// The comma that opens a trailing attribution (", Bloomberg reports.", ", the ministry said
    /// on Monday.", ", according to officials."): the last comma of the sentence, followed by at
    /// most eight words with a reporting verb among them or "according" first.
    static func trailingAttribution(_ bytes: [UInt8], sentence: Range<Int>, words: [Word]) -> Int? {
        // (Not a comma inside a figure, "1,500 drones", or a date's before its year, "July 12,
        // 2016 that the claims ...".)
        guard let comma = lastByte(bytes, UInt8(ascii: ","), in: sentence), comma + 2 < bytes.count, bytes[comma + 1] &- 0x30 >= 10,
            !(bytes[comma + 1] == 0x20 && comma + 6 <= bytes.count && bytes[(comma + 2)..<(comma + 6)].allSatisfy({ $0 &- 0x30 < 10 })
                && (comma + 6 == bytes.count || bytes[comma + 6] &- 0x30 >= 10))
        else {
            return nil
        }
        let tail = words.filter { $0.range.lowerBound > comma && $0.range.lowerBound < sentence.upperBound }
        guard !tail.isEmpty, tail.count <= 8, tail[0].text != "that" else { return nil }
        if tail[0].text.lowercasedASCII() == "according" { return comma }
        // (A reporting verb after a determiner is a noun: ", that the claims had no basis".)
        guard
            let v = tail.indices.first(where: {
                reportingVerbs.contains(tail[$0].text.lowercasedASCII()) && ($0 == 0 || !nounOpeners.contains(tail[$0 - 1].text.lowercasedASCII()))
            })
        else { return nil }
        // ("Speaking on Monday, Kishida said Japan would join the drills", "John Smith, a NATO
        // spokesman, said the drills began on Monday": what is said has a verb of its own; the
        // tail is the sentence's main clause, no attribution.)
        // (A word in -ed before a determiner is a verb too: "said Russian jets violated its
        // airspace"; "said in a statement released on Tuesday" is a participle.)
        // (Only when what comes before the comma has no verb of its own: "The exercise ran from
        // March 3 to March 5, and officials said it was a success" drops the saying.)
        let headHasVerb = words.contains { w in
            w.range.lowerBound >= sentence.lowerBound && w.range.upperBound <= comma && !w.capitalized
                && EventExtractor.isVerbForm(w.text.lowercasedASCII())
        }
        // ("said the ship arrived on Monday": a subject right after the reporting verb, then a
        // word in -ed; "said in a statement released on Tuesday" has none.)
        let subjectAfter =
            v + 1 < tail.count
            && (tail[v + 1].capitalized
                || ["the", "a", "an", "its", "their", "it", "they", "he", "she", "we"].contains(tail[v + 1].text.lowercasedASCII()))
        if !headHasVerb, subjectAfter, tail[(v + 2)...].contains(where: { !$0.capitalized && $0.text.utf8.count > 4 && $0.text.hasSuffix("ed") }) {
            return nil
        }
        if !headHasVerb,
            tail.indices.contains(where: { k in
                guard k > v, !tail[k].capitalized else { return false }
                let t = tail[k].text.lowercasedASCII()
                if EventExtractor.finiteVerbs.contains(t) || EventExtractor.pastVerbs.contains(t) { return true }
                return t.utf8.count > 4 && t.hasSuffix("ed") && k + 1 < tail.count
                    && ["its", "the", "a", "an", "their", "his", "her", "our"].contains(tail[k + 1].text.lowercasedASCII())
            })
        {
            return nil
        }
        // A reporting verb first is followed by who reports (", said the ministry", ", said Jane
        // Doe"); ", added two ships last week" is the sentence's own verb.
        return v > 0 || (tail.count > 1 && (tail[1].capitalized || tail[1].text == "the")) ? comma : nil
    }

    /// The "that" closing a leading reporting clause that a title drops ("The agency also
    /// writes that ...", "State media reported on Sunday that ..."): among the first eight
    /// words, after a reporting verb, and not before a pronoun that points back into the clause
    /// ("China's Eastern Theater Command said that its forces ..." keeps it).
    /// `pronouns`: also before such a pronoun (for dating: "The coast guard said on Monday that
    /// it had expelled two ships the previous week" reports the previous week's happening,
    /// though its title keeps the clause).
    static func leadingReport(_ words: [Word], pronouns: Bool = false) -> Int? {
        // (For dating, "that" may be left out before the pronoun: "North Korea said on Tuesday
        // it had tested a new missile the previous day".)
        if pronouns, !words.prefix(8).contains(where: { $0.text == "that" }),
            let verb = words.prefix(6).firstIndex(where: { !$0.capitalized && reportingVerbs.contains($0.text) })
        {
            if let pronoun = words[(verb + 1)...].prefix(5).firstIndex(where: { ["it", "they", "he", "she", "we"].contains($0.text) }),
                pronoun > verb + 1, pronoun + 1 < words.count,
                ["had", "has", "have", "was", "were", "would", "will"].contains(words[pronoun + 1].text)
                    || EventExtractor.isVerbForm(words[pronoun + 1].text)
            {
                return pronoun
            }
            // (Or before a named or determined subject after the report's own date: "The
            // ministry said on Tuesday the ships arrived on Monday", "The Pentagon said Monday
            // Austin will travel to Manila next week".)
            if verb + 2 < words.count, ["on", "in"].contains(words[verb + 1].text) || isDayName(words[verb + 1].text),
                !words[(verb + 2)...].prefix(4).contains(where: { $0.text == "that" }),
                let subject = words[(verb + 2)...].prefix(4).firstIndex(where: { w in (w.capitalized && !isDayName(w.text)) || w.text == "the" }),
                (subject + 1...subject + 3).contains(where: { k in
                    k < words.count && !words[k].capitalized && EventExtractor.isVerbForm(words[k].text)
                })
            {
                return subject
            }
        }
        // ("South Korea's Joint Chiefs of Staff said on Monday that ...": a long subject; "that"
        // right after the reporting verb and its date, so among words 7 to 12.)
        // (Not after a dateline: "TALLINN, Oct 6 (Reuters) - Estonia's foreign ministry said on
        // Saturday that ...": its words are not the subject's.)
        // (For dating only: the title keeps a long subject's report, "A Chinese Foreign Ministry
        // spokeswoman, Mao Ning, said on Monday that the patrols were ...", whose claim it is.)
        if pronouns, words.count > 8, words[7..<min(words.count, 13)].contains(where: { $0.text == "that" }), !opensWithPlaceInCapitals(words),
            let verb = words.prefix(10).firstIndex(where: { !$0.capitalized && reportingVerbs.contains($0.text) }), verb >= 6,
            let that = (verb + 1...verb + 3).first(where: { $0 < words.count && words[$0].text == "that" }),
            (verb + 1..<that).allSatisfy({ words[$0].text == "on" || isDayName(words[$0].text) }), that + 1 < words.count
        {
            return that
        }
        guard let thatIndex = words.prefix(8).firstIndex(where: { $0.text == "that" }), thatIndex > 0,
            let verb = words[..<thatIndex].lastIndex(where: { reportingVerbs.contains($0.text.lowercasedASCII()) }),
            thatIndex + 1 < words.count, pronouns || !backPronouns.contains(words[thatIndex + 1].text.lowercasedASCII())
        else { return nil }
        // "Latvia says the drone that crashed ...": a noun right after a verb of saying (not
        // "told", which takes whom it told) is what is said about, and its "that" a relative
        // pronoun.
        if words[verb].text.lowercasedASCII() != "told", verb + 1 < thatIndex, nounOpeners.contains(words[verb + 1].text.lowercasedASCII()) {
            return nil
        }
        return thatIndex
    }

    /// The first word is a place in capitals, as a dateline opens ("TOKYO", "WASHINGTON"; not an
    /// organization's acronym, "NATO said ...").
    static func opensWithPlaceInCapitals(_ words: [Word]) -> Bool {
        guard let first = words.first, first.text.utf8.count > 1 else { return false }
        return first.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) && !organizationAcronyms.contains(first.text)
    }

    /// A weekday's or a month's name (a report's date, not a subject).
    static func isDayName(_ word: String) -> Bool {
        Resolver.weekdayNames.contains(word) || Resolver.monthNames.contains(word) || ["Today", "Yesterday"].contains(word)
    }

    static let nounOpeners: Set<String> = ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her"]

    /// Pronouns that point back to a subject named earlier in the sentence.
    static let backPronouns: Set<String> = ["it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our"]

    static let reportingVerbs: Set<String> = [
        "reports", "reported", "said", "says", "writes", "wrote", "notes", "noted", "told", "added", "adds",
        "stated", "states", "announced", "reporting", "summarized", "claimed", "claims", "confirmed",
    ]
    static let discourseMarkers: [[String]] = [
        ["in", "particular"], ["also"], ["meanwhile"], ["however"], ["moreover"], ["in", "addition"], ["additionally"],
        ["separately"], ["furthermore"], ["notably"], ["for", "its", "part"], ["at", "the", "same", "time"], ["then"],
        ["in", "turn"], ["as", "a", "result"], ["most", "recently"],
    ]
    /// Each marker as text, and followed by a comma and by a space.
    static let discoursePhrases: [(text: String, comma: String, space: String)] = discourseMarkers.map {
        let text = $0.joined(separator: " ")
        return (text, text + ",", text + " ")
    }
    /// The first bytes the discourse phrases start with (most titles start with none of them).
    static let discourseFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for phrase in discoursePhrases { if let b = phrase.text.utf8.first { table[Int(b)] = true } }
        return table
    }()
    /// Participles of acts that carry a date ("signed on", "agreed in", "planned for"): set off
    /// after a noun with their date, they and the noun are the event
    /// (``EventExtractor/participleAside(_:words:part:bytes:)``).
    static let datedParticiples: Set<String> = [
        "signed", "agreed", "adopted", "founded", "established", "held", "concluded", "ratified", "approved", "launched", "completed",
        "commissioned", "enacted", "passed", "published", "issued", "released", "unveiled", "announced", "planned", "scheduled", "slated",
        "set",
    ]
    /// Words after the comma that closes a date's year ("July 12, 2016, that") that continue
    /// the clause: the comma goes with the date.
    static let yearClosers: Set<String> = ["that", "to", "when", "after", "before", "as", "in", "at", "with", "for", "under", "amid"]
    static let datePrepositions: Set<String> = [
        "on", "in", "at", "during", "since", "by", "from", "until", "as", "of", "dated", "early", "earlier", "for", "into", "overnight",
        "through", "till",
    ]
    /// "starting", "beginning", "effective" before a date open the day a change starts from
    /// ("will end by 10 p.m. starting November 1"), unless a form of "be", "become", "prove" or
    /// an adverb of degree makes them an adjective or a verb ("The ban was effective Friday",
    /// "proved highly effective Thursday", "Talks are beginning Monday").
    static func opensStartDay(_ words: [Word], at w: Int) -> Bool {
        guard w >= 0, w < words.count, ["starting", "beginning", "effective"].contains(words[w].text.lowercasedASCII()) else { return false }
        guard w > 0 else { return true }
        return ![
            "is", "was", "are", "were", "be", "been", "being", "become", "becomes", "became", "prove", "proves", "proved", "proven",
            "remain", "remains", "remained", "most", "highly", "very", "more", "less", "fully", "not", "s",
        ].contains(words[w - 1].text.lowercasedASCII())
    }
    /// Words that hedge a date: they go with it ("at around", "possibly in").
    static let dateHedges: Set<String> = ["around", "about", "roughly", "approximately", "between", "possibly", "probably", "perhaps", "circa"]
    /// What a cut at " after " or " before " can leave behind: "..., hours", "roughly 12
    /// hours", "shortly", "a day".
    static let intervalWords: Set<String> = [
        "shortly", "soon", "just", "only", "immediately", "hours", "hour", "days", "day", "weeks", "week", "minutes", "minute", "months",
        "month", "years", "year", "a", "an", "one", "two", "three", "four", "five", "six", "several", "few", "some", "roughly", "about",
        "nearly", "almost", "around", "barely", "less", "more", "than", "moments", "exactly", "decade", "decades", "century",
        "centuries", "generation",
    ]
    static let cutMarkers = [
        ", which ", ", who ", ", where ", "; ", " — ", " – ", ", including ", " in the event of ", ", as ", ", but ",
        ", while ", ", although ", " after ", " because ", ", and ", " so that ", ", saying ",
    ]
    static let maximumWords = 14

    /// - Parameters:
    ///   - bytes: the document text
    ///   - sentence: the sentence's byte range
    ///   - dates: byte ranges of the date expressions to drop
    ///   - roles: byte ranges of role phrases to drop ("the new US Secretary of Defense ")
    ///   - keepsAside: the title is an aside's (its participle or relative clause stays with
    ///     the date gone)
    ///   - words: the sentence's words (``Words/split(_:_:)`` of `sentence`)
    static func title(
        _ bytes: [UInt8], sentence: Range<Int>, words: [Word], dates: [Range<Int>], roles: [Range<Int>], opensTheStory: Bool = false,
        keepsAside: Bool = false
    ) -> String {
        var keep = [Bool](repeating: true, count: sentence.count)
        let base = sentence.lowerBound
        func drop(_ r: Range<Int>) {
            for i in r where i >= sentence.lowerBound && i < sentence.upperBound { keep[i - base] = false }
        }
        // Dates with their preposition and the commas that set them off.
        // A title that opened with a possessive date ("Thursday's session was ...") opens with "The".
        var possessiveOpening = false
        for d in dates {
            var lo = d.lowerBound
            var hi = d.upperBound
            // A possessive date: at the start it goes with its "'s" ("This year's exercises");
            // inside the sentence it stays ("the timing of Thursday's launch").
            // ("Sunday's was the third such collision": a verb after it, not a possessive.)
            if EventExtractor.isPossessive(bytes, at: hi),
                !(words.first(where: { $0.range.lowerBound > hi + 1 }).map { EventExtractor.finiteVerbs.contains($0.text.lowercasedASCII()) } ?? true)
            {
                guard previousNonSpace(bytes, lo, floor: sentence.lowerBound) == nil else { continue }
                hi += bytes[hi] == UInt8(ascii: "'") ? 2 : 4
                possessiveOpening = true
                drop(lo..<hi)
                continue
            }
            // "at 9:40 a.m. local time": the clock's zone goes with it.
            if let w = words.firstIndex(where: { $0.range.lowerBound >= hi }), w + 1 < words.count,
                words[w].text.lowercasedASCII() == "local", words[w + 1].text.lowercasedASCII() == "time",
                bytes[hi..<words[w].range.lowerBound].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "(") })
            {
                hi = words[w + 1].range.upperBound
                if hi < sentence.upperBound, bytes[hi] == UInt8(ascii: ")") { hi += 1 }
            }
            // The preposition and a hedge before it: "at around 7:10 a.m.", "between 21 and 22
            // February", "possibly in the autumn", "planned for September", "overnight into
            // Sunday".
            var wi = words.lastIndex(where: { $0.range.upperBound <= lo })
            // ("jailed for 2019 accounting fraud", "a contract for 2027 deliveries": a date
            // before a noun is an attribute, and "for" or "into" stays.)
            // (Only a bare year: "postponed into July amid protests" drops "into".)
            let attributive =
                hi - lo == 4 && bytes[lo..<hi].allSatisfy({ $0 &- 0x30 < 10 })
                && (nextNonSpace(bytes, hi, ceiling: sentence.upperBound).map { i in bytes[i] >= UInt8(ascii: "a") && bytes[i] <= UInt8(ascii: "z") }
                    ?? false)
            for _ in 0..<3 {  // ("as early as March")
                guard let w = wi else { break }
                let lower = words[w].text.lowercasedASCII()
                // ("reached the tanker shortly before midnight": "shortly before" goes too.)
                if lower == "before" || lower == "after", w >= 1,
                    ["shortly", "just", "right", "soon", "immediately"].contains(words[w - 1].text.lowercasedASCII()),
                    bytes[words[w].range.upperBound..<lo].allSatisfy({ $0 == 0x20 })
                {
                    lo = words[w - 1].range.lowerBound
                    wi = w >= 2 ? w - 2 : nil
                    continue
                }
                // ("requests a full account no later than 31 October": the deadline's words go too.)
                if lower == "than", w >= 2, words[w - 1].text.lowercasedASCII() == "later",
                    ["no", "not"].contains(words[w - 2].text.lowercasedASCII()),
                    bytes[words[w].range.upperBound..<lo].allSatisfy({ $0 == 0x20 })
                {
                    lo = words[w - 2].range.lowerBound
                    wi = w >= 3 ? w - 3 : nil
                    continue
                }
                // ("Over the last decade, China has built ...": "over" before a past period; not
                // "took over on Monday".)
                let overPeriod =
                    lower == "over" && hi - lo > 9
                    && (bytes[lo..<(lo + 9)].elementsEqual("the last ".utf8) || bytes[lo..<(lo + 9)].elementsEqual("the past ".utf8))
                guard datePrepositions.contains(lower) || dateHedges.contains(lower) || overPeriod || opensStartDay(words, at: w),
                    !(attributive && (lower == "for" || lower == "into")),
                    bytes[words[w].range.upperBound..<lo].allSatisfy({ $0 == 0x20 })
                else { break }
                lo = words[w].range.lowerBound
                wi = w > 0 ? w - 1 : nil
            }
            // A participle set off with its date: "The exercises, held from July 9 to 18, were
            // ...", "The readout, dated June 18, was released".
            if !keepsAside, let w = wi, !words[w].capitalized, EventExtractor.mayBeParticiple(words[w].text.lowercasedASCII()),
                bytes[words[w].range.upperBound..<lo].allSatisfy({ $0 == 0x20 }),
                let a = nextNonSpace(bytes, hi, ceiling: sentence.upperBound), bytes[a] == UInt8(ascii: ","),
                let b = previousNonSpace(bytes, words[w].range.lowerBound, floor: sentence.lowerBound), bytes[b] == UInt8(ascii: ","),
                // (The main verb follows the aside; "The carrier, escorted by two destroyers,
                // arrived on Friday, a day early" keeps "arrived".)
                let main = words.firstIndex(where: { $0.range.lowerBound > a }), EventExtractor.isFiniteVerb(words, main)
            {
                lo = words[w].range.lowerBound
            }
            let before = previousNonSpace(bytes, lo, floor: sentence.lowerBound)
            let after = nextNonSpace(bytes, hi, ceiling: sentence.upperBound)
            if let a = after, bytes[a] == UInt8(ascii: ",") {
                if before == nil || bytes[before!] == UInt8(ascii: ",") {
                    hi = a + 1  // ", dated 2013-2014," or a sentence-initial "In 2024,"
                    if let b = before { lo = b }
                } else if bytes[before!] == UInt8(ascii: ":") {
                    hi = a + 1  // "an odd twist: on the 11th, a destroyer ...": the colon stays
                } else if bytes[d].contains(UInt8(ascii: ",")), let k = words.firstIndex(where: { $0.range.lowerBound > a }),
                    yearClosers.contains(words[k].text), bytes[(a + 1)..<words[k].range.lowerBound].allSatisfy({ $0 == 0x20 }),
                    // (Not when another comma soon closes an aside: "said on Feb. 25, 2026, in a
                    // statement, that ...".)
                    !bytes[(a + 1)..<min(sentence.upperBound, a + 40)].contains(UInt8(ascii: ",")),
                    // ("June 3, 2012, that year's biggest confrontation": "that" of a noun.)
                    words[k].text != "that" || k + 1 >= words.count
                        || !["year", "day", "week", "month", "time", "same", "one", "summer", "spring", "autumn", "winter"].contains(
                            words[k + 1].text)
                {
                    // "ruled on July 12, 2016, that ...", "met in Manila on November 8, 2025, to
                    // reaffirm ...": the comma closing the year goes with it (before an
                    // apposition, "a day early", it stays).
                    hi = a + 1
                }
            } else if let b = before, bytes[b] == UInt8(ascii: ","), after == nil || bytes[after!] == UInt8(ascii: ".") {
                lo = b
            }
            drop(lo..<hi)
        }
        for r in roles { drop(r) }
        // A dateline opening the sentence: "TOKYO, Jan. 31 (Reuters) - ".
        // Only where a dateline stands: the story's first sentence, after a place, not an
        // organization ("US - China talks resumed on Tuesday, June 18, ...").
        if opensTheStory, let first = words.first, first.text.utf8.count > 1, first.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
            !organizationAcronyms.contains(first.text),
            let dash = TitleCompressor.datelineDash(bytes, sentence) ?? TitleCompressor.placeDash(bytes, sentence, words: words)
        {
            drop(sentence.lowerBound..<dash)
        }
        // Leading attribution: "According to ..., ".
        if let first = words.first, first.text.lowercasedASCII() == "according", words.count > 2, words[1].text == "to",
            let comma = firstByte(bytes, UInt8(ascii: ","), in: first.range.lowerBound..<sentence.upperBound)
        {
            drop(sentence.lowerBound..<(comma + 1))
        }
        // Trailing attribution: ", Bloomberg reports." / ", according to officials."
        // (Not when nothing would be left before it: "Yesterday, the ministry announced
        // readiness checks" is the happening, its opening date already dropped.)
        if let comma = trailingAttribution(bytes, sentence: sentence, words: words),
            words.contains(where: { $0.range.upperBound <= comma && keep[$0.range.lowerBound - base] })
        {
            drop(comma..<sentence.upperBound)
        }
        // A quote followed by its attribution: “...,” the ministry said. Keep the quote.
        // Leading reporting clause: "The agency also writes that ..." (``leadingReport(_:)``).
        if let thatIndex = leadingReport(words) {
            drop(sentence.lowerBound..<words[thatIndex].range.upperBound)
        }
        // Discourse markers at the start of what is left, and other comma-set asides.
        var text = assemble(bytes, sentence, keep)
        text = dropDanglingParticiple(text)
        var changed = true
        while changed {
            changed = false
            // No phrase can match unless the (lower-cased) first byte starts one (a non-ASCII
            // first letter is left to the full check: Unicode lower-casing may make it ASCII).
            guard let b = text.utf8.first, b >= 0x80 || discourseFirstBytes[Int(b &- 0x41 < 26 ? b | 0x20 : b)] else { break }
            let lower = text.lowercasedASCII()
            for (marker, phrase) in zip(discourseMarkers, discoursePhrases) {
                // "In particular," - or "In particular the" once a removed date took the comma.
                if lower.hasPrefix(phrase.comma) || (marker.count > 1 && lower.hasPrefix(phrase.space)) {
                    text = String(text.dropFirst(phrase.text.count)).trimmingCharacters(in: ", ")
                    changed = true
                    break
                }
            }
        }
        text = text.replacingAll(", for its part,", with: "")
        // A transcript's speaker label: "Q: North Korea launched ...", "Spokesperson: Japan ...".
        for label in openingLabels where text.hasPrefix(label) {
            text = String(text.dropFirst(label.count)).trimmingCharacters(in: " ,")
            break
        }
        // A transcript's speaker in capitals: "MR. KIRBY: The secretary met ...", "MS. TANAKA:".
        if let colon = text.utf8.prefix(30).firstIndex(of: UInt8(ascii: ":")), colon > text.utf8.startIndex,
            text.utf8[text.utf8.startIndex..<colon].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x20 || $0 == 0x2E || $0 == 0x2D }),
            text.utf8[text.utf8.startIndex..<colon].contains(where: { $0 >= 0x41 && $0 <= 0x5A }),
            text.utf8.index(after: colon) < text.utf8.endIndex,
            text.utf8[text.utf8.index(after: colon)] == 0x20 || text.utf8[text.utf8.index(after: colon)] == UInt8(ascii: ",")
        {
            // (Its date dropped, a comma may follow: "MR. KIRBY: On Monday, the ships left".)
            let rest = String(text[text.utf8.index(after: colon)...]).trimmingCharacters(in: " ,")
            let label = String(text[..<colon])
            // (Kept before the speaker's own "I" or "we": "MINISTER MOTEGI: I will visit Washington";
            // and a section's name, "EU: Leaders agreed ...", "NATO: ...".)
            if !["I ", "I'", "We ", "We'", "My ", "Our "].contains(where: { rest.hasPrefix($0) }),
                label.contains(" ") || label.utf8.count >= 4 && !organizationAcronyms.contains(label)
            {
                text = rest
            }
        }
        // A wire's revision flag: "UPDATE 2-Russia, Ukraine swap prisoners".
        if text.hasPrefix("UPDATE "), let dash = text.utf8.dropFirst(7).firstIndex(of: UInt8(ascii: "-")),
            text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 7)..<dash].allSatisfy({ $0 &- 0x30 < 10 }),
            text.utf8.distance(from: text.utf8.startIndex, to: dash) <= 10
        {
            text = String(text[text.index(after: dash)...]).trimmingCharacters(in: " ")
        }
        let opening = String(decoding: bytes[sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 17)], as: UTF8.self)
        text = framingDropped(text, cleft: opening.hasPrefix("It was not until ") || opening.hasPrefix("It was only "))
        text = dropDanglingParticiple(shorten(text))
        // (An abbreviation's period stays: "flights resumed at 6 a.m.", "the U.S.")
        let abbreviated = TitleCompressor.endsWithAbbreviation(text.trimmingCharacters(in: " ,;:"))
        text = text.trimmingCharacters(in: " ,.;:")
        if abbreviated { text += "." }
        // A chronology's line without its date: "– Finland becomes the 31st ally".
        while let first = text.first, first == "\u{2013}" || first == "\u{2014}" || first == "-" || first == "|" {
            text = String(text.dropFirst()).trimmingCharacters(in: " ")
        }
        // Sentences that open with a quote: keep what is quoted.
        text = text.replacingAll("“", with: "").replacingAll("”", with: "")
        // A straight quote left without its partner ("The patrols resumed) goes too.
        let quotes = text.withBytes { bytes in
            var count = 0
            for b in bytes where b == UInt8(ascii: "\"") { count += 1 }
            return count
        }
        if quotes % 2 == 1 { text = text.replacingAll("\"", with: "") }
        guard let first = text.first else { return "" }
        if possessiveOpening, first.isLowercase { return "The " + text }
        return first.uppercased() + text.dropFirst()
    }

    /// "The crisis began on July 8, when Chinese coast guard ships turned back a convoy" (its date
    /// dropped): a short framing clause whose verb says something began, then the happening in
    /// a *when* clause. The title is the happening: "Chinese coast guard ships turned back a
    /// convoy".
    static func framingDropped(_ text: String, cleft: Bool = false) -> String {
        // "It was not until March 3 that the ministry confirmed the launch" (its date dropped;
        // `cleft`: the sentence opens so): the happening is what follows "that". ("It was not
        // that Seoul refused talks on Monday" is no cleft of a date.)
        for opening in ["It was not that ", "It was only that ", "It was not until that "] where cleft && text.hasPrefix(opening) {
            return String(text.dropFirst(opening.count))
        }
        // "The last time allies used Article 4 was in February 2022, when eight members requested
        // talks" (its date dropped): the happening is the *when* clause.
        if let cut = text.range(of: " was, when "), text[..<cut.lowerBound].split(separator: " ").count <= 10 {
            return String(text[cut.upperBound...])
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 4 else { return text }
        for k in 1..<min(words.count - 2, 5) {
            let verb = words[k].hasSuffix(",") ? words[k].dropLast() : words[k]
            guard framingVerbs.contains(String(verb)) else { continue }
            let next = words[k].hasSuffix(",") ? k + 1 : (words[k + 1] == "," ? k + 2 : k + 1)
            guard next < words.count - 2, words[next] == "when" else { return text }
            return words[(next + 1)...].joined(separator: " ")
        }
        return text
    }

    /// Labels opening a title that go: a transcript's speakers, and a story's flags ("UPDATE:
    /// Israel struck Beirut again on Monday", "BREAKING: ...").
    static let openingLabels = [
        "Q:", "A:", "Question:", "Answer:", "Spokesperson:", "Moderator:", "Reporter:", "UPDATE:", "Update:", "BREAKING:", "Breaking:",
        "URGENT:", "FLASH:", "EXCLUSIVE:", "Exclusive:", "LIVE:", "Live:",
    ]

    static let framingVerbs: Set<String> = ["began", "begun", "started", "erupted", "escalated", "flared"]

    /// The end of a dateline's dash (" - ", " -- ", " — ") within the first 80 bytes, after a
    /// comma: where the story proper starts.
    static func datelineDash(_ bytes: [UInt8], _ sentence: Range<Int>) -> Int? {
        let limit = min(sentence.upperBound, sentence.lowerBound + 80)
        guard (sentence.lowerBound..<limit).contains(where: { bytes[$0] == UInt8(ascii: ",") }) else { return nil }
        var i = sentence.lowerBound
        while i + 2 < limit {
            if bytes[i] == 0x20 {
                if bytes[i + 1] == UInt8(ascii: "-") {
                    var j = i + 2
                    if j < limit, bytes[j] == UInt8(ascii: "-") { j += 1 }
                    if j < limit, bytes[j] == 0x20 { return j + 1 }
                }
                if i + 4 < limit, bytes[i + 1] == 0xE2, bytes[i + 2] == 0x80, bytes[i + 3] == 0x94 || bytes[i + 3] == 0x93, bytes[i + 4] == 0x20 {
                    return i + 5
                }
            }
            i += 1
        }
        return nil
    }

    /// The end of the dash after a place alone in capitals opening the story's first sentence
    /// ("BEIJING — ", "NEW YORK - "): a dateline without a date. Not a dash that a second one
    /// closes ("AUKUS – the pact – reached ..."); organizations ("NATO — ...") the caller leaves.
    static let organizationAcronyms: Set<String> = [
        "NATO", "AUKUS", "ASEAN", "QUAD", "IAEA", "OPEC", "UN", "US", "USA", "UK", "EU", "G7", "G20", "WHO", "IMF", "OSCE",
    ]

    static func placeDash(_ bytes: [UInt8], _ sentence: Range<Int>, words: [Word]) -> Int? {
        let limit = min(sentence.upperBound, sentence.lowerBound + 40)
        var i = sentence.lowerBound
        while i + 2 < limit {
            defer { i += 1 }
            guard bytes[i] == 0x20 else { continue }
            var end: Int?
            if bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == 0x20 {
                end = i + 3
            } else if i + 4 < limit, bytes[i + 1] == 0xE2, bytes[i + 2] == 0x80, bytes[i + 3] == 0x94 || bytes[i + 3] == 0x93, bytes[i + 4] == 0x20 {
                end = i + 5
            }
            guard let end else { continue }
            // (An agency in brackets may stand before the dash: "WASHINGTON (AP) — ",
            // "NEW DELHI/ISLAMABAD (Reuters) — ".)
            var placeEnd = i
            if i > sentence.lowerBound, bytes[i - 1] == UInt8(ascii: ")"), let open = bytes[sentence.lowerBound..<i].lastIndex(of: UInt8(ascii: "(")),
                open > sentence.lowerBound
            {
                placeEnd = open
                while placeEnd > sentence.lowerBound, bytes[placeEnd - 1] == 0x20 { placeEnd -= 1 }
            }
            let before = words.prefix { $0.range.upperBound <= placeEnd }
            guard !before.isEmpty, before.count <= 4, before.last!.range.upperBound == placeEnd,
                before.allSatisfy({ w in w.text.utf8.count > 1 && w.text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } })
            else { return nil }
            // A second dash later in the sentence closes an aside the first one opened.
            let rest = String(decoding: bytes[end..<sentence.upperBound], as: UTF8.self)
            if rest.contains(" — ") || rest.contains(" – ") || rest.contains(" - ") { return nil }
            return end
        }
        return nil
    }

    /// A participle left dangling at the end once its date went (or a cut after it): "He met the
    /// sailors, held in May" is "He met the sailors". Only when something is left before it and
    /// its comma is the first (after another comma it may be a main verb after an aside: "The
    /// bill, backed by the coalition, passed").
    static func dropDanglingParticiple(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let comma = bytes.lastIndex(of: UInt8(ascii: ",")), comma + 2 < bytes.count, bytes[comma + 1] == 0x20,
            datedParticiples.contains(String(decoding: bytes[(comma + 2)...], as: UTF8.self).trimmingCharacters(in: ".")),
            bytes[..<comma].contains(0x20), !bytes[..<comma].contains(UInt8(ascii: ","))
        else { return text }
        return String(decoding: bytes[..<comma], as: UTF8.self) + (bytes.last == UInt8(ascii: ".") ? "." : "")
    }

    static func shorten(_ text: String) -> String {
        var t = text
        // Counted over the contiguous bytes (a generic walk of the UTF-8 view is far slower).
        var words = t.withBytes { wordCount($0) }
        while words > maximumWords {
            var cut: Int?
            var atAfter = false
            for marker in cutMarkers {
                guard let r = t.byteOffset(of: marker) else { continue }
                // (", and" after no verb closes a list, not a clause: "The Defense Ministers of
                // Australia, Japan, the Philippines, and the United States met ...".)
                if marker == ", and ",
                    !String(decoding: Array(t.utf8)[..<r], as: UTF8.self).split(separator: " ").contains(where: {
                        EventExtractor.isVerbForm(String($0).lowercasedASCII())
                    })
                {
                    continue
                }
                let before = t.withBytes { wordCount(UnsafeBufferPointer(rebasing: $0[..<r])) }
                if before >= 6, cut == nil || r < cut! {
                    cut = r
                    atAfter = marker == " after "
                }
            }
            guard let c = cut else { break }
            t = String(decoding: Array(t.utf8)[..<c], as: UTF8.self)

            // "..., hours after", "roughly 12 hours after": the measure of the cut-off "after"
            // goes with it.
            // (Only after a comma: "by a vote of 51 to 50 after" keeps its numbers.)
            if atAfter {
                var kept = t.split(separator: " ", omittingEmptySubsequences: false)
                var measure = 0
                while kept.count - measure > 6 {
                    let word = String(kept[kept.count - 1 - measure]).lowercasedASCII()
                    guard intervalWords.contains(word) || (!word.isEmpty && word.utf8.allSatisfy { $0 &- 0x30 < 10 }) else { break }
                    measure += 1
                }
                if measure > 0, kept[kept.count - 1 - measure].hasSuffix(",") {
                    kept.removeLast(measure)
                    t = kept.joined(separator: " ")
                }
            }
            words = t.withBytes { wordCount($0) }
        }
        return t
    }

    /// The first `n` runs of bytes other than spaces, joined by one space (what
    /// `split(separator: " ").prefix(n).joined(separator: " ")` gives).
    /// The text ends with an abbreviation whose period is its own: "a.m.", "p.m.", "U.S.", "U.N.",
    /// "Jr." (a word of letters each followed by a period, or a listed one).
    static func endsWithAbbreviation(_ text: String) -> Bool {
        guard text.hasSuffix(".") else { return false }
        // (The sentence's own period after it, once a date between them is dropped: "by 10 p.m.
        // starting April 1." is "by 10 p.m..")
        var last = text.split(separator: " ").last.map(String.init) ?? ""
        while last.hasSuffix("..") { last.removeLast() }
        if ["Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd."].contains(last) { return true }
        // Letters and periods alternating: "a.m.", "U.S.", "U.K."
        let bytes = Array(last.utf8)
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return false }
        return bytes.indices.allSatisfy { k in
            k % 2 == 1 ? bytes[k] == UInt8(ascii: ".") : (bytes[k] | 0x20) >= UInt8(ascii: "a") && (bytes[k] | 0x20) <= UInt8(ascii: "z")
        }
    }

    static func firstWords(_ text: String, _ n: Int) -> String {
        // A space followed by a combining mark is one character, not a space: such text
        // takes the character-by-character way.
        if text.withBytes({ $0.contains(where: { $0 >= 0x80 }) }) { return text.split(separator: " ").prefix(n).joined(separator: " ") }
        return text.withBytes { bytes in
            var out: [UInt8] = []
            var words = 0
            var inWord = false
            for b in bytes {
                if b == 0x20 {
                    inWord = false
                    continue
                }
                if !inWord {
                    if words == n { break }
                    if words > 0 { out.append(0x20) }
                    words += 1
                    inWord = true
                }
                out.append(b)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Runs of bytes other than spaces (what `split(separator: " ")` counts).
    static func wordCount<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var count = 0
        var inWord = false
        for b in bytes {
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    static func assemble(_ bytes: [UInt8], _ sentence: Range<Int>, _ keep: [Bool]) -> String {
        assert(keep.count == sentence.count && sentence.upperBound <= bytes.count, "one flag per byte of the sentence")
        var out: [UInt8] = []
        out.reserveCapacity(sentence.count)
        var lastSpace = true
        bytes.withUnsafeBufferPointer { all in
            keep.withUnsafeBufferPointer { kept in
                for k in 0..<max(0, min(sentence.count, kept.count, all.count - sentence.lowerBound)) where kept[k] {
                    let b = all[sentence.lowerBound + k]
                    let isSpace = b == 0x20 || b == 0x0A || b == 0x09
                    if isSpace {
                        if !lastSpace { out.append(0x20) }
                        lastSpace = true
                    } else {
                        // No space before punctuation left behind by a deletion.
                        if (b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")) && out.last == 0x20
                        {
                            out.removeLast()
                        }
                        if b == UInt8(ascii: ","), out.last == UInt8(ascii: ",") { continue }
                        // ("Russia annexed Crimea (in 2014)": brackets left empty go too.)
                        if b == UInt8(ascii: ")"), out.last == UInt8(ascii: "(") {
                            out.removeLast()
                            if out.last == 0x20 { out.removeLast() }
                            lastSpace = out.isEmpty || out.last == 0x20
                            continue
                        }
                        out.append(b)
                        lastSpace = false
                    }
                }
            }
        }
        var s = String(decoding: out, as: UTF8.self).trimmingCharacters(in: " ,")
        while s.hasPrefix(", ") { s.removeFirst(2) }
        return s
    }

    static func previousNonSpace(_ bytes: [UInt8], _ i: Int, floor: Int) -> Int? {
        var j = i - 1
        while j >= floor {
            if bytes[j] != 0x20 { return j }
            j -= 1
        }
        return nil
    }

    static func nextNonSpace(_ bytes: [UInt8], _ i: Int, ceiling: Int) -> Int? {
        var j = i
        while j < ceiling {
            if bytes[j] != 0x20 { return j }
            j += 1
        }
        return nil
    }

    static func firstByte(_ bytes: [UInt8], _ b: UInt8, in r: Range<Int>) -> Int? { r.first(where: { bytes[$0] == b }) }

    static func lastByte(_ bytes: [UInt8], _ b: UInt8, in r: Range<Int>) -> Int? { r.last(where: { bytes[$0] == b }) }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without copying them when the string is
    /// native (it nearly always is).
    @inline(__always) func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Trims any of the given ASCII characters from both ends.
    func trimmingCharacters(in set: String) -> String {
        let chars = Array(set.utf8)
        return withBytes { bytes in
            var first = 0
            var last = bytes.count
            while first < last, chars.contains(bytes[first]) { first += 1 }
            while last > first, chars.contains(bytes[last - 1]) { last -= 1 }
            if first == 0 && last == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)
        }
    }

    /// The string lower-cased: ASCII letters by a byte loop (no Unicode tables), anything
    /// else by `lowercased()`.
    func lowercasedASCII() -> String {
        let ascii: String?? = withBytes { bytes in
            var needs = false
            for b in bytes {
                if b >= 0x80 { return .some(nil) }
                if b &- 0x41 < 26 { needs = true }
            }
            guard needs else { return .some(self) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in 0..<bytes.count {
                    let b = bytes[k]
                    out[k] = b &- 0x41 < 26 ? b | 0x20 : b
                }
                return bytes.count
            }
        }
        return ascii.flatMap { $0 } ?? lowercased()
    }

    /// Replaces every occurrence of `target` (compared byte for byte).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard let at = byteOffset(of: target) else { return self }
        let t = Array(target.utf8)  // only when there is something to replace
        return withBytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<at]))
            var i = at
            while i < bytes.count {
                if String.holds(bytes, t, at: i) {
                    out.append(contentsOf: replacement.utf8)
                    i += t.count
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The byte offset of the first occurrence of `target`, or nil.
    func byteOffset(of target: String) -> Int? {
        var target = target
        return target.withUTF8 { t in
            guard !t.isEmpty else { return nil }
            return withBytes { bytes -> Int? in
                guard bytes.count >= t.count, let base = bytes.baseAddress, let needle = t.baseAddress else { return nil }
                // memchr finds each candidate first byte, memcmp checks the rest.
                var from = 0
                while from + t.count <= bytes.count {
                    guard let hit = memchr(base + from, Int32(needle[0]), bytes.count - t.count + 1 - from) else { return nil }
                    let i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + i, needle, t.count) == 0 { return i }
                    from = i + 1
                }
                return nil
            }
        }
    }

    /// `bytes` holds `target` at `i`.
    @inline(__always) static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ target: [UInt8], at i: Int) -> Bool {
        target.withUnsafeBufferPointer { holds(bytes, $0, at: i) }
    }

    @inline(__always) static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + target.count <= bytes.count else { return false }
        for k in 0..<target.count where bytes[i + k] != target[k] { return false }
        return true
    }
}
