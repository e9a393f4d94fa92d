/// Reads the date and route printed after a citation ("H-176782, 7 Apr., Sato-Tokyo").
///
/// Hand-written rather than regex: it runs after every id in every note, and a regex search
/// from each position cost a tenth of the whole load.
enum CitationTail {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// The months as Characters: compared in place, not as a String made per position.
    private static let monthCharacters: [[Character]] = months.map(Array.init)
    private static let circular = Array("Circular")
    private static let ordinals: [[Character]] = ["st", "nd", "rd", "th"].map(Array.init)

    // Character properties with the ASCII answer first (most tails are ASCII): the same results.
    @inline(__always) private static func isLetter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A) }
        return c.isLetter
    }
    @inline(__always) private static func isNumber(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 0x30 && a <= 0x39 }
        return c.isNumber
    }
    @inline(__always) private static func isUppercase(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 0x41 && a <= 0x5A }
        return c.isUppercase
    }
    @inline(__always) private static func isLowercase(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 0x61 && a <= 0x7A }
        return c.isLowercase
    }
    /// `c.isASCII && c.isNumber`.
    @inline(__always) private static func isASCIIDigit(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 0x30 && a <= 0x39 }
        return false
    }

    /// The first date in the tail: "7 Apr.", "25th May", "18 May, '45", "8 August 1945", "Apr. 8", "May 25th".
    static func date(in tail: Substring) -> String? {
        let c = Array(tail)
        var i = 0
        while i < c.count {
            let boundary = i == 0 || !(isLetter(c[i - 1]) || isNumber(c[i - 1]))
            if boundary, isASCIIDigit(c[i]) {
                var j = i
                while j < c.count, isASCIIDigit(c[j]) { j += 1 }
                if j - i <= 2 {
                    var k = skipOrdinal(c, j)
                    k = skipSpaces(c, k)
                    if k > j, let m = monthEnd(c, k) {
                        return String(c[i..<yearEnd(c, m)])
                    }
                }
                i = j
                continue
            }
            if boundary, let m = monthEnd(c, i) {
                let k = skipSpaces(c, m)
                var j = k
                while j < c.count, isASCIIDigit(c[j]) { j += 1 }
                if k > m, (1...2).contains(j - k), j == c.count || !isNumber(c[j]) {
                    return String(c[i..<skipOrdinal(c, j)])
                }
            }
            i += 1
        }
        return nil
    }

    /// The first route: "Sato-Tokyo", "NA-Stockholm", "Togo Circular", "Tokyo (Togo) Circular".
    static func route(in tail: Substring) -> String? {
        let c = Array(tail)
        var i = 0
        while i < c.count {
            guard isUppercase(c[i]), i == 0 || !isLetter(c[i - 1]) else { i += 1; continue }
            let w = wordEnd(c, i)
            // "Togo Circular", "Tokyo (Togo) Circular"
            var k = w
            if k + 1 < c.count, c[k] == " ", c[k + 1] == "(" {
                var p = k + 2
                if p < c.count, isUppercase(c[p]) {
                    p += 1
                    while p < c.count, isLowercase(c[p]) { p += 1 }
                    if p < c.count, c[p] == ")" { k = p + 1 }
                }
            }
            let s = skipSpaces(c, k)
            if s > k, hasPrefix(c, s, circular) { return String(c[i..<(s + 8)]) }
            // "Sato-Tokyo", "Moscow - Tokyo"
            var end = w
            if w - i >= 2 {
                while true {
                    var p = skipOneSpace(c, end)
                    guard p < c.count, c[p] == "-" else { break }
                    p = skipOneSpace(c, p + 1)
                    guard p < c.count, isUppercase(c[p]) else { break }
                    let e = wordEnd(c, p)
                    guard e - p >= 2 else { break }
                    end = e
                }
            }
            if end > w { return String(c[i..<end]).trimmingScalars { $0 == "." || $0 == " " } }
            i = w
        }
        return nil
    }

    private static func wordEnd(_ c: [Character], _ i: Int) -> Int {
        var j = i + 1
        while j < c.count, c[j].isASCII, isLetter(c[j]) || c[j] == "." { j += 1 }
        return j
    }

    private static func monthEnd(_ c: [Character], _ i: Int) -> Int? {
        // Characters equal to ASCII letters concatenate to the month exactly when the String would.
        guard i + 3 <= c.count, monthCharacters.contains(where: { $0[0] == c[i] && $0[1] == c[i + 1] && $0[2] == c[i + 2] }) else { return nil }
        var j = i + 3
        while j < c.count, isLowercase(c[j]) { j += 1 }
        if j < c.count, c[j] == "." { j += 1 }
        return j
    }

    /// An optional year after a month: ", '45", " 1945".
    private static func yearEnd(_ c: [Character], _ m: Int) -> Int {
        var k = m
        if k < c.count, c[k] == "," { k += 1 }
        let s = skipSpaces(c, k)
        guard s > k || (s == k && k > m) else { return m }
        var d = s
        if d < c.count, c[d] == "'" { d += 1 }
        var e = d
        while e < c.count, isASCIIDigit(c[e]) { e += 1 }
        return (2...4).contains(e - d) && s > m ? e : m
    }

    private static func skipOrdinal(_ c: [Character], _ j: Int) -> Int {
        guard j + 2 <= c.count else { return j }
        return ordinals.contains(where: { $0[0] == c[j] && $0[1] == c[j + 1] }) ? j + 2 : j
    }

    private static func skipSpaces(_ c: [Character], _ i: Int) -> Int {
        var j = i
        while j < c.count, c[j] == " " { j += 1 }
        return j
    }

    private static func skipOneSpace(_ c: [Character], _ i: Int) -> Int {
        i < c.count && c[i] == " " ? i + 1 : i
    }

    private static func hasPrefix(_ c: [Character], _ i: Int, _ w: [Character]) -> Bool {
        i + w.count <= c.count && c[i..<(i + w.count)].elementsEqual(w)
    }
}

import Foundation
