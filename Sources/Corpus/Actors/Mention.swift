/// How a mention was attributed to its actor.
public enum Attribution: String, Codable, Sendable, Hashable {
    /// The form belongs to one actor only.
    case unique
    /// The form means this actor in this document (a misprint that is another's name).
    case scoped
    /// A title printed before the form points to this actor.
    case title
    /// The same passage already named this actor unambiguously ("Suemasa Okamoto … Okamoto").
    case earlier
    /// Words in the same passage point to this actor.
    case context
    /// The registry names this document as where the shared form means this actor.
    case document
}

/// One place where the text names an actor.
public struct Mention: Sendable, Hashable {
    // The optional page after the String: 72 bytes a mention instead of 80.
    /// Index into the registry's actors.
    public var actor: Int
    /// Block holding the mention (a reading block or a note block).
    public var block: Int
    /// Start in the block text (UTF-8 offset).
    public var start: Int
    /// End in the block text (UTF-8 offset, exclusive).
    public var end: Int
    /// Source line (1-based).
    public var line: Int
    /// The form as printed ("Loxovsky").
    public var form: String
    /// Original page, or nil when the document is unpaginated.
    public var page: Int?
    /// True when the form is a misprint of the actor's name.
    public var isMisprint: Bool
    /// Why the mention belongs to this actor.
    public var attribution: Attribution

    /// Creates a mention (parameters in the order the fields were declared before they were packed).
    init(actor: Int, block: Int, start: Int, end: Int, line: Int, page: Int?, form: String, isMisprint: Bool, attribution: Attribution) {
        self.actor = actor
        self.block = block
        self.start = start
        self.end = end
        self.line = line
        self.page = page
        self.form = form
        self.isMisprint = isMisprint
        self.attribution = attribution
    }
}

/// A mention whose form several actors share and nothing in its context decides: reported, never guessed.
public struct AmbiguousMention: Sendable, Hashable {
    /// Document index.
    public var document: Int
    /// Block holding the mention.
    public var block: Int
    /// Start in the block text (UTF-8 offset).
    public var start: Int
    /// End in the block text.
    public var end: Int
    /// Source line.
    public var line: Int
    /// Original page.
    public var page: Int?
    /// The form as printed.
    public var form: String
    /// The actors it could be (registry indices).
    public var candidates: [Int]
}

/// A name printed after a title ("Consul General Miyakawa") that the registry does not know.
public struct UnregisteredName: Sendable, Hashable {
    /// The name as printed after its title ("Miyakawa").
    public var name: String
    /// The titles it was printed with ("Consul General").
    public var titles: [String]
    /// Where it is printed.
    public var places: [NamePlace]
}

/// A place in the corpus: document, block, line and page.
public struct NamePlace: Sendable, Hashable {
    /// Document index.
    public var document: Int
    /// Block index.
    public var block: Int
    /// Source line.
    public var line: Int
    /// Original page.
    public var page: Int?
}
