import ReaderCore
import Testing

/// What the reader shows before any key: the default pair and `DOC:PAGE` openings.
@Suite struct OpeningTests {
    @Test func defaultOpensTheThesisLeftAndTheFirstSummaryItCitesRight() {
        let reader = Reader()
        #expect(reader.state.panes.map(\.document) == [Seeds.thesis, Seeds.srh078])
        #expect(reader.state.focus == 0)
        #expect(reader.state.mode == .reading)
        #expect(reader.statusRow(0).hasPrefix("▶ Blevins, Maintaining the Neutr"))
        #expect(reader.statusRow(1).hasPrefix("  PSIS 400-16 · SRH-078"))
        #expect(reader.statusRow(1).contains("p. 0 of 13"))
        #expect(reader.paneLines(0).first == "Spring 1996")
        #expect(reader.paneLines(1).first?.contains(" cover (p. 0) ") == true)
        #expect(reader.messageRow.hasPrefix("? help  / search  t outline  ]/[ notes  a people  i index  Ctrl-O back"))
    }

    @Test func onlyTheFocusedPaneCarriesTheMarker() {
        let reader = Reader()
        #expect(reader.statusRow(0).hasPrefix("▶ "))
        #expect(!reader.statusRow(1).contains("▶"))
    }

    @Test func aPageOpeningStartsAtThatPagesRule() {
        let reader = Reader(80, 24, documents: [("SRH-078", 4)])
        #expect(reader.state.panes.count == 1)
        #expect(reader.statusRow(0).contains("p. 4 of 13"))
        let top = reader.paneLines(0)[0]
        #expect(top.contains("── p. 4 ──"), "top line is \(top)")
    }

    @Test func aPageOpeningFindsItsPageAtOtherWidthsToo() {
        // The anchor is taken at 80 columns; it must still name page 4 in a narrow pane.
        let reader = Reader(40, 20, documents: [("SRH-078", 4)])
        #expect(reader.statusRow(0).contains("p. 4 of 13"))
        #expect(reader.paneLines(0)[0].contains(" p. 4 "))
    }

    @Test func pageOpeningsOfTwoPanesAreIndependent() {
        let reader = Reader(100, 30, documents: [("SRH-078", 4), ("SRH-086", 6)])
        #expect(reader.statusRow(0).contains("p. 4 of 13"))
        #expect(reader.statusRow(1).contains("p. 6 of 20"))
        #expect(reader.paneLines(0)[0].contains(" p. 4 "))
        #expect(reader.paneLines(1)[0].contains(" p. 6 "))
    }

    @Test(arguments: [(80, 24), (100, 30), (44, 12)])
    func aPageBeginningMidParagraphShowsItsBreakOnTheTopLine(columns: Int, rows: Int) {
        // SRH-078's page 2 and SRH-086's page 5 begin inside a paragraph ("⟨p. 2⟩" in the text, a
        // no-break space inside so the label never wraps in two).
        let reader = Reader(columns, rows, documents: [("SRH-078", 2), ("SRH-086", 5)])
        #expect(reader.paneLines(0)[0].contains("⟨p.\u{A0}2⟩"), "top line is \(reader.paneLines(0)[0])")
        #expect(reader.paneLines(1)[0].contains("⟨p.\u{A0}5⟩"), "top line is \(reader.paneLines(1)[0])")
    }

    @Test func moreThanFourOpeningsKeepTheFirstFour() {
        let all = (0..<5).map { ReaderSession.Opening(document: $0) }
        let reader = Reader(120, 30, openings: all)
        #expect(reader.state.panes.map(\.document) == [0, 1, 2, 3])
    }

    @Test func noOpeningsShowTheFirstDocument() {
        let reader = Reader(80, 24, openings: [])
        #expect(reader.state.panes.map(\.document) == [0])
    }
}
