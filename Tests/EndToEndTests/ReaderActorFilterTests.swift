import Foundation
import Testing

/// The actor filter in the real reader on real ncursesw: `a` opens the picker (type to narrow,
/// Space chooses, Ctrl-U clears the typing, Enter applies), every pane then shows only the passages
/// naming the chosen actors, with a "⋯ N passages hidden" line for each run left out and the filter
/// on every status row ("⧩ Sato | Lozovsky", "12/80"); notes still open under it; `A` clears it.
/// `)` selects a name on screen and `+` adds its actor. Each step waits for the screen it should
/// produce, then checks that the terminal shows exactly what `dossier screen` prints for the keys
/// typed so far.
@Suite("EndToEndTests: the actor filter", .tags(.endToEnd))
struct ReaderActorFilterTests {
    /// The thesis, PSIS 400-16 (SRH-078) and PSIS 400-23 (SRH-086) side by side: the three panes.
    static let thesisAndSummaries = ["002", "SRH-078", "SRH-086"]
    /// PSIS 400-16 at p. 4, whose first registered name is Ambassador Sato, the thesis beside it.
    static let atSatoOnPage4 = ["SRH-078:4", "002"]
    /// The actors the filter names on each status row once Sato and Lozovsky are chosen, after its ⧩.
    static let chosen = ["Sato", "Lozovsky"]

    typealias Setting = TerminalSetting

    static let settings: [Setting] = [
        // NO_COLOR is given even when empty (the reader counts an empty one as unset), so a NO_COLOR
        // in the environment running the tests cannot change the outcome.
        Setting(term: TmuxSession.defaultTerm, noColor: "", colour: true),
        Setting(term: "vt100", noColor: "1", colour: false),
    ]

    /// Whether every pane's status entry shows the filter (⧩ and the names of `actors`, in order)
    /// and a passage count ("12/80").
    private static func filtered(_ screen: ReaderScreen, panes: Int, actors: [String]) -> Bool {
        screen.statusEntries.count == panes
            && screen.statusEntries.allSatisfy { namesFilter($0, actors) && passageCount($0) != nil }
    }

