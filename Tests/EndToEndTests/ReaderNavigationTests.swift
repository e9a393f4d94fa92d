import Foundation
import Testing

/// Keys and resizes reaching the real reader through a real terminal: scrolling, focus, split,
/// close, relayout, and a terminal too small. Every step waits for the screen the key should
/// produce; nothing sleeps a fixed time.
@Suite("EndToEndTests: reader navigation", .tags(.endToEnd))
struct ReaderNavigationTests {
    /// Starts the default reader at 80x24 and waits for both panes.
    private func startDefault(columns: Int = 80, rows: Int = 24) throws -> (TmuxSession, ReaderScreen) {
        let tmux = try DossierBinary.session([], columns: columns, rows: rows)
        let screen = try tmux.waitForScreen("both panes") { $0.statusEntries.count == 2 && $0.focusedPane == 0 }
        return (tmux, screen)
    }

    @Test("j scrolls the focused pane a line, Space a page, G to the end, g back to the top")
    func scrolling() throws {
        let (tmux, start) = try startDefault()
        let leftColumns = start.paneColumns[0], rightColumns = start.paneColumns[1]
        let left = start.paneText(columns: leftColumns), right = start.paneText(columns: rightColumns)

        // j: the left pane moves up one line; the right pane stays.
        tmux.send(keys: "j")
        var screen = try tmux.waitForScreen("the left pane one line down") {
            $0.paneText(columns: leftColumns).prefix(left.count - 1) == left.dropFirst()
        }
        #expect(screen.paneText(columns: rightColumns) == right, "only the focused pane scrolls")
        #expect(screen.paneText(columns: leftColumns) != left)

        // Space: a page further; the rows seen after j are all above the window now, except at most
        // the last one or two kept for context.
        let afterJ = screen.paneText(columns: leftColumns)
        tmux.send(keys: "Space")
        screen = try tmux.waitForScreen("the left pane a page down") { $0.paneText(columns: leftColumns) != afterJ }
        let afterSpace = screen.paneText(columns: leftColumns)
        let shown = afterJ.filter { !$0.isEmpty }
        #expect(!afterSpace.contains(shown[0]) && !afterSpace.contains(shown[1]), "the old top rows are gone\n\(screen)")
        #expect(afterSpace.contains { !$0.isEmpty && !afterJ.contains($0) }, "new text came up\n\(screen)")
        #expect(screen.paneText(columns: rightColumns) == right)

        // G: the end of the thesis, 100%.
        tmux.send(keys: "G")
        screen = try tmux.waitForScreen("the left status at 100%") { ReaderScreen.percentage($0.statusEntries.first ?? "") == 100 }
        #expect(screen.paneText(columns: leftColumns) != afterSpace)
        #expect(screen.focusedPane == 0)

        // g: back to the very first frame.
        tmux.send(keys: "g")
        screen = try tmux.waitForScreen("the top again") { ReaderScreen.percentage($0.statusEntries.first ?? "") == 0 }
        #expect(screen.text == start.text, "g restores the start-up screen\n\(HeadlessScreen.difference(expected: start.text, actual: screen.text))")
    }

    @Test("Home, End, PgUp, PgDn and arrows work whatever TERM says and tmux sends", arguments: ["xterm-256color", "tmux-256color", "vt100"])
    func homeAndEnd(term: String) throws {
        let tmux = try DossierBinary.session([], columns: 80, rows: 24, environment: ["TERM": term])
        let start = try tmux.waitForScreen("the start-up screen") { $0.statusEntries.count == 2 }
        tmux.send(keys: "End")
        _ = try tmux.waitForScreen("the left status at 100%") { ReaderScreen.percentage($0.statusEntries.first ?? "") == 100 }
        tmux.send(keys: "Home")
        var screen = try tmux.waitForScreen("the top again") { ReaderScreen.percentage($0.statusEntries.first ?? "") == 0 }
        #expect(screen.text == start.text)
        // PgDn/PgUp (ESC[6~ / ESC[5~ from tmux, even for vt100, which has no such keys) and the arrows.
        tmux.send(keys: "NPage")
        screen = try tmux.waitForScreen("a page down") { $0.text != start.text }
        #expect(screen.hintRow.contains("? help"), "no stray keys reported: \(screen.hintRow)")
        tmux.send(keys: "PPage")
        screen = try tmux.waitForScreen("a page back up") { $0.text == start.text }
        tmux.send(keys: "Down")
        screen = try tmux.waitForScreen("a line down") { $0.text != start.text }
        tmux.send(keys: "Up")
        _ = try tmux.waitForScreen("a line back up") { $0.text == start.text }
    }

