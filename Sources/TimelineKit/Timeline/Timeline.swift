/// The date of a timeline event, derived from a TIMEX3 expression by ``DateSemantics``.
public struct EventDate: Sendable, Hashable, Codable {
    /// EDTF / ISO 8601-2: `2025-01-30`, `2024-12`, `2024`, `2013/2014`, `199X`.
    public var value: String
    /// The TIMEX3 value the tagger gave (`2013` with `rangeEnd` `2014`).
    public var timex: String
    public var timexEnd: String?
    public var mod: TimexMod?
    /// Inclusive calendar days.
    public var start: CalendarDay
    public var end: CalendarDay
    public var precision: DatePrecision
    /// What an editor would write: "late December 2024".
    public var display: String
    /// How it was resolved, in a sentence.
    public var derivation: String
    public var anchoring: Anchoring

    public var interval: DayInterval { DayInterval(start: start, end: end) }

    init(
        value: String, timex: String, timexEnd: String?, mod: TimexMod?, start: CalendarDay, end: CalendarDay, precision: DatePrecision,
        display: String, derivation: String, anchoring: Anchoring
    ) {
        self.value = value
        self.timex = timex
        self.timexEnd = timexEnd
        self.mod = mod
        self.start = start
        self.end = end
        self.precision = precision
        self.display = display
        self.derivation = derivation
        self.anchoring = anchoring
    }

    /// Builds the event date of an expression; nil when it names no calendar days.
    public init?(_ e: TemporalExpression) {
        guard let (interval, precision, value) = EventDate.essentials(e) else { return nil }
        self.value = value
        self.timex = e.value
        self.timexEnd = e.rangeEnd
        // A clock time's mod is the time's ("at around 9 a.m. on Saturday" is Saturday, not
        // "around" Saturday).
        let mod = precision == .time ? nil : e.mod
        self.mod = mod
        self.start = interval.start
        self.end = interval.end
        self.precision = precision == .time ? .day : precision
        self.display = DateSemantics.display(value: precision == .time ? String(e.value.prefix(10)) : e.value, rangeEnd: e.rangeEnd, mod: mod)
        self.derivation = "\u{201C}\(e.text)\u{201D}: \(e.derivation)"
        self.anchoring = e.anchoring
    }

    /// The EDTF value the event date of `e` has (nil when `e` dates no days), without the
    /// display and derivation texts ``init(_:)`` also builds.
    static func value(of e: TemporalExpression) -> String? { essentials(e)?.value }

    /// The interval, precision and EDTF value of the event date of `e`.
    static func essentials(_ e: TemporalExpression) -> (interval: DayInterval, precision: DatePrecision, value: String)? {
        guard e.type == .date || e.type == .time, e.anchoring != .unresolved,
            let precision = DateSemantics.precision(value: e.value, rangeEnd: e.rangeEnd),
            let interval = DateSemantics.interval(value: e.value, rangeEnd: e.rangeEnd, mod: precision == .time ? nil : e.mod)
        else { return nil }
        // A clock time or part of day dates its day on the timeline ("2025-01-30T10:00" -> 2025-01-30).
        let dayValue = precision == .time ? String(e.value.prefix(10)) : e.value
        let dayEnd = e.rangeEnd.map { DateSemantics.precision(value: $0, rangeEnd: nil) == .time ? String($0.prefix(10)) : $0 }
        return (interval, precision, DateSemantics.edtf(value: dayValue, rangeEnd: dayEnd))
    }

    /// A short qualifier for readers: "year inferred from the weekday".
    public var note: String? {
        switch anchoring {
        case .weekday: return "year inferred from the weekday"
        case .publicationDate: return "relative to the publication date"
        case .previousMention: return "relative to an earlier date"
        case .explicit, .unresolved: return nil
        }
    }

    /// Fuzzy (early/mid/late, approximate) or not stated outright.
    public var isUncertain: Bool { mod != nil || anchoring != .explicit }
}

/// One sentence that supports an event.
public struct Evidence: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable {
        /// The sentence that dates the event.
        case dated
        /// A later sentence that continues the same happening ("during the call, ...").
        case continuation
    }

    /// The document's id.
    public var document: String
    /// 1-based sentence number within the document (the headline is sentence 1).
    public var sentence: Int
    /// Offsets of the sentence in the document's text, in Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var role: Role
}

