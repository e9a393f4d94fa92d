/// One dated event of the corpus: a date, where the text gives it, and how the date was worked out.
public struct TimelineEntry: Sendable, Hashable {
    /// What kind of date an entry is.
    public enum Kind: String, Codable, Sendable {
        /// A date in the running text or a note: something happened then.
        case event
        /// The date of an intercepted message a citation names ("H-197715, 20 July").
        case message
        /// The date of another cited item (a Diplomatic Summary's issue) a citation gives.
        case cited
        /// A document's own date (its issue or publication).
        case document
    }

    /// The date, to day, month or year precision; a span when the text gives one ("25/26 May").
    public var date: DateSpan
    /// What kind of date this is.
    public var kind: Kind
    /// How the date was read: written in full, its year inferred, or counted from another date.
    public var derivation: DateDerivation
    /// Document index in the corpus.
    public var document: Int
    /// Block holding the date (a reading block or a note block).
    public var block: Int
    /// Start of the dated words in the block text (UTF-8 offset).
    public var start: Int
    /// End of the dated words (UTF-8 offset, exclusive).
    public var end: Int
    /// Source line (1-based).
    public var line: Int
    /// Original page, when the document is paginated.
    public var page: Int?
    /// The note holding the date, for a date in a note.
    public var note: Int?
    /// The sentence around the date, whitespace collapsed.
    public var text: String

    /// The date's precision.
    public var precision: DateSpan.Precision { date.precision }

    /// Orders by date, then document, then place in it (the order of the timeline).
    static func inTimeOrder(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        if a.date != b.date, a.date < b.date || b.date < a.date { return a.date < b.date }
        return (a.document, a.line, a.start, a.kind.rank) < (b.document, b.line, b.start, b.kind.rank)
    }
}

extension TimelineEntry.Kind {
    /// Events before the citations of one place.
    var rank: Int {
        switch self {
        case .document: return 0
        case .event: return 1
        case .message: return 2
        case .cited: return 3
        }
    }
}
