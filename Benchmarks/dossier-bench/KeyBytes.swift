import BenchKit

/// Bytes a program writes to the terminal for each key: what an SSH user pays per keystroke.
enum KeyBytes {
    /// Starts `program`, waits for its first screen, then presses each key `presses` times; after every
    /// press, counts the bytes written until `settle` of silence (the first byte may take up to a second).
    /// Returns the samples per key, in the order given.
    static func measure(_ program: ScreenProgram, keys: [[UInt8]], presses: Int, columns: Int, rows: Int,
                        environment: [String: String], timeout: Duration) throws -> [Samples] {
        let session = try PtySession(program.arguments, environment: environment, columns: columns, rows: rows)
        guard session.read(until: try Regex(program.ready), timeout: timeout) != nil else {
            throw ChildSpawn.Failure(description: "\(program.name): first screen not seen")
        }
        session.readUntilQuiet(settle: .milliseconds(300), timeout: timeout)
        var results: [Samples] = []
        for key in keys {
            var counts: [Double] = []
            for _ in 0..<presses {
                let before = session.output.count
                session.write(key)
                session.read(timeout: .seconds(1))
                session.readUntilQuiet(settle: ScreenTiming.settle, timeout: timeout)
                counts.append(Double(session.output.count - before))
            }
            results.append(Samples(counts))
        }
        session.write(program.quit)
        _ = session.waitForExit(timeout: .seconds(10))
        return results
    }
}