    @Test("the mouse wheel scrolls the pane under the pointer and a click focuses a pane (SGR reports)")
    func mouse() throws {
        let (tmux, start) = try startDefault()
        let rightColumns = start.paneColumns[1]
        // Wheel down over the right pane (1-based column 60, row 5), as xterm reports it with mode 1006.
        tmux.sendBytes(Array("\u{1B}[<65;60;5M".utf8))
        var screen = try tmux.waitForScreen("the right pane scrolled") { $0.paneText(columns: rightColumns) != start.paneText(columns: rightColumns) }
        #expect(screen.focusedPane == 0, "the wheel scrolls without moving focus")
        #expect(screen.text == (try HeadlessScreen.render(columns: 80, rows: 24, keys: "<WheelDown:59,4>")))
        // A left click (press and release) on the right pane focuses it.
        tmux.sendBytes(Array("\u{1B}[<0;60;5M\u{1B}[<0;60;5m".utf8))
        screen = try tmux.waitForScreen("▶ on the right") { $0.focusedPane == 1 }
        #expect(screen.statusEntries[1].hasPrefix("▶"))
    }

    @Test("Tab moves ▶ to the other status row and the keys to the other pane; Shift-Tab moves it back")
    func focus() throws {
        let (tmux, start) = try startDefault()
        let leftColumns = start.paneColumns[0], rightColumns = start.paneColumns[1]

        tmux.send(keys: "Tab")
        var screen = try tmux.waitForScreen("▶ on the right status row") { $0.focusedPane == 1 }
        #expect(!screen.statusEntries[0].contains("▶"), "\(screen.statusEntries)")
        #expect(screen.statusEntries[1].hasPrefix("▶ PSIS 400-16 · SRH-078"), "\(screen.statusEntries)")
        #expect(screen.paneText(columns: leftColumns) == start.paneText(columns: leftColumns))

        // The keys now move the right pane: to its last page.
        tmux.send(keys: "G")
        screen = try tmux.waitForScreen("the right pane at its end") {
            $0.statusEntries.count == 2 && $0.statusEntries[1].contains("p. 13 of 13")
        }
        #expect(ReaderScreen.percentage(screen.statusEntries[1]) == 100, "\(screen.statusEntries)")
        #expect(screen.paneText(columns: leftColumns) == start.paneText(columns: leftColumns), "the left pane did not move")
        #expect(screen.paneText(columns: rightColumns) != start.paneText(columns: rightColumns))

        tmux.send(keys: "BTab")
        screen = try tmux.waitForScreen("▶ back on the left") { $0.statusEntries.count == 2 && $0.focusedPane == 0 }
        #expect(screen.statusEntries[1].contains("p. 13 of 13"), "the right pane keeps its place")
    }

    @Test("s opens the picker, typing narrows it, Enter adds a third pane; x closes it again")
    func splitAndClose() throws {
        let (tmux, start) = try startDefault()

        tmux.send(keys: "s")
        var screen = try tmux.waitForScreen("the picker for a new pane") { $0.text.contains("Open in a new pane") }
        for title in ["PSIS 400-23 · SRH-086", "R & A 3039S", "Slavinsky"] {
            #expect(screen.text.contains(title), "the picker lists \(title)\n\(screen)")
        }
        #expect(screen.hintRow.contains("type to narrow"), "\(screen.hintRow)")

        tmux.sendLiteral("3039")
        screen = try tmux.waitForScreen("the picker narrowed to R & A 3039S") {
            $0.text.contains("> 3039") && !$0.text.contains("PSIS 400-23 · SRH-086")
        }
        #expect(screen.text.contains("R & A 3039S"), "\(screen)")
        #expect(!screen.text.contains("Slavinsky"), "\(screen)")

        tmux.send(keys: "Enter")
        screen = try tmux.waitForScreen("three panes") { $0.separators?.count == 2 && $0.statusEntries.count == 3 }
        #expect(!screen.text.contains("Open in a new pane"), "the picker closed")
        #expect(screen.statusEntries[1].hasPrefix("▶ R & A"), "the new pane opens right of the focused one, focused: \(screen.statusEntries)")
        #expect(screen.statusEntries[0].contains("Blevins") && screen.statusEntries[2].contains("PSIS"), "\(screen.statusEntries)")
        #expect(screen.hintRow.hasPrefix("? help"))

        tmux.send(keys: "x")
        screen = try tmux.waitForScreen("two panes again") { $0.separators?.count == 1 && $0.statusEntries.count == 2 }
        #expect(!screen.statusRow.contains("R & A"), "\(screen.statusRow)")
        #expect(screen.separators == start.separators, "the panes share the width as before")
        #expect(screen.paneText(columns: screen.paneColumns[0]) == start.paneText(columns: start.paneColumns[0]))
        #expect(screen.focusedPane != nil)
    }

