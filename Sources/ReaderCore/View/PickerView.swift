import TerminalCore

/// The document picker: a framed list over the panes with the query on top.
struct PickerView {
    let picker: Picker
    let context: ReaderContext
    let theme: Theme

    func render(into grid: inout Grid, area: Rect) {
        let entries = context.layouts.pickerEntries(matching: picker.query, in: context.corpus)
        // An empty list still needs its row for "no document matches", or the box drops below the framing height.
        let title = picker.purpose == .split ? " Open in a new pane " : " Open in this pane "
        let inner = PickerView.box(in: area, width: 96, rows: entries.count, extra: 1, title: title, theme: theme, into: &grid)
        let (queryRow, list) = inner.splitTop(1)
        grid.put("> " + picker.query + "█", column: queryRow.x, row: queryRow.y, limit: queryRow.maxX)
        if entries.isEmpty {
            grid.put("no document matches", column: list.x, row: list.y, style: theme.hint, limit: list.maxX)
            return
        }
        let first = PickerView.firstRow(selection: picker.selection, count: entries.count, height: list.height)
        for (row, entry) in entries.dropFirst(first).prefix(list.height).enumerated() {
            let isSelected = first + row == picker.selection
            let style = isSelected ? theme.selected : Style.plain
            grid.fill(Rect(x: list.x, y: list.y + row, width: list.width, height: 1), style: style)
            grid.put(line(entry, width: list.width), column: list.x, row: list.y + row, style: style, limit: list.maxX)
        }
    }

    /// "PSIS 400-16 · SRH-078   18 June, 1945   intelligence summary   14 pp.", the title taking what is left.
    private func line(_ entry: PickerEntry, width: Int) -> String {
        // Pages right-aligned in a fixed width: a varying tail would shift the date and kind columns row by row.
        let pages = String(repeating: " ", count: max(0, 7 - DisplayWidth.of(entry.pages))) + entry.pages
        // Narrow screens drop the kind, then the date, then the pages, so the title keeps room to be read.
        let titleRoom = min(24, width / 2)
        let tails = ["  " + TextWrap.pad(entry.date, width: 16) + "  " + TextWrap.pad(entry.kind, width: 20) + "  " + pages,
                     "  " + TextWrap.pad(entry.date, width: 16) + "  " + pages, "  " + pages]
        let tail = tails.first { width - DisplayWidth.of($0) >= titleRoom } ?? ""
        let titleWidth = max(10, width - DisplayWidth.of(tail))
        return TextWrap.pad(entry.title, width: titleWidth) + tail
    }

    /// The first entry shown in a list of `height` rows: the top, until the selection would fall below the last row.
    static func firstRow(selection: Int, count: Int, height: Int) -> Int {
        max(0, min(selection - height + 1, count - height))
    }

    /// Clears a centred box for an overlay list of `rows` rows (plus `extra` fixed rows) and frames it with `title`
    /// when there is room; returns the area inside the frame.
    static func box(in area: Rect, width: Int, rows: Int, extra: Int, title: String, theme: Theme, into grid: inout Grid) -> Rect {
        let box = area.centred(width: min(area.width, width), height: min(area.height, max(1, rows) + extra + 2))
        grid.fill(box)
        guard box.width >= 12 && box.height >= extra + 3 else { return box }
        border(box, style: theme.frame, into: &grid)
        grid.put(TextWrap.truncate(title, width: max(0, box.width - 4)), column: box.x + 2, row: box.y, style: theme.frame, limit: box.maxX - 1)
        return box.inset(columns: 1, rows: 1)
    }

    /// A box-drawing frame around an overlay.
    static func border(_ box: Rect, style: Style, into grid: inout Grid) {
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        grid.put("┌" + horizontal + "┐", column: box.x, row: box.y, style: style)
        grid.put("└" + horizontal + "┘", column: box.x, row: box.maxY - 1, style: style)
        for row in (box.y + 1)..<(box.maxY - 1) {
            grid.put("│", column: box.x, row: row, style: style)
            grid.put("│", column: box.maxX - 1, row: row, style: style)
        }
    }
}
