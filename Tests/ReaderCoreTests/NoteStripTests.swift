import Corpus
import ReaderCore
import TerminalCore
import Testing

/// Markers are selected with ] and [, and Enter opens the note at the pane's foot without losing the place.
@Suite struct NoteStripTests {
    /// Thesis chapter V note 27 ("SRH-078, p. 4") beside SRH-078.
    private var note27: Int { Seeds.marker(in: Seeds.thesis, label: "27", citing: "SRH-078") }

    /// Thesis chapter V with note 27's marker selected, beside SRH-078.
    private func thesisAtNote27(_ columns: Int = 100, _ rows: Int = 30) -> Reader {
        Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078", columns, rows)
    }

    @Test func bracketSelectsTheFirstMarkerOnScreenThenTheNext() {
        var r = Reader(80, 24)
        r.type("]")
        guard case .marker(let first) = r.state.focusedPane.selection else {
            Issue.record("] selected nothing")
            return
        }
        #expect(first == 0, "the thesis opens at its top, so its first marker is the first on screen")
        r.type("]")
        #expect(r.state.focusedPane.selection == .marker(1))
        r.type("[")
        #expect(r.state.focusedPane.selection == .marker(0))
    }

    @Test func theSelectedMarkerIsDrawnReversed() throws {
        var r = thesisAtNote27()
        r.selectMarker(note27)
        let cell = try #require(r.cell(of: "²⁷"))
        #expect(r.grid[cell.column, cell.row].style.attributes.contains(.reverse))
        r.type("]")
        #expect(!r.grid[cell.column, cell.row].style.attributes.contains(.reverse), "only the selected marker is reversed")
    }

    @Test func selectingPastTheBottomScrollsTheMarkerIntoView() {
        var r = Reader(80, 24)
        for _ in 0..<12 { r.type("]") }
        guard case .marker(let m) = r.state.focusedPane.selection else {
            Issue.record("nothing selected")
            return
        }
        #expect(m == 11)
        let line = r.layout(0).links.first { $0.target == .marker(m) }!.line
        #expect(line >= r.topLine(0) && line < r.topLine(0) + r.state.screen.panes[0].text.height)
    }

    @Test func enterOpensTheNoteAndTheReadingPositionStays() {
        var r = thesisAtNote27()
        r.selectMarker(note27)
        let anchor = r.state.focusedPane.anchor
        r.type("<Enter>")
        #expect(r.state.focusedPane.strip != nil)
        #expect(r.state.focusedPane.anchor == anchor, "opening a note does not move the text")
        let text = r.paneLines(0).joined(separator: " ")
        #expect(text.contains("── note 27"))
        #expect(text.contains("SRH-078, p. 4, reel 9, fr. 0699."))
        #expect(text.contains("→ 1/1  SRH-078, p. 4"))
        #expect(text.contains("²⁷"), "the marker stays in sight above the strip")
        r.type("<Esc>")
        #expect(r.state.focusedPane.strip == nil)
        #expect(r.state.focusedPane.anchor == anchor)
    }

    @Test func theBooksMarkersSayTheirNotesAreNotInTheExcerpt() {
        var r = Reader(80, 24, documents: [("004", nil)])
        r.type("]<Enter>")
        #expect(r.joinedText.contains("no note for this marker in this excerpt"))
    }

    @Test func aDuplicateLabelSaysWhichNoteCites() {
        let doc = Seeds.corpus.documents[Seeds.srh086]
        let m = doc.markers.firstIndex { $0.anomaly?.kind == .duplicateNoteLabel || ($0.note.map { doc.notes[$0].anomaly?.kind == .duplicateNoteLabel } ?? false) }!
        var r = Reader(100, 30, at: [("SRH-086", line: doc.markers[m].line)])
        r.selectMarker(m)
        r.type("<Enter>")
        #expect(r.joinedText.contains("two notes labelled \(doc.markers[m].label) on page"))
        #expect(r.joinedText.contains("this is the one that cites"))
    }

