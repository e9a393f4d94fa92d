import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One program running alone in a pane of its own private tmux server, at a fixed size, under a UTF-8
/// locale: the end-to-end tests drive it with keys and read the screen back with `capture-pane`.
///
/// Every wait polls (every 25 ms) until a condition holds and never sleeps a fixed time, so tests are
/// as fast as the program and still pass on a loaded machine. Each session has its own socket in a
/// fresh temporary directory, so sessions in parallel tests never meet. `close()` (also run by
/// `deinit`, so a failing test cleans up too) kills the server and removes the directory.
final class TmuxSession {
    /// The TERM the program sees unless the environment passed to `init` names another.
    static let defaultTerm = "xterm-256color"
    /// How long each wait sleeps between two looks at the pane.
    static let pollInterval: Duration = .milliseconds(25)
    /// The session name inside the private server (there is only one).
    private static let sessionName = "e2e"

    /// The program's argument vector as given to `init`.
    let command: [String]
    /// The TERM the program sees.
    let term: String
    /// The temporary directory holding the socket and the output log; also the program's working directory.
    let directory: String
    /// The private server's socket (`tmux -S`).
    let socket: String
    /// The pane's id (`%0`), the target of every command.
    let pane: String
    /// The program's process id: the pane's first process, as the command runs through `exec`.
    let panePID: pid_t
    /// The tmux server's process id.
    let serverPID: pid_t
    /// The pane's pseudo-terminal (`/dev/pts/N`).
    let paneTTY: String
    /// The file receiving a copy of everything the program writes (`pipe-pane`).
    let outputLog: String
    /// The current pane width.
    private(set) var columns: Int
    /// The current pane height.
    private(set) var rows: Int

    /// The environment of every tmux client call; the server (started by the first) passes it on to the pane.
    private let clientEnvironment: [String: String]
    private var closed = false

    /// Whether tmux is on PATH. The end-to-end tests fail (not skip) without it: `make deps` installs it.
    static var isAvailable: Bool { executableOnPath("tmux") != nil }

