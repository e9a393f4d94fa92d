import ReaderCore
import TerminalCore
import Testing

/// The message row: errors for unbound keys, the pending Ctrl-W prefix, hints per mode.
@Suite struct MessageTests {
    @Test(arguments: ["V", "<F5>", "<F7>", "<C-t>", "<Del>"])
    func unboundKeysSaySo(key: String) throws {
        var r = Reader()
        let before = r.state.panes
        r.type(key)
        let name = try KeyNotation.parse(key).map { input -> String in
            guard case .key(let k) = input else { return "?" }
            return KeyNotation.name(of: k)
        }.joined()
        #expect(r.state.message == Message("\(name) does nothing here; ? lists the keys", isError: true))
        #expect(r.messageRow == "\(name) does nothing here; ? lists the keys")
        #expect(r.state.panes == before)
    }

    @Test func ctrlWShowsThePendingPrefix() {
        var r = Reader()
        r.type("<C-w>")
        #expect(r.state.pending == [.control("w")])
        #expect(r.messageRow == "<C-w> …")
        r.type("l")
        #expect(r.state.pending.isEmpty)
        #expect(r.state.focus == 1)
        #expect(r.messageRow.hasPrefix("? help"))
    }

    @Test func aPrefixFollowedByAnUnboundKeyNamesBoth() {
        var r = Reader()
        r.type("<C-w>j")
        #expect(r.state.pending.isEmpty)
        #expect(r.messageRow == "<C-w>j does nothing here; ? lists the keys")
        // The j was swallowed with the prefix, not run as a line down.
        #expect(r.topLine(0) == 0)
    }

    @Test func theNextKeyClearsTheMessage() {
        var r = Reader()
        r.type("V")
        #expect(r.state.message != nil)
        r.type("j")
        #expect(r.state.message == nil)
        #expect(r.messageRow.hasPrefix("? help  / search"))
    }

    @Test func aResizeKeepsTheMessage() {
        var r = Reader()
        r.type("V<Resize:100x30>")
        #expect(r.state.message?.isError == true)
    }

    @Test func errorsAreStyledToStandOut() {
        var r = Reader()
        r.type("V")
        let g = r.grid
        #expect(g[0, g.height - 1].style == r.session.theme.error)
        r.type("j")
        #expect(r.grid[0, g.height - 1].style == r.session.theme.hint)
    }
}
