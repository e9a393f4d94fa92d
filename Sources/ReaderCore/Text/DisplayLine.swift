/// One laid-out line of a document: styled segments plus where it comes from.
public struct DisplayLine: Hashable, Sendable {
    /// The line's text in styled runs.
    public var segments: [Segment]
    /// Where the line starts, for keeping the reading position across relayouts.
    public var anchor: Anchor
    /// The original page in effect at the line's start, or nil when the document is not paginated.
    public var page: Int?
    /// The original page that begins on this line (a page rule or an inline "⟨p. N⟩"), if any.
    public var startsPage: Int?

    /// Creates a line.
    public init(_ segments: [Segment], anchor: Anchor, page: Int?, startsPage: Int? = nil) {
        self.segments = segments
        self.anchor = anchor
        self.page = page
        self.startsPage = startsPage
    }

    /// The plain text of the line.
    public var text: String { segments.map(\.text).joined() }
}
