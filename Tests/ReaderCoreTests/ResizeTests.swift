import ReaderCore
import TerminalCore
import Testing

/// A new terminal size relays out the text but keeps the paragraph at the top.
@Suite struct ResizeTests {
    /// The first few words of a line, to find it again after rewrapping.
    private func lead(_ line: String, words: Int = 3) -> String {
        line.split(separator: " ").prefix(words).joined(separator: " ")
    }

    @Test func resizeChangesTheStateAndGridSize() {
        var r = Reader()
        r.type("<Resize:60x20>")
        #expect(r.state.columns == 60)
        #expect(r.state.rows == 20)
        #expect(r.grid.width == 60)
        #expect(r.grid.height == 20)
    }

    @Test(arguments: [(60, 20), (40, 12), (132, 43), (200, 60)])
    func theTopLinesTextStaysAtTheTop(columns: Int, rows: Int) {
        // Mid-paragraph in SRH-078: a rewrap moves line breaks, so the old top line's start lands on the new top line
        // or, when the new line starts earlier in the same paragraph, on the one after it.
        var r = Reader(80, 24, documents: [("SRH-078", 4)])
        r.type("jjjjj")
        let before = r.paneLines(0)[0]
        #expect(before.split(separator: " ").count >= 3, "expected prose at the top, got \(before)")
        r.type("<Resize:\(columns)x\(rows)>")
        let after = r.paneLines(0)
        let words = lead(before)
        #expect(after[0].contains(words) || (after[0] + " " + after[1]).contains(words),
                "\(words) not near the top: \(after.prefix(2))")
        #expect(r.statusRow(0).contains("p. 4 of 13"))
    }

    @Test func resizingBackRestoresTheScreen() {
        var r = Reader()
        r.type("<Space>jj<Tab><Space><Space>j")
        let before = r.text
        r.type("<Resize:60x20><Resize:132x43><Resize:80x24>")
        #expect(r.text == before)
    }

    @Test func aTallerScreenAtTheBottomShowsMoreOfTheEnd() {
        // The anchor stays put; the view clamps so the last screenful is still full.
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        r.type("G")
        r.type("<Resize:80x40>")
        let lines = r.layout(0).lines
        #expect(r.topLine(0) == lines.count - 38)
        var last = lines.last!.text
        while last.last == " " { last.removeLast() }
        #expect(r.paneLines(0).last == last)
    }
}
