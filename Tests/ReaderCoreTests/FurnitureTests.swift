import ReaderCore
import Testing

/// `z`: stamps, caveats and running heads appear only when asked for, pane by pane.
@Suite struct FurnitureTests {
    /// SRH-078's caveat stamp, furniture on its cover page.
    private let caveat = "[caveat: THIS INFORMATION MAY NOT BE REPRODUCED"

    @Test func zShowsAndHidesTheFocusedPanesFurniture() {
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        #expect(!r.text.contains("[caveat:"))
        #expect(!r.state.panes[0].furniture)
        r.type("z")
        #expect(r.state.panes[0].furniture)
        #expect(r.text.contains(caveat))
        #expect(r.messageRow == "page furniture shown (z hides it)")
        r.type("z")
        #expect(!r.text.contains("[caveat:"))
        #expect(r.messageRow == "page furniture hidden (z shows it)")
    }

    @Test func stampsAppearOnlyWithFurniture() {
        var r = Reader(80, 70, documents: [("003", nil)])
        #expect(!r.text.contains("[classification: SECRET]"))
        r.type("z")
        #expect(r.text.contains("[classification: SECRET]"))
        #expect(r.text.contains("[declassified: APPROVED FOR RELEASE]"))
    }

    @Test func aRunningHeadAppearsOnlyWithFurniture() {
        // Slavinsky's book has one running head, far down: page until it shows, then hide it.
        var r = Reader(80, 24, documents: [("004", nil)])
        r.type("z")
        var pages = 0
        while !r.text.contains("[running head: 2 Historiography of the problem]"), r.topLine(0) < r.lastTop(0) {
            r.type("<Space>")
            pages += 1
        }
        #expect(r.text.contains("[running head: 2 Historiography of the problem]"), "no running head after \(pages) pages")
        r.type("z")
        #expect(!r.text.contains("[running head:"))
    }

    @Test func furnitureIsPerPane() {
        var r = Reader(120, 30, documents: [("SRH-078", nil), ("SRH-078", nil)])
        r.type("z")
        #expect(r.paneLines(0).contains { $0.contains("[caveat:") })
        #expect(!r.paneLines(1).contains { $0.contains("[caveat:") })
    }

    @Test func theReadingPositionSurvivesToggling() {
        // Furniture adds lines above, but the anchor keeps the same paragraph at the top.
        var r = Reader(80, 24, documents: [("SRH-078", 4)])
        let top = r.paneLines(0)[0]
        r.type("z")
        #expect(r.paneLines(0)[0] == top)
        r.type("z")
        #expect(r.paneLines(0)[0] == top)
    }
}
