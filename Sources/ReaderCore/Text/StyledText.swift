import Corpus

/// A block's shown text with its roles by UTF-8 range: markers, markup styles and inline page breaks.
struct StyledText {
    /// The text as shown: page breaks inside the block appear as "⟨p. N⟩ ".
    let text: String
    /// Non-overlapping role runs over `text`, sorted; uncovered bytes take the base role.
    let runs: [(start: Int, end: Int, role: Role)]
    /// Where each inline page break starts in `text`, with its page.
    private let breaks: [(offset: Int, page: Int)]
    /// What each selectable run (a marker, a citation) stands for, by the run's start in `text`.
    /// What each selectable range (a marker, a citation, a name) stands for: sorted, disjoint. Kept apart from the
    /// role runs so a link keeps working where another role (a search match) wins its colours.
    private let linkSpans: [(start: Int, end: Int, link: LinkTarget)]
    private let base: Role
    private let firstPage: Int?
    /// Where each search match given starts in `text` (page labels counted), in the order given.
    let matchStarts: [Int]

    /// A block's text; `citations` are the running-text citations in it (index into the document's citations, source range).
    /// `mentions` are actor names, selectable; those with a role (a chosen actor's highlight) show in it.
    init(block: Block, markers: [Marker], citations: [(index: Int, start: Int, end: Int)] = [],
         mentions: [(start: Int, end: Int, role: Role?, link: LinkTarget)] = [], matches: [(start: Int, end: Int, current: Bool)] = [],
         base: Role, furnitureLabel: Bool) {
        self.base = base
        firstPage = block.page
        if furnitureLabel {
            // Furniture is multi-line in the source; show it as one labelled line.
            let body = block.text.split(separator: "\n").joined(separator: " / ")
            text = "[\(StyledText.label(block.furniture)): \(body)]"
            runs = []
            breaks = []
            linkSpans = []
            matchStarts = matches.map { _ in 0 }
            return
        }
        var shown = ""
        var inserted: [(at: Int, length: Int)] = []
        var breaks: [(Int, Int)] = []
        var source = Array(block.text.utf8)[...]
        var consumed = 0
        for split in block.pageSplits where split.offset >= consumed && split.offset <= block.text.utf8.count {
            let head = source.prefix(split.offset - consumed)
            shown += String(decoding: head, as: UTF8.self)
            let label = StyledText.pageLabel(split.page) + " "
            breaks.append((shown.utf8.count, split.page))
            inserted.append((split.offset, label.utf8.count))
            shown += label
            source = source.dropFirst(head.count)
            consumed = split.offset
        }
        shown += String(decoding: source, as: UTF8.self)
        text = shown
        self.breaks = breaks
        // Source offsets move right by every label inserted at or before them.
        func shift(_ offset: Int) -> Int { offset + inserted.filter { $0.at <= offset }.reduce(0) { $0 + $1.length } }
        let pageBreaks = breaks.map { b in (b.0, b.0 + StyledText.pageLabel(b.1).utf8.count, Role.pageRule) }
        let present = block.markers.filter { markers.indices.contains($0) }
        let markerRuns = present.map { i in (shift(markers[i].start), shift(markers[i].end), Role.marker) }
        // A citation printed in the text is a link like a marker, so it can be selected and followed.
        let citationRuns = citations.map { (shift($0.start), shift($0.end), Role.link) }
        // In order of precedence where two overlap: markers, then printed citations, then names.
        var spans: [(Int, Int, LinkTarget)] = present.map { (shift(markers[$0].start), shift(markers[$0].end), .marker($0)) }
        spans += citations.map { (shift($0.start), shift($0.end), .citation($0.index)) }
        // An actor's name is selectable wherever it stands, highlighted only while its actor is chosen; a name
        // cut by a page break ("Molo⟨p. 2⟩ tov") is two runs around the label, both the same link.
        let labels = pageBreaks.map { ($0.0, $0.1) }
        var mentionRuns: [(Int, Int, Role)] = []
        for m in mentions {
            for (a, b) in StyledText.around(labels, from: shift(m.start), to: shift(m.end)) {
                mentionRuns.append((a, b, m.role ?? base))
                spans.append((a, b, m.link))
            }
        }
        linkSpans = StyledText.disjoint(spans)
        // Search matches win over every other role but the page labels: while searching, they are what the eye looks for.
        var matchRuns: [(Int, Int, Role)] = []
        for m in matches {
            for (a, b) in StyledText.around(labels, from: shift(m.start), to: shift(m.end)) { matchRuns.append((a, b, m.current ? .currentMatch : .match)) }
        }
        matchStarts = matches.map { shift($0.start) }
        var styleRuns: [(Int, Int, Role)] = []
        for span in block.styles {
            let role: Role = span.style.contains(.bold) ? .strong : span.style.contains(.italic) ? .emphasis : base
            guard role != base else { continue }
            styleRuns.append((shift(span.start), shift(span.end), role))
        }
        runs = StyledText.flatten([pageBreaks, matchRuns, markerRuns, citationRuns, mentionRuns, styleRuns])
    }

    /// A range of the shown text split into the pieces outside the given label ranges.
    static func around(_ labels: [(Int, Int)], from start: Int, to end: Int) -> [(Int, Int)] {
        var pieces: [(Int, Int)] = []
        var from = start
        for (a, b) in labels where a >= from && a < end {
            if a > from { pieces.append((from, a)) }
            from = max(from, b)
        }
        if end > from { pieces.append((from, end)) }
        return pieces
    }

    /// The inline mark of a page starting inside a paragraph, "⟨p. 7⟩".
    ///
    /// A no-break space inside, so wrapping never leaves "⟨p." at a line's end and "7⟩" on the next.
    static func pageLabel(_ page: Int) -> String { "⟨p.\u{A0}\(page)⟩" }

