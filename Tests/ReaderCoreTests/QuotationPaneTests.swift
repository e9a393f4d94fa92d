import Corpus
import ReaderCore
import TerminalCore
import Testing

/// ❝ marks quoted passages at both ends; Q shows the other end beside; :quotes lists every link with its differences.
@Suite struct QuotationPaneTests {
    /// The link of the thesis quoting Sato's plea of 20 July in SRH-086.
    private var satoLink: (index: Int, link: QuotationLink)? {
        let srh086 = Seeds.index("SRH-086")
        return Seeds.corpus.quotations.enumerated().first { $0.element.source.document == srh086 && $0.element.words > 100 }
            .map { ($0.offset, $0.element) }
    }

    /// The rows of pane `index` whose left margin shows ❝.
    private func markedRows(_ r: Reader, pane index: Int) -> [String] {
        let frame = r.state.screen.panes[index].text
        let g = r.grid
        return (frame.y..<frame.maxY).filter { g[frame.x - 1, $0].character == "❝" }.map { row in
            (frame.x..<frame.maxX).map { String(g[$0, row].character) }.joined()
        }
    }

    @Test func quotedLinesCarryAMarginMarkAtBothEnds() throws {
        let (_, link) = try #require(satoLink)
        var r = Reader(120, 40, openings: [ReaderSession.Opening(document: link.source.document, line: link.source.line),
                                           ReaderSession.Opening(document: link.quotedIn.document, line: link.quotedIn.line)])
        r.type("")
        let source = markedRows(r, pane: 0).joined(separator: " ")
        #expect(source.contains("pre-Axis"), "the source's quoted lines are marked: \(source)")
        let quoting = markedRows(r, pane: 1).joined(separator: " ")
        #expect(quoting.contains("pro-Axis"), "the thesis's quoting lines are marked: \(quoting)")
        // Lines outside any quotation carry no mark.
        r.type("gg")
        #expect(markedRows(r, pane: 0).isEmpty, "SRH-086's cover quotes nothing")
    }

    @Test func qShowsTheQuotingPassageBesideAndNamesTheDifferences() throws {
        let (_, link) = try #require(satoLink)
        var r = Reader(120, 40, openings: [ReaderSession.Opening(document: link.source.document, line: link.source.line)])
        #expect(r.state.panes.count == 1)
        r.type("Q")
        #expect(r.state.panes.count == 2, "a pane split off for the other end")
        #expect(r.state.focus == 1)
        #expect(r.state.panes[1].document == link.quotedIn.document)
        // As the issue puts it: the thesis, its chapter and the note nearby, since it has no page numbers.
        #expect(r.messageRow.hasPrefix("quoted in: Blevins, ch. VI, near note 5, ll. \(link.quotedIn.line)-\(link.quotedIn.lineEnd)"), "\(r.messageRow)")
        #expect(r.messageRow.contains("pre-Axis → pro-Axis"))
        #expect(r.paneText(1).contains("Since the Manchurian incident"))
        // Q from the thesis goes back the other way; Ctrl-O returns and closes the pane split off.
        r.type("Q")
        #expect(r.state.panes[r.state.focus].document == link.source.document)
        #expect(r.messageRow.hasPrefix("quotes: SRH-086 p. 5"), "\(r.messageRow)")
        r.type("<C-o>")
        r.type("<C-o>")
        #expect(r.state.panes.count == 1)
    }

    @Test func qWithNoQuotationOnScreenSaysSo() {
        var r = Reader(120, 40, documents: [("SRH-086", 0)])
        r.type("Q")
        #expect(r.messageRow.hasPrefix("no quotation on screen"))
        #expect(r.state.panes.count == 1)
    }

    @Test func theQuotesPaneListsEveryLinkWithItsDifferencesAndEachEndOpens() throws {
        let (_, link) = try #require(satoLink)
        var r = Reader(120, 60)
        r.type(":quotes<Enter>")
        #expect(r.state.panes[0].content == .quotations)
        let lines = r.layout(0).lines.map { $0.segments.map(\.text).joined() }
        #expect(lines[0].hasPrefix("Quotations: \(Seeds.corpus.quotations.count) passages"))
        #expect(lines.contains { $0.contains("pre-Axis → pro-Axis") && $0.contains("part → pant") && $0.contains("+ [and]") })
        #expect(r.layout(0).links.count == 2 * Seeds.corpus.quotations.count, "both ends of every link")
        // Walk to the Sato link's source end and open it.
        let target = LinkTarget.passage(document: link.source.document, block: link.source.block, offset: link.source.start)
        var steps = 0
        while r.state.panes[0].selection != target, steps < 100 { r.type("<Down>"); steps += 1 }
        r.type("<Enter>")
        #expect(r.state.panes[0].document == link.source.document)
        #expect(r.statusRow(0).contains("p. 5 of"))
        r.type("<C-o>")
        #expect(r.state.panes[0].content == .quotations)
    }
}
