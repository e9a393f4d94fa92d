@testable import CursesBackend
#if canImport(Glibc)
import Glibc
#endif
import TerminalCore
import Testing

/// Drawing and reading on real ncursesw with /dev/null as the terminal (pitfall 17).
///
/// Serialised: curses keeps one current screen per process, and the signal flag is
/// process-wide. Every test runs in a UTF-8 thread locale and ends its screen itself.
@Suite(.serialized) struct CursesScreenTests {
    /// A sample of the text the reader shows: ASCII, Cyrillic, CJK and a combining mark.
    private func sampleGrid() -> Grid {
        var grid = Grid(width: 12, height: 4)
        grid.put("Hi, мир!", column: 0, row: 0)
        grid.put("日本語ab", column: 0, row: 1)
        // A decomposed "é": fill stores the cluster as given (put turns it into U+FFFD today).
        grid.fill(Rect(x: 2, y: 2, width: 1, height: 1), character: "e\u{301}")
        grid.put("x", column: 3, row: 2)
        grid.put("Z", column: 11, row: 3)
        return grid
    }

    /// Runs `body` on a fresh test screen of the given size.
    private func onScreen(
        columns: Int = 12, rows: Int = 4, options: CursesTerminal.Options = .init(),
        _ body: (CursesTerminal) throws -> Void
    ) throws {
        try withUTF8Locale {
            let terminal = try CursesTerminal(testScreenColumns: columns, rows: rows, options: options)
            defer { terminal.end() }
            try body(terminal)
        }
    }

    @Test func theTestScreenHasTheRequestedSize() throws {
        try onScreen(columns: 33, rows: 7) { terminal in
            #expect(terminal.size == (33, 7))
        }
    }

