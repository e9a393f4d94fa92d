/// A width-independent position in a document: a block and a UTF-8 offset in its shown text.
///
/// Lines that lead into a block (blank separators, page rules) carry negative
/// offsets, so every laid-out line has a distinct anchor and anchors increase
/// down the document. A pane keeps its anchor, not a line number, so the
/// paragraph at the top stays at the top when the width (and wrapping) changes.
/// Codable because the saved session (`SavedSession`) keeps positions as anchors.
public struct Anchor: Hashable, Comparable, Sendable, Codable {
    /// Index of the block in the document.
    public var block: Int
    /// UTF-8 offset of the line's start in the block's shown text; negative for lead-in lines.
    public var offset: Int

    /// Creates an anchor.
    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    /// The very top of any document.
    public static let top = Anchor(block: -1, offset: 0)

    /// Orders by block, then by offset.
    public static func < (a: Anchor, b: Anchor) -> Bool {
        (a.block, a.offset) < (b.block, b.offset)
    }
}