    /// Whether a status entry names `actors` in order after a ⧩ ("⧩ Sato | Lozovsky").
    private static func namesFilter(_ entry: String, _ actors: [String]) -> Bool {
        guard var rest = entry.range(of: "⧩").map({ entry[$0.upperBound...] }) else { return false }
        for actor in actors {
            guard let found = rest.range(of: actor) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// Whether no status entry shows a filter or a passage count, and no pane a hidden run.
    private static func unfiltered(_ screen: ReaderScreen, panes: Int) -> Bool {
        screen.statusEntries.count == panes && !screen.statusRow.contains("⧩")
            && screen.statusEntries.allSatisfy { passageCount($0) == nil }
            && !screen.text.contains("passages hidden") && !screen.text.contains("passage hidden")
    }

    /// The passages a status entry counts under a filter ("12/80"), as (shown, total); nil if it
    /// counts none (no filter).
    private static func passageCount(_ entry: String) -> (shown: Int, total: Int)? {
        for word in entry.split(separator: " ") {
            let parts = word.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, let shown = Int(parts[0]), let total = Int(parts[1]) { return (shown, total) }
        }
        return nil
    }

    /// The rows of `columns` above the note strip's rule (the pane's reading area).
    private static func readingRows(_ screen: ReaderScreen, columns: Range<Int>) -> [String] {
        Array(screen.paneText(columns: columns).prefix { !$0.hasPrefix(" ── note") })
    }

    @Test("a, sato, Space, Ctrl-U, lozovsky, Space, Enter: every pane narrowed; a note opens under the filter; A clears it",
          arguments: settings)
    func pickApplyAndClear(_ setting: Setting) throws {
        let r = try ParityReading(Self.thesisAndSummaries, columns: 200, rows: 50,
                            environment: ["TERM": setting.term, "NO_COLOR": setting.noColor])
        let start = try r.expect("the thesis and both summaries") {
            $0.statusEntries.count == 3 && $0.focusedPane == 0 && $0.hintRow.hasPrefix("? help")
        }
        #expect(start.statusEntries[0].hasPrefix("▶ Blevins") && start.statusEntries[1].hasPrefix("PSIS 400-16 · SRH-078")
                && start.statusEntries[2].hasPrefix("PSIS 400-23 · SRH-086"), "\(start.statusEntries)")
        #expect(Self.unfiltered(start, panes: 3), "no filter at start\n\(start)")

        // a: the picker over the panes, every actor listed, nothing chosen.
        try r.type("a")
        var screen = try r.expect("the actor picker") { $0.text.contains("People and organisations · 0 chosen") }
        #expect(screen.text.contains("[ ] Naotake Sato") && screen.text.contains("[ ] Solomon Lozovsky"), "\(screen)")
        #expect(screen.hintRow.contains("Space choose") && screen.hintRow.contains("Enter apply"), "\(screen.hintRow)")

        // sato: narrowed to the ambassador; Space chooses him.
        try r.type("sato")
        screen = try r.expect("the picker narrowed to Sato") { $0.text.contains("> sato") && !$0.text.contains("Solomon Lozovsky") }
        #expect(screen.text.contains("[ ] Naotake Sato"), "\(screen)")
        try r.type("<Space>")
        screen = try r.expect("Sato chosen") { $0.text.contains("1 chosen") && $0.text.contains("[x] Naotake Sato") }

        // Ctrl-U clears the typing, not the choice; lozovsky, Space: two chosen.
        try r.type("<C-u>lozovsky")
        screen = try r.expect("the picker narrowed to Lozovsky") {
            $0.text.contains("> lozovsky") && $0.text.contains("[ ] Solomon Lozovsky") && !$0.text.contains("Naotake Sato")
        }
        #expect(screen.text.contains("1 chosen"), "the choice survives Ctrl-U\n\(screen)")
        try r.type("<Space>")
        screen = try r.expect("Lozovsky chosen too") { $0.text.contains("2 chosen") && $0.text.contains("[x] Solomon Lozovsky") }

        // Enter: the picker gone, every pane narrowed to the passages naming either of them.
        try r.type("<Enter>")
        let narrowed = try r.expect("every pane under the filter") { Self.filtered($0, panes: 3, actors: Self.chosen) }
        #expect(!narrowed.text.contains("People and organisations"), "the picker closed\n\(narrowed)")
        #expect(narrowed.focusedPane == 0)
        #expect(narrowed.hintRow.contains("any of Sato, Lozovsky"), "\(narrowed.hintRow)")
        #expect(narrowed.text.contains("passages hidden"), "\(narrowed)")
        for (pane, columns) in narrowed.paneColumns.enumerated() {
            #expect(narrowed.paneText(columns: columns).contains { $0.contains("⋯") && $0.contains("hidden") },
                    "pane \(pane) has a hidden-run line\n\(narrowed)")
            let count = try #require(Self.passageCount(narrowed.statusEntries[pane]), "\(narrowed.statusEntries[pane])")
            #expect(count.shown > 0 && count.shown < count.total, "pane \(pane): \(narrowed.statusEntries[pane])")
        }
        #expect(narrowed.statusEntries[0].contains("Blevins") && narrowed.statusEntries[1].contains("PSIS 400-1")
                && narrowed.statusEntries[2].contains("PSIS 400-2"), "each pane keeps its document: \(narrowed.statusEntries)")
        // The shown passages name them: the thesis's first run names "Naotake Sato", drawn bold
        // (and underlined where there is no colour to tell the chosen actors apart).
        #expect(narrowed.joinedText(columns: narrowed.paneColumns[0]).contains("Naotake Sato"), "\(narrowed)")
        let styled = r.tmux.captureStyled()
        let nameAttributes = try #require(SGR.attributes(at: "Naotake Sato", in: styled), "\(narrowed)")
        #expect(nameAttributes.contains(1), "the chosen name is bold: \(nameAttributes)")
        if setting.colour {
            #expect(!SGR.colours(in: styled).isEmpty, "the chosen names are coloured")
        } else {
            #expect(nameAttributes.contains(4), "without colour the chosen name is underlined: \(nameAttributes)")
            #expect(SGR.colours(in: styled) == [], "no colour at all: \(Set(SGR.colours(in: styled)).sorted())")
        }

