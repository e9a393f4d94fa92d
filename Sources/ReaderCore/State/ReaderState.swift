import TerminalCore

/// Everything the reader shows, as one value; `handle(_:in:)` is its only mutator.
public struct ReaderState: Hashable, Sendable {
    /// The panes, left to right (at least one, at most `maxPanes`).
    public internal(set) var panes: [Pane]
    /// Index of the focused pane.
    public internal(set) var focus: Int
    /// What the keyboard is talking to.
    public internal(set) var mode: Mode = .reading
    /// Terminal columns.
    public internal(set) var columns: Int
    /// Terminal rows.
    public internal(set) var rows: Int
    /// The message row's content, until the next key.
    public internal(set) var message: Message?
    /// Keys of a multi-key binding typed so far (e.g. Ctrl-W before w).
    public internal(set) var pending: [Key] = []
    /// Follow mode, when on: which pane is read and which one shows what its notes cite.
    public internal(set) var follow: Follow?
    /// The actor filter narrowing every pane.
    public internal(set) var actorFilter = ActorFilter()
    /// Set by a jump that had to reveal a passage the filter hides, so the message says so.
    var outsideFilter = false
    /// The search in force (highlighted in every pane, stepped through with n and N), as typed.
    public internal(set) var search: String?
    /// Marks set with `m{a-z}`, by letter.
    public internal(set) var marks: [Character: Mark] = [:]
    /// Where each document was last read (by document index), so reopening it returns there.
    public internal(set) var lastPositions: [Int: Anchor] = [:]
    /// Searches typed at `/` and `S`, oldest first, without repeats.
    public internal(set) var searchHistory: [String] = []
    /// Lines typed at `:`, oldest first, without repeats.
    public internal(set) var commandHistory: [String] = []
    /// Steps back not yet undone, most recent last, so the forward key redoes them in order from any pane.
    var backTrail: [BackStep] = []

    /// The most panes side by side.
    public static let maxPanes = 4

    /// Creates a state with `panes` (at least one) on a `columns`×`rows` terminal.
    public init(panes: [Pane], columns: Int, rows: Int) {
        precondition(!panes.isEmpty, "a reader has at least one pane")
        self.panes = Array(panes.prefix(Self.maxPanes))
        focus = 0
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    /// The focused pane.
    public var focusedPane: Pane { panes[focus] }

    /// The mode keys are looked up in: reading refines to a note, a card or the index by what the focused pane shows.
    public var keyMode: ModeKind {
        guard case .reading = mode else { return mode.kind }
        let pane = panes[focus]
        if pane.strip != nil { return .note }
        switch pane.content {
        case .document: return .reading
        case .card: return .card
        case .citationIndex, .timeline: return .index
        case .actorCard: return .card
        case .searchResults, .quotations: return .card
        }
    }

    /// Where each pane, the separators and the message row go on the current screen.
    public var screen: ScreenLayout {
        ScreenLayout(columns: columns, rows: rows, weights: panes.map(\.weight))
    }
}
