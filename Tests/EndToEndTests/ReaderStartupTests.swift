import Foundation
import Testing

/// The real reader starting on real ncursesw under tmux: what the first frame shows.
@Suite("EndToEndTests: reader start-up", .tags(.endToEnd))
struct ReaderStartupTests {
    @Test("no arguments: the thesis left, PSIS 400-16 · SRH-078 right, focus on the left, on the alternate screen")
    func defaultStart() throws {
        let tmux = try DossierBinary.session([], columns: 80, rows: 24)
        let screen = try tmux.waitForScreen("two panes with their status rows") {
            $0.statusRow.contains("Blevins") && $0.statusRow.contains("PSIS 400-16 · SRH-078")
        }
        #expect(screen.rows.count == 24)
        #expect(screen.rows.allSatisfy { ReaderScreen.width($0) <= 80 }, "\(screen)")

        // One separator column, the same on every pane row, near the middle.
        let separators = try #require(screen.separators, "every pane row has its separators in the same columns\n\(screen)")
        #expect(separators.count == 1 && (35...45).contains(separators[0]), "\(separators)")

        let entries = screen.statusEntries
        #expect(entries.count == 2)
        #expect(entries.first?.hasPrefix("▶ Blevins") == true, "focus marker on the left status row: \(entries)")
        #expect(entries.last?.hasPrefix("PSIS 400-16 · SRH-078") == true, "right status row unmarked: \(entries)")
        #expect(screen.focusedPane == 0)
        #expect(entries.last?.contains("p. 0 of 13") == true, "\(entries)")
        #expect(screen.hintRow.hasPrefix("? help") && screen.hintRow.contains("q quit"))

        // Left pane: the thesis title page; right pane: the summary's cover.
        let left = screen.paneText(columns: screen.paneColumns[0]), right = screen.paneText(columns: screen.paneColumns[1])
        #expect(left.contains { $0.contains("Blevins") }, "\(screen)")
        #expect(right.first?.contains("cover (p. 0)") == true, "\(screen)")
        #expect(right.contains { $0.contains("RUSSO-JAPANESE RELATIONS") })

        let modes = try tmux.terminalModes()
        #expect(modes.alternateScreen, "the reader runs on the alternate screen")
        #expect(modes.mouseAny, "the reader asks for mouse reports")
        #expect(try tmux.termination() == nil, "still running")
    }

    @Test("open SRH-078:4: one pane at page 4, its page rule at the top")
    func openAtPage() throws {
        let tmux = try DossierBinary.session(["open", "SRH-078:4"], columns: 80, rows: 24)
        let screen = try tmux.waitForScreen("p. 4 of 13 on the status row") { $0.statusRow.contains("p. 4 of 13") }
        #expect(screen.separators == [], "a single pane has no separator\n\(screen)")
        #expect(screen.statusEntries.count == 1)
        #expect(screen.statusRow.hasPrefix("▶ PSIS 400-16 · SRH-078"), "\(screen.statusRow)")
        #expect(screen.statusRow.hasSuffix("%"))

        let ruleRow = screen.rows.firstIndex { $0.contains("─ p. 4 ─") }
        #expect(ruleRow != nil && ruleRow! <= 2, "the p. 4 rule near the top\n\(screen)")
        #expect(screen.rows.allSatisfy { !$0.contains("─ p. 3 ─") }, "page 3 is above the window")
        #expect(screen.text.contains("Ambassador Sato"), "page 4 is Sato's 9 May message\n\(screen)")
    }

    @Test("open 003 SRH-078:4: panes in the order given, each at its page")
    func openTwoAtPages() throws {
        let tmux = try DossierBinary.session(["open", "003", "SRH-078:4"], columns: 100, rows: 30)
        let screen = try tmux.waitForScreen("two status entries, the right one at p. 4") {
            $0.statusEntries.count == 2 && $0.statusEntries[1].contains("p. 4 of 13")
        }
        #expect(screen.statusEntries[0].hasPrefix("▶ R & A 3039S"), "\(screen.statusEntries)")
        #expect(screen.focusedPane == 0)
        #expect(screen.paneText(columns: screen.paneColumns[1]).prefix(3).contains { $0.contains("─ p. 4 ─") }, "\(screen)")
    }
}
