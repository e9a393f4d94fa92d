/// Reads title, short title, date, period, kind and authorship from a document's front matter.
///
/// Conventions used: a "(Short Title: ...)" line; a report number line ("R & A 3039S"); the first
/// title line that is not a date, series, office or stamp; a parenthesised period line; "by" or
/// "Translated by" before names; "PUBLICATION OF" before the issuing office; "©" years for books.
enum MetadataReader {
    static func read(units: [Unit], document: Document, file: String) -> DocumentMetadata {
        // Front matter: the opening units, capped so a long document costs no more than a short one.
        let front = units.prefix(220)
        var lines: [String] = []
        var budget = 24_000
        for u in front where !u.isNoteLike && budget > 0 {
            for l in u.lines where l.utf8.count <= 400 {
                lines.append(LinePatterns.bare(l))
                budget -= l.utf8.count
            }
        }
        let joined = lines.joined(separator: "\n")

        var meta = DocumentMetadata(title: file, shortTitle: file, kind: kind(joined))
        if joined.includes("Short Title"), let m = joined.firstMatch(of: Rx.read1) {
            meta.shortTitle = normaliseID(String(m.output.1))
        } else if joined.includes("&"), let m = reportNumber(joined) {
            meta.shortTitle = String(m.output.1)
        }
        // Title and period.
        for (i, line) in lines.enumerated() where isTitleCandidate(line) {
            meta.title = displayTitle(line)
            if i + 1 < lines.count, let p = lines[i + 1].wholeMatch(of: Rx.read3) { meta.periodText = String(p.output.1) }
            break
        }
        if meta.periodText == nil,
           let p = lines.lazy.filter({ $0.hasPrefix("(") && $0.hasSuffix(")") }).compactMap({ $0.wholeMatch(of: Rx.read3) }).first {
            meta.periodText = String(p.output.1)
        }
        if meta.periodText == nil, let r = meta.title.firstMatch(of: Rx.read4) {
            meta.periodText = String(r.output.0)
        }
        meta.period = meta.periodText.flatMap(DateParser.span)
        // Date.
        if meta.kind == .book, joined.includes("©"), let c = copyrightYear(joined) {
            meta.dateText = String(c.output.1)
        } else if let d = lines.first(where: { DateParser.isDateLine($0) }) {
            meta.dateText = d.trimmingScalars { $0 == " " || $0 == "." }
        }
        meta.date = meta.dateText.flatMap(DateParser.span)
        // Authorship.
        if joined.includes("Translated by"), let t = joined.firstMatch(of: Rx.read6) {
            meta.translator = String(t.output.1)
            if let idx = lines.firstIndex(where: { $0.hasPrefix("Translated by") }), idx > 0 {
                let prev = lines[idx - 1]
                if isPersonalName(prev) { meta.author = prev }
            }
        }
        // Case mappings never drop a scalar, so only a line of at most two scalars (8 bytes) can map to "by",
        // and of at most fourteen (56 bytes) to "PUBLICATION OF": longer lines are not case-mapped at all.
        if meta.author == nil, let idx = lines.firstIndex(where: { $0.utf8.count <= 8 && $0.lowercased() == "by" }), idx + 1 < lines.count {
            meta.author = displayTitle(lines[idx + 1])
        }
        if meta.author == nil, let idx = lines.firstIndex(where: { $0.utf8.count <= 56 && $0.uppercased() == "PUBLICATION OF" }), idx + 1 < lines.count {
            meta.author = displayTitle(lines[idx + 1])
        }
        if meta.author == nil {
            let offices = lines.prefix(20).filter(isOfficeLine)
            if !offices.isEmpty { meta.author = offices.prefix(2).map(displayTitle).joined(separator: ", ") }
        }
        if meta.shortTitle == file {
            meta.shortTitle = derivedShortTitle(title: meta.title, author: meta.author)
        }
        // Front matter is document text too: nothing of it may reach a terminal raw.
        meta.title = Sanitizer.clean(meta.title)
        meta.shortTitle = Sanitizer.clean(meta.shortTitle)
        meta.author = meta.author.map(Sanitizer.clean)
        meta.translator = meta.translator.map(Sanitizer.clean)
        meta.dateText = meta.dateText.map(Sanitizer.clean)
        meta.periodText = meta.periodText.map(Sanitizer.clean)
        return meta
    }

    /// "PSIS 400 - 16" → "PSIS 400-16".
    static func normaliseID(_ s: String) -> String {
        s.replacing(Rx.normaliseID1, with: "-").trimmingWhitespaces()
    }

    static func kind(_ front: String) -> DocumentKind {
        // The kind shows on the title pages: the first few thousand characters are enough.
        let u = asciiFastUppercased(front.utf8.count <= 6000 ? front : String(front.prefix(6000)))
        if u.includes("INTELLIGENCE STUDY") || u.includes("RESEARCH AND ANALYSIS") { return .intelligenceStudy }
        if u.includes("SHORT TITLE:") || u.includes("INTELLIGENCE SECTION") || u.includes("INTELLIGENCE SUMMARY") { return .intelligenceSummary }
        if u.includes("THESIS") || u.includes("DISSERTATION") || u.includes("DEGREE OF") { return .thesis }
        if u.includes("ISBN") || u.includes("TRANSLATED BY") || u.includes("PUBLISHED BY") || u.includes("©") { return .book }
        return .document
    }

