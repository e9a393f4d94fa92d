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
    /// The text: a word as written, a number's digits (an ordinal's "st", "nd", "rd", "th" dropped), one mark.
    var text: Substring
    /// A number's value (capped so a long run of digits cannot overflow), else 0.
    var value: Int = 0
    /// A number's digit count, else 0.
    var digits: Int = 0

    /// The tokens of a text: runs of letters (non-ASCII letters too, so accented names stay whole), runs of digits (with an ordinal suffix folded in: "25th"), and every other visible byte alone.
    static func tokens(of text: String) -> [DateToken] {
        var result: [DateToken] = []
        let utf8 = text.utf8
        var i = utf8.startIndex
        var offset = 0
        // U+2000-U+2FFF (lead byte E2) are dashes, quotes, ellipses and symbols: marks, not letters.
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x80 && b != 0xE2) }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        while i != utf8.endIndex {
            let b = utf8[i]
            if isDigit(b) {
                let begin = i, from = offset
                var value = 0, digits = 0
                while i != utf8.endIndex, isDigit(utf8[i]) {
                    if digits < LinePatterns.maxDigits { value = value * 10 + Int(utf8[i] - 48) }
                    digits += 1; i = utf8.index(after: i); offset += 1
                }
                let digitsEnd = i
                // "1st", "25th": the suffix belongs to the number.
                var j = i, k = offset, letters = 0
                while j != utf8.endIndex, isLetter(utf8[j]), utf8[j] < 0x80, letters < 3 { j = utf8.index(after: j); k += 1; letters += 1 }
                if letters == 2, j == utf8.endIndex || !isLetter(utf8[j]),
                   ["st", "nd", "rd", "th"].contains(text[i..<j].lowercased()) {
                    i = j; offset = k
                }
                result.append(DateToken(kind: .number, start: from, end: offset, text: text[begin..<digitsEnd], value: value, digits: digits))
            } else if isLetter(b) {
                let begin = i, from = offset
                while i != utf8.endIndex, isLetter(utf8[i]) { i = utf8.index(after: i); offset += 1 }
                result.append(DateToken(kind: .word, start: from, end: offset, text: text[begin..<i]))
            } else {
                let begin = i, from = offset
                i = utf8.index(after: i); offset += 1
                // A mark from E2 takes its continuation bytes with it.
                while b == 0xE2, i != utf8.endIndex, utf8[i] & 0xC0 == 0x80 { i = utf8.index(after: i); offset += 1 }
                if b > 0x20 { result.append(DateToken(kind: .mark, start: from, end: offset, text: text[begin..<i])) }
            }
        }
        return result
    }

    /// True for a number that can be a day of the month (1-31, one or two digits).
    var isDay: Bool { kind == .number && digits <= 2 && (1...31).contains(value) }
    /// True for a number that can be a year of these documents (four digits, 1500-2099).
    var isYear: Bool { kind == .number && digits == 4 && (1500...2099).contains(value) }
    /// True for the mark `m`.
    func isMark(_ m: Character) -> Bool { kind == .mark && text.first == m }
    /// The word in lower case ("" for numbers and marks).
    var lower: String { kind == .word ? text.lowercased() : "" }
}
