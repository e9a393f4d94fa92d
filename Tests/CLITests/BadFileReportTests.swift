import Foundation
import Testing

/// How the binary reports files it could not load: each one once per command (in `list`'s output, on
/// stderr for the queries, on the reader's message row), and the rest of the corpus answers with status 0.
@Suite(.timeLimit(.minutes(2)))
struct BadFileReportTests {
    /// The lines each bad file of `corpus()` must be reported with.
    static let problems = [
        "skipped blob.bin: binary file (mostly non-text bytes)",
        "skipped loop: symbolic link loop",
        "skipped pipe: not a regular file (named pipe)",
    ]

    /// The seed PSIS 400-16, a file of stamps, and three files that cannot be loaded: random bytes, a
    /// symbolic link loop and a named pipe (which blocks a load that opens it for reading).
    static func corpus() throws -> TempCorpus {
        let name = try ActorsCommandTests.seedFile("000")
        let seed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Dossier.seeds).appendingPathComponent(name)))
        var state: UInt64 = 0x5eed
        let random = (0..<4096).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let corpus = try TempCorpus(files: [name: seed, "blob.bin": random, "stamps.txt": Array("DECLASSIFIED\n\nTOP SECRET\n".utf8)])
        try FileManager.default.createSymbolicLink(atPath: corpus.path + "/loop", withDestinationPath: "loop")
        #expect(mkfifo(corpus.path + "/pipe", 0o644) == 0)
        return corpus
    }

    /// How many times `line` occurs in `text`.
    func count(_ line: String, in text: String) -> Int {
        text.components(separatedBy: line).count - 1
    }

    @Test func listNamesEachProblemOnceInItsOutputAndExitsZero() throws {
        let corpus = try Self.corpus()
        let r = try Dossier.run(["list", "--corpus", corpus.path])
        #expect(r.status == 0, "stderr: \(r.err)")
        for problem in Self.problems {
            #expect(count(problem, in: r.out + r.err) == 1, "\(problem) in stdout: \(r.out) stderr: \(r.err)")
            #expect(r.out.split(separator: "\n").contains { $0 == problem }, "stdout: \(r.out)")
        }
        #expect(r.err.isEmpty, "stderr: \(r.err)")
        #expect(r.out.contains("PSIS 400-16"))
        #expect(r.out.contains("    warning: no text besides stamps and page furniture"))
    }

    @Test func listJSONCarriesTheSkippedFiles() throws {
        let corpus = try Self.corpus()
        let r = try Dossier.run(["list", "--json", "--corpus", corpus.path])
        #expect(r.status == 0)
        #expect(r.err.isEmpty, "stderr: \(r.err)")
        let listing = try JSON.object(r.json(), "list --json")
        let skipped = try JSON.array(listing["skipped"], "skipped")
        #expect(skipped.map { "skipped \(JSON.string($0["file"]) ?? ""): \(JSON.string($0["reason"]) ?? "")" } == Self.problems)
        let documents = try JSON.array(listing["documents"], "documents")
        #expect(documents.count == 2)
        let stamps = try #require(documents.first { JSON.string($0["file"]) == "stamps.txt" })
        #expect(JSON.strings(stamps["warnings"]) == ["no text besides stamps and page furniture"])
    }

    @Test(arguments: [["show", "000"], ["notes", "000"], ["search", "Soviet"], ["cite", "H-176782"]])
    func aQueryNamesEachProblemOnceOnStderr(_ query: [String]) throws {
        let corpus = try Self.corpus()
        let r = try Dossier.run(query + ["--corpus", corpus.path])
        #expect(r.status == 0, "\(query) stderr: \(r.err)")
        for problem in Self.problems {
            #expect(count(problem, in: r.out + r.err) == 1, "\(query): \(problem) in stdout: \(r.out) stderr: \(r.err)")
            #expect(r.err.split(separator: "\n").contains { $0 == "dossier: " + problem }, "\(query) stderr: \(r.err)")
        }
        #expect(r.err.split(separator: "\n").count == Self.problems.count, "\(query) stderr: \(r.err)")
    }

    @Test func theReadersMessageRowIsTheOnlyReport() throws {
        let corpus = try Self.corpus()
        let r = try Dossier.run(["screen", "--size", "120x10", "000", "--corpus", corpus.path])
        #expect(r.status == 0)
        #expect(r.err.isEmpty, "stderr: \(r.err)")
        let last = try #require(r.out.split(separator: "\n").last)
        #expect(last == "skipped blob.bin: binary file (mostly non-text bytes), and 2 more files (see dossier list)")
    }

    @Test func aQueryNamesTenSkippedFilesAndCountsTheRest() throws {
        let name = try ActorsCommandTests.seedFile("003")
        let seed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Dossier.seeds).appendingPathComponent(name)))
        var files = [name: seed]
        for i in 1...13 { files[String(format: "blob%02d.bin", i)] = [UInt8](repeating: 0, count: 64) }
        let corpus = try TempCorpus(files: files)
        let r = try Dossier.run(["show", "003", "--corpus", corpus.path])
        #expect(r.status == 0)
        let lines = r.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 11, "stderr: \(r.err)")
        #expect(lines.first == "dossier: skipped blob01.bin: binary file (64 NUL bytes in the first 64)")
        #expect(lines.last == "dossier: skipped 3 more files (dossier list names them)")
        // list names all thirteen.
        let list = try Dossier.run(["list", "--corpus", corpus.path])
        #expect(list.out.split(separator: "\n").filter { $0.hasPrefix("skipped blob") }.count == 13)
    }

    @Test func aCorpusOfOnlyBadFilesIsStatusOneForListAndTwoForTheReader() throws {
        let corpus = try TempCorpus(files: ["blob.bin": [UInt8](repeating: 0, count: 64)])
        let list = try Dossier.run(["list", "--corpus", corpus.path])
        #expect(list.status == 1)
        #expect(list.out.contains("skipped blob.bin: binary file (64 NUL bytes in the first 64)"))
        #expect(list.err == "dossier: no documents in \(corpus.path)\n")
        let screen = try Dossier.run(["screen", "--corpus", corpus.path])
        #expect(screen.status == 2)
        #expect(screen.err == "dossier: no documents to show\n")
    }
}
