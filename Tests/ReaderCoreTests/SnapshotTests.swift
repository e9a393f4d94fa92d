import ReaderCore
import TerminalCore
import Testing

/// Whole screens at three sizes compared with reviewed text files (see `Snapshot` for recording).
@Suite struct SnapshotTests {
    /// The sizes every screen is checked at: the smallest usual, the classic, a large one.
    static let sizes: [(Int, Int)] = [(40, 12), (80, 24), (132, 43)]

    /// Renders `keys` typed into a reader and checks the text against `name-COLSxROWS`.
    private func check(_ name: String, _ columns: Int, _ rows: Int, documents: [(String, Int?)]? = nil, keys: String = "",
                       sourceLocation: SourceLocation = #_sourceLocation) {
        var r = documents.map { Reader(columns, rows, documents: $0) } ?? Reader(columns, rows)
        r.type(keys, sourceLocation: sourceLocation)
        Snapshot.check(r.text, named: "\(name)-\(columns)x\(rows)", sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes)
    func defaultStart(columns: Int, rows: Int) {
        check("default", columns, rows)
    }

    @Test(arguments: sizes)
    func srh078AtPage4(columns: Int, rows: Int) {
        check("srh078-p4", columns, rows, documents: [("SRH-078", 4)])
    }

    @Test(arguments: sizes)
    func helpOpen(columns: Int, rows: Int) {
        check("help", columns, rows, keys: "?")
    }

    @Test(arguments: sizes)
    func pickerOpen(columns: Int, rows: Int) {
        check("picker", columns, rows, keys: "o<Down>")
    }

    @Test(arguments: sizes)
    func twoPanesAfterScrolling(columns: Int, rows: Int) {
        // Left: the thesis a page and a bit down; right (focused): SRH-078 two pages down.
        check("two-panes-scrolled", columns, rows, keys: "<Space>jjj<Tab><C-f><C-f>j")
    }

    /// Thesis chapter V at note 27 beside SRH-078, for the note strip and what it cites.
    private func chapterV(_ columns: Int, _ rows: Int) -> Reader {
        let m = Seeds.marker(in: Seeds.thesis, label: "27", citing: "SRH-078")
        var r = Reader(columns, rows, at: [("002", line: Seeds.line(of: m, in: Seeds.thesis)), ("SRH-078", line: 1)])
        r.selectMarker(m)
        return r
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func noteStripOpen(columns: Int, rows: Int) {
        var r = chapterV(columns, rows)
        r.type("<Enter>")
        Snapshot.check(r.text, named: "note-strip-\(columns)x\(rows)")
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func citedPageFollowed(columns: Int, rows: Int) {
        var r = chapterV(columns, rows)
        r.type("<Enter><Enter>")
        Snapshot.check(r.text, named: "cited-page-\(columns)x\(rows)")
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func interceptCard(columns: Int, rows: Int) {
        let m = Seeds.marker(in: Seeds.srh086, label: "4", citing: "H-197715")
        var r = Reader(columns, rows, at: [("SRH-086", line: Seeds.line(of: m, in: Seeds.srh086)), ("002", line: 1)])
        r.selectMarker(m)
        r.type("<Enter><Enter>")
        Snapshot.check(r.text, named: "intercept-card-\(columns)x\(rows)")
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func citationIndexNarrowed(columns: Int, rows: Int) {
        var r = Reader(columns, rows)
        r.type("iDS<Down>")
        Snapshot.check(r.text, named: "citation-index-\(columns)x\(rows)")
    }

    @Test func noteStripStylesInColour() {
        var r = chapterV(80, 24)
        r.session.theme = .colour
        r.type("<Enter>j")
        Snapshot.check(r.grid.styleSnapshot, named: "note-strip-80x24.style")
    }

    @Test func defaultStartStylesInColour() {
        var r = Reader(80, 24, theme: .colour)
        r.type("")
        Snapshot.check(r.grid.styleSnapshot, named: "default-80x24.style")
    }

    @Test func pickerStylesInMonochrome() {
        var r = Reader(80, 24, theme: .monochrome)
        r.type("o<Down>")
        Snapshot.check(r.grid.styleSnapshot, named: "picker-80x24.style")
    }

    @Test func theDiffNamesTheFirstDifferingLine() {
        #expect(Snapshot.firstDifference(expected: "a\nb\nc", actual: "a\nb\nc") == nil)
        #expect(Snapshot.firstDifference(expected: "a\nb\nc", actual: "a\nB\nc") == "line 2:\n  expected «b»\n  got      «B»")
        #expect(Snapshot.firstDifference(expected: "a", actual: "a\nb") == "line 2:\n  expected (no line)\n  got      «b»")
    }
}
