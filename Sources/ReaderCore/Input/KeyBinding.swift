import TerminalCore

/// One row of the key map: key sequences, the command they give, and the help line that documents them.
public struct KeyBinding: Hashable, Sendable {
    /// Alternative key sequences (most are one key; Ctrl-W w is two).
    public var sequences: [[Key]]
    /// The command.
    public var command: Command
    /// What the help screen says.
    public var help: String
    /// Where it applies.
    public var modes: Set<ModeKind>
    /// The help screen's heading for this binding.
    public var section: String

    /// Creates a binding from key-notation strings such as "j", "<Down>", "<C-w>w".
    public init(_ keys: [String], _ command: Command, _ help: String, modes: Set<ModeKind> = [.reading], section: String) {
        sequences = keys.map { notation in
            // Bindings are written by us; a typo here is a programming error caught by the tests.
            (try? KeyNotation.parse(notation))?.compactMap { input -> Key? in
                if case .key(let key) = input { return key }
                return nil
            } ?? []
        }
        self.command = command
        self.help = help
        self.modes = modes
        self.section = section
    }

    /// The keys as the help screen writes them: "j <Down>", "<C-w>w".
    public var keysText: String {
        sequences.map { $0.map(KeyNotation.name(of:)).joined() }.joined(separator: " ")
    }
}
