/// One hit of `dossier search --json`.
public struct SearchEntry: Codable, Sendable, Equatable, EncodesNulls {
    /// File of the document.
    public var file: String
    /// Original page at the match; null when the document is not paginated.
    public var page: Int?
    /// 1-based source line of the match's start.
    public var line: Int
    /// 1-based column (characters) of the match on that line.
    public var column: Int
    /// The match in one line of context.
    public var snippet: String

    /// The entry of a hit.
    public init(_ hit: SearchHit) {
        file = hit.file
        page = hit.page
        line = hit.line
        column = hit.column
        snippet = hit.snippet
    }
}
