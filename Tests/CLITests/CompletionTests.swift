import Foundation
import Testing

/// Tab completion in bash of the corpus's own names, through the script `make install` installs.
@Suite struct CompletionTests {
    /// What bash's completion function offers for `words` (the last one being completed), with the seeds as corpus.
    static func complete(_ words: [String]) throws -> [String] {
        let binary = try Dossier.binaryPath()
        let script = try Dossier.run(["--generate-completion-script", "bash"]).out
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dossier.bash")
        try script.write(to: path, atomically: true, encoding: .utf8)
        let line = words.joined(separator: " ")
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let driver = """
        source '\(path.path)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
        _dossier dossier '\(words.last!)' '\(words[words.count - 2])'
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", driver]
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (binary as NSString).deletingLastPathComponent + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["DOSSIER_CORPUS"] = Dossier.seeds
        process.environment = env
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func actorOptionsCompleteRegistryIds() throws {
        #expect(try Self.complete(["dossier", "open", "--actor", "loz"]) == ["lozovsky"])
        #expect(try Self.complete(["dossier", "actor", "to"]).contains("togo"))
    }

    @Test func documentArgumentsCompleteFileNames() throws {
        let offered = try Self.complete(["dossier", "show", "00"])
        #expect(offered.count == 5)
        #expect(offered.allSatisfy { $0.hasPrefix("00") && $0.hasSuffix(".txt") })
        #expect(!offered.contains("actors.toml"))
    }
}
