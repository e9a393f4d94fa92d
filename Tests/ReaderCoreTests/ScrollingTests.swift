import ReaderCore
import Testing

/// Moving through a document: every scrolling key, clamped at both ends.
@Suite struct ScrollingTests {
    /// SRH-078 alone on 80x24: 22 text rows, a document several screens long.
    private func reader() -> Reader { Reader(80, 24, documents: [("SRH-078", nil)]) }

    @Test func textHeightIsTheScreenLessStatusAndMessageRows() {
        let r = reader()
        #expect(r.state.screen.panes[0].text.height == 22)
        #expect(r.lastTop(0) > 3 * 22, "SRH-078 should be several screens long")
    }

    @Test(arguments: ["j", "<Down>", "<Enter>", "<C-e>", "<C-n>"])
    func lineDown(key: String) {
        var r = reader()
        r.type(key + key + key)
        #expect(r.topLine(0) == 3)
    }

    @Test(arguments: ["k", "<Up>", "<C-y>", "<C-p>"])
    func lineUp(key: String) {
        var r = reader()
        r.type("jjjjj" + key + key)
        #expect(r.topLine(0) == 3)
    }

    @Test(arguments: ["<Space>", "f", "<PgDn>", "<C-f>"])
    func pageDownMovesByTheTextHeight(key: String) {
        var r = reader()
        r.type(key)
        #expect(r.topLine(0) == 22)
        r.type(key)
        #expect(r.topLine(0) == 44)
    }

    @Test(arguments: ["b", "<PgUp>", "<C-b>"])
    func pageUpMovesByTheTextHeight(key: String) {
        var r = reader()
        r.type("<Space><Space><Space>" + key)
        #expect(r.topLine(0) == 44)
    }

    @Test func halfPagesMoveByHalfTheTextHeight() {
        var r = reader()
        r.type("d")
        #expect(r.topLine(0) == 11)
        r.type("<C-d><C-d>")
        #expect(r.topLine(0) == 33)
        r.type("u")
        #expect(r.topLine(0) == 22)
        r.type("<C-u>")
        #expect(r.topLine(0) == 11)
    }

    @Test func pageDownShowsThePreviousBottomLineNext() {
        // Paging by exactly the text height: the line below the old screen is the new top.
        var r = reader()
        let below = r.layout(0).lines[22].text
        r.type("<Space>")
        #expect(r.paneLines(0)[0] == trimmed(below))
    }

    @Test(arguments: ["k", "<Up>", "b", "u", "<PgUp>", "g"])
    func upwardKeysAtTheTopStayThere(key: String) {
        var r = reader()
        let before = r.text
        r.type(key)
        #expect(r.topLine(0) == 0)
        #expect(r.state.panes[0].anchor == .top)
        #expect(r.text == before)
    }

    @Test(arguments: ["G", "<End>"])
    func bottomShowsTheLastScreenful(key: String) {
        var r = reader()
        r.type(key)
        let lines = r.layout(0).lines
        #expect(r.topLine(0) == lines.count - 22)
        #expect(r.paneLines(0).last == trimmed(lines.last!.text))
        // The status names the page at the top, which may be the one before the last.
        #expect(r.paneLines(0).contains { $0.contains("── p. 13 ──") })
        #expect(r.statusRow(0).hasSuffix(" 100% "))
    }

    @Test(arguments: ["j", "<Space>", "d", "G", "<C-f>"])
    func downwardKeysAtTheBottomStayThere(key: String) {
        var r = reader()
        r.type("G")
        let before = r.text
        r.type(key)
        #expect(r.topLine(0) == r.lastTop(0))
        #expect(r.text == before)
    }

    @Test(arguments: ["g", "<Home>"])
    func topReturnsToTheFirstLine(key: String) {
        var r = reader()
        r.type("<Space><Space>jjj" + key)
        #expect(r.topLine(0) == 0)
        #expect(r.paneLines(0)[0].contains(" cover (p. 0) "))
    }

    @Test func longMovesClampInsteadOfOvershooting() {
        var r = reader()
        r.type(String(repeating: "<Space>", count: 200))
        #expect(r.topLine(0) == r.lastTop(0))
        r.type("b")
        #expect(r.topLine(0) == r.lastTop(0) - 22)
        r.type(String(repeating: "<C-b>", count: 200))
        #expect(r.topLine(0) == 0)
    }

    @Test func onlyTheFocusedPaneScrolls() {
        var r = Reader()
        let left = r.paneLines(0)
        r.type("<Tab>jjj")
        #expect(r.topLine(1) == 3)
        #expect(r.topLine(0) == 0)
        #expect(r.paneLines(0) == left)
    }

    @Test func statusPageAndPercentFollowTheTop() {
        var r = reader()
        #expect(r.statusRow(0).contains("p. 0 of 13"))
        let start = percent(r.statusRow(0))
        r.type("<Space><Space><Space>")
        #expect(!r.statusRow(0).contains("p. 0 of 13"))
        #expect(percent(r.statusRow(0)) > start)
    }

    /// The percentage at the end of a status row.
    private func percent(_ status: String) -> Int {
        let words = status.split(separator: " ")
        return words.last.flatMap { Int($0.dropLast()) } ?? -1
    }

    /// A line as the screen shows it: trailing spaces trimmed.
    private func trimmed(_ text: String) -> String {
        var t = text
        while t.last == " " { t.removeLast() }
        return t
    }
}
