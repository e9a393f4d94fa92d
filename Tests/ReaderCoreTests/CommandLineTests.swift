import Corpus
import ReaderCore
import TerminalCore
import Testing

/// The `:` command line: parsing, running, history, completion and clear messages for what is wrong.
@Suite struct CommandLineTests {
    @Test func parsesEveryCommandAndItsShortForms() throws {
        #expect(try LineCommand.parse("page 12").get() == .page(12))
        #expect(try LineCommand.parse("12").get() == .page(12))
        #expect(try LineCommand.parse(" p 3 ").get() == .page(3))
        #expect(try LineCommand.parse("open SRH-078:4").get() == .open("SRH-078", page: 4))
        #expect(try LineCommand.parse("e PSIS 400-23").get() == .open("PSIS 400-23", page: nil))
        #expect(try LineCommand.parse("vs 002").get() == .split("002", page: nil))
        #expect(try LineCommand.parse("filter Sato, Lozovskii").get() == .filter(["Sato", "Lozovskii"]))
        #expect(try LineCommand.parse("filter").get() == .filter([]))
        #expect(try LineCommand.parse("search Foreign Minister").get() == .search("Foreign Minister"))
        #expect(try LineCommand.parse("grep lozovsk").get() == .grep("lozovsk"))
        #expect(try LineCommand.parse("cite H-197715").get() == .cite("H-197715"))
        #expect(try LineCommand.parse("q").get() == .quit)
        #expect(try LineCommand.parse("quit").get() == .quit)
        #expect(try LineCommand.parse("noh").get() == .noHighlight)
        #expect(try LineCommand.parse("delm a b").get() == .deleteMarks(["a", "b"]))
        #expect(try LineCommand.parse("outl").get() == .outline)
    }

    @Test func wrongLinesSayWhatIsWrong() throws {
        #expect(throws: LineCommandError.unknown("frobnicate")) { try LineCommand.parse("frobnicate").get() }
        #expect(throws: LineCommandError.usage("page N (a page number)")) { try LineCommand.parse("page twelve").get() }
        #expect(throws: LineCommandError.usage("open DOC[:PAGE]")) { try LineCommand.parse("open").get() }
        // "o" alone is open; "ou" begins only outline; "s" is search (not split).
        #expect(try LineCommand.parse("ou").get() == .outline)
        #expect(throws: LineCommandError.usage("search TEXT")) { try LineCommand.parse("s").get() }
    }

