import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The pane's terminal, held open by the test: its line discipline's modes (`stty -a`) while a program
/// runs, and the processes that have it as controlling terminal, also once the program is gone. (After
/// the pane's program exits tmux hangs the terminal up, so its modes then are read by the shell that
/// ran the program, as a person would: see `ReaderLeavingTests`.)
///
/// It is opened through `/proc/PID/fd/0` of the running program rather than by its `/dev/pts` name,
/// which a container's own devpts mount may not show.
final class TerminalHold {
    /// Our descriptor of the pane's terminal (no controlling terminal is taken).
    let descriptor: Int32
    /// Its device number, as `/proc/PID/stat` gives a process's controlling terminal.
    let device: UInt64

    /// Opens the terminal of `pid`'s standard input.
    init(terminalOf pid: pid_t) throws {
        let fd = open("/proc/\(pid)/fd/0", O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw TmuxError.unexpectedReply("cannot open the terminal of process \(pid): errno \(errno)") }
        var status = stat()
        guard fstat(fd, &status) == 0, isatty(fd) == 1 else {
            Glibc.close(fd)
            throw TmuxError.unexpectedReply("the standard input of process \(pid) is not a terminal")
        }
        descriptor = fd
        device = UInt64(status.st_rdev)
    }

    deinit { Glibc.close(descriptor) }

    /// `stty -a` of the terminal now.
    func sttyAll() throws -> String {
        let result = try ChildProcess.run(["stty", "-a", "-F", "/proc/\(getpid())/fd/\(descriptor)"],
                                          environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else { throw TmuxError.unexpectedReply("stty -a failed: \(result.err)") }
        return result.out
    }

    /// `icanon` and `echo` as `stty -a` output shows them: plain when on, with a `-` when off.
    static func lineModes(in stty: String) -> [String] {
        let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return ["icanon", "echo"].map { words.contains($0) ? $0 : "-" + $0 }
    }

    /// Process ids whose controlling terminal this is (`/proc/PID/stat`, field 7).
    func processes() -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (comm)": state ppid pgrp session tty_nr …; comm may hold spaces, hence from the last ')'.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 4, let tty = UInt64(fields[4]), tty == device else { return nil }
            return pid
        }
    }

    /// Waits until no process has the terminal any more, and returns those still there at the deadline.
    func waitForNoProcesses(timeout: Duration = .seconds(5)) -> [pid_t] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let left = processes()
            if left.isEmpty || ContinuousClock.now >= deadline { return left }
            TmuxSession.pause(TmuxSession.pollInterval)
        }
    }
}

extension TmuxSession {
    /// The pane process's children (a shell's command), waiting up to a second for the first to appear.
    func childProcesses(timeout: Duration = .seconds(1)) -> [pid_t] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let children = ((try? String(contentsOfFile: "/proc/\(panePID)/task/\(panePID)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if !children.isEmpty || ContinuousClock.now >= deadline { return children }
            Self.pause(Self.pollInterval)
        }
    }
}
