/// The runs of cells that differ between two grids of the same size: what the backend must write.
///
/// Keeping Swift-to-curses calls proportional to what changed; ncurses then
/// does its own optimisation (including scroll detection) in `doupdate`.
public struct GridDiff: Sendable {
    /// A horizontal run of changed cells in one row.
    public struct Run: Hashable, Sendable {
        /// Row.
        public var row: Int
        /// First column.
        public var column: Int
        /// The new cells, left to right (continuation cells included).
        public var cells: [Cell]
    }

    /// The runs to write, top to bottom, left to right.
    public let runs: [Run]
    /// True when every cell must be written (no previous grid, or its size differs).
    public let isFull: Bool

    /// Compares `new` with `old`; a missing or differently sized `old` yields one run per row.
    public init(from old: Grid?, to new: Grid) {
        guard let old, old.width == new.width, old.height == new.height else {
            isFull = true
            runs = (0..<new.height).map { row in
                Run(row: row, column: 0, cells: Array(new.cells[(row * new.width)..<((row + 1) * new.width)]))
            }
            return
        }
        isFull = false
        var runs: [Run] = []
        for row in 0..<new.height {
            var column = 0
            while column < new.width {
                guard old[column, row] != new[column, row] else { column += 1; continue }
                // A change to half of a wide character rewrites the whole character.
                var start = column
                if new[start, row].isContinuation || old[start, row].isContinuation { start = max(0, start - 1) }
                var end = column + 1
                while end < new.width, old[end, row] != new[end, row] || new[end, row].isContinuation { end += 1 }
                let base = row * new.width
                if let last = runs.last, last.row == row, last.column + last.cells.count >= start {
                    runs[runs.count - 1].cells = Array(new.cells[(base + last.column)..<(base + end)])
                } else {
                    runs.append(Run(row: row, column: start, cells: Array(new.cells[(base + start)..<(base + end)])))
                }
                column = end
            }
        }
        self.runs = runs
    }
}
