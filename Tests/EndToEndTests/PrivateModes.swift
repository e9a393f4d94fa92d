/// The DEC private modes a program set or reset in its output (`CSI ? n h` / `CSI ? n l`).
///
/// Read from the bytes the program wrote, not from tmux's emulator state, because tmux forgets one of
/// them on exit (it hides the cursor of a dead pane), and has no format variable for others
/// (bracketed paste, 2004).
struct PrivateModes: Equatable {
    /// The last setting of each mode the output touched: true = set (`h`), false = reset (`l`).
    var last: [Int: Bool] = [:]

    /// DECTCEM, cursor visible (civis / cnorm).
    static let cursorVisible = 25
    /// The xterm alternate screen with saved cursor (smcup / rmcup on xterm-like terminals).
    static let alternateScreen = 1049
    /// Bracketed paste.
    static let bracketedPaste = 2004

    /// Scans `bytes` for `ESC [ ? p1 ; p2 ... h|l` and records each parameter's final state.
    init(scanning bytes: [UInt8]) {
        let esc: UInt8 = 0x1B, bracket = UInt8(ascii: "["), question = UInt8(ascii: "?")
        var i = 0
        while i + 3 < bytes.count {
            guard bytes[i] == esc, bytes[i + 1] == bracket, bytes[i + 2] == question else { i += 1; continue }
            var j = i + 3, parameters: [Int] = [], current = 0, digits = 0
            while j < bytes.count {
                let b = bytes[j]
                if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                    current = min(current * 10 + Int(b - UInt8(ascii: "0")), 1_000_000)
                    digits += 1
                } else if b == UInt8(ascii: ";") {
                    parameters.append(current); current = 0; digits = 0
                } else {
                    break
                }
                j += 1
            }
            if digits > 0 { parameters.append(current) }
            if j < bytes.count, bytes[j] == UInt8(ascii: "h") || bytes[j] == UInt8(ascii: "l") {
                for p in parameters { last[p] = bytes[j] == UInt8(ascii: "h") }
            }
            i = j
        }
    }

    /// Whether the cursor was left hidden: the last `CSI ? 25` was `l`. A program that never hid it
    /// (nothing about 25 in the output) did not leave it hidden.
    var leftCursorHidden: Bool { last[Self.cursorVisible] == false }

    /// The modes the output left set that a full-screen program must reset, named; empty if none.
    var leftOn: [String] {
        var names: [String] = []
        if leftCursorHidden { names.append("cursor hidden (last CSI ? 25 was l)") }
        for mode in [47, 1047, 1049] where last[mode] == true { names.append("alternate screen (CSI ? \(mode) h)") }
        for mode in [1000, 1002, 1003, 1006] where last[mode] == true { names.append("mouse reporting (CSI ? \(mode) h)") }
        if last[Self.bracketedPaste] == true { names.append("bracketed paste (CSI ? 2004 h)") }
        return names
    }
}
