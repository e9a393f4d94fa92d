/// Why the reader cannot start on this terminal, as one line for the user.
///
/// The text carries no "dossier:" prefix: the executable adds it when printing,
/// as it does for every other error.
public struct TerminalError: Error, CustomStringConvertible {
    /// The one-line message.
    public let description: String

    /// Creates an error with a one-line message.
    public init(_ description: String) {
        self.description = description
    }
}
