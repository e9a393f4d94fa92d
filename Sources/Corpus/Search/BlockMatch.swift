/// One match inside a block: UTF-8 offsets into `Block.text` (end exclusive).
///
/// Both offsets fall on character boundaries and the range covers the original text matched: its
/// accents, a whole whitespace run, a hyphen skipped at a line end.
public struct BlockMatch: Hashable, Sendable {
    /// Index of the block in `Document.blocks`.
    public var block: Int
    /// UTF-8 offset of the match's first byte in the block text.
    public var start: Int
    /// UTF-8 offset just past the match.
    public var end: Int

    /// Creates a match.
    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }
}
