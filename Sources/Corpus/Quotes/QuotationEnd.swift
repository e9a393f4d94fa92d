/// One end of a quotation link.
///
/// An end runs from the first word of the passage to the last, both in reading-text blocks; blocks between
/// them may be notes or rules the passage is printed around (a block quotation interrupted by a page foot).
public struct QuotationEnd: Sendable, Hashable {
    /// Document index in the corpus: the first copy of its text (every copy has the same blocks and offsets).
    public var document: Int
    /// Block holding the passage's first word.
    public var block: Int
    /// UTF-8 offset of the first word in `blocks[block].text`.
    public var start: Int
    /// Block holding the passage's last word.
    public var endBlock: Int
    /// UTF-8 offset just past the last word in `blocks[endBlock].text` (exclusive).
    public var end: Int
    /// Source line (1-based) of the first word.
    public var line: Int
    /// Source line of the last word.
    public var lineEnd: Int
    /// Original page of the first word, or nil when the document is not paginated.
    public var page: Int?
    /// Original page of the last word.
    public var pageEnd: Int?

    /// Creates an end.
    public init(document: Int, block: Int, start: Int, endBlock: Int, end: Int, line: Int, lineEnd: Int, page: Int?, pageEnd: Int?) {
        self.document = document
        self.block = block
        self.start = start
        self.endBlock = endBlock
        self.end = end
        self.line = line
        self.lineEnd = lineEnd
        self.page = page
        self.pageEnd = pageEnd
    }
}
