/// What shows where an original page ends.
public enum PageBreakEvidence: String, Codable, Sendable {
    /// The cover ends where the body's first page begins.
    case cover
    /// The page ends with its footnote block.
    case noteFoot
    /// No notes: a stamp in the running text marks the sheet's edge.
    case stamp
    /// The end of the document.
    case documentEnd
}

/// One original (typed or printed) page of a paginated document.
public struct Page: Sendable, Codable {
    /// Page number as cited (the cover is 0).
    public var number: Int
    /// First block on the page.
    public var firstBlock: Int
    /// Last block on the page (inclusive).
    public var lastBlock: Int
    /// First source line.
    public var line: Int
    /// Last source line.
    public var lineEnd: Int
    /// What marks the page's end.
    public var evidence: PageBreakEvidence
    /// How sure the model is of this page's end: 1 = printed evidence, lower = inferred.
    public var confidence: Double
}
