import BenchKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A full-screen program running in a pseudo-terminal of fixed size: what it writes is read and
/// timed, keys are typed into it, and the terminal queries it sends are answered like a terminal would.
///
/// A class, not a value: it owns the terminal's master descriptor and the child process, and closes
/// and reaps them once, when it goes away.
final class PtySession {
    /// The child's process id.
    let pid: pid_t
    /// The master side of the terminal: the program's output is read here, keys written here.
    private let master: Int32
    /// When the program was started, the origin of every time this session reports.
    let started: ContinuousClock.Instant
    /// Everything the program wrote, in order.
    private(set) var output: [UInt8] = []
    /// When the last byte arrived, from `started`.
    private(set) var lastOutput: Duration?
    /// True once the terminal reports end of file (every slave descriptor closed: the program is gone).
    private(set) var ended = false
    /// Exit status and peak RSS (KiB), once the program has been reaped.
    private(set) var exit: (status: Int32, maxRSSKiB: Int)?
    /// Answers terminal queries found in the output.
    private var queries = TerminalQueryScanner()

    /// Starts `arguments` in a new session whose controlling terminal is a fresh pty of `columns` x `rows`.
    init(_ arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        guard let slave = PseudoTerminal.open(), case let fd = slave.master else {
            throw ChildSpawn.Failure(description: "cannot open a pseudo-terminal (errno \(errno))")
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)  // the child must not hold the master: EOF would never come
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fd, UInt(TIOCSWINSZ), &size)
        started = .now
        do throws(ChildSpawn.Failure) {
            // Opened after setsid, without O_NOCTTY: the pty becomes the child's controlling terminal, as
            // a terminal emulator's shell has, so job control and SIGWINCH work as they would for a user.
            pid = try ChildSpawn.spawn(arguments, environment: environment, newSession: true) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, slave.path, O_RDWR, 0)
                posix_spawn_file_actions_adddup2(&actions, 0, 1)
                posix_spawn_file_actions_adddup2(&actions, 0, 2)
            }
        } catch {
            close(fd)
            throw error
        }
        master = fd
    }

    deinit {
        if exit == nil { kill(pid, SIGKILL); exit = ChildSpawn.wait(pid) }
        close(master)
    }

    /// Time since the start.
    var elapsed: Duration { .now - started }

    /// Waits up to `timeout` for output and reads what is there; returns how many bytes came (0: none).
    @discardableResult
    func read(timeout: Duration) -> Int {
        guard !ended else { return 0 }
        var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
        let ms = Int32(max(0, min(timeout.milliseconds.rounded(.up), 60_000)))
        let ready = poll(&fds, 1, ms)
        guard ready > 0 else { return 0 }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { systemRead(master, $0.baseAddress, $0.count) }
        guard count > 0 else {
            if count == 0 || (errno != EINTR && errno != EAGAIN) { ended = true }  // EIO: the program is gone
            return 0
        }
        let piece = buffer[0..<count]
        lastOutput = elapsed
        output += piece
        for reply in queries.scan(piece) { write(reply) }
        return count
    }

    /// Reads until `pattern` matches the output written since byte `from`; returns when it matched
    /// (from the start), or nil on timeout or exit.
    func read(until pattern: Regex<AnyRegexOutput>, from: Int = 0, timeout: Duration) -> Duration? {
        let deadline = ContinuousClock.now + timeout
        var checked = from
        while true {
            // Only the new output and a little before it (a match cut between two reads) is searched again.
            let start = max(from, checked - 512)
            if String(decoding: output[start...], as: UTF8.self).contains(pattern) { return lastOutput ?? elapsed }
            checked = output.count
            let left = deadline - .now
            if left <= .zero || ended { return nil }
            read(timeout: min(left, .milliseconds(200)))
        }
    }

    /// Reads until the program has been silent for `settle` (or `timeout` passed, or it ended); returns
    /// how many bytes came meanwhile.
    @discardableResult
    func readUntilQuiet(settle: Duration, timeout: Duration) -> Int {
        let before = output.count
        let deadline = ContinuousClock.now + timeout
        while !ended {
            let left = deadline - .now
            if left <= .zero { break }
            if read(timeout: min(settle, left)) == 0 { break }
        }
        return output.count - before
    }

    /// Types bytes into the terminal.
    func write(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { systemWrite(master, $0.baseAddress, $0.count) }
            if n <= 0 { if errno == EINTR { continue }; return }  // the program is gone: waitForExit tells
            sent += n
        }
    }

    /// Reads until the program exits (draining its last output, so it never blocks writing) and reaps
    /// it; kills it after `timeout`. Returns the exit time from the start, nil if it had to be killed.
    func waitForExit(timeout: Duration) -> Duration? {
        let deadline = ContinuousClock.now + timeout
        while exit == nil {
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                exit = ChildSpawn.wait(pid)
                return nil
            }
            if !ended { read(timeout: .milliseconds(5)) } else { usleep(500) }
            if let done = ChildSpawn.wait(pid, block: false) {
                exit = done
                return elapsed
            }
        }
        return elapsed
    }
}

extension Duration {
    /// The duration in milliseconds, as a Double.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}

/// read(2), under a name the session's own `read` methods do not hide.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
/// write(2), under a name the session's own `write` method does not hide.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

/// The pseudo-terminal calls, which Swift's Glibc module leaves out (they need _XOPEN_SOURCE), looked up
/// at run time, since a Swift target cannot carry a C shim without one more target.
enum PseudoTerminal {
    typealias OpenPT = @convention(c) (Int32) -> Int32
    typealias OnMaster = @convention(c) (Int32) -> Int32
    typealias NameOf = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    /// A new terminal: the master descriptor (close-on-exec left to the caller) and the slave's path.
    static func open() -> (master: Int32, path: String)? {
        guard let openpt: OpenPT = symbol("posix_openpt"), let grant: OnMaster = symbol("grantpt"),
              let unlock: OnMaster = symbol("unlockpt"), let name: NameOf = symbol("ptsname_r") else { return nil }
        let fd = openpt(O_RDWR | O_NOCTTY)
        guard fd >= 0 else { return nil }
        var buffer = [CChar](repeating: 0, count: 128)
        guard grant(fd) == 0, unlock(fd) == 0, name(fd, &buffer, buffer.count) == 0 else {
            close(fd)
            return nil
        }
        return (fd, String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    private static func symbol<F>(_ name: String) -> F? {
        guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, name) else { return nil }
        return unsafeBitCast(address, to: F.self)
    }
}
