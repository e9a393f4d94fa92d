import Corpus
import TerminalCore

/// The lines of a note strip: a rule naming the note, its text with cited items marked, and what the model knows of it.
///
/// Pure and cheap (one note wrapped), so the state can size the strip and the
/// view can draw it from the same lines.
struct NoteStripText {
    /// The lines, the rule first.
    let lines: [[Segment]]
    /// The line holding the start of the selected cited item, to keep it in view when the note is long.
    let selectedLine: Int?
    /// The citations of the note (indices into the document's citations), in text order.
    let citations: [Int]

    /// `chosen` are the actors of the filter in force, whose names in the note are highlighted; so are the matches
    /// of `search` (`current` apart from the others).
    init(strip: NoteStrip, document: Document, corpus: Corpus, width: Int, chosen: [Int] = [], documentIndex: Int = -1,
         search: SearchQuery? = nil, current: BlockMatch? = nil) {
        let width = max(1, width)
        var lines: [[Segment]] = []
        var selectedLine: Int?
        let (markerIndex, noteIndex) = NoteStripText.subject(strip.subject, in: document)
        let note = noteIndex.map { document.notes[$0] }
        let marker = markerIndex.map { document.markers[$0] }
        citations = note?.citations ?? []

        // The rule: "── note 27 · p. 4 · line 853 ──".
        var title = note.map { "note \($0.label)" } ?? "marker \(marker?.label ?? "?")"
        if let page = note?.page ?? marker?.page { title += " · p. \(page)" }
        title += " · line \(note?.line ?? marker?.line ?? 0)"
        let head = "── " + title + " "
        lines.append([Segment(TextWrap.truncate(head, width: width) + String(repeating: "─", count: max(0, width - DisplayWidth.of(head))), .pageRule)])

        if let note {
            // Cited items as runs over the note text; the selected one stands out.
            var selectedRun: [(Int, Int, Role)] = []
            var runs: [(Int, Int, Role)] = []
            var links: [Int: LinkTarget] = [:]
            var selectedStart: Int?
            for (k, c) in citations.enumerated() {
                let citation = document.citations[c]
                guard citation.block == note.block, citation.end > citation.start else { continue }
                // Two items can share their printed text ("Spec. 001 and 002"): the selected one wins the range.
                if k == strip.selection {
                    selectedRun.append((citation.start, citation.end, .selected))
                    selectedStart = citation.start
                    links[citation.start] = .citation(c)
                } else {
                    runs.append((citation.start, citation.end, .link))
                    links[citation.start] = links[citation.start] ?? .citation(c)
                }
            }
            // The chosen actors' names keep their highlight in the note, so the reader sees why the passage passed.
            let names = corpus.actors.mentions(in: documentIndex, block: note.block).compactMap { m in
                chosen.firstIndex(of: m.actor).map { (m.start, m.end, Role.chosen($0)) }
            }
            let found = search.map { document.matches(of: $0, inBlock: note.block) } ?? []
            let matchRuns = found.map { ($0.start, $0.end, $0 == current ? Role.currentMatch : Role.match) }
            let styled = StyledText(text: note.text, runGroups: [matchRuns, selectedRun, runs, Array(names)], links: links, base: .body)
            for range in TextWrap.wrapOffsets(styled.text, width: width) {
                let end = styled.text.utf8.distance(from: styled.text.startIndex, to: range.upperBound)
                // Wrapped lines come in order, so the first one ending after the item's start holds it.
                if let s = selectedStart, selectedLine == nil, s < end { selectedLine = lines.count }
                lines.append(styled.segments(in: range))
            }
        }
        // What the model knows: the book's missing endnotes, duplicate labels, notes without markers.
        var flags = [marker?.anomaly?.message, note?.anomaly?.message].compactMap { $0 }
        if flags.count == 2, flags[0] == flags[1] { flags.removeLast() }
        if note == nil, flags.isEmpty { flags.append("no note for this marker in this excerpt") }
        for flag in flags { lines += TextWrap.wrap("! " + flag, width: width).map { [Segment($0, .warning)] } }

        // The selected item: what it is, how it was read, and where Enter takes it.
        if citations.indices.contains(strip.selection) {
            let citation = document.citations[citations[strip.selection]]
            let detail = NoteStripText.detail(of: citation, corpus: corpus, position: strip.selection, of: citations.count)
            selectedLine = selectedLine ?? lines.count
            lines += TextWrap.wrap(detail, width: width).map { [Segment($0, .strong)] }
            if let correction = citation.correction {
                let printed = "printed \(citation.raw), read as \(citation.id) (\(correction))"
                lines += TextWrap.wrap(printed, width: width).map { [Segment($0, .warning)] }
            }
        }
        self.lines = lines
        self.selectedLine = selectedLine
    }

    /// The lines shown below the rule in `rows` rows: a window that keeps the selected item in view.
    func window(rows: Int) -> Range<Int> {
        let body = lines.count - 1
        let wanted = (selectedLine ?? 1) - 1
        let first = max(0, min(wanted - rows / 2, body - rows))
        return (1 + first)..<(1 + min(body, first + max(0, rows)))
    }

    /// The marker and note a strip subject names.
    static func subject(_ subject: LinkTarget, in document: Document) -> (marker: Int?, note: Int?) {
        switch subject {
        case .marker(let m) where document.markers.indices.contains(m):
            return (m, document.markers[m].note)
        case .note(let n) where document.notes.indices.contains(n):
            return (document.notes[n].markers.first, n)
        default:
            return (nil, nil)
        }
    }

    /// "→ 1/2  SRH-078, p. 4 (via Ibid.): Enter opens it in the other pane".
    static func detail(of citation: Citation, corpus: Corpus, position: Int, of count: Int) -> String {
        var text = "→ \(position + 1)/\(count)  \(citation.id)"
        if let pages = citation.locator.pages { text += ", \(pages)" }
        if let via = citation.via { text += " (via \(via))" }
        if let target = corpus.target(of: citation) {
            let name = corpus.document(named: target.file).map { PaneTitle.of(corpus.documents[$0]) } ?? target.file
            text += target.page == nil ? ": Enter opens \(name)" : ": Enter opens \(name) at the page"
        } else {
            text += ": Enter opens its card"
        }
        return text
    }
}
