import TerminalCore

/// The screen divided: panes side by side (text above a status row), separators, and the message row.
public struct ScreenLayout: Hashable, Sendable {
    /// One pane's areas.
    public struct PaneFrame: Hashable, Sendable {
        /// The whole pane (text and status).
        public var frame: Rect
        /// Where text is drawn, inside a one-column margin on each side.
        public var text: Rect
        /// The status row.
        public var status: Rect
    }

    /// The panes' areas, left to right; empty when the terminal is too small.
    public let panes: [PaneFrame]
    /// Separator columns between panes (text rows only).
    public let separators: [Rect]
    /// The bottom row.
    public let message: Rect
    /// The least columns and rows this layout needs.
    public let required: Size
    /// The whole screen.
    public let bounds: Rect

    /// Columns a pane needs at least (its text is 2 less: the margins).
    public static let minimumPaneColumns = 16
    /// Rows needed: one text row, the status row and the message row.
    public static let minimumRows = 3

    /// Lays out `weights.count` panes on a `columns`×`rows` screen.
    public init(columns: Int, rows: Int, weights: [Int]) {
        bounds = Rect(x: 0, y: 0, width: columns, height: rows)
        let n = max(1, weights.count)
        required = Size(columns: n * Self.minimumPaneColumns + (n - 1), rows: Self.minimumRows)
        let (body, message) = bounds.splitBottom(1)
        self.message = message
        guard columns >= required.columns, rows >= required.rows else {
            panes = []
            separators = []
            return
        }
        let widths = Proportion.split(columns - (n - 1), weights: weights, minimum: Self.minimumPaneColumns)
        let frames = body.columns(widths: widths, gap: 1)
        panes = frames.map { frame in
            let (textArea, status) = frame.splitBottom(1)
            // A margin on each side, so text never touches a separator.
            let margin = 1
            return PaneFrame(frame: frame, text: textArea.inset(columns: margin), status: status)
        }
        separators = frames.dropLast().map { Rect(x: $0.maxX, y: body.y, width: 1, height: body.height - 1) }
    }

    /// True when the terminal cannot hold the panes.
    public var isTooSmall: Bool { panes.isEmpty }

    /// The pane whose frame holds the cell, if any.
    public func pane(atColumn column: Int, row: Int) -> Int? {
        panes.firstIndex { $0.frame.contains(column: column, row: row) }
    }
}

extension ScreenLayout {
    /// A terminal size in columns and rows.
    public struct Size: Hashable, Sendable {
        /// Columns.
        public var columns: Int
        /// Rows.
        public var rows: Int
    }
}
