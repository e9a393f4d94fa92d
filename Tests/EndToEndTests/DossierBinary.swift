import Foundation
import TestSupport

/// The real built `dossier` executable, for the end-to-end tests.
enum DossierBinary {
    /// The package root.
    static var packageRoot: URL { BuiltProduct.packageRoot }

    /// The seed corpus.
    static var seeds: String { BuiltProduct.seeds }

    /// The built binary under test.
    static func path() throws -> String { try BuiltProduct.dossierPath() }

    /// Starts `dossier arguments...` on the seed corpus (unless the arguments name a corpus) in a
    /// fresh tmux session.
    static func session(_ arguments: [String], columns: Int = 80, rows: Int = 24,
                        environment: [String: String] = [:]) throws -> TmuxSession {
        let corpus = arguments.contains("--corpus") ? [] : ["--corpus", seeds]
        return try TmuxSession(command: [try path()] + arguments + corpus, columns: columns, rows: rows, environment: environment)
    }
}
