import ReaderCore
import TerminalCore
import Testing

/// The document picker: `o` replaces the focused pane's document, `s` adds a pane; typing narrows the list.
@Suite struct PickerTests {
    /// The picker's state, or nil when it is not open.
    private func picker(_ r: Reader) -> Picker? {
        if case .picker(let p) = r.state.mode { return p }
        return nil
    }

    @Test func oOpensThePickerListingEveryDocument() {
        var r = Reader()
        r.type("o")
        #expect(picker(r)?.purpose == .replace)
        #expect(r.text.contains("Open in this pane"))
        #expect(r.text.contains("> █"))
        for title in ["PSIS 400-16 · SRH-078", "PSIS 400-23 · SRH-086", "Blevins, Maintaining", "R & A 3039S", "Slavinsky"] {
            #expect(r.text.contains(title), "picker lacks \(title)")
        }
        #expect(r.messageRow.hasPrefix("type to narrow"))
    }

    @Test(arguments: [("086", "SRH-086"), ("3039", "003"), ("R & A", "003"), ("slavinsky", "004"), ("THESIS", "002")])
    func typingNarrowsToOneEntry(query: String, document: String) {
        var r = Reader()
        r.type("o" + query)
        #expect(picker(r)?.query == query)
        #expect(PickerEntry.matching(query, in: Seeds.corpus).map(\.document) == [Seeds.index(document)])
        #expect(r.text.contains("> \(query)█"))
        // Exactly one entry row: the selected one, drawn in the selection style.
        let selected = (0..<r.grid.height).filter { row in
            (0..<r.grid.width).contains { r.grid[$0, row].style == r.session.theme.selected }
        }
        #expect(selected.count == 1)
    }

    @Test func enterOpensTheEntryInTheFocusedPane() {
        var r = Reader()
        r.type("<Tab>o086<Enter>")
        #expect(r.state.mode == .reading)
        #expect(r.state.panes.map(\.document) == [Seeds.thesis, Seeds.srh086])
        #expect(r.state.focus == 1)
        #expect(r.statusRow(1).hasPrefix("▶ PSIS 400-23 · SRH-086"))
        #expect(r.state.panes[1].anchor == .top)
    }

    @Test func arrowsChooseAnotherEntry() {
        var r = Reader()
        r.type("o<Down><Down><Down><Up><Enter>")
        // Corpus order: 000 SRH-078, 001 SRH-086, 002 thesis, …; two down from the first.
        #expect(r.state.panes[0].document == PickerEntry.all(in: Seeds.corpus)[2].document)
    }

    @Test func selectionIsClampedToTheList() {
        var r = Reader()
        r.type("o<PgDn><PgDn>")
        #expect(picker(r)?.selection == Seeds.corpus.documents.count - 1)
        r.type("<PgUp><Up>")
        #expect(picker(r)?.selection == 0)
    }

    @Test func escCancelsWithoutChangingAnything() {
        var r = Reader()
        let before = r.state
        r.type("o086<Esc>")
        #expect(r.state.mode == .reading)
        #expect(r.state.panes == before.panes)
        #expect(!r.text.contains("Open in this pane"))
    }

    @Test func lettersThatAreKeysElsewhereAreTypedInThePicker() {
        // q, j, k, s and space are commands while reading but text in the picker.
        var r = Reader()
        #expect(r.type("oqj ks") == nil)
        #expect(picker(r)?.query == "qj ks")
    }

    @Test func backspaceAndCtrlUEditTheQuery() {
        var r = Reader()
        r.type("oslavx<BS>")
        #expect(picker(r)?.query == "slav")
        r.type("<C-u>")
        #expect(picker(r)?.query == "")
    }

    @Test func noMatchSaysSoAndEnterKeepsThePickerOpen() {
        var r = Reader()
        r.type("ozzzz")
        #expect(r.text.contains("no document matches"))
        r.type("<Enter>")
        #expect(picker(r) != nil)
        #expect(r.state.message?.isError == true)
        #expect(r.messageRow == "no document matches \"zzzz\"")
    }

    @Test func anEmptyListKeepsThePickersFrame() {
        var r = Reader()
        r.type("ozzzz")
        #expect(r.text.contains("Open in this pane"))
        #expect(r.text.contains("┌"))
        #expect(r.text.contains("└"))
    }

    @Test(arguments: [80, 132])
    func dateAndKindColumnsLineUp(columns: Int) {
        // Entries with and without page counts must not shift the columns after the title.
        var r = Reader(columns, 24)
        r.type("o")
        // The picker's rows only, from its left border on, not the pane text around it (the seeds are all narrow characters).
        let top = r.rows.first { $0.contains("┌") }!
        let left = top.distance(from: top.startIndex, to: top.firstIndex(of: "┌")!)
        let rows = r.rows.map { String($0.dropFirst(left)) }.filter { $0.hasPrefix("│") }
        func column(of text: String) -> Int? {
            for row in rows { if let range = row.range(of: text) { return row[..<range.lowerBound].count } }
            return nil
        }
        let dates = ["18 June, 1945", "2 August 1945", "Spring 1996", "13 APRIL 1945", "2004"].map(column(of:))
        #expect(dates.allSatisfy { $0 != nil && $0 == dates[0] }, "date columns \(dates)")
        let kinds = ["intelligence summary", "thesis", "intelligence study", "book"].map(column(of:))
        #expect(kinds.allSatisfy { $0 != nil && $0 == kinds[0] }, "kind columns \(kinds)")
    }

    @Test func narrowingClampsTheSelection() {
        var r = Reader()
        r.type("o<Down><Down><Down><Down>086")
        #expect(picker(r)?.selection == 0)
        r.type("<Enter>")
        #expect(r.state.panes[0].document == Seeds.srh086)
    }

    @Test func reChoosingTheSameDocumentKeepsThePlace() {
        var r = Reader(80, 24, documents: [("SRH-078", 4)])
        let anchor = r.state.panes[0].anchor
        r.type("oSRH-078<Enter>")
        #expect(r.state.panes[0].anchor == anchor)
        #expect(r.statusRow(0).contains("p. 4 of 13"))
    }

    @Test func wheelMovesTheSelection() {
        var r = Reader()
        r.type("o<WheelDown:40,12><WheelDown:40,12><WheelUp:40,12>")
        #expect(picker(r)?.selection == 1)
    }

    @Test func theQueryIsMatchedWordByWordIgnoringCase() {
        #expect(PickerEntry.matching("", in: Seeds.corpus).count == Seeds.corpus.documents.count)
        #expect(PickerEntry.matching("summary 1945", in: Seeds.corpus).map(\.document).sorted() == [Seeds.srh078, Seeds.srh086])
        #expect(PickerEntry.matching("SRH-078", in: Seeds.corpus).map(\.document) == [Seeds.srh078])
    }
}
