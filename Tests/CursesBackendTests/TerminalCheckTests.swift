@testable import CursesBackend
import Testing

/// The environment checks with the terminal and terminfo faked.
@Suite struct TerminalCheckTests {
    private func message(
        _ environment: [String: String],
        terminals: Set<Int32> = [0, 1],
        terminfo: Int32 = 1
    ) -> String? {
        do {
            try TerminalCheck.check(
                environment: environment, isTerminal: { terminals.contains($0) }, terminfoStatus: { _ in terminfo })
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aGoodEnvironmentPasses() {
        #expect(message(["TERM": "xterm-256color"]) == nil)
    }

    @Test func stdoutMustBeATerminal() {
        #expect(message(["TERM": "xterm"], terminals: [0])
            == "stdout is not a terminal; for plain text use 'dossier show DOC'")
        #expect(message(["TERM": "xterm"], terminals: [])?.hasPrefix("stdout is not a terminal") == true,
                "stdout is named first: its fix is the likelier one")
    }

    @Test func stdinMustBeATerminal() {
        #expect(message(["TERM": "xterm"], terminals: [1])?.hasPrefix("stdin is not a terminal") == true)
    }

    @Test func termMustBeSetAndUsable() {
        #expect(message([:]) == "TERM is not set; try TERM=xterm-256color")
        #expect(message(["TERM": ""]) == "TERM is not set; try TERM=xterm-256color")
        #expect(message(["TERM": "dumb"])?.hasPrefix("TERM 'dumb' cannot show the reader") == true)
        #expect(message(["TERM": "foo"], terminfo: 0)
            == "TERM 'foo' is not known to terminfo; try TERM=xterm-256color")
        #expect(message(["TERM": "foo"], terminfo: -1)?.hasPrefix("no terminfo database found") == true)
        #expect(message(["TERM": "foo"], terminfo: 2)?.contains("hard-copy") == true)
    }

    @Test func termIsSanitisedInMessages() throws {
        let text = try #require(message(["TERM": "x\u{1B}]0;owned\u{07}"], terminfo: 0))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
        #expect(text.hasPrefix("TERM 'x?]0;owned?'"))
    }
}
