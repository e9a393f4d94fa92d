import Corpus
import TerminalCore

/// Paints the whole screen from the state: panes, status rows, the message row and any overlay.
public struct ReaderView {
    /// The state to show.
    public let state: ReaderState
    /// The corpus, key map and layouts.
    public let context: ReaderContext
    /// The palette.
    public let theme: Theme

    /// Creates a view.
    public init(state: ReaderState, context: ReaderContext, theme: Theme) {
        self.state = state
        self.context = context
        self.theme = theme
    }

    /// The screen as a grid of `state.columns`×`state.rows`.
    public func render() -> Grid {
        var grid = Grid(width: state.columns, height: state.rows)
        let screen = state.screen
        guard !screen.isTooSmall else {
            TooSmallView(screen: screen).render(into: &grid)
            return grid
        }
        for i in screen.panes.indices {
            PaneView(state: state, index: i, context: context, theme: theme).render(into: &grid)
        }
        for separator in screen.separators {
            for row in separator.y..<separator.maxY { grid.put("│", column: separator.x, row: row, style: theme.separator) }
        }
        switch state.mode {
        case .reading: break
        case .help(let top): HelpView(top: top, context: context, theme: theme).render(into: &grid, area: screen.bounds.splitBottom(1).rest)
        case .picker(let picker): PickerView(picker: picker, context: context, theme: theme).render(into: &grid, area: screen.bounds.splitBottom(1).rest)
        case .actors(let picker):
            ActorPickerView(picker: picker, openDocuments: state.openDocuments, context: context, theme: theme)
                .render(into: &grid, area: screen.bounds.splitBottom(1).rest)
        case .list(let list):
            ListView(list: list, state: state, context: context, theme: theme).render(into: &grid, area: screen.bounds.splitBottom(1).rest)
        case .prompt(let prompt):
            if let completion = prompt.completion {
                PromptLine.renderCompletion(completion, theme: theme, into: &grid, row: screen.message.y - 1, width: screen.bounds.width)
            } else if let message = state.message, screen.message.y > 0 {
                // The prompt has the bottom row; what a key at the prompt says goes just above it.
                let row = Rect(x: 0, y: screen.message.y - 1, width: screen.bounds.width, height: 1)
                grid.fill(row)
                grid.put(TextWrap.truncate(message.text, width: row.width), column: 0, row: row.y, style: message.isError ? theme.error : .plain)
            }
        case .mark:
            break
        }
        MessageLine(state: state, theme: theme).render(into: &grid, area: screen.message)
        return grid
    }
}

/// "terminal too small", centred, for screens that cannot hold the layout; safe down to 1x1.
struct TooSmallView {
    let screen: ScreenLayout

    func render(into grid: inout Grid) {
        let need = "need \(screen.required.columns)x\(screen.required.rows)"
        // Wrapped rather than clipped, so even a 10-column terminal says what is wrong.
        let lines = ["terminal too small", need, "have \(grid.width)x\(grid.height)"]
            .flatMap { TextWrap.wrap($0, width: grid.width) }
        let shown = Array(lines.prefix(grid.height))
        let top = max(0, (grid.height - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            grid.put(line, column: max(0, (grid.width - DisplayWidth.of(line)) / 2), row: top + i, style: Style(.bold))
        }
    }
}
