import Foundation
import Testing
import TestSupport

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

    @Test func openHelpListsNoStateButNotTheTestSwitch() throws {
        let r = try Dossier.run(["open", "--help"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("--no-state"), "\(r.out)")
        #expect(!r.out.contains("--test-state-writes"), "the kill test's switch stays out of the help")
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

    @Test func actorOptionsStartUnderTheFilterTheKeysWouldSet() throws {
        let args = ["--size", "120x30", "002", "SRH-086"]
        let flagged = try Dossier.seeds(["screen", "--actor", "sato", "--actor", "Loxovsky", "--all"] + args)
        #expect(flagged.status == 0, "\(flagged.err)")
        let typed = try Dossier.seeds(["screen", "--keys", "asato<Space><C-u>lozovsky<Space><Tab><Enter>"] + args)
        #expect(flagged.out == typed.out)
        #expect(flagged.out.contains("⧩ Sato&Lozovsky"))
        let unknown = try Dossier.seeds(["screen", "--actor", "Nobody"] + args)
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("no actor named \"Nobody\""))
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

/// The key file through the binary: `dossier keys` lists the map in effect, `dossier screen` uses it.
@Suite struct KeyFileCommandTests {
    /// A config folder holding `keys` with `text`.
    private func config(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-keys-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/dossier", withIntermediateDirectories: true)
        try text.write(toFile: folder + "/dossier/keys", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func keysListsTheRebindingAndReportsBadLinesByNumber() throws {
        let folder = try config("n select-next\nn nothing\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Dossier.run(["keys"], environment: ["XDG_CONFIG_HOME": folder])
        #expect(result.status == 0)
        #expect(result.out.contains("key file: \(folder)/dossier/keys"))
        #expect(result.out.split(separator: "\n").contains { $0.contains("] n") && $0.contains("select-next") })
        #expect(result.err.contains("keys line 2: unknown command \"nothing\""))
    }

    @Test func theHeadlessScreenUsesTheKeyFile() throws {
        let folder = try config("n select-next\nq unbound\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rebound = try Dossier.seeds(["screen", "--size", "80x24", "--keys", "?"], environment: ["XDG_CONFIG_HOME": folder])
        #expect(rebound.out.contains("] n"))
        let plain = try Dossier.seeds(["screen", "--size", "80x24", "--keys", "?"])
        #expect(!plain.out.contains("] n"))
    }

    @Test func aBadKeyFileIsNamedOnTheFirstScreen() throws {
        let folder = try config("zz top\nn scrol\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Dossier.seeds(["screen", "--size", "100x24"], environment: ["XDG_CONFIG_HOME": folder])
        #expect(result.out.split(separator: "\n").last?.hasPrefix("keys line 2: unknown command \"scrol\"") == true)
    }
}

/// The README's screen capture is what `dossier screen` prints for the command it names, so it cannot go stale.
@Suite struct ReadmeCaptureTests {
    @Test func theCaptureMatchesTheHeadlessScreen() throws {
        let readme = try String(contentsOf: BuiltProduct.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let intro = try #require(readme.range(of: "Thesis chapter V with note 27 open"))
        let fenceOpen = try #require(readme.range(of: "```\n", range: intro.upperBound..<readme.endIndex))
        let fenceClose = try #require(readme.range(of: "\n```", range: fenceOpen.upperBound..<readme.endIndex))
        let shown = String(readme[fenceOpen.upperBound..<fenceClose.lowerBound])
        let result = try Dossier.seeds(["screen", "--size", "100x22", "--keys", "]<Enter><Enter>", "002@853", "SRH-078@1"])
        #expect(result.status == 0)
        #expect(result.out.trimmingCharacters(in: .newlines) == shown, "re-capture the README screen: the reader changed")
    }
}
