import CNcursesw
import TerminalCore
#if canImport(Glibc)
import Glibc
#endif

/// The reader's terminal: a curses session that shows `Grid`s and reports `Input`.
///
/// All curses calls of the program go through here. One instance at a time: curses
/// keeps a current screen globally. Start-up order for the reader:
/// `CrashGuard.reexecIfNeeded`, `TerminalCheck.prepare`, `SignalTrap.install`, then
/// `init(options:)`; loop on `read` and `draw`; on `.signal(s)` or `.hangup` call `end()`
/// and exit (128 + s, or 129 for a hang-up).
public final class CursesTerminal {
    /// What to switch on when curses starts.
    public struct Options: Sendable {
        /// Use colours when the terminal has them.
        public var colors: Bool
        /// Report clicks and wheel turns (the terminal's own selection then needs Shift).
        public var mouse: Bool

        /// Creates options; both features default to on.
        public init(colors: Bool = true, mouse: Bool = true) {
            self.colors = colors
            self.mouse = mouse
        }
    }

    /// The curses screen (`SCREEN*`).
    let screen: OpaquePointer
    /// The screen's standard window: we draw in it and read keys through it (pitfall 13).
    let window: UnsafeMutablePointer<WINDOW>
    /// The descriptor curses reads keys from, watched for hang-ups.
    let inputDescriptor: Int32
    /// Files opened for a test screen, closed when curses ends.
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    /// Whether this session owns the real terminal (crash handlers then restore it).
    private let isRealTerminal: Bool
    /// Whether `end` has run.
    private(set) var ended = false

    /// Whether colours are in use.
    public private(set) var usesColor = false
    /// Whether mouse reports are enabled.
    public private(set) var usesMouse = false

    var colorPairs = ColorPairs(defaultColors: false, pairCount: 0)
    /// Curses attributes and pair per style, computed once per style.
    var renditions: [Style: (attributes: attr_t, pair: Int16)] = [:]
    /// The grid last written, to diff the next frame against.
    var lastGrid: Grid?
    /// The screen size when `lastGrid` was written.
    var lastSize: (columns: Int, rows: Int) = (0, 0)
    /// Set by `invalidate`: the next draw repaints the whole terminal.
    var needsFullRepaint = false
    /// How many runs the last `draw` wrote (0 for an unchanged frame); for tests.
    var lastRunCount = 0
    /// Consecutive reads that failed long before their timeout: a sign the terminal is gone.
    var quickFailures = 0
    /// Scratch space for one cell: a spacing character, up to four combining marks, NUL.
    let characterBuffer: UnsafeMutablePointer<wchar_t>

    /// Starts curses on the process's terminal (stdin/stdout); run `TerminalCheck.prepare` and `SignalTrap.install` first.
    public init(options: Options) throws(TerminalError) {
        // newterm, not initscr: initscr prints its own message and exits when it fails.
        guard let screen = newterm(nil, dossier_stdout(), dossier_stdin()) else {
            throw TerminalError("cannot start curses on this terminal; check TERM (try TERM=xterm-256color)")
        }
        self.screen = screen
        window = dossier_stdscr()
        inputDescriptor = STDIN_FILENO
        ownedFiles = []
        isRealTerminal = true
        characterBuffer = .allocate(capacity: 6)
        SignalTrap.setCursesActive(true)
        configure(options)
    }

    /// Starts curses on /dev/null with a fixed size, for render checks without a terminal (pitfall 17).
    ///
    /// The caller must be in a UTF-8 locale (thread or process), or curses drops non-ASCII text.
    init(testScreenColumns columns: Int, rows: Int, options: Options = Options()) throws(TerminalError) {
        guard let output = fopen("/dev/null", "w") else {
            throw TerminalError("cannot open /dev/null")
        }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw TerminalError("cannot open /dev/null")
        }
        guard let screen = newterm("xterm-256color", output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError("terminfo has no xterm-256color entry")
        }
        self.screen = screen
        window = dossier_stdscr()
        inputDescriptor = fileno(input)
        ownedFiles = [output, input]
        isRealTerminal = false
        characterBuffer = .allocate(capacity: 6)
        // /dev/null has no window size, so curses took terminfo's 80x24; set ours, and
        // drop the KEY_RESIZE that resizeterm queues for the application.
        resizeterm(Int32(rows), Int32(columns))
        flushinp()
        configure(options)
    }

    /// Puts the terminal in the modes the reader needs.
    private func configure(_ options: Options) {
        raw()  // Ctrl-C, Ctrl-Z, Ctrl-S arrive as keys the key map binds (pitfall 10)
        noecho()
        nonl()  // Enter arrives as 13 and output newlines are not translated
        keypad(window, true)
        set_escdelay(25)  // Esc alone is a key here, not the start of a slow sequence
        curs_set(0)
        // The cursor is hidden; not parking it after each update saves bytes.
        leaveok(window, true)
        // idlok lets doupdate scroll with insert/delete line or scroll regions when a
        // full-width region moves, a few bytes instead of a rewritten screen. scrollok
        // stays off: writing the bottom-right cell must not scroll the window.
        idlok(window, true)
        scrollok(window, false)

        // COLORS is known only after start_color.
        if options.colors, has_colors(), start_color() != ERR, dossier_colors() >= 8 {
            let defaults = use_default_colors() != ERR
            colorPairs = ColorPairs(defaultColors: defaults, pairCount: Int(dossier_color_pairs()))
            usesColor = true
        }
        if options.mouse {
            let wanted = dossier_button1_pressed() | dossier_button1_clicked()
                | dossier_button4_pressed() | dossier_button5_pressed()
            usesMouse = mousemask(wanted, nil) != 0
            // No click resolution: a press is reported at once instead of after a delay.
            mouseinterval(0)
        }
        defineCommonKeys()
    }

    /// Teaches curses the editing-key sequences terminals send whatever their terminfo entry says.
    ///
    /// tmux and screen send `ESC [1~` / `ESC [4~` for Home/End even when TERM is
    /// xterm-256color, whose entry expects `ESC O H` / `ESC O F`; rxvt sends `ESC [7~` /
    /// `ESC [8~`; and under TERM=vt100 (which has no such keys) every emulator still sends
    /// `ESC [5~` / `ESC [6~` for PgUp/PgDn. Sequences curses already knows are left alone.
    private func defineCommonKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
            ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC),
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[Z", KEY_BTAB), ("\u{1B}OP", KEY_F0 + 1),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// Current size in cells.
    public var size: (columns: Int, rows: Int) {
        guard !ended else { return lastSize }
        return (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Forces the next draw to repaint the whole terminal (for Ctrl-L after outside interference).
    public func invalidate() {
        needsFullRepaint = true
    }

    /// Stops the process with SIGTSTP; curses' own handler restores the terminal and redraws on resume.
    public func suspend() {
        guard !ended else { return }
        // ncurses installed its SIGTSTP handler at start if the signal was at its default;
        // when job control is off the signal is ignored and nothing happens, as it should.
        raise(SIGTSTP)
    }

    /// Ends curses and restores the terminal; safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        lastSize = (Int(getmaxx(window)), Int(getmaxy(window)))
        if isRealTerminal { SignalTrap.setCursesActive(false) }
        endwin()
        delscreen(screen)
        for file in ownedFiles { fclose(file) }
    }

    deinit {
        end()
        characterBuffer.deallocate()
    }
}