    /// `tmux -V`, e.g. "tmux 3.3a", or nil if tmux cannot be run.
    static var version: String? {
        guard isAvailable, let result = try? ChildProcess.run(["tmux", "-V"], environment: ProcessInfo.processInfo.environment),
              result.status == 0 else { return nil }
        return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Starts `command` (looked up on PATH, run via `exec` so its pid is the pane's) in a new private
    /// tmux server at `columns` x `rows`, with LANG and LC_ALL set to C.UTF-8, plus `environment`.
    /// `environment["TERM"]` (default xterm-256color) becomes tmux's `default-terminal`, the only way
    /// TERM reaches the program (tmux overrides a TERM given with `new-session -e`).
    init(command: [String], columns: Int, rows: Int, environment: [String: String] = [:]) throws {
        precondition(!command.isEmpty, "TmuxSession needs a command")
        guard Self.isAvailable else { throw TmuxError.unavailable }
        self.command = command
        self.columns = columns
        self.rows = rows
        term = environment["TERM"] ?? Self.defaultTerm

        // A Unix socket path must fit in 108 bytes: keep the directory short, whatever TMPDIR says.
        var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if base.utf8.count > 60 { base = "/tmp" }
        var template = Array((base.hasSuffix("/") ? base : base + "/").utf8CString.dropLast()) + Array("dossier-e2e-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw TmuxError.unexpectedReply("cannot create a temporary directory under \(base) (errno \(errno))")
        }
        directory = String(cString: made)
        socket = directory + "/tmux.sock"
        outputLog = directory + "/output.log"

        // The pane inherits the server's environment, which is this client's: drop what would make
        // the program behave differently from a plain terminal (a size that overrides the pty's, an
        // enclosing tmux, a corpus chosen by whoever runs the tests).
        var inherited = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DOSSIER_") }
        for key in ["TMUX", "TMUX_PANE", "COLUMNS", "LINES"] { inherited.removeValue(forKey: key) }
        inherited["LANG"] = "C.UTF-8"
        inherited["LC_ALL"] = "C.UTF-8"
        clientEnvironment = inherited

        // The session's own folder as XDG_CONFIG_HOME and XDG_STATE_HOME: a developer's key file or last session must
        // not change what the tests see, and the tests must never write the reader's state into the real home.
        var paneEnvironment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": directory, "XDG_STATE_HOME": directory]
        paneEnvironment.merge(environment.filter { $0.key != "TERM" }) { _, given in given }

        // One client call does it all, so the options are in place before the program starts and the
        // output log misses none of its first bytes: the server reads the pane only after the whole
        // command list has run.
        var commands: [[String]] = []
        for (option, value) in [
            ("default-terminal", term),
            ("default-shell", "/bin/sh"),          // the `exec` below is POSIX sh, whatever $SHELL is
            ("status", "off"),                     // the pane gets every row of the window
            ("history-limit", "100"),
            ("remain-on-exit", "on"),              // keep the dead pane: its screen and exit status
            ("remain-on-exit-format", ""),         // else tmux scrolls the pane up a row for its message
            ("escape-time", "0"),
        ] {
            commands.append(["set-option", "-g", option, value])
        }
        // A clipboard write (OSC 52) that reaches tmux becomes a paste buffer, so a test can see one got through.
        commands.append(["set-option", "-s", "set-clipboard", "on"])
        var arguments = ["new-session", "-d", "-s", Self.sessionName, "-x", "\(columns)", "-y", "\(rows)", "-c", directory]
        for (key, value) in paneEnvironment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments += ["-P", "-F", "#{pane_id} #{pane_pid} #{pid} #{pane_tty}"]
        arguments.append("exec " + command.map(Self.shellQuoted).joined(separator: " "))
        commands.append(arguments)
        commands.append(["pipe-pane", "-t", Self.sessionName, "exec cat >> " + Self.shellQuoted(outputLog)])

        let reply: String
        do {
            reply = try Self.tmux(socket: socket, environment: clientEnvironment, commands)
        } catch {
            Self.shutDown(socket: socket, environment: clientEnvironment, directory: directory)
            throw error
        }
        let fields = reply.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        guard fields.count == 4, let panePID = pid_t(fields[1]), let serverPID = pid_t(fields[2]) else {
            Self.shutDown(socket: socket, environment: clientEnvironment, directory: directory)
            throw TmuxError.unexpectedReply("new-session printed \(reply)")
        }
        pane = fields[0]
        self.panePID = panePID
        self.serverPID = serverPID
        paneTTY = fields[3]
    }

    deinit { close() }

    /// Kills the server (and with it the program) and removes the temporary directory; idempotent.
    func close() {
        guard !closed else { return }
        closed = true
        let wasRunning = (try? termination()) == nil
        Self.shutDown(socket: socket, environment: clientEnvironment, directory: nil)
        // kill-server hangs up the pane; a program that ignores SIGHUP must not outlive the tests.
        if wasRunning {
            let deadline = ContinuousClock.now + .seconds(1)
            while Self.isRunning(panePID) && ContinuousClock.now < deadline { Self.pause(Self.pollInterval) }
            if Self.isRunning(panePID) { kill(panePID, SIGKILL) }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Screen

    /// The screen as plain text: one line per row (trailing blanks trimmed by tmux), joined by "\n".
    /// If tmux cannot answer, the text says why, so a wait that times out shows it.
    func capture() -> String { captureScreen(styled: false) }

    /// The screen with SGR escapes for colours and attributes (`capture-pane -e`).
    func captureStyled() -> String { captureScreen(styled: true) }

    private func captureScreen(styled: Bool) -> String {
        do {
            var text = try tmux(["capture-pane", "-p"] + (styled ? ["-e"] : []) + ["-t", pane])
            if text.hasSuffix("\n") { text.removeLast() }
            return text
        } catch {
            return "<capture-pane failed: \(error)>"
        }
    }

    /// Waits until the screen contains `text`; returns that screen, or throws with the last one.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `predicate` holds for the screen; returns that screen, or throws with the last one.
    @discardableResult
    func waitUntil(_ description: String = "a screen matching the predicate", timeout: Duration = .seconds(10),
                   _ predicate: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = capture()
            if predicate(screen) { return screen }
            if ContinuousClock.now >= deadline {
                throw TmuxError.timedOut(waitingFor: description, after: timeout, screen: screen)
            }
            Self.pause(Self.pollInterval)
        }
    }

    /// Waits until the screen stays the same for `quiet` (two captures that far apart agree): for
    /// checking that a key changed nothing, where there is no new text to wait for.
    @discardableResult
    func waitForStable(quiet: Duration = .milliseconds(150), timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = capture(), since = ContinuousClock.now
        while true {
            Self.pause(Self.pollInterval)
            let screen = capture()
            if screen != last { last = screen; since = .now }
            if ContinuousClock.now - since >= quiet { return screen }
            if ContinuousClock.now >= deadline {
                throw TmuxError.timedOut(waitingFor: "the screen to settle for \(quiet)", after: timeout, screen: screen)
            }
        }
    }

    // MARK: Input

    /// Sends keys by tmux name ("j", "Tab", "BTab", "C-w", "Escape", "Enter", "NPage", "Up"...); a
    /// string that is not a key name is typed as its characters.
    func send(keys: String..., sourceLocation: SourceLocation = #_sourceLocation) {
        send(keys: keys, sourceLocation: sourceLocation)
    }

    /// Sends keys by tmux name (see the variadic form).
    func send(keys: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) { try tmux(["send-keys", "-t", pane] + keys) }
    }

    /// Types `text` exactly, with no key-name lookup (`send-keys -l`).
    func sendLiteral(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) { try tmux(["send-keys", "-t", pane, "-l", "--", text]) }
    }

    /// Sends raw bytes as terminal input (`send-keys -H`), e.g. a mouse report the terminal would send.
    func sendBytes(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) { try tmux(["send-keys", "-t", pane, "-H"] + bytes.map { String($0, radix: 16) }) }
    }

