import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A load longer than half a second, shown on the terminal: progress on the status row, every way out
/// working meanwhile, and the reader once it is over. `--test-load-delay` makes the seeds' load slow on demand,
/// so no test depends on how fast the machine is.
@Suite("EndToEndTests: a long load", .tags(.endToEnd))
struct ReaderLoadingTests {
    /// The reader on the seeds whose load starts after `delay` milliseconds.
    private func slowSession(delay: Int, columns: Int = 80, rows: Int = 24) throws -> TmuxSession {
        try DossierBinary.session(["open", "--no-state", "--test-load-delay", "\(delay)"], columns: columns, rows: rows)
    }

    @Test("the status row says it is loading, then the reader opens at its first screen")
    func progressThenReader() throws {
        let tmux = try slowSession(delay: 2_500)
        let loading = try tmux.waitForScreen("the loading screen") { $0.text.contains("loading documents") }
        #expect(loading.rows.last?.hasPrefix("q quit") == true, "\(loading)")
        #expect(loading.text.contains("seeds"), "the folder is named\n\(loading)")
        let reader = try tmux.waitForScreen("the reader", timeout: .seconds(30)) { $0.statusEntries.count == 2 }
        #expect(reader.statusEntries.first?.hasPrefix("▶ Blevins") == true, "\(reader)")
        #expect(!reader.text.contains("loading"), "no trace of the loading screen\n\(reader)")
    }

    /// One way out during the load and the status it gives.
    struct Exit: CustomTestStringConvertible, Sendable {
        var key: String?
        var signal: Int32?
        var status: Int32
        var testDescription: String { "\(key ?? "signal \(signal ?? 0)") → \(status)" }
    }

    @Test("q, Ctrl-C, SIGTERM and SIGHUP leave during the load with the documented status and the terminal restored",
          arguments: [Exit(key: "q", status: 0), Exit(key: "C-c", status: 130), Exit(signal: SIGTERM, status: 143),
                      Exit(signal: SIGHUP, status: 129)])
    func leaveWhileLoading(_ exit: Exit) throws {
        let tmux = try slowSession(delay: 60_000)
        try tmux.waitForScreen("the loading screen") { $0.text.contains("loading documents") }
        #expect(try tmux.terminalModes().alternateScreen, "the loading screen is on the alternate screen")
        if let key = exit.key { tmux.send(keys: key) }
        if let signal = exit.signal { tmux.signal(signal) }
        #expect(try tmux.waitForExit() == exit.status)
        #expect(try tmux.restorationProblems() == [])
        #expect(!(try tmux.terminalModes().alternateScreen))
    }

    @Test("a resize during the load redraws the count at the new size")
    func resizeWhileLoading() throws {
        let tmux = try slowSession(delay: 60_000, columns: 100, rows: 30)
        try tmux.waitForScreen("the loading screen") { $0.text.contains("loading documents") }
        try tmux.resize(columns: 40, rows: 10)
        let small = try tmux.waitForScreen("the loading screen at 40x10") { $0.rows.count == 10 && $0.rows[8].contains("loading documents") }
        #expect(small.rows.allSatisfy { ReaderScreen.width($0) <= 40 }, "\(small)")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("a bad DOC found after a long load fails with one line and the terminal restored")
    func badArgumentAfterLoad() throws {
        let tmux = try DossierBinary.session(["open", "--no-state", "--test-load-delay", "1500", "nosuchdoc"], columns: 80, rows: 24)
        try tmux.waitForScreen("the loading screen") { $0.text.contains("loading documents") }
        #expect(try tmux.waitForExit(timeout: .seconds(30)) == 2)
        #expect(try tmux.restorationProblems() == [])
        #expect(tmux.capture().contains("no document matches \"nosuchdoc\""), "\(tmux.capture())")
    }
}
