/// One token of a text, found by ``Tokenizer`` in the UTF-8 bytes.
///
/// Offsets are byte offsets into the UTF-8 text. `lexeme` is the token's meaning in the
/// temporal lexicon (``Lexeme/none`` for ordinary words).
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        case punct
    }

    // Stored compactly (32 bytes a token instead of 56: a text has a token every five bytes
    // or so, and the tokenizer writes every one); read through the properties below.
    private var start32: UInt32
    private var end32: UInt32
    private var value32: Int32
    private var digits16: UInt16
    var kind: Kind
    private var flags: UInt8
    var lexeme: Lexeme

    init(
        start: Int, end: Int, kind: Kind, spaceBefore: Bool, newlineBefore: Bool, capitalized: Bool, allCaps: Bool, value: Int, digits: Int,
        lexeme: Lexeme
    ) {
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        value32 = Int32(clamping: value)
        digits16 = UInt16(clamping: digits)
        self.kind = kind
        flags = (spaceBefore ? 1 : 0) | (newlineBefore ? 2 : 0) | (capitalized ? 4 : 0) | (allCaps ? 8 : 0)
        self.lexeme = lexeme
    }

    /// Byte offsets into the UTF-8 text (texts are at most ``Tokenizer/maximumLength`` bytes).
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// Whitespace comes right before this token (false for "mid-" + "December" pieces).
    var spaceBefore: Bool { flags & 1 != 0 }
    /// A line break comes before this token (paragraphs are never crossed by an expression).
    var newlineBefore: Bool { flags & 2 != 0 }
    /// The first letter is upper case (words only).
    var capitalized: Bool { flags & 4 != 0 }
    /// Every letter is upper case (words only).
    var allCaps: Bool { flags & 8 != 0 }
    /// For numbers: the value (saturating) and the digit count. For punctuation: the code point.
    /// For words, `digits` is the length in bytes (at most 65,535).
    var value: Int { Int(value32) }
    var digits: Int { Int(digits16) }
}

/// Splits UTF-8 bytes into words, numbers and punctuation in one pass.
///
/// Words are runs of ASCII letters (and non-ASCII letters, which never match the lexicon);
/// an apostrophe inside a word ("year's") ends it. Numbers are runs of ASCII digits. Every other
/// non-space scalar is one punctuation token. Looking a word up costs one hash of at most
/// 16 lower-cased bytes.
enum Tokenizer {
    /// The longest text tokenized (offsets are 32-bit); bytes past it are not read.
    static let maximumLength = Int(UInt32.max) - 8

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        let lexicon = Lexicon.shared
        let n = min(bytes.count, maximumLength)
        var i = 0
        var space = true
        var newline = true
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                space = true
                i += 1
                continue
            }
            if b == 0x0A {
                space = true
                newline = true
                i += 1
                continue
            }
            let start = i
            if isLetter(b) || b >= 0xC0 {
                // A word: ASCII letters and any non-ASCII scalars that are letters-like.
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var length = 0
                var ascii = true
                let capitalized = b >= 0x41 && b <= 0x5A
                var allCaps = true
                while i < n {
                    let c = bytes[i]
                    if c >= 0x61 && c <= 0x7A {
                        allCaps = false
                    } else if c >= 0x41 && c <= 0x5A {
                    } else if c >= 0xC0 {
                        // Non-ASCII: a few are punctuation (dashes, quotes, nbsp); stop there.
                        if Tokenizer.isUnicodePunctOrSpace(bytes, i) { break }
                        ascii = false
                        allCaps = false
                        i += 1
                        while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
                        continue
                    } else {
                        break
                    }
                    if length < 24 {
                        hash = (hash ^ UInt64(c | 0x20)) &* 0x100_0000_01b3
                    }
                    length += 1
                    i += 1
                }
                if i == start {
                    // A non-ASCII punctuation scalar or space.
                    let len = Tokenizer.scalarLength(bytes[i])
                    let end = min(n, i + len)
                    if Tokenizer.isUnicodeSpace(bytes, i) {
                        space = true
                        i = end
                        continue
                    }
                    tokens.append(
                        Token(
                            start: i, end: end, kind: .punct, spaceBefore: space, newlineBefore: newline,
                            capitalized: false, allCaps: false,
                            value: Tokenizer.decode(bytes, i, len), digits: 0, lexeme: .none))
                    i = end
                } else {
                    let lexeme: Lexeme = (ascii && length <= 24) ? lexicon.lookup(hash: hash, length: length) : .none
                    tokens.append(
                        Token(
                            start: start, end: i, kind: .word, spaceBefore: space, newlineBefore: newline,
                            capitalized: capitalized, allCaps: allCaps && length > 1,
                            value: 0, digits: length, lexeme: lexeme))
                }
            } else if b >= 0x30 && b <= 0x39 {
                var value = 0
                while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    if value < 100_000_000 { value = value * 10 + Int(bytes[i] - 0x30) }
                    i += 1
                }
                tokens.append(
                    Token(
                        start: start, end: i, kind: .number, spaceBefore: space, newlineBefore: newline,
                        capitalized: false, allCaps: false, value: value, digits: i - start, lexeme: .none))
            } else {
                let len = b < 0x80 ? 1 : Tokenizer.scalarLength(b)
                let end = min(n, i + len)
                tokens.append(
                    Token(
                        start: i, end: end, kind: .punct, spaceBefore: space, newlineBefore: newline,
                        capitalized: false, allCaps: false,
                        value: b < 0x80 ? Int(b) : Tokenizer.decode(bytes, i, len), digits: 0, lexeme: .none))
                i = end
            }
            space = false
            newline = false
        }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
    }

    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int) -> Int {
        guard i + len <= bytes.count else { return 0xFFFD }
        switch len {
        case 2: return Int(bytes[i] & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
        case 3: return Int(bytes[i] & 0x0F) << 12 | Int(bytes[i + 1] & 0x3F) << 6 | Int(bytes[i + 2] & 0x3F)
        case 4:
            return Int(bytes[i] & 0x07) << 18 | Int(bytes[i + 1] & 0x3F) << 12 | Int(bytes[i + 2] & 0x3F) << 6
                | Int(bytes[i + 3] & 0x3F)
        default: return Int(bytes[i])
        }
    }

    /// U+00A0 no-break space, U+2000...U+200B spaces, U+202F, U+3000.
    static func isUnicodeSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let len = scalarLength(bytes[i])
        let cp = decode(bytes, i, len)
        return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF
    }

    /// General punctuation (U+2000...U+206F), Latin-1 punctuation, and spaces end a word.
    static func isUnicodePunctOrSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let len = scalarLength(bytes[i])
        let cp = decode(bytes, i, len)
        return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7
            || cp == 0x3000 || cp == 0xFEFF || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F)
    }
}
