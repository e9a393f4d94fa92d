import Corpus
import ReaderCore
import TerminalCore
import Testing

/// Enter on a note's cited item opens what it names in the other pane: a page of a loaded document, or a card.
@Suite struct CrossReferenceTests {
    private func opened(_ document: Int, label: String, citing id: String, beside other: String? = "SRH-078") -> Reader {
        var r = Reader.atMarker(in: document, label: label, citing: id, beside: other)
        r.type("<Enter>")
        return r
    }

    @Test func thesisNote27OpensSRH078AtPage4InTheOtherPane() {
        var r = opened(Seeds.thesis, label: "27", citing: "SRH-078")
        r.type("<Enter>")
        #expect(r.state.panes[1].document == Seeds.srh078)
        #expect(r.state.focus == 1, "focus follows the citation")
        #expect(r.statusRow(1).contains("p. 4 of 13"))
        #expect(r.paneText(1).contains("power of life and death"))
        #expect(r.state.panes[1].citedPages == 4...4)
        // The cited page is marked in the margin left of the pane's text.
        let margin = r.state.screen.panes[1].text.x - 1
        #expect(r.grid[margin, r.state.screen.panes[1].text.y + 2].character == "▌")
        #expect(r.state.panes[0].strip != nil, "the note stays open where it was read")
    }

    @Test func ibidResolvesToTheSummaryAndPage() {
        var r = opened(Seeds.thesis, label: "28", citing: "SRH-078")
        #expect(r.joinedText.contains("(via Ibid.)"))
        r.type("<Enter>")
        #expect(r.state.panes[1].document == Seeds.srh078)
        #expect(r.statusRow(1).contains("p. 5 of 13"))
        #expect(r.state.panes[1].citedPages == 5...5)
    }

    @Test func aPageRangeIsMarkedWhole() throws {
        let doc = Seeds.corpus.documents[Seeds.thesis]
        let n = try #require(doc.citations.firstIndex { $0.id == "SRH-078" && $0.locator.page == 9 && $0.locator.pageEnd == 10 })
        let m = try #require(doc.notes[doc.citations[n].note!].markers.first)
        var r = Reader(100, 30, at: [("002", line: Seeds.line(of: m, in: Seeds.thesis)), ("SRH-078", line: 1)])
        r.selectMarker(m)
        r.type("<Enter><Enter>")
        #expect(r.state.panes[1].citedPages == 9...10)
        #expect(r.statusRow(1).contains("p. 9 of 13"))
    }

    @Test func psis40023Note4OpensTheInterceptCard() {
        var r = opened(Seeds.srh086, label: "4", citing: "H-197715", beside: "002")
        r.type("<Enter>")
        #expect(r.state.panes[1].content == .card("H-197715"))
        let card = r.paneText(1)
        #expect(card.contains("H-197715 · intercept"))
        #expect(card.contains("20 July"))
        #expect(card.contains("Moscow-Tokyo"))
        #expect(card.contains("cited with DS-1213 DS-1214"))
        #expect(card.contains("printed E-197715, read as H-197715"))
        #expect(card.contains("1 citing place"))
        #expect(card.contains("PSIS 400-23 · SRH-086, p. 5, note 4"))
        #expect(card.contains("I will gladly face it"))
    }

    @Test func enterOnACardPassageJumpsToIt() {
        var r = opened(Seeds.srh086, label: "4", citing: "H-197715", beside: "002")
        r.type("<Enter>")
        // The companions come first, then the passage.
        r.type("jjj")
        guard case .passage(let d, _, _) = r.state.focusedPane.selection else {
            Issue.record("no passage selected: \(String(describing: r.state.focusedPane.selection))")
            return
        }
        #expect(d == Seeds.srh086)
        r.type("<Enter>")
        #expect(r.state.panes[1].document == Seeds.srh086)
        #expect(r.paneText(1).contains("I will gladly face it"))
        let margin = r.state.screen.panes[1].text.x - 1
        let text = r.state.screen.panes[1].text
        #expect((text.y..<text.maxY).contains { r.grid[margin, $0].character == "▸" }, "the passage's line is marked")
    }

    @Test func aSummaryNotInTheCorpusSaysSo() {
        var r = opened(Seeds.srh086, label: "4", citing: "H-197715", beside: "002")
        r.type("<Enter>j<Enter>")
        #expect(r.state.panes[1].content == .card("DS-1213"))
        #expect(r.paneText(1).contains("the text of DS-1213 is not in this corpus"))
    }

    @Test func aShortTitleOpensItsBibliographyEntry() {
        var r = opened(Seeds.thesis, label: "4", citing: "Takeuchi, War and Diplomacy in the Japanese Empire")
        #expect(r.paneText(0).contains("(via Takeuchi, War and Diplomacy)"))
        r.type("<Enter>")
        #expect(r.state.panes[1].content == .card("Takeuchi, War and Diplomacy in the Japanese Empire"))
        let card = r.paneText(1)
        #expect(card.contains("published work"))
        #expect(card.contains("War and Diplomacy in the Japanese Empire"))
    }

    @Test func withOnePaneFollowingSplits() {
        var r = Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078", beside: nil)
        r.type("<Enter><Enter>")
        #expect(r.state.panes.count == 2)
        #expect(r.state.panes[1].document == Seeds.srh078)
        #expect(r.state.focus == 1)
    }
}

extension CrossReferenceTests {
    @Test func aCitationPrintedInTheTextIsSelectedAndFollowedLikeANote() {
        // PSIS 400-23 names "the last preceding Summary (PSIS 400-22, ...)" in its first paragraph.
        var r = Reader(100, 30, at: [("SRH-086", line: 40), ("002", line: 1)])
        for _ in 0..<10 where r.state.focusedPane.selection.map({ if case .citation = $0 { return false } else { return true } }) ?? true {
            r.type("]")
        }
        guard case .citation(let c) = r.state.focusedPane.selection else {
            Issue.record("no citation selected")
            return
        }
        #expect(Seeds.corpus.documents[Seeds.srh086].citations[c].id == "PSIS 400-22")
        r.type("<Enter>")
        #expect(r.state.panes[1].content == .card("PSIS 400-22"))
        #expect(r.paneText(1).contains("the text of PSIS 400-22 is not in this corpus"))
        #expect(r.messageRow.contains("cited by the text"))
        r.type("<C-o>")
        #expect(r.state.focus == 0)
    }

    @Test func aClickOnACitedItemInTheNoteFollowsIt() throws {
        var r = opened(Seeds.srh086, label: "4", citing: "H-197715", beside: "002")
        let cell = try #require(r.cell(of: "#1213"))
        r.type("<Click:\(cell.column + 2),\(cell.row)>")
        #expect(r.state.panes[1].content == .card("DS-1213"))
        #expect(r.state.focus == 1)
    }
}
