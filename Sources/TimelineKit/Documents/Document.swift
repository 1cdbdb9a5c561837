/// An article as the pipeline sees it: its plain text, its headline and its paragraphs.
///
/// `text` is what offsets refer to: for a `.txt` file, the file's own text; for a `.md` file,
/// the plain text of its blocks (from cmark), separated by blank lines.
public struct Document: Sendable, Hashable {
    public enum ParagraphKind: String, Sendable, Hashable, Codable {
        /// `meta`: a line of the header under the headline of a `.txt` article ("Published:
        /// June 20, 2024", "By Jane Doe"): read for the publication date, never an event.
        case headline, heading, body, meta
    }

    public struct Paragraph: Sendable, Hashable, Codable {
        public var kind: ParagraphKind
        /// Byte range in ``Document/text``.
        public var range: Range<Int>
    }

    /// Stable identifier: the file name without extension, as a slug (unique within a run).
    public var id: String
    /// The path as given on the command line (or relative to the directory given).
    public var path: String
    public var title: String
    public var text: String
    public var paragraphs: [Paragraph]
    public var frontMatter: FrontMatter

    public init(id: String, path: String, title: String, text: String, paragraphs: [Paragraph], frontMatter: FrontMatter = FrontMatter()) {
        self.id = id
        self.path = path
        self.title = title
        self.text = text
        self.paragraphs = paragraphs
        self.frontMatter = frontMatter
    }

    /// The text with each line break inside a paragraph turned into a space (same byte length),
    /// so hard-wrapped lines do not split a date ("January\n30").
    var taggingText: String {
        var bytes = Array(text.utf8)
        for p in paragraphs {
            for i in p.range where bytes[i] == 0x0A { bytes[i] = 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The YAML front matter of a Markdown article.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    /// `published:` as written (`2025-01-31`).
    public var published: String?
    /// 1-based line of `published:` in the file, for error messages.
    public var publishedLine: Int = 0
    public var source: String?
    public var url: String?
    public var tags: [String] = []

    public init(title: String? = nil, published: String? = nil, source: String? = nil, url: String? = nil, tags: [String] = []) {
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.tags = tags
    }
}
