import Foundation
import Testing
import TestSupport

/// Terminal control sequences in a document never leave the program raw, whatever reads its output:
/// every text and JSON command, piped, prints `HostileText`'s attacks as placeholders. (With a
/// terminal as stdout the same is proven under tmux, in EndToEndTests.)
@Suite struct HostileTextTests {
    /// The commands and a tag each must print, so an empty output cannot pass.
    static let commands: [([String], String)] = [
        (["show", HostileText.fileName], "_CLEAR"),
        (["show", HostileText.fileName, "--furniture", "--notes"], "_NOTE52"),
        (["notes", HostileText.fileName], "_NOTEC1"),
        (["notes", HostileText.fileName, "--json"], "_NOTEC1"),
        (["cite", HostileText.citedID], "_OSC52"),
        (["cite", HostileText.citedID, "--json"], "_OSC52"),
        (["search", HostileText.searchWord], "_CLEAR"),
        (["search", HostileText.searchWord, "--json"], "_CLEAR"),
        (["list"], "␛]0;title"),
        (["list", "--json"], "OSC0"),
        (["screen", "--size", "100x24", "--style", HostileText.fileName], "_SURROGATE"),
    ]

    @Test(arguments: commands)
    func piped(_ arguments: [String], shows tag: String) throws {
        let corpus = try TempCorpus(files: [HostileText.fileName: HostileText.document])
        let r = try Dossier.run(arguments + ["--corpus", corpus.path])
        #expect(r.status == 0, "stderr: \(r.err)")
        #expect(r.out.localizedCaseInsensitiveContains(tag), "\(tag) is printed: \(r.out)")
        #expect(HostileText.rawAttacks(in: [UInt8](r.stdout)) == [])
        #expect(HostileText.rawAttacks(in: [UInt8](r.stderr)) == [])
    }

    @Test func aHostileFileNameIsDefusedWhereverItIsReported() throws {
        let evil = "evil\u{1B}]0;NAME-PWNED\u{7}\u{9B}2J.txt"
        let corpus = try TempCorpus(files: [HostileText.fileName: HostileText.document, evil: [0, 1, 2, 0, 0, 0, 0, 0]])
        for arguments in [["list"], ["screen", "--size", "100x12", HostileText.fileName], ["show", HostileText.fileName]] {
            let r = try Dossier.run(arguments + ["--corpus", corpus.path])
            #expect(r.status == 0, "stderr: \(r.err)")
            let both = [UInt8](r.stdout) + [UInt8](r.stderr)
            #expect(String(decoding: both, as: UTF8.self).contains("evil␛]0;NAME-PWNED␇"), "\(arguments): the name is reported, defused: \(r.out) \(r.err)")
            #expect(HostileText.rawAttacks(in: both) == [], "\(arguments)")
        }
    }
}
