/// The pane's terminal modes as tmux's emulator holds them (format variables of tmux 3.3a).
///
/// All of these keep the program's last setting after it exits, except `cursorVisible`: tmux clears
/// the cursor flag itself when a pane dies (remain-on-exit), so after exit it always reads false.
/// To check that a program showed the cursor again before exiting, use
/// `TmuxSession.sentPrivateModes()` (what the program wrote) instead.
struct TerminalModes: Equatable {
    /// `#{alternate_on}`: the alternate screen (smcup, `CSI ? 1049 h`) is in use.
    var alternateScreen: Bool
    /// `#{cursor_flag}`: the cursor is shown (`CSI ? 25`); only meaningful while the program runs.
    var cursorVisible: Bool
    /// `#{keypad_cursor_flag}`: application cursor keys (DECCKM, `CSI ? 1 h`, part of smkx).
    var applicationCursorKeys: Bool
    /// `#{keypad_flag}`: application keypad (DECKPAM, `ESC =`, part of smkx).
    var applicationKeypad: Bool
    /// `#{mouse_any_flag}`: any mouse reporting mode is on.
    var mouseAny: Bool
    /// `#{mouse_standard_flag}`: press/release reporting (`CSI ? 1000 h`).
    var mouseStandard: Bool
    /// `#{mouse_button_flag}`: button-motion reporting (`CSI ? 1002 h`).
    var mouseButton: Bool
    /// `#{mouse_all_flag}`: all-motion reporting (`CSI ? 1003 h`).
    var mouseAll: Bool
    /// `#{mouse_sgr_flag}`: SGR mouse encoding (`CSI ? 1006 h`).
    var mouseSGR: Bool
    /// `#{insert_flag}`: insert mode (`CSI 4 h`).
    var insert: Bool
    /// `#{origin_flag}`: origin mode (`CSI ? 6 h`).
    var origin: Bool
    /// `#{wrap_flag}`: auto-wrap (`CSI ? 7 h`); on by default.
    var autoWrap: Bool
    /// `#{cursor_x}`: cursor column, from 0.
    var cursorColumn: Int
    /// `#{cursor_y}`: cursor row, from 0.
    var cursorRow: Int

    /// The `display-message` format that `init(reply:)` parses, one field per variable, in order.
    static let format = [
        "alternate_on", "cursor_flag", "keypad_cursor_flag", "keypad_flag", "mouse_any_flag",
        "mouse_standard_flag", "mouse_button_flag", "mouse_all_flag", "mouse_sgr_flag", "insert_flag",
        "origin_flag", "wrap_flag", "cursor_x", "cursor_y",
    ].map { "#{\($0)}" }.joined(separator: " ")

    /// Parses tmux's reply to `format`.
    init(reply: String) throws {
        let fields = reply.split(separator: " ").compactMap { Int($0) }
        guard fields.count == 14 else { throw TmuxError.unexpectedReply("terminal modes: \(reply)") }
        let flag = { (index: Int) in fields[index] != 0 }
        alternateScreen = flag(0)
        cursorVisible = flag(1)
        applicationCursorKeys = flag(2)
        applicationKeypad = flag(3)
        mouseAny = flag(4)
        mouseStandard = flag(5)
        mouseButton = flag(6)
        mouseAll = flag(7)
        mouseSGR = flag(8)
        insert = flag(9)
        origin = flag(10)
        autoWrap = flag(11)
        cursorColumn = fields[12]
        cursorRow = fields[13]
    }

    /// The modes a full-screen program must have turned off again on exit, named; empty if none.
    /// Leaves out the cursor (see the type's note) and the mouse submodes, which `mouseAny` covers.
    var leftOn: [String] {
        [
            ("alternate screen", alternateScreen),
            ("application cursor keys", applicationCursorKeys),
            ("application keypad", applicationKeypad),
            ("mouse reporting", mouseAny),
            ("insert mode", insert),
            ("origin mode", origin),
        ].filter(\.1).map(\.0)
    }
}
