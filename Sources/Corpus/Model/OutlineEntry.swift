/// One line of a document's outline: a heading, a back-matter section, a run of notes or an original page.
public struct OutlineEntry: Hashable, Sendable, Codable {
    /// What the entry stands for.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A chapter (or part) heading.
        case chapter
        /// Any other heading.
        case heading
        /// An appendix.
        case appendix
        /// A bibliography, list of sources or references.
        case bibliography
        /// A section of notes (a "Notes" heading or a long run of endnotes).
        case notes
        /// An original page of a paginated document.
        case page
    }

    /// What the entry stands for.
    public var kind: Kind
    /// Nesting depth for display: 0 for chapters and appendices, 1 for headings, 2 for pages.
    public var depth: Int
    /// The text shown (a chapter label joined to its title: "CHAPTER II · SOVIET-JAPANESE RELATIONS …").
    public var title: String
    /// The block the entry starts at.
    public var block: Int
    /// The original page the entry starts on, if the document is paginated.
    public var page: Int?

    /// Creates an entry.
    public init(kind: Kind, depth: Int, title: String, block: Int, page: Int?) {
        self.kind = kind
        self.depth = depth
        self.title = title
        self.block = block
        self.page = page
    }
}
