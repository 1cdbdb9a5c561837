import Foundation

/// Finds the events of one document.
///
/// - A body sentence with a date that names calendar days is an event, dated by the date
///   that works as the sentence's adverbial (after "on", "in", "at", "during" or opening the
///   sentence), else its first date. References like "current" or "now" date nothing.
/// - An undated sentence that continues a dated happening joins it as a further point: it
///   names a person of that event, refers to the participants ("the two ministers", "the two
///   sides"), or refers back to the happening with a definite noun ("during the phone call"
///   after "had their first phone conversation"). A subheading ends the continuation.
/// - Other undated sentences are not events.
enum EventExtractor {
    static let participantReferences: [String] = [
        "the two sides", "both sides", "the two ministers", "the ministers", "the two leaders", "the leaders",
        "the two men", "the two women", "the two officials", "both ministers", "both leaders", "the two countries",
        "the two defense chiefs", "the two defence chiefs", "the two presidents",
    ]

    /// Nouns that name a happening, in groups of words that refer to one another.
    static let happeningNouns: [Set<String>] = [
        ["call", "conversation", "phone", "talk", "talks", "discussion", "discussions", "dialogue", "exchange"],
        ["meeting", "summit", "talks", "session", "meetings", "gathering"],
        ["visit", "trip", "tour", "stop"],
        ["exercise", "exercises", "drill", "drills", "maneuvers", "manoeuvres"],
        ["announcement", "statement", "declaration"],
        ["attack", "strike", "strikes", "attacks", "incident", "collision", "clash"],
        ["agreement", "deal", "accord", "treaty", "pact"],
    ]
    static let adverbialPrepositions: Set<String> = ["on", "in", "at", "during", "since", "by", "until", "from"]

    static func extract(_ document: Document, expressions: [TemporalExpression]) -> [TimelineEvent] {
        let bytes = Array(document.text.utf8)
        let sentences = SentenceSplitter.split(document)
        var finder = ActorFinder()
        var offsets = ScalarOffsetCounter(document.text)
        var events: [TimelineEvent] = []
        var expressionIndex = 0
        // The events of the current section (reset at a subheading), most recent last.
        var open: [Int] = []
        // Lower-cased words of each event's dated sentence, for "the call" -> "phone conversation".
        var eventWords: [Set<String>] = []
        for sentence in sentences {
            let words = Words.split(bytes, sentence.range)
            let found = finder.find(bytes, words: words)
            var inSentence: [TemporalExpression] = []
            while expressionIndex < expressions.count, expressions[expressionIndex].start < sentence.range.upperBound {
                if expressions[expressionIndex].start >= sentence.range.lowerBound { inSentence.append(expressions[expressionIndex]) }
                expressionIndex += 1
            }
            if sentence.kind == .heading {
                open.removeAll()
                continue
            }
            guard sentence.kind == .body else { continue }
            let text = String(decoding: bytes[sentence.range], as: UTF8.self)
            let evidence = Evidence(
                document: document.id, sentence: sentence.index, start: offsets.scalarOffset(sentence.range.lowerBound),
                end: offsets.scalarOffset(sentence.range.upperBound), text: text, role: .dated)
            let actors = ordered(actorsOutsideAttribution(found, bytes: bytes, sentence: sentence.range))
            let lowerWords = words.map { $0.text.lowercasedASCII() }
            if let (expression, date) = primaryDate(inSentence, words: words, sentence: sentence.range) {
                let title = TitleCompressor.title(
                    bytes, sentence: sentence.range, dates: [expression.start..<expression.end],
                    roles: found.compactMap(\.roleRange))
                let id = DocumentLoader.slug(
                    date.value.replacingAll("/", with: "-to-") + " " + title.split(separator: " ").prefix(6).joined(separator: " "))
                events.append(TimelineEvent(id: id, date: date, title: title, actors: actors, evidence: [evidence]))
                eventWords.append(Set(lowerWords))
                open.append(events.count - 1)
                continue
            }
            // An undated sentence: does it continue an open event?
            guard let target = continuedEvent(lowerWords, found: found, events: events, eventWords: eventWords, open: open) else { continue }
            var point = evidence
            point.role = .continuation
            events[target].evidence.append(point)
            for actor in actors where !events[target].actors.contains(where: { $0.name == actor.name }) {
                events[target].actors.append(actor)
            }
            events[target].actors = ordered(events[target].actors)
        }
        return events
    }

