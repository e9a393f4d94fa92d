import ReaderCore
import TerminalCore
import Testing

/// The help screen: generated from the key map, scrolled like a pane, closed by q, Esc, ? or F1.
@Suite struct HelpTests {
    /// The help screen's text on a screen tall enough to hold all of it.
    private func fullHelp(keyMap: KeyMap = .standard) -> String {
        var r = Reader(100, HelpText(keyMap: keyMap, width: 98).lines.count + 2, keyMap: keyMap)
        r.type("?")
        return r.text
    }

    @Test(arguments: ["?", "<F1>"])
    func opensHelp(key: String) {
        var r = Reader()
        r.type(key)
        #expect(r.state.mode == .help(top: 0))
        #expect(r.rows[0].contains("dossier — keys"))
        #expect(r.messageRow == "j/k scroll  q close help")
    }

    @Test(arguments: ["q", "<Esc>", "?", "<F1>"])
    func closesHelp(key: String) {
        var r = Reader()
        let before = r.text
        #expect(r.type("?" + key) == nil, "closing help must not quit")
        #expect(r.state.mode == .reading)
        #expect(r.text == before)
    }

    @Test func everyBindingsHelpAndKeysAreShown() {
        let help = fullHelp()
        for binding in KeyMap.standard.bindings {
            #expect(help.contains(binding.help), "help lacks \"\(binding.help)\"")
            #expect(help.contains(binding.keysText), "help lacks keys \"\(binding.keysText)\"")
        }
        for section in ["Moving", "Notes and citations", "Jumps", "Panes", "View", "Leaving", "With a note open", "On a card", "In the citation index", "In this help", "In the document picker", "People", "In the actor picker"] {
            #expect(help.contains(section), "help lacks section \(section)")
        }
    }

    @Test func helpIsGeneratedFromTheKeyMap() {
        // A key map with one extra binding: the help must list it, and the standard help must not.
        let extra = KeyBinding(["X", "<C-w>X"], .quit, "leave at once, no questions", section: "Experiments")
        let custom = KeyMap(bindings: KeyMap.standard.bindings + [extra])
        let help = fullHelp(keyMap: custom)
        #expect(help.contains("leave at once, no questions"))
        #expect(help.contains("X <C-w>X"))
        #expect(help.contains("Experiments"))
        #expect(!fullHelp().contains("leave at once"))
        var r = Reader(80, 24, keyMap: custom)
        #expect(r.type("X") == 0)
    }

    @Test func helpScrollsAndClampsLikeAPane() {
        var r = Reader(80, 12)
        r.type("?")
        let first = r.rows[0]
        r.type("j")
        #expect(r.state.mode == .help(top: 1))
        #expect(r.rows[0] != first)
        r.type("kkk")
        #expect(r.state.mode == .help(top: 0))
        #expect(r.rows[0] == first)
    }

    @Test func helpBottomShowsTheLastLineAndOneLineUpMovesAtOnce() {
        let count = HelpText(keyMap: .standard, width: 78).lines.count
        var r = Reader(80, 12)
        r.type("?G")
        let bottom = r.rows
        // 11 rows above the message row show the last 11 lines; the last line is the key names note.
        #expect(bottom[10].contains("Key names:"))
        #expect(r.state.mode == .help(top: count - 11))
        r.type("k")
        #expect(r.rows != bottom, "k at the bottom of help must move up one line")
        #expect(r.rows[1] == bottom[0])
        r.type("j")
        #expect(r.rows == bottom)
    }

    @Test func wheelScrollsHelp() {
        var r = Reader(80, 12)
        r.type("?<WheelDown:5,5>")
        #expect(r.state.mode == .help(top: 3))
        r.type("<WheelUp:5,5>")
        #expect(r.state.mode == .help(top: 0))
    }

    @Test func panesKeepTheirPlaceBehindHelp() {
        var r = Reader()
        r.type("<Space>")
        let before = r.state.panes
        r.type("?jjjG<Space>q")
        #expect(r.state.panes == before)
    }
}
