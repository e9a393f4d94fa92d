import Foundation
import Testing

/// The timeline and quotation links in the real reader on real ncursesw: `T` opens the timeline at the date
/// being read, typing a date narrows it, `Enter` opens the passage and `Ctrl-O` comes back; on a page the
/// thesis quotes, `❝` marks the quoted lines and `Q` shows the quoting passage beside, naming the words that
/// differ. Each step waits for its screen, then checks the terminal shows exactly what `dossier screen`
/// prints for the keys typed so far.
@Suite("EndToEndTests: the timeline and quotations", .tags(.endToEnd))
struct ReaderAcrossDocumentsTests {
    static let settings = [TerminalSetting(term: TmuxSession.defaultTerm, noColor: "", colour: true),
                           TerminalSetting(term: "vt100", noColor: "1", colour: false)]

    @Test("T at SRH-078 p. 10, 1945-06-01, Enter, Ctrl-O: the timeline walks to Togo's 1 June message and back", arguments: settings)
    func walkTheTimeline(_ setting: TerminalSetting) throws {
        let r = try ParityReading(["SRH-078:10", "002"], columns: 120, rows: 36, environment: ["TERM": setting.term, "NO_COLOR": setting.noColor])
        try r.expect("both documents") { $0.statusEntries.count == 2 && $0.statusEntries[0].contains("p. 10 of") }
        try r.type("T")
        var screen = try r.expect("the timeline at the Sato-Molotov interview") {
            $0.statusEntries[0].contains("timeline") && $0.text.contains("After eight days")
        }
        #expect(screen.joinedText(columns: screen.paneColumns[0]).contains("After eight days"), "\(screen)")
        try r.type("1945-06-01")
        screen = try r.expect("narrowed to 1 June") { $0.text.contains("filter: 1945-06-01") }
        #expect(screen.joinedText(columns: screen.paneColumns[0]).contains("On June 1st"), "\(screen)")
        // The first row, selected, is SRH-078's own sentence (its message H-188568 and the thesis follow).
        try r.type("<Enter>")
        screen = try r.expect("Togo's message of 1 June on SRH-078 p. 12") { $0.statusEntries[0].contains("p. 12 of") }
        #expect(screen.joinedText(columns: screen.paneColumns[0]).contains("Togo addressed Sato"), "\(screen)")
        try r.type("<C-o>")
        try r.expect("back in the timeline, still narrowed") { $0.statusEntries[0].contains("timeline") && $0.text.contains("filter: 1945-06-01") }
    }

    @Test("SRH-086 p. 5 shows ❝ on Sato's plea; Q opens the thesis quoting it beside, naming pre-Axis → pro-Axis", arguments: settings)
    func followAQuotation(_ setting: TerminalSetting) throws {
        let r = try ParityReading(["SRH-086:5"], columns: 120, rows: 36, environment: ["TERM": setting.term, "NO_COLOR": setting.noColor])
        try r.expect("SRH-086 at page 5") { $0.statusEntries.count == 1 && $0.statusEntries[0].contains("p. 5 of") }
        try r.type("jjjjjjjjjjjj")
        var screen = try r.expect("the plea marked as quoted") { $0.text.contains("❝") && $0.text.contains("pre-Axis") }
        try r.type("Q")
        screen = try r.expect("the thesis beside, at the quotation") {
            $0.statusEntries.count == 2 && $0.statusEntries[1].contains("Blevins") && $0.hintRow.contains("quoted in")
        }
        #expect(screen.hintRow.contains("pre-Axis → pro-Axis"), "\(screen)")
        #expect(screen.joinedText(columns: screen.paneColumns[1]).contains("pro-Axis"), "\(screen)")
        try r.type("<C-o>")
        try r.expect("back: the thesis pane closes again") { $0.statusEntries.count == 1 }
    }
}
