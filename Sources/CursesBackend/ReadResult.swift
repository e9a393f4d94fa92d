import TerminalCore

/// What one `CursesTerminal.read` produced.
public enum ReadResult: Equatable, Sendable {
    /// A key, mouse report or resize.
    case input(Input)
    /// Nothing arrived before the timeout.
    case timeout
    /// A termination signal is pending: end curses and exit with 128 + the signal.
    case signal(Int32)
    /// The terminal is gone (hang-up, closed pty): end curses and exit.
    case hangup
}
