/// What the run loop must do after a command, beyond drawing the new state.
public enum Effect: Hashable, Sendable {
    /// Leave with this exit status.
    case quit(status: Int32)
    /// Repaint the whole terminal (Ctrl-L), not only what changed.
    case repaint
    /// Stop the process as the shell's job control expects (Ctrl-Z); `fg` resumes it.
    case suspend
}

/// A line for the message row: a hint or an error.
public struct Message: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Errors are styled to stand out; hints are not.
    public var isError: Bool

    /// Creates a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