    @Test func textReadsBackAsDrawn() throws {
        try onScreen { terminal in
            let grid = sampleGrid()
            terminal.draw(grid)
            for row in 0..<grid.height {
                #expect(terminal.screenRow(row).unicodeScalars.elementsEqual(grid.rowTexts()[row].unicodeScalars),
                        "row \(row): \(terminal.screenRow(row))")
            }
        }
    }

    @Test func wideCharactersKeepBothColumns() throws {
        try onScreen { terminal in
            terminal.draw(sampleGrid())
            // Writing the continuation cell (a space) would have erased the character's left half.
            #expect(terminal.screenCell(column: 0, row: 1)?.scalars == ["日"])
            #expect(terminal.screenCell(column: 2, row: 1)?.scalars == ["本"])
            #expect(terminal.screenCell(column: 4, row: 1)?.scalars == ["語"])
            #expect(terminal.screenCell(column: 6, row: 1)?.scalars == ["a"])
        }
    }

    @Test func combiningMarksStayWithTheirBase() throws {
        try onScreen { terminal in
            terminal.draw(sampleGrid())
            #expect(terminal.screenCell(column: 2, row: 2)?.scalars == ["e", "\u{301}"])
            #expect(terminal.screenCell(column: 3, row: 2)?.scalars == ["x"])
            #expect(terminal.screenCell(column: 4, row: 0)?.scalars == ["м"])
        }
    }

    @Test func controlsInHandMadeCellsNeverReachTheTerminal() throws {
        try onScreen { terminal in
            var grid = Grid(width: 12, height: 4)
            // fill stores its character unchecked, unlike put: the backend must still guard.
            grid.fill(Rect(x: 0, y: 0, width: 1, height: 1), character: "\u{1B}")
            grid.fill(Rect(x: 1, y: 0, width: 1, height: 1), character: "\u{9B}")
            grid.fill(Rect(x: 2, y: 0, width: 1, height: 1), character: "\u{301}")
            terminal.draw(grid)
            for column in 0..<3 {
                #expect(terminal.screenCell(column: column, row: 0)?.scalars == ["\u{FFFD}"], "column \(column)")
            }
        }
    }

    @Test func theBottomRightCellIsWritten() throws {
        try onScreen { terminal in
            terminal.draw(sampleGrid())
            #expect(terminal.screenCell(column: 11, row: 3)?.scalars == ["Z"])
        }
    }

    @Test func replacingHalfAWideCharacterAndBack() throws {
        try onScreen { terminal in
            let wide = sampleGrid()
            var narrow = wide
            narrow.put("x", column: 1, row: 1)  // over 日's right half: the grid blanks its left half
            terminal.draw(wide)
            terminal.draw(narrow)
            #expect(terminal.screenRow(1) == narrow.rowTexts()[1])
            terminal.draw(wide)
            #expect(terminal.screenRow(1) == "日本語ab")
        }
    }

    @Test func stylesBecomeAttributes() throws {
        try onScreen { terminal in
            let styles: [Style.Attributes] = [[], .bold, .reverse, .underline, .dim, .italic, [.bold, .underline, .reverse]]
            var grid = Grid(width: 12, height: 4)
            for (column, attributes) in styles.enumerated() {
                grid.put("s", column: column, row: 0, style: Style(attributes))
            }
            terminal.draw(grid)
            for (column, attributes) in styles.enumerated() {
                let cell = try #require(terminal.screenCell(column: column, row: 0))
                #expect(cell.attributes == attributes, "column \(column)")
                #expect(cell.pair == 0)
            }
        }
    }

    @Test func coloursGetPairsOnFirstUse() throws {
        try onScreen { terminal in
            #expect(terminal.usesColor)
            var grid = Grid(width: 12, height: 4)
            grid.put("r", column: 0, row: 0, style: Style(foreground: .red))
            grid.put("b", column: 1, row: 0, style: Style(background: .blue))
            grid.put("r", column: 2, row: 0, style: Style(.bold, foreground: .red))
            grid.put("y", column: 3, row: 0, style: Style(foreground: .yellow, background: .black))
            terminal.draw(grid)
            let red = try #require(terminal.screenCell(column: 0, row: 0)?.pair)
            let blue = try #require(terminal.screenCell(column: 1, row: 0)?.pair)
            let yellow = try #require(terminal.screenCell(column: 3, row: 0)?.pair)
            #expect(red != 0 && blue != 0 && yellow != 0)
            #expect(Set([red, blue, yellow]).count == 3)
            #expect(terminal.screenCell(column: 2, row: 0)?.pair == red, "one pair per combination")
            #expect(terminal.screenCell(column: 2, row: 0)?.attributes == .bold)
            #expect(terminal.pairColors(red) == (1, -1), "-1: the terminal's own background")
            #expect(terminal.pairColors(blue) == (-1, 4))
            #expect(terminal.pairColors(yellow) == (3, 0))
        }
    }

    @Test func withoutColoursStylesKeepOnlyAttributes() throws {
        try onScreen(options: .init(colors: false, mouse: false)) { terminal in
            #expect(!terminal.usesColor)
            var grid = Grid(width: 12, height: 4)
            grid.put("r", column: 0, row: 0, style: Style(.underline, foreground: .red))
            terminal.draw(grid)
            #expect(terminal.screenCell(column: 0, row: 0)?.pair == 0)
            #expect(terminal.screenCell(column: 0, row: 0)?.attributes == .underline)
        }
    }

    @Test func anUnchangedFrameWritesNothing() throws {
        try onScreen { terminal in
            var grid = sampleGrid()
            terminal.draw(grid)
            #expect(terminal.lastRunCount == 4, "the first frame writes every row")
            terminal.draw(grid)
            #expect(terminal.lastRunCount == 0)
            grid.put("!", column: 5, row: 3)
            terminal.draw(grid)
            #expect(terminal.lastRunCount == 1)
            #expect(terminal.screenCell(column: 5, row: 3)?.scalars == ["!"])
        }
    }

    @Test func invalidateRepaintsEverything() throws {
        try onScreen { terminal in
            let grid = sampleGrid()
            terminal.draw(grid)
            terminal.invalidate()
            terminal.draw(grid)
            #expect(terminal.lastRunCount == 4)
            terminal.draw(grid)
            #expect(terminal.lastRunCount == 0, "only the next frame")
            #expect(terminal.screenRow(1) == "日本語ab")
        }
    }

    @Test func aResizeRepaintsEverything() throws {
        try onScreen { terminal in
            terminal.draw(sampleGrid())
            terminal.resizeScreen(columns: 20, rows: 6)
            #expect(terminal.size == (20, 6))
            var grid = Grid(width: 20, height: 6)
            grid.put("wider now", column: 0, row: 5)
            terminal.draw(grid)
            #expect(terminal.lastRunCount == 6)
            #expect(terminal.screenRow(0) == "", "nothing left of the old frame")
            #expect(terminal.screenRow(5) == "wider now")
        }
    }

    @Test func aGridLargerThanTheScreenIsClipped() throws {
        try onScreen(columns: 10, rows: 3) { terminal in
            var grid = Grid(width: 11, height: 5)
            grid.put("abcdefghi日", column: 0, row: 0)  // 日 would straddle the screen's edge
            grid.put("next", column: 0, row: 1)
            grid.put("hidden", column: 0, row: 4)
            terminal.draw(grid)
            #expect(terminal.screenRow(0) == "abcdefghi")
            #expect(terminal.screenRow(1) == "next", "the wide character did not wrap onto row 1")
            #expect(terminal.screenRow(2) == "")
        }
    }

    @Test func keysArriveAsInput() throws {
        try onScreen { terminal in
            terminal.queueKeyCode(CursesTerminal.Codes.up)
            #expect(terminal.read(timeoutMilliseconds: 100) == .input(.key(.up)))
            terminal.queueCharacter("ж")
            #expect(terminal.read(timeoutMilliseconds: 100) == .input(.key(.character("ж"))))
            terminal.queueCharacter("\u{3}")
            #expect(terminal.read(timeoutMilliseconds: 100) == .input(.key(.control("c"))))
            terminal.queueKeyCode(CursesTerminal.Codes.function(5))
            #expect(terminal.read(timeoutMilliseconds: 100) == .input(.key(.function(5))))
        }
    }

    @Test func resizeReportsTheNewSize() throws {
        try onScreen { terminal in
            terminal.resizeScreen(columns: 30, rows: 9)
            terminal.queueKeyCode(CursesTerminal.Codes.resize)
            #expect(terminal.read(timeoutMilliseconds: 100) == .input(.resize(columns: 30, rows: 9)))
        }
    }

    @Test func mouseReportsArriveAsInput() throws {
        try onScreen { terminal in
            #expect(terminal.usesMouse)
            terminal.queueMouse(buttons: CursesTerminal.Codes.button1Pressed, column: 3, row: 2)
            #expect(terminal.read(timeoutMilliseconds: 100) == .input(.mouse(MouseEvent(.click, column: 3, row: 2))))
            terminal.queueMouse(buttons: CursesTerminal.Codes.button5Pressed, column: 1, row: 1)
            #expect(terminal.read(timeoutMilliseconds: 100) == .input(.mouse(MouseEvent(.wheelDown, column: 1, row: 1))))
        }
    }

    @Test func unnamedKeysAreSkipped() throws {
        try onScreen { terminal in
            terminal.queueKeyCode(CursesTerminal.Codes.unnamed)
            #expect(terminal.read(timeoutMilliseconds: 0) == .timeout)
        }
    }

    @Test func aZeroTimeoutReturnsAtOnce() throws {
        try onScreen { terminal in
            #expect(terminal.read(timeoutMilliseconds: 0) == .timeout)
        }
    }

    @Test func endOfInputIsAHangUpNotASpin() throws {
        // /dev/null reads as end of file at once, as a vanished terminal can.
        try onScreen { terminal in
            let clock = ContinuousClock()
            let start = clock.now
            #expect(terminal.read(timeoutMilliseconds: 5_000) == .hangup)
            #expect(clock.now - start < .seconds(1))
            #expect(terminal.read(timeoutMilliseconds: -1) == .hangup, "a blocking read too")
        }
    }

    @Test func aTerminationSignalEndsTheRead() throws {
        SignalTrap.install()
        defer { SignalTrap.restore() }
        // Test threads (Dispatch workers) block SIGTERM; unblock it here so raise delivers
        // it before returning, as it would reach the reader's main thread.
        var only = sigset_t()
        var saved = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &only, &saved)
        raise(SIGTERM)
        pthread_sigmask(SIG_SETMASK, &saved, nil)
        #expect(SignalTrap.pending == SIGTERM)
        try onScreen { terminal in
            terminal.queueKeyCode(CursesTerminal.Codes.up)
            #expect(terminal.read(timeoutMilliseconds: 100) == .signal(SIGTERM), "the signal goes before queued keys")
        }
    }

    @Test func terminationHandlersDoNotRestartReads() throws {
        SignalTrap.install()
        defer { SignalTrap.restore() }
        for signal in SignalTrap.terminationSignals {
            var action = sigaction()
            sigaction(signal, nil, &action)
            #expect(action.sa_flags & SA_RESTART == 0, "signal \(signal)")
            #expect(action.__sigaction_handler.sa_handler != nil)
        }
    }

    @Test func afterEndTheTerminalIsInert() throws {
        try withUTF8Locale {
            let terminal = try CursesTerminal(testScreenColumns: 12, rows: 4)
            terminal.draw(sampleGrid())
            terminal.end()
            terminal.end()
            terminal.draw(sampleGrid())
            #expect(terminal.read(timeoutMilliseconds: 0) == .hangup)
            #expect(terminal.size == (12, 4))
        }
    }

    @Test func terminfoLookup() {
        #expect(TerminalCheck.terminfoStatus("xterm-256color") == 1)
        #expect(TerminalCheck.terminfoStatus("no-such-terminal-for-dossier") == 0)
    }
}
