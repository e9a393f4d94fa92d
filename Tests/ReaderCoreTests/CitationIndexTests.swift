import Corpus
import ReaderCore
import TerminalCore
import Testing

/// i: every cited id grouped by kind with counts, narrowed by typing; Enter opens the card.
@Suite struct CitationIndexTests {
    @Test func listsEveryCitedIdByKindWithCounts() {
        var r = Reader(100, 40)
        r.type("i")
        #expect(r.state.panes[0].content == .citationIndex)
        let total = Seeds.corpus.citedItemIndex().reduce(0) { $0 + $1.items.count }
        #expect(r.paneText(0).contains("Citation index: \(total) cited items"))
        #expect(r.paneText(0).contains("Intercepts (92)"))
        #expect(r.layout(0).links.count == total)
        #expect(r.state.panes[0].selection == r.layout(0).links.first?.target, "the first id is selected")
    }

    @Test func typingNarrowsAndBackspaceWidens() {
        var r = Reader(100, 40)
        r.type("idip")
        #expect(r.paneText(0).contains("filter: dip"))
        let kinds = r.layout(0).lines.compactMap { $0.segments.first { $0.role == .heading }?.text }
        #expect(kinds.contains { $0.hasPrefix("Diplomatic Summaries") })
        #expect(!kinds.contains { $0.hasPrefix("Intercepts") })
        r.type("<BS><BS><BS>")
        #expect(r.paneText(0).contains("Intercepts (92)"))
        r.type("<BS>")
        #expect(r.state.panes[0].document == Seeds.thesis, "Backspace on an empty filter goes back")
    }

    @Test func lettersThatAreKeysElsewhereNarrow() {
        var r = Reader(100, 40)
        #expect(r.type("iq") == nil, "q narrows the index instead of quitting")
        #expect(r.state.panes[0].filter == "q")
    }

    @Test func nothingMatchingSaysSo() {
        var r = Reader(100, 40)
        r.type("izzz")
        #expect(r.paneText(0).contains("nothing cited matches \"zzz\""))
        #expect(r.layout(0).links.isEmpty)
    }

    @Test func enterOpensTheSelectedCard() {
        var r = Reader(100, 40)
        r.type("iDS-1214<Enter>")
        #expect(r.state.panes[0].content == .card("DS-1214"))
        #expect(r.paneText(0).contains("DS-1214 · Diplomatic Summary"))
        r.type("<Esc>")
        #expect(r.state.panes[0].content == .citationIndex)
    }

    @Test func downAndUpMoveTheSelection() {
        var r = Reader(100, 40)
        r.type("i<Down><Down>")
        #expect(r.state.panes[0].selection == r.layout(0).links[2].target)
        r.type("<Up>")
        #expect(r.state.panes[0].selection == r.layout(0).links[1].target)
    }
}
