/// Finds original pages in archival typescripts: a cover (page 0), then sheets that end at their
/// note foot, at a stamp in the running text, or where a sentence is visibly split.
///
/// A document is paginated only when it carries sheet markings (classification, declassification
/// or copy stamps): the mark of a typescript scanned sheet by sheet. Printed books and theses in
/// OCR text lost their folios; counting their note feet would invent page numbers, so they stay
/// unpaginated (their feet still scope note pairing).
enum PageFinder {
    struct Result {
        var evidence: [Int: (PageBreakEvidence, Double)] = [:]
        var anomalies: [Anomaly] = []
        var note: String
    }

    static func paginate(_ units: inout [Unit]) -> Result {
        guard units.contains(where: \.isStamp) else {
            return Result(note: "no sheet stamps: the text carries no original page numbers")
        }
        var result = Result(note: "typescript: pages end at note feet, stamps and split sentences; cover is page 0")
        let firstProse = units.firstIndex { $0.textKind == .paragraph && $0.lines.reduce(0) { $0 + $1.utf8.count } >= 150 } ?? units.count
        let coverEnd = units[..<firstProse].lastIndex { if case .furniture = $0.role { return true }; return false }
        var page = 1
        var start = 0
        if let coverEnd {
            for i in 0...coverEnd { units[i].page = 0 }
            result.evidence[0] = (.cover, 1)
            start = coverEnd + 1
        }
        var pending: (PageBreakEvidence, Double)?
        var pageHasText = false
        var lastProse: Int?
        for i in start..<units.count {
            let u = units[i]
            if u.isNoteLike {
                if pageHasText { pending = (.noteFoot, 1) }
            } else if u.isStamp {
                if pageHasText, pending == nil { pending = (.stamp, 0.7) }
            } else if u.textKind != nil {
                var breakHere = pending
                if breakHere == nil, pageHasText, let a = lastProse, a == i - 1, u.isJoinableProse, u.startsLowercase,
                   !LinePatterns.endsSentence(LinePatterns.bare(units[a].lines.joined(separator: " "))) {
                    breakHere = (.stamp, 0.6)
                    result.anomalies.append(Anomaly(kind: .inferredPageBreak,
                        message: "page \(page + 1) inferred: a sentence is split here with no note foot or stamp", line: u.firstLine, page: page + 1))
                } else if let p = pending, p.0 == .stamp {
                    result.anomalies.append(Anomaly(kind: .inferredPageBreak,
                        message: "page \(page + 1) inferred from a stamp in the running text (no note foot)", line: u.firstLine, page: page + 1))
                }
                if let b = breakHere {
                    result.evidence[page] = b
                    page += 1
                    pending = nil
                }
                pageHasText = true
                lastProse = u.isJoinableProse ? i : nil
            }
            units[i].page = page
        }
        result.evidence[page] = (.documentEnd, 1)
        flagLongPages(units, into: &result)
        return result
    }

    /// Pages far longer than the median may hide a missing break: say so rather than guess where.
    private static func flagLongPages(_ units: [Unit], into result: inout Result) {
        var length: [Int: Int] = [:]
        var firstLine: [Int: Int] = [:]
        for u in units where u.textKind != nil {
            guard let p = u.page, p > 0 else { continue }
            length[p, default: 0] += u.lines.reduce(0) { $0 + $1.utf8.count }
            if firstLine[p] == nil { firstLine[p] = u.firstLine }
        }
        let sorted = length.values.sorted()
        guard sorted.count >= 4 else { return }
        let median = sorted[sorted.count / 2]
        for (p, n) in length.sorted(by: { $0.key < $1.key }) where n > median * 2 {
            result.anomalies.append(Anomaly(kind: .suspectPageLength,
                message: "page \(p) holds \(n) characters, over twice the median \(median): a page break may be missing",
                line: firstLine[p] ?? 1, page: p))
        }
    }

    /// Page records (line and block ranges) from the units' page numbers.
    static func pages(units: [Unit], blocks: [Block], evidence: [Int: (PageBreakEvidence, Double)]) -> [Page] {
        var ranges: [Int: (Int, Int)] = [:]
        for u in units {
            guard let p = u.page else { continue }
            let r = ranges[p] ?? (u.firstLine, u.lastLine)
            ranges[p] = (min(r.0, u.firstLine), max(r.1, u.lastLine))
        }
        guard !ranges.isEmpty else { return [] }
        // A page's blocks: those starting on it, and one that a page starts inside (a rejoined sentence).
        var first: [Int: Int] = [:], last: [Int: Int] = [:]
        for (i, b) in blocks.enumerated() {
            for p in [b.page].compactMap({ $0 }) + b.pageSplits.map(\.page) {
                if first[p] == nil { first[p] = i }
                last[p] = i
            }
        }
        return ranges.keys.sorted().map { p in
            let (line, lineEnd) = ranges[p]!
            let ev = evidence[p] ?? (.documentEnd, 1)
            return Page(number: p, firstBlock: first[p] ?? 0, lastBlock: last[p] ?? first[p] ?? 0,
                        line: line, lineEnd: lineEnd, evidence: ev.0, confidence: ev.1)
        }
    }
}
