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

    /// A word token: `flags` as stored (bit 0 space before, 1 newline before, 2 capitalized,
    /// 3 all caps, 4-7 ``WordClass``).
    @inline(__always) init(word start: Int, end: Int, flags: UInt8, lexeme: Lexeme) {
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        value32 = 0
        digits16 = UInt16(truncatingIfNeeded: min(end &- start, 65_535))
        kind = .word
        self.flags = flags
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
    /// The word is in `wordClass` (see ``WordClass``).
    @inline(__always) func isIn(_ wordClass: WordClass) -> Bool { flags & wordClass.rawValue != 0 }
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
/// 24 lower-cased bytes.
enum Tokenizer {
    /// The longest text tokenized (offsets are 32-bit); bytes past it are not read.
    static let maximumLength = Int(UInt32.max) - 8

    /// Tokenizes `bytes` into a buffer the caller owns and must `deallocate()`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutableBufferPointer<Token> {
        var tokens = TokenSink(capacity: bytes.count / 5 + 16)
        let lexicon = Lexicon.shared
        let n = min(bytes.count, maximumLength)
        guard n > 0, let base = bytes.baseAddress else { return UnsafeMutableBufferPointer(start: tokens.base, count: 0) }
        // Words that start at least this far from the end are hashed with whole-word loads.
        let wideEnd = bytes.count &- Lexicon.maximumWordLength
        var i = 0
        var space = true
        var newline = true
        while i < n {
            let b = base[i]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                space = true
                i &+= 1
                continue
            }
            if b == 0x0A {
                space = true
                newline = true
                i &+= 1
                continue
            }
            let start = i
            let layout: UInt8 = (space ? 1 : 0) | (newline ? 2 : 0)
            if isLetter(b) || b >= 0xC0 {
                // A word: ASCII letters, then (rarely) non-ASCII scalars that are letter-like.
                // The tight loop only finds the end; the word is hashed afterwards.
                var ascii = true
                if isLetter(b) {
                    i &+= 1
                    // Eight bytes at a time while they are all letters, then byte by byte.
                    while i &+ 8 <= n {
                        let stop = Tokenizer.nonLetters(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                        if stop != 0 {
                            i &+= stop.trailingZeroBitCount >> 3
                            break
                        }
                        i &+= 8
                    }
                    while i < n && isLetter(base[i]) { i &+= 1 }
                }
                if i < n && base[i] >= 0xC0 {
                    while i < n {
                        let c = base[i]
                        if isLetter(c) {
                            i &+= 1
                        } else if c >= 0xC0 {
                            // Non-ASCII: a few are punctuation (dashes, quotes, nbsp); stop there.
                            if Tokenizer.isUnicodePunctOrSpace(bytes, i) { break }
                            ascii = false
                            i &+= 1
                            while i < n && base[i] & 0xC0 == 0x80 { i &+= 1 }
                        } else {
                            break
                        }
                    }
                }
                if i == start {
                    // A non-ASCII punctuation scalar or space.
                    let len = Tokenizer.scalarLength(base[i])
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
                    let length = i &- start
                    var found: (lexeme: Lexeme, classes: UInt8) = (.none, 0)
                    if ascii && length <= Lexicon.maximumWordLength {
                        let hash = start <= wideEnd ? Lexicon.hash(base + start, length) : Lexicon.hashNearEnd(bytes, start, length)
                        found = lexicon.lookup(hash: hash, length: length)
                    }
                    var flags = layout | (found.classes & 0xF0)
                    if b &- 0x41 < 26 {
                        flags |= 4  // capitalized
                        // All caps: every byte an upper-case ASCII letter (bit 5 clear).
                        if ascii && length > 1 {
                            var k = start &+ 1
                            while k < i && base[k] & 0x20 == 0 { k &+= 1 }
                            if k == i { flags |= 8 }
                        }
                    }
                    tokens.append(Token(word: start, end: i, flags: flags, lexeme: found.lexeme))
                }
            } else if b &- 0x30 < 10 {
                var value = 0
                while i < n, base[i] &- 0x30 < 10 {
                    if value < 100_000_000 { value = value &* 10 &+ Int(base[i] &- 0x30) }
                    i &+= 1
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
        return UnsafeMutableBufferPointer(start: tokens.base, count: tokens.count)
    }

    /// A growable buffer of tokens with an unchecked append (tokens are plain values).
    struct TokenSink {
        var base: UnsafeMutablePointer<Token>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        @inline(__always) mutating func append(_ token: Token) {
            if count == capacity { grow() }
            (base + count).initialize(to: token)
            count += 1
        }

        @inline(never) mutating func grow() {
            let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
    }

    /// The high bit of each byte of `w` (little-endian) that is not an ASCII letter.
    @inline(__always) static func nonLetters(_ w: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let x = (w | 0x2020_2020_2020_2020) & ~high  // lower-cased, high bit cleared
        let atLeastA = (x &+ 0x1F1F_1F1F_1F1F_1F1F) & high  // x >= 0x61
        let pastZ = (x &+ 0x0505_0505_0505_0505) & high  // x > 0x7A
        // A letter: below 0x80, at least "a", not past "z".
        return ~(atLeastA & ~pastZ & ~w) & high
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26
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
