import Foundation
import Testing

/// Footnote lookup and cross-references in the real reader on real ncursesw: `]`/`[` select a marker,
/// Enter opens its note at the pane's foot, Enter again follows the cited item into the other pane
/// (a page of a loaded document, or a card), Ctrl-O / Backspace go back and L forward; a click on a
/// marker opens its note. Each step waits for the screen it should produce, then checks that the
/// terminal shows exactly what `dossier screen` prints for the keys typed so far.
@Suite("EndToEndTests: footnotes and cross-references", .tags(.endToEnd))
struct ReaderFootnoteTests {
    /// The thesis at chapter V near note 27 ("²⁷", citing "SRH-078, p. 4"), SRH-078 from its start beside it.
    static let atNote27 = ["002@853", "SRH-078@1"]
    /// PSIS 400-23 (SRH-086) at its note 4 (citing "E-197715", read as H-197715), the thesis beside it.
    static let atNote4 = ["001@130", "002@1"]

    /// The rows of `columns` above the note strip's rule (the pane's reading area).
    private static func readingRows(_ screen: ReaderScreen, columns: Range<Int>) -> [String] {
        Array(screen.paneText(columns: columns).prefix { !$0.hasPrefix(" ── note") })
    }

    @Test("note 27: ] selects, Enter opens the strip, Enter follows to SRH-078 p. 4, Ctrl-O comes back, L goes forward",
          arguments: [TmuxSession.defaultTerm, "vt100"])
    func roundTrip(term: String) throws {
        let r = try ParityReading(Self.atNote27, environment: ["TERM": term])
        let start = try r.expect("the thesis at note 27 beside SRH-078") {
            $0.statusEntries.count == 2 && $0.focusedPane == 0 && $0.text.contains("²⁷")
        }
        let left = start.paneColumns[0], right = start.paneColumns[1]
        let rightBefore = start.paneText(columns: right)
        #expect(start.statusEntries[1].contains("p. 0 of 13"), "\(start.statusEntries)")

        // ]: the first marker on screen, ²⁷, is selected (reversed); nothing else changes.
        try r.type("]")
        try r.waitForSelected("²⁷")
        try r.expect("the same text with ²⁷ selected") { $0.text == start.text }

        // Enter: the note strip at the left pane's foot; the text above it does not move.
        try r.type("<Enter>")
        var screen = try r.expect("the note 27 strip") { $0.paneText(columns: left).contains { $0.hasPrefix(" ── note 27") } }
        let strip = screen.joinedText(columns: left)
        #expect(strip.contains("── note 27 · line 859"), "\(screen)")
        #expect(strip.contains("SRH-078, p. 4, reel 9, fr. 0699."), "\(screen)")
        #expect(strip.contains("→ 1/1 SRH-078, p. 4: Enter opens"), "\(screen)")
        let reading = Self.readingRows(screen, columns: left)
        #expect(reading == Array(start.paneText(columns: left).prefix(reading.count)), "opening the note does not move the text\n\(screen)")
        #expect(reading.contains { $0.contains("²⁷") }, "the marker stays in sight above the strip")
        #expect(screen.focusedPane == 0)
        #expect(screen.paneText(columns: right) == rightBefore)
        #expect(screen.hintRow.contains("Enter follow"), "\(screen.hintRow)")

        // Enter: SRH-078 p. 4 in the right pane, focused, its rows marked ▌ as the cited page.
        try r.type("<Enter>")
        screen = try r.expect("SRH-078 p. 4 on the right") {
            $0.focusedPane == 1 && $0.statusEntries.count == 2 && $0.statusEntries[1].contains("p. 4 of 13")
        }
        let followed = screen.paneText(columns: right)
        // The text right of the margin column, where the ▌ marks stand.
        #expect(screen.joinedText(columns: (right.lowerBound + 1)..<right.upperBound).contains("power of life and death"), "\(screen)")
        #expect(followed.first?.hasPrefix("▌") == true && followed.first?.contains("p. 4") == true, "the cited page is marked in the margin\n\(screen)")
        #expect(followed.allSatisfy { $0.hasPrefix("▌") }, "p. 4 fills the pane, every row marked\n\(screen)")
        #expect(screen.joinedText(columns: left).contains("── note 27"), "the strip stays open where the note was read")
        #expect(screen.hintRow.contains("cited by note 27"), "\(screen.hintRow)")

        // Ctrl-O: the right pane exactly as before, focus back on the left, the marker's line marked ▸.
        try r.type("<C-o>")
        screen = try r.expect("back in the thesis") {
            $0.focusedPane == 0 && $0.statusEntries.count == 2 && $0.paneText(columns: right) == rightBefore
        }
        #expect(screen.statusEntries[1].contains("p. 0 of 13"), "\(screen.statusEntries)")
        #expect(screen.joinedText(columns: left).contains("── note 27 · line 859"), "the note strip is still there\n\(screen)")
        let markerRow = try #require(screen.cell(of: "²⁷", columns: left)?.row, "\(screen)")
        #expect(screen.text(row: markerRow, columns: left).hasPrefix("▸"), "the line left from is marked\n\(screen)")
        #expect(screen.paneText(columns: left).filter { $0.hasPrefix("▸") }.count == 1, "\(screen)")

        // L: forward to p. 4 again, as it was followed; the ▸ is gone with the next key.
        try r.type("L")
        screen = try r.expect("SRH-078 p. 4 again") {
            $0.focusedPane == 1 && $0.statusEntries.count == 2 && $0.statusEntries[1].contains("p. 4 of 13")
        }
        #expect(screen.paneText(columns: right) == followed, "\(screen)")
        #expect(!screen.paneText(columns: left).contains { $0.hasPrefix("▸") }, "\(screen)")
        #expect(try r.tmux.termination() == nil)
    }

