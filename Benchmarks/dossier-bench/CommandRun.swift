import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a non-interactive command (`dossier search`, `rg`): wall time, output size, peak RSS.
struct CommandRun: Sendable {
    /// From spawn to exit, in milliseconds.
    var milliseconds: Double
    /// Bytes written to standard output.
    var bytes: Int
    /// Lines written to standard output (hits, for a search).
    var lines: Int
    /// Exit status.
    var status: Int32
    /// Peak RSS in KiB.
    var maxRSSKiB: Int

    /// Runs `arguments` with stdout into a pipe this process reads and counts (stdin and stderr /dev/null).
    ///
    /// A pipe rather than /dev/null: GNU grep, and ripgrep 13 and later, notice an output of /dev/null and
    /// stop at the first match, which would compare a whole search with a shortcut.
    static func run(_ arguments: [String], environment: [String: String]) throws -> CommandRun {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw ChildSpawn.Failure(description: "pipe failed (errno \(errno))") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        let start = ContinuousClock.now
        let pid: pid_t
        do {
            pid = try ChildSpawn.spawn(arguments, environment: environment) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
        } catch {
            close(fds[0]); close(fds[1])
            throw error
        }
        close(fds[1])
        var bytes = 0, lines = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += n
            lines += buffer[0..<n].reduce(0) { $0 + ($1 == 0x0a ? 1 : 0) }
        }
        close(fds[0])
        let exit = ChildSpawn.wait(pid) ?? (-1, 0)
        let wall = (ContinuousClock.now - start).milliseconds
        return CommandRun(milliseconds: wall, bytes: bytes, lines: lines, status: exit.status, maxRSSKiB: exit.maxRSSKiB)
    }
}

extension CommandRun {
    /// Runs every command `runs` times (after `warmup` untimed rounds), interleaved and in a rotating
    /// order, like the pty measures. Failed runs are reported on stderr and left out.
    static func compare(_ commands: [[String]], runs: Int, warmup: Int, environment: [String: String]) -> [[CommandRun]] {
        var results = Array(repeating: [CommandRun](), count: commands.count)
        for round in 0..<(warmup + runs) {
            for k in commands.indices {
                let c = (k + round) % commands.count
                do {
                    let run = try CommandRun.run(commands[c], environment: environment)
                    // grep's convention: 1 is "nothing found", still a whole search.
                    guard run.status == 0 || run.status == 1 else {
                        Log.warn("\(commands[c].joined(separator: " ")): exit status \(run.status)")
                        continue
                    }
                    if round >= warmup { results[c].append(run) }
                } catch {
                    Log.warn("\(error)")
                }
            }
        }
        return results
    }
}
