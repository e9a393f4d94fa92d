/// The words of a text as UTF-8 ranges: runs of letters, split at spaces, punctuation, digits,
/// apostrophes and hyphens, so "Sato's" and "Sato-Tokyo" both start with the word "Sato".
struct WordTokens {
    /// One word's UTF-8 range.
    struct Token {
        var start: Int
        var end: Int
    }

    let bytes: [UInt8]
    private(set) var tokens: [Token] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        // Scanned through a buffer pointer into a local array (no bounds checks or `self` access per byte).
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        bytes.withUnsafeBufferPointer { bytes in
        var i = 0, start = -1
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var length = 1
            let isLetter: Bool
            if b < 0x80 {
                isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            } else {
                // Decoded by hand: a String per scalar made this scan the slowest part of loading.
                length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                var value = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                var k = 1
                while k < length, i + k < n { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F); k += 1 }
                isLetter = length > 1 && Unicode.Scalar(value)?.properties.isAlphabetic == true
            }
            if isLetter {
                if start < 0 { start = i }
            } else if start >= 0 {
                tokens.append(Token(start: start, end: i))
                start = -1
            }
            i += length
        }
        if start >= 0 { tokens.append(Token(start: start, end: n)) }
        }
        self.tokens = tokens
    }

    /// The word at an index (short words are inline strings: no allocation).
    func word(_ k: Int) -> String { String(decoding: bytes[tokens[k].start..<tokens[k].end], as: UTF8.self) }

    /// The text between two offsets.
    func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    /// True when words k and k+1 belong to one name: a space or hyphen between, or a full stop after
    /// an initial or an abbreviation ("Jacob A. Malik", "Lt. General"), never a sentence's end.
    /// An apostrophe between letters joins too ("Yur’evich"), so a name printed with one can be a form;
    /// "Sato's" still starts with the word "Sato".
    /// `loose` accepts any full stop: inside a registered form the editor wrote it ("Navy Genl. Staff").
    func joins(_ k: Int, loose: Bool = false) -> Bool {
        let gap = bytes[tokens[k].end..<tokens[k + 1].start]
        if gap.elementsEqual([0x27]) || gap.elementsEqual([0xE2, 0x80, 0x99]) { return true }
        guard gap.count <= 3, gap.allSatisfy({ $0 == 0x20 || $0 == 0x2E || $0 == 0x2D }) else { return false }
        guard gap.contains(0x2E), !loose else { return true }
        // "Ya.A. Malik": a full stop followed at once by a letter never ends a sentence.
        if gap.elementsEqual([0x2E]) { return true }
        let w = word(k)
        return w.count == 1 || SentenceBoundary.abbreviations.contains(w)
    }

    /// True when the word starts with a capital and is not all capitals ("Sato", not "SECRET" or "of").
    func isCapitalised(_ k: Int) -> Bool {
        let w = word(k)
        guard let first = w.first, first.isUppercase else { return false }
        return w.count == 1 || w.dropFirst().contains(where: \.isLowercase)
    }

    /// Splits a form or title into its words.
    static func words(of form: String) -> [String] {
        let t = WordTokens(form)
        return t.tokens.indices.map(t.word)
    }
}
