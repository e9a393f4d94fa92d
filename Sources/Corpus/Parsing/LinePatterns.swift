/// How a note's label was printed at the start of its first line.
enum NoteLabelConvention: Equatable {
    case parenthesised      // (12) or - (12)
    case superscript        // ¹² at line start
    case htmlSup            // <sup>12</sup>
    case asterisk           // *, **, \*, \*\*
}

/// The label at the start of a note line, and where the note's text begins.
struct NoteStart: Equatable {
    var label: String
    var convention: NoteLabelConvention
    /// Offset (in Characters) where the note text starts in the line.
    var textOffset: Int
}

/// Recognisers for the line-level conventions of typed and printed documents.
///
/// Each recogniser names a convention (a note label, a stamp, a running head), never a
/// particular file or line; see DECISIONS.md for the list and why each is safe.
enum LinePatterns {
    /// The most decimal digits a number read digit by digit may have: any 18-digit number fits an `Int`, so
    /// a longer run in damaged text (a fuzz finding: "9999999999999999999" in a date) cannot overflow.
    static let maxDigits = 18

    /// Light markup removed for pattern tests: `**`, `~~`, `*`, `<i>`, escapes, trailing spaces.
    static func bare<S: StringProtocol>(_ line: S) -> String {
        // Most lines carry no markup at all: trim and go.
        if !line.utf8.contains(where: { $0 == 0x2A || $0 == 0x7E || $0 == 0x3C || $0 == 0x5C }) {
            var t = Substring(line)
            while let f = t.first, f == " " || f == "\t" { t = t.dropFirst() }
            while let l = t.last, l == " " || l == "\t" { t = t.withoutLast }
            return String(t)
        }
        // Markup is all ASCII, and an ASCII byte in UTF-8 is always a whole scalar: removing it byte by byte
        // is removing it scalar by scalar.
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        let all = Array(line.utf8)
        var i = 0
        let n = all.count
        while i < n {
            let c = all[i]
            switch c {
            case 0x2A, 0x5C:  // "*", "\\"
                i += 1; continue
            case 0x7E where i + 1 < n && all[i + 1] == 0x7E:  // "~~"
                i += 2; continue
            case 0x3C:  // "<i>", "</i>", "<b>", "</b>"
                var j = i + 1
                if j < n, all[j] == 0x2F { j += 1 }
                if j + 1 < n, all[j] == 0x69 || all[j] == 0x62, all[j + 1] == 0x3E { i = j + 2; continue }
            default:
                break
            }
            out.append(c)
            i += 1
        }
        // Trim spaces and tabs at both ends (as scalars, which they are as bytes).
        var lo = 0, hi = out.count
        while lo < hi, out[lo] == 0x20 || out[lo] == 0x09 { lo += 1 }
        while hi > lo, out[hi - 1] == 0x20 || out[hi - 1] == 0x09 { hi -= 1 }
        return String(decoding: out[lo..<hi], as: UTF8.self)
    }

    /// The line without spaces or tabs at either end (no Foundation: this runs on every line).
    static func trimmed(_ line: Substring) -> Substring {
        var t = line
        while let f = t.first, f == " " || f == "\t" { t = t.dropFirst() }
        while let l = t.last, l == " " || l == "\t" { t = t.withoutLast }
        return t
    }

