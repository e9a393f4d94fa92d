import Corpus
import TerminalCore

/// One pane: its visible lines with the selection and margin marks, its note strip, and its status row.
struct PaneView {
    let state: ReaderState
    let index: Int
    let context: ReaderContext
    let theme: Theme

    private var pane: Pane { state.panes[index] }
    private var frame: ScreenLayout.PaneFrame { state.screen.panes[index] }
    private var isFocused: Bool { index == state.focus }

    func render(into grid: inout Grid) {
        let areas = state.areas(of: index, in: context)
        let area = areas.reading
        let layout = context.layout(of: pane, width: frame.text.width)
        let top = layout.top(for: pane.anchor, height: area.height)
        let visible = layout.lines[top..<min(layout.lines.count, top + area.height)]
        let margin = frame.text.x - 1
        // An if-let, not `pane.document.map { … }`: that closure crashes the 6.3 optimiser in release builds.
        var quoted: [Int: Int] = [:]
        if let d = pane.document {
            quoted = QuotationMarks.marked(top..<(top + visible.count), of: layout, spans: QuotationMarks.spans(in: d, of: context.corpus))
        }
        for (row, line) in visible.enumerated() {
            let y = area.y + row
            var column = area.x
            let flashed = pane.flash == line.anchor
            for segment in line.segments {
                let selected = segment.link != nil && segment.link == pane.selection
                let style = theme.style(selected ? .selected : flashed ? .flash : segment.role)
                column = grid.put(segment.text, column: column, row: y, style: style, limit: area.maxX)
            }
            // The left margin says why a line matters: the line just left from, or a page the followed citation names.
            if flashed {
                grid.put("▸", column: margin, row: y, style: theme.style(.flash))
            } else if let pages = pane.citedPages, let page = line.startsPage ?? line.page, pages.contains(page) {
                grid.put("▌", column: margin, row: y, style: theme.style(.citedMargin))
            } else if quoted[top + row] != nil {
                // Words quoted from, or quoting, another document: Q shows the other end.
                grid.put("❝", column: margin, row: y, style: theme.style(.citedMargin))
            }
        }
        if layout.lines.isEmpty {
            grid.put("(no text)", column: area.x, row: area.y, style: theme.hint, limit: area.maxX)
        }
        if let strip = areas.stripText { renderStrip(strip, in: areas.strip, into: &grid) }
        status(layout: layout, top: top, height: area.height, into: &grid)
    }

    /// The note strip: its rule always, then as much of the note as fits, scrolled to keep the selected item in view.
    private func renderStrip(_ strip: NoteStripText, in area: Rect, into grid: inout Grid) {
        guard area.height > 0, let rule = strip.lines.first else { return }
        grid.fill(area)
        grid.put(rule.map(\.text).joined(), column: area.x, row: area.y, style: theme.style(.pageRule), limit: area.maxX)
        for (row, segments) in strip.lines[strip.window(rows: area.height - 1)].enumerated() {
            var column = area.x
            for segment in segments {
                column = grid.put(segment.text, column: column, row: area.y + 1 + row, style: theme.style(segment.role), limit: area.maxX)
            }
        }
    }

