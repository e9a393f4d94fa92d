import Foundation
import Testing

/// Terminal control sequences in a document never reach the terminal raw.
@Suite struct HostileTextTests {
    /// ESC[2J, an OSC 0 title ended by BEL, and a C1 CSI, in a heading and in prose.
    static let hostile: [UInt8] = Array((
        "\u{1B}]0;pwned\u{7}EVIL \u{9B}2J TITLE\n\n"
        + "Clear the screen \u{1B}[2J now, set the title \u{1B}]0;owned\u{7} here, and a C1 \u{9B}31m csi in the running text of this paragraph.\n\n"
        + "A second paragraph, long enough to be prose and not a heading, rings the bell \u{7} once more before it ends.\n"
    ).utf8)

    private func containsRawControls(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        var found: [String] = []
        if bytes.contains(0x1B) { found.append("ESC") }
        if bytes.contains(0x07) { found.append("BEL") }
        if zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0xC2 && $1 == 0x9B }) { found.append("C1 CSI") }
        return found
    }

    @Test func showPrintsNoRawControlBytes() throws {
        let corpus = try TempCorpus(files: ["hostile.txt": Self.hostile])
        let r = try Dossier.run(["show", "hostile.txt", "--corpus", corpus.path])
        #expect(r.status == 0, "stderr: \(r.err)")
        #expect(r.out.contains("Clear the screen"))
        #expect(containsRawControls(r.stdout).isEmpty, "raw \(containsRawControls(r.stdout)) in show output")
        #expect(containsRawControls(r.stderr).isEmpty)
    }

    @Test func showWithFurnitureAndNotesPrintsNoRawControlBytes() throws {
        let corpus = try TempCorpus(files: ["hostile.txt": Self.hostile])
        let r = try Dossier.run(["show", "hostile.txt", "--furniture", "--notes", "--corpus", corpus.path])
        #expect(r.status == 0)
        #expect(containsRawControls(r.stdout).isEmpty, "raw \(containsRawControls(r.stdout)) in show output")
    }

    @Test func theReadersScreenShowsPlaceholdersNotControls() throws {
        let corpus = try TempCorpus(files: ["hostile.txt": Self.hostile, "evil\u{1B}[2J\u{7}.txt": [0, 1, 2, 0, 0, 0, 0, 0]])
        let r = try Dossier.run(["screen", "--size", "100x12", "--style", "hostile.txt", "--corpus", corpus.path])
        #expect(r.status == 0, "stderr: \(r.err)")
        #expect(r.out.contains("Clear the screen"))
        #expect(containsRawControls(r.stdout).isEmpty, "raw \(containsRawControls(r.stdout)) in the screen")
        // The binary file with a hostile name is reported on the message row, its name defused.
        #expect(r.out.contains("skipped evil"), "\(r.out)")
    }

    @Test func listPrintsNoRawControlBytes() throws {
        let corpus = try TempCorpus(files: ["hostile.txt": Self.hostile])
        let text = try Dossier.run(["list", "--corpus", corpus.path])
        #expect(text.status == 0)
        #expect(containsRawControls(text.stdout).isEmpty, "raw \(containsRawControls(text.stdout)) in list output")
        let json = try Dossier.run(["list", "--json", "--corpus", corpus.path])
        #expect(json.status == 0)
        #expect(containsRawControls(json.stdout).isEmpty, "raw \(containsRawControls(json.stdout)) in list --json output")
    }
}
