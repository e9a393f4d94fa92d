/// A rectangle of cells: origin column and row plus size.
public struct Rect: Hashable, Sendable {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// One past the right column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at (column, row) lies inside.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The top `rows` rows (clamped) and the rest below them.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: r), Rect(x: x, y: y + r, width: width, height: height - r))
    }

    /// The bottom `rows` rows (clamped) and the rest above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - r), Rect(x: x, y: maxY - r, width: width, height: r))
    }

    /// Columns side by side with the given widths separated by `gap` columns; widths must fit.
    public func columns(widths: [Int], gap: Int) -> [Rect] {
        var left = x
        return widths.map { w in
            defer { left += w + gap }
            return Rect(x: left, y: y, width: w, height: height)
        }
    }

    /// The rectangle shrunk by `columns` on the left and right and `rows` on top and bottom.
    public func inset(columns: Int, rows: Int = 0) -> Rect {
        Rect(x: x + columns, y: y + rows, width: width - 2 * columns, height: height - 2 * rows)
    }

    /// A `width`×`height` rectangle centred in this one (clamped to fit).
    public func centred(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

/// Proportional division of a length into parts, the arithmetic behind pane widths.
public enum Proportion {
    /// Splits `total` into parts proportional to `weights`, then lifts parts below `minimum` at the largest parts' expense.
    ///
    /// The parts always sum to `total` (rounding remainders go to the leftmost
    /// parts); weights equal to the current widths reproduce those widths exactly.
    /// When `total` cannot give every part `minimum`, the parts are as even as possible.
    public static func split(_ total: Int, weights: [Int], minimum: Int) -> [Int] {
        let n = weights.count
        guard n > 0, total > 0 else { return weights.map { _ in 0 } }
        let clean = weights.map { max(1, $0) }
        let sum = clean.reduce(0, +)
        var parts = clean.map { total * $0 / sum }
        var remainder = total - parts.reduce(0, +)
        var i = 0
        while remainder > 0 {
            parts[i % n] += 1
            remainder -= 1
            i += 1
        }
        let floor = min(minimum, total / n)
        for j in parts.indices where parts[j] < floor {
            var deficit = floor - parts[j]
            parts[j] = floor
            while deficit > 0, let k = parts.indices.filter({ parts[$0] > floor }).max(by: { parts[$0] < parts[$1] }) {
                parts[k] -= 1
                deficit -= 1
            }
        }
        return parts
    }
}
