import BenchKit

/// Times a piece of work in this process, repeatedly.
enum Stopwatch {
    /// Runs `body` `runs` times and returns the times in milliseconds.
    static func time(runs: Int, _ body: () -> Void) -> Samples {
        time(runs: runs, setUp: {}) { _ in body() }
    }

    /// Runs `body` `runs` times, each on a fresh value made by `setUp` outside the timing, so the work
    /// timed is the action alone.
    static func time<T>(runs: Int, setUp: () -> T, _ body: (inout T) -> Void) -> Samples {
        var samples: [Double] = []
        for _ in 0..<runs {
            var value = setUp()
            let start = ContinuousClock.now
            body(&value)
            samples.append((ContinuousClock.now - start).milliseconds)
        }
        return Samples(samples)
    }
}
