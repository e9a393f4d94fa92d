import Corpus
import ReaderCore
import TerminalCore
import Testing

/// Document layout on the seeds: what every pane relies on at any width.
@Suite struct LayoutTests {
    /// Text widths from the narrowest pane (16) to a wide screen.
    static let widths = [16, 21, 38, 64, 78, 130]

    /// Every seed document at every width.
    static let cases: [(Int, Int)] = Seeds.corpus.documents.indices.flatMap { d in widths.map { (d, $0) } }

    @Test(arguments: cases)
    func linesFitTheWidthAndAnchorsIncrease(document: Int, width: Int) {
        let layout = DocumentLayout(document: Seeds.corpus.documents[document], options: .init(width: width))
        #expect(!layout.lines.isEmpty)
        for (i, line) in layout.lines.enumerated() {
            #expect(DisplayWidth.of(line.text) <= width, "line \(i) is \(DisplayWidth.of(line.text)) wide: \(line.text)")
            if i > 0 { #expect(layout.lines[i - 1].anchor < line.anchor, "anchors of lines \(i - 1) and \(i)") }
            #expect(layout.lineIndex(of: line.anchor) == i)
            #expect(!line.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        }
    }

    @Test(arguments: Seeds.corpus.documents.indices.filter { Seeds.corpus.documents[$0].isPaginated })
    func everyPageCanBeFound(document: Int) {
        let d = Seeds.corpus.documents[document]
        let layout = DocumentLayout(document: d, options: .init(width: 78))
        for page in d.pages.map(\.number) {
            let line = layout.firstLine(onPage: page)
            #expect(line != nil, "page \(page) of \(d.metadata.shortTitle)")
            guard let line else { continue }
            // A rule (" p. 4 ", " cover (p. 0) ") or an inline break ("⟨p. 2⟩") names the page on that line.
            let text = layout.lines[line].text
            let label = page == 0 ? " cover (p. 0) " : " p. \(page) "
            #expect(text.contains(label) || text.contains("⟨p.\u{A0}\(page)⟩"), "page \(page) starts at: \(text)")
        }
    }

    @Test func aLongTableCellNarrowsItsColumnInsteadOfHidingTheOthers() {
        // The thesis's table of contents has one entry of 81 characters; at 64 columns the page numbers must stay.
        let layout = DocumentLayout(document: Seeds.corpus.documents[Seeds.thesis], options: .init(width: 64))
        let lines = layout.lines.map(\.text)
        let abstract = lines.first { $0.hasPrefix("ABSTRACT.....") }
        #expect(abstract?.hasSuffix(" ii") == true, "\(abstract ?? "no ABSTRACT row")")
        let pact = lines.first { $0.hasPrefix("A. PACT ON NEUTRALITY") }
        #expect(pact?.hasSuffix("…  116") == true, "\(pact ?? "no PACT row")")
        #expect(!lines.contains("…"), "a row clipped to nothing but its marker")
    }

    @Test func aNarrowPaneShowsTheCoverRuleWhole() {
        let layout = DocumentLayout(document: Seeds.corpus.documents[Seeds.srh078], options: .init(width: 16))
        let rule = layout.lines.first { $0.text.contains("cover (p. 0)") }?.text
        #expect(rule == "─ cover (p. 0) ─")
    }
}
