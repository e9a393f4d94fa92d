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
