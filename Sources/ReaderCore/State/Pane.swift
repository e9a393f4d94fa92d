/// One pane: a document, a reading position and a share of the screen's width.
public struct Pane: Hashable, Sendable {
    /// Index of the document in the corpus.
    public var document: Int
    /// The line shown at the top, as a width-independent anchor.
    public var anchor: Anchor
    /// Relative width; panes split the screen in proportion to their weights.
    public var weight: Int
    /// Whether page furniture is shown in this pane.
    public var furniture: Bool

    /// Creates a pane at the top of `document`.
    public init(document: Int, anchor: Anchor = .top, weight: Int = Pane.defaultWeight, furniture: Bool = false) {
        self.document = document
        self.anchor = anchor
        self.weight = weight
        self.furniture = furniture
    }

    /// The weight of a fresh pane (and of every pane after equalising).
    public static let defaultWeight = 100
}
