/// The structural role of a block of text in a document.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    /// A chapter, section or other heading.
    case heading
    /// Ordinary running prose.
    case paragraph
    /// One item of a list ("- (a)", "(1)", "- 1").
    case listItem
    /// A block quotation set off from the prose.
    case quotation
    /// A table (tab-separated columns).
    case table
    /// A figure caption or a figure's source line.
    case caption
    /// A footnote or endnote (looked up, not read inline).
    case note
    /// Page furniture: stamps, running heads, distribution lists; hidden by default.
    case furniture
    /// A horizontal rule separating a page's text from its notes.
    case rule
}

/// What kind of page furniture a furniture block is.
public enum FurnitureKind: String, Codable, Sendable {
    /// A security classification such as SECRET or TOP SECRET ULTRA.
    case classification
    /// A declassification or release marking with its authority.
    case declassification
    /// A handling caveat ("may not be reproduced ...").
    case caveat
    /// A copy number ("Copy No. 28").
    case copyNumber
    /// A cover distribution list.
    case distribution
    /// A running head or foot carrying a folio and a title.
    case runningHead
}

/// A typographic style carried over from light markup.
public struct TextStyle: OptionSet, Codable, Sendable, Hashable {
    /// The raw bit set.
    public let rawValue: UInt8
    /// Creates a style from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// `**bold**`.
    public static let bold = TextStyle(rawValue: 1)
    /// `*italic*` or `<i>italic</i>`.
    public static let italic = TextStyle(rawValue: 2)
    /// `~~struck~~`.
    public static let strike = TextStyle(rawValue: 4)
    /// `<sup>` text that is not a footnote marker.
    public static let superscript = TextStyle(rawValue: 8)
}

/// A styled range of a block's text, in UTF-8 offsets.
public struct StyleSpan: Codable, Sendable, Hashable {
    /// Start offset (UTF-8 bytes) into the block text.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// The style of the range.
    public var style: TextStyle
    /// Creates a span.
    public init(start: Int, end: Int, style: TextStyle) {
        self.start = start
        self.end = end
        self.style = style
    }
}

/// A point inside a block where a new original page begins (a paragraph rejoined across a page foot).
public struct PageSplit: Codable, Sendable, Hashable {
    /// UTF-8 offset in the block text where the new page starts.
    public var offset: Int
    /// The page that starts there.
    public var page: Int
}

/// One block of a document: a paragraph, heading, note, stamp and so on.
public struct Block: Sendable {
    // Stored 8-byte fields first, optionals and one-byte enums last: 112 bytes a block instead of 128
    // (a 1000x corpus holds over a million blocks).
    /// Display text: markup removed, markers shown as labels, controls replaced by visible placeholders.
    public var text: String
    /// First source line (1-based).
    public var line: Int
    /// Last source line (1-based, inclusive).
    public var lineEnd: Int
    /// Pages starting inside this block (when a paragraph was rejoined across a page foot).
    public var pageSplits: [PageSplit] = []
    /// Heading level (1 = chapter) or list nesting depth (0 = top).
    public var level: Int = 0
    /// Styles carried over from markup.
    public var styles: [StyleSpan] = []
    /// Indices into the document's markers, in text order.
    public var markers: [Int] = []
    /// Table cells, for table blocks (rows of columns).
    public var cells: [[String]]?
    /// Where each source line after the first begins in the text, so any offset maps back to its line.
    public var lineStarts: [LineStart] = []
    /// Original page the block starts on, or nil when the document is not paginated.
    public var page: Int?
    /// Index into the document's notes, for note blocks.
    public var note: Int?
    /// The block's role.
    public var kind: BlockKind
    /// The furniture kind, for furniture blocks.
    public var furniture: FurnitureKind?

    /// Creates a block.
    public init(kind: BlockKind, text: String, line: Int, lineEnd: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.lineEnd = lineEnd
    }

    /// True for blocks a reader shows in the running text (not notes, not furniture, not rules).
    public var isReadingText: Bool {
        switch kind {
        case .note, .furniture, .rule: return false
        default: return true
        }
    }
}
