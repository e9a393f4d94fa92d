import Testing
@testable import TerminalCore

/// Writing into a grid: clipping, wide characters kept whole, controls neutralised.
@Suite struct GridTests {
    /// Row `row` as text, continuation cells skipped, trailing spaces kept.
    private func row(_ g: Grid, _ row: Int) -> String {
        String((0..<g.width).filter { !g[$0, row].isContinuation }.map { g[$0, row].character })
    }

    /// Every wide cell is followed by a continuation and every continuation follows a wide cell.
    private func wideCellsArePaired(_ g: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        for r in 0..<g.height {
            for c in 0..<g.width {
                if g[c, r].width == 2 {
                    #expect(c + 1 < g.width && g[c + 1, r].isContinuation, "wide cell at \(c),\(r) lacks its right half", sourceLocation: sourceLocation)
                }
                if g[c, r].isContinuation {
                    #expect(c > 0 && g[c - 1, r].width == 2, "orphaned right half at \(c),\(r)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func aNewGridIsBlankAndClampsNegativeSizes() {
        let g = Grid(width: 3, height: 2)
        #expect(g.cells.count == 6)
        #expect(g.cells.allSatisfy { $0 == .blank() })
        let empty = Grid(width: -4, height: 5)
        #expect(empty.width == 0)
        #expect(empty.cells.isEmpty)
    }

    @Test func putReturnsTheNextColumn() {
        var g = Grid(width: 10, height: 1)
        #expect(g.put("abc", column: 2, row: 0) == 5)
        #expect(g.put("日本", column: 5, row: 0) == 9)
        #expect(row(g, 0) == "  abc日本 ")
    }

    @Test func putClipsAtTheRightEdgeAndAtALimit() {
        var g = Grid(width: 5, height: 2)
        g.put("abcdefgh", column: 2, row: 0)
        #expect(row(g, 0) == "  abc")
        g.put("wxyz", column: 0, row: 1, limit: 2)
        #expect(row(g, 1) == "wx   ")
    }

    @Test func putSkipsWhatLiesLeftOfColumnZero() {
        var g = Grid(width: 5, height: 1)
        #expect(g.put("abcdef", column: -2, row: 0) == 4)
        #expect(row(g, 0) == "cdef ")
        var wide = Grid(width: 5, height: 1)
        // A wide character straddling column 0 is dropped whole; the text continues after it.
        wide.put("日x", column: -1, row: 0)
        #expect(row(wide, 0) == " x   ")
        wideCellsArePaired(wide)
    }

    @Test func rowsOutsideTheGridAreIgnored() {
        var g = Grid(width: 3, height: 1)
        #expect(g.put("abc", column: 0, row: 1) == 0)
        #expect(g.put("abc", column: 0, row: -1) == 0)
        #expect(g == Grid(width: 3, height: 1))
    }

    @Test func aWideCharacterAtTheEdgeBecomesASpace() {
        var g = Grid(width: 5, height: 1, fill: Cell("."))
        g.put("abcd日", column: 0, row: 0)
        #expect(row(g, 0) == "abcd ")
        wideCellsArePaired(g)
        var limited = Grid(width: 6, height: 1, fill: Cell("."))
        limited.put("a日", column: 0, row: 0, limit: 2)
        #expect(row(limited, 0) == "a ....")
    }

    @Test func aWideCharacterTakesTwoCells() {
        var g = Grid(width: 4, height: 1)
        g.put("日", column: 1, row: 0, style: Style(.bold))
        #expect(g[1, 0].width == 2)
        #expect(g[2, 0].isContinuation)
        #expect(g[2, 0].style == Style(.bold))
        wideCellsArePaired(g)
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var g = Grid(width: 4, height: 1)
        g.put("日", column: 0, row: 0)
        g.put("x", column: 1, row: 0)
        #expect(row(g, 0) == " x  ")
        wideCellsArePaired(g)
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var g = Grid(width: 4, height: 1)
        g.put("日", column: 1, row: 0)
        g.put("x", column: 1, row: 0)
        #expect(row(g, 0) == " x  ")
        #expect(!g[2, 0].isContinuation)
        wideCellsArePaired(g)
    }

    @Test func aWideCharacterOverTwoWideCharactersRepairsBoth() {
        var g = Grid(width: 6, height: 1)
        g.put("日本", column: 0, row: 0)
        g.put("語", column: 1, row: 0)
        #expect(row(g, 0) == " 語   ")
        wideCellsArePaired(g)
    }

    @Test(arguments: ["\u{07}", "\u{1B}", "\n", "\t", "\u{7F}", "\u{85}", "\u{9B}", "\u{2028}", "\u{2029}"])
    func controlCharactersBecomeReplacementCharacters(control: String) {
        var g = Grid(width: 5, height: 1)
        let next = g.put("a" + control + "b", column: 0, row: 0)
        #expect(row(g, 0) == "a�b  ")
        #expect(next == 3)
    }

    @Test func lettersWithCombiningMarksAreKept() {
        var g = Grid(width: 4, height: 1)
        g.put("e\u{301}x", column: 0, row: 0)
        #expect(g[0, 0].character == Character("e\u{301}"))
        #expect(row(g, 0) == "e\u{301}x  ")
    }

    @Test func scriptsTakeTheirDisplayWidthInCells() {
        // Cyrillic with a stress mark, superscript markers, decomposed Latin and CJK, side by side.
        var g = Grid(width: 20, height: 1)
        let next = g.put("Пра\u{301}вда¹² Vie\u{323}\u{302}t日本", column: 0, row: 0)
        #expect(next == 6 + 2 + 1 + 4 + 4)
        #expect(g.rowTexts() == ["Пра\u{301}вда¹² Vie\u{323}\u{302}t日本"])
        wideCellsArePaired(g)
    }

    @Test func zeroWidthCharactersTakeNoCell() {
        var g = Grid(width: 4, height: 1)
        #expect(g.put("a\u{200B}b", column: 0, row: 0) == 2)
        #expect(row(g, 0) == "ab  ")
    }

    @Test func fillIsClippedAndStyled() {
        var g = Grid(width: 4, height: 3)
        g.put("abcd", column: 0, row: 1)
        g.fill(Rect(x: 2, y: 1, width: 10, height: 10), style: Style(.reverse))
        #expect(row(g, 1) == "ab  ")
        #expect(g[3, 2].style == Style(.reverse))
        #expect(g[1, 1].style == .plain)
        #expect(g[3, 0].style == .plain)
        g.fill(Rect(x: -5, y: -5, width: 2, height: 2))  // entirely outside: nothing
        #expect(row(g, 0) == "    ")
    }

    @Test func fillAcrossHalfAWideCharacterRepairsTheOtherHalf() {
        // An overlay (the picker, help) filled over text must not leave half of a wide character behind.
        var g = Grid(width: 6, height: 2)
        g.put("日本語", column: 0, row: 0)
        g.put("日本語", column: 0, row: 1)
        g.fill(Rect(x: 1, y: 0, width: 2, height: 1))  // starts on a right half, ends on a left half
        g.fill(Rect(x: 3, y: 1, width: 3, height: 1))  // starts on a right half
        wideCellsArePaired(g)
        #expect(row(g, 0) == "    語")
        #expect(row(g, 1) == "日    ")
    }

    @Test func restyleKeepsCharacters() {
        var g = Grid(width: 3, height: 1)
        g.put("abc", column: 0, row: 0, style: Style(.bold))
        g.restyle(Rect(x: 1, y: 0, width: 5, height: 1)) { style in
            var s = style
            s.attributes.insert(.reverse)
            return s
        }
        #expect(row(g, 0) == "abc")
        #expect(g[0, 0].style == Style(.bold))
        #expect(g[2, 0].style == Style([.bold, .reverse]))
    }
}