    @Test("note 4 of PSIS 400-23: the cited E-197715 opens the H-197715 intercept card; Backspace returns")
    func interceptCard() throws {
        let r = try ParityReading(Self.atNote4)
        let start = try r.expect("PSIS 400-23 beside the thesis") {
            $0.statusEntries.count == 2 && $0.focusedPane == 0 && $0.statusEntries[0].contains("PSIS 400-23")
        }
        let left = start.paneColumns[0], right = start.paneColumns[1]
        let rightBefore = start.paneText(columns: right)
        #expect(!start.text.contains("⁴"), "note 4's marker is just above the opening line\n\(start)")

        // [: the marker before the top, ⁴, scrolled into view and selected.
        try r.type("[")
        var screen = try r.expect("⁴ in view") { $0.cell(of: "⁴", columns: left) != nil }
        try r.waitForSelected("⁴")
        #expect(screen.paneText(columns: right) == rightBefore)

        try r.type("<Enter>")
        screen = try r.expect("the note 4 strip") { $0.paneText(columns: left).contains { $0.hasPrefix(" ── note 4 ") } }
        let strip = screen.joinedText(columns: left)
        #expect(strip.contains("E-197715, 20 July, Moscow-Tokyo"), "\(screen)")
        #expect(strip.contains("→ 1/3 H-197715: Enter opens its card"), "\(screen)")
        #expect(strip.contains("printed E-197715, read as H-197715"), "\(screen)")

        // Enter: the card in the right pane, focused.
        try r.type("<Enter>")
        screen = try r.expect("the H-197715 card") {
            $0.focusedPane == 1 && $0.statusEntries.count == 2 && $0.statusEntries[1].contains("card: H-197715")
        }
        let card = screen.paneText(columns: right)
        #expect(card.first == " H-197715 · intercept", "\(screen)")
        #expect(screen.joinedText(columns: right).contains("printed E-197715, read as H-197715"), "\(screen)")
        #expect(screen.joinedText(columns: right).contains("PSIS 400-23 · SRH-086, p. 5, note 4"), "the card names the citing place\n\(screen)")

        // Backspace: the thesis back on the right as it was, focus on the left, ⁴'s line marked.
        try r.type("<BS>")
        screen = try r.expect("back from the card") {
            $0.focusedPane == 0 && $0.statusEntries.count == 2 && $0.paneText(columns: right) == rightBefore
        }
        #expect(!screen.statusRow.contains("card:"), "\(screen.statusRow)")
        #expect(screen.joinedText(columns: left).contains("── note 4 "), "the strip stays\n\(screen)")
        let markerRow = try #require(screen.cell(of: "⁴", columns: left)?.row, "\(screen)")
        #expect(screen.text(row: markerRow, columns: left).hasPrefix("▸"), "\(screen)")
    }

    @Test("a click on a marker (SGR mouse report) focuses its pane and opens its note, which Enter follows")
    func clickOpensNote() throws {
        let r = try ParityReading(Self.atNote27)
        let start = try r.expect("the thesis at note 27") { $0.statusEntries.count == 2 && $0.text.contains("²⁷") }
        let left = start.paneColumns[0], right = start.paneColumns[1]

        // Focus the other pane first, so the click has to bring it back.
        try r.type("<Tab>")
        try r.expect("▶ on the right") { $0.focusedPane == 1 }

        let marker = try #require(start.cell(of: "²⁷", columns: left), "\(start)")
        r.click(column: marker.column, row: marker.row)
        let screen = try r.expect("the note 27 strip after the click") {
            $0.focusedPane == 0 && $0.paneText(columns: left).contains { $0.hasPrefix(" ── note 27") }
        }
        #expect(screen.joinedText(columns: left).contains("SRH-078, p. 4, reel 9, fr. 0699."), "\(screen)")
        let reading = Self.readingRows(screen, columns: left)
        #expect(reading == Array(start.paneText(columns: left).prefix(reading.count)), "the click does not move the text\n\(screen)")
        #expect(screen.paneText(columns: right) == start.paneText(columns: right))
        #expect(SGR.attributes(at: "²⁷", in: r.tmux.captureStyled())?.contains(7) == true, "the clicked marker is selected")

        try r.type("<Enter>")
        try r.expect("SRH-078 p. 4 followed from the clicked note") {
            $0.focusedPane == 1 && $0.statusEntries.count == 2 && $0.statusEntries[1].contains("p. 4 of 13")
        }
    }
}