    /// Plain text with role runs (a note in the strip with its cited items marked).
    /// Earlier groups win where runs overlap.
    init(text: String, runGroups: [[(Int, Int, Role)]], links: [Int: LinkTarget] = [:], base: Role) {
        self.text = text
        self.base = base
        firstPage = nil
        breaks = []
        linkSpans = StyledText.disjoint(runGroups.flatMap { $0.compactMap { run in links[run.0].map { (run.0, run.1, $0) } } })
        matchStarts = []
        runs = StyledText.flatten(runGroups)
    }

    /// Link ranges sorted by start, an earlier one in `spans` winning where two overlap.
    private static func disjoint(_ spans: [(Int, Int, LinkTarget)]) -> [(start: Int, end: Int, link: LinkTarget)] {
        var kept: [(start: Int, end: Int, link: LinkTarget)] = []
        for span in spans where span.1 > span.0 {
            guard !kept.contains(where: { $0.start < span.1 && span.0 < $0.end }) else { continue }
            kept.append((span.0, span.1, span.2))
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// Merges groups of runs into sorted, non-overlapping runs; earlier groups (page breaks, then markers) win overlaps.
    ///
    /// Linear after sorting each group, so a 5 MB paragraph with a hundred thousand
    /// markers lays out in time proportional to its length.
    static func flatten(_ groups: [[(Int, Int, Role)]]) -> [(start: Int, end: Int, role: Role)] {
        var taken: [(start: Int, end: Int, role: Role)] = []
        for group in groups {
            var accepted: [(start: Int, end: Int, role: Role)] = []
            var next = 0
            var groupEnd = Int.min
            for run in group.filter({ $0.1 > $0.0 }).sorted(by: { $0.0 < $1.0 }) {
                while next < taken.count, taken[next].end <= run.0 { next += 1 }
                let overlapsTaken = next < taken.count && taken[next].start < run.1
                // Within a group the run starting first wins.
                guard !overlapsTaken, run.0 >= groupEnd else { continue }
                accepted.append((run.0, run.1, run.2))
                groupEnd = run.1
            }
            taken = merge(taken, accepted)
        }
        return taken
    }

    /// Two sorted, mutually disjoint run lists as one sorted list.
    private static func merge(_ a: [(start: Int, end: Int, role: Role)], _ b: [(start: Int, end: Int, role: Role)]) -> [(start: Int, end: Int, role: Role)] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var out: [(start: Int, end: Int, role: Role)] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].start < b[j].start) { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
        }
        return out
    }

    /// How a furniture kind is named to the reader.
    static func label(_ kind: FurnitureKind?) -> String {
        switch kind {
        case .classification: return "classification"
        case .declassification: return "declassified"
        case .caveat: return "caveat"
        case .copyNumber: return "copy number"
        case .distribution: return "distribution"
        case .runningHead: return "running head"
        case nil: return "furniture"
        }
    }

    /// The page in effect at a UTF-8 offset of `text`.
    func page(atOffset offset: Int) -> Int? {
        breaks.last { $0.offset <= offset }?.page ?? firstPage
    }

    /// The page whose inline break lies in a UTF-8 range of `text`, if any.
    func pageStarting(in range: Range<Int>) -> Int? {
        breaks.first { range.contains($0.offset) }?.page
    }

    /// The segments covering a wrapped line's range, whitespace controls shown as spaces.
    func segments(in range: Range<String.Index>) -> [Segment] {
        let utf8 = text.utf8
        let lo = utf8.distance(from: text.startIndex, to: range.lowerBound)
        let hi = utf8.distance(from: text.startIndex, to: range.upperBound)
        var out: [Segment] = []
        var position = lo
        // The first link span ending after the line starts, by binary search; pieces walk the spans in step.
        var span = 0, spanEnd = linkSpans.count
        while span < spanEnd {
            let mid = (span + spanEnd) / 2
            if linkSpans[mid].end <= lo { span = mid + 1 } else { spanEnd = mid }
        }
        func cut(_ a: Int, _ b: Int, _ role: Role, link: LinkTarget?) {
            let s = utf8.index(text.startIndex, offsetBy: a), e = utf8.index(text.startIndex, offsetBy: b)
            let slice = text[s..<e]
            // Whitespace controls (from multi-line furniture or tables) show as spaces; most slices have none.
            let hasControl = slice.utf8.contains { $0 < 0x20 }
            out.append(Segment(hasControl ? String(slice.map { $0.isNewline || $0 == "\t" ? " " : $0 }) : String(slice), role, link: link))
        }
        // A piece of one role, cut where links begin and end so each part carries the link it lies in.
        func piece(_ a: Int, _ b: Int, _ role: Role) {
            var from = a
            while from < b {
                while span < linkSpans.count, linkSpans[span].end <= from { span += 1 }
                guard span < linkSpans.count, linkSpans[span].start < b else { break }
                let s = linkSpans[span]
                if s.start > from { cut(from, s.start, role, link: nil) }
                let to = min(b, s.end)
                cut(max(from, s.start), to, role, link: s.link)
                from = to
            }
            if from < b { cut(from, b, role, link: nil) }
        }
        // The first run ending after the line starts, by binary search: a long paragraph has many runs.
        var first = 0, last = runs.count
        while first < last {
            let mid = (first + last) / 2
            if runs[mid].end <= lo { first = mid + 1 } else { last = mid }
        }
        for run in runs[first...] {
            if run.start >= hi { break }
            piece(position, max(position, run.start), base)
            let a = max(position, run.start), b = min(hi, run.end)
            piece(a, b, run.role)
            position = max(position, b)
        }
        piece(position, hi, base)
        return out
    }
}
