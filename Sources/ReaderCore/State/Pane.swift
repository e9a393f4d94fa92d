import Corpus

/// One pane: what it shows, the reading position, a share of the screen's width, and its own way back.
public struct Pane: Hashable, Sendable {
    /// What the pane shows: a document, a card or the citation index.
    public var content: PaneContent
    /// The line shown at the top, as a width-independent anchor.
    public var anchor: Anchor
    /// Relative width; panes split the screen in proportion to their weights.
    public var weight: Int
    /// Whether page furniture is shown in this pane.
    public var furniture: Bool
    /// The selected marker, note or link, shown highlighted while it is on screen.
    public var selection: LinkTarget?
    /// The note strip at the pane's foot, when a note is open.
    public var strip: NoteStrip?
    /// Original pages a followed citation named, marked in the margin until the pane moves elsewhere.
    public var citedPages: ClosedRange<Int>?
    /// A line marked until the next key: where the user left from, shown after going back.
    public var flash: Anchor?
    /// The places this pane came from and went back from.
    public var jumps = JumpList()
    /// What the user typed to narrow the citation index.
    public var filter: String = ""
    /// The actor filter in force (the reader's, copied to every pane so a pane's layout depends on the pane alone).
    public var actors = ActorFilter()
    /// Blocks of the shown document revealed although the actor filter hides them (where a jump landed).
    public var revealed: Set<Int> = []
    /// The search highlighted (the reader's, copied to every pane like the actor filter).
    public var search: SearchQuery?
    /// The match the last search step landed on, highlighted apart from the others.
    public var currentMatch: BlockMatch?
    /// Where the pane was when the actor filter came on, to return there if it has not moved since.
    var beforeFilter: FilterOrigin?

    /// Creates a pane showing `content` at `anchor`.
    public init(content: PaneContent, anchor: Anchor = .top, weight: Int = Pane.defaultWeight, furniture: Bool = false) {
        self.content = content
        self.anchor = anchor
        self.weight = weight
        self.furniture = furniture
    }

    /// Creates a pane at the top of `document`.
    public init(document: Int, anchor: Anchor = .top, weight: Int = Pane.defaultWeight, furniture: Bool = false) {
        self.init(content: .document(document), anchor: anchor, weight: weight, furniture: furniture)
    }

    /// The document shown, or nil for a card or the index.
    public var document: Int? {
        if case .document(let d) = content { return d }
        return nil
    }

    /// Where the pane is: what it shows and at which line, with the selection (what a jump records).
    public var place: Place {
        Place(content: content, anchor: anchor, selection: selection, citedPages: citedPages, filter: filter, strip: strip, revealed: revealed)
    }

    /// Moves the pane to `place`, dropping what belonged to the old one (its note strip and marks).
    public mutating func show(_ place: Place) {
        revealed = place.revealed
        content = place.content
        anchor = place.anchor
        selection = place.selection
        citedPages = place.citedPages
        filter = place.filter
        strip = place.strip
        flash = nil
        currentMatch = nil
    }

    /// The weight of a fresh pane (and of every pane after equalising).
    public static let defaultWeight = 100
}

/// What a pane shows.
public enum PaneContent: Hashable, Sendable {
    /// A document of the corpus, by index.
    case document(Int)
    /// What the corpus knows of one cited id (an intercept, a Diplomatic Summary, a work).
    case card(String)
    /// Every cited id, grouped by kind.
    case citationIndex
    /// A person or organisation of the personography, with every mention (registry index).
    case actorCard(Int)
    /// Every match of a search in every document, grouped by document.
    case searchResults(String)
    /// Every dated event of the corpus in time order.
    case timeline
    /// Every passage one document quotes from another, with where the words differ.
    case quotations
}

/// A position a pane can return to: content, top line, selection and marks.
public struct Place: Hashable, Sendable {
    /// What was shown.
    public var content: PaneContent
    /// The top line.
    public var anchor: Anchor
    /// The selected marker or link.
    public var selection: LinkTarget?
    /// Cited pages marked in the margin.
    public var citedPages: ClosedRange<Int>?
    /// The citation index's filter.
    public var filter: String
    /// The note open at the pane's foot.
    public var strip: NoteStrip?
    /// Blocks a jump revealed although the actor filter hides them, so the way back shows them again.
    public var revealed: Set<Int>

    /// Creates a place.
    public init(content: PaneContent, anchor: Anchor = .top, selection: LinkTarget? = nil, citedPages: ClosedRange<Int>? = nil,
                filter: String = "", strip: NoteStrip? = nil, revealed: Set<Int> = []) {
        self.content = content
        self.anchor = anchor
        self.selection = selection
        self.citedPages = citedPages
        self.filter = filter
        self.strip = strip
        self.revealed = revealed
    }
}
