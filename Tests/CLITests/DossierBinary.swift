import Foundation
import Testing

/// The result of one run of the `dossier` binary.
struct RunResult {
    var status: Int32
    var stdout: Data
    var stderr: Data

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }

    /// Stdout parsed as JSON.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: stdout, options: [.fragmentsAllowed])
    }
}

/// Finds and runs the real built `dossier` executable.
enum Dossier {
    /// The package root: three levels above this file (Tests/CLITests/DossierBinary.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed corpus.
    static var seeds: String { packageRoot.appendingPathComponent("seeds").path }

    /// The binary beside the running test bundle if there is one (the build being tested), else the
    /// most recently built of `.build/debug/dossier` and `.build-t/debug/dossier`.
    static func binaryPath() throws -> String {
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
            throw BinaryMissing(message: "dossier binary not found (looked beside the test bundle and in .build/debug, .build-t/debug: \(looked)); run `swift build` first")
        }
        return newest
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs `dossier` with arguments, capturing stdout, stderr and the exit status.
    static func run(_ arguments: [String]) throws -> RunResult {
        let binary: String
        do { binary = try binaryPath() } catch {
            Issue.record("\(error)")
            throw error
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = scratch
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DOSSIER_CORPUS")
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return RunResult(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
    }

    /// Runs a query against the seed corpus.
    static func seeds(_ arguments: [String]) throws -> RunResult {
        try run(arguments + ["--corpus", seeds])
    }
}

/// A temporary corpus folder for one test.
struct TempCorpus: ~Copyable {
    let path: String

    init(files: [String: [UInt8]]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-corpus-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
