import ReaderCore
import TerminalCore
import Testing

/// The key map as data: lookups by mode, prefixes, and bindings that parse.
@Suite struct KeyMapTests {
    let map = KeyMap.standard

    @Test func everyBindingParsesToKeys() {
        // Bindings are written in key notation; a typo would silently bind nothing.
        for binding in map.bindings {
            #expect(!binding.sequences.isEmpty)
            for sequence in binding.sequences { #expect(!sequence.isEmpty, "empty sequence in \(binding.help)") }
        }
    }

    @Test func theSameKeyMeansWhatItsModeSays() {
        #expect(map.lookup(pending: [], key: .character("q"), mode: .reading) == .command(.quit))
        #expect(map.lookup(pending: [], key: .character("q"), mode: .help) == .command(.close))
        #expect(map.lookup(pending: [], key: .character("q"), mode: .picker) == .unbound)
        #expect(map.lookup(pending: [], key: .down, mode: .reading) == .command(.scrollLines(1)))
        #expect(map.lookup(pending: [], key: .down, mode: .picker) == .command(.pickerMove(1)))
        #expect(map.lookup(pending: [], key: .enter, mode: .picker) == .command(.pickerAccept))
    }

    @Test func ctrlWIsAPrefixOnlyWhileReading() {
        #expect(map.lookup(pending: [], key: .control("w"), mode: .reading) == .prefix)
        #expect(map.lookup(pending: [.control("w")], key: .character("w"), mode: .reading) == .command(.focusNext))
        #expect(map.lookup(pending: [.control("w")], key: .character("<"), mode: .reading) == .command(.narrow))
        #expect(map.lookup(pending: [.control("w")], key: .character("j"), mode: .reading) == .unbound)
        #expect(map.lookup(pending: [], key: .control("w"), mode: .picker) == .unbound)
    }

    @Test func noSequenceIsBoundTwiceInOneMode() {
        // Lookup takes the first match, so a duplicate would silently shadow a later binding.
        for mode in ModeKind.allCases {
            var seen: [[Key]: String] = [:]
            for binding in map.bindings where binding.modes.contains(mode) {
                for sequence in binding.sequences {
                    #expect(seen[sequence] == nil, "\(sequence.map(KeyNotation.name(of:)).joined()) in \(mode): \(seen[sequence] ?? "") and \(binding.help)")
                    seen[sequence] = binding.help
                }
            }
        }
    }

    @Test func sectionsKeepFirstAppearanceOrder() {
        #expect(map.sections(for: .reading).map(\.title) == ["Moving", "Notes and citations", "Jumps", "People", "Finding", "Panes", "View", "Leaving"])
    }
}
