import ReaderCore
import TerminalCore
import Testing

/// Adding, closing and sizing panes.
@Suite struct PaneTests {
    /// The frame widths of the panes on screen.
    private func widths(_ r: Reader) -> [Int] { r.state.screen.panes.map(\.frame.width) }

    @Test func splitOpensThePickerThenAddsAFocusedPaneToTheRight() {
        var r = Reader()
        r.type("s")
        guard case .picker(let p) = r.state.mode else { Issue.record("s did not open the picker"); return }
        #expect(p.purpose == .split)
        #expect(r.text.contains("Open in a new pane"))
        r.type("086<Enter>")
        #expect(r.state.panes.map(\.document) == [Seeds.thesis, Seeds.srh086, Seeds.srh078])
        #expect(r.state.focus == 1)
        #expect(r.state.mode == .reading)
        #expect(r.statusRow(1).hasPrefix("▶ PSIS 40"))
        #expect(r.statusRow(1).contains("p. 0 of 20"))
        #expect(widths(r) == [26, 26, 26])
    }

    @Test(arguments: ["s", "<C-w>v", "<C-w>s"])
    func splitKeys(key: String) {
        var r = Reader()
        r.type("<Tab>" + key + "3039<Enter>")
        #expect(r.state.panes.map(\.document) == [Seeds.thesis, Seeds.srh078, Seeds.oss])
        #expect(r.state.focus == 2)
    }

    @Test func escAfterSplitAddsNothing() {
        var r = Reader()
        r.type("s<Esc>")
        #expect(r.state.panes.count == 2)
    }

    @Test func fourPanesIsTheMost() {
        var r = Reader(120, 30)
        r.type("s086<Enter>s3039<Enter>")
        #expect(r.state.panes.count == 4)
        r.type("s")
        #expect(r.state.mode == .reading)
        #expect(r.state.panes.count == 4)
        #expect(r.state.message == Message("at most 4 panes side by side", isError: true))
        #expect(r.messageRow == "at most 4 panes side by side")
    }

    @Test func splitRefusesWhenTheNewPaneWouldNotFit() {
        var r = Reader(40, 12)
        r.type("s")
        #expect(r.state.mode == .reading)
        #expect(r.state.message == Message("too narrow for another pane: 3 panes need 50 columns", isError: true))
        #expect(r.messageRow.hasPrefix("too narrow for another pane"))
    }

    @Test(arguments: ["x", "<C-w>c", "<C-w>q"])
    func closeRemovesTheFocusedPane(key: String) {
        var r = Reader()
        r.type("<Tab>" + key)
        #expect(r.state.panes.map(\.document) == [Seeds.thesis])
        #expect(r.state.focus == 0)
        #expect(widths(r) == [80])
    }

    @Test func theLastPaneStaysOpen() {
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        r.type("x")
        #expect(r.state.panes.count == 1)
        #expect(r.state.message == Message("the last pane stays open; q quits", isError: true))
        #expect(r.messageRow == "the last pane stays open; q quits")
    }

    @Test func closingTheMiddlePaneFocusesItsRightNeighbour() {
        var r = Reader(120, 30, documents: [("002", nil), ("SRH-078", nil), ("SRH-086", nil)])
        r.type("<Tab>x")
        #expect(r.state.panes.map(\.document) == [Seeds.thesis, Seeds.srh086])
        #expect(r.state.focus == 1)
    }

    @Test func widenAndNarrowMoveTheEdgeByTheStep() {
        // 80 columns: two panes of 40 and 39 around a separator; the step is 80 / 20 = 4.
        var r = Reader()
        #expect(widths(r) == [40, 39])
        r.type(">")
        #expect(widths(r) == [44, 35])
        r.type("<lt><lt>")
        #expect(widths(r) == [36, 43])
        r.type("<Tab><C-w>>")
        #expect(widths(r) == [32, 47])
        r.type("<C-w><lt>")
        #expect(widths(r) == [36, 43])
    }

    @Test func equaliseRestoresEvenWidths() {
        var r = Reader()
        r.type(">>>")
        #expect(widths(r) != [40, 39])
        r.type("=")
        #expect(widths(r) == [40, 39])
        #expect(r.state.panes.allSatisfy { $0.weight == Pane.defaultWeight })
        r.type("<lt><C-w>=")
        #expect(widths(r) == [40, 39])
    }

    @Test func panesNeverShrinkBelowTheMinimum() {
        var r = Reader()
        r.type(String(repeating: "<lt>", count: 30))
        #expect(widths(r) == [ScreenLayout.minimumPaneColumns, 79 - ScreenLayout.minimumPaneColumns])
        r.type(String(repeating: ">", count: 30))
        #expect(widths(r) == [79 - ScreenLayout.minimumPaneColumns, ScreenLayout.minimumPaneColumns])
    }

    @Test func widthsSurviveAResizeInProportion() {
        var r = Reader()
        r.type(">>>>")
        let before = widths(r)
        r.type("<Resize:160x24>")
        let after = widths(r)
        #expect(after.reduce(0, +) == 159)
        #expect(after[0] > after[1])
        r.type("<Resize:80x24>")
        #expect(widths(r) == before)
    }

    @Test func oneFullWidthPaneCannotBeResized() {
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        r.type(">")
        #expect(r.state.message == Message("one pane fills the screen", isError: true))
        #expect(widths(r) == [80])
    }

    @Test func separatorsRunDownBetweenPanes() {
        let r = Reader()
        let g = r.grid
        let text = r.state.screen.panes[0].text
        for row in text.y..<text.maxY { #expect(g[40, row].character == "│") }
    }
}
