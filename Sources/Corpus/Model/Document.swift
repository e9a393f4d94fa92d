/// The kind of document, read from its front matter.
public enum DocumentKind: String, Codable, Sendable {
    /// A periodic intelligence summary (e.g. PSIS).
    case intelligenceSummary = "intelligence summary"
    /// A one-off intelligence study (e.g. OSS R & A).
    case intelligenceStudy = "intelligence study"
    /// A thesis or dissertation.
    case thesis
    /// A published book or an excerpt of one.
    case book
    /// Anything else.
    case document
}

/// Bibliographic facts about a document, read from its front matter.
public struct DocumentMetadata: Sendable, Codable {
    /// Full title.
    public var title: String
    /// Short title used in citations ("PSIS 400-23", "R & A 3039S").
    public var shortTitle: String
    /// Issue or publication date as printed.
    public var dateText: String?
    /// Issue or publication date, parsed.
    public var date: DateSpan?
    /// Period covered, as printed ("21-27 July 1945").
    public var periodText: String?
    /// Period covered, parsed.
    public var period: DateSpan?
    /// The kind of document.
    public var kind: DocumentKind
    /// Author (person or issuing office).
    public var author: String?
    /// Translator, where given.
    public var translator: String?
}

/// One loaded document: its source, structure, notes and citations.
public struct Document: Sendable {
    /// File name inside the corpus folder.
    public var file: String
    /// `ContentHash` of the file's bytes (16 hex digits): how saved reader state names the document, so a
    /// changed file is not mistaken for the one read before. Empty for a document built outside the loader.
    public var contentHash: String = ""
    /// Front-matter facts.
    public var metadata: DocumentMetadata
    /// Archive ids that name this document (its own short title and catalogue links such as SRH-078).
    public var archiveIDs: [String] = []
    /// Blocks in reading order.
    public var blocks: [Block] = []
    /// Original pages, or empty when the text carries no pagination.
    public var pages: [Page] = []
    /// Footnote markers in text order.
    public var markers: [Marker] = []
    /// Notes in source order.
    public var notes: [Note] = []
    /// Citations in notes and running text, in source order.
    public var citations: [Citation] = []
    /// What the text leaves ambiguous, in source order.
    public var anomalies: [Anomaly] = []
    /// Problems reading the file itself (invalid UTF-8, empty file).
    public var warnings: [String] = []
    /// Number of source lines.
    public var lineCount: Int = 0
    /// Why the document is or is not paginated, in one sentence.
    public var paginationNote: String = ""

    /// True when the text carries original page numbers (cover 0, body 1..n).
    public var isPaginated: Bool { !pages.isEmpty }

    /// The page holding a source line, when paginated.
    public func page(containingLine line: Int) -> Int? {
        guard isPaginated else { return nil }
        var lo = 0, hi = pages.count - 1, found: Int?
        while lo <= hi {
            let mid = (lo + hi) / 2
            if pages[mid].line <= line { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found.map { pages[$0].number }
    }

    /// The page with a given number, if it exists.
    public func page(numbered number: Int) -> Page? {
        pages.first { $0.number == number }
    }
}
