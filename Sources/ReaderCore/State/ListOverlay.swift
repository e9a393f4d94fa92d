/// A list over the panes that jumps where its entry says: the focused document's outline, or the marks.
public struct ListOverlay: Hashable, Sendable {
    /// Which list.
    public enum Kind: Hashable, Sendable {
        /// The outline of a document (by index).
        case outline(Int)
        /// Every mark, by letter.
        case marks
    }

    /// Which list.
    public var kind: Kind
    /// What the user typed; every word must occur in an entry for it to stay listed.
    public var query: String = ""
    /// Index into the narrowed entries.
    public var selection: Int = 0

    /// Opens a list with `selection` selected.
    public init(kind: Kind, selection: Int = 0) {
        self.kind = kind
        self.selection = selection
    }
}
