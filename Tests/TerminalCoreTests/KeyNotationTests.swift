import Testing
import TerminalCore

/// The key notation of `dossier screen --keys` and of the help screen.
@Suite struct KeyNotationTests {
    /// One key of every kind, including the characters the notation must escape.
    static let everyKind: [Key] = [
        .character("j"), .character("G"), .character("?"), .character(">"), .character("<"), .character(" "),
        .character("é"), .character("日"), .character("¹"),
        .control("w"), .control("a"), .control("z"),
        .enter, .tab, .backTab, .escape, .backspace, .delete, .up, .down, .left, .right,
        .pageUp, .pageDown, .home, .end, .insert, .function(1), .function(12),
    ]

    @Test(arguments: everyKind)
    func nameThenParseGivesTheKeyBack(key: Key) throws {
        let name = KeyNotation.name(of: key)
        #expect(try KeyNotation.parse(name) == [.key(key)], "\(name)")
    }

    @Test func everyControlLetterRoundTripsExceptTabAndEnter() throws {
        // Ctrl-I and Ctrl-M are Tab and Enter on a terminal, so the notation reads them as those.
        for letter in "abcdefghjklnopqrstuvwxyz" {
            #expect(try KeyNotation.parse(KeyNotation.name(of: .control(letter))) == [.key(.control(letter))])
        }
        #expect(try KeyNotation.parse("<C-i>") == [.key(.tab)])
        #expect(try KeyNotation.parse("<C-m>") == [.key(.enter)])
    }

    @Test func aWholeSequenceRoundTrips() throws {
        let keys = Self.everyKind
        let script = keys.map(KeyNotation.name(of:)).joined()
        #expect(try KeyNotation.parse(script) == keys.map(Input.key))
    }

    @Test func namesAreCaseInsensitiveAndHaveAliases() throws {
        #expect(try KeyNotation.parse("<ENTER><cr><Return>") == [.key(.enter), .key(.enter), .key(.enter)])
        #expect(try KeyNotation.parse("<s-tab><BackTab>") == [.key(.backTab), .key(.backTab)])
        #expect(try KeyNotation.parse("<PageDown><pgdn><C-W>") == [.key(.pageDown), .key(.pageDown), .key(.control("w"))])
        #expect(try KeyNotation.parse("<f7>") == [.key(.function(7))])
    }

    @Test func plainCharactersStandForThemselves() throws {
        #expect(try KeyNotation.parse("jk ") == [.key(.character("j")), .key(.character("k")), .key(.character(" "))])
        // A "<" that opens no name is just a character, and so is a lone ">".
        #expect(try KeyNotation.parse("<") == [.key(.character("<"))])
        #expect(try KeyNotation.parse("<>") == [.key(.character("<")), .key(.character(">"))])
        #expect(try KeyNotation.parse("") == [])
    }

    @Test func nonKeyInputs() throws {
        #expect(try KeyNotation.parse("<Resize:60x20>") == [.resize(columns: 60, rows: 20)])
        #expect(try KeyNotation.parse("<Click:3,4>") == [.mouse(MouseEvent(.click, column: 3, row: 4))])
        #expect(try KeyNotation.parse("<WheelUp:0,0><wheeldown:10,2>") == [
            .mouse(MouseEvent(.wheelUp, column: 0, row: 0)), .mouse(MouseEvent(.wheelDown, column: 10, row: 2)),
        ])
    }

    @Test(arguments: ["<Foo>", "<C-1>", "<C-ab>", "<F0>", "<F13>", "<Resize:60>", "<Resize:-1x5>", "<Resize:ax5>",
                      "<Click:1>", "<Click:-1,2>", "<Drag:1,2>", "j<Nope>k"])
    func badNamesAreErrorsNamingTheFragment(script: String) {
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse(script) }
        do {
            _ = try KeyNotation.parse(script)
        } catch {
            #expect(script.contains(error.fragment))
            #expect(error.fragment.hasPrefix("<") && error.fragment.hasSuffix(">"))
            #expect(error.description.hasPrefix("unknown key \(error.fragment)"))
        }
    }
}
