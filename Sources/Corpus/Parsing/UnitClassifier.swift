/// Splits source lines into paragraphs and classifies them into units.
enum UnitClassifier {
    /// Paragraphs: runs of non-blank lines, with the 1-based line number of each run's first line.
    static func paragraphs(_ lines: [Substring]) -> [(lines: ArraySlice<Substring>, firstLine: Int)] {
        var result: [(ArraySlice<Substring>, Int)] = []
        var start: Int?
        for (i, line) in lines.enumerated() {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
            if blank {
                if let s = start { result.append((lines[s..<i], s + 1)); start = nil }
            } else if start == nil {
                start = i
            }
        }
        if let s = start { result.append((lines[s..<lines.count], s + 1)) }
        return result
    }

    /// Classifies every paragraph of a document.
    static func units(_ lines: [Substring]) -> [Unit] {
        let paras = paragraphs(lines)
        let lengths = paras.map { $0.lines.reduce(0) { $0 + $1.utf8.count } }
        // Paragraphs classify independently: spread them over the cores for a long document.
        return paras.indices.parallelMap { k -> [Unit] in
            var units: [Unit] = []
            classify(Array(paras[k].lines), firstLine: paras[k].firstLine,
                     nextParagraphLength: k + 1 < lengths.count ? lengths[k + 1] : 0, into: &units)
            return units
        }.flatMap { $0 }
    }

    /// Classifies one paragraph, peeling stamps off its edges and splitting notes and list items.
    static func classify(_ lines: [Substring], firstLine: Int, nextParagraphLength: Int, into units: inout [Unit]) {
        guard !lines.isEmpty else { return }
        // A strike-through wrapper across several lines is one stamp or caveat.
        if lines[0].drop(while: { $0 == " " }).hasPrefix("~~"),
           let close = lines.firstIndex(where: { LinePatterns.trimmed($0).hasSuffix("~~") }) {
            let stampLines = Array(lines[0...close])
            let single = stampLines.count == 1 ? LinePatterns.stamp(stampLines[0]) : nil
            units.append(Unit(role: .furniture(single ?? .caveat), lines: stampLines, firstLine: firstLine))
            classify(Array(lines[(close + 1)...]), firstLine: firstLine + close + 1, nextParagraphLength: nextParagraphLength, into: &units)
            return
        }
        // Stamp lines at the head or foot of a paragraph are furniture of their own.
        var lo = 0, hi = lines.count
        while lo < hi, let kind = LinePatterns.stamp(lines[lo]) {
            units.append(Unit(role: .furniture(kind), lines: [lines[lo]], firstLine: firstLine + lo)); lo += 1
        }
        var trailing: [Unit] = []
        // When lines remain, the loop above stopped at a line it found no stamp: not asked again (a
        // one-line paragraph is most of them).
        let lowestIsNoStamp = lo < hi
        while hi > lo, !(lowestIsNoStamp && hi - 1 == lo), let kind = LinePatterns.stamp(lines[hi - 1]) {
            trailing.insert(Unit(role: .furniture(kind), lines: [lines[hi - 1]], firstLine: firstLine + hi - 1), at: 0); hi -= 1
        }
        defer { units.append(contentsOf: trailing) }
        guard lo < hi else { return }
        let body = Array(lines[lo..<hi])
        let first = firstLine + lo
        units.append(contentsOf: classifyBody(body, firstLine: first, nextParagraphLength: nextParagraphLength))
    }

    private static func classifyBody(_ lines: [Substring], firstLine: Int, nextParagraphLength: Int) -> [Unit] {
        if lines.allSatisfy(LinePatterns.isRule) { return [Unit(role: .rule, lines: lines, firstLine: firstLine)] }
        if lines.count == 1, LinePatterns.isRunningHead(lines[0]) {
            return [Unit(role: .furniture(.runningHead), lines: lines, firstLine: firstLine)]
        }
        if LinePatterns.isDistribution(lines[0]) {
            return [Unit(role: .furniture(.distribution), lines: lines, firstLine: firstLine)]
        }
        if let start = LinePatterns.noteStart(lines[0]), !opensEmphasis(lines) { return splitNotes(lines, firstLine: firstLine, first: start) }
        let tabbed = lines.filter { tabs(in: $0, upTo: 1) > 0 }.count
        if (lines.count >= 2 && tabbed * 2 >= lines.count) || (lines.count == 1 && tabs(in: lines[0], upTo: 2) >= 2) {
            return [Unit(role: .text(.table), lines: lines, firstLine: firstLine)]
        }
        if LinePatterns.isCaption(lines[0]) { return [Unit(role: .text(.caption), lines: lines, firstLine: firstLine)] }
        if LinePatterns.listItem(lines[0]) != nil { return splitList(lines, firstLine: firstLine) }
        let length = lines.reduce(0) { $0 + $1.utf8.count }
        if lines.count <= 3, length <= 160 {
            let text = lines.map { LinePatterns.bare($0) }.joined(separator: " ")
            if let level = headingLevel(text, lineCount: lines.count, nextParagraphLength: nextParagraphLength) {
                var u = Unit(role: .text(.heading), lines: lines, firstLine: firstLine)
                u.level = level
                return [u]
            }
        }
        if isQuotation(lines) { return [Unit(role: .text(.quotation), lines: lines, firstLine: firstLine)] }
        return [Unit(role: .text(.paragraph), lines: lines, firstLine: firstLine)]
    }

