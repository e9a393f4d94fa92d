import BenchKit
import Foundation

/// Everything one `make bench` run found, as written to the JSON file.
struct BenchReport: Codable, Sendable {
    /// When the run ended (ISO 8601).
    var date: String
    /// The machine: kernel, architecture and cores.
    var machine: String
    /// Scales measured and runs at each.
    var scales: [Scale]
    /// The per-copy checks, one line each (and the differences, if any).
    var checks: [String]
    /// The table.
    var rows: [BenchRow]
    /// How long the whole run took, in seconds.
    var seconds: Double

    /// One corpus scale.
    struct Scale: Codable, Sendable {
        /// Copies of the seeds.
        var copies: Int
        /// Document files.
        var files: Int
        /// Bytes of the documents.
        var bytes: Int
        /// Runs per measure.
        var runs: Int
    }

    /// The machine this runs on, in one line ("Linux 6.1 x86_64, 2 cores").
    static func machine() -> String {
        var name = utsname()
        uname(&name)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(field(name.sysname)) \(field(name.release)) \(field(name.machine)), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    }

    /// Writes the report as pretty-printed JSON, creating the folder.
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(self).write(to: url)
    }
}
