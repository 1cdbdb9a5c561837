internal import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one wrapper around libcmark: every cmark call of the project is in this file.
///
/// It parses Markdown articles into plain-text blocks (for the tagger), renders Markdown to
/// HTML (cmark's safe mode: raw HTML is dropped) and reads a document's outline (for the
/// round-trip tests of the Markdown the tool writes).
public enum CommonMark {
    /// A block of a Markdown document as plain text.
    public struct Block: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case heading(level: Int)
            case paragraph
        }

        public var kind: Kind
        public var text: String
    }

    /// The version of the linked libcmark ("0.30.2").
    public static var libraryVersion: String {
        String(cString: cmark_version_string())
    }

    /// Renders CommonMark to HTML. Raw HTML in the input is omitted (cmark's default, safe).
    public static func html(_ markdown: String) -> String {
        var markdown = markdown.isEmpty ? "\n" : markdown
        return markdown.withUTF8 { bytes -> String in
            let raw = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let rendered = cmark_markdown_to_html(raw, bytes.count, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// The headings and paragraphs of a Markdown document, as plain text (inline markup
    /// dropped, links reduced to their text, soft breaks to spaces). Block quotes and list
    /// items contribute their paragraphs; code blocks and raw HTML are skipped.
    /// A paragraph that is one short run of bold or italic text and no sentence ("**Monday**",
    /// "*Further ahead*"): a heading written with emphasis, as week-ahead calendars and digests
    /// do. (A bold sentence, "**Two ships collided on Monday.**", stays a paragraph.)
    static func isEmphasisHeading(_ paragraph: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(paragraph), child == cmark_node_last_child(paragraph) else { return false }
        let type = cmark_node_get_type(child)
        guard type == CMARK_NODE_STRONG || type == CMARK_NODE_EMPH, let node = cmark_node_first_child(child), node == cmark_node_last_child(child),
            cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node)
        else { return false }
        // (Four words at most: "**Italy joined the project in December 2022**" is a bold
        // sentence; nor a date line's label, "*Updated Tuesday*".)
        let text = String(cString: literal)
        let words = text.split(separator: " ")
        guard let last = text.utf8.last, (1...4).contains(words.count), text.utf8.count <= 40,
            !DocumentLoader.metaLabels.contains(String(words[0].lowercased().filter(\.isLetter)))
        else { return false }
        // (A day's heading is the day alone: "**Talks end Friday**" is a bold headline.)
        if DocumentLoader.namesAWeekday(text), !DocumentLoader.isDayLabel(text) { return false }
        return ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";")].contains(last)
    }

    public static func blocks(_ markdown: String) -> [Block] {
        withDocument(markdown) { root in
            var blocks: [Block] = []
            guard let iter = cmark_iter_new(root) else { return blocks }
            defer { cmark_iter_free(iter) }
            var current: (kind: Block.Kind, text: String)?
            // Where each line of the current paragraph starts in its text (soft breaks).
            var lineStarts: [String.Index] = []
            var skipDepth = 0
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iter) else { continue }
                let type = cmark_node_get_type(node)
                let entering = event == CMARK_EVENT_ENTER
                switch type {
                case CMARK_NODE_HEADING, CMARK_NODE_PARAGRAPH:
                    if entering {
                        var kind: Block.Kind = type == CMARK_NODE_HEADING ? .heading(level: Int(cmark_node_get_heading_level(node))) : .paragraph
                        if type == CMARK_NODE_PARAGRAPH, isEmphasisHeading(node) { kind = .heading(level: 6) }
                        current = (kind, "")
                        lineStarts = []
                    } else if let c = current {
                        // A chronology written as lines of one paragraph ("4 April 2023 – Finland
                        // joins") is one block per line.
                        var lines: [String] = []
                        var from = c.text.startIndex
                        for start in lineStarts {
                            lines.append(String(c.text[from..<start]))
                            from = start
                        }
                        lines.append(String(c.text[from...]))
                        let chronology = c.kind == .paragraph && DocumentLoader.isChronology(lines.map { Array($0.trimmingSpaces().utf8) })
                        // (A table's rows as "date – event"; its header and rule dropped.)
                        let parts = chronology ? DocumentLoader.chronologyLines(lines.map { $0.trimmingSpaces() }) : [c.text]
                        for part in parts {
                            let text = part.trimmingSpaces()
                            if !text.isEmpty { blocks.append(Block(kind: c.kind, text: text)) }
                        }
                        current = nil
                    }
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    if entering, skipDepth == 0, let literal = cmark_node_get_literal(node) {
                        current?.text += String(cString: literal)
                    }
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    if entering, current != nil {
                        current!.text += " "
                        lineStarts.append(current!.text.endIndex)
                    }
                case CMARK_NODE_IMAGE:
                    skipDepth += entering ? 1 : -1
                default:
                    break
                }
            }
            return blocks
        }
    }

    /// The headings of a document with their levels, in order.
    public static func headings(_ markdown: String) -> [(level: Int, text: String)] {
        blocks(markdown).compactMap { block in
            if case .heading(let level) = block.kind { return (level, block.text) }
            return nil
        }
    }

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T {
        // An empty string may have no buffer; a lone newline parses to the same empty document.
        var markdown = markdown.isEmpty ? "\n" : markdown
        return markdown.withUTF8 { bytes -> T in
            let raw = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
            let root = cmark_parse_document(raw, bytes.count, CMARK_OPT_DEFAULT)!
            defer { cmark_node_free(root) }
            return body(root)
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })!
        return String(self[first...last])
    }
}
