import TerminalCore

/// The help screen over the panes, scrolled to `top`.
struct HelpView {
    let top: Int
    let context: ReaderContext
    let theme: Theme

    func render(into grid: inout Grid, area: Rect) {
        grid.fill(area)
        let lines = HelpText(keyMap: context.keyMap, width: area.width - 2).lines
        let start = min(top, max(0, lines.count - area.height))
        for (row, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            grid.put(line.text, column: area.x + 1, row: area.y + row, style: theme.style(line.role), limit: area.maxX)
        }
    }
}
