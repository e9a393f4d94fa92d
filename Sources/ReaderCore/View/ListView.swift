import TerminalCore

/// The outline or the marks: a framed list over the panes, the query on top, the current entry marked "▸".
struct ListView {
    let list: ListOverlay
    let state: ReaderState
    let context: ReaderContext
    let theme: Theme

    func render(into grid: inout Grid, area: Rect) {
        let entries = ListEntry.matching(list, in: state, context: context)
        let inner = PickerView.box(in: area, width: 96, rows: entries.count, extra: 1, title: title, theme: theme, into: &grid)
        let (queryRow, rows) = inner.splitTop(1)
        grid.put("> " + list.query + "█", column: queryRow.x, row: queryRow.y, limit: queryRow.maxX)
        guard !entries.isEmpty else {
            grid.put("nothing matches", column: rows.x, row: rows.y, style: theme.hint, limit: rows.maxX)
            return
        }
        let first = PickerView.firstRow(selection: list.selection, count: entries.count, height: rows.height)
        for (row, entry) in entries.dropFirst(first).prefix(rows.height).enumerated() {
            let style = first + row == list.selection ? theme.selected : Style.plain
            let y = rows.y + row
            grid.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: style)
            let detail = entry.detail.isEmpty ? "" : "  " + entry.detail
            let textWidth = max(4, rows.width - 2 - DisplayWidth.of(detail))
            let line = (entry.current ? "▸ " : "  ") + TextWrap.pad(TextWrap.truncate(entry.text, width: textWidth), width: textWidth) + detail
            grid.put(line, column: rows.x, row: y, style: style, limit: rows.maxX)
        }
    }

    /// " Outline: PSIS 400-16 · SRH-078 " or " Marks ".
    private var title: String {
        switch list.kind {
        case .outline(let d): return " Outline: \(PaneTitle.of(context.corpus.documents[d])) "
        case .marks: return " Marks ('' is before the last jump) "
        }
    }
}

/// The prompt on the message row: the sigil, the line scrolled so the cursor stays in view, the cursor cell reversed.
struct PromptLine {
    let prompt: Prompt
    let theme: Theme

    func render(into grid: inout Grid, area: Rect) {
        let characters = Array(prompt.editor.text)
        let cursor = min(prompt.editor.cursor, characters.count)
        let sigil = prompt.sigil
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        // Columns for the text before the cursor; the line scrolls so the cursor cell stays on the row
        // (by display width: a wide CJK character takes two).
        let room = max(0, area.width - DisplayWidth.of(sigil) - DisplayWidth.of(under))
        var start = cursor
        var used = 0
        while start > 0, used + DisplayWidth.of(String(characters[start - 1])) <= room {
            start -= 1
            used += DisplayWidth.of(String(characters[start]))
        }
        var column = grid.put(sigil, column: area.x, row: area.y, limit: area.maxX)
        column = grid.put(String(characters[start..<cursor]), column: column, row: area.y, limit: area.maxX)
        column = grid.put(under, column: column, row: area.y, style: theme.selected, limit: area.maxX)
        if cursor + 1 < characters.count {
            grid.put(String(characters[(cursor + 1)...]), column: column, row: area.y, limit: area.maxX)
        }
    }

    /// The completions offered, on the row above the prompt, the chosen one reversed (vim's wildmenu).
    static func renderCompletion(_ completion: Completion, theme: Theme, into grid: inout Grid, row: Int, width: Int) {
        guard row >= 0 else { return }
        grid.fill(Rect(x: 0, y: row, width: width, height: 1), style: theme.statusUnfocused)
        var column = 0
        // Start far enough along that the chosen candidate is on the row.
        var first = 0
        if let chosen = completion.chosen {
            var used = 0
            first = chosen
            while first > 0, used + DisplayWidth.of(completion.candidates[first - 1]) + 2 < width / 2 {
                first -= 1
                used += DisplayWidth.of(completion.candidates[first]) + 2
            }
        }
        if first > 0 { column = grid.put("< ", column: column, row: row, style: theme.statusUnfocused, limit: width) }
        for i in completion.candidates.indices.dropFirst(first) {
            let text = completion.candidates[i].trimmedSpaces
            guard column + DisplayWidth.of(text) + 2 <= width else {
                grid.put(">", column: width - 1, row: row, style: theme.statusUnfocused)
                break
            }
            column = grid.put(text, column: column, row: row, style: i == completion.chosen ? theme.selected : theme.statusUnfocused, limit: width)
            column = grid.put("  ", column: column, row: row, style: theme.statusUnfocused, limit: width)
        }
    }
}
