/// A screen's worth of cells: what views paint and what the backend flushes.
///
/// Writes are clipped to the grid and never split a wide character: a wide
/// character that would straddle the right edge of the write area becomes a
/// space. Control characters are replaced by "�" on the way in, so nothing a
/// document contains can reach the terminal as a control sequence.
public struct Grid: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    /// A blank grid (sizes below zero are treated as zero).
    public init(width: Int, height: Int, fill: Cell = .blank()) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (column, row); callers stay in bounds.
    public subscript(column: Int, row: Int) -> Cell {
        cells[row * width + column]
    }

    /// Fills `rect` (clipped) with blank cells in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, character: Character = " ") {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(character, width: 1, style: style)
        for row in y0..<y1 {
            // Like `put`, never leave half of a wide character cut by either edge (an overlay over wide text would).
            let first = row * width + x0, last = row * width + x1 - 1
            if cells[first].isContinuation, x0 > 0 { cells[first - 1] = .blank(cells[first - 1].style) }
            if cells[last].width == 2, x1 < width { cells[last + 1] = .blank(cells[last + 1].style) }
            for column in x0..<x1 { cells[row * width + column] = cell }
        }
    }

    /// Writes `text` at (column, row) in `style`, stopping at `limit` (default: the right edge); returns the next column.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, column: Int, row: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(width, limit ?? width)
        var x = column
        for character in text {
            if x >= end { break }
            let (shown, w) = Grid.printable(character)
            if w == 0 { continue }
            if x < 0 { x += w; continue }
            if x + w > end {
                // A wide character that does not fit: pad, never split it.
                set(Cell(" ", width: 1, style: style), column: x, row: row)
                x += 1
                break
            }
            set(Cell(shown, width: UInt8(w), style: style), column: x, row: row)
            if w == 2 { set(.continuation(style), column: x + 1, row: row) }
            x += w
        }
        return x
    }

    /// Restyles the cells of `rect` (clipped), keeping their characters.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for column in x0..<x1 { cells[row * width + column].style = transform(cells[row * width + column].style) }
        }
    }

    /// Stores a cell, repairing a wide character whose half it overwrites.
    private mutating func set(_ cell: Cell, column: Int, row: Int) {
        let i = row * width + column
        if cells[i].isContinuation, column > 0 { cells[i - 1] = .blank(cells[i - 1].style) }
        if cells[i].width == 2, column + 1 < width { cells[i + 1] = .blank(cells[i + 1].style) }
        cells[i] = cell
    }

    /// The character to draw for `character` and its width; controls become "�".
    static func printable(_ character: Character) -> (Character, Int) {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? (character, 1) : ("�", 1)
        }
        guard let first = character.unicodeScalars.first else { return (character, 0) }
        let v = first.value
        // Only control scalars are replaced: "e" + U+0301 starts with an ASCII letter and is fine.
        if v < 0x20 || (0x7F..<0xA0).contains(v) || v == 0x2028 || v == 0x2029 { return ("�", 1) }
        return (character, DisplayWidth.of(character))
    }
}
