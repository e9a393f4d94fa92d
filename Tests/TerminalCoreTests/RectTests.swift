import Testing
import TerminalCore

/// Rectangle arithmetic used by the screen layout.
@Suite struct RectTests {
    let r = Rect(x: 2, y: 3, width: 10, height: 5)

    @Test func edgesAndEmptiness() {
        #expect(r.maxX == 12)
        #expect(r.maxY == 8)
        #expect(!r.isEmpty)
        #expect(Rect(x: 0, y: 0, width: 0, height: 4).isEmpty)
        #expect(Rect(x: 0, y: 0, width: 4, height: 0).isEmpty)
    }

    @Test func negativeSizesClampToZero() {
        let bad = Rect(x: 1, y: 1, width: -3, height: -1)
        #expect(bad.width == 0 && bad.height == 0)
        #expect(bad.isEmpty)
    }

    @Test func containsIsHalfOpen() {
        #expect(r.contains(column: 2, row: 3))
        #expect(r.contains(column: 11, row: 7))
        #expect(!r.contains(column: 12, row: 7))
        #expect(!r.contains(column: 11, row: 8))
        #expect(!r.contains(column: 1, row: 3))
    }

    @Test func splitTopAndBottomClamp() {
        #expect(r.splitTop(2) == (Rect(x: 2, y: 3, width: 10, height: 2), Rect(x: 2, y: 5, width: 10, height: 3)))
        #expect(r.splitBottom(1) == (Rect(x: 2, y: 3, width: 10, height: 4), Rect(x: 2, y: 7, width: 10, height: 1)))
        #expect(r.splitTop(99).rest.isEmpty)
        #expect(r.splitTop(99).top == r)
        #expect(r.splitBottom(-1).bottom.isEmpty)
        #expect(r.splitBottom(-1).rest == r)
        let empty = Rect(x: 0, y: 0, width: 5, height: 0)
        #expect(empty.splitBottom(1).bottom.height == 0)
    }

    @Test func columnsLeaveGaps() {
        let cols = Rect(x: 0, y: 1, width: 80, height: 22).columns(widths: [40, 39], gap: 1)
        #expect(cols == [Rect(x: 0, y: 1, width: 40, height: 22), Rect(x: 41, y: 1, width: 39, height: 22)])
        #expect(cols.last!.maxX == 80)
    }

    @Test func insetShrinksBothSidesAndClamps() {
        #expect(r.inset(columns: 1) == Rect(x: 3, y: 3, width: 8, height: 5))
        #expect(r.inset(columns: 1, rows: 1) == Rect(x: 3, y: 4, width: 8, height: 3))
        #expect(r.inset(columns: 6).isEmpty)
    }

    @Test func centredFitsInside() {
        #expect(r.centred(width: 4, height: 1) == Rect(x: 5, y: 5, width: 4, height: 1))
        #expect(r.centred(width: 100, height: 100) == r)
        let odd = Rect(x: 0, y: 0, width: 5, height: 5).centred(width: 2, height: 2)
        #expect(odd == Rect(x: 1, y: 1, width: 2, height: 2))
    }
}
