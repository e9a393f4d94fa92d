import Foundation
import Testing

/// Exit statuses: 0 found, 1 nothing found, 2 usage or corpus error; errors are one line on stderr.
@Suite struct ExitStatusTests {
    @Test func foundIsZero() throws {
        #expect(try Dossier.seeds(["list"]).status == 0)
        #expect(try Dossier.seeds(["cite", "H-197715"]).status == 0)
        #expect(try Dossier.seeds(["notes", "002"]).status == 0)
        #expect(try Dossier.seeds(["show", "003"]).status == 0)
    }

    @Test func unknownIDIsOne() throws {
        let r = try Dossier.seeds(["cite", "H-999999"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.err.hasPrefix("dossier:"))
    }

    @Test func missingCorpusIsTwoWithOneLineOnStderr() throws {
        let r = try Dossier.run(["list", "--corpus", "/nonexistent"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        let lines = r.err.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1, "stderr: \(r.err)")
        #expect(lines.first?.hasPrefix("dossier:") == true)
        #expect(r.err.hasSuffix("\n"))
    }

    @Test func unknownDocumentIsTwo() throws {
        let r = try Dossier.seeds(["show", "no-such-document"])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("dossier:"))
        #expect(r.stdout.isEmpty)
    }

    @Test func usageErrorIsTwo() throws {
        let r = try Dossier.seeds(["show"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(r.err)")
        #expect(lines.first?.hasPrefix("dossier:") == true)
    }

    @Test func badOptionValueIsTwo() throws {
        #expect(try Dossier.seeds(["show", "003", "--width", "5"]).status == 2)
        #expect(try Dossier.seeds(["show", "003", "--width", "wide"]).status == 2)
    }
}
