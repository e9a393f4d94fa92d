import Foundation

/// Finds the real built `dossier` executable for the end-to-end tests (the approach of
/// Tests/CLITests/DossierBinary.swift; test targets cannot share code).
enum DossierBinary {
    /// The package root: three levels above this file (Tests/EndToEndTests/DossierBinary.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed corpus.
    static var seeds: String { packageRoot.appendingPathComponent("seeds").path }

    /// The binary beside the running test bundle if there is one (the build being tested), else the
    /// most recently built of `.build/debug/dossier` and `.build-t/debug/dossier`.
    static func path() throws -> String {
        let fm = FileManager.default
        var besideBundle: [String] = []
        if let argv0 = CommandLine.arguments.first, argv0.contains("/") {
            besideBundle.append(URL(fileURLWithPath: argv0).deletingLastPathComponent().appendingPathComponent("dossier").path)
        }
        besideBundle.append(URL(fileURLWithPath: Bundle.main.bundlePath).deletingLastPathComponent().appendingPathComponent("dossier").path)
        besideBundle.append(URL(fileURLWithPath: Bundle.main.bundlePath).appendingPathComponent("dossier").path)
        for p in besideBundle where fm.isExecutableFile(atPath: p) { return p }

        let built = [".build/debug/dossier", ".build-t/debug/dossier"]
            .map { packageRoot.appendingPathComponent($0).path }
            .filter { fm.isExecutableFile(atPath: $0) }
        func modified(_ p: String) -> Date {
            ((try? fm.attributesOfItem(atPath: p))?[.modificationDate] as? Date) ?? .distantPast
        }
        guard let newest = built.max(by: { modified($0) < modified($1) }) else {
            let looked = (besideBundle + built).joined(separator: ", ")
            throw Missing(description: "dossier binary not found (looked beside the test bundle and in .build/debug, .build-t/debug: \(looked)); run `swift build` first")
        }
        return newest
    }

    /// Raised when no built binary is found.
    struct Missing: Error, CustomStringConvertible {
        /// Where it looked.
        var description: String
    }

    /// Starts `dossier arguments...` on the seed corpus (unless the arguments name a corpus) in a
    /// fresh tmux session.
    static func session(_ arguments: [String], columns: Int = 80, rows: Int = 24,
                        environment: [String: String] = [:]) throws -> TmuxSession {
        let corpus = arguments.contains("--corpus") ? [] : ["--corpus", seeds]
        return try TmuxSession(command: [try path()] + arguments + corpus, columns: columns, rows: rows, environment: environment)
    }
}
