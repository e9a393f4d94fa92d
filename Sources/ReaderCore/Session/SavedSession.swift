import Corpus

/// What the reader remembers between runs: the panes and focus, where each document was last read,
/// the marks, the histories and the actor filter, as one plain value written to the state file (JSON).
///
/// Documents are named by content hash (`Document.contentHash`), never by index or file name, so a
/// changed corpus cannot restore a position into another text; actors and cards by their ids. The
/// value holds whatever the file held: `ReaderSession.restore(_:)` checks every part against the
/// corpus and keeps only what resolves and is in range, so a hand-edited file cannot crash the reader.
public struct SavedSession: Codable, Hashable, Sendable {
    /// The format written today; a file of another version is set aside, not guessed at.
    public static let currentVersion = 1
    /// The most entries kept of each history (the newest).
    public static let historyLimit = 100

    /// The format version (`currentVersion` when written).
    public var version: Int
    /// The reading model the positions were taken in (`Corpus.modelVersion` when written; a file without it is of the first).
    public var model: Int
    /// The panes, left to right.
    public var panes: [SavedPane]
    /// Index of the focused pane.
    public var focus: Int
    /// Where each document was last read, by content hash.
    public var positions: [String: Anchor]
    /// Marks by letter ("a" to "z").
    public var marks: [String: SavedMark]
    /// Searches, oldest first.
    public var searchHistory: [String]
    /// Command lines, oldest first.
    public var commandHistory: [String]
    /// The actor filter, by actor id.
    public var actorFilter: SavedActorFilter

    /// Creates a saved session; histories keep their newest `historyLimit` entries.
    public init(panes: [SavedPane], focus: Int = 0, positions: [String: Anchor] = [:], marks: [String: SavedMark] = [:],
                searchHistory: [String] = [], commandHistory: [String] = [], actorFilter: SavedActorFilter = SavedActorFilter(),
                version: Int = SavedSession.currentVersion, model: Int = Corpus.modelVersion) {
        self.version = version
        self.model = model
        self.panes = panes
        self.focus = focus
        self.positions = positions
        self.marks = marks
        self.searchHistory = Array(searchHistory.suffix(Self.historyLimit))
        self.commandHistory = Array(commandHistory.suffix(Self.historyLimit))
        self.actorFilter = actorFilter
    }

    private enum CodingKeys: String, CodingKey {
        case version, model, panes, focus, positions, marks, searchHistory, commandHistory, actorFilter
    }

    /// Reads a saved session; only `version` is required, so a file missing a part (edited by hand) loses that part only.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        model = try c.decodeIfPresent(Int.self, forKey: .model) ?? 1
        panes = try c.decodeIfPresent([SavedPane].self, forKey: .panes) ?? []
        focus = try c.decodeIfPresent(Int.self, forKey: .focus) ?? 0
        positions = try c.decodeIfPresent([String: Anchor].self, forKey: .positions) ?? [:]
        marks = try c.decodeIfPresent([String: SavedMark].self, forKey: .marks) ?? [:]
        searchHistory = try c.decodeIfPresent([String].self, forKey: .searchHistory) ?? []
        commandHistory = try c.decodeIfPresent([String].self, forKey: .commandHistory) ?? []
        actorFilter = try c.decodeIfPresent(SavedActorFilter.self, forKey: .actorFilter) ?? SavedActorFilter()
    }
}

/// One saved pane: what it shows (by a reference that survives a reload), its top line, width weight and furniture.
public struct SavedPane: Codable, Hashable, Sendable {
    /// The kinds of thing a pane shows.
    public enum Shows: String, Codable, Hashable, Sendable {
        /// A document; `ref` is its content hash.
        case document
        /// A cited item's card; `ref` is the id.
        case card
        /// The citation index; no `ref`.
        case index
        /// An actor's card; `ref` is the actor id of the personography.
        case actor
        /// The results of a search of every document; `ref` is the search as typed.
        case search
        /// The timeline; `ref` is nil.
        case timeline
        /// The list of quotations; `ref` is nil.
        case quotations
    }

    /// What the pane shows.
    public var shows: Shows
    /// Which one: a content hash, a cited id or an actor id (nil for the index).
    public var ref: String?
    /// The top line.
    public var anchor: Anchor
    /// Relative width.
    public var weight: Int
    /// Whether page furniture is shown.
    public var furniture: Bool

    /// Creates a saved pane.
    public init(shows: Shows, ref: String?, anchor: Anchor = .top, weight: Int = Pane.defaultWeight, furniture: Bool = false) {
        self.shows = shows
        self.ref = ref
        self.anchor = anchor
        self.weight = weight
        self.furniture = furniture
    }
}

/// A saved mark: a document by content hash and the line marked.
public struct SavedMark: Codable, Hashable, Sendable {
    /// The document's content hash.
    public var document: String
    /// The line marked.
    public var anchor: Anchor

    /// Creates a saved mark.
    public init(document: String, anchor: Anchor) {
        self.document = document
        self.anchor = anchor
    }
}

/// A saved actor filter: actor ids in the order chosen, and any/all.
public struct SavedActorFilter: Codable, Hashable, Sendable {
    /// Ids of the chosen actors (`Actor.id`), in the order chosen.
    public var actors: [String]
    /// True when a passage must name every chosen actor.
    public var requiresAll: Bool

    /// Creates a saved filter; an empty one is off.
    public init(actors: [String] = [], requiresAll: Bool = false) {
        self.actors = actors
        self.requiresAll = requiresAll
    }
}