    /// `s.uppercased()`, which maps scalar by scalar, with ASCII mapped in bytes: the stdlib takes its
    /// fast path only for an all-ASCII string, and front matter nearly always has a curly quote or a dash.
    static func asciiFastUppercased(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                out.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
            } else {
                out.append(contentsOf: scalar.properties.uppercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first match of `Rx.read2`, anchored at a line start: tried only at lines opening with "R"
    /// (where a search from the top would start the engine at every character); any line terminator
    /// other than "\n" leaves the search to the regex.
    private static func reportNumber(_ joined: String) -> Regex<(Substring, Substring)>.Match? {
        let u = joined.utf8
        var starts: [String.Index] = []
        var previous: UInt8 = 0x0A, before: UInt8 = 0
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            // VT, FF, CR, NEL (C2 85), LS and PS (E2 80 A8, E2 80 A9)
            if b == 0x0B || b == 0x0C || b == 0x0D || (previous == 0xC2 && b == 0x85)
                || (before == 0xE2 && previous == 0x80 && (b == 0xA8 || b == 0xA9)) { return joined.firstMatch(of: Rx.read2) }
            if previous == 0x0A, b == 0x52 { starts.append(i) }
            before = previous
            previous = b
            i = u.index(after: i)
        }
        for start in starts { if let m = joined[start...].prefixMatch(of: Rx.read2) { return m } }
        return nil
    }

    /// The first match of `Rx.read5` ("© 1996"), searched from the line holding the first "©".
    private static func copyrightYear(_ joined: String) -> Regex<(Substring, Substring)>.Match? {
        let u = joined.utf8
        var lineStart = u.startIndex, previous: UInt8 = 0
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            if b == 0x0A { lineStart = u.index(after: i) }
            if previous == 0xC2, b == 0xA9 { return joined[lineStart...].firstMatch(of: Rx.read5) }
            previous = b
            i = u.index(after: i)
        }
        return nil
    }

    private static func isOfficeLine(_ line: String) -> Bool {
        line.uppercased() == line && line.firstMatch(of: Rx.isOfficeLine1) != nil
    }

    private static func isTitleCandidate(_ line: String) -> Bool {
        let t = line.trimmingWhitespaces()
        guard t.count >= 4, t.count <= 120, t.contains(where: \.isLetter) else { return false }
        if DateParser.isDateLine(t) || LinePatterns.stamp(Substring(t)) != nil || isOfficeLine(t) { return false }
        if t.firstMatch(of: Rx.isTitleCandidate1) != nil { return false }
        return true
    }

    private static func isPersonalName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true } && !s.contains(where: \.isNumber)
    }

    /// All-capital titles in title case ("RUSSO-JAPANESE RELATIONS" → "Russo-Japanese Relations").
    static func displayTitle(_ s: String) -> String {
        let t = s.trimmingWhitespaces()
        let letters = t.filter(\.isLetter)
        guard !letters.isEmpty, letters.allSatisfy({ !$0.isLowercase }) else { return t }
        let small: Set<String> = ["and", "of", "the", "in", "on", "for", "to", "a", "an", "with", "by", "at"]
        var out: [String] = []
        for (i, word) in t.lowercased().split(separator: " ").enumerated() {
            let w = String(word)
            if i > 0, small.contains(w) { out.append(w); continue }
            out.append(w.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-"))
        }
        return out.joined(separator: " ")
    }

    /// "Blevins, Maintaining the Neutrality" for documents with no printed short title.
    private static func derivedShortTitle(title: String, author: String?) -> String {
        var main = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
        if main.hasPrefix("The ") { main = String(main.dropFirst(4)) }
        guard let author, let surname = author.split(separator: " ").last else { return main }
        return "\(surname), \(main)"
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let read1 = #/\(Short Title:\s*([^)]+)\)/#
    nonisolated(unsafe) static let read2 = #/(?m)^(R\s?&\s?A\s+\d+\w*)$/#
    nonisolated(unsafe) static let read3 = #/\((.*\d{4})\)/#
    nonisolated(unsafe) static let read4 = #/(1[5-9]\d\d|20\d\d)\s?[-–]\s?(1[5-9]\d\d|20\d\d)/#
    nonisolated(unsafe) static let read5 = #/©\s*(\d{4})/#
    nonisolated(unsafe) static let read6 = #/(?m)^Translated by\s+(.+)$/#
    nonisolated(unsafe) static let normaliseID1 = #/\s*-\s*/#
    nonisolated(unsafe) static let isOfficeLine1 = #/\b(?:OFFICE|SECTION|BRANCH|SERVICES|DEPARTMENT|DIVISION|AGENCY)\b/#
    nonisolated(unsafe) static let isTitleCandidate1 = #/(?i)(?:NUMBER|No\.)\s*\d+$|^R\s?&\s?A\s+\d|^\(|^PUBLICATION OF$/#
}
