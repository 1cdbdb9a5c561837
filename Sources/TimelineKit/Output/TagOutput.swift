import Foundation

/// The `tag` command's formats: JSON lines and inline TimeML.
public enum TagOutput {
    /// One JSON object per expression, one per line. Offsets are Unicode-scalar offsets into
    /// `text`, end exclusive; `start_date`/`end_date` are the inclusive days it denotes
    /// (absent for durations, sets and unresolved references).
    public static func jsonLines(id: String, text: String, expressions: [TemporalExpression]) -> String {
        var counter = ScalarOffsetCounter(text)
        var out = ""
        for e in expressions.flatMap(\.timemlParts) {
            let start = counter.scalarOffset(e.start)
            let end = counter.scalarOffset(e.end)
            out += line(id: id, start: start, end: end, e).serialized(pretty: false)
            out += "\n"
        }
        return out
    }

    static func line(id: String, start: Int, end: Int, _ e: TemporalExpression) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("doc", .string(id)), ("start", .int(start)), ("end", .int(end)), ("text", .string(e.text)),
            ("type", .string(e.type.rawValue)), ("value", .string(e.value)), ("mod", .optional(e.mod?.rawValue)),
        ]
        if let r = e.rangeEnd { pairs.append(("range_end", .string(r))) }
        if let interval = e.interval {
            pairs.append(("start_date", .string(interval.start.iso)))
            pairs.append(("end_date", .string(interval.end.iso)))
        }
        if let q = e.quant { pairs.append(("quant", .string(q))) }
        if let f = e.freq { pairs.append(("freq", .string(f))) }
        return .object(pairs)
    }

    /// A TimeML document: the creation time in `<DCT>`, the text with inline `<TIMEX3>` tags.
    public static func timeml(id: String, text: String, expressions: [TemporalExpression], publication: PublicationDate?) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>\(xml(id))</DOCID>\n"
        if let p = publication {
            out +=
                "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(xml(p.value))\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">\(xml(p.value))</TIMEX3></DCT>\n"
        }
        out += "<TEXT>"
        let bytes = Array(text.utf8)
        var position = 0
        for (k, e) in expressions.flatMap(\.timemlParts).enumerated() where e.start >= position {
            out += xml(String(decoding: bytes[position..<e.start], as: UTF8.self))
            var attributes = "tid=\"t\(k + 1)\" type=\"\(e.type.rawValue)\" value=\"\(xml(e.value))\""
            if let mod = e.mod { attributes += " mod=\"\(mod.rawValue)\"" }
            if let q = e.quant { attributes += " quant=\"\(xml(q))\"" }
            if let f = e.freq { attributes += " freq=\"\(xml(f))\"" }
            out += "<TIMEX3 \(attributes)>\(xml(String(decoding: bytes[e.start..<e.end], as: UTF8.self)))</TIMEX3>"
            position = e.end
        }
        out += xml(String(decoding: bytes[position...], as: UTF8.self))
        out += "</TEXT>\n</TimeML>\n"
        return out
    }

    /// XML text and attribute escaping: the HTML escaping serves (`&#39;` is valid XML too).
    /// Escaped for XML; the control characters XML cannot hold (any but tab and line ends)
    /// become U+FFFD, one scalar for one.
    static func xml(_ s: String) -> String {
        var s = s
        let control = s.withUTF8 { DocumentLoader.firstControl($0) != nil }
        return HTMLEscaping.escape(control ? String(decoding: DocumentLoader.replacingControls(Array(s.utf8)), as: UTF8.self) : s)
    }
}

/// `tag --jsonl`: documents as JSON lines on standard input, expressions as JSON lines on
/// standard output. One line in memory at a time; a bad line is reported with its number on
/// standard error and the rest go on.
public enum TagStream {
    public enum Format: Sendable { case jsonLines, timeml }