    /// People first, then countries, then organizations; in order of mention within each.
    static func ordered(_ actors: [Actor]) -> [Actor] {
        let rank: [Actor.Kind: Int] = [.person: 0, .country: 1, .organization: 2]
        return actors.enumerated().sorted { (rank[$0.element.kind]!, $0.offset) < (rank[$1.element.kind]!, $1.offset) }.map(\.element)
    }

    /// The date that dates the sentence: an adverbial one first, else the first with days.
    static func primaryDate(_ expressions: [TemporalExpression], words: [Word], sentence: Range<Int>) -> (TemporalExpression, EventDate)? {
        let candidates = expressions.compactMap { e in EventDate(e).map { (e, $0) } }
        guard !candidates.isEmpty else { return nil }
        // One pass over the words: candidates come in text order.
        var w = 0
        for c in candidates {
            if c.0.start == sentence.lowerBound { return c }
            while w < words.count, words[w].range.upperBound <= c.0.start { w += 1 }
            if w > 0, adverbialPrepositions.contains(words[w - 1].text.lowercasedASCII()) { return c }
        }
        return candidates[0]
    }

    /// Actors of the sentence, without the source of a trailing attribution (", Bloomberg reports").
    static func actorsOutsideAttribution(_ found: [ActorFinder.Found], bytes: [UInt8], sentence: Range<Int>) -> [Actor] {
        var attributionStart = sentence.upperBound
        if let comma = TitleCompressor.lastByte(bytes, UInt8(ascii: ","), in: sentence) {
            let tail = Words.split(bytes, (comma + 1)..<sentence.upperBound)
            if !tail.isEmpty, tail.count <= 8, tail.contains(where: { TitleCompressor.reportingVerbs.contains($0.text.lowercasedASCII()) }) {
                attributionStart = comma
            }
        }
        var actors: [Actor] = []
        for f in found where f.range.lowerBound < attributionStart {
            // Reporting media are sources, not actors, when they only report.
            if !actors.contains(where: { $0.name == f.actor.name }) { actors.append(f.actor) }
        }
        return actors
    }

    static let definiteWords: Set<String> = ["the", "that", "this"]
    static let happeningModifiers: Set<String> = ["phone", "video", "first", "same"]

    static func continuedEvent(
        _ words: [String], found: [ActorFinder.Found], events: [TimelineEvent], eventWords: [Set<String>], open: [Int]
    ) -> Int? {
        guard !open.isEmpty else { return nil }
        let people = Set(found.filter { $0.actor.kind == .person }.map(\.actor.name))
        // A named participant of an open event.
        if !people.isEmpty {
            for k in open.reversed() where events[k].actors.contains(where: { $0.kind == .person && people.contains($0.name) }) {
                return k
            }
        }
        // "the two ministers": the latest open event with two or more people.
        if participantPhrases.contains(where: { containsPhrase(words, $0) }) {
            if let k = open.reversed().first(where: { k in events[k].actors.filter { $0.kind == .person }.count >= 2 }) {
                return k
            }
        }
        // "the call" after "a phone conversation".
        for (i, w) in words.enumerated() where i > 0 {
            let determiner = words[i - 1]
            let definite =
                definiteWords.contains(determiner)
                || (i > 1 && definiteWords.contains(words[i - 2]) && happeningModifiers.contains(determiner))
            guard definite, let group = happeningNouns.first(where: { $0.contains(w) }) else { continue }
            for k in open.reversed() where !eventWords[k].isDisjoint(with: group) { return k }
        }
        return nil
    }

    static let participantPhrases: [[String]] = participantReferences.map { $0.split(separator: " ").map(String.init) }

    /// The lower-case word sequence `parts` occurs in `words`.
    static func containsPhrase(_ words: [String], _ parts: [String]) -> Bool {
        guard parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) where words[start] == parts[0] {
            if zip(parts, words[start...]).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }
}
