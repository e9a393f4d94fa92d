import Foundation

/// What a `make bench` run measures, from its command line and environment.
public struct BenchSettings: Equatable, Sendable {
    /// The reader binary (release, as `make release` builds it).
    public var dossier = ".build/release/dossier"
    /// The seed corpus the scaled corpora copy.
    public var seeds = "seeds"
    /// Corpus scales, in copies of the seeds (`BENCH_SCALES=1,100`).
    public var scales = [1, 100, 1000]
    /// Runs per measure for each scale, when `BENCH_RUNS` sets them (one number for all, or one per scale).
    public var runsOverride: [Int] = []
    /// Where the JSON goes (`BENCH_JSON`).
    public var json = ".build/bench/results.json"
    /// Whether the temporary folder with the corpora is kept (`KEEP=1`).
    public var keep = false

    /// Defaults, then `environment`, then `--dossier PATH` and `--seeds DIR` from `arguments` (without the program name).
    public init(arguments: [String] = [], environment: [String: String] = [:]) throws(BenchSettings.Problem) {
        if let s = environment["BENCH_SCALES"], !s.isEmpty { scales = try Self.numbers(s, "BENCH_SCALES") }
        if let s = environment["BENCH_RUNS"], !s.isEmpty { runsOverride = try Self.numbers(s, "BENCH_RUNS") }
        if let s = environment["BENCH_JSON"], !s.isEmpty { json = s }
        if let s = environment["KEEP"] { keep = !s.isEmpty && s != "0" }
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw Problem(message: "\(flag) needs a value") }
            switch flag {
            case "--dossier": dossier = value
            case "--seeds": seeds = value
            default: throw Problem(message: "unknown option \(flag) (options: --dossier PATH, --seeds DIR)")
            }
        }
    }

    /// Runs for a scale: as `BENCH_RUNS` says, else many at 1x (each run is milliseconds), 5 up to 100x,
    /// 3 beyond (each load takes seconds there, and the whole suite should stay within minutes).
    public func runs(forScale scale: Int) -> Int {
        if runsOverride.count == 1 { return runsOverride[0] }
        if let i = scales.firstIndex(of: scale), i < runsOverride.count { return runsOverride[i] }
        return scale <= 1 ? 21 : scale <= 100 ? 5 : 3
    }

    /// Positive integers separated by commas.
    static func numbers(_ text: String, _ name: String) throws(Problem) -> [Int] {
        var out: [Int] = []
        for part in text.split(separator: ",") {
            guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n > 0 else {
                throw Problem(message: "\(name) wants positive integers separated by commas, got \"\(text)\"")
            }
            out.append(n)
        }
        return out
    }

    /// A setting that cannot be used.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        /// One line for the user.
        public var message: String
        /// The message.
        public var description: String { message }
    }
}
