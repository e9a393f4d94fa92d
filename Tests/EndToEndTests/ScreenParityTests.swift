import Foundation
import Testing

/// `dossier screen` claims to print exactly the grid the reader shows after the same keys. Here the
/// claim is checked against the real reader on real ncursesw: the tmux capture after typing the keys
/// must equal the headless output, row for row.
@Suite("EndToEndTests: dossier screen matches the real reader", .tags(.endToEnd))
struct ScreenParityTests {
    /// One screen: a terminal size, a key script in our notation and the documents to open.
    struct Case: CustomTestStringConvertible, Sendable {
        var columns: Int
        var rows: Int
        var keys: String
        var documents: [String] = []
        /// The pane's TERM. Home and End need tmux's own: tmux sends them as `ESC [ 1 ~` / `ESC [ 4 ~`
        /// whatever TERM says, and xterm-256color's terminfo (khome `ESC O H`) does not know those.
        var term = TmuxSession.defaultTerm
        var testDescription: String {
            "\(columns)x\(rows) keys '\(keys)'" + (documents.isEmpty ? "" : " " + documents.joined(separator: " "))
                + (term == TmuxSession.defaultTerm ? "" : " TERM=\(term)")
        }
    }

    static let cases: [Case] = [
        Case(columns: 80, rows: 24, keys: ""),                                   // default start
        Case(columns: 100, rows: 30, keys: "jjj<Tab><C-f>"),                     // scroll, focus, page
        Case(columns: 132, rows: 43, keys: "o086<Enter>"),                       // picker replaces the left pane
        Case(columns: 132, rows: 43, keys: "?"),                                 // help screen
        Case(columns: 100, rows: 30, keys: "?jjj"),                              // help screen scrolled
        Case(columns: 80, rows: 24, keys: "s3039"),                              // picker open, narrowed, with its cursor
        Case(columns: 80, rows: 24, keys: "jj<Tab><C-f>", documents: ["002", "SRH-078:4"]),  // README example
        Case(columns: 100, rows: 30, keys: "<S-Tab><PgDn><PgDn>d<End>u<Home><Down>", documents: ["003", "SRH-078:4", "001"],
             term: "tmux-256color"),
        Case(columns: 100, rows: 30, keys: "<S-Tab><PgDn><PgDn>d<PgUp><Up><Up>", documents: ["003", "SRH-078:4", "001"]),
        Case(columns: 90, rows: 26, keys: "sR & A<Enter><lt><lt>j", documents: []),  // three panes, one narrowed
        Case(columns: 80, rows: 24, keys: "z<PgDn>", documents: ["SRH-078:2"]),      // furniture shown
        Case(columns: 80, rows: 24, keys: "x", documents: ["SRH-078"]),              // a message on the hint row
    ]

    @Test("the tmux capture equals dossier screen", arguments: cases)
    func parity(_ c: Case) throws {
        let expected = try HeadlessScreen.render(columns: c.columns, rows: c.rows, keys: c.keys, documents: c.documents)
        let arguments = c.documents.isEmpty ? [] : ["open"] + c.documents
        let tmux = try DossierBinary.session(arguments, columns: c.columns, rows: c.rows, environment: ["TERM": c.term])
        try tmux.waitForReader()
        try tmux.type(c.keys)
        // Poll until the pane shows the expected grid; then it must stay so (no late repaint).
        try expectScreen(tmux, equals: expected, after: c.keys)
        let settled = tmux.capture()
        #expect(ReaderScreen(settled).rows.count == c.rows)
        #expect(try tmux.termination() == nil)
    }

    /// Keys, a resize of the real window (`<Resize:...>` in the headless script), more keys.
    struct ResizeCase: CustomTestStringConvertible, Sendable {
        var columns: Int
        var rows: Int
        var before: String
        var to: (columns: Int, rows: Int)
        var after: String = ""
        var documents: [String] = []
        var resizeKey: String { "<Resize:\(to.columns)x\(to.rows)>" }
        var testDescription: String {
            "\(columns)x\(rows) keys '\(before)\(resizeKey)\(after)'" + (documents.isEmpty ? "" : " " + documents.joined(separator: " "))
        }
    }

    static let resizeCases: [ResizeCase] = [
        ResizeCase(columns: 80, rows: 24, before: "jjjjjjj<Tab><C-f>", to: (120, 40), after: "j"),  // the top paragraph stays
        ResizeCase(columns: 80, rows: 24, before: "s", to: (100, 30), after: "3039"),                // picker open across a resize
        ResizeCase(columns: 100, rows: 30, before: "?", to: (60, 20)),                               // help rewrapped
        ResizeCase(columns: 80, rows: 24, before: "<C-f><C-f>", to: (20, 5)),                        // too small
        ResizeCase(columns: 80, rows: 24, before: "<C-f>", to: (50, 12), after: "<Tab>", documents: ["002", "SRH-078:4", "003"]),
    ]