/// A dated happening with its sources.
///
/// A value type whose fields live in one shared, copy-on-write box: a timeline copies, sorts
/// and hands out events by the tens of thousands, and a copy is one reference count instead
/// of a dozen (the date alone holds five strings).
///
/// An event read back from the analysis cache holds only what merging, ordering and the
/// timeline's files look at in every build (its id, title, the date's value, days, precision
/// and anchoring, its actors, the documents it cites); the rest (the date's display and
/// derivation, the evidence) is read from the cache the first time it is asked for
/// (``AnalysisRecordBody``). A rebuild that copies most entries from the previous files
/// never decodes most events' texts.
public struct TimelineEvent: Sendable, Hashable, Codable {
    /// A stable id: the date and the first words of the title ("2025-01-30-pete-hegseth-and-gen-nakatani").
    public var id: String {
        get { storage.facts.id }
        _modify {
            makeUnique(withRest: false)
            yield &storage.facts.id
        }
    }
    public var date: EventDate {
        get { storage.date }
        _modify {
            makeUnique()
            origin = nil
            var date = self.date
            defer { storage.setDate(date) }
            yield &date
        }
    }
    public var title: String {
        get { storage.facts.title }
        _modify {
            makeUnique(withRest: false)
            origin = nil
            yield &storage.facts.title
        }
    }
    public var actors: [Actor] {
        get { storage.facts.actors }
        _modify {
            makeUnique(withRest: false)
            origin = nil
            yield &storage.facts.actors
        }
    }
    public var evidence: [Evidence] {
        get { storage.evidence }
        _modify {
            makeUnique()
            origin = nil
            defer { storage.setSources() }
            yield &storage.held!.evidence
        }
    }

    /// The event lies after the publication date of every article that dates it: a plan, a
    /// schedule or a forecast when reported, not yet a happening (set by ``TimelineBuilder``
    /// once the events of all articles are merged).
    public var planned = false

    /// Where the event comes from: for one article's report as that article's analysis gave
    /// it, a hash of the analysis (its cache key) and the event's place in it; for a merged
    /// event, a hash of its reports' origins in the order they were merged. Set by
    /// ``TimelineBuilder``; nil once any of its fields but the id and ``planned`` changes
    /// otherwise. Everything the event shows but its id and `planned` follows from it, sources
    /// included (they are those articles), so it stands for them in the event's key
    /// (``SiteBuilder/eventKey(_:_:asAnalyzed:)``). Not part of the event's value: `==` and
    /// hashing leave it out.
    var origin: UInt64?

    private var storage: Storage

    /// The first and last day, read in place (``date`` is a copy of five strings); likewise
    /// the date's precision, anchoring, value and mod.
    var startDay: CalendarDay { storage.facts.start }
    var endDay: CalendarDay { storage.facts.end }
    var datePrecision: DatePrecision { storage.facts.precision }
    var dateAnchoring: Anchoring { storage.facts.anchoring }
    var dateValue: String { storage.facts.value }
    var dateMod: TimexMod? { storage.facts.mod }

    /// The documents the evidence cites, each once, in the order of their first citation.
    var sources: [String] { storage.facts.sources }

    /// The documents whose dating sentences (``Evidence/Role/dated``) report the event, each once.
    var datingSources: [String] { storage.facts.datingSources }

    /// Whether the texts beyond the facts above have been read (for tests).
    var isLoaded: Bool { storage.held != nil || storage.source.map { $0.body.isDecoded(event: $0.index) } == true }

    /// The first piece of evidence's document and sentence (where the event is first reported).
    var firstReport: (document: String, sentence: Int) { (storage.facts.firstDocument, storage.facts.firstSentence) }

    public init(id: String, date: EventDate, title: String, actors: [Actor], evidence: [Evidence], planned: Bool = false) {
        storage = Storage(id: id, date: date, title: title, actors: actors, evidence: evidence)
        self.planned = planned
    }

    /// An event read from the analysis cache: the facts now, the rest from `body` when asked.
    init(facts: Facts, body: AnalysisRecordBody, index: Int) {
        storage = Storage(facts: facts, source: (body, index))
    }

    /// What an event read from the cache holds before its texts are read.
    struct Facts: Sendable {
        var id: String
        var title: String
        var value: String
        var mod: TimexMod?
        var start: CalendarDay
        var end: CalendarDay
        var precision: DatePrecision
        var anchoring: Anchoring
        var actors: [Actor]
        var firstDocument: String
        var firstSentence: Int
        var sources: [String]
        var datingSources: [String]
    }

    /// What is read from the cache when first asked for.
    struct Rest: Sendable, Hashable {
        var timex: String
        var timexEnd: String?
        var display: String
        var derivation: String
        var evidence: [Evidence]
    }

