/// One actor as listed by `dossier actors`.
public struct ActorSummary: Codable, Sendable, Equatable, EncodesNulls {
    /// Registry id.
    public var id: String
    /// Canonical name.
    public var name: String
    /// "person" or "organisation".
    public var kind: String
    /// Side or nationality.
    public var side: String?
    /// First role with its period.
    public var role: String
    /// Every role with its period.
    public var roles: [String]
    /// Correct forms (canonical name first).
    public var variants: [String]
    /// Misprinted forms, scoped ones included.
    public var misprints: [String]
    /// Mentions per document file (documents that mention the actor only).
    public var mentions: [String: Int]
    /// Mentions in the whole corpus.
    public var total: Int
}

/// A titled name the registry does not know, as listed by `dossier actors`.
public struct UnregisteredSummary: Codable, Sendable, Equatable {
    /// The name as printed after its title.
    public var name: String
    /// The titles it was printed with.
    public var titles: [String]
    /// How often it is printed.
    public var count: Int
    /// Where: file, page and line.
    public var places: [ActorPlace]
}

/// A mention no rule attributes, as listed by `dossier actors`.
public struct AmbiguousSummary: Codable, Sendable, Equatable, EncodesNulls {
    /// Document file.
    public var file: String
    /// Original page.
    public var page: Int?
    /// Source line.
    public var line: Int
    /// The form as printed.
    public var form: String
    /// Ids of the actors it could be.
    public var candidates: [String]
}

/// File, page and line of a place.
public struct ActorPlace: Codable, Sendable, Equatable, EncodesNulls {
    /// Document file.
    public var file: String
    /// Original page.
    public var page: Int?
    /// Source line.
    public var line: Int
}

/// The whole of `dossier actors --json`.
public struct ActorsReport: Codable, Sendable, Equatable {
    /// Registered actors in registry order.
    public var actors: [ActorSummary]
    /// Titled names missing from the registry, most printed first.
    public var unregistered: [UnregisteredSummary]
    /// Mentions left unattributed.
    public var ambiguous: [AmbiguousSummary]
    /// Registry problems.
    public var problems: [String]
}

/// One mention as listed by `dossier actor NAME`.
public struct ActorMentionEntry: Codable, Sendable, Equatable, EncodesNulls {
    /// Document file.
    public var file: String
    /// Original page.
    public var page: Int?
    /// Source line.
    public var line: Int
    /// The form as printed.
    public var form: String
    /// The sentence holding the mention.
    public var passage: String
    /// The label of the note holding the mention, when it is in a note.
    public var note: String?
    /// True when the form is a misprint.
    public var misprint: Bool
    /// Why the mention belongs to the actor ("unique", "title", "context", "scoped", "document").
    public var attribution: String
}
