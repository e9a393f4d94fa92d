import ReaderCore
import Testing

/// Leaving: q quits with 0, Ctrl-C with 130 from any mode; Ctrl-L asks for a repaint.
@Suite struct QuitTests {
    @Test func qQuitsWithStatusZero() {
        var r = Reader()
        #expect(r.type("q") == 0)
    }

    @Test(arguments: ["", "?", "o", "o086", "<C-w>"])
    func ctrlCQuitsWith130FromAnyMode(prefix: String) {
        var r = Reader()
        #expect(r.type(prefix + "<C-c>") == 130)
    }

    @Test func ctrlZSuspendsEvenAfterAPrefix() {
        var r = Reader()
        #expect(r.session.send(.key(.control("z"))) == [.suspend])
        r.type("<C-w>")
        #expect(r.session.send(.key(.control("z"))) == [.suspend])
        #expect(r.state.pending.isEmpty)
    }

    @Test func keysAfterQuitAreNotRun() {
        var r = Reader()
        #expect(r.type("qj") == 0)
        #expect(r.topLine(0) == 0)
    }

    @Test func ctrlLAsksForARepaint() {
        var r = Reader()
        #expect(r.session.send(.key(.control("l"))) == [.repaint])
        #expect(r.session.send(.key(.character("j"))) == [])
    }
}
