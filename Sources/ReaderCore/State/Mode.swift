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
    /// A one-line prompt on the message row: `:` commands or a `/` search.
    case prompt(Prompt)
    /// Waiting for the letter after `m` (set a mark) or `'` (go to one).
    case mark(MarkAction)
    /// A list over the panes: the outline or the marks.
    case list(ListOverlay)

    /// The mode without its data, for key map lookups.
    public var kind: ModeKind {
        switch self {
        case .reading: return .reading
        case .help: return .help
        case .picker: return .picker
        case .actors: return .actors
        case .prompt: return .prompt
        case .mark: return .mark
        case .list: return .list
        }
    }
}

/// What the letter after `m` or `'` does.
public enum MarkAction: Hashable, Sendable {
    /// `m`: keep the focused pane's place under the letter.
    case set
    /// `'`: go to the place kept under the letter (`''`: back to before the last jump).
    case jump
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
    /// The `:` or `/` prompt.
    case prompt
    /// Waiting for a mark's letter.
    case mark
    /// The outline or marks list.
    case list

    /// The mode whose bindings apply where this one binds nothing: a note, card or the index is still reading.
    public var parent: ModeKind? {
        switch self {
        case .note, .card, .index: return .reading
        case .reading, .help, .picker, .actors, .prompt, .mark, .list: return nil
        }
    }
}
