import Foundation
import Testing

/// `dossier open` refuses what it cannot use before touching the terminal; `dossier screen` prints the reader's grid.
@Suite struct ReaderCommandTests {
    @Test func openWithoutATerminalSaysSoAndSuggestsShow() throws {
        // The test's stdout is a pipe, as in `dossier | less`.
        for arguments in [[], ["open"], ["open", "SRH-078:4"]] {
            let r = try Dossier.seeds(arguments)
            #expect(r.status == 2, "\(arguments): \(r.err)")
            #expect(r.stdout.isEmpty)
            #expect(r.err.hasPrefix("dossier: stdout is not a terminal"), "\(r.err)")
            #expect(r.err.contains("dossier show"))
            #expect(r.err.split(separator: "\n").count == 1)
        }
    }

    @Test func screenPrintsTheRequestedSize() throws {
        let r = try Dossier.seeds(["screen", "--size", "100x20"])
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 20)
        #expect(lines.allSatisfy { displayColumns(String($0)) <= 100 })
        #expect(r.out.contains("Blevins"))
        #expect(r.out.contains("PSIS 400-16 · SRH-078"))
    }

    @Test func screenOpensAPageAndFollowsKeys() throws {
        let r = try Dossier.seeds(["screen", "--size", "80x24", "SRH-078:4"])
        #expect(r.out.contains("p. 4 of 13"))
        let scrolled = try Dossier.seeds(["screen", "--size", "80x24", "--keys", "G", "SRH-078:4"])
        // The status gives the page of the top line; the last screenful starts on page 12.
        #expect(scrolled.out.contains("p. 12 of 13  100%"))
    }

    @Test func screenStyleLayerNamesAttributes() throws {
        let r = try Dossier.seeds(["screen", "--size", "60x10", "--style", "--mono", "003"])
        #expect(r.status == 0)
        #expect(r.out.contains(". = plain"))
        #expect(r.out.contains("bold+reverse"), "the focused status row is reversed and bold")
    }

    @Test func screenRejectsBadArgumentsWithOneLine() throws {
        let cases: [([String], String)] = [
            (["screen", "--size", "80"], "--size"),
            (["screen", "--keys", "<Nope>"], "unknown key <Nope>"),
            (["screen", "SRH-078:99"], "no page 99"),
            (["screen", "002:3"], "no original page numbers"),
            (["screen", "000", "001", "002", "003", "004"], "at most 4 panes"),
        ]
        for (arguments, expected) in cases {
            let r = try Dossier.seeds(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stdout.isEmpty, "\(arguments)")
            #expect(r.err.contains(expected), "\(arguments): \(r.err)")
            #expect(r.err.split(separator: "\n").count == 1, "\(arguments): \(r.err)")
        }
    }

    @Test func tinyScreensSayTooSmall() throws {
        let r = try Dossier.seeds(["screen", "--size", "10x4"])
        #expect(r.status == 0)
        #expect(r.out.contains("too small"))
        #expect(try Dossier.seeds(["screen", "--size", "1x1"]).status == 0)
    }
}
