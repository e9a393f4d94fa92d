/// The kind of item a citation names.
public enum CitationKind: String, Codable, Sendable, CaseIterable {
    /// A decrypted intercept, `H-nnnnnn`.
    case intercept
    /// A Diplomatic Summary, `DS-nnnn`.
    case diplomaticSummary
    /// A Magic Summary, `SRS-nnnn`.
    case magicSummary
    /// A special research history, `SRH-nnn`.
    case srh
    /// A Pacific Strategic Intelligence Section summary, `PSIS 400-nn`.
    case psis
    /// Another archive series (D-10379, JE-5:2247-G, SJM-9225, Spec. 001).
    case otherSeries
    /// A published work resolved to a bibliography entry.
    case work
}

/// Where inside a cited item a citation points (pages, reel, frames).
public struct Locator: Codable, Sendable, Hashable {
    /// First cited page.
    public var page: Int?
    /// Last cited page (equal to `page` for one page).
    public var pageEnd: Int?
    /// The page part as printed ("p. 9n", "pp. 1, 12").
    public var pages: String?
    /// Microfilm reel.
    public var reel: String?
    /// Microfilm frames as printed.
    public var frames: String?
    /// Creates an empty locator.
    public init() {}
    /// True when nothing was located.
    public var isEmpty: Bool { pages == nil && reel == nil && frames == nil }
}

/// One citation of an item, in a note or in the running text.
public struct Citation: Sendable {
    /// The kind of item.
    public var kind: CitationKind
    /// The normalised id (`H-197715`, `DS-1214`, `SRH-078`, `PSIS 400-22`).
    public var id: String
    /// The text as printed.
    public var raw: String
    /// The OCR correction rule applied, when the printed form was corrected.
    public var correction: String?
    /// The message or item date as given ("20 July").
    public var date: String?
    /// Route or sender as given ("Moscow-Tokyo", "Togo Circular").
    public var route: String?
    /// Pages, reel, frames.
    public var locator: Locator
    /// How the id was reached when not printed in full: "Ibid." or the short title used.
    public var via: String?
    /// The note holding the citation, or nil for running text.
    public var note: Int?
    /// The block holding the citation.
    public var block: Int
    /// Start of the citation in its block's text (UTF-8 offset), to highlight or select it.
    public var start: Int = 0
    /// End of the citation in its block's text (UTF-8 offset, exclusive).
    public var end: Int = 0
    /// Source line (1-based).
    public var line: Int
    /// Original page, when paginated.
    public var page: Int?

    /// True when the printed form was corrected.
    public var corrected: Bool { correction != nil }
}
