import TerminalCore

/// Styles for text roles and screen chrome: one palette for colour terminals, one with attributes only.
public struct Theme: Hashable, Sendable {
    /// Styles of document text by role.
    public var roles: [Role: Style]
    /// The focused pane's status row.
    public var statusFocused: Style
    /// Other panes' status rows.
    public var statusUnfocused: Style
    /// Pane separators.
    public var separator: Style
    /// Hints in the message row.
    public var hint: Style
    /// Errors in the message row.
    public var error: Style
    /// The selected picker entry.
    public var selected: Style
    /// Borders and titles of overlays.
    public var frame: Style

    /// The style of a text role.
    public func style(_ role: Role) -> Style { roles[role] ?? .plain }

    /// Attributes only: for `TERM=vt100`, monochrome terminals and `NO_COLOR`.
    public static let monochrome = Theme(
        roles: [.heading: Style(.bold), .strong: Style(.bold), .emphasis: Style(.underline),
                .marker: Style([.bold, .underline]), .pageRule: Style(.dim), .furniture: Style(.dim),
                .note: Style(.dim), .caption: Style(.dim), .clipped: Style(.reverse), .bullet: Style(.bold),
                .link: Style(.underline), .citedMargin: Style(.bold), .flash: Style([.reverse, .bold]), .warning: Style(.bold),
                .selected: Style(.reverse), .chosen1: Style([.bold, .underline]), .chosen2: Style(.underline),
                .chosen3: Style(.bold), .chosen4: Style([.bold, .underline]), .elided: Style(.dim),
                .match: Style([.reverse, .underline]), .currentMatch: Style([.reverse, .bold, .underline])],
        statusFocused: Style([.reverse, .bold]), statusUnfocused: Style(.underline), separator: .plain,
        hint: Style(.dim), error: Style(.bold), selected: Style(.reverse), frame: Style(.bold))

    /// Colour on top of the same attributes, so a colour-blind or odd-palette user loses nothing.
    public static let colour = Theme(
        roles: [.heading: Style(.bold, foreground: .cyan), .strong: Style(.bold), .emphasis: Style(.italic),
                .marker: Style(.bold, foreground: .yellow), .pageRule: Style(foreground: .blue),
                .furniture: Style(foreground: .magenta), .note: Style(foreground: .green),
                .caption: Style(.italic), .clipped: Style(.reverse, foreground: .red), .bullet: Style(.bold, foreground: .cyan),
                .link: Style(.underline, foreground: .cyan), .citedMargin: Style(.bold, foreground: .yellow),
                .flash: Style([.reverse, .bold], foreground: .yellow), .warning: Style(.bold, foreground: .magenta),
                .selected: Style([.reverse, .bold]), .chosen1: Style(.bold, foreground: .green),
                .chosen2: Style(.bold, foreground: .magenta), .chosen3: Style(.bold, foreground: .red),
                .chosen4: Style(.bold, foreground: .yellow), .elided: Style(.dim, foreground: .blue),
                .match: Style(.reverse, foreground: .yellow), .currentMatch: Style([.reverse, .bold, .underline], foreground: .green)],
        statusFocused: Style([.reverse, .bold], foreground: .blue), statusUnfocused: Style(.reverse),
        separator: Style(foreground: .blue), hint: Style(.dim), error: Style(.bold, foreground: .red),
        selected: Style([.reverse, .bold]), frame: Style(.bold, foreground: .cyan))
}
