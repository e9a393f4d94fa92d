/// The key syntax of `dossier screen --keys` and of the help screen: `j`, `<Tab>`, `<C-o>`, `<Esc>`.
///
/// Plain characters stand for themselves; names in angle brackets are
/// case-insensitive: `<Enter>` (`<CR>`), `<Tab>`, `<S-Tab>`, `<Esc>`, `<BS>`,
/// `<Del>`, `<Space>`, `<Up>` `<Down>` `<Left>` `<Right>`, `<PgUp>` `<PgDn>`,
/// `<Home>` `<End>`, `<Ins>`, `<F1>`…`<F12>`, `<C-x>` for Ctrl plus a letter,
/// `<lt>` for a literal "<". Non-key inputs: `<Resize:COLSxROWS>`,
/// `<Click:COL,ROW>`, `<WheelUp:COL,ROW>`, `<WheelDown:COL,ROW>` (0-based cells).
public enum KeyNotation {
    /// A notation error: the offending fragment.
    public struct ParseError: Error, CustomStringConvertible {
        /// The text that could not be read.
        public let fragment: String
        /// One line for the user.
        public var description: String { "unknown key \(fragment) (see 'dossier screen --help' for the key syntax)" }
    }

    private static let names: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
        "esc": .escape, "escape": .escape, "bs": .backspace, "backspace": .backspace, "del": .delete,
        "delete": .delete, "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home,
        "end": .end, "ins": .insert, "insert": .insert, "lt": .character("<"),
    ]

    /// Reads a key script into inputs.
    public static func parse(_ script: String) throws(ParseError) -> [Input] {
        var inputs: [Input] = []
        var rest = Substring(script)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"), close > rest.index(after: rest.startIndex) {
                let name = rest[rest.index(after: rest.startIndex)..<close]
                guard let input = named(String(name)) else { throw ParseError(fragment: String(rest[...close])) }
                inputs.append(input)
                rest = rest[rest.index(after: close)...]
            } else {
                inputs.append(.key(first == " " ? .character(" ") : .character(first)))
                rest = rest.dropFirst()
            }
        }
        return inputs
    }

    /// One `<...>` name as an input, or nil.
    private static func named(_ name: String) -> Input? {
        let lower = name.lowercased()
        if let key = names[lower] { return .key(key) }
        if lower.hasPrefix("c-"), lower.count == 3, let c = lower.last, c.isLetter, c.isASCII {
            switch c {
            case "i": return .key(.tab)
            case "m": return .key(.enter)
            default: return .key(.control(c))
            }
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .key(.function(n)) }
        let parts = lower.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        if parts[0] == "resize" {
            let size = parts[1].split(separator: "x")
            guard size.count == 2, let c = Int(size[0]), let r = Int(size[1]), c >= 0, r >= 0 else { return nil }
            return .resize(columns: c, rows: r)
        }
        let action: MouseEvent.Action
        switch parts[0] {
        case "click": action = .click
        case "wheelup": action = .wheelUp
        case "wheeldown": action = .wheelDown
        default: return nil
        }
        let at = parts[1].split(separator: ",")
        guard at.count == 2, let c = Int(at[0]), let r = Int(at[1]), c >= 0, r >= 0 else { return nil }
        return .mouse(MouseEvent(action, column: c, row: r))
    }

    /// How a key is written in this notation (and in the help screen).
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): return "<Space>"
        case .character("<"): return "<lt>"
        case .character(let c): return String(c)
        case .control(let c): return "<C-\(c)>"
        case .enter: return "<Enter>"
        case .tab: return "<Tab>"
        case .backTab: return "<S-Tab>"
        case .escape: return "<Esc>"
        case .backspace: return "<BS>"
        case .delete: return "<Del>"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .pageUp: return "<PgUp>"
        case .pageDown: return "<PgDn>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .insert: return "<Ins>"
        case .function(let n): return "<F\(n)>"
        }
    }
}
