import Foundation
import Testing
import TestSupport

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
    /// The package root.
    static var packageRoot: URL { BuiltProduct.packageRoot }

    /// The seed corpus.
    static var seeds: String { BuiltProduct.seeds }

    /// The built binary under test.
    static func binaryPath() throws -> String { try BuiltProduct.dossierPath() }

    /// Runs `dossier` with arguments, capturing stdout, stderr and the exit status.
    ///
    /// `XDG_CONFIG_HOME` and `XDG_STATE_HOME` are a fresh empty folder unless `environment` says otherwise, so a
    /// developer's own key file or saved state never changes a result and no test writes into the real home.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
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
        env["XDG_CONFIG_HOME"] = scratch.path
        env["XDG_STATE_HOME"] = scratch.path
        env.merge(environment) { _, new in new }
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
    static func seeds(_ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
        try run(arguments + ["--corpus", seeds], environment: environment)
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