    /// "▶ PSIS 400-16 · SRH-078       p. 4 of 13  32%"
    private func status(layout: DocumentLayout, top: Int, height: Int, into grid: inout Grid) {
        let style = isFocused ? theme.statusFocused : theme.statusUnfocused
        let area = frame.status
        grid.fill(area, style: style)
        let count = layout.lines.count
        let shownTo = min(count, top + height)
        let percent = count == 0 ? 100 : shownTo * 100 / count
        var title: String
        var where_: String
        // The search counter, in full and short; it goes before the place and gives way last.
        var counter: (full: String, short: String)?
        switch pane.content {
        case .document(let d):
            let document = context.corpus.documents[d]
            title = PaneTitle.of(document)
            where_ = "—"
            if let last = document.pages.last?.number {
                // A page that begins on the top line (its rule or an inline "⟨p. N⟩") is the page being read.
                let line = layout.lines.indices.contains(top) ? layout.lines[top] : nil
                let current = line.map { $0.startsPage ?? $0.page ?? 0 } ?? 0
                where_ = "p. \(current) of \(last)"
            }
            if pane.actors.isOn {
                // Before the title, which gives way first: the filter is what the pane is showing now.
                title = "⧩ " + pane.actors.names(in: context.corpus) + " · " + title
                where_ = "\(layout.passagesShown)/\(layout.passagesShown + layout.passagesHidden) shown  " + where_
            }
            if pane.search != nil { counter = PaneView.matchCounter(layout: layout, current: pane.currentMatch) }
        case .card(let id):
            title = "card: \(id)"
            // The index's count, not the card: building the card per frame cost more than the rest of the frame.
            let refs = context.corpus.citationsByID[id] ?? []
            let places = refs.count
            where_ = places == 1 ? "1 citing place" : "\(places) citing places"
            if pane.actors.isOn {
                let about = refs.filter { pane.actors.passes(citation: $0.citation, in: $0.document, of: context.corpus) }.count
                title = "⧩ " + pane.actors.names(in: context.corpus) + " · " + title
                where_ = "\(about) of " + where_
            }
        case .actorCard(let a):
            let actor = context.corpus.actors.actors[a]
            title = (actor.kind == .organisation ? "organisation: " : "person: ") + actor.name
            let total = context.corpus.actors.total(of: a)
            where_ = total == 1 ? "1 mention" : "\(total) mentions"
        case .searchResults(let text):
            title = "search: \(text)"
            if pane.actors.isOn { title = "⧩ " + pane.actors.names(in: context.corpus) + " · " + title }
            where_ = layout.links.count == 1 ? "1 match" : "\(layout.links.count) matches"
        case .quotations:
            title = "quotations"
            let count = context.corpus.quotations.count
            where_ = count == 1 ? "1 quotation" : "\(count) quotations"
        case .timeline:
            title = "timeline"
            if pane.actors.isOn { title = "⧩ " + pane.actors.names(in: context.corpus) + " · " + title }
            where_ = pane.filter.isEmpty ? "\(layout.links.count) dates" : "\(layout.links.count) shown"
        case .citationIndex:
            title = "citation index"
            if pane.actors.isOn { title = "⧩ " + pane.actors.names(in: context.corpus) + " · " + title }
            where_ = pane.filter.isEmpty ? "\(layout.links.count) ids" : "\(layout.links.count) shown"
        }
        // On the right, which is never truncated: the pane's title gives way first on narrow screens.
        let following = state.follow?.target == index ? "following  " : ""
        let left = (isFocused ? "▶ " : "  ") + title
        var candidates = [" \(following)\(where_)  \(percent)% "]
        if let counter {
            candidates = [" \(counter.full)  \(following)\(where_)  \(percent)% ", " \(counter.short)  \(following)\(where_)  \(percent)% ",
                          " \(counter.short)  \(percent)% ", " \(counter.short) "]
        }
        // The longest that leaves the title a few columns; else the shortest.
        let right = candidates.first { area.width >= DisplayWidth.of($0) + 12 } ?? candidates.last!
        let rightWidth = DisplayWidth.of(right)
        if area.width > rightWidth + 4 {
            grid.put(TextWrap.truncate(left, width: area.width - rightWidth), column: area.x, row: area.y, style: style)
            grid.put(right, column: area.maxX - rightWidth, row: area.y, style: style)
        } else {
            grid.put(TextWrap.truncate(left, width: area.width), column: area.x, row: area.y, style: style)
        }
    }
}

extension PaneView {
    /// "/ 3/17", "/ 17 matches", "/ no match", in full with "+4 hidden" (by the actor filter) and "+2 in notes".
    static func matchCounter(layout: DocumentLayout, current: BlockMatch?) -> (full: String, short: String) {
        let count = layout.matches.count
        var short: String
        if let current, let i = layout.matches.firstIndex(where: { $0.match == current }) {
            short = "/ \(i + 1)/\(count)"
        } else {
            short = count == 0 ? "/ no match" : count == 1 ? "/ 1 match" : "/ \(count) matches"
        }
        var full = short
        if layout.matchesHidden > 0 { full += " +\(layout.matchesHidden) hidden" }
        if layout.matchesInNotes > 0 { full += " +\(layout.matchesInNotes) in notes" }
        return (full, short)
    }
}

/// The bottom row: the current message, else a hint about the keys.
struct MessageLine {
    let state: ReaderState
    let theme: Theme

    func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        if case .prompt(let prompt) = state.mode {
            PromptLine(prompt: prompt, theme: theme).render(into: &grid, area: area)
            return
        }
        if let message = state.message {
            grid.put(TextWrap.truncate(message.text, width: area.width), column: area.x, row: area.y,
                     style: message.isError ? theme.error : .plain)
            return
        }
        let hint: String
        switch state.mode {
        case .reading:
            switch state.keyMode {
            case .note: hint = "j/k choose  Enter follow  }/{ next note  Esc close note"
            case .card: hint = "j/k choose  Enter open  Ctrl-O back  Tab next pane"
            case .index where state.focusedPane.content == .timeline:
                hint = "type a date (1945-07) or words  ↑/↓ choose  Enter open the passage  Esc back  F1 help"
            case .index: hint = "type to narrow  ↑/↓ choose  Enter open card  Esc back  F1 help"
            default:
                if state.search != nil {
                    hint = "n/N next/previous match  Esc stop highlighting  / search again  '' back  ? help"
                } else {
                    hint = state.actorFilter.isOn ? "a change filter  A clear it  & any/all  )/( names  + add name  ]/[ notes  ? help"
                        : "? help  / search  t outline  ]/[ notes  a people  i index  Ctrl-O back  q quit"
                }
            }
        case .help: hint = "j/k scroll  q close help"
        case .picker: hint = "type to narrow  ↑/↓ choose  Enter open  Esc cancel"
        case .actors: hint = "type to narrow  ↑/↓ move  Space choose  Tab any/all  Enter apply  Esc cancel"
        case .list: hint = "type to narrow  ↑/↓ choose  Enter go there  Esc close"
        case .mark: hint = "a letter a-z  Esc cancel"
        case .prompt: hint = ""
        }
        grid.put(TextWrap.truncate(hint, width: area.width), column: area.x, row: area.y, style: theme.hint)
    }
}
