import Testing
@testable import TerminalCore

/// What the backend must rewrite between two frames.
@Suite struct GridDiffTests {
    /// A grid with the lines written from the top.
    private func grid(_ lines: [String], width: Int = 8) -> Grid {
        var g = Grid(width: width, height: lines.count)
        for (row, line) in lines.enumerated() { g.put(line, column: 0, row: row) }
        return g
    }

    /// The run's cells as text (continuations skipped).
    private func text(_ run: GridDiff.Run) -> String {
        String(run.cells.filter { !$0.isContinuation }.map(\.character))
    }

    @Test func identicalGridsNeedNothing() {
        let g = grid(["hello", "world"])
        let diff = GridDiff(from: g, to: g)
        #expect(diff.runs.isEmpty)
        #expect(!diff.isFull)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let diff = GridDiff(from: grid(["hello", "world"]), to: grid(["hello", "wOrld"]))
        #expect(diff.runs == [GridDiff.Run(row: 1, column: 1, cells: [Cell("O")])])
    }

    @Test func aStyleChangeAloneIsAChange() {
        var new = grid(["abc"])
        new.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { _ in Style(.bold) }
        let diff = GridDiff(from: grid(["abc"]), to: new)
        #expect(diff.runs.count == 1)
        #expect(diff.runs[0].column == 2)
        #expect(diff.runs[0].cells == [Cell("c", style: Style(.bold))])
    }

    @Test func adjacentChangesFormOneRunAndDistantOnesTwo() {
        let diff = GridDiff(from: grid(["abcdefgh"]), to: grid(["aXYdefgZ"]))
        #expect(diff.runs.count == 2)
        #expect(diff.runs.map(\.column) == [1, 7])
        #expect(diff.runs.map(text) == ["XY", "Z"])
    }

    @Test func aChangedWideCharacterRewritesBothCells() {
        let diff = GridDiff(from: grid(["ab日cd"]), to: grid(["ab本cd"]))
        #expect(diff.runs.count == 1)
        #expect(diff.runs[0].column == 2)
        #expect(diff.runs[0].cells.count == 2)
        #expect(diff.runs[0].cells[0].character == "本")
        #expect(diff.runs[0].cells[1].isContinuation)
    }

    @Test func aChangeToTheRightHalfOnlyStartsAtTheLeftHalf() {
        // Only the continuation cell's style differs: the run must still start at the character.
        let old = grid(["a日b"])
        var new = old
        new.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { _ in Style(.reverse) }
        let diff = GridDiff(from: old, to: new)
        #expect(diff.runs.count == 1)
        #expect(diff.runs[0].column == 1)
        #expect(diff.runs[0].cells.first?.character == "日")
    }

    @Test func replacingAWideCharacterWithNarrowOnesRewritesBothColumns() {
        let diff = GridDiff(from: grid(["日"]), to: grid(["ab"]))
        #expect(diff.runs == [GridDiff.Run(row: 0, column: 0, cells: [Cell("a"), Cell("b")])])
    }

    @Test func aSizeChangeOrNoOldGridRewritesEverything() {
        let new = grid(["abc", "def"], width: 4)
        for old in [nil, grid(["abc"], width: 4), grid(["abc", "def"], width: 5)] {
            let diff = GridDiff(from: old, to: new)
            #expect(diff.isFull)
            #expect(diff.runs.count == 2)
            #expect(diff.runs.allSatisfy { $0.column == 0 && $0.cells.count == 4 })
            #expect(diff.runs.map(\.row) == [0, 1])
        }
    }

    @Test func applyingTheRunsToTheOldGridGivesTheNewOne() {
        // The property the backend relies on: writing the runs over the old frame reproduces the new one.
        let old = grid(["the quick", "brown 日本", "fox"], width: 10)
        let new = grid(["the quack", "brawn 本日", "fix ok"], width: 10)
        var cells = old.cells
        for run in GridDiff(from: old, to: new).runs {
            for (i, cell) in run.cells.enumerated() { cells[run.row * 10 + run.column + i] = cell }
        }
        #expect(cells == new.cells)
    }
}
