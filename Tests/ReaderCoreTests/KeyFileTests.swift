import ReaderCore
import TerminalCore
import Testing

/// The user's key file: rebindings by name, per mode, with bad lines reported by number and ignored.
@Suite struct KeyFileTests {
    @Test func everyBoundCommandHasAName() {
        for binding in KeyMap.standard.bindings {
            #expect(binding.command.name != nil, "no key-file name for \(binding.command)")
            #expect(binding.command.name.flatMap(Command.init(name:)) == binding.command)
        }
        #expect(Set(Command.named.map(\.name)).count == Command.named.count, "names are unique")
    }

    @Test func aRebindingMovesTheKeyToItsNewCommand() {
        let map = KeyMap.standard.applying(KeyFile(text: "n select-next\nj page-down\n"))
        #expect(map.lookup(pending: [], key: .character("n"), mode: .reading) == .command(.selectNext))
        #expect(map.lookup(pending: [], key: .character("j"), mode: .reading) == .command(.scrollPages(1)))
        #expect(map.lookup(pending: [], key: .character("k"), mode: .reading) == .command(.scrollLines(-1)), "other keys keep their commands")
        // j left "line down" only while reading: the help screen still scrolls with it.
        #expect(map.lookup(pending: [], key: .character("j"), mode: .help) == .command(.scrollLines(1)))
    }

    @Test func aModeNamesWhereTheRebindingApplies() {
        let map = KeyMap.standard.applying(KeyFile(text: "note q quit\n"))
        #expect(map.lookup(pending: [], key: .character("q"), mode: .note) == .command(.quit))
        #expect(map.lookup(pending: [], key: .escape, mode: .note) == .command(.closeStrip), "Esc still closes the note")
    }

    @Test func unboundFreesAKey() {
        let map = KeyMap.standard.applying(KeyFile(text: "x unbound   # never close by accident\n"))
        #expect(map.lookup(pending: [], key: .character("x"), mode: .reading) == .unbound)
        #expect(map.lookup(pending: [.control("w")], key: .character("c"), mode: .reading) == .command(.closePane))
    }

    @Test func badLinesAreReportedWithTheirNumbersAndIgnored() {
        let file = KeyFile(text: "# comment\n\nn select-next\nn scrol\nnowhere n top\n<C-> top\na b c d\n")
        #expect(file.rebindings.count == 1)
        #expect(file.problems == [
            "keys line 4: unknown command \"scrol\" ('dossier keys' lists them); ignored",
            "keys line 5: unknown mode \"nowhere\" (modes: reading, note, card, index, help, picker, actors, prompt, mark, list); ignored",
            "keys line 6: \"<C->\" is not a key (write keys as help shows them: n, <C-j>, <C-w>v); ignored",
            "keys line 7: expected \"KEYS COMMAND\" or \"MODE KEYS COMMAND\"; ignored",
        ])
    }

    @Test func helpShowsTheRebinding() {
        var r = Reader(100, 200, keyMap: KeyMap.standard.applying(KeyFile(text: "n select-next\n<C-g> back\n")))
        r.type("?")
        #expect(r.rows.contains { $0.contains("] n") && $0.contains("select the next footnote marker") })
        #expect(r.rows.contains { $0.contains("<C-o> <BS> H <C-g>") })
        r.type("q")
        r.type("n")
        #expect(r.state.focusedPane.selection == .marker(0), "and the key does it")
    }
}
