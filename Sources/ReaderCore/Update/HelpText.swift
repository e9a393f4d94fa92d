import TerminalCore

/// The help screen's lines, generated from the key map so help cannot drift from behaviour.
public struct HelpText {
    /// The lines: a heading per mode and section, then "keys  what they do".
    public let lines: [Segment]

    /// Builds the help for every mode of `keyMap`, fitted to `width` columns.
    ///
    /// The keys column takes up to 30 columns (less on narrow screens); keys that
    /// do not fit it get a line of their own, and descriptions wrap under themselves.
    public init(keyMap: KeyMap, width: Int = 80) {
        let width = max(1, width)
        let keyColumn = min(30, max(8, width * 2 / 5))
        let textColumn = 4 + keyColumn + 2
        var lines: [Segment] = TextWrap.wrap("dossier — keys (q, Esc or ? closes this help; j/k scroll)", width: width).map { Segment($0, .heading) }
        lines.append(Segment("", .body))
        func describe(_ keys: String, _ help: String) {
            var wrapped = TextWrap.wrap(help, width: max(8, width - textColumn))
            if DisplayWidth.of(keys) > keyColumn {
                lines += TextWrap.wrap(keys, width: max(1, width - 4)).map { Segment("    " + $0, .body) }
            } else {
                let first = wrapped.isEmpty ? "" : wrapped.removeFirst()
                lines.append(Segment("    " + TextWrap.pad(keys, width: keyColumn) + "  " + first, .body))
            }
            lines += wrapped.map { Segment(String(repeating: " ", count: textColumn) + $0, .body) }
        }
        let titles: [ModeKind: String] = [.reading: "Reading", .note: "With a note open at a pane's foot", .card: "On a card (an intercept, a summary, a work)",
                                          .index: "In the citation index (type to narrow it)", .help: "In this help",
                                          .picker: "In the document picker (type to narrow the list)",
                                          .actors: "In the actor picker (type any spelling to narrow; Space chooses)",
                                          .prompt: "At the : and / prompts (the bottom row)",
                                          .mark: "After m or ' (then a letter a-z)",
                                          .list: "In the outline and the marks list (type to narrow)"]
        for mode in ModeKind.allCases {
            lines.append(Segment(titles[mode] ?? mode.rawValue, .heading))
            for (section, bindings) in keyMap.sections(for: mode) {
                if mode == .reading { lines.append(Segment("  " + section, .strong)) }
                for binding in bindings { describe(binding.keysText, binding.help) }
            }
            lines.append(Segment("", .body))
        }
        lines += TextWrap.wrap("Key names: <C-w> is Ctrl-W, <S-Tab> Shift-Tab, <lt> the < key.", width: width).map { Segment($0, .body) }
        self.lines = lines
    }
}
