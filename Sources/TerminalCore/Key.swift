/// A key press, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
    /// A printable character (including space).
    case character(Character)
    /// Ctrl plus a letter, stored lower-case ("f" for Ctrl-F); Ctrl-I, Ctrl-M and Ctrl-[ arrive as `tab`, `enter`, `escape`.
    case control(Character)
    /// Enter / Return.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Escape.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Insert.
    case insert
    /// Function key F1…F12.
    case function(Int)
}

/// A mouse report: a button action at a screen cell.
public struct MouseEvent: Hashable, Sendable {
    /// What happened.
    public enum Action: String, Hashable, Sendable {
        /// Left button pressed or clicked.
        case click
        /// Wheel rolled up (content moves down).
        case wheelUp
        /// Wheel rolled down.
        case wheelDown
    }

    /// The action.
    public var action: Action
    /// Column, 0-based.
    public var column: Int
    /// Row, 0-based.
    public var row: Int

    /// Creates a mouse event.
    public init(_ action: Action, column: Int, row: Int) {
        self.action = action
        self.column = column
        self.row = row
    }
}

/// Anything the terminal can tell the reader: a key, a mouse report, or a new size.
public enum Input: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse report.
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows.
    case resize(columns: Int, rows: Int)
}
