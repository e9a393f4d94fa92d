import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Checks made before curses starts, so a bad environment gets a clear message instead of
/// a garbled screen (or `initscr`'s own message and exit).
public enum TerminalCheck {
    /// Validates stdin/stdout and TERM, then selects a UTF-8 locale (falling back to C.UTF-8).
    ///
    /// ncursesw drops every non-ASCII character in the C locale, which is what an SSH
    /// session without `LANG` gets (pitfall 15), so a non-UTF-8 codeset is replaced
    /// rather than accepted.
    public static func prepare(environment: [String: String]) throws(TerminalError) {
        try check(environment: environment, isTerminal: { isatty($0) == 1 }, terminfoStatus: terminfoStatus)
        try selectUTF8Locale()
    }

    /// The environment checks with the outside world passed in, so tests need no terminal.
    static func check(
        environment: [String: String],
        isTerminal: (Int32) -> Bool,
        terminfoStatus: (String) -> Int32
    ) throws(TerminalError) {
        // stdout first: `dossier DOC | less` is the likeliest mistake, and its fix is `show`.
        guard isTerminal(STDOUT_FILENO) else {
            throw TerminalError("stdout is not a terminal; for plain text use 'dossier show DOC'")
        }
        guard isTerminal(STDIN_FILENO) else {
            throw TerminalError("stdin is not a terminal; the reader needs a keyboard (for plain text use 'dossier show DOC')")
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalError("TERM is not set; try TERM=xterm-256color")
        }
        let shown = printable(term)
        guard term != "dumb" else {
            throw TerminalError("TERM 'dumb' cannot show the reader; try TERM=xterm-256color, or 'dossier show DOC' for plain text")
        }
        switch terminfoStatus(term) {
        case 1:
            return
        case -1:
            throw TerminalError("no terminfo database found (looking up TERM '\(shown)'); install ncurses-base or try TERM=xterm-256color")
        case 2:
            throw TerminalError("TERM '\(shown)' is a hard-copy terminal; try TERM=xterm-256color")
        default:
            throw TerminalError("TERM '\(shown)' is not known to terminfo; try TERM=xterm-256color")
        }
    }

    /// Whether terminfo knows `name`: 1 yes, 0 no (or generic), 2 hard copy, -1 no database.
    static func terminfoStatus(_ name: String) -> Int32 {
        dossier_terminfo_status(name, STDOUT_FILENO)
    }

    /// Sets the user's locale, replacing its character type with C.UTF-8 when it is not UTF-8.
    ///
    /// Only LC_CTYPE is replaced: it decides how curses encodes characters, while the
    /// user's other categories (collation, messages) are theirs to keep.
    static func selectUTF8Locale() throws(TerminalError) {
        setlocale(LC_ALL, "")
        if codesetIsUTF8() { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if codesetIsUTF8() { return }
        }
        throw TerminalError("no UTF-8 locale is available (tried C.UTF-8); set LANG to a UTF-8 locale")
    }

    /// Whether the current locale's codeset is UTF-8.
    static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// TERM as it may appear in a message: controls replaced, length bounded.
    private static func printable(_ term: String) -> String {
        var text = ""
        for scalar in term.unicodeScalars.prefix(40) {
            let v = scalar.value
            text.unicodeScalars.append(v < 0x20 || (v >= 0x7F && v < 0xA0) ? "?" : scalar)
        }
        return term.unicodeScalars.count > 40 ? text + "…" : text
    }
}