    /// The facts of this event, as ``init(facts:body:index:)`` takes them.
    var facts: Facts { storage.facts }

    /// The texts of this event (read from the cache when they were not yet).
    var rest: Rest { storage.rest }

    /// The fields. Only ever changed through a uniquely referenced box (``makeUnique(withRest:)``),
    /// the texts only through one that holds them, so a box shared between copies, and
    /// threads, is never written. A box that holds its texts has nothing `appended`: what it
    /// absorbs joins its evidence at once.
    private final class Storage: @unchecked Sendable {
        var facts: Facts
        /// The texts, when this box holds them (an event made in this run, or changed).
        var held: Rest?
        /// Where the texts are read from otherwise.
        let source: (body: AnalysisRecordBody, index: Int)?
        /// Events merged into this one whose evidence follows its own (``TimelineEvent/absorb(_:)``),
        /// kept as they are until the evidence is asked for.
        var appended: [TimelineEvent] = []

        var rest: Rest {
            var rest: Rest
            if let held {
                rest = held
            } else {
                // (Texts that did not read back: what the facts say, so the build goes on.)
                rest =
                    source!.body.event(source!.index)
                    ?? Rest(
                        timex: facts.value, timexEnd: nil, display: facts.value, derivation: "",
                        evidence: [
                            Evidence(document: facts.firstDocument, sentence: facts.firstSentence, start: 0, end: 0, text: "", role: .dated)
                        ])
            }
            for event in appended { rest.evidence += event.evidence }
            return rest
        }

        init(id: String, date: EventDate, title: String, actors: [Actor], evidence: [Evidence]) {
            facts = Facts(
                id: id, title: title, value: date.value, mod: date.mod, start: date.start, end: date.end, precision: date.precision,
                anchoring: date.anchoring, actors: actors, firstDocument: "", firstSentence: 0, sources: [], datingSources: [])
            held = Rest(timex: date.timex, timexEnd: date.timexEnd, display: date.display, derivation: date.derivation, evidence: evidence)
            source = nil
            setSources()
        }

        init(facts: Facts, source: (body: AnalysisRecordBody, index: Int)) {
            self.facts = facts
            held = nil
            self.source = source
        }

        /// A box of its own, holding the texts when `withRest` (else reading them where this
        /// one does).
        func copy(withRest: Bool) -> Storage {
            guard !withRest, held == nil, let source else {
                return Storage(id: facts.id, date: date, title: facts.title, actors: facts.actors, evidence: rest.evidence)
            }
            let copy = Storage(facts: facts, source: source)
            copy.appended = appended
            return copy
        }

        /// The evidence, read in place when this box holds it.
        var evidence: [Evidence] {
            if appended.isEmpty, held != nil { return held!.evidence }
            return rest.evidence
        }

        var date: EventDate {
            // (Read in place when held: a copy of the texts would count references to the evidence too.)
            if held != nil {
                return EventDate(
                    value: facts.value, timex: held!.timex, timexEnd: held!.timexEnd, mod: facts.mod, start: facts.start, end: facts.end,
                    precision: facts.precision, display: held!.display, derivation: held!.derivation, anchoring: facts.anchoring)
            }
            let rest = self.rest
            return EventDate(
                value: facts.value, timex: rest.timex, timexEnd: rest.timexEnd, mod: facts.mod, start: facts.start, end: facts.end,
                precision: facts.precision, display: rest.display, derivation: rest.derivation, anchoring: facts.anchoring)
        }

        func setDate(_ date: EventDate) {
            facts.value = date.value
            facts.mod = date.mod
            facts.start = date.start
            facts.end = date.end
            facts.precision = date.precision
            facts.anchoring = date.anchoring
            held!.timex = date.timex
            held!.timexEnd = date.timexEnd
            held!.display = date.display
            held!.derivation = date.derivation
        }

        /// The facts that follow from the evidence.
        func setSources() {
            var sources: [String] = []
            var datingSources: [String] = []
            held!.evidence.withUnsafeBufferPointer { evidence in
                facts.firstDocument = evidence.first?.document ?? ""
                facts.firstSentence = evidence.first?.sentence ?? 0
                for k in evidence.indices {
                    if !sources.contains(evidence[k].document) { sources.append(evidence[k].document) }
                    if evidence[k].role == .dated, !datingSources.contains(evidence[k].document) { datingSources.append(evidence[k].document) }
                }
            }
            facts.sources = sources
            facts.datingSources = datingSources
        }
    }

