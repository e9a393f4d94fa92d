import TerminalCore

/// The help screen's lines, generated from the key map so help cannot drift from behaviour.
public struct HelpText {
    /// The lines: a heading per mode and section, then "keys  what they do".
    public let lines: [Segment]

    /// Builds the help for every mode of `keyMap`.
    public init(keyMap: KeyMap) {
        var lines: [Segment] = [Segment("dossier — keys (q, Esc or ? closes this help; j/k scroll)", .heading), Segment("", .body)]
        let titles: [ModeKind: String] = [.reading: "Reading", .help: "In this help", .picker: "In the document picker (type to narrow the list)"]
        for mode in ModeKind.allCases {
            lines.append(Segment(titles[mode] ?? mode.rawValue, .heading))
            for (section, bindings) in keyMap.sections(for: mode) {
                if mode == .reading { lines.append(Segment("  " + section, .strong)) }
                for binding in bindings {
                    lines.append(Segment("    " + TextWrap.pad(binding.keysText, width: 30) + "  " + binding.help, .body))
                }
            }
            lines.append(Segment("", .body))
        }
        lines.append(Segment("Key names: <C-w> is Ctrl-W, <S-Tab> Shift-Tab, <lt> the < key.", .body))
        self.lines = lines
    }
}
