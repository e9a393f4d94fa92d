/// Reads the date and route printed after a citation ("H-176782, 7 Apr., Sato-Tokyo").
///
/// Hand-written rather than regex: it runs after every id in every note, and a regex search
/// from each position cost a tenth of the whole load.
enum CitationTail {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The first date in the tail: "7 Apr.", "25th May", "18 May, '45", "8 August 1945", "Apr. 8", "May 25th".
    static func date(in tail: Substring) -> String? {
        let c = Array(tail)
        var i = 0
        while i < c.count {
            let boundary = i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber)
            if boundary, c[i].isASCII, c[i].isNumber {
                var j = i
                while j < c.count, c[j].isASCII, c[j].isNumber { j += 1 }
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
                while j < c.count, c[j].isASCII, c[j].isNumber { j += 1 }
                if k > m, (1...2).contains(j - k), j == c.count || !c[j].isNumber {
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
            guard c[i].isUppercase, i == 0 || !c[i - 1].isLetter else { i += 1; continue }
            let w = wordEnd(c, i)
            // "Togo Circular", "Tokyo (Togo) Circular"
            var k = w
            if k + 1 < c.count, c[k] == " ", c[k + 1] == "(" {
                var p = k + 2
                if p < c.count, c[p].isUppercase {
                    p += 1
                    while p < c.count, c[p].isLowercase { p += 1 }
                    if p < c.count, c[p] == ")" { k = p + 1 }
                }
            }
            let s = skipSpaces(c, k)
            if s > k, hasPrefix(c, s, "Circular") { return String(c[i..<(s + 8)]) }
            // "Sato-Tokyo", "Moscow - Tokyo"
            var end = w
            if w - i >= 2 {
                while true {
                    var p = skipOneSpace(c, end)
                    guard p < c.count, c[p] == "-" else { break }
                    p = skipOneSpace(c, p + 1)
                    guard p < c.count, c[p].isUppercase else { break }
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
        while j < c.count, c[j].isASCII, c[j].isLetter || c[j] == "." { j += 1 }
        return j
    }

    private static func monthEnd(_ c: [Character], _ i: Int) -> Int? {
        guard i + 3 <= c.count, months.contains(String(c[i..<(i + 3)])) else { return nil }
        var j = i + 3
        while j < c.count, c[j].isLowercase { j += 1 }
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
        while e < c.count, c[e].isASCII, c[e].isNumber { e += 1 }
        return (2...4).contains(e - d) && s > m ? e : m
    }

    private static func skipOrdinal(_ c: [Character], _ j: Int) -> Int {
        guard j + 2 <= c.count else { return j }
        let two = String(c[j..<(j + 2)])
        return ["st", "nd", "rd", "th"].contains(two) ? j + 2 : j
    }

    private static func skipSpaces(_ c: [Character], _ i: Int) -> Int {
        var j = i
        while j < c.count, c[j] == " " { j += 1 }
        return j
    }

    private static func skipOneSpace(_ c: [Character], _ i: Int) -> Int {
        i < c.count && c[i] == " " ? i + 1 : i
    }

    private static func hasPrefix(_ c: [Character], _ i: Int, _ word: String) -> Bool {
        let w = Array(word)
        return i + w.count <= c.count && Array(c[i..<(i + w.count)]) == w
    }
}

import Foundation
