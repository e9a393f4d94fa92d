import Corpus
import ReaderCore
import TerminalCore
import Testing

/// F: the pane beside the focused one shows what the notes on screen cite, without stealing focus, until the user moves it.
@Suite struct FollowModeTests {
    private var note27: Int { Seeds.marker(in: Seeds.thesis, label: "27", citing: "SRH-078") }

    /// Chapter V of the thesis, a few lines above note 27, beside SRH-078 at its cover.
    private func chapterV() -> Reader {
        Reader(100, 30, at: [("002", line: Seeds.line(of: note27, in: Seeds.thesis)), ("SRH-078", line: 1)])
    }

    @Test func theOtherPaneShowsThePageTheVisibleNotesCite() {
        var r = chapterV()
        r.type("F")
        #expect(r.state.follow != nil)
        #expect(r.state.focus == 0, "follow mode never takes focus")
        #expect(r.statusRow(1).contains("p. 4 of 13"))
        #expect(r.statusRow(1).contains("following"))
        #expect(r.paneText(1).contains("power of life and death"))
    }

    @Test func scrollingOnMovesTheOtherPaneToTheNextCitedPage() {
        var r = chapterV()
        r.type("F")
        var pages: [String] = []
        for _ in 0..<12 {
            r.type("<C-d>")
            let status = r.statusRow(1)
            if let page = status.range(of: #"p\. \d+ of"#, options: .regularExpression).map({ String(status[$0]) }), pages.last != page { pages.append(page) }
        }
        #expect(pages.count >= 2, "the page followed changes as chapter V is read: \(pages)")
        #expect(r.state.focus == 0)
    }

    @Test func theSamePagesDoNotMoveTheOtherPane() {
        var r = chapterV()
        r.type("F")
        let shown = r.state.panes[1].anchor
        r.type("j")
        // Note 27 (p. 4) is still the first citing note on screen, so nothing there moves.
        #expect(r.state.panes[1].anchor == shown)
    }

    @Test func movingTheOtherPaneTurnsFollowModeOff() {
        var r = chapterV()
        r.type("F<Tab>j")
        #expect(r.state.follow == nil)
        #expect(r.messageRow.contains("follow mode off"))
        let shown = r.state.panes[1].anchor
        r.type("<Tab><C-d><C-d>")
        #expect(r.state.panes[1].anchor == shown)
    }

    @Test func fTogglesOffAndBackReturnsToBeforeFollowing() {
        var r = chapterV()
        let before = r.state.panes[1].anchor
        r.type("F")
        #expect(r.state.panes[1].anchor != before)
        r.type("F")
        #expect(r.state.follow == nil)
        r.type("<Tab><C-o>")
        #expect(r.state.panes[1].anchor == before)
    }

    @Test func withOnePaneFollowModeSplits() {
        var r = Reader(100, 30, at: [("002", line: Seeds.line(of: note27, in: Seeds.thesis))])
        r.type("F")
        #expect(r.state.panes.count == 2)
        #expect(r.state.panes[1].document == Seeds.srh078)
        #expect(r.state.focus == 0)
    }
}
