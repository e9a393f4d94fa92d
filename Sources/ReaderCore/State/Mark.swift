/// A place kept under a letter (`m{a-z}`), found again with `'{a-z}` from any pane.
public struct Mark: Hashable, Sendable {
    /// Index of the document marked.
    public var document: Int
    /// The line marked, as a width-independent anchor.
    public var anchor: Anchor

    /// Creates a mark.
    public init(document: Int, anchor: Anchor) {
        self.document = document
        self.anchor = anchor
    }
}
