import ReaderCore
import TerminalCore
import Testing

/// Every terminal size from 1x1 to 500x200, in one session resized through them and in fresh
/// sessions: the grid always has the terminal's size, a screen below the minimum says so, one at or
/// above it shows the panes, and the layout after a run of sizes is the layout of a fresh start.
@Suite struct SizeSweepTests {
    /// The smallest screen with two panes (16 + 1 + 16 columns; a text row, the status row, the message row).
    static let minimum = (columns: 33, rows: 3)

    /// Sizes from 1x1 to 500x200: every size up to 40x8 (where the minimum lies), then widths and
    /// heights in steps up to 500 and 200, and the largest corner.
    static let sizes: [(Int, Int)] = {
        var sizes: [(Int, Int)] = []
        for columns in 1...40 { for rows in 1...8 { sizes.append((columns, rows)) } }
        for columns in stride(from: 41, through: 500, by: 27) { sizes.append((columns, 24)) }
        for rows in stride(from: 9, through: 200, by: 11) { sizes.append((80, rows)) }
        sizes += [(500, 1), (1, 200), (500, 200)]
        return sizes
    }()

    /// What a screen of this size must show.
    static func problems(_ r: Reader, _ columns: Int, _ rows: Int) -> [String] {
        var found: [String] = []
        if r.grid.width != columns || r.grid.height != rows { found.append("grid \(r.grid.width)x\(r.grid.height)") }
        let tooSmall = columns < minimum.columns || rows < minimum.rows
        if r.state.screen.isTooSmall != tooSmall { found.append("isTooSmall \(r.state.screen.isTooSmall)") }
        if tooSmall {
            // As much of the notice as fits: its first letters at least.
            let notice = "terminal too small"
            if !r.text.contains(String(notice.prefix(min(columns, notice.count)))) && !r.text.contains("terminal") {
                found.append("no notice: \(r.text.debugDescription)")
            }
        } else if !r.statusRow(r.state.focus).hasPrefix("▶ ") {
            found.append("no focused status row: \(r.rows)")
        }
        return found
    }

    @Test func oneSessionResizedThroughEverySize() {
        var r = Reader()
        for (columns, rows) in Self.sizes {
            r.type("<Resize:\(columns)x\(rows)>")
            let found = Self.problems(r, columns, rows)
            #expect(found.isEmpty, "\(columns)x\(rows): \(found)")
        }
        // Back at 80x24 after 500 sizes, it is the screen a fresh session starts with.
        r.type("<Resize:80x24>")
        #expect(r.text == Reader().text)
    }

    @Test func freshSessionsAtEverySizeTakeKeys() {
        // Fresh sessions cost a layout each, so a sample: both sides of the minimum, and the large corners.
        let sample = [1, 10, 32, 33, 40].flatMap { c in [1, 3, 8].map { (c, $0) } } + [(80, 24), (500, 200)]
        for (columns, rows) in sample {
            var r = Reader(columns, rows)
            #expect(Self.problems(r, columns, rows).isEmpty, "\(columns)x\(rows) at start: \(Self.problems(r, columns, rows))")
            // Keys that open things (a note, the picker, help, search) must not break a screen of any size.
            r.type("]<Enter>G<Esc>s<Esc>?<Esc>/Sato<Enter>k<Tab>")
            #expect(Self.problems(r, columns, rows).isEmpty, "\(columns)x\(rows) after keys: \(Self.problems(r, columns, rows))")
        }
    }
}
