/// What the keyboard is talking to.
public enum Mode: Hashable, Sendable {
    /// Reading the panes.
    case reading
    /// The help screen, scrolled to a line.
    case help(top: Int)
    /// The document picker.
    case picker(Picker)

    /// The mode without its data, for key map lookups.
    public var kind: ModeKind {
        switch self {
        case .reading: return .reading
        case .help: return .help
        case .picker: return .picker
        }
    }
}

/// The modes a key binding can apply in.
public enum ModeKind: String, Hashable, Sendable, CaseIterable {
    /// Reading the panes.
    case reading
    /// The help screen.
    case help
    /// The document picker.
    case picker
}
