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
    ]

    @Test("the exit status is documented and the terminal is restored", arguments: exits)
    func leave(_ exit: Exit) throws {
        let tmux = try DossierBinary.session([], columns: 80, rows: 24)
        try tmux.waitForScreen("the reader") { $0.statusEntries.count == 2 }

        // What must be undone is on while it runs (else "off afterwards" would prove nothing).
        let running = try tmux.terminalModes()
        #expect(running.alternateScreen && running.mouseAny && running.applicationCursorKeys,
                "alternate screen, mouse and keypad mode while reading: \(running)")
        #expect(try tmux.sentPrivateModes().leftCursorHidden, "the reader hides the cursor while it runs")

        if let key = exit.key { tmux.send(keys: key) }
        if let signal = exit.signal { tmux.signal(signal) }

        #expect(try tmux.waitForExit() == exit.status)
        #expect(try tmux.restorationProblems() == [])
        let modes = try tmux.terminalModes()
        #expect(!modes.alternateScreen && !modes.mouseAny && !modes.applicationCursorKeys && !modes.applicationKeypad, "\(modes)")
        let sent = try tmux.sentPrivateModes()
        #expect(sent.last[PrivateModes.cursorVisible] == true, "the cursor was shown again")
        #expect(sent.last[PrivateModes.alternateScreen] == false, "the alternate screen was left")
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
