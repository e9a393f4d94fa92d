import ReaderCore
import Testing

/// Which pane the keys talk to: Tab, Shift-Tab and the Ctrl-W family.
@Suite struct FocusTests {
    /// Three panes on a wide screen, focus on the left.
    private func three() -> Reader {
        Reader(120, 30, documents: [("002", nil), ("SRH-078", nil), ("SRH-086", nil)])
    }

    @Test(arguments: ["<Tab>", "<C-w>w"])
    func nextWrapsAround(key: String) {
        var r = three()
        r.type(key)
        #expect(r.state.focus == 1)
        r.type(key + key)
        #expect(r.state.focus == 0)
    }

    @Test(arguments: ["<S-Tab>", "<C-w>W"])
    func previousWrapsAround(key: String) {
        var r = three()
        r.type(key)
        #expect(r.state.focus == 2)
        r.type(key)
        #expect(r.state.focus == 1)
    }

    @Test(arguments: ["<C-w>l", "<C-w><Right>"])
    func rightStopsAtTheEdge(key: String) {
        var r = three()
        r.type(key)
        #expect(r.state.focus == 1)
        r.type(key + key + key)
        #expect(r.state.focus == 2)
    }

    @Test(arguments: ["<C-w>h", "<C-w><Left>"])
    func leftStopsAtTheEdge(key: String) {
        var r = three()
        r.type(key)
        #expect(r.state.focus == 0)
        r.type("<C-w>l<C-w>l" + key)
        #expect(r.state.focus == 1)
    }

    @Test func theMarkerFollowsTheFocus() {
        var r = three()
        r.type("<Tab>")
        #expect(r.statusRow(1).hasPrefix("▶ PSIS 400-16"))
        #expect(!r.statusRow(0).contains("▶"))
        #expect(!r.statusRow(2).contains("▶"))
    }

    @Test func theFocusedStatusRowIsStyledDifferently() {
        var r = Reader()
        let g0 = r.grid
        let left = r.state.screen.panes[0].status, right = r.state.screen.panes[1].status
        #expect(g0[left.x + 2, left.y].style == r.session.theme.statusFocused)
        #expect(g0[right.x + 2, right.y].style == r.session.theme.statusUnfocused)
        r.type("<Tab>")
        let g1 = r.grid
        #expect(g1[left.x + 2, left.y].style == r.session.theme.statusUnfocused)
        #expect(g1[right.x + 2, right.y].style == r.session.theme.statusFocused)
    }

    @Test func oneFocusKeyWithOnePaneChangesNothing() {
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        r.type("<Tab><S-Tab><C-w>l<C-w>h")
        #expect(r.state.focus == 0)
    }
}