    @Test("x on the last pane keeps it and says why")
    func closeLastPaneRefused() throws {
        let tmux = try DossierBinary.session(["open", "SRH-078"], columns: 80, rows: 24)
        let start = try tmux.waitForScreen("one pane") { $0.statusRow.hasPrefix("▶ PSIS 400-16") }
        tmux.send(keys: "x")
        let screen = try tmux.waitForScreen("the message on the hint row") { $0.hintRow.contains("last pane stays open") }
        #expect(screen.statusRow == start.statusRow, "\(screen)")
        #expect(Array(screen.rows.dropLast()) == Array(start.rows.dropLast()), "the pane is unchanged")
        #expect(try tmux.termination() == nil, "x never quits")
    }

    @Test("a resize relays out: status rows and separators move to the new width, text is rewrapped")
    func resize() throws {
        let (tmux, start) = try startDefault()
        #expect(start.separators == [40])

        try tmux.resize(columns: 120, rows: 30)
        let screen = try tmux.waitForScreen("the 120x30 layout") { $0.rows.count == 30 && $0.separators?.count == 1 && $0.statusEntries.count == 2 }
        let separator = try #require(screen.separators?.first)
        #expect((55...65).contains(separator), "the separator moved to the middle of 120 columns: \(separator)\n\(screen)")
        #expect(screen.statusRow.contains("PSIS 400-16 · SRH-078"), "the status row is on the new second-to-last row")
        #expect(ReaderScreen.width(screen.statusRow) > 100, "the status row spans the new width: \(screen.statusRow)")
        #expect(screen.statusEntries[0].hasPrefix("▶ Blevins"))
        #expect(screen.hintRow.hasPrefix("? help"))
        #expect(screen.rows.allSatisfy { ReaderScreen.width($0) <= 120 })
        #expect(start.rows.allSatisfy { !$0.contains("Maintaining the Neutrality: Soviet-Japanese") })
        #expect(screen.text.contains("Maintaining the Neutrality: Soviet-Japanese"), "rewrapped to the wider pane\n\(screen)")
        let widest = screen.paneText(columns: screen.paneColumns[0]).map(ReaderScreen.width).max() ?? 0
        #expect(widest > 40, "left pane lines longer than the old pane allowed: \(widest)")

        // Exactly what the headless session shows after the same resize.
        let expected = try HeadlessScreen.render(columns: 80, rows: 24, keys: "<Resize:120x30>")
        #expect(screen.text == expected, "\(HeadlessScreen.difference(expected: expected, actual: screen.text))")
    }

    @Test("a terminal too small says so, and the panes come back when it grows")
    func tooSmall() throws {
        let (tmux, start) = try startDefault()

        try tmux.resize(columns: 20, rows: 5)
        var screen = try tmux.waitForScreen("the too-small message") { $0.text.contains("terminal too small") }
        #expect(screen.rows.count == 5)
        #expect(screen.text.contains("need") && screen.text.contains("have 20x5"), "\(screen)")
        #expect(!screen.text.contains("│") && !screen.text.contains("▶"), "no panes drawn\n\(screen)")
        #expect(try tmux.termination() == nil)

        try tmux.resize(columns: 80, rows: 24)
        screen = try tmux.waitForScreen("the panes again") { $0.statusEntries.count == 2 && $0.rows.count == 24 }
        #expect(!screen.text.contains("terminal too small"))
        #expect(screen.text == start.text, "back at the start size, the start screen\n\(HeadlessScreen.difference(expected: start.text, actual: screen.text))")

        // Still reading keys.
        tmux.send(keys: "Tab")
        try tmux.waitForScreen("focus moved") { $0.focusedPane == 1 }
    }
}
