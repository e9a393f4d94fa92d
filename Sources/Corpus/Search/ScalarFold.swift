import Foundation

/// How one Unicode scalar reads to a search: the bytes it contributes once case (unless the search
/// is case-sensitive) and accents are taken away, or that it is whitespace or contributes nothing.
///
/// Accents go by canonical decomposition with the combining marks dropped ("ô" is "o" + U+0302,
/// "ĭ" is "i" + U+0306); letters that do not decompose are spelled out (ø, ł, ß, æ, œ, ı, đ…), as are
/// the ligatures OCR leaves (ﬁ, ﬂ). Curly quotes and dashes read as the ASCII a reader types
/// ("Molotov’s" is found by "Molotov's"). Compatibility forms (superscripts, full width) are left
/// alone: a footnote marker "²⁷" must not match "27".
struct ScalarFold: Sendable {
    /// What a scalar contributes to a match.
    enum Kind: Sendable {
        /// Letters, digits, punctuation: `bytes`.
        case text
        /// Whitespace of any kind: one run matches any other.
        case space
        /// Combining marks, joiners, soft hyphens, variation selectors: skipped inside a match.
        case ignorable
    }

    /// What the scalar contributes.
    let kind: Kind
    /// The folded UTF-8 (empty unless `kind` is `.text`).
    let bytes: [UInt8]
    /// True for letters: a hyphen at a line end joins a word only between letters.
    let isLetter: Bool
    /// True when the scalar continues the character before it (marks, joiners, emoji modifiers): a
    /// match neither starts nor ends before it.
    let extendsCharacter: Bool

    /// Folds a scalar, lower-casing it unless `caseSensitive`.
    init(_ scalar: Unicode.Scalar, caseSensitive: Bool) {
        let properties = scalar.properties
        isLetter = properties.isAlphabetic
        let category = properties.generalCategory
        if properties.isWhitespace {
            (kind, bytes, extendsCharacter) = (.space, [], false)
            return
        }
        if ScalarFold.isMark(category) || properties.isDefaultIgnorableCodePoint || properties.isEmojiModifier {
            (kind, bytes, extendsCharacter) = (.ignorable, [], true)
            return
        }
        let cased = caseSensitive ? String(scalar) : properties.lowercaseMapping
        var out: [UInt8] = []
        for s in cased.decomposedStringWithCanonicalMapping.unicodeScalars where !ScalarFold.isMark(s.properties.generalCategory) {
            if let spelled = ScalarFold.spelled[s.value] { out += spelled.utf8 } else { out += String(s).utf8 }
        }
        kind = out.isEmpty ? .ignorable : .text
        bytes = out
        extendsCharacter = out.isEmpty || category == .spacingMark
    }

    /// Combining marks that only accent the letter before them. Spacing marks (Indic vowel signs) are
    /// letters in their own right and stay.
    private static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .enclosingMark
    }

    /// Letters without a canonical decomposition, ligatures, and typographic quotes and dashes, as typed.
    private static let spelled: [UInt32: String] = [
        0x00F8: "o", 0x00D8: "O", 0x0142: "l", 0x0141: "L", 0x00DF: "ss", 0x1E9E: "SS",
        0x00E6: "ae", 0x00C6: "AE", 0x0153: "oe", 0x0152: "OE", 0x0131: "i",
        0x0111: "d", 0x0110: "D", 0x00F0: "d", 0x00D0: "D", 0x00FE: "th", 0x00DE: "TH",
        0x0127: "h", 0x0126: "H", 0x0167: "t", 0x0166: "T", 0x0140: "l", 0x013F: "L",
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
    ]
}
