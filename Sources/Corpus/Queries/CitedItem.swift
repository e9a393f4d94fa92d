/// Everything the corpus knows of one cited id.
public struct CitedItem: Sendable {
    /// Normalised id ("H-197715", "SRH-078", "Lensen, The Strange Neutrality").
    public var id: String
    /// Kind of item.
    public var kind: CitationKind
    /// Title, from the catalogue, a bibliography listing or entry, or the loaded document.
    public var title: String?
    /// Listing or catalogue date, else the first citing place's message date.
    public var date: String?
    /// Distinct routes its citations give ("Moscow-Tokyo"), in place order.
    public var routes: [String]
    /// Distinct ids cited beside it in the same notes, in place order, itself excluded.
    public var companions: [String]
    /// The loaded document the id names, if any.
    public var document: Int?
    /// Distinct OCR corrections: "printed E-197715, read as H-197715 (prefix "E" read as "H")".
    public var corrections: [String]
    /// Every citing place, by citing document's date (then file), then source line.
    public var places: [CitingPlace]
    /// The full bibliography entry, for a published work.
    public var bibliography: String?
}

/// One place citing an item, with the passage it annotates.
public struct CitingPlace: Sendable {
    /// Citing document (index in the corpus).
    public var document: Int
    /// Index into the citing document's citations.
    public var citation: Int
    /// The note holding the citation, or nil in running text.
    public var note: Int?
    /// The first marker pointing to that note, if any.
    public var marker: Int?
    /// The annotated sentence: the marker's passage, or the citation's own sentence in running text.
    public var passage: String?
    /// Where to jump: the passage's block, else the citation's block.
    public var block: Int
    /// UTF-8 offset of the passage start in that block's text (else the citation's start).
    public var offset: Int
    /// UTF-8 end of the passage in that block's text (else the citation's end), to highlight it.
    public var end: Int
    /// Page of the citation.
    public var page: Int?
    /// Source line of the citation.
    public var line: Int
}
