import Corpus
import ReaderCore
import TerminalCore
import Testing

/// Every jump records where the pane came from: Ctrl-O, Backspace or H go back, L or Ctrl-R forward again.
@Suite struct JumpListTests {
    private var note27: Int { Seeds.marker(in: Seeds.thesis, label: "27", citing: "SRH-078") }

    /// The thesis at note 27 beside SRH-078 scrolled a little (so "back" has a non-trivial place to restore).
    private func followedNote27() -> (Reader, before: [Anchor]) {
        var r = Reader(100, 30, at: [("002", line: Seeds.line(of: note27, in: Seeds.thesis)), ("SRH-078", line: 1)])
        r.type("<Tab>jjj<Tab>")
        let before = r.state.panes.map(\.anchor)
        r.selectMarker(note27)
        r.type("<Enter><Enter>")
        return (r, before)
    }

    @Test(arguments: ["<C-o>", "<BS>", "H"])
    func backRestoresTheExactTopLineAndFocus(key: String) {
        var (r, before) = followedNote27()
        #expect(r.state.focus == 1)
        #expect(r.statusRow(1).contains("p. 4 of 13"))
        r.type(key)
        #expect(r.state.panes[1].anchor == before[1], "the other pane is back at its exact top line")
        #expect(r.state.panes[1].citedPages == nil)
        #expect(r.state.focus == 0, "focus returns to the pane the note was read in")
        #expect(r.state.panes[0].strip != nil, "with its note still open")
    }

    @Test(arguments: ["L", "<C-r>"])
    func forwardReturnsAgain(key: String) {
        var (r, _) = followedNote27()
        let there = r.state.panes[1].anchor
        r.type("<C-o>" + key)
        #expect(r.state.panes[1].anchor == there)
        #expect(r.state.panes[1].citedPages == 4...4)
        #expect(r.state.focus == 1)
        r.type("<C-o>")
        #expect(r.state.focus == 0)
    }

    @Test func goingBackMarksTheLineLeftFromUntilTheNextKey() throws {
        var (r, _) = followedNote27()
        r.type("<C-o>")
        let text = r.state.screen.panes[0].text
        let margin = text.x - 1
        let row = try #require((text.y..<text.maxY).first { r.grid[margin, $0].character == "▸" }, "no line marked")
        #expect(r.rows[row].contains("²⁷"), "the marked line is the marker's: \(r.rows[row])")
        r.type("<Esc>")
        #expect(!(text.y..<text.maxY).contains { r.grid[margin, $0].character == "▸" }, "the mark goes at the next key")
    }

    @Test func nothingToGoBackToSaysSo() {
        var r = Reader(80, 24)
        let before = r.state
        r.type("<C-o>")
        #expect(r.messageRow.contains("nothing to go back to"))
        #expect(r.state.panes == before.panes)
    }

    @Test func aNewJumpAfterGoingBackDropsTheForwardPlaces() {
        var (r, _) = followedNote27()
        r.type("<C-o><Esc>")
        r.selectMarker(Seeds.marker(in: Seeds.thesis, label: "28", citing: "SRH-078"))
        r.type("<Enter><Enter>")
        #expect(r.statusRow(1).contains("p. 5 of 13"))
        r.type("L")
        #expect(r.messageRow.contains("nothing to go forward to"))
    }

    @Test func backPastASplitOffPaneClosesIt() {
        var r = Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078", beside: nil)
        r.type("<Enter><Enter>")
        #expect(r.state.panes.count == 2)
        r.type("<C-o>")
        #expect(r.state.panes.count == 1)
        #expect(r.state.focus == 0)
        #expect(r.state.panes[0].strip != nil)
    }

