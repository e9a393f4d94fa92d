/// A footnote: its label, joined text and what it cites.
public struct Note: Sendable {
    /// The label as the model reads it ("3", "**", "o").
    public var label: String
    /// The label as printed, when OCR mangled it ("34-197845" printed for note 3).
    public var printedLabel: String?
    /// Full note text, joined across lines, pages and intervening body text.
    public var text: String
    /// First source line (1-based).
    public var line: Int
    /// Last source line of the note's last part.
    public var lineEnd: Int
    /// Original page, or nil when the document is not paginated.
    public var page: Int?
    /// Index of the note's block.
    public var block: Int
    /// Index of the page foot (note block run) the note belongs to.
    public var foot: Int
    /// Numbering scope (the chapter, where note numbers restart per chapter).
    public var scope: Int
    /// Markers pointing to this note.
    public var markers: [Int] = []
    /// Indices into the document's citations, in text order.
    public var citations: [Int] = []
    /// What the text leaves unclear about this note, if anything.
    public var anomaly: Anomaly?
}
