import ReaderCore
import TerminalCore
import Testing

/// Screens too small for the panes: a notice instead of a broken layout, and nothing crashes.
@Suite struct SmallTerminalTests {
    @Test func tooNarrowForTwoPanesSaysWhatItNeeds() {
        // Two panes need 16 + 1 + 16 columns.
        let r = Reader(20, 10)
        #expect(r.state.screen.isTooSmall)
        #expect(r.text.contains("terminal too small"))
        #expect(r.text.contains("need 33x3"))
        #expect(r.text.contains("have 20x10"))
    }

    @Test func tooShortSaysSoToo() {
        let r = Reader(80, 2)
        #expect(r.text.contains("terminal too small"))
        #expect(r.text.contains("need 33x3"))
    }

    @Test func theSmallestWorkingScreenShowsPanes() {
        let r = Reader(33, 3)
        #expect(!r.state.screen.isTooSmall)
        #expect(!r.text.contains("too small"))
        #expect(r.statusRow(0).hasPrefix("▶ "))
    }

    @Test(arguments: [(1, 1), (0, 0), (1, 0), (0, 1), (2, 2), (5, 1), (1, 5), (32, 3), (33, 2)])
    func tinyScreensRenderWithoutCrashing(columns: Int, rows: Int) {
        var r = Reader(columns, rows)
        #expect(r.grid.width == columns)
        #expect(r.grid.height == rows)
        // Every key still goes through the state without a crash, and the grid keeps its size.
        r.type("jG<Space>k<Tab>x>s<Esc>o086<Enter>z?q<Click:0,0><WheelDown:0,0>")
        #expect(r.grid.width == columns)
        #expect(r.grid.height == rows)
    }

    @Test func oneByOneShowsOneCharacterOfTheNotice() {
        let r = Reader(1, 1)
        #expect(r.text.count == 1)
        #expect(r.text != " ")
    }

    @Test func aTenColumnTerminalStillSaysWhatIsWrong() {
        let r = Reader(10, 6)
        #expect(r.text.contains("terminal"))
        #expect(r.text.contains("too small"))
    }

    @Test func growingAgainRestoresThePanes() {
        var r = Reader()
        r.type("<Space><Tab>jj")
        let before = r.text
        r.type("<Resize:10x4>")
        #expect(r.text.contains("too smal") || r.text.contains("terminal"))
        r.type("<Resize:80x24>")
        #expect(r.text == before)
    }

    @Test func keysInATooSmallScreenGiveNoPaneErrors() {
        var r = Reader(20, 10)
        r.type("<lt>")
        #expect(r.state.message == Message("terminal too small", isError: true))
    }
}
