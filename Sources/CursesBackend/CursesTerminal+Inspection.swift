import CNcursesw
import TerminalCore

/// Read-back and input injection on curses' virtual screen, so tests can check what
/// `draw` stored and drive `read` without a terminal (and without importing curses).
extension CursesTerminal {
    /// One cell of the virtual screen as curses holds it.
    struct ScreenCell: Equatable {
        /// The spacing character and its combining marks.
        var scalars: [Unicode.Scalar]
        /// The attributes curses stored, in the reader's terms.
        var attributes: Style.Attributes
        /// The colour pair number (0: default colours).
        var pair: Int16
    }

    /// The cell at (column, row) via `mvwin_wch` and `getcchar`, or nil outside the screen.
    func screenCell(column: Int, row: Int) -> ScreenCell? {
        var character = cchar_t()
        guard mvwin_wch(window, Int32(row), Int32(column), &character) != ERR else { return nil }
        var text = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&character, &text, &attributes, &pair, nil) != ERR else { return nil }
        let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        let names: [(attr_t, Style.Attributes)] = [
            (dossier_attr_bold(), .bold), (dossier_attr_dim(), .dim), (dossier_attr_underline(), .underline),
            (dossier_attr_reverse(), .reverse), (dossier_attr_italic(), .italic),
        ]
        var styleAttributes: Style.Attributes = []
        for (bit, attribute) in names where attributes & bit != 0 { styleAttributes.insert(attribute) }
        return ScreenCell(scalars: scalars, attributes: styleAttributes, pair: pair)
    }

    /// A row's text via `mvwinnwstr` (wide characters once, combining marks kept), trailing spaces trimmed.
    func screenRow(_ row: Int) -> String {
        let capacity = size.columns * 6 + 1
        var text = [wchar_t](repeating: 0, count: capacity)
        let count = mvwinnwstr(window, Int32(row), 0, &text, Int32(capacity - 1))
        guard count != ERR else { return "" }
        var line = ""
        for value in text.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { line.unicodeScalars.append(scalar) }
        }
        while line.unicodeScalars.last == " " { line.unicodeScalars.removeLast() }
        return line
    }

    /// The colour numbers of a pair (-1: terminal default).
    func pairColors(_ pair: Int16) -> (foreground: Int16, background: Int16) {
        var foreground: Int16 = 0
        var background: Int16 = 0
        pair_content(pair, &foreground, &background)
        return (foreground, background)
    }

    /// Resizes the test screen as a SIGWINCH would, dropping the KEY_RESIZE curses queues.
    func resizeScreen(columns: Int, rows: Int) {
        resizeterm(Int32(rows), Int32(columns))
        flushinp()
    }

    /// Queues a key code (`KEY_CODE_YES` kind) for the next read.
    func queueKeyCode(_ code: Int32) {
        ungetch(code)
    }

    /// Queues a character (`OK` kind) for the next read.
    func queueCharacter(_ scalar: Unicode.Scalar) {
        unget_wch(wchar_t(bitPattern: scalar.value))
    }

    /// Queues a mouse report for the next read.
    func queueMouse(buttons: mmask_t, column: Int, row: Int) {
        var event = MEVENT(id: 0, x: Int32(column), y: Int32(row), z: 0, bstate: buttons)
        ungetmouse(&event)
    }

    /// Curses' key code for the up arrow and other names the tests need, without importing curses.
    enum Codes {
        static let up = KEY_UP
        static let npage = KEY_NPAGE
        static let btab = KEY_BTAB
        static let resize = KEY_RESIZE
        static func function(_ n: Int32) -> Int32 { KEY_F0 + n }
        /// A key the reader has no name for (shift + scroll forward).
        static let unnamed = KEY_SF
        static let okStatus = OK
        static let keyCodeStatus = KEY_CODE_YES
        static let errorStatus = ERR
        static var button1Pressed: mmask_t { dossier_button1_pressed() }
        static var button1Clicked: mmask_t { dossier_button1_clicked() }
        static var button4Pressed: mmask_t { dossier_button4_pressed() }
        static var button5Pressed: mmask_t { dossier_button5_pressed() }
    }
}
