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
    /// Light markup removed for pattern tests: `**`, `~~`, `*`, `<i>`, escapes, trailing spaces.
    static func bare<S: StringProtocol>(_ line: S) -> String {
        var s = String(line)
        for token in ["**", "~~", "<i>", "</i>", "<b>", "</b>", "\\"] where s.contains(token) {
            s = s.replacingOccurrences(of: token, with: "")
        }
        if s.contains("*") { s = s.replacingOccurrences(of: "*", with: "") }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// A note label at the start of a line, if the line opens a note.
    static func noteStart(_ line: Substring) -> NoteStart? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        let lead = line.count - trimmed.count
        guard let first = trimmed.first else { return nil }
        if first == "(" || first == "-" {
            if let m = trimmed.prefixMatch(of: #/(?:-\s+)?\((\d{1,3})\)\s*/#) {
                guard m.output.0.count < trimmed.count else { return nil }
                return NoteStart(label: String(m.output.1), convention: .parenthesised, textOffset: lead + m.output.0.count)
            }
            return nil
        }
        if first == "<" {
            if let m = trimmed.prefixMatch(of: #/<sup>([0-9]{1,3}|[a-z]|\*{1,4})</sup>\s*/#) {
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
            guard let m = trimmed.prefixMatch(of: #/((?:\\\*){1,4}|\*{1,4})(\s*)/#) else { return nil }
            let rest = trimmed.dropFirst(m.output.0.count)
            guard let next = rest.first, !next.isLowercase else { return nil }
            let stars = m.output.1.filter { $0 == "*" }.count
            // An unescaped run with no space after it may open emphasis: a note only if nothing closes it.
            if first == "*", m.output.2.isEmpty, stars <= 2, rest.contains(String(repeating: "*", count: stars)) { return nil }
            return NoteStart(label: String(repeating: "*", count: stars), convention: .asterisk, textOffset: lead + m.output.0.count)
        }
        return nil
    }

    /// A foot paragraph whose label OCR fused with an "H" read as "4": "34-197845" is note 3 citing H-197845.
    static func fusedLabel(_ line: Substring) -> (label: String, number: String)? {
        guard let m = line.prefixMatch(of: #/\s*(\d{1,2})4-(\d{6})\b/#) else { return nil }
        return (String(m.output.1), String(m.output.2))
    }

    /// A line that opens with a citation: a continuation of the note before it in a foot.
    static func startsWithCitation(_ line: Substring) -> Bool {
        let t = line.drop(while: { $0 == " " })
        return t.prefixMatch(of: #/(?:[HEFR]-?\d{5}|Dip\.?\s?Sum|DS\b|SRS-\d|SRH-\d|PSIS\s|Spec\.\s\d|JE-\d|SJM-\d|D-\d{4})/#) != nil
    }

    /// A horizontal rule (`---`, `***`, `___`).
    static func isRule(_ line: Substring) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.count >= 3, let c = t.first, c == "-" || c == "_" || c == "*" else { return false }
        return t.allSatisfy { $0 == c }
    }

    /// The furniture kind of a stamp line (classification, declassification, copy number), if it is one.
    static func stamp(_ line: Substring) -> FurnitureKind? {
        let raw = line.trimmingCharacters(in: .whitespaces)
        let t = bare(raw)
        guard !t.isEmpty, t.count <= 90 else { return nil }
        if t.wholeMatch(of: #/(?i)(?:TOP\s+)?SECRET(?:\s+ULTRA)?|CONFIDENTIAL|RESTRICTED/#) != nil { return .classification }
        if t.prefixMatch(of: #/DECLASSIFIED\b|APPROVED FOR RELEASE|Authority\s+\S*\s*\d|by Director, NSA|[A-Z]{2,4} Date: \d|DATE: [A-Z]{3,9}\.? \d{4}$/#) != nil {
            return .declassification
        }
        if t.prefixMatch(of: #/(?i)COPY NO\.?\s*\d/#) != nil { return .copyNumber }
        return nil
    }

    /// A running head: a folio number beside an italic title ("2 *Historiography of the problem*").
    static func isRunningHead(_ line: Substring) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        return t.wholeMatch(of: #/\d{1,4}\s+\*[^*]{2,80}\*|\*[^*]{2,80}\*\s+\d{1,4}/#) != nil
    }

    /// A cover distribution list line ("CINCPAC (2) Nos. 2-3") or its heading.
    static func isDistribution(_ line: Substring) -> Bool {
        let t = bare(line)
        if t.wholeMatch(of: #/DISTRIBUTION:?/#) != nil { return true }
        return t.prefixMatch(of: #/[A-Z][A-Z0-9-]+\s+\(\d+\)\s+(?:Nos?\.|")/#) != nil
    }

    /// A list item's depth and the offset where its text starts.
    static func listItem(_ line: Substring) -> (depth: Int, textOffset: Int)? {
        let lead = line.prefix(while: { $0 == " " }).count
        let t = line.dropFirst(lead)
        if let m = t.prefixMatch(of: #/-\s+/#) { return (lead / 2, lead + m.output.count) }
        if t.prefixMatch(of: #/\((?:[a-z]|[ivx]{1,4})\)\s+/#) != nil { return (lead / 2, lead) }
        if t.prefixMatch(of: #/\d{1,2}\.\s+[A-Z]/#) != nil { return (lead / 2, lead) }
        return nil
    }

    /// A figure or table caption, or a figure's source line.
    static func isCaption(_ line: Substring) -> Bool {
        let t = bare(line)
        return t.prefixMatch(of: #/(?:Figure|FIGURE|Fig\.|Table|TABLE|Map|MAP)\s+\d+\b|Sources?:\s/#) != nil
    }

    /// A chapter-level heading keyword ("CHAPTER V", "APPENDIX A", "ARTICLE ONE").
    static func headingKeyword(_ text: String) -> Int? {
        if text.prefixMatch(of: #/(?:CHAPTER|Chapter|APPENDIX|Appendix|PART|Part|BOOK)\s+[A-Z0-9IVXLC]+\b/#) != nil { return 1 }
        if text.prefixMatch(of: #/ARTICLE\s+[A-Z]+$|SECTION\s+[0-9IVXLC]+/#) != nil { return 3 }
        if text.wholeMatch(of: #/BIBLIOGRAPHY|APPENDICES|VITA|INDEX|NOTES|Notes|Bibliography|Index|Afterword|Preface|Contents/#) != nil { return 1 }
        return nil
    }

    /// True when the text ends a sentence (allowing a closing quote, bracket or marker after it).
    static func endsSentence(_ text: String) -> Bool {
        var t = Substring(text)
        while let last = t.last, last == " " || last == "*" || last.isNumber && t.count > 1 && isMarkerTail(t) || "\"”’')]".contains(last) || isSuperscript(last) {
            t = t.dropLast()
        }
        guard let last = t.last else { return true }
        return ".!?:;".contains(last)
    }

    private static func isSuperscript(_ c: Character) -> Bool {
        c.unicodeScalars.first.map(InlineMarkup.isSuperscriptDigit) ?? false
    }

    /// A trailing number after closing punctuation is a lost-superscript marker, not prose.
    private static func isMarkerTail(_ t: Substring) -> Bool {
        let digits = t.reversed().prefix(while: { $0.isNumber })
        let before = t.dropLast(digits.count)
        return before.hasSuffix(" ") && digits.count <= 3
    }
}

import Foundation