    /// Adds the evidence of `other` after this event's own. When this event's texts are still
    /// in the cache, `other` is kept as it is and its evidence appended when asked for: a
    /// rebuild replays the merges of every date, and the merged events whose entries it copies
    /// are never read.
    mutating func absorb(_ other: TimelineEvent) {
        makeUnique(withRest: false)
        origin = nil
        if storage.held != nil {
            storage.held!.evidence += other.evidence
        } else {
            storage.appended.append(other)
        }
        // (The first report stays; the sources gain the other's, in linear time however many
        // reports merge: a file of one sentence repeated makes thousands of one date.)
        for document in other.sources where !storage.facts.sources.contains(document) { storage.facts.sources.append(document) }
        for document in other.datingSources where !storage.facts.datingSources.contains(document) {
            storage.facts.datingSources.append(document)
        }
    }

    /// Makes the box this event's own, and holding the texts when `withRest`.
    private mutating func makeUnique(withRest: Bool = true) {
        if !isKnownUniquelyReferenced(&storage) || (withRest && storage.held == nil) {
            storage = storage.copy(withRest: withRest)
        }
    }

    public static func == (a: TimelineEvent, b: TimelineEvent) -> Bool {
        a.planned == b.planned
            && (a.storage === b.storage
                || (a.id == b.id && a.dateValue == b.dateValue && a.dateMod == b.dateMod && a.startDay == b.startDay
                    && a.endDay == b.endDay && a.datePrecision == b.datePrecision && a.dateAnchoring == b.dateAnchoring
                    && a.title == b.title && a.actors == b.actors && a.rest == b.rest))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(planned)
        hasher.combine(id)
        hasher.combine(date)
        hasher.combine(title)
        hasher.combine(actors)
        hasher.combine(evidence)
    }

    private enum CodingKeys: String, CodingKey {
        case id, date, title, actors, evidence, planned
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), date: try c.decode(EventDate.self, forKey: .date),
            title: try c.decode(String.self, forKey: .title), actors: try c.decode([Actor].self, forKey: .actors),
            evidence: try c.decode([Evidence].self, forKey: .evidence), planned: try c.decodeIfPresent(Bool.self, forKey: .planned) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(title, forKey: .title)
        try c.encode(planned, forKey: .planned)
        try c.encode(actors, forKey: .actors)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// A document as the timeline reports it.
///
/// A value type whose fields live in one shared, copy-on-write box, like ``TimelineEvent``: a
/// build copies its 10,000 documents several times over, and a copy is one reference count
/// instead of a dozen. A document read back from the analysis cache reads its text,
/// expressions and paragraphs from there the first time they are asked for (only the pages
/// made anew need them).
public struct TimelineDocument: Sendable, Hashable, Codable {
    public var id: String {
        get { storage.id }
        _modify {
            makeUnique(withBody: false)
            origin = nil
            yield &storage.id
        }
    }
    public var path: String {
        get { storage.path }
        _modify {
            makeUnique(withBody: false)
            origin = nil
            yield &storage.path
        }
    }
    public var title: String {
        get { storage.title }
        _modify {
            makeUnique(withBody: false)
            origin = nil
            yield &storage.title
        }
    }
    public var published: PublicationDate? {
        get { storage.published }
        _modify {
            makeUnique(withBody: false)
            origin = nil
            yield &storage.published
        }
    }
    /// Every temporal expression the tagger found, for the article pages and `tag`.
    public var expressions: [TemporalExpression] {
        get { storage.body.expressions }
        _modify {
            makeUnique()
            origin = nil
            yield &storage.held!.expressions
        }
    }
    public var text: String {
        get { storage.body.text }
        _modify {
            makeUnique()
            origin = nil
            yield &storage.held!.text
        }
    }
    /// The headline, subheadings and paragraphs of `text`.
    public var paragraphs: [Document.Paragraph] {
        get { storage.body.paragraphs }
        _modify {
            makeUnique()
            origin = nil
            yield &storage.held!.paragraphs
        }
    }
    /// When the text does not fix the year of its publication date: what the date rests on,
    /// for the collection to choose the year (``TimelineBuilder/collectionDates(_:)``).
    public var yearless: YearlessDate? {
        get { storage.yearless }
        _modify {
            makeUnique(withBody: false)
            origin = nil
            yield &storage.yearless
        }
    }
    /// A hash of the analysis the document is as given (its cache key: the article's bytes,
    /// path, id, reference date and the tool's revision), set by ``TimelineBuilder``; nil once
    /// any field changes. It stands for everything above in the fingerprint of the article's
    /// page (``SiteBuilder/articleInputs(_:_:keys:into:)``). Not part of the document's value.
    var origin: UInt64? = nil