    /// The tabs in a line, counted up to `limit` (every paragraph asks; an array of them cost more than the test).
    private static func tabs(in line: Substring, upTo limit: Int) -> Int {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for b in bytes where b == 0x09 {
                n += 1
                if n >= limit { break }
            }
            return n
        } ?? min(limit, line.utf8.filter { $0 == 0x09 }.count)
    }

    /// A paragraph opening with `*` or `**` (no space after) closed later by the same run is emphasis, not a note.
    private static func opensEmphasis(_ lines: [Substring]) -> Bool {
        let first = lines[0].drop(while: { $0 == " " })
        let run = first.prefix(while: { $0 == "*" })
        guard (1...2).contains(run.count), let next = first.dropFirst(run.count).first, next != " " else { return false }
        let rest = ([first.dropFirst(run.count)] + lines.dropFirst()).joined(separator: "\n")
        return rest.includes(String(run))
    }

    /// Each line opening with a note label starts a new note; other lines continue the one before.
    /// `first` is the first line's label, already read.
    private static func splitNotes(_ lines: [Substring], firstLine: Int, first: NoteStart) -> [Unit] {
        var units: [Unit] = []
        for (i, line) in lines.enumerated() {
            if let start = i == 0 ? first : LinePatterns.noteStart(line) {
                var u = Unit(role: .note(start), lines: [line], firstLine: firstLine + i)
                u.textOffset = start.textOffset
                units.append(u)
            } else {
                units[units.count - 1].lines.append(line)
            }
        }
        return units
    }

    /// Each list line starts an item; other lines continue the item before.
    private static func splitList(_ lines: [Substring], firstLine: Int) -> [Unit] {
        var units: [Unit] = []
        for (i, line) in lines.enumerated() {
            if let item = LinePatterns.listItem(line) {
                var u = Unit(role: .text(.listItem), lines: [line], firstLine: firstLine + i)
                u.level = item.depth
                u.textOffset = item.textOffset
                units.append(u)
            } else {
                units[units.count - 1].lines.append(line)
            }
        }
        return units
    }

    /// Headings: chapter keywords, short capitalised lines, numbered titles, short title lines before prose.
    static func headingLevel(_ text: String, lineCount: Int, nextParagraphLength: Int) -> Int? {
        guard lineCount <= 3, text.count <= 110, !text.isEmpty, !DateParser.isDateLine(text) else { return nil }
        if let level = LinePatterns.headingKeyword(text) { return level }
        // A capitalised title may carry its period on a line of its own: "RUSSO-JAPANESE RELATIONS / (21-27 July 1945)".
        var text = text
        if text.utf8.contains(0x28), let paren = text.range(of: " ("), text.hasSuffix(")"), text[paren.upperBound...].contains(where: \.isNumber) {
            text = String(text[..<paren.lowerBound])
        }
        var letterCount = 0, upper = 0
        for s in text.unicodeScalars {
            if s.isASCII {
                let v = s.value
                if v >= 0x41 && v <= 0x5A { letterCount += 1; upper += 1 } else if v >= 0x61 && v <= 0x7A { letterCount += 1 }
            } else if s.properties.isAlphabetic {
                letterCount += 1
                if s.properties.isUppercase { upper += 1 }
            }
        }
        guard letterCount >= 2 else { return nil }
        let last = text.last!
        if upper * 10 >= letterCount * 9, letterCount >= 3, last != ",", !(last == "." && text.count > 60) {
            return 2
        }
        // "1 Historiography of the problem": a numbered title opening a chapter of prose.
        if lineCount == 1, text.count <= 80, nextParagraphLength >= 100, text.wholeMatch(of: Rx.headingLevel1) != nil { return 1 }
        if lineCount == 1, text.count <= 60, let f = text.first, f.isUppercase, !".,;:\"".contains(last),
           nextParagraphLength >= 200, text.split(separator: " ").count <= 8 {
            return 2
        }
        return nil
    }

    /// A paragraph wholly inside quotation marks, or opening with an ellipsis, is a block quotation.
    static func isQuotation(_ lines: [Substring]) -> Bool {
        guard let first = lines.first?.drop(while: { $0 == " " }), let f = first.first else { return false }
        if first.hasPrefix(". . .") || first.hasPrefix("...") || first.hasPrefix("> ") { return true }
        guard f == "\"" || f == "\u{201C}" else { return false }
        let text = String(lines.last!.suffix(40))
        // Only a "<" or "^" can start a marker to remove: most quotations have neither.
        let noSup = text.utf8.contains(where: { $0 == 0x3C || $0 == 0x5E }) ? text.replacing(Rx.isQuotation1, with: "") : text
        let tail = noSup.reversed().drop { c in
            c.isNumber || c == " " || c == "*" || c == "." || c == "," || c == ";"
                || (c.unicodeScalars.first.map(InlineMarkup.isSuperscriptDigit) ?? false)
        }
        return tail.first == "\"" || tail.first == "\u{201D}"
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let headingLevel1 = #/\d{1,2}\s+[A-Z][^.;:]*[^.,;:]/#
    nonisolated(unsafe) static let isQuotation1 = #/<sup>[^<]{0,6}</sup>|\^\{[^}]{0,8}\}/#
}
