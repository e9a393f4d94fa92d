/// What the keyboard is talking to.
public enum Mode: Hashable, Sendable {
    /// Reading the panes.
    case reading
    /// The help screen, scrolled to a line.
    case help(top: Int)
    /// The document picker.
    case picker(Picker)
    /// The actor picker.
    case actors(ActorPicker)

    /// The mode without its data, for key map lookups.
    public var kind: ModeKind {
        switch self {
        case .reading: return .reading
        case .help: return .help
        case .picker: return .picker
        case .actors: return .actors
        }
    }
}

/// The modes a key binding can apply in.
public enum ModeKind: String, Hashable, Sendable, CaseIterable {
    /// Reading the panes.
    case reading
    /// Reading with a note open in the focused pane's strip.
    case note
    /// Reading a card (an intercept, a Diplomatic Summary, a work) in the focused pane.
    case card
    /// The citation index in the focused pane.
    case index
    /// The help screen.
    case help
    /// The document picker.
    case picker
    /// The actor picker.
    case actors

    /// The mode whose bindings apply where this one binds nothing: a note, card or the index is still reading.
    public var parent: ModeKind? {
        switch self {
        case .note, .card, .index: return .reading
        case .reading, .help, .picker, .actors: return nil
        }
    }
}
