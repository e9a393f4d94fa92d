import Corpus
import TerminalCore

/// One pane: its visible lines and its status row.
struct PaneView {
    let pane: Pane
    let frame: ScreenLayout.PaneFrame
    let isFocused: Bool
    let context: ReaderContext
    let theme: Theme

    func render(into grid: inout Grid) {
        let layout = context.layout(of: pane, width: frame.text.width)
        let top = layout.top(for: pane.anchor, height: frame.text.height)
        let visible = layout.lines[top..<min(layout.lines.count, top + frame.text.height)]
        for (row, line) in visible.enumerated() {
            var column = frame.text.x
            for segment in line.segments {
                column = grid.put(segment.text, column: column, row: frame.text.y + row, style: theme.style(segment.role), limit: frame.text.maxX)
            }
        }
        if layout.lines.isEmpty {
            grid.put("(no text)", column: frame.text.x, row: frame.text.y, style: theme.hint, limit: frame.text.maxX)
        }
        status(layout: layout, top: top, into: &grid)
    }

    /// "▶ PSIS 400-16 · SRH-078       p. 4 of 13  32%"
    private func status(layout: DocumentLayout, top: Int, into grid: inout Grid) {
        let document = context.corpus.documents[pane.document]
        let style = isFocused ? theme.statusFocused : theme.statusUnfocused
        let area = frame.status
        grid.fill(area, style: style)
        let count = layout.lines.count
        let shownTo = min(count, top + frame.text.height)
        let percent = count == 0 ? 100 : shownTo * 100 / count
        var page = "—"
        if let last = document.pages.last?.number {
            // A page that begins on the top line (its rule or an inline "⟨p. N⟩") is the page being read.
            let line = layout.lines.indices.contains(top) ? layout.lines[top] : nil
            let current = line.map { $0.startsPage ?? $0.page ?? 0 } ?? 0
            page = "p. \(current) of \(last)"
        }
        let right = " \(page)  \(percent)% "
        let left = (isFocused ? "▶ " : "  ") + PaneTitle.of(document)
        let rightWidth = DisplayWidth.of(right)
        if area.width > rightWidth + 4 {
            grid.put(TextWrap.truncate(left, width: area.width - rightWidth), column: area.x, row: area.y, style: style)
            grid.put(right, column: area.maxX - rightWidth, row: area.y, style: style)
        } else {
            grid.put(TextWrap.truncate(left, width: area.width), column: area.x, row: area.y, style: style)
        }
    }
}

/// The bottom row: the current message, else a hint about the keys.
struct MessageLine {
    let state: ReaderState
    let theme: Theme

    func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        if let message = state.message {
            grid.put(TextWrap.truncate(message.text, width: area.width), column: area.x, row: area.y,
                     style: message.isError ? theme.error : .plain)
            return
        }
        let hint: String
        switch state.mode {
        case .reading: hint = "? help  o open  s split  x close  Tab next pane  z furniture  q quit"
        case .help: hint = "j/k scroll  q close help"
        case .picker: hint = "type to narrow  ↑/↓ choose  Enter open  Esc cancel"
        }
        grid.put(TextWrap.truncate(hint, width: area.width), column: area.x, row: area.y, style: theme.hint)
    }
}
