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
    func timelineOpen(columns: Int, rows: Int) {
        // From SRH-078's page 10: the timeline opens at the Sato-Molotov interview.
        check("timeline", columns, rows, documents: [("SRH-078", 10)], keys: "T")
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func timelineNarrowedToADay(columns: Int, rows: Int) {
        check("timeline-1945-07-2", columns, rows, keys: "T1945-07-2")
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func quotationFollowed(columns: Int, rows: Int) {
        // Sato's plea of 20 July on SRH-086 p. 5, ❝ in the margin; Q opens the thesis quoting it.
        check("quotation-followed", columns, rows, documents: [("SRH-086", 5)], keys: "jjjjjjjjjjjjQ")
    }

    @Test(arguments: [(80, 24), (132, 43)])
    func quotationsList(columns: Int, rows: Int) {
        check("quotations", columns, rows, keys: ":quotes<Enter>")
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
        Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078", columns, rows)
    }

    /// Footnote flows at the classic and a large size: (snapshot name, reader at a marker, keys).
    static let flows: [(String, String, String)] = [
        ("note-strip", "thesis-27", "<Enter>"), ("cited-page", "thesis-27", "<Enter><Enter>"),
        ("intercept-card", "psis-4", "<Enter><Enter>"), ("citation-index", "default", "iDS<Down>"),
    ]

    @Test(arguments: flows, [(80, 24), (132, 43)])
    func footnoteFlow(flow: (String, String, String), size: (Int, Int)) {
        let (name, start, keys) = flow
        var r: Reader
        switch start {
        case "thesis-27": r = chapterV(size.0, size.1)
        case "psis-4": r = Reader.atMarker(in: Seeds.srh086, label: "4", citing: "H-197715", beside: "002", size.0, size.1)
        default: r = Reader(size.0, size.1)
        }
        r.type(keys)
        Snapshot.check(r.text, named: "\(name)-\(size.0)x\(size.1)")
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

    /// Actor filter screens: both summaries side by side narrowed to Sato and Lozovsky, and the picker.
    static let actorFlows: [(String, String)] = [
        ("actor-filter", "asato<Space><C-u>lozovsky<Space><Enter>"), ("actor-picker", "aloz"), ("actor-card", "<Tab>)<Enter>"),
    ]

    @Test(arguments: actorFlows, [(80, 24), (132, 43)])
    func actorFilter(flow: (String, String), size: (Int, Int)) {
        check(flow.0, size.0, size.1, documents: [("SRH-086", nil), ("SRH-078", nil)], keys: flow.1)
    }

    @Test func actorFilterStylesInColourAndMonochrome() {
        for (theme, name) in [(Theme.colour, "colour"), (Theme.monochrome, "mono")] {
            var r = Reader(80, 24, documents: [("SRH-086", nil), ("SRH-078", nil)])
            r.session.theme = theme
            r.type("asato<Space><C-u>lozovsky<Space><Enter>")
            Snapshot.check(r.grid.styleSnapshot, named: "actor-filter-80x24-\(name).style")
        }
    }

    /// Finding screens: a search kept with its counter, the results of a search of every document, the outline,
    /// the command line completing a document, and the marks list.
    static let findingFlows: [(String, String)] = [
        ("search", "<Tab>/togo<Enter>n"), ("search-all", "Slozovsk<Enter>"), ("outline", "<Tab>t"),
        ("command-completion", ":open SRH<Tab><Tab>"), ("marks-list", "ma<Tab>:page 12<Enter>mb<Tab>M"),
    ]

    @Test(arguments: findingFlows, [(80, 24), (132, 43)])
    func finding(flow: (String, String), size: (Int, Int)) {
        check(flow.0, size.0, size.1, documents: [("002", nil), ("SRH-078", nil)], keys: flow.1)
    }

    @Test func searchStylesInColourAndMonochrome() {
        for (theme, name) in [(Theme.colour, "colour"), (Theme.monochrome, "mono")] {
            var r = Reader(80, 24, documents: [("SRH-078", 12)])
            r.session.theme = theme
            r.type("/sato<Enter>")
            Snapshot.check(r.grid.styleSnapshot, named: "search-80x24-\(name).style")
        }
    }

    @Test func theDiffNamesTheFirstDifferingLine() {
        #expect(Snapshot.firstDifference(expected: "a\nb\nc", actual: "a\nb\nc") == nil)
        #expect(Snapshot.firstDifference(expected: "a\nb\nc", actual: "a\nB\nc") == "line 2:\n  expected «b»\n  got      «B»")
        #expect(Snapshot.firstDifference(expected: "a", actual: "a\nb") == "line 2:\n  expected (no line)\n  got      «b»")
    }
}