    @Test("after a real resize the tmux capture equals dossier screen with <Resize:...>", arguments: resizeCases)
    func resizeParity(_ c: ResizeCase) throws {
        let tmux = try DossierBinary.session(c.documents.isEmpty ? [] : ["open"] + c.documents,
                                             columns: c.columns, rows: c.rows)
        try tmux.waitForReader()

        // The keys before the resize must be handled before it, or the reader would see them in
        // another order than the script: wait for their screen first.
        let beforeScreen = try HeadlessScreen.render(columns: c.columns, rows: c.rows, keys: c.before, documents: c.documents)
        try tmux.type(c.before)
        try expectScreen(tmux, equals: beforeScreen, after: c.before, settled: false)

        try tmux.resize(columns: c.to.columns, rows: c.to.rows)
        let resized = try HeadlessScreen.render(columns: c.columns, rows: c.rows, keys: c.before + c.resizeKey, documents: c.documents)
        try expectScreen(tmux, equals: resized, after: c.before + c.resizeKey, settled: c.after.isEmpty)

        guard !c.after.isEmpty else { return }
        let expected = try HeadlessScreen.render(columns: c.columns, rows: c.rows, keys: c.before + c.resizeKey + c.after, documents: c.documents)
        try tmux.type(c.after)
        try expectScreen(tmux, equals: expected, after: c.before + c.resizeKey + c.after)
    }

    /// Keys typed one step at a time, with the documents and TERM to read them under.
    struct ScrollCase: CustomTestStringConvertible, Sendable {
        var columns: Int
        var rows: Int
        var steps: [String]
        var documents: [String]
        var term = TmuxSession.defaultTerm
        var testDescription: String {
            "\(columns)x\(rows) \(documents.joined(separator: " ")) TERM=\(term) steps \(steps.joined(separator: " "))"
        }
    }

    /// Reading on and back one line, a few at a time, by pages and across the end: every step scrolls the
    /// terminal (curses scrolls a full-width pane with a scrolling region) or repaints a side-by-side pane.
    static let scrollSteps = ["j", "j", "jjjjj", String(repeating: "j", count: 23), "k", "kkkk", "<Space>", "<Space>", "<Space>",
                              "<PgUp>", "jjj", "<End>", "k", "<Home>", "j"]
    static let scrollCases: [ScrollCase] = [
        ScrollCase(columns: 80, rows: 24, steps: scrollSteps, documents: ["002"]),
        ScrollCase(columns: 80, rows: 24, steps: scrollSteps, documents: ["002"], term: "vt100"),
        ScrollCase(columns: 200, rows: 60, steps: scrollSteps + ["<Tab>", "j", "<Space>", "k"], documents: ["002", "SRH-078"]),
        ScrollCase(columns: 200, rows: 60, steps: ["jjj", "<C-w>l", "jj", "<C-f>", "k"], documents: ["002", "002"]),
    ]

    @Test("after every scroll step the tmux capture equals dossier screen (no stale lines)", arguments: scrollCases)
    func scrollParity(_ c: ScrollCase) throws {
        let tmux = try DossierBinary.session(["open"] + c.documents, columns: c.columns, rows: c.rows, environment: ["TERM": c.term])
        try tmux.waitForReader()
        var keys = ""
        for (index, step) in c.steps.enumerated() {
            keys += step
            let expected = try HeadlessScreen.render(columns: c.columns, rows: c.rows, keys: keys, documents: c.documents)
            try tmux.type(step)
            try expectScreen(tmux, equals: expected, after: keys, settled: index == c.steps.count - 1)
        }
        #expect(try tmux.termination() == nil)
    }

    /// Waits for the pane to show `expected`, then (if `settled`) checks it stays so, with no late
    /// repaint; records the differing rows if not.
    private func expectScreen(_ tmux: TmuxSession, equals expected: String, after keys: String, settled: Bool = true,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        do {
            try tmux.waitUntil("the headless screen after '\(keys)'") { $0 == expected }
        } catch {
            let actual = tmux.capture()
            Issue.record("after '\(keys)' the pane differs from dossier screen:\n\(HeadlessScreen.difference(expected: expected, actual: actual))\n\(ReaderScreen(actual))",
                         sourceLocation: sourceLocation)
            throw error
        }
        guard settled else { return }
        let stable = try tmux.waitForStable()
        #expect(stable == expected, "\(HeadlessScreen.difference(expected: expected, actual: stable))", sourceLocation: sourceLocation)
    }

    @Test("our key notation becomes tmux send-keys strokes")
    func keyTranslation() throws {
        typealias S = TmuxKeys.Stroke
        #expect(try TmuxKeys.strokes("jjj<Tab><C-f>") == [S.literal("jjj"), .key("Tab"), .key("C-f")])
        #expect(try TmuxKeys.strokes("o086<Enter>") == [S.literal("o086"), .key("Enter")])
        #expect(try TmuxKeys.strokes("<Esc><Space><S-Tab><PgDn><PgUp>") == [S.key("Escape"), .literal(" "), .key("BTab"), .key("NPage"), .key("PPage")])
        #expect(try TmuxKeys.strokes("<lt>x<BS><Home><End><F1><Up><C-w>l") ==
                [S.literal("<x"), .key("BSpace"), .key("Home"), .key("End"), .key("F1"), .key("Up"), .key("C-w"), .literal("l")])
        #expect(try TmuxKeys.strokes("R & A;") == [S.literal("R & A;")])
        #expect(try TmuxKeys.strokes("") == [])
        #expect(throws: TmuxKeys.Untypable.self) { try TmuxKeys.strokes("j<Resize:100x30>") }
        #expect(throws: (any Error).self) { try TmuxKeys.strokes("<NoSuchKey>") }
    }
}
