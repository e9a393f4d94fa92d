/// Where sentences start in prose: after ". ", "? ", "! " (closing quotes, brackets and footnote
/// markers may stand between the stop and the space), before anything but a lower-case letter or
/// continuing punctuation (a spaced ellipsis ". . ." runs on), and never after a common abbreviation ("Mr.", "Gen.", "No.", "p.", "pp.", "U.S.") or an initial ("J.").
///
/// Works on UTF-8 bytes so callers can scan a bounded window of a huge block without copying it;
/// every test is on ASCII bytes or whole multi-byte sequences, so a window that starts mid-character
/// only loses that character.
public enum SentenceBoundary {
    /// UTF-8 offsets in `text` where a sentence starts after a boundary (never 0), in order.
    public static func starts(in text: String) -> [Int] {
        var copy = text
        return copy.withUTF8 { starts(in: $0, from: 0, to: $0.count, opaque: []) }
    }

    /// Sentence starts in `bytes[lower..<upper]`; bytes inside `opaque` ranges (footnote markers)
    /// count as closing punctuation, so "done.³ Then" still ends a sentence.
    static func starts(in bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int, opaque: [Range<Int>]) -> [Int] {
        let opaque = opaque.filter { $0.upperBound > lower && $0.lowerBound < upper }
        var result: [Int] = []
        var i = lower + 1
        while i < upper {
            if !isSpace(bytes[i]), isSpace(bytes[i - 1]), canStart(bytes[i]),
               endsSentence(bytes, lastSpace: i - 1, lower: lower, opaque: opaque) {
                result.append(i)
            }
            i += 1
        }
        return result
    }

    /// Abbreviations after which a period does not end a sentence (case as written).
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Comdr", "Adm", "Sgt", "Gov",
        "Sen", "Rep", "Prof", "Rev", "St", "Sr", "Jr", "Messrs", "Mme", "No", "Nos", "Vol", "Vols",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "Dept", "Fig",
        "Ch", "Chap", "Art", "Sec", "Amb", "Min",
        "p", "pp", "vol", "vols", "ed", "eds", "trans", "fr", "frs", "cf", "ca", "viz", "vs", "ch", "nos",
        "op", "cit", "esp", "approx", "fig", "ff", "n", "nn",
    ]

    /// True when the text ending just before `lastSpace` (after skipping spaces, closers and
    /// markers backwards) ends a sentence.
    private static func endsSentence(_ b: UnsafeBufferPointer<UInt8>, lastSpace: Int, lower: Int, opaque: [Range<Int>]) -> Bool {
        var k = lastSpace
        while k >= lower, isSpace(b[k]) { k -= 1 }
        while k >= lower {
            if let r = opaque.first(where: { $0.contains(k) }) { k = r.lowerBound - 1; continue }
            let c = b[k]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { k -= 1; continue }  // " ' ) ]
            if k - 2 >= lower, b[k - 2] == 0xE2, b[k - 1] == 0x80, c == 0x9D || c == 0x99 { k -= 3; continue }  // ” ’
            if k - 1 >= lower, b[k - 1] == 0xC2, c == 0xBB || c == 0xB9 || c == 0xB2 || c == 0xB3 { k -= 2; continue }  // » ¹ ² ³
            if k - 2 >= lower, b[k - 2] == 0xE2, b[k - 1] == 0x81, c == 0xB0 || (0xB4...0xB9).contains(c) { k -= 3; continue }  // ⁰ ⁴…⁹
            break
        }
        guard k >= lower else { return false }
        switch b[k] {
        case UInt8(ascii: "?"), UInt8(ascii: "!"): return true
        case UInt8(ascii: "."): break
        default: return false
        }
        if k - 1 >= lower, b[k - 1] == UInt8(ascii: ".") { return true }  // an ellipsis closes what it trails
        var w = k - 1
        while w >= lower, isASCIILetter(b[w]) || b[w] == UInt8(ascii: ".") { w -= 1 }
        let word = b[(w + 1)..<k]
        if word.isEmpty { return true }
        if word.contains(UInt8(ascii: ".")) { return false }  // U.S., e.g., U.S.S.R.
        if word.count == 1, isUppercase(word[word.startIndex]) { return false }  // an initial
        return !abbreviations.contains(String(decoding: word, as: UTF8.self))
    }

    /// A sentence starts with anything but a lower-case letter or punctuation that continues one
    /// ("and . . . we", ". . . , the", "great. ..The" stays one sentence with its spaced ellipsis).
    @inline(__always) private static func canStart(_ c: UInt8) -> Bool {
        !isLowercase(c) && c != UInt8(ascii: ",") && c != UInt8(ascii: ";") && c != UInt8(ascii: ":") && c != UInt8(ascii: ".")
            && c != UInt8(ascii: ")") && c != UInt8(ascii: "]")
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
    @inline(__always) private static func isLowercase(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    @inline(__always) private static func isUppercase(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) private static func isASCIILetter(_ c: UInt8) -> Bool { isLowercase(c) || isUppercase(c) }
}
