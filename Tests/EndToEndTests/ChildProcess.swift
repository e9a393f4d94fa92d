#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TestSupport

/// What a finished child process left: its exit status and everything it wrote.
struct ChildResult {
    /// The exit status, or 128 + the signal number if it was killed by a signal (shell convention).
    var status: Int32
    /// Everything written to standard output.
    var stdout: [UInt8]
    /// Everything written to standard error.
    var stderr: [UInt8]

    /// Standard output decoded as UTF-8 (invalid bytes replaced).
    var out: String { String(decoding: stdout, as: UTF8.self) }
    /// Standard error decoded as UTF-8 (invalid bytes replaced).
    var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs short-lived helper programs (the tmux client) with `posix_spawn` and a deadline.
///
/// Foundation's `Process` is avoided on purpose: the child must start with an empty signal mask and
/// default dispositions. Swift Testing runs tests on Dispatch worker threads, which block almost every
/// signal, and a spawned child inherits the blocked mask; the tmux server forked from the client (and
/// every program it starts in a pane) would then never see SIGCHLD, SIGWINCH or SIGTERM.
enum ChildProcess {
    /// Raised when the child cannot be started or does not finish in time.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the command line.
        var description: String
    }

    /// Runs `arguments` (the first is looked up on PATH) with `environment`, stdin from /dev/null,
    /// and waits at most `timeout` for it to exit (then kills it and throws).
    static func run(_ arguments: [String], environment: [String: String], timeout: Duration = .seconds(10)) throws -> ChildResult {
        precondition(!arguments.isEmpty, "no command")
        let commandLine = arguments.joined(separator: " ")

        // O_CLOEXEC so that a child spawned concurrently by another test never inherits our pipe
        // ends (which would keep them open and delay EOF until that child exits).
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe) else { throw Failure(description: "pipe failed (errno \(errno)) for \(commandLine)") }
        guard makePipe(&errPipe) else {
            close(outPipe[0]); close(outPipe[1])
            throw Failure(description: "pipe failed (errno \(errno)) for \(commandLine)")
        }
        var readEnds = [outPipe[0], errPipe[0]]
        defer { for fd in readEnds where fd >= 0 { close(fd) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        // Descriptors other suites opened without O_CLOEXEC must not leak into the tmux server.
        if let addClosefrom = LibC.addClosefrom { _ = addClosefrom(&actions, 3) }

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }

        var pid: pid_t = 0
        let spawned = SpawnAttributes.withDefaultSignals { attributes in posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp) }
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else { throw Failure(description: "cannot start \(commandLine): \(String(cString: strerror(spawned)))") }

        // Read both pipes together (poll), so neither can fill up and stall the child, until both
        // reach EOF or the deadline passes.
        let deadline = ContinuousClock.now + timeout
        var stdout: [UInt8] = [], stderr: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var timedOut = false
        while readEnds.contains(where: { $0 >= 0 }) {
            let left = deadline - ContinuousClock.now
            if left <= .zero { timedOut = true; break }
            var fds = readEnds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ms = Int32(max(1, min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000, 1000)))
            let ready = poll(&fds, nfds_t(fds.count), ms)
            if ready < 0 { if errno == EINTR { continue }; break }
            for (index, entry) in fds.enumerated() where entry.fd >= 0 && entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if index == 0 { stdout += buffer[0..<count] } else { stderr += buffer[0..<count] }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(entry.fd)
                    readEnds[index] = -1
                }
            }
        }
        if timedOut { kill(pid, SIGKILL) }

        var wstatus: Int32 = 0
        while waitpid(pid, &wstatus, 0) < 0 && errno == EINTR {}
        if timedOut { throw Failure(description: "\(commandLine) did not finish within \(timeout)") }
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import; decode the wait status by hand.
        let signal = wstatus & 0x7f
        let status = signal == 0 ? (wstatus >> 8) & 0xff : 128 + signal
        return ChildResult(status: status, stdout: stdout, stderr: stderr)
    }

    /// A close-on-exec pipe: atomic where pipe2 exists, so no child spawned meanwhile inherits it.
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        if let pipe2 = LibC.pipe2 { return pipe2(&fds, O_CLOEXEC) == 0 }
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }
}

/// glibc functions that Swift's Glibc module leaves out (they need _GNU_SOURCE), looked up at run
/// time, since a test target cannot carry a C shim without changing Package.swift; nil elsewhere.
private enum LibC {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias AddClosefrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// `pipe2(2)`.
    static let pipe2: Pipe2? = symbol("pipe2")
    /// `posix_spawn_file_actions_addclosefrom_np(3)` (glibc 2.34+).
    static let addClosefrom: AddClosefrom? = symbol("posix_spawn_file_actions_addclosefrom_np")

    private static func symbol<F>(_ name: String) -> F? {
        guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, name) else { return nil }
        return unsafeBitCast(address, to: F.self)
    }
}