    @Test func aNoteWithoutAMarkerShowsAsAStubThatOpens() throws {
        let doc = Seeds.corpus.documents[Seeds.srh086]
        let n = try #require(doc.notes.firstIndex { $0.markers.isEmpty })
        var r = Reader(100, 30, at: [("SRH-086", line: max(1, doc.notes[n].line - 3))])
        #expect(r.joinedText.contains("※ note \(doc.notes[n].label) has no marker in the text"))
        for _ in 0..<10 where r.state.focusedPane.selection != .note(n) { r.type("]") }
        #expect(r.state.focusedPane.selection == .note(n))
        r.type("<Enter>")
        #expect(r.joinedText.contains("this note has no marker in the text"))
    }

    @Test func aCorrectedInterceptSaysHowItWasPrinted() {
        var r = Reader.atMarker(in: Seeds.srh086, label: "4", citing: "H-197715", beside: nil)
        r.type("<Enter>")
        #expect(r.joinedText.contains("printed E-197715, read as H-197715"))
    }

    @Test func jAndKChooseTheCitedItemAndStopAtTheEnds() {
        var r = Reader.atMarker(in: Seeds.srh086, label: "4", citing: "H-197715", beside: nil)
        r.type("<Enter>")
        #expect(r.joinedText.contains("→ 1/3 H-197715"))
        r.type("j")
        #expect(r.joinedText.contains("→ 2/3 DS-1213"))
        r.type("jj")
        #expect(r.joinedText.contains("→ 3/3 DS-1214"))
        #expect(r.messageRow.contains("last cited item"))
        r.type("kkk")
        #expect(r.joinedText.contains("→ 1/3 H-197715"))
    }

    @Test func braceStepsToTheNextNote() {
        var r = thesisAtNote27()
        r.selectMarker(note27)
        r.type("<Enter>}")
        #expect(r.joinedText.contains("── note 28"))
        #expect(r.joinedText.contains("Ibid., p. 5"))
        r.type("{")
        #expect(r.joinedText.contains("── note 27"))
    }

    @Test func aClickOnAMarkerOpensItsNote() throws {
        var r = thesisAtNote27()
        let cell = try #require(r.cell(of: "²⁷"))
        r.type("<Click:\(cell.column),\(cell.row)>")
        #expect(r.state.focusedPane.strip?.subject == .marker(note27))
        #expect(r.joinedText.contains("── note 27"))
    }
}

extension NoteStripTests {
    @Test func aResizeKeepsTheOpenNotesMarkerAboveTheStrip() {
        var r = thesisAtNote27(120, 35)
        r.selectMarker(note27)
        r.type("<Enter><Resize:70x20>")
        #expect(r.paneText(0).contains("²⁷"), "the marker is still in sight:\n\(r.text)")
        #expect(r.paneText(0).contains("── note 27"))
    }
}

extension NoteStripTests {
    @Test func aMarkerJustAboveTheStripDoesNotMoveTheText() {
        // In SRH-078 beside the thesis, ¹ sits a few rows above where the strip begins.
        var r = thesisAtNote27()
        r.type("<Tab>]")
        let anchor = r.state.focusedPane.anchor
        r.type("<Enter>")
        #expect(r.state.focusedPane.strip != nil)
        #expect(r.state.focusedPane.anchor == anchor, "the marker is not covered, so nothing moves")
    }
}

extension NoteStripTests {
    @Test func theSecondOfTwoItemsPrintedAsOneIsSelectable() throws {
        // PSIS 400-23: "Spec. 001 and 002" is one printed citation of two items.
        let doc = Seeds.corpus.documents[Seeds.srh086]
        let c = try #require(doc.citations.firstIndex { $0.id == "Spec. 002" })
        let m = try #require(doc.notes[doc.citations[c].note!].markers.first)
        var r = Reader(80, 24, at: [("SRH-086", line: doc.markers[m].line)])
        r.selectMarker(m)
        r.type("<Enter>j")
        #expect(r.paneText(0).contains("→ 2/2 Spec. 002"))
        let cell = try #require(r.cell(of: "Spec. 001 and 002"))
        #expect(r.grid[cell.column, cell.row].style.attributes.contains(.reverse), "the shared text shows the selection")
    }
}
