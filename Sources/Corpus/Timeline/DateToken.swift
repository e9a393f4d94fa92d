/// A word, number or punctuation mark of a block's text, with its UTF-8 range: what date phrases are read from.
struct DateToken: Sendable, Hashable {
    /// What a token is.
    enum Kind: Sendable, Hashable { case word, number, mark }

    /// What the token is.
    var kind: Kind
    /// Start in the text (UTF-8 offset).
    var start: Int
    /// End in the text (UTF-8 offset, exclusive).
    var end: Int
    /// A number's value (capped so a long run of digits cannot overflow), else 0.
    var value: Int = 0
    /// A number's digit count, else 0.
    var digits: Int = 0
    /// The word folded to lower case, as a number (`Word`), when it is one the scanner looks for
    /// (`DateMentionScanner.vocabulary`), else the empty word. A number and not a string, so a token is plain
    /// bytes and copying one costs no reference counting: strings here cost most of the scan.
    var lower = Word.none
    /// True for a word whose first letter is an ASCII capital (month names are).
    var isCapitalized = false
    /// A mark's first byte, else 0.
    var byte: UInt8 = 0
    /// True for a hyphen or an en dash, which join the two ends of a span ("21-27 July", "1941–1945").
    var isDash = false

    /// The tokens of a text: runs of letters (non-ASCII letters too, so accented names stay whole), runs of digits (with an ordinal suffix folded in: "25th"), and every other visible byte alone.
    static func tokens(of text: String) -> [DateToken] {
        var copy = text
        return copy.withUTF8 { tokens(of: $0) }
    }

    /// The tokens of UTF-8 bytes (offsets are indices into them).
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [DateToken] {
        var result: [DateToken] = []
        let n = bytes.count
        // U+2000-U+2FFF (lead byte E2) are dashes, quotes, ellipses and symbols: marks, not letters.
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x80 && b != 0xE2) }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var i = 0
        while i < n {
            let b = bytes[i]
            let from = i
            if isDigit(b) {
                var value = 0, digits = 0
                while i < n, isDigit(bytes[i]) {
                    if digits < LinePatterns.maxDigits { value = value * 10 + Int(bytes[i] - 48) }
                    digits += 1; i += 1
                }
                // "1st", "25th": the suffix belongs to the number.
                if i + 1 < n, i + 2 >= n || !isLetter(bytes[i + 2]) {
                    let suffix = (bytes[i] | 0x20, bytes[i + 1] | 0x20)
                    if suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68) { i += 2 }
                }
                result.append(DateToken(kind: .number, start: from, end: i, value: value, digits: digits))
            } else if isLetter(b) {
                var ascii = true
                while i < n, isLetter(bytes[i]) { ascii = ascii && bytes[i] < 0x80; i += 1 }
                var token = DateToken(kind: .word, start: from, end: i)
                let count = i - from
                if count <= Word.maximumLength, ascii {
                    let word = Word(UnsafeBufferPointer(rebasing: bytes[from..<i]))
                    if DateMentionScanner.vocabulary.contains(word) { token.lower = word }
                }
                token.isCapitalized = b >= 0x41 && b <= 0x5A
                result.append(token)
            } else {
                i += 1
                // A mark from E2 takes its continuation bytes with it.
                while b == 0xE2, i < n, bytes[i] & 0xC0 == 0x80 { i += 1 }
                if b > 0x20 {
                    let dash = b == UInt8(ascii: "-") || (b == 0xE2 && i - from == 3 && bytes[from + 1] == 0x80 && bytes[from + 2] == 0x93)
                    result.append(DateToken(kind: .mark, start: from, end: i, byte: b, isDash: dash))
                }
            }
        }
        return result
    }

    /// True for a number that can be a day of the month (1-31, one or two digits).
    var isDay: Bool { kind == .number && digits <= 2 && (1...31).contains(value) }
    /// True for a number that can be a year of these documents (four digits, 1500-2099).
    var isYear: Bool { kind == .number && digits == 4 && (1500...2099).contains(value) }
    /// True for the mark `m`.
    func isMark(_ m: UInt8) -> Bool { kind == .mark && byte == m }
}

/// An ASCII word of up to twelve letters folded to lower case and packed five bits a letter: compared and hashed
/// as one integer. Written as a string literal where the scanner names one ("the", "days").
struct Word: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The packed letters (0 for the empty word).
    let key: UInt64

    /// The longest word that packs into 64 bits.
    static let maximumLength = 12
    /// No word (a number, a mark, or a word the scanner never compares).
    static let none = Word(key: 0)

    private init(key: UInt64) { self.key = key }

    /// Packs ASCII letters (at most `maximumLength` of them), folding case.
    init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        key = bytes.reduce(0) { $0 << 5 | UInt64(($1 | 0x20) &- 0x60) & 0x1F }
    }

    /// A word written in the source.
    init(stringLiteral value: String) { self.init(value.utf8) }
}