    @Test func pageTwelveOfSRH078ShowsTogosFirstOfJuneMessage() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type(":page 12<Enter>")
        #expect(r.statusRow(0).contains("p. 12 of"))
        #expect(r.paneText(0).contains("On June 1st, with Tokyo's Ministries in ruins, Togo addressed Sato"))
        // :N is the same, and '' returns to before the jump.
        r.type(":3<Enter>")
        #expect(r.statusRow(0).contains("p. 3 of"))
        r.type("''")
        #expect(r.statusRow(0).contains("p. 12 of"))
    }

    @Test func openGoesToADocumentAtAPageAndSplitAddsAPane() {
        var r = Reader(120, 30, documents: [("002", nil)])
        r.type(":open SRH-078:4<Enter>")
        #expect(r.state.panes[0].document == Seeds.index("SRH-078"))
        #expect(r.statusRow(0).contains("p. 4 of"))
        r.type(":split PSIS 400-23:5<Enter>")
        #expect(r.state.panes.count == 2)
        #expect(r.state.focus == 1)
        #expect(r.state.panes[1].document == Seeds.index("SRH-086"))
        #expect(r.statusRow(1).contains("p. 5 of"))
        r.type(":open nothing-like-this<Enter>")
        #expect(r.messageRow.contains("no document \"nothing-like-this\""))
        r.type(":page 99<Enter>")
        #expect(r.messageRow.contains("no page 99"))
        r.type(":open 002<Enter>:page 3<Enter>")
        #expect(r.messageRow.contains("carries no original page numbers"))
    }

    @Test func filterAndCiteRunFromTheCommandLine() {
        var r = Reader(120, 30, documents: [("002", nil), ("SRH-078", nil)])
        r.type(":filter Sato, Lozovskii<Enter>")
        let sato = Seeds.corpus.actors.actor(named: "Sato")!, lozovsky = Seeds.corpus.actors.actor(named: "Lozovsky")!
        #expect(r.state.actorFilter.actors == [sato, lozovsky])
        r.type(":filter Nobody Atall<Enter>")
        #expect(r.messageRow.contains("no person or organisation \"Nobody Atall\""))
        #expect(r.state.actorFilter.actors == [sato, lozovsky])
        r.type(":filter<Enter>")
        #expect(!r.state.actorFilter.isOn)
        r.type(":cite H-197715<Enter>")
        #expect(r.state.panes[0].content == .card("H-197715"))
        r.type(":quit<Enter>")
    }

    @Test func quitAndUnknownCommands() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type(":wibble<Enter>")
        #expect(r.messageRow == "not a command: wibble (Tab completes; :help lists them)")
        #expect(r.type(":q<Enter>") == 0)
    }

    @Test func tabCompletesCommandsDocumentsAndNames() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type(":op<Tab>")
        #expect(CommandLineTests.line(r) == "open ")
        r.type("SRH<Tab>")
        // Two summaries: the common prefix, the candidates listed above the prompt.
        #expect(CommandLineTests.line(r) == "open SRH-0")
        #expect(r.rows[r.rows.count - 2].contains("SRH-078") && r.rows[r.rows.count - 2].contains("SRH-086"))
        r.type("<Tab>")
        #expect(CommandLineTests.line(r) == "open SRH-078")
        r.type("<Tab>")
        #expect(CommandLineTests.line(r) == "open SRH-086")
        r.type("<Esc>:filter Sato, Lozovs<Tab>")
        #expect(CommandLineTests.line(r).hasPrefix("filter Sato, Lozovsk"))
    }

    @Test func historyWalksOnlyLinesBeginningAsTyped() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type(":page 3<Enter>:open SRH-086<Enter>:page 5<Enter>:pa<Up>")
        #expect(CommandLineTests.line(r) == "page 5")
        r.type("<Up>")
        #expect(CommandLineTests.line(r) == "page 3")
        r.type("<Down><Down>")
        #expect(CommandLineTests.line(r) == "pa")
    }

    @Test func lineEditingKeys() {
        var editor = LineEditor("open SRH")
        editor.move(by: -3)
        editor.insert("X")
        #expect(editor.text == "open XSRH")
        // Ctrl-W takes the word before the cursor: the X typed, back to the space.
        editor.deleteWord()
        #expect(editor.text == "open SRH")
        #expect(editor.cursor == 5)
        editor.moveToEdge(end: true)
        let erased = editor.deleteBackward()
        #expect(erased && editor.text == "open SR")
        editor.deleteToStart()
        #expect(editor.text.isEmpty)
        let erasedNothing = editor.deleteBackward()
        #expect(!erasedNothing)
        #expect(LineEditor.remember(" a ", in: ["a", "b"]) == ["b", "a"])
        #expect(LineEditor.remember("x", in: (0..<100).map(String.init)).count == 100)
    }

    @Test func scalarsThatJoinTheCharacterBeforeThemKeepTheCursorInside() {
        // Keys arrive one scalar at a time: a combining mark, a flag's second half, a Hangul vowel.
        for (scalars, word) in [(["S", "h", "o", "\u{302}", "w", "a"], "Shôwa"), (["\u{1F1EF}", "\u{1F1F5}", "x"], "🇯🇵x"),
                                (["\u{1100}", "\u{1161}"], "\u{1100}\u{1161}")] {
            var editor = LineEditor()
            for s in scalars { editor.insert(Character(s)) }
            #expect(editor.text == word)
            #expect(editor.cursor == word.count)
            editor.move(by: -1)
            editor.insert("\u{301}")
            #expect(editor.cursor <= editor.text.count)
            while editor.deleteBackward() {}
            editor.deleteWord()
            #expect(editor.cursor <= editor.text.count)
        }
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        r.type("/\u{1F1EF}<Right>\u{1F1F5}x<Left><BS><BS>")
        _ = r.text
        guard case .prompt(let prompt) = r.state.mode else { Issue.record("the prompt closed"); return }
        #expect(prompt.editor.text == "x" && prompt.editor.cursor == 0)
    }

    @Test func tabNeverShortensWhatWasTypedAndSaysWhenNothingCompletes() {
        var r = Reader(100, 24, documents: [("SRH-078", nil)])
        r.type(":filter t<Tab>")
        // The shared beginning of "Takeuchi", "the Emperor", "Togo"… is the letter typed, whatever its case.
        #expect(CommandLineTests.line(r).lowercased() == "filter t")
        #expect(r.rows[r.rows.count - 2].contains("Takeuchi"))
        r.type("<Esc>:xyz<Tab>")
        #expect(r.rows[r.rows.count - 2] == "nothing to complete")
        #expect(r.messageRow.hasPrefix(":xyz"))
    }

    @Test func splitChecksTheWidthAndGoingBackClosesTheNewPane() {
        var r = Reader(40, 20, documents: [("SRH-078", nil), ("002", nil)])
        r.type(":split 001<Enter>")
        #expect(r.state.panes.count == 2)
        #expect(r.messageRow.contains("too narrow for another pane"))
        var wide = Reader(120, 24, documents: [("SRH-078", nil)])
        wide.type(":split 001:5<Enter>")
        #expect(wide.state.panes.count == 2 && wide.statusRow(1).contains("p. 5 of"))
        wide.type("<C-o>")
        #expect(wide.state.panes.count == 1)
    }

    /// The prompt's line, or "" when none is open.
    static func line(_ r: Reader) -> String {
        if case .prompt(let prompt) = r.state.mode { return prompt.editor.text }
        return ""
    }
}
