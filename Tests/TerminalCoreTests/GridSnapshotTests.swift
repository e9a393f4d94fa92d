import Testing
import TerminalCore

/// Text and style snapshots: what `dossier screen` prints and the snapshot tests compare.
@Suite struct GridSnapshotTests {
    @Test func textSnapshotTrimsTrailingSpacesOnly() {
        var g = Grid(width: 8, height: 3)
        g.put("  a b", column: 0, row: 0)
        g.put("x", column: 7, row: 2)
        #expect(g.textSnapshot == "  a b\n\n       x")
        #expect(g.rowTexts() == ["  a b", "", "       x"])
    }

    @Test func textSnapshotShowsAWideCharacterOnce() {
        var g = Grid(width: 5, height: 1)
        g.put("日本", column: 0, row: 0)
        #expect(g.textSnapshot == "日本")
    }

    @Test func anEmptyGridHasAnEmptySnapshot() {
        #expect(Grid(width: 0, height: 0).textSnapshot == "")
        #expect(Grid(width: 3, height: 2).textSnapshot == "\n")
    }

    @Test func styleSnapshotLettersStylesInOrderOfAppearance() {
        var g = Grid(width: 4, height: 2)
        g.put("ab", column: 1, row: 0, style: Style([.bold, .reverse], foreground: .yellow))
        g.put("c", column: 0, row: 1, style: Style(.dim))
        g.put("d", column: 3, row: 1, style: Style([.bold, .reverse], foreground: .yellow))
        #expect(g.styleSnapshot == """
            .aa.
            b..a

            . = plain
            a = bold+reverse fg=yellow
            b = dim
            """)
    }

    @Test func styleSnapshotCoversBothHalvesOfAWideCharacter() {
        var g = Grid(width: 3, height: 1)
        g.put("日", column: 0, row: 0, style: Style(.underline))
        #expect(g.styleSnapshot.hasPrefix("aa.\n"))
    }

    @Test func styleDescriptions() {
        #expect(Style.plain.description == "plain")
        #expect(Style([.bold, .dim, .underline, .reverse, .italic]).description == "bold+dim+underline+reverse+italic")
        #expect(Style(foreground: .red, background: .white).description == "fg=red bg=white")
        #expect(Style(.italic, background: .blue).description == "italic bg=blue")
    }
}
