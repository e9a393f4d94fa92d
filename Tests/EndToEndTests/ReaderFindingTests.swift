import Foundation
import Testing

/// Finding things in the real reader on real ncursesw: `/` searches as one types with a counter in the
/// status row, `n` steps, `:page 12` goes to a page, a mark set with `m` is found again with `'` from
/// another document, `t` opens the outline and `S` lists the hits in every document. Each step waits
/// for its screen, then checks the terminal shows exactly what `dossier screen` prints for the keys.
@Suite("EndToEndTests: search, command line, marks, outline", .tags(.endToEnd))
struct ReaderFindingTests {
    @Test("/togo, Enter, n, :page 12, ma, :open 002, 'a, t, Esc, S lozovsk: each screen as dossier screen draws it",
          arguments: [TerminalSetting(term: TmuxSession.defaultTerm, noColor: "", colour: true),
                      TerminalSetting(term: "vt100", noColor: "1", colour: false)])
    func findThingsAndComeBack(_ setting: TerminalSetting) throws {
        let r = try ParityReading(["SRH-078", "002"], columns: 120, rows: 36, environment: ["TERM": setting.term, "NO_COLOR": setting.noColor])
        try r.expect("both documents") { $0.statusEntries.count == 2 && $0.focusedPane == 0 }

        try r.type("/togo")
        var screen = try r.expect("the search prompt with the first match counted") {
            $0.rows.last?.hasPrefix("/togo") == true && $0.statusEntries[0].contains("/ 1/")
        }
        #expect(screen.joinedText(columns: screen.paneColumns[0]).contains("Togo"), "\(screen)")
        try r.type("<Enter>n")
        screen = try r.expect("the second match current") { $0.statusEntries[0].contains("/ 2/") }

        try r.type(":page 12<Enter>")
        screen = try r.expect("page 12 of SRH-078") { $0.statusEntries[0].contains("p. 12 of") }
        #expect(screen.joinedText(columns: screen.paneColumns[0]).contains("On June 1st, with Tokyo's Ministries in ruins, Togo addressed Sato"),
                "\(screen)")

        try r.type("ma:open 002<Enter>")
        try r.expect("the thesis in the left pane") { $0.statusEntries[0].contains("Blevins") }
        try r.type("'a")
        screen = try r.expect("back at mark a, page 12") { $0.statusEntries[0].contains("PSIS 400-16") && $0.statusEntries[0].contains("p. 12 of") }

        try r.type("t")
        screen = try r.expect("the outline of SRH-078 with page 12 marked") { $0.text.contains("Outline: PSIS 400-16") && $0.text.contains("▸") }
        try r.type("<Esc>Slozovsk<Enter>")
        screen = try r.expect("the hits in every document") { $0.text.contains("Search \"lozovsk\"") }
        #expect(screen.text.contains("Lozovskii") && screen.text.contains("PSIS 400-23"), "\(screen)")
    }
}
