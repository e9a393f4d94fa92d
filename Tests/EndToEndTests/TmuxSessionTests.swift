import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The harness itself, checked on programs that exist everywhere (less, sh, cat, sleep), so it is
/// known to work before the reader's full-screen mode is driven with it.
@Suite("EndToEndTests: the tmux harness", .tags(.endToEnd))
struct TmuxSessionTests {
    /// less with no user settings, history file or input preprocessor, so it behaves the same for everyone.
    static let plainLess = ["LESS": "", "LESSHISTFILE": "-", "LESSOPEN": "", "LESSCLOSE": "", "LESSKEYIN": "/dev/null"]

    @Test("tmux is installed (make deps installs it)")
    func tmuxIsInstalled() throws {
        try #require(TmuxSession.isAvailable, "\(TmuxError.unavailable)")
        let version = try #require(TmuxSession.version)
        #expect(version.hasPrefix("tmux 3"), "resize-window -x/-y and new-session -e need tmux 3.x; found \(version)")
    }

    @Test("less: pages with keys, relayouts on resize, quits with status 0 and the terminal restored")
    func driveLess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("lines.txt", (1...200).map { String(format: "line %03d", $0) }.joined(separator: "\n") + "\n")
        let tmux = try TmuxSession(command: ["less", file], columns: 80, rows: 24, environment: Self.plainLess)