    /// Returns true when some line was bad.
    public static func run(tagger: TemporalTagger, format: Format, reference: CalendarDay?) -> Bool {
        var failed = false
        var lineNumber = 0
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        func flush() {
            FileHandle.standardOutput.write(Data(buffer.utf8))
            buffer.removeAll(keepingCapacity: true)
        }
        // Lines are read as bytes (readLine would repair invalid UTF-8 without a word).
        guard let input = fdopen(0, "r") else { return true }
        var storage: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(storage) }
        while true {
            let count = getline(&storage, &capacity, input)
            guard count >= 0, let storage else { break }
            lineNumber += 1
            var bytes = UnsafeRawBufferPointer(start: storage, count: count)
            while let last = bytes.last, last == 0x0A || last == 0x0D { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
            // (Blank lines are skipped.)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let raw = Array(bytes)
            if let bad = DocumentLoader.firstInvalidUTF8(raw) {
                failed = true
                let error = TimelineError(
                    .input, path: "<stdin>", line: lineNumber, column: bad + 1,
                    "invalid UTF-8 (byte 0x\(String(raw[bad], radix: 16, uppercase: true)) at offset \(bad) of the line)")
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                continue
            }
            let line = String(decoding: raw, as: UTF8.self)
            switch process(line, lineNumber: lineNumber, tagger: tagger, format: format, reference: reference) {
            case .success(let out): buffer += out
            case .failure(let error):
                failed = true
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
            }
            if buffer.utf8.count > 1 << 16 { flush() }
        }
        flush()
        return failed
    }

    /// A JSON true or false (Foundation reads them as numbers).
    static func isBoolean(_ n: NSNumber) -> Bool {
        let type = String(cString: n.objCType)
        return type == "c" || type == "B"
    }

    /// What a JSON parse error says, in a few words.
    static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? (error as NSError).localizedDescription
        return text.isEmpty ? "a parse error" : text
    }

    /// Tags one input line.
    public static func process(_ line: String, lineNumber: Int, tagger: TemporalTagger, format: Format, reference: CalendarDay?) -> Result<
        String, TimelineError
    > {
        func bad(_ message: String) -> Result<String, TimelineError> {
            .failure(TimelineError(.input, path: "<stdin>", line: lineNumber, column: 1, message))
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            return bad("not valid JSON (\(TagStream.reason(error)))")
        }
        guard let object = parsed as? [String: Any] else { return bad("not a JSON object") }
        guard let text = object["text"] as? String else { return bad("missing \"text\" (a string)") }
        let id: String
        switch object["id"] {
        case nil, is NSNull: id = String(lineNumber)
        case let s as String: id = s
        case let n as NSNumber where !TagStream.isBoolean(n) && n.doubleValue.rounded() == n.doubleValue && abs(n.doubleValue) < 9.0e15:
            id = String(Int64(n.doubleValue))
        default: return bad("\"id\" must be a string (or a whole number)")
        }
        var publication: PublicationDate?
        if let reference {
            publication = PublicationDate(
                day: reference, value: reference.iso, source: .option, confidence: .high, derivation: "given with --reference-date")
        } else if let raw = object["published"] as? String {
            guard let day = DocumentLoader.publishedDay(raw) else { return bad("invalid \"published\" \"\(raw)\" (expected YYYY-MM-DD)") }
            publication = PublicationDate(day: day, value: day.iso, source: .frontMatter, confidence: .high, derivation: "\"published\" in the input")
        } else if object["published"] != nil, !(object["published"] is NSNull) {
            return bad("\"published\" must be a string YYYY-MM-DD")
        }
        let result = tagger.analyze(text, publication: publication, inferIfMissing: true)
        switch format {
        case .jsonLines: return .success(TagOutput.jsonLines(id: id, text: text, expressions: result.expressions))
        case .timeml: return .success(TagOutput.timeml(id: id, text: text, expressions: result.expressions, publication: result.reference))
        }
    }
}