    @Test func theIndexCardAndPassageChainUnwindsStepByStep() {
        var r = Reader(100, 30)
        let thesisTop = r.state.panes[0].anchor
        r.type("i197715<Enter>")
        #expect(r.state.panes[0].content == .card("H-197715"))
        r.type("jjj<Enter>")
        #expect(r.state.panes[0].document == Seeds.srh086)
        r.type("<C-o>")
        #expect(r.state.panes[0].content == .card("H-197715"))
        r.type("<C-o>")
        #expect(r.state.panes[0].content == .citationIndex)
        #expect(r.state.panes[0].filter == "197715", "the index comes back narrowed as it was")
        r.type("<C-o>")
        #expect(r.state.panes[0].document == Seeds.thesis)
        #expect(r.state.panes[0].anchor == thesisTop)
        // In the index L would narrow it, so Ctrl-R is the forward key that works everywhere.
        r.type("<C-r><C-r><C-r>")
        #expect(r.state.panes[0].document == Seeds.srh086)
    }

    @Test func thePickerIsAJumpToo() {
        var r = Reader(80, 24)
        r.type("<Space>")
        let anchor = r.state.panes[0].anchor
        r.type("oSRH-086<Enter>")
        #expect(r.state.panes[0].document == Seeds.srh086)
        r.type("<C-o>")
        #expect(r.state.panes[0].document == Seeds.thesis)
        #expect(r.state.panes[0].anchor == anchor)
    }

    @Test func theListKeepsAtMostItsCapacity() {
        var list = JumpList()
        for i in 0..<(JumpList.capacity + 20) { list.record(Place(content: .document(0), anchor: Anchor(block: i, offset: 0))) }
        #expect(list.back.count == JumpList.capacity)
        #expect(list.back.first?.place.anchor.block == 20, "the oldest places go first")
    }
}

/// Forward redoes the steps back in the order they were taken, whichever pane they were in.
@Suite struct ForwardOrderTests {
    @Test func forwardRedoesTheLastStepBackFirst() {
        // Follow note 27 (SRH-078 to p. 4), then a note of SRH-078 (its card into the thesis pane); back twice, forward once.
        var r = Reader(100, 30, at: [("002", line: Seeds.line(of: Seeds.marker(in: Seeds.thesis, label: "27", citing: "SRH-078"), in: Seeds.thesis)), ("SRH-078", line: 1)])
        r.selectMarker(Seeds.marker(in: Seeds.thesis, label: "27", citing: "SRH-078"))
        r.type("<Enter><Enter>]<Enter><Enter>")
        #expect(r.state.panes[0].content != .document(Seeds.thesis), "the second follow put a card in the thesis pane")
        r.type("<C-o><C-o>")
        #expect(r.state.panes[0].document == Seeds.thesis)
        #expect(r.statusRow(1).contains("p. 0 of 13"))
        r.type("L")
        #expect(r.statusRow(1).contains("p. 4 of 13"), "the last step back is redone first")
        #expect(r.state.panes[0].document == Seeds.thesis)
        r.type("L")
        #expect(r.state.panes[0].document == nil, "then the one before")
    }

    @Test func aNewJumpEndsTheWayForward() {
        var r = Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078")
        r.type("<Enter><Enter><C-o>")
        r.type("<Esc>i<C-r>")
        #expect(r.messageRow.contains("nothing to go forward to"))
        #expect(r.state.focus == 0)
    }

    @Test func forwardReopensAPaneThatGoingBackClosed() {
        var r = Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078", beside: nil)
        r.type("<Enter><Enter><C-o>")
        #expect(r.state.panes.count == 1)
        r.type("L")
        #expect(r.state.panes.count == 2)
        #expect(r.statusRow(1).contains("p. 4 of 13"))
        #expect(r.state.focus == 1)
        r.type("<C-o>")
        #expect(r.state.panes.count == 1, "and back closes it again")
    }
}

extension FollowModeTests {
    @Test func followingANoteByHandTurnsFollowModeOff() {
        var r = Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078")
        r.type("F<Enter>}<Enter>")
        #expect(r.statusRow(1).contains("p. 5 of 13"), "the user's own jump is kept")
        #expect(r.state.follow == nil)
    }

    @Test func scrollingTheOtherPaneBeforeFollowModeMovesItTurnsItOff() {
        var r = Reader(100, 20, at: [("002", line: 820), ("SRH-078", line: 1)])
        r.type("F<Tab>jjjjj<Tab>")
        #expect(r.state.follow == nil)
        let shown = r.state.panes[1].anchor
        r.type("fffff")
        #expect(r.state.panes[1].anchor == shown)
    }
}
