import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A storm of window resizes, as a tiling window manager or a dragged corner sends them: 100 sizes
/// from 1x1 to 300x90 within about a second, while keys arrive. The reader survives, and once the
/// storm is over it shows exactly what a fresh reader of the final size shows.
@Suite("EndToEndTests: a storm of resizes", .tags(.endToEnd))
struct ReaderResizeStormTests {
    @Test("100 resizes in about a second: no crash, then the layout of the final size")
    func storm() throws {
        let tmux = try DossierBinary.session([], columns: 80, rows: 24)
        try tmux.waitForReader()
        var random = SplitMix64(seed: 100)
        let sizes: [(Int, Int)] = (0..<100).map { k in
            switch k % 4 {
            case 0: return (Int.random(in: 1...12, using: &random), Int.random(in: 1...4, using: &random))   // below the minimum
            case 1: return (Int.random(in: 33...90, using: &random), Int.random(in: 3...30, using: &random))
            case 2: return (Int.random(in: 120...300, using: &random), Int.random(in: 40...90, using: &random))
            default: return (Int.random(in: 1...300, using: &random), Int.random(in: 1...90, using: &random))
            }
        }
        // Ten bursts of ten resizes, each burst one tmux call, a tenth of a second apart; a key now and then.
        for burst in 0..<10 {
            try tmux.tmux(all: sizes[(burst * 10)..<(burst * 10 + 10)].map { ["resize-window", "-t", tmux.pane, "-x", "\($0.0)", "-y", "\($0.1)"] })
            if burst % 3 == 1 { tmux.send(keys: "Tab") }
            TmuxSession.pause(.milliseconds(100))
        }
        #expect(try tmux.termination() == nil, "the reader is still running after the storm")

        // The storm is over: a last size, and the screen is the one a fresh reader of that size draws after the same keys.
        try tmux.resize(columns: 100, rows: 30)
        let expected = try HeadlessScreen.render(columns: 100, rows: 30, keys: "<Tab><Tab><Tab>")
        let screen = try tmux.waitUntil("the 100x30 layout") { $0 == expected }
        #expect(screen == expected, "\(HeadlessScreen.difference(expected: expected, actual: screen))")

        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.restorationProblems() == [])
    }
}