    /// Sends `signal` (SIGTERM, SIGHUP...) to the program.
    func signal(_ signal: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
        if kill(panePID, signal) != 0 {
            Issue.record("kill(\(panePID), \(signal)) failed: errno \(errno)", sourceLocation: sourceLocation)
        }
    }

    /// Resizes the window and returns once the pane's pseudo-terminal has the new size, which is
    /// when the kernel sends the program SIGWINCH (tmux applies pane resizes from its event loop,
    /// so the `resize-window` reply alone does not mean the program has been told).
    func resize(columns: Int, rows: Int, timeout: Duration = .seconds(5)) throws {
        try tmux(["resize-window", "-t", pane, "-x", "\(columns)", "-y", "\(rows)"])
        let deadline = ContinuousClock.now + timeout
        while true {
            if let size = ptySize() ?? paneSize(), size == (columns, rows) { break }
            if ContinuousClock.now >= deadline {
                throw TmuxError.timedOut(waitingFor: "the pane to become \(columns)x\(rows)", after: timeout, screen: capture())
            }
            Self.pause(Self.pollInterval)
        }
        self.columns = columns
        self.rows = rows
    }

    /// The (columns, rows) the kernel holds for the pane's pty, which is what the program's
    /// TIOCGWINSZ returns; nil if the pty cannot be opened (the pane is dead).
    func ptySize() -> (columns: Int, rows: Int)? {
        let fd = open(paneTTY, O_RDONLY | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { Self.closeDescriptor(fd) }
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// The pane size as tmux has it.
    private func paneSize() -> (Int, Int)? {
        guard let reply = try? tmux(["display-message", "-p", "-t", pane, "#{pane_width} #{pane_height}"]) else { return nil }
        let numbers = reply.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    // MARK: Exit

    /// How the program ended, or nil while it runs.
    func termination() throws -> Termination? {
        let reply = try tmux(["display-message", "-p", "-t", pane, "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}"])
        let fields = reply.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 3 else { throw TmuxError.unexpectedReply("pane_dead: \(reply)") }
        guard fields[0] == "1" else { return nil }
        if let status = Int32(fields[1]) { return .exited(status) }
        if let signal = Int32(fields[2]) { return .signaled(signal) }
        // Dead (its pty closed) but not yet reaped. tmux 3.3a here sometimes misses the SIGCHLD and
        // leaves the program a zombie with no status for good; a SIGCHLD of our own makes its
        // handler run waitpid again. Harmless when the real one is merely late.
        kill(serverPID, SIGCHLD)
        return nil
    }

    /// Waits for the program to end and returns how.
    @discardableResult
    func waitForTermination(timeout: Duration = .seconds(10)) throws -> Termination {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let ended = try termination() { return ended }
            if ContinuousClock.now >= deadline {
                throw TmuxError.timedOut(waitingFor: "\(command.joined(separator: " ")) to exit", after: timeout, screen: capture())
            }
            Self.pause(Self.pollInterval)
        }
    }

    /// Waits for the program to end; returns its exit status, or 128 + the signal that killed it.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        try waitForTermination(timeout: timeout).shellStatus
    }

    // MARK: Terminal state

    /// The pane's terminal modes now (see `TerminalModes` for which survive the program's exit).
    func terminalModes() throws -> TerminalModes {
        try TerminalModes(reply: tmux(["display-message", "-p", "-t", pane, TerminalModes.format])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Everything the program has written so far, as far as it has reached the log.
    func output() -> [UInt8] {
        FileManager.default.contents(atPath: outputLog).map { [UInt8]($0) } ?? []
    }

    /// Everything the program wrote, once the log has stopped growing for `quiet`. Call it after the
    /// program exited: tmux copies pane output to the log's `cat` asynchronously, so the last bytes
    /// arrive shortly after the pane is dead (and tmux cannot be asked to flush a dead pane's pipe).
    func settledOutput(quiet: Duration = .milliseconds(150), timeout: Duration = .seconds(5)) throws -> [UInt8] {
        let deadline = ContinuousClock.now + timeout
        var last = output(), since = ContinuousClock.now
        while true {
            Self.pause(Self.pollInterval)
            let bytes = output()
            if bytes.count != last.count { last = bytes; since = .now }
            if ContinuousClock.now - since >= quiet { return bytes }
            if ContinuousClock.now >= deadline {
                throw TmuxError.timedOut(waitingFor: "the output log to settle", after: timeout, screen: capture())
            }
        }
    }

    /// The DEC private modes (cursor, alternate screen, mouse, bracketed paste) as the program's
    /// output left them.
    func sentPrivateModes() throws -> PrivateModes { PrivateModes(scanning: try settledOutput()) }

    /// Waits for the program to end, then lists what it left changed that a full-screen program must
    /// restore (alternate screen, keypad and mouse modes, hidden cursor...); empty if all was restored.
    func restorationProblems(timeout: Duration = .seconds(10)) throws -> [String] {
        try waitForTermination(timeout: timeout)
        return try terminalModes().leftOn.map { "tmux: \($0) still on" }
            + sentPrivateModes().leftOn.map { "output: \($0)" }
    }

    // MARK: tmux and process plumbing

    /// Runs one tmux client command against this session's server and returns its standard output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Self.tmux(socket: socket, environment: clientEnvironment, [arguments])
    }

    /// Runs several tmux commands against this session's server in one client call.
    @discardableResult
    func tmux(all commands: [[String]]) throws -> String {
        try Self.tmux(socket: socket, environment: clientEnvironment, commands)
    }

    /// Runs a list of tmux commands in one client call (joined by tmux's `;` separator).
    @discardableResult
    private static func tmux(socket: String, environment: [String: String], _ commands: [[String]]) throws -> String {
        let arguments = commands.map { $0.map(escapedArgument) }.joined(separator: [";"]).map { $0 }
        // -f /dev/null: no user or system configuration; -u: the client speaks UTF-8.
        let result = try ChildProcess.run(["tmux", "-u", "-S", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: result.status, stderr: result.err)
        }
        return result.out
    }

    /// `argument` as tmux must receive it to see it unchanged: tmux cuts a trailing `;` off any
    /// argument as a command separator (so a key ";" or text ending in one would vanish), unless
    /// a backslash precedes it, which it then drops.
    static func escapedArgument(_ argument: String) -> String {
        argument.hasSuffix(";") ? argument.dropLast() + "\\;" : argument
    }

    private func record(_ sourceLocation: SourceLocation, _ body: () throws -> Void) {
        do { try body() } catch { Issue.record("\(error)", sourceLocation: sourceLocation) }
    }

    private static func shutDown(socket: String, environment: [String: String], directory: String?) {
        _ = try? ChildProcess.run(["tmux", "-S", socket, "-f", "/dev/null", "kill-server"], environment: environment, timeout: .seconds(5))
        if let directory { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// Whether `pid` is a live process (a zombie counts as gone).
    private static func isRunning(_ pid: pid_t) -> Bool {
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            return !stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("Z")
        }
        return kill(pid, 0) == 0
    }

    /// `close(2)`, which the instance method `close()` hides inside this class.
    private static func closeDescriptor(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }

    /// Single-quotes `word` for sh.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func executableOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Sleeps the calling thread (the waits are synchronous, like the tests that call them).
    static func pause(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000)), remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
