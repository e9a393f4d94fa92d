import ReaderCore
import TerminalCore
import Testing

/// Clicks focus the pane under the pointer; the wheel scrolls that pane, focused or not.
@Suite struct MouseTests {
    @Test func clickFocusesThePaneUnderIt() {
        var r = Reader()
        r.type("<Click:60,5>")
        #expect(r.state.focus == 1)
        r.type("<Click:3,20>")
        #expect(r.state.focus == 0)
        // The status row belongs to its pane too.
        r.type("<Click:70,22>")
        #expect(r.state.focus == 1)
    }

    @Test func clicksOffThePanesChangeNothing() {
        var r = Reader()
        // Column 40 is the separator; row 23 is the message row; 500 is off screen.
        r.type("<Click:40,5><Click:10,23><Click:500,5>")
        #expect(r.state.focus == 0)
    }

    @Test func wheelScrollsThePaneUnderThePointerByThreeLines() {
        var r = Reader()
        r.type("<WheelDown:60,5>")
        #expect(r.topLine(1) == 3)
        #expect(r.topLine(0) == 0)
        #expect(r.state.focus == 0, "the wheel does not move the focus")
        r.type("<WheelDown:10,5><WheelDown:10,5>")
        #expect(r.topLine(0) == 6)
        r.type("<WheelUp:60,5>")
        #expect(r.topLine(1) == 0)
    }

    @Test func wheelClampsAtBothEnds() {
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        r.type("<WheelUp:10,10>")
        #expect(r.topLine(0) == 0)
        r.type("G<WheelDown:10,10>")
        #expect(r.topLine(0) == r.lastTop(0))
    }

    @Test func clicksInHelpDoNotChangeFocus() {
        var r = Reader()
        r.type("?<Click:60,5>")
        #expect(r.state.focus == 0)
        #expect(r.state.mode == .help(top: 0))
    }
}
