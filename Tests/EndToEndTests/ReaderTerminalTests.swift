import Foundation
import Testing

/// The reader under different terminals and locales: colour where the terminal has it and NO_COLOR
/// is not set, attributes alone otherwise; an unknown TERM refused before the screen is touched; a
/// non-UTF-8 locale still shows the footnote superscripts.
@Suite("EndToEndTests: terminals and locales", .tags(.endToEnd))
struct ReaderTerminalTests {
    typealias Setting = TerminalSetting

    static let settings: [Setting] = [
        // NO_COLOR is given even when empty (the reader counts an empty one as unset), so a NO_COLOR
        // in the environment running the tests cannot change the outcome.
        Setting(term: "xterm-256color", noColor: "", colour: true),
        Setting(term: "xterm-256color", noColor: "1", colour: false),
        Setting(term: "tmux-256color", noColor: "", colour: true),
        Setting(term: "vt100", noColor: "", colour: false),
        Setting(term: "vt100", noColor: "1", colour: false),
    ]

    @Test("the panes show; colour only with a colour terminal and no NO_COLOR, else reverse video marks the focus", arguments: settings)
    func colours(_ setting: Setting) throws {
        let tmux = try DossierBinary.session([], columns: 80, rows: 24, environment: ["TERM": setting.term, "NO_COLOR": setting.noColor])
        #expect(tmux.term == setting.term)
        let screen = try tmux.waitForScreen("both panes") { $0.statusEntries.count == 2 && $0.focusedPane == 0 }
        #expect(screen.separators == [40], "\(screen)")
        #expect(screen.statusEntries[0].hasPrefix("▶ Blevins") && screen.statusEntries[1].hasPrefix("PSIS 400-16 · SRH-078"))
        #expect(screen.text.contains("Blevins"))

        // The styled capture has the same rows; read the focused status row's SGR codes.
        let styledScreen = tmux.captureStyled()
        let styledRows = styledScreen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(styledRows.count == 24, "\(styledRows.count) styled rows")
        let statusRow = styledRows[22]
        let colours = SGR.colours(in: styledScreen)
        if setting.colour {
            #expect(SGR.colours(in: statusRow).contains("34"), "the focused status row is blue: \(statusRow.debugDescription)")
        } else {
            #expect(colours == [], "no colour at all: \(Set(colours).sorted())")
        }
        #expect(SGR.attributes(in: statusRow).contains(7), "the status rows are reversed: \(statusRow.debugDescription)")
        #expect(SGR.attributes(in: statusRow).contains(1), "the focused status row is bold: \(statusRow.debugDescription)")

        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.restorationProblems() == [])
    }

    @Test("control sequences inside a document never reach the terminal: no title change, no clear, no bell")
    func hostileDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("hostile.txt", "\u{1B}]0;pwned\u{7}EVIL TITLE\n\nClear the screen \u{1B}[2J now and ring \u{7} the bell, then a C1 \u{9B}31m csi.\n")
        let tmux = try DossierBinary.session(["--corpus", folder.path, "hostile.txt"], columns: 80, rows: 12)
        let screen = try tmux.waitForScreen("the document") { $0.text.contains("Clear the screen") }
        #expect(screen.text.contains("␛]0;pwned"), "the escape shows as a visible placeholder")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        let written = String(decoding: try tmux.settledOutput(), as: UTF8.self)
        #expect(!written.contains("\u{1B}]0;pwned"), "no title-setting sequence from the document")
        #expect(!written.contains("\u{7}"), "no bell")
        #expect(!written.contains("\u{9B}"), "no C1 CSI")
    }

    @Test("an unknown TERM gets one line naming it and status 2, and the screen is never touched")
    func unknownTerm() throws {
        let tmux = try DossierBinary.session([], columns: 80, rows: 24, environment: ["TERM": "nosuchterm"])
        #expect(try tmux.waitForExit() == 2)
        // Read what the program wrote from the log: tmux 3.3a may not show the output of a program
        // that exits at once on the pane (it does not for `sh -c 'echo hello; exit 2'` either).
        let output = String(decoding: try tmux.settledOutput(), as: UTF8.self)
        let lines = output.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        #expect(lines.count == 1, "one line: \(output.debugDescription)")
        #expect(output.contains("TERM") && output.contains("nosuchterm"), "the message names TERM and its value: \(output.debugDescription)")
        #expect(!output.unicodeScalars.contains("\u{1B}"), "no escape sequence reached the terminal: \(output.debugDescription)")
        #expect(try tmux.restorationProblems() == [])
        #expect(try tmux.terminalModes().alternateScreen == false)
    }

    @Test("LANG=C with LC_ALL unset: the reader falls back to C.UTF-8 and footnote superscripts show")
    func nonUTF8Locale() throws {
        // The harness gives the pane LANG and LC_ALL of C.UTF-8; `env` takes them away again just
        // for the reader, which it then becomes (exec: same pid).
        let command = ["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LC_MESSAGES", "LANG=C",
                       try DossierBinary.path(), "open", "SRH-078", "--corpus", DossierBinary.seeds]
        let tmux = try TmuxSession(command: command, columns: 80, rows: 24)
        let screen = try tmux.waitForScreen("the summary's first page") { $0.statusRow.contains("p. 0 of 13") }

        // The reader really runs with LANG=C and no LC_ALL.
        let environ = try String(decoding: Data(contentsOf: URL(fileURLWithPath: "/proc/\(tmux.panePID)/environ")), as: UTF8.self)
            .split(separator: "\0").map(String.init)
        #expect(environ.contains("LANG=C"), "\(environ.filter { $0.hasPrefix("LANG") || $0.hasPrefix("LC_") })")
        #expect(!environ.contains { $0.hasPrefix("LC_ALL=") || $0.hasPrefix("LC_CTYPE=") })

        #expect(screen.text.contains("fear\".¹"), "the superscript marker ¹ shows\n\(screen)")
        #expect(screen.statusRow.hasPrefix("▶ PSIS 400-16 · SRH-078"), "non-ASCII furniture shows: \(screen.statusRow)")
        #expect(screen.rows[0].contains("─ cover (p. 0) ─"), "\(screen)")

        // And it equals what the same session shows headless under a UTF-8 locale.
        let expected = try HeadlessScreen.render(columns: 80, rows: 24, documents: ["SRH-078"])
        let settled = try tmux.waitUntil("the headless screen") { $0 == expected }
        #expect(settled == expected)

        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.restorationProblems() == [])
    }
}
