/// Something the text leaves ambiguous or broken, kept in the model and shown, never dropped.
public struct Anomaly: Codable, Sendable, Hashable, EncodesNulls {
    /// The class of anomaly.
    public enum Kind: String, Codable, Sendable {
        /// A marker with no note in this file (e.g. a book excerpt without its endnotes).
        case markerWithoutNote
        /// A note that no marker in the text points to.
        case noteWithoutMarker
        /// Two or more notes share one label on a page.
        case duplicateNoteLabel
        /// A note label mangled by OCR and read back.
        case mangledNoteLabel
        /// A marker paired with a note outside its own page foot.
        case distantNote
        /// A page whose break could only be inferred.
        case inferredPageBreak
        /// A page much longer than the others: a break may be missing.
        case suspectPageLength
    }
    /// The class of anomaly.
    public var kind: Kind
    /// One readable sentence for the user.
    public var message: String
    /// Source line (1-based).
    public var line: Int
    /// Original page, when known.
    public var page: Int?

    /// Creates an anomaly.
    public init(kind: Kind, message: String, line: Int, page: Int?) {
        self.kind = kind
        self.message = message
        self.line = line
        self.page = page
    }
}
