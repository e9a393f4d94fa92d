/// Whether an actor is a person or an organisation (both can be filtered on).
public enum ActorKind: String, Codable, Sendable, Hashable {
    /// A person.
    case person
    /// An organisation that acts in the papers (an army, a ministry, a council).
    case organisation
}

/// One office or function an actor held, with when.
public struct ActorRole: Codable, Sendable, Hashable {
    /// The office ("Ambassador to the Soviet Union").
    public var role: String
    /// When it was held, as written ("1942-1945").
    public var period: String?

    /// Creates a role.
    public init(role: String, period: String? = nil) {
        self.role = role
        self.period = period
    }

    /// "Ambassador to the Soviet Union (1942-1945)".
    public var summary: String { period.map { "\(role) (\($0))" } ?? role }
}

/// A person or organisation of the personography, with every form the documents print its name in
/// and the rules that tell it apart from a homonym.
public struct Actor: Codable, Sendable, Hashable {
    /// Short unique id ("lozovsky").
    public var id: String
    /// Canonical name ("Solomon Lozovsky").
    public var name: String
    /// Person or organisation.
    public var kind: ActorKind
    /// Side or nationality ("Soviet Union").
    public var side: String?
    /// Offices held, with periods.
    public var roles: [ActorRole]
    /// Correct forms as printed: transliterations, short and full names.
    public var variants: [String]
    /// Forms that are OCR or typing errors for this actor.
    public var misprints: [String]
    /// Title words printed right before a shared form that point to this actor.
    public var titles: [String]
    /// Words in the same passage that point to this actor when a form is shared.
    public var context: [String]
    /// Documents where a shared form means this actor, absent other evidence.
    public var documents: [String]
    /// Forms that mean this actor only in the documents named (a misprint that is another's name).
    public var scoped: [String: [String]]
    /// The editor's reasons and evidence.
    public var note: String?

    /// Creates an actor; only id and name are required.
    public init(id: String, name: String, kind: ActorKind = .person, side: String? = nil, roles: [ActorRole] = [],
                variants: [String] = [], misprints: [String] = [], titles: [String] = [], context: [String] = [],
                documents: [String] = [], scoped: [String: [String]] = [:], note: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.side = side
        self.roles = roles
        self.variants = variants
        self.misprints = misprints
        self.titles = titles
        self.context = context
        self.documents = documents
        self.scoped = scoped
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, side, roles, variants, misprints, titles, context, documents, scoped, note }

    /// Decodes an entry of the registry, where everything but id and name may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  kind: try c.decodeIfPresent(ActorKind.self, forKey: .kind) ?? .person,
                  side: try c.decodeIfPresent(String.self, forKey: .side),
                  roles: try c.decodeIfPresent([ActorRole].self, forKey: .roles) ?? [],
                  variants: try c.decodeIfPresent([String].self, forKey: .variants) ?? [],
                  misprints: try c.decodeIfPresent([String].self, forKey: .misprints) ?? [],
                  titles: try c.decodeIfPresent([String].self, forKey: .titles) ?? [],
                  context: try c.decodeIfPresent([String].self, forKey: .context) ?? [],
                  documents: try c.decodeIfPresent([String].self, forKey: .documents) ?? [],
                  scoped: try c.decodeIfPresent([String: [String]].self, forKey: .scoped) ?? [:],
                  note: try c.decodeIfPresent(String.self, forKey: .note))
    }

    /// The first role, for one-line listings.
    public var role: String { roles.first?.summary ?? (kind == .organisation ? "organisation" : "") }

    /// Every correct form: the canonical name and the variants, without repeats.
    public var correctForms: [String] { uniqued([name] + variants) }

    /// Every form anywhere: correct forms, misprints and scoped forms.
    public var allForms: [String] { uniqued(correctForms + misprints + scoped.keys.sorted()) }

    private func uniqued(_ forms: [String]) -> [String] {
        var seen = Set<String>()
        return forms.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
