import Foundation

/// Where the package and its built `dossier` binary are, for the tests that run the real program.
public enum BuiltProduct {
    /// The package root: three levels above this file (Tests/TestSupport/BuiltProduct.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed corpus.
    public static var seeds: String { packageRoot.appendingPathComponent("seeds").path }

    /// The binary beside the running test bundle if there is one (the build being tested), else the
    /// most recently built of `.build/debug/dossier` and `.build-t/debug/dossier`.
    public static func dossierPath() throws -> String {
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
    public struct Missing: Error, CustomStringConvertible {
        /// Where it looked.
        public var description: String
    }
}
