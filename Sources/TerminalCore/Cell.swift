/// One terminal cell: a grapheme cluster and its style.
///
/// A double-width character occupies its own cell and the next one; that second
/// cell is a continuation (`width == 0`), which the backend never writes.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here (a space for blank cells, empty for continuations).
    public var character: Character
    /// Columns the character covers: 1, 2, or 0 for the right half of a wide character.
    public var width: UInt8
    /// How the cell is drawn.
    public var style: Style

    /// Creates a cell; callers guarantee `character` is printable and `width` is its display width.
    public init(_ character: Character, width: UInt8 = 1, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", width: 1, style: style) }

    /// The right half of a wide character.
    static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
