import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every way out of the real reader: the documented exit status, and the terminal given back as it
/// was (alternate screen left, cursor shown, mouse reporting and keypad mode off).
@Suite("EndToEndTests: leaving the reader", .tags(.endToEnd))
struct ReaderLeavingTests {
    /// One way out: a key (tmux name) or a signal, and the status it must give.
    struct Exit: CustomTestStringConvertible, Sendable {
        var name: String
        var key: String?
        var signal: Int32?
        var status: Int32
        var environment: [String: String] = [:]
        var testDescription: String { "\(name) → \(status)" }
    }

    static let exits: [Exit] = [
        Exit(name: "q", key: "q", status: 0),
        Exit(name: "Ctrl-C key", key: "C-c", status: 130),
        Exit(name: "SIGTERM", signal: SIGTERM, status: 143),
        Exit(name: "SIGHUP", signal: SIGHUP, status: 129),
        Exit(name: "SIGQUIT", signal: SIGQUIT, status: 131),
        // Crash signals sent from outside: the crash guard restores the screen, then the process dies of them.
        Exit(name: "SIGSEGV sent", signal: SIGSEGV, status: 128 + SIGSEGV),
        Exit(name: "SIGABRT sent", signal: SIGABRT, status: 128 + SIGABRT),
        // A real crash inside the reader: the hidden trap key makes it trap (SIGILL on x86-64, SIGTRAP on arm64).
        Exit(name: "a crash (the debug trap key)", key: "F12", status: 128 + Self.trapSignal, environment: ["DOSSIER_DEBUG_TRAP": "<F12>"]),
    ]

    /// The signal a Swift runtime trap raises on this machine.
    static var trapSignal: Int32 {
        #if arch(x86_64)
        SIGILL
        #else
        SIGTRAP
        #endif
    }

    @Test("the exit status is documented and the terminal is restored", arguments: exits)
    func leave(_ exit: Exit) throws {
        // A shell runs the reader and then `stty -a`, as a person at the prompt would, and exits with the reader's status
        // (128 + N when a signal N ended it): tmux hangs the terminal up once the pane's process is gone.
        let script = #""$@"; status=$?; stty -a > stty-after; exit $status"#
        let tmux = try TmuxSession(command: ["sh", "-c", script, "sh", try DossierBinary.path(), "--corpus", DossierBinary.seeds],
                                   columns: 80, rows: 24, environment: exit.environment)
        try tmux.waitForScreen("the reader") { $0.statusEntries.count == 2 }
        let reader = try #require(tmux.childProcesses().first, "the reader runs under the shell")

        // What must be undone is on while it runs (else "off afterwards" would prove nothing).
        let terminal = try TerminalHold(terminalOf: reader)
        #expect(TerminalHold.lineModes(in: try terminal.sttyAll()) == ["-icanon", "-echo"], "the reader reads keys raw")
        #expect(Set(terminal.processes()) == [tmux.panePID, reader], "the shell and the reader are on the terminal")
        let running = try tmux.terminalModes()
        #expect(running.alternateScreen && running.mouseAny && running.applicationCursorKeys,
                "alternate screen, mouse and keypad mode while reading: \(running)")
        #expect(try tmux.sentPrivateModes().leftCursorHidden, "the reader hides the cursor while it runs")

        if let key = exit.key { tmux.send(keys: key) }
        if let signal = exit.signal { kill(reader, signal) }

        #expect(try tmux.waitForExit() == exit.status)
        #expect(try tmux.restorationProblems() == [])
        let modes = try tmux.terminalModes()
        #expect(!modes.alternateScreen && !modes.mouseAny && !modes.applicationCursorKeys && !modes.applicationKeypad, "\(modes)")
        let sent = try tmux.sentPrivateModes()
        #expect(sent.last[PrivateModes.cursorVisible] == true, "the cursor was shown again")
        #expect(sent.last[PrivateModes.alternateScreen] == false, "the alternate screen was left")
        let after = try String(contentsOfFile: tmux.directory + "/stty-after", encoding: .utf8)
        #expect(TerminalHold.lineModes(in: after) == ["icanon", "echo"], "stty -a after the reader: \(after)")
        #expect(terminal.waitForNoProcesses() == [], "no process is left on the terminal")
    }

    @Test("a hang-up with SIGHUP ignored (as under nohup) still ends the reader: it exits, it does not spin")
    func hangUpWithSIGHUPIgnored() throws {
        // nohup itself would send stdout to nohup.out, which the reader refuses; the shell's trap sets the same
        // ignored SIGHUP, and exec makes the reader the pane's process.
        let command = ["sh", "-c", "trap '' HUP; exec \"$0\" \"$@\"", try DossierBinary.path(), "--corpus", DossierBinary.seeds]
        let tmux = try TmuxSession(command: command, columns: 80, rows: 24)
        let first = try tmux.waitForScreen("the reader") { $0.statusEntries.count == 2 }
        let reader = tmux.panePID

        // The ignored signal is ignored: the reader reads on.
        tmux.signal(SIGHUP)
        tmux.send(keys: "j")
        try tmux.waitForScreen("a line down after the SIGHUP") { $0.statusEntries.count == 2 && $0.rows != first.rows }
        #expect(kill(reader, 0) == 0, "still running after an ignored SIGHUP")

        // The terminal goes away (tmux closes the pane's master, as sshd does when the link drops).
        _ = try tmux.tmux(["kill-pane", "-t", tmux.pane])
        let deadline = ContinuousClock.now + .seconds(5)
        while kill(reader, 0) == 0, ContinuousClock.now < deadline { TmuxSession.pause(TmuxSession.pollInterval) }
        #expect(kill(reader, 0) != 0, "the reader exited after the hang-up")
    }

    @Test("q from a three-pane layout with the picker just closed still restores everything")
    func leaveAfterWork() throws {
        let tmux = try DossierBinary.session([], columns: 100, rows: 30)
        try tmux.waitForReader()
        try tmux.type("s3039<Enter>")
        try tmux.waitForScreen("three panes") { $0.statusEntries.count == 3 }
        try tmux.type("o")
        try tmux.waitForScreen("the picker") { $0.text.contains("Open in this pane") }
        try tmux.type("<Esc>")
        try tmux.waitForScreen("the picker closed") { !$0.text.contains("Open in this pane") && $0.statusEntries.count == 3 }
        try tmux.type("jjG")
        try tmux.waitForScreen("the new pane at its end") {
            $0.statusEntries.count == 3 && ReaderScreen.percentage($0.statusEntries[1]) == 100
        }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.restorationProblems() == [])
    }
}
