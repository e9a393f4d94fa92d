/// Resolves "Ibid." and short-title citations in notes, by standard practice.
///
/// "Ibid." repeats the last cited work (a discursive note in between does not count: it cites
/// nothing). `Ibid., "date," SRS-nnnn` stays in the same collection with a new item. A short
/// title ("Hata, \"Japanese-Soviet Confrontation,\" 131") resolves to its bibliography entry by
/// author surname and the first significant words of the title.
enum WorkResolver {
    static func resolve(_ doc: inout Document) {
        let entries = EntryIndex(BibliographyReader.entries(doc))
        var last: Citation?
        var added: [Citation] = []
        for n in doc.notes.indices {
            let note = doc.notes[n]
            var noteCitations = note.citations.map { doc.citations[$0] }
            var fresh: [Citation] = []
            for (seg, segStart) in segments(of: note.text) {
                let segEnd = segStart + seg.utf8.count
                let inside = noteCitations.indices.filter { noteCitations[$0].start >= segStart && noteCitations[$0].end <= segEnd }
                if seg.hasPrefix("Ibid") {
                    if let e = inside.first(where: { [.srh, .magicSummary].contains(noteCitations[$0].kind) }) {
                        // `Ibid., "date," SRS-nnnn`: the same collection, a new item printed in full.
                        noteCitations[e].via = "Ibid."
                        doc.citations[note.citations[e]].via = "Ibid."
                    } else if var c = last {
                        let cited = citedPart(seg)
                        c.raw = cited.trimmingWhitespaces()
                        c.via = "Ibid."
                        c.correction = nil
                        if c.kind == .work {
                            c.locator = workLocator(seg.dropFirst(5))
                        } else {
                            let loc = CitationScanner.locator(String(seg), after: String(seg).index(seg.startIndex, offsetBy: min(5, seg.count)))
                            c.locator = loc.isEmpty ? c.locator : loc
                        }
                        c.note = n
                        c.block = note.block
                        c.line = note.line
                        c.page = note.page
                        c.start = segStart
                        c.end = segStart + cited.utf8.count
                        fresh.append(c)
                    }
                    continue
                }
                if inside.contains(where: { noteCitations[$0].kind != .intercept }) { continue }
                if let entry = match(seg, entries) {
                    let cited = citedPart(seg)
                    var c = Citation(kind: .work, id: entry.id, raw: String(cited), correction: nil, date: nil, route: nil,
                                     locator: workLocator(cited), via: nil, note: n, block: note.block, line: note.line, page: note.page)
                    if !cited.includes("(") { c.via = shortTitle(cited) }
                    c.start = segStart
                    c.end = segStart + cited.utf8.count
                    fresh.append(c)
                }
            }
            for c in fresh {
                doc.notes[n].citations.append(doc.citations.count + added.count)
                added.append(c)
            }
            let ordered = (noteCitations + fresh).filter { [.srh, .magicSummary, .psis, .work].contains($0.kind) }
            if let l = ordered.last { last = l }
        }
        doc.citations.reserveCapacity(doc.citations.count + added.count)  // exact: no doubling slack kept
        doc.citations += added
    }

    /// A note's `;`-separated parts, each without leading spaces or "and ", with its UTF-8 offset.
    static func segments(of text: String) -> [(Substring, Int)] {
        var result: [(Substring, Int)] = []
        var offset = 0
        for part in splitAtSemicolons(text) {
            var seg = part.drop(while: { $0 == " " })
            if seg.hasPrefix("and ") { seg = seg.dropFirst(4) }
            let start = offset + (part.utf8.count - seg.utf8.count)
            if !seg.isEmpty { result.append((seg, start)) }
            offset += part.utf8.count + 1
        }
        return result
    }

    /// `text.split(separator: ";", omittingEmptySubsequences: false)`, cut at the bytes: a ";" between
    /// ASCII neighbours is always a Character of its own; any other is left to the Character split.
    private static func splitAtSemicolons(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        let u = text.utf8
        var start = u.startIndex, i = u.startIndex
        var previous: UInt8 = 0
        while i != u.endIndex {
            let b = u[i]
            if b == 0x3B {
                let next = u.index(after: i)
                if previous >= 0x80 || (next != u.endIndex && u[next] >= 0x80) {
                    return text.split(separator: ";", omittingEmptySubsequences: false)
                }
                parts.append(text[start..<i])
                start = next
            }
            previous = b
            i = u.index(after: i)
        }
        parts.append(text[start..<u.endIndex])
        return parts
    }

    /// The citation proper, up to the page numbers that close it ("Drea, \"Missing Intentions,\" 68.").
    private static func citedPart(_ seg: Substring) -> Substring {
        guard let tail = PageTail.find(in: seg, where: { $0.periodFollowed && $0.thenSpaceOrEnd }) else { return seg }
        return seg[..<tail.afterPeriod]
    }

