import BenchKit
import Foundation

/// One start of a full-screen program in a pty: when its first screen was complete, and its peak RSS.
struct ScreenTiming: Sendable {
    /// From spawn to the last byte of the first screen, in milliseconds.
    var firstScreen: Double
    /// Peak RSS of the program over the whole run (wait4's ru_maxrss), in KiB.
    var maxRSSKiB: Int

    /// How long silence must last before a screen counts as finished: longer than any pause inside one
    /// paint, short enough to keep the runs quick.
    static let settle = Duration.milliseconds(150)

    /// Starts `program` at `columns` x `rows`, waits for its ready output and then for `settle` of silence;
    /// the first screen ends at the last byte before that silence. Then quits it and reaps it.
    static func run(_ program: ScreenProgram, columns: Int, rows: Int, environment: [String: String],
                    timeout: Duration) throws -> ScreenTiming {
        let session = try PtySession(program.arguments, environment: environment, columns: columns, rows: rows)
        let ready = try Regex(program.ready)
        guard session.read(until: ready, timeout: timeout) != nil else {
            let tail = String(decoding: session.output.suffix(200), as: UTF8.self)
            throw ChildSpawn.Failure(description: "\(program.name): first screen not seen (\(session.ended ? "exited" : "timeout")); last output: \(tail.debugDescription)")
        }
        session.readUntilQuiet(settle: settle, timeout: timeout)
        let first = session.lastOutput?.milliseconds ?? 0
        session.write(program.quit)
        guard session.waitForExit(timeout: .seconds(20)) != nil, let exit = session.exit else {
            throw ChildSpawn.Failure(description: "\(program.name): did not quit")
        }
        return ScreenTiming(firstScreen: first, maxRSSKiB: exit.maxRSSKiB)
    }

    /// Starts every program `runs` times (after `warmup` untimed rounds), interleaved and in a rotating
    /// order, so that noise from other work on the machine falls on all alike. Failed runs are reported
    /// on stderr and left out.
    static func compare(_ programs: [ScreenProgram], runs: Int, warmup: Int, columns: Int, rows: Int,
                        environment: [String: String], timeout: Duration) -> [[ScreenTiming]] {
        var results = Array(repeating: [ScreenTiming](), count: programs.count)
        for round in 0..<(warmup + runs) {
            for k in programs.indices {
                let p = (k + round) % programs.count
                do {
                    let timing = try run(programs[p], columns: columns, rows: rows, environment: environment, timeout: timeout)
                    if round >= warmup { results[p].append(timing) }
                } catch {
                    Log.warn("\(error)")
                }
            }
        }
        return results
    }
}
