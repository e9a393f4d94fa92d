import TerminalCore

/// The actor picker: a framed list of the registry over the panes, the query on top, chosen actors ticked.
struct ActorPickerView {
    let picker: ActorPicker
    let openDocuments: Set<Int>
    let context: ReaderContext
    let theme: Theme

    func render(into grid: inout Grid, area: Rect) {
        let entries = ActorEntry.matching(picker.query, in: context.corpus, openDocuments: openDocuments)
        let title = " People and organisations · \(picker.filter.actors.count) chosen · \(picker.filter.matchName) (Tab) "
        let inner = PickerView.box(in: area, width: 100, rows: entries.count, extra: 2, title: title, theme: theme, into: &grid)
        let (queryRow, rest) = inner.splitTop(1)
        grid.put("> " + picker.query + "█", column: queryRow.x, row: queryRow.y, limit: queryRow.maxX)
        let (header, list) = rest.splitTop(1)
        grid.put(TextWrap.truncate(columns("", "name", "role", "here", "all", width: header.width), width: header.width),
                 column: header.x, row: header.y, style: theme.hint, limit: header.maxX)
        if context.corpus.actors.actors.isEmpty {
            grid.put("no actors registered: add actors.toml beside the documents", column: list.x, row: list.y, style: theme.hint, limit: list.maxX)
            return
        }
        if entries.isEmpty {
            grid.put("nobody's name matches \"\(picker.query)\"", column: list.x, row: list.y, style: theme.hint, limit: list.maxX)
            return
        }
        let first = PickerView.firstRow(selection: picker.selection, count: entries.count, height: list.height)
        for (row, entry) in entries.dropFirst(first).prefix(list.height).enumerated() {
            let isSelected = first + row == picker.selection
            let chosenAt = picker.filter.actors.firstIndex(of: entry.actor)
            let style = isSelected ? theme.selected : Style.plain
            let y = list.y + row
            grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: style)
            let name = entry.name + (entry.matchedForm.map { " (\($0))" } ?? "")
            let line = columns(chosenAt == nil ? "[ ]" : "[x]", name, entry.role, "\(entry.open)", "\(entry.total)", width: list.width)
            grid.put(line, column: list.x, row: y, style: style, limit: list.maxX)
            // The tick takes the actor's highlight, so the picker shows which colour marks whom in the text.
            if let k = chosenAt, !isSelected { grid.put("[x]", column: list.x, row: y, style: theme.style(.chosen(k))) }
        }
    }

    /// "[x] Naotake Sato          Ambassador to the Soviet Union (1942-1945)     62   70": counts right-aligned,
    /// the role giving way first on narrow screens.
    private func columns(_ tick: String, _ name: String, _ role: String, _ here: String, _ all: String, width: Int) -> String {
        let counts = String(repeating: " ", count: max(0, 6 - here.count)) + here + String(repeating: " ", count: max(0, 6 - all.count)) + all
        let rest = max(8, width - 4 - DisplayWidth.of(counts))
        let nameWidth = rest >= 60 ? min(30, rest / 2) : rest >= 30 ? rest / 2 : rest
        let roleWidth = rest - nameWidth
        let roleText = roleWidth > 3 ? "  " + TextWrap.pad(TextWrap.truncate(role, width: roleWidth - 2), width: roleWidth - 2) : ""
        return TextWrap.pad(tick, width: 3) + " " + TextWrap.pad(TextWrap.truncate(name, width: nameWidth), width: nameWidth) + roleText + counts
    }
}