        // ] Enter: the thesis's first marker under the filter, ⁴, selected, and its note opened.
        let left = narrowed.paneColumns[0]
        #expect(narrowed.cell(of: "⁴", columns: left) != nil, "note 4's marker is shown under the filter\n\(narrowed)")
        try r.type("]")
        try r.waitForSelected("⁴")
        // (The hint row's message about the filter gives way to the keys it offers.)
        try r.expect("the same filtered panes with ⁴ selected") { Array($0.rows.dropLast()) == Array(narrowed.rows.dropLast()) }
        try r.type("<Enter>")
        screen = try r.expect("the note 4 strip under the filter") {
            $0.paneText(columns: left).contains { $0.hasPrefix(" ── note 4 ") }
        }
        let strip = screen.joinedText(columns: left)
        #expect(strip.contains("── note 4 · line 587"), "\(screen)")
        #expect(strip.contains("Magic Summary, April 21, 1942"), "\(screen)")
        let reading = Self.readingRows(screen, columns: left)
        #expect(reading == Array(narrowed.paneText(columns: left).prefix(reading.count)), "opening the note does not move the text\n\(screen)")
        #expect(Self.filtered(screen, panes: 3, actors: Self.chosen), "the filter stays: \(screen.statusEntries)")
        for pane in 1..<3 {
            #expect(screen.paneText(columns: screen.paneColumns[pane]) == narrowed.paneText(columns: narrowed.paneColumns[pane]))
        }

        // Esc: the strip closes, the filter stays.
        try r.type("<Esc>")
        screen = try r.expect("the note strip closed") {
            !$0.text.contains("── note 4") && Self.filtered($0, panes: 3, actors: Self.chosen)
        }
        #expect(screen.text.contains("passages hidden"), "\(screen)")

        // A: every passage again, no filter on any status row, no hidden-run line.
        try r.type("A")
        screen = try r.expect("the filter cleared") { Self.unfiltered($0, panes: 3) }
        #expect(screen.hintRow.contains("filter cleared"), "\(screen.hintRow)")
        #expect(screen.focusedPane == 0)
        #expect(screen.statusEntries[0].hasPrefix("▶ Blevins") && screen.statusEntries[1].hasPrefix("PSIS 400-16 · SRH-078")
                && screen.statusEntries[2].hasPrefix("PSIS 400-23 · SRH-086"), "\(screen.statusEntries)")
        #expect(try r.tmux.termination() == nil)
    }

    @Test("): the first registered name on screen (Sato) is selected; +: his actor filters every pane")
    func selectNameAndAdd() throws {
        let r = try ParityReading(Self.atSatoOnPage4, columns: 100, rows: 30)
        let start = try r.expect("PSIS 400-16 p. 4 beside the thesis") {
            $0.statusEntries.count == 2 && $0.focusedPane == 0 && $0.statusEntries[0].contains("p. 4 of 13")
        }
        #expect(Self.unfiltered(start, panes: 2), "\(start)")

        // ): "Ambassador Sato" selected (reversed), named on the hint row; the text does not move.
        try r.type(")")
        try r.waitForSelected("Sato")
        var screen = try r.expect("Sato selected") { $0.hintRow.hasPrefix("Naotake Sato") }
        #expect(screen.hintRow.contains("+ adds them to the filter"), "\(screen.hintRow)")
        #expect(Array(screen.rows.dropLast()) == Array(start.rows.dropLast()), "selecting a name changes no pane\n\(screen)")

        // +: Sato's actor is the filter, on both status rows.
        try r.type("+")
        screen = try r.expect("the filter on Sato") { Self.filtered($0, panes: 2, actors: ["Sato"]) }
        #expect(!screen.statusRow.contains("|"), "one actor chosen: \(screen.statusEntries)")
        #expect(screen.hintRow.contains("filter: Sato"), "\(screen.hintRow)")
        #expect(screen.focusedPane == 0)
        #expect(screen.text.contains("passages hidden"), "\(screen)")
        #expect(screen.joinedText(columns: screen.paneColumns[0]).contains("In a gloomy message from Moscow on 9 May, Ambassador Sato"),
                "the passage the name was in stays in view\n\(screen)")
        #expect(try r.tmux.termination() == nil)
    }
}