    private var storage: Storage

    public init(
        id: String, path: String, title: String, published: PublicationDate?, expressions: [TemporalExpression], text: String,
        paragraphs: [Document.Paragraph] = [], yearless: YearlessDate? = nil
    ) {
        storage = Storage(
            id: id, path: path, title: title, published: published, yearless: yearless,
            held: Body(text: text, expressions: expressions, paragraphs: paragraphs), source: nil)
    }

    /// A document read from the analysis cache: its text, expressions and paragraphs are read
    /// from `source` when first asked for.
    init(id: String, path: String, title: String, published: PublicationDate?, yearless: YearlessDate?, source: AnalysisRecordBody) {
        storage = Storage(id: id, path: path, title: title, published: published, yearless: yearless, held: nil, source: source)
    }

    /// What is read from the cache when first asked for.
    struct Body: Sendable, Hashable {
        var text: String
        var expressions: [TemporalExpression]
        var paragraphs: [Document.Paragraph]
    }

    /// The text, expressions and paragraphs (read from the cache when they were not yet).
    var body: Body { storage.body }

    /// Whether the text has been read (for tests).
    var isLoaded: Bool { storage.held != nil || storage.source?.isDocumentDecoded == true }

    /// The fields, changed only through a uniquely referenced box holding the text (``makeUnique()``).
    private final class Storage: @unchecked Sendable {
        var id: String
        var path: String
        var title: String
        var published: PublicationDate?
        var yearless: YearlessDate?
        var held: Body?
        let source: AnalysisRecordBody?

        var body: Body { held ?? source!.document }

        init(id: String, path: String, title: String, published: PublicationDate?, yearless: YearlessDate?, held: Body?, source: AnalysisRecordBody?)
        {
            self.id = id
            self.path = path
            self.title = title
            self.published = published
            self.yearless = yearless
            self.held = held
            self.source = source
        }

        /// A box of its own; holding the text when `withBody` (else reading it where this one does).
        func copy(withBody: Bool) -> Storage {
            Storage(
                id: id, path: path, title: title, published: published, yearless: yearless, held: withBody ? body : held,
                source: withBody ? nil : source)
        }
    }

    /// Makes the box this document's own, and holding the text when `withBody`.
    private mutating func makeUnique(withBody: Bool = true) {
        if !isKnownUniquelyReferenced(&storage) || (withBody && storage.held == nil) {
            storage = storage.copy(withBody: withBody)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, path, title, published, expressions, text, paragraphs, yearless
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), path: try c.decode(String.self, forKey: .path),
            title: try c.decode(String.self, forKey: .title), published: try c.decodeIfPresent(PublicationDate.self, forKey: .published),
            expressions: try c.decode([TemporalExpression].self, forKey: .expressions), text: try c.decode(String.self, forKey: .text),
            paragraphs: try c.decodeIfPresent([Document.Paragraph].self, forKey: .paragraphs) ?? [],
            yearless: try c.decodeIfPresent(YearlessDate.self, forKey: .yearless))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(published, forKey: .published)
        try c.encode(expressions, forKey: .expressions)
        try c.encode(text, forKey: .text)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encodeIfPresent(yearless, forKey: .yearless)
    }

    public static func == (a: TimelineDocument, b: TimelineDocument) -> Bool {
        a.storage === b.storage
            || (a.id == b.id && a.path == b.path && a.title == b.title && a.published == b.published && a.yearless == b.yearless
                && a.body == b.body)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(path)
        hasher.combine(title)
        hasher.combine(published)
        hasher.combine(expressions)
        hasher.combine(text)
        hasher.combine(paragraphs)
        hasher.combine(yearless)
    }
}

/// The whole result: documents and ordered events.
public struct Timeline: Sendable, Hashable {
    public var documents: [TimelineDocument]
    public var events: [TimelineEvent]

    public init(documents: [TimelineDocument], events: [TimelineEvent]) {
        self.documents = documents
        self.events = events
    }

    /// Events whose interval overlaps `since...until`, that name an actor matching `actor`.
    public func filtered(since: CalendarDay? = nil, until: CalendarDay? = nil, actor: String? = nil) -> Timeline {
        var copy = self
        copy.events = events.filter { e in
            if let since, e.date.end < since { return false }
            if let until, e.date.start > until { return false }
            if let actor {
                let needle = actor.lowercased()
                return e.actors.contains { $0.name.lowercased() == needle || $0.name.lowercased().contains(needle) }
            }
            return true
        }
        return copy
    }
}
