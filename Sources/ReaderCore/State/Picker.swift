/// The document picker: a query narrowing the list and a selected row.
public struct Picker: Hashable, Sendable {
    /// Where the chosen document goes.
    public enum Purpose: Hashable, Sendable {
        /// Replace the focused pane's document.
        case replace
        /// Open a new pane to the right of the focused one.
        case split
    }

    /// Where the chosen document goes.
    public var purpose: Purpose
    /// What the user typed; every word must occur in an entry for it to stay listed.
    public var query: String = ""
    /// Index into the filtered entries.
    public var selection: Int = 0

    /// Creates an empty picker.
    public init(purpose: Purpose) { self.purpose = purpose }
}

/// The actor picker: a query narrowing the registry, a selected row, and the filter being composed.
public struct ActorPicker: Hashable, Sendable {
    /// What the user typed, matched against every form of every actor.
    public var query: String = ""
    /// Index into the matching entries.
    public var selection: Int = 0
    /// The filter as it will be applied by Enter.
    public var filter: ActorFilter
    /// True once Space has chosen or unchosen anyone: Enter then applies exactly what was chosen.
    public var touched = false

    /// Opens the picker on the filter in force.
    public init(filter: ActorFilter) { self.filter = filter }
}
