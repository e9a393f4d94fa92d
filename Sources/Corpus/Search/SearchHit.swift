/// One hit of a search, placed for a list or the CLI: document, block, page, source line and column,
/// and a line of context.
public struct SearchHit: Hashable, Sendable, Codable {
    /// Index of the document in `Corpus.documents`.
    public var document: Int
    /// The document's file name as the corpus knows it.
    public var file: String
    /// Index of the block in the document.
    public var block: Int
    /// UTF-8 offset of the match in the block text.
    public var start: Int
    /// UTF-8 offset just past the match.
    public var end: Int
    /// Original page at the match's start (nil when the document is not paginated).
    public var page: Int?
    /// 1-based source line of the match's start.
    public var line: Int
    /// 1-based column (in characters) of the match on that source line, as far as the block's line starts tell
    /// (markup and indentation removed from the source shift it).
    public var column: Int
    /// One line of context around the match: whitespace collapsed, about 80 columns, "…" where cut.
    public var snippet: String
    /// Where the match sits in `snippet`, in Character offsets.
    public var snippetMatch: Range<Int>
    /// True when the block is a footnote or endnote.
    public var inNote: Bool

    /// Creates a hit.
    public init(document: Int, file: String, block: Int, start: Int, end: Int, page: Int?, line: Int, column: Int,
                snippet: String, snippetMatch: Range<Int>, inNote: Bool) {
        self.document = document
        self.file = file
        self.block = block
        self.start = start
        self.end = end
        self.page = page
        self.line = line
        self.column = column
        self.snippet = snippet
        self.snippetMatch = snippetMatch
        self.inNote = inNote
    }
}
