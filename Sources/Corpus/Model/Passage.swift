/// The text a footnote marker or a citation annotates, with where it stands in the document.
///
/// A passage lies in one block, except when a marker's sentence began in the reading block before
/// (a paragraph split by a note foot, or a marker opening its block): then it starts in `block`
/// and ends in `endBlock`.
public struct Passage: Sendable, Hashable {
    /// The passage for display: whitespace runs collapsed to one space, "…" where it was cut.
    public var text: String
    /// Index of the block where the passage starts.
    public var block: Int
    /// Start of the passage in `block`'s text (UTF-8 offset).
    public var start: Int
    /// Index of the block where the passage ends (usually `block`).
    public var endBlock: Int
    /// End of the passage in `endBlock`'s text (UTF-8 offset, exclusive).
    public var end: Int
}
