import ReaderCore
import TerminalCore
import Testing

/// The screen a long load shows: the count on the status row, a bar, the folder, at every size down to 1x1.
@Suite struct LoadingViewTests {
    @Test(arguments: SnapshotTests.sizes)
    func halfWayThrough(columns: Int, rows: Int) {
        let grid = LoadingView(folder: "collections/magic", done: 2_500, total: 5_000, theme: .monochrome).render(columns: columns, rows: rows)
        Snapshot.check(grid.textSnapshot, named: "loading-\(columns)x\(rows)")
    }

    @Test func theStatusRowCountsWithThousandsSeparatedThenSaysItIsIndexing() {
        #expect(LoadingView(folder: "", done: 1_234, total: 5_000, theme: .monochrome).status == "loading 1,234 of 5,000 documents · 24%")
        #expect(LoadingView(folder: "", done: 0, total: 0, theme: .monochrome).status == "loading documents")
        #expect(LoadingView(folder: "", done: 4_999, total: 5_000, theme: .monochrome).status.hasSuffix("· 99%"))
        // Parsed, not yet indexed: the count would sit at 100% for the seconds the indexes take.
        #expect(LoadingView(folder: "", done: 5_000, total: 5_000, theme: .monochrome).status
                == "indexing 5,000 documents: citations, bibliographies, people")
        #expect(LoadingView(folder: "", done: 5_000, total: 5_000, theme: .monochrome).status(fitting: 26) == " indexing 5,000 documents")
    }

    @Test func theBarGrowsWithTheCount() {
        func filled(_ done: Int) -> Int {
            LoadingView(folder: "f", done: done, total: 100, theme: .monochrome).render(columns: 80, rows: 24).textSnapshot
                .filter { $0 == "█" }.count
        }
        #expect(filled(0) == 0)
        #expect(filled(50) == 30)
        #expect(filled(100) == 60)
    }

    @Test func aControlCharacterInTheFolderNameNeverReachesTheGrid() {
        let text = LoadingView(folder: "evil\u{1B}]0;title\u{07}", done: 1, total: 2, theme: .monochrome).render(columns: 80, rows: 24).textSnapshot
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
    }

    @Test(arguments: [(1, 1, "…"), (3, 2, "33%"), (10, 4, "3/9 33%"), (18, 3, "loading 3/9 · 33%"), (200, 1, "loading 3 of 9 documents · 33%")])
    func narrowTerminalsStillShowTheCount(columns: Int, rows: Int, shown: String) {
        let grid = LoadingView(folder: "folder", done: 3, total: 9, theme: .colour).render(columns: columns, rows: rows)
        #expect(grid.width == columns && grid.height == rows)
        #expect(grid.textSnapshot.contains(shown))
    }
}