    /// The short title as printed: "Hata, \"Japanese-Soviet Confrontation\"".
    private static func shortTitle(_ seg: Substring) -> String {
        let unquoted = String(seg.filter { $0 != "\"" && $0 != "“" && $0 != "”" })
        var parts = unquoted.split(separator: ",", omittingEmptySubsequences: false)
        // Drop the trailing page and volume parts: "131", "vol. 1", "84".
        while let last = parts.last, last.first(where: { $0 != " " })?.isNumber ?? true || last.includes("vol.") { parts.removeLast() }
        var title = Substring(parts.joined(separator: ","))
        while let l = title.last, l == " " || l == "," { title = title.withoutLast }
        return String(title.drop(while: { $0 == " " || $0 == "," }))
    }

    /// Trailing page numbers of a work citation ("131", "138-39", "70n").
    private static func workLocator(_ seg: Substring) -> Locator {
        var loc = Locator()
        if let tail = PageTail.find(in: seg, where: { $0.thenEndOrCapital }) {
            loc.pages = String(seg[tail.pages])
            loc.page = tail.first
            loc.pageEnd = tail.first
        }
        return loc
    }

    private static let stopWords: Set<String> = ["the", "a", "an", "of", "and", "in", "on", "to", "for"]

    static func words<S: StringProtocol>(_ s: S) -> [String] {
        // ASCII text (nearly every note): the same words read from the bytes, without Characters.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var result: [String] = []
            var word: [UInt8] = []
            func flush() {
                if !word.isEmpty {
                    let w = String(decoding: word, as: UTF8.self)
                    if !stopWords.contains(w) { result.append(w) }
                    word.removeAll(keepingCapacity: true)
                }
            }
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { word.append(b + 0x20) } else if (b >= 0x61 && b <= 0x7A) || b == 0x2D { word.append(b) } else { flush() }
            }
            flush()
            return result
        }
        return s.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init).filter { !stopWords.contains($0) }
    }

    /// Bibliography entries prepared once for matching: title words, and entries by surname word.
    struct EntryIndex {
        let entries: [BibliographyEntry]
        let titleWords: [[String]]
        let bySurnameWord: [String: [Int]]

        init(_ entries: [BibliographyEntry]) {
            self.entries = entries
            titleWords = entries.map { WorkResolver.words($0.title) }
            var by: [String: [Int]] = [:]
            for (i, e) in entries.enumerated() { by[String(e.surname.split(separator: " ").first ?? ""), default: []].append(i) }
            bySurnameWord = by
        }
    }

    /// The bibliography entry a note segment names, by surname and leading title words.
    static func match(_ seg: Substring, _ index: EntryIndex) -> BibliographyEntry? {
        let head = seg.prefix(60)
        // Only entries whose surname is a word of the segment's head are candidates.
        var candidates: [(entry: Int, after: Substring.Index)] = []
        for word in head.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\"" || $0 == "“" }) {
            for i in index.bySurnameWord[String(word)] ?? [] {
                // The whole surname ("Department of State") must stand here, as whole words.
                let surname = index.entries[i].surname
                guard head[word.startIndex...].hasPrefix(surname) else { continue }
                let end = head.index(word.startIndex, offsetBy: surname.count)
                guard isWordBoundary(head, word.startIndex..<end) else { continue }
                candidates.append((i, end))
            }
        }
        var best: (BibliographyEntry, Int)?
        for (i, afterSurname) in candidates {
            let e = index.entries[i]
            let segWords = words(seg[afterSurname...].prefix(120))
            let titleWords = index.titleWords[i]
            guard !titleWords.isEmpty else { continue }
            // A short title may drop leading words ("Japanese Foreign Policy" for "Control of Japanese
            // Foreign Policy"): align the segment's words with the title's first three.
            var score = 0
            for t in 0..<min(3, titleWords.count) {
                guard let start = segWords.prefix(6).firstIndex(of: titleWords[t]) else { continue }
                var run = 0
                for (a, b) in zip(segWords[start...], titleWords[t...]) { if a == b { run += 1 } else { break } }
                score = max(score, run - t)
            }
            guard score > 0 else { continue }
            if let v = e.volume, seg.includes("vol. \(v)") { score += 5 }
            if let v = e.volume, !seg.includes("vol. \(v)"), seg.includes("vol.") { score -= 5 }
            if score > (best?.1 ?? 0) { best = (e, score) }
        }
        return best?.0
    }

    private static func isWordBoundary(_ s: Substring, _ r: Range<Substring.Index>) -> Bool {
        let before = r.lowerBound == s.startIndex || !s[s.index(before: r.lowerBound)].isLetter
        let after = r.upperBound == s.endIndex || !s[r.upperBound].isLetter
        return before && after
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
}
