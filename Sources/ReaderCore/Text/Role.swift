/// What a piece of shown text is, so a theme can style it; views never pick colours themselves.
public enum Role: Hashable, Sendable, CaseIterable {
    /// Running text.
    case body
    /// A heading.
    case heading
    /// Bold text from the source's markup.
    case strong
    /// Italic text from the source's markup.
    case emphasis
    /// A footnote marker in the running text.
    case marker
    /// An original page rule ("── p. 4 ──") or an inline page break ("⟨p. 2⟩").
    case pageRule
    /// Page furniture (stamps, running heads), shown on request.
    case furniture
    /// A note shown inline (`dossier show --notes`).
    case note
    /// A figure caption.
    case caption
    /// The visible mark that a table row was clipped.
    case clipped
    /// The bullet of a list item.
    case bullet
    /// Something selectable on a card or in the index (a citing passage, an id).
    case link
    /// The margin mark beside the pages a followed citation names.
    case citedMargin
    /// The line the user left from, marked briefly after going back.
    case flash
    /// The selected marker, link or cited item.
    case selected
    /// What the model flags about a note or marker (a duplicate label, a corrected id).
    case warning
    /// A name of the first actor chosen in the filter (each chosen actor has its own highlight).
    case chosen1
    /// A name of the second actor chosen.
    case chosen2
    /// A name of the third actor chosen.
    case chosen3
    /// A name of the fourth actor chosen (the fifth takes the first's highlight again).
    case chosen4
    /// The line standing for passages the actor filter hides ("⋯ 12 passages hidden").
    case elided
    /// A match of the search in force.
    case match
    /// The match the last search step landed on.
    case currentMatch
}

extension Role {
    /// The highlight of the k-th chosen actor (0-based), cycling through four.
    public static func chosen(_ k: Int) -> Role { [.chosen1, .chosen2, .chosen3, .chosen4][((k % 4) + 4) % 4] }
}

/// A run of text in one role.
public struct Segment: Hashable, Sendable {
    /// The text (sanitised, single line).
    public var text: String
    /// Its role.
    public var role: Role
    /// What selecting this text acts on (a marker's note, a card's passage), if anything.
    public var link: LinkTarget?

    /// Creates a segment.
    public init(_ text: String, _ role: Role, link: LinkTarget? = nil) {
        self.text = text
        self.role = role
        self.link = link
    }
}