        var screen = try tmux.waitFor("line 023")
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 24)
        #expect(rows.first == "line 001")
        #expect(try tmux.terminalModes().alternateScreen)

        tmux.send(keys: "j")
        screen = try tmux.waitUntil("line 002 at the top") { $0.hasPrefix("line 002\n") }
        #expect(screen.contains("line 024"))

        tmux.send(keys: "Space")
        screen = try tmux.waitUntil("the next page") { $0.hasPrefix("line 025\n") }
        #expect(screen.contains("line 047") && !screen.contains("line 048"))

        // Nothing below is new text, so wait for the screen to settle instead and compare.
        tmux.send(keys: "g")
        try tmux.waitUntil("the top again") { $0.hasPrefix("line 001\n") }
        tmux.send(keys: "k")  // already at the top: less only rings the bell
        #expect(try tmux.waitForStable().hasPrefix("line 001\n"))

        try tmux.resize(columns: 100, rows: 30)
        screen = try tmux.waitFor("line 029")
        rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 30)
        #expect(rows.first == "line 001")
        #expect(!screen.contains("line 030"), "29 text rows and the prompt")
        #expect((tmux.columns, tmux.rows) == (100, 30))

        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.terminalModes().alternateScreen == false)
        #expect(try tmux.restorationProblems() == [])
        #expect(try tmux.sentPrivateModes().last[PrivateModes.alternateScreen] == false, "less left the alternate screen itself")
    }

    @Test("the program sees the new size on its pty after resize")
    func resizeReachesThePty() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", "stty size; read x; stty size; read y"], columns: 80, rows: 24)
        try tmux.waitFor("24 80")
        #expect(tmux.ptySize() ?? (0, 0) == (80, 24))
        try tmux.resize(columns: 100, rows: 30)
        #expect(tmux.ptySize() ?? (0, 0) == (100, 30), "resize returns once the pty has the new size")
        tmux.send(keys: "Enter")
        try tmux.waitFor("30 100")
        tmux.send(keys: "Enter")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("a signal to the program is reported as its termination")
    func signalIsReported() throws {
        let tmux = try TmuxSession(command: ["sleep", "100"], columns: 40, rows: 10)
        #expect(try tmux.termination() == nil)
        // Test threads block most signals and children inherit that mask; the harness must not pass it on.
        // Read the mask once the pane's process is sleep itself: between tmux's fork and the exec the
        // child is still tmux, with tmux's own signals blocked (seen once in CI).
        var status = ""
        let deadline = ContinuousClock.now + .seconds(5)
        repeat {
            status = (try? String(contentsOfFile: "/proc/\(tmux.panePID)/status", encoding: .utf8)) ?? ""
            if !status.hasPrefix("Name:\tsleep") { usleep(1_000) }
        } while !status.hasPrefix("Name:\tsleep") && ContinuousClock.now < deadline
        #expect(status.hasPrefix("Name:\tsleep"))
        #expect(status.split(separator: "\n").contains("SigBlk:\t0000000000000000"))
        tmux.signal(SIGTERM)
        #expect(try tmux.waitForTermination() == .signaled(SIGTERM))
        #expect(try tmux.waitForExit() == 128 + SIGTERM)
    }

    @Test("exit statuses of programs that exit at once are all reported (tmux sometimes misses the SIGCHLD)")
    func quickExitStatuses() throws {
        for status in 0..<12 {
            let tmux = try TmuxSession(command: ["sh", "-c", "exit \(status)"], columns: 40, rows: 10)
            #expect(try tmux.waitForExit(timeout: .seconds(5)) == Int32(status))
        }
    }

    @Test("TERM from the environment reaches the program, with a UTF-8 locale", arguments: [nil, "vt100", "xterm-256color"])
    func termReachesProgram(term: String?) throws {
        let environment = ["DOSSIER_E2E_PROBE": "x y"].merging(term.map { ["TERM": $0] } ?? [:]) { a, _ in a }
        let tmux = try TmuxSession(command: ["sh", "-c", "echo \"[$TERM] [$LANG] [$LC_ALL] [$DOSSIER_E2E_PROBE]\"; read x"],
                                   columns: 80, rows: 24, environment: environment)
        try tmux.waitFor("[\(term ?? TmuxSession.defaultTerm)] [C.UTF-8] [C.UTF-8] [x y]")
        #expect(tmux.term == term ?? "xterm-256color")
    }

    @Test("literal text round-trips as UTF-8, wide characters and tmux's separator included")
    func literalUTF8() throws {
        let tmux = try TmuxSession(command: ["cat"], columns: 60, rows: 8)
        // A trailing ";" is a command separator to tmux: text and keys ending in one must survive.
        let text = #"Héloïse Жанна 漢字 'quoted' $HOME \;"#
        tmux.sendLiteral(text)
        tmux.send(keys: "Enter")
        // The tty echoes the line, then cat writes it back: two copies (wait for both before typing
        // on, or the next echo can come before cat's copy).
        try tmux.waitUntil("the line twice") { $0.hasPrefix("\(text)\n\(text)\n") }
        tmux.send(keys: ";", "Enter")
        let screen = try tmux.waitUntil("\";\" twice") { $0.hasPrefix("\(text)\n\(text)\n;\n;") }
        #expect(screen.split(separator: "\n").prefix(4).map(String.init) == [text, text, ";", ";"])
        tmux.send(keys: "C-d")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("terminal modes are read while the program runs, and what it left on after exit is reported")
    func modesAndRestoration() throws {
        let setUp = #"printf '\033[?25l\033[?1049h\033[?1h\033=\033[?1000h\033[?1006h\033[?2004h'; echo ready; read x"#
        let restore = #"printf '\033[?2004l\033[?1006l\033[?1000l\033[?1l\033>\033[?1049l\033[?25h'"#

        let tidy = try TmuxSession(command: ["sh", "-c", "\(setUp); \(restore)"], columns: 40, rows: 10)
        try tidy.waitFor("ready")
        let running = try tidy.terminalModes()
        #expect(running.alternateScreen && !running.cursorVisible && running.applicationCursorKeys && running.applicationKeypad)
        #expect(running.mouseAny && running.mouseStandard && running.mouseSGR && !running.mouseAll)
        tidy.send(keys: "Enter")
        #expect(try tidy.restorationProblems() == [])
        #expect(try tidy.sentPrivateModes().last[PrivateModes.cursorVisible] == true)

        let careless = try TmuxSession(command: ["sh", "-c", setUp], columns: 40, rows: 10)
        try careless.waitFor("ready")
        careless.send(keys: "Enter")
        let problems = try careless.restorationProblems()
        #expect(problems.contains("tmux: alternate screen still on"))
        #expect(problems.contains("tmux: mouse reporting still on"))
        #expect(problems.contains("output: cursor hidden (last CSI ? 25 was l)"))
        #expect(problems.contains("output: bracketed paste (CSI ? 2004 h)"))
    }

    @Test("a wait that times out reports the last screen")
    func timeoutShowsScreen() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", "echo hello there; read x"], columns: 30, rows: 5)
        try tmux.waitFor("hello there")
        let error = #expect(throws: TmuxError.self) { try tmux.waitFor("never shown", timeout: .milliseconds(100)) }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("never shown") && message.contains("│hello there"))
    }

    @Test("close kills the server and removes the socket directory")
    func closeCleansUp() throws {
        let tmux = try TmuxSession(command: ["sleep", "100"], columns: 40, rows: 10)
        let pid = tmux.panePID, directory = tmux.directory
        #expect(FileManager.default.fileExists(atPath: tmux.socket))
        tmux.close()
        #expect(!FileManager.default.fileExists(atPath: directory))
        // The pane's program got SIGHUP from the dying server (or SIGKILL from close).
        let deadline = ContinuousClock.now + .seconds(2)
        while kill(pid, 0) == 0, !isZombie(pid), ContinuousClock.now < deadline { TmuxSession.pause(.milliseconds(20)) }
        #expect(kill(pid, 0) != 0 || isZombie(pid))
    }

    private func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let paren = stat.lastIndex(of: ")") else { return false }
        return stat[paren...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}

/// A temporary folder for one test's files; `remove()` it in a `defer` (not in a deinit: a value can
/// be released right after its last use, while the program under test still needs the files).
struct TemporaryFolder {
    /// The folder's path.
    let path: String

    /// Creates an empty folder under the temporary directory.
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` (UTF-8) to `name` in the folder and returns the file's path.
    func write(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Writes `bytes` as they are to `name` in the folder and returns the file's path.
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