    /// A note label at the start of a line, if the line opens a note.
    static func noteStart(_ line: Substring) -> NoteStart? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        let lead = line.utf8.count - trimmed.utf8.count  // spaces and tabs: one byte, one Character
        guard let first = trimmed.first else { return nil }
        if first == "(" || first == "-" {
            // "(" needs a digit next, "-" spacing next (bytes other than ASCII are left to the regex).
            let next = trimmed.utf8.dropFirst().first ?? 0
            let possible = next >= 0x80 || (first == "(" ? (next >= 0x30 && next <= 0x39) : (next == 0x20 || (next >= 0x09 && next <= 0x0D)))
            if possible, let m = trimmed.prefixMatch(of: Rx.noteStart1) {
                let out = m.output  // built anew on every access: once per match
                guard out.0.count < trimmed.count else { return nil }
                return NoteStart(label: String(out.1), convention: .parenthesised, textOffset: lead + out.0.count)
            }
            return nil
        }
        if first == "<" {
            if let m = trimmed.prefixMatch(of: Rx.noteStart2) {
                return NoteStart(label: String(m.output.1), convention: .htmlSup, textOffset: lead + m.output.0.count)
            }
            return nil
        }
        if let s = first.unicodeScalars.first, InlineMarkup.isSuperscriptDigit(s) {
            let digits = trimmed.prefix(while: { $0.unicodeScalars.first.map(InlineMarkup.isSuperscriptDigit) ?? false })
            let rest = trimmed.dropFirst(digits.count)
            guard let next = rest.first, !next.isLowercase else { return nil }
            let label = InlineMarkup.plainDigits(digits.unicodeScalars)
            let spaces = rest.prefix(while: { $0 == " " }).count
            return NoteStart(label: label, convention: .superscript, textOffset: lead + digits.count + spaces)
        }
        if first == "*" || first == "\\" {
            guard let m = trimmed.prefixMatch(of: Rx.noteStart3) else { return nil }
            let out = m.output  // built anew on every access: once per match
            let rest = trimmed.dropFirst(out.0.count)
            guard let next = rest.first, !next.isLowercase else { return nil }
            let stars = out.1.filter { $0 == "*" }.count
            // An unescaped run with no space after it may open emphasis: a note only if nothing closes it.
            if first == "*", out.2.isEmpty, stars <= 2, rest.includes(String(repeating: "*", count: stars)) { return nil }
            return NoteStart(label: String(repeating: "*", count: stars), convention: .asterisk, textOffset: lead + out.0.count)
        }
        return nil
    }

    /// A foot paragraph whose label OCR fused with an "H" read as "4": "34-197845" is note 3 citing H-197845.
    static func fusedLabel(_ line: Substring) -> (label: String, number: String)? {
        guard let m = line.prefixMatch(of: Rx.fusedLabel1) else { return nil }
        return (String(m.output.1), String(m.output.2))
    }

    /// A line that opens with a citation: a continuation of the note before it in a foot.
    static func startsWithCitation(_ line: Substring) -> Bool {
        let t = line.drop(while: { $0 == " " })
        guard let f = t.first, "HEFRDSPJ".contains(f) else { return false }
        return t.prefixMatch(of: Rx.startsWithCitation1) != nil
    }

    /// A horizontal rule (`---`, `***`, `___`).
    static func isRule(_ line: Substring) -> Bool {
        guard line.utf8.count <= 120, let f = line.utf8.first(where: { $0 != 0x20 }), f == 0x2D || f == 0x5F || f == 0x2A else { return false }
        let t = trimmed(line)
        guard t.count >= 3, let c = t.first, c == "-" || c == "_" || c == "*" else { return false }
        return t.allSatisfy { $0 == c }
    }

    /// The furniture kind of a stamp line (classification, declassification, copy number), if it is one.
    static func stamp(_ line: Substring) -> FurnitureKind? {
        // Stamps are short: most lines are whole paragraphs and are rejected here, cheaply.
        guard line.utf8.count <= 140 else { return nil }
        // Every stamp opens with a capital, "by Director", or markup ("~~", "*").
        guard let f = line.unicodeScalars.first(where: { $0 != " " }), f.isASCII,
              f.properties.isUppercase || f == "~" || f == "*" || f == "b" else { return nil }
        let raw = trimmed(line)
        let t = bare(raw)
        guard !t.isEmpty, t.count <= 90 else { return nil }
        // Each pattern is tried only where its opening bytes could match (anything not ASCII goes to the regex):
        // most short capitalised lines are prose or headings, and a regex call costs microseconds.
        let first = t.utf8.first!
        if first >= 0x80 || "TtSsCcRr".utf8.contains(first), t.wholeMatch(of: Rx.stamp1) != nil { return .classification }
        if mayBeDeclassification(t), t.prefixMatch(of: Rx.stamp2) != nil {
            return .declassification
        }
        if first >= 0x80 || first == 0x43 || first == 0x63, t.prefixMatch(of: Rx.stamp3) != nil { return .copyNumber }
        return nil
    }

    /// False when `Rx.stamp2` cannot match at the start: it needs one of its literal openings, or two to
    /// four capitals before " Date: " (bytes other than ASCII near the start are left to the regex).
    private static func mayBeDeclassification(_ t: String) -> Bool {
        let u = t.utf8
        if u.prefix(5).contains(where: { $0 >= 0x80 }) { return true }
        for opening in ["DECLASSIFIED", "APPROVED FOR RELEASE", "Authority", "by Director, NSA", "DATE: "] where u.starts(with: opening.utf8) {
            return true
        }
        let head = Array(u.prefix(11))
        for k in 2...4 where head.count >= k + 7 && head[..<k].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) && head[k..<(k + 7)].elementsEqual(" Date: ".utf8) {
            return true
        }
        return false
    }

    /// A running head: a folio number beside an italic title ("2 *Historiography of the problem*").
    static func isRunningHead(_ line: Substring) -> Bool {
        guard line.utf8.count <= 100, line.utf8.contains(0x2A), line.foundationContains("*") else { return false }
        let t = trimmed(line)
        // Both forms open with a digit or a star (a byte other than ASCII may be a digit: left to the regex).
        guard let f = t.utf8.first, f >= 0x80 || f == 0x2A || (f >= 0x30 && f <= 0x39) else { return false }
        return t.wholeMatch(of: Rx.isRunningHead1) != nil
    }

    /// A cover distribution list line ("CINCPAC (2) Nos. 2-3") or its heading.
    static func isDistribution(_ line: Substring) -> Bool {
        guard line.utf8.count <= 80, line.utf8.contains(where: { $0 == 0x28 || $0 == 0x3A }),
              line.contains(where: { $0 == "(" || $0 == ":" }) else { return false }
        let t = bare(line)
        if t.utf8.starts(with: "DISTRIBUTION".utf8), t.wholeMatch(of: Rx.isDistribution1) != nil { return true }
        // A capital then a capital, digit or hyphen open every list line (bytes other than ASCII go to the regex).
        let u = t.utf8
        guard let b0 = u.first else { return false }
        let b1 = u.dropFirst().first ?? 0
        let upper0 = b0 >= 0x41 && b0 <= 0x5A, next1 = (b1 >= 0x41 && b1 <= 0x5A) || (b1 >= 0x30 && b1 <= 0x39) || b1 == 0x2D
        guard b0 >= 0x80 || b1 >= 0x80 || (upper0 && next1) else { return false }
        return t.prefixMatch(of: Rx.isDistribution2) != nil
    }

    /// A list item's depth and the offset where its text starts.
    static func listItem(_ line: Substring) -> (depth: Int, textOffset: Int)? {
        guard let f = line.utf8.first(where: { $0 != 0x20 }), f == 0x2D || f == 0x28 || (f >= 0x30 && f <= 0x39) else { return nil }
        let lead = line.prefix(while: { $0 == " " }).count
        let t = line.dropFirst(lead)
        if let m = t.prefixMatch(of: Rx.listItem1) { return (lead / 2, lead + m.output.count) }
        if t.prefixMatch(of: Rx.listItem2) != nil { return (lead / 2, lead) }
        if t.prefixMatch(of: Rx.listItem3) != nil { return (lead / 2, lead) }
        return nil
    }

    /// A figure or table caption, or a figure's source line.
    static func isCaption(_ line: Substring) -> Bool {
        guard let f = line.first(where: { $0 != " " && $0 != "*" }), "FTMS".contains(f) else { return false }
        let t = bare(line.prefix(40))
        // Cheap word check first: most paragraphs opening with T, S, M or F are prose.
        guard ["Figure ", "FIGURE ", "Fig. ", "Table ", "TABLE ", "Map ", "MAP ", "Source: ", "Sources: "].contains(where: { t.hasPrefix($0) }) else { return false }
        return t.prefixMatch(of: Rx.isCaption1) != nil
    }

    /// A chapter-level heading keyword ("CHAPTER V", "APPENDIX A", "ARTICLE ONE").
    static func headingKeyword(_ text: String) -> Int? {
        guard let f = text.first, "CAPBSVINnbiP".contains(f) else { return nil }
        // Each pattern opens with one of its words: tried only where one stands (an opening that is not
        // all ASCII may still be canonically equal to one, and is left to the regexes).
        let u = text.utf8
        let ascii = !u.prefix(16).contains { $0 >= 0x80 }
        func opens(_ words: [String]) -> Bool { !ascii || words.contains { u.starts(with: $0.utf8) } }
        if opens(["CHAPTER", "Chapter", "APPENDIX", "Appendix", "PART", "Part", "BOOK"]), text.prefixMatch(of: Rx.headingKeyword1) != nil { return 1 }
        if opens(["ARTICLE", "SECTION"]), text.prefixMatch(of: Rx.headingKeyword2) != nil { return 3 }
        if opens(["BIBLIOGRAPHY", "APPENDICES", "VITA", "INDEX", "NOTES", "Notes", "Bibliography", "Index", "Afterword", "Preface", "Contents"]),
           text.wholeMatch(of: Rx.headingKeyword3) != nil { return 1 }
        return nil
    }

    /// True when the text ends a sentence (allowing a closing quote, bracket or marker after it).
    static func endsSentence(_ text: String) -> Bool {
        var t = Substring(text)
        // `!t.dropFirst().isEmpty` is `t.count > 1` without counting the whole text (this runs on every paragraph).
        while let last = t.last, last == " " || last == "*" || last.isNumber && !t.dropFirst().isEmpty && isMarkerTail(t) || isCloser(last) || isSuperscript(last) {
            t = t.withoutLast
        }
        guard let last = t.last else { return true }
        return ".!?:;".contains(last)
    }

    private static func isSuperscript(_ c: Character) -> Bool {
        c.unicodeScalars.first.map(InlineMarkup.isSuperscriptDigit) ?? false
    }

    /// A closing quote or bracket (`"\"”’')]".contains(c)`, without walking a String per call).
    @inline(__always)
    private static func isCloser(_ c: Character) -> Bool {
        c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" || c == "]"
    }

    /// A trailing number after closing punctuation is a lost-superscript marker, not prose.
    /// (Walks back over the digits only: `dropLast(n)` on a Substring counted the whole paragraph.)
    private static func isMarkerTail(_ t: Substring) -> Bool {
        var i = t.endIndex, digits = 0
        while i > t.startIndex {
            let j = t.index(before: i)
            guard t[j].isNumber else { break }
            digits += 1
            if digits > 3 { return false }
            i = j
        }
        return t[..<i].hasSuffix(" ")
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let noteStart1 = #/(?:-\s+)?\((\d{1,3})\)\s*/#
    nonisolated(unsafe) static let noteStart2 = #/<sup>([0-9]{1,3}|[a-z]|\*{1,4})</sup>\s*/#
    nonisolated(unsafe) static let noteStart3 = #/((?:\\\*){1,4}|\*{1,4})(\s*)/#
    nonisolated(unsafe) static let fusedLabel1 = #/\s*(\d{1,2})4-(\d{6})\b/#
    nonisolated(unsafe) static let startsWithCitation1 = #/(?:[HEFR]-?\d{5}|Dip\.?\s?Sum|DS\b|SRS-\d|SRH-\d|PSIS\s|Spec\.\s\d|JE-\d|SJM-\d|D-\d{4})/#
    nonisolated(unsafe) static let stamp1 = #/(?i)(?:TOP\s+)?SECRET(?:\s+ULTRA)?|CONFIDENTIAL|RESTRICTED/#
    nonisolated(unsafe) static let stamp2 = #/DECLASSIFIED\b|APPROVED FOR RELEASE|Authority\s+\S*\s*\d|by Director, NSA|[A-Z]{2,4} Date: \d|DATE: [A-Z]{3,9}\.? \d{4}$/#
    nonisolated(unsafe) static let stamp3 = #/(?i)COPY NO\.?\s*\d/#
    nonisolated(unsafe) static let isRunningHead1 = #/\d{1,4}\s+\*[^*]{2,80}\*|\*[^*]{2,80}\*\s+\d{1,4}/#
    nonisolated(unsafe) static let isDistribution1 = #/DISTRIBUTION:?/#
    nonisolated(unsafe) static let isDistribution2 = #/[A-Z][A-Z0-9-]+\s+\(\d+\)\s+(?:Nos?\.|")/#
    nonisolated(unsafe) static let listItem1 = #/-\s+/#
    nonisolated(unsafe) static let listItem2 = #/\((?:[a-z]|[ivx]{1,4})\)\s+/#
    nonisolated(unsafe) static let listItem3 = #/\d{1,2}\.\s+[A-Z]/#
    nonisolated(unsafe) static let isCaption1 = #/(?:Figure|FIGURE|Fig\.|Table|TABLE|Map|MAP)\s+\d+\b|Sources?:\s/#
    nonisolated(unsafe) static let headingKeyword1 = #/(?:CHAPTER|Chapter|APPENDIX|Appendix|PART|Part|BOOK)\s+[A-Z0-9IVXLC]+\b/#
    nonisolated(unsafe) static let headingKeyword2 = #/ARTICLE\s+[A-Z]+$|SECTION\s+[0-9IVXLC]+/#
    nonisolated(unsafe) static let headingKeyword3 = #/BIBLIOGRAPHY|APPENDICES|VITA|INDEX|NOTES|Notes|Bibliography|Index|Afterword|Preface|Contents/#
}
