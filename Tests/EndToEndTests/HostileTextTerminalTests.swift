import Foundation
import Testing
import TestSupport

/// A document written to attack the terminal (`HostileText`: CSI, OSC 0/8/52, DCS, C1, BEL, NUL,
/// DEL, surrogate bytes, U+202E) shown by the real reader and printed by every text command with a
/// terminal as stdout: the pane shows each attack's placeholder and tag, and neither the pane nor
/// the bytes the program wrote hold any of it raw. tmux itself is the witness that nothing acted:
/// the title is untouched and no clipboard write became a paste buffer.
@Suite("EndToEndTests: hostile text", .tags(.endToEnd))
struct HostileTextTerminalTests {
    /// A corpus of the hostile document alone.
    private static func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        _ = try folder.write(HostileText.fileName, bytes: HostileText.document)
        return folder
    }

    /// What tmux saw happen: the pane's title and its paste buffers.
    private static func sideEffects(_ tmux: TmuxSession) throws -> [String] {
        var found: [String] = []
        let title = try tmux.tmux(["display-message", "-p", "-t", tmux.pane, "#{pane_title}"])
        if title.contains("PWNED") { found.append("the title was set: \(title)") }
        let buffers = try tmux.tmux(["list-buffers", "-F", "#{buffer_sample}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        if !buffers.isEmpty { found.append("a clipboard write reached tmux: \(buffers)") }
        return found
    }

    /// The tags whose attack the screen shows: all of them, each after its placeholder.
    private static func missingTags(_ text: String, _ attacks: [HostileText.Attack]) -> [String] {
        attacks.map(\.tag).filter { !text.contains($0) }
    }

    @Test("the reader shows every attack as placeholders: in the text, the note strip and the card")
    func reader() throws {
        let folder = try Self.corpus()
        defer { folder.remove() }
        let tmux = try DossierBinary.session(["--corpus", folder.path, HostileText.fileName], columns: 120, rows: 30)
        let screen = try tmux.waitForScreen("the document") { $0.text.contains("_RLO") }
        let prose = HostileText.attacks.filter { !$0.tag.hasPrefix("_NOTE") }
        #expect(Self.missingTags(screen.text, prose) == [], "\(screen)")
        for placeholder in ["␛[2J_CLEAR", "␛[99;99H_MOVE", "␛]0;TITLE-PWNED␇_OSC0", "␛]52;c;cHduZWQ=␇_OSC52", "␇_BEL", "␀_NUL", "␡_DEL", "\u{FFFD}_RLO"] {
            #expect(screen.text.contains(placeholder), "\(placeholder) shows\n\(screen)")
        }

        // The footnote: ] selects its marker, Enter opens the strip with the note's attacks defused.
        try tmux.type("]<Enter>")
        let strip = try tmux.waitForScreen("the note strip") { $0.text.contains("── note 1") && $0.text.contains("_NOTEC1") }
        #expect(strip.text.contains("␛]52;c;bm90ZQ==␇_NOTE52"), "\(strip)")
        // Enter follows the intercept to its card, which quotes the passages citing it.
        try tmux.type("<Enter>")
        _ = try tmux.waitForScreen("the card of the intercept") { $0.text.contains(HostileText.citedID) && $0.statusEntries.count == 2 }
        // Back in the document, the note closed, a search whose hits are highlighted among the placeholders.
        try tmux.type("<Tab><Esc>/envoy<Enter>")
        _ = try tmux.waitForScreen("the search kept") { !$0.text.contains("── note 1") && $0.statusEntries.first?.contains("1/2") == true }

        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(HostileText.rawAttacks(in: try tmux.settledOutput()) == [], "the bytes the reader wrote")
        #expect(HostileText.rawAttacks(in: Array(tmux.capture().utf8)) == [], "the captured pane")
        #expect(try Self.sideEffects(tmux) == [])
        #expect(try tmux.restorationProblems() == [])
    }

    /// A text command and what its output must show.
    struct Command: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var shows: [String]
        var testDescription: String { "dossier " + arguments.joined(separator: " ") }
    }

    static let commands: [Command] = [
        Command(arguments: ["show", HostileText.fileName], shows: ["_CLEAR", "_RLO", "_SURROGATE"]),
        Command(arguments: ["show", HostileText.fileName, "--notes", "--furniture"], shows: ["_OSC52", "_NOTE52", "_NOTEC1"]),
        Command(arguments: ["notes", HostileText.fileName], shows: ["_RLO", "_NOTE52", "_NOTEC1"]),
        Command(arguments: ["cite", HostileText.citedID], shows: ["_OSC0", "_DCS", "_BEL"]),
        Command(arguments: ["search", HostileText.searchWord], shows: ["_CLEAR"]),
        Command(arguments: ["list"], shows: ["hostile.txt", "invalid UTF-8"]),
    ]

    @Test("every text command with a terminal as stdout prints placeholders, never the controls", arguments: commands)
    func command(_ command: Command) throws {
        let folder = try Self.corpus()
        defer { folder.remove() }
        let tmux = try TmuxSession(command: [try DossierBinary.path()] + command.arguments + ["--corpus", folder.path],
                                   columns: 200, rows: 50)
        #expect(try tmux.waitForExit() == 0)
        let written = try tmux.settledOutput()
        let text = String(decoding: written, as: UTF8.self)
        for word in command.shows {
            #expect(text.contains(word), "\(word) is printed: \(text)")
        }
        #expect(HostileText.rawAttacks(in: written) == [], "the bytes written")
        #expect(HostileText.rawAttacks(in: Array(tmux.capture().utf8)) == [], "the captured pane")
        #expect(try Self.sideEffects(tmux) == [])
    }
}
