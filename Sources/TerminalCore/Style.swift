/// How a cell is drawn: attributes plus optional foreground and background colours.
///
/// Colours are the eight ANSI colours every colour terminal has; `nil` means the
/// terminal's default, so the reader never paints over a user's chosen background.
public struct Style: Hashable, Sendable {
    /// Text attributes (bold, reverse, …).
    public var attributes: Attributes
    /// Foreground colour, or the terminal default.
    public var foreground: Color?
    /// Background colour, or the terminal default.
    public var background: Color?

    /// Creates a style.
    public init(_ attributes: Attributes = [], foreground: Color? = nil, background: Color? = nil) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    /// The terminal's default rendition.
    public static let plain = Style()

    /// Character attributes a terminal can show; those it lacks are dropped by the backend.
    public struct Attributes: OptionSet, Hashable, Sendable {
        /// The raw bit set.
        public let rawValue: UInt8
        /// Creates attributes from raw bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Bold (or bright).
        public static let bold = Attributes(rawValue: 1)
        /// Dim (half-bright).
        public static let dim = Attributes(rawValue: 2)
        /// Underline.
        public static let underline = Attributes(rawValue: 4)
        /// Reverse video.
        public static let reverse = Attributes(rawValue: 8)
        /// Italic.
        public static let italic = Attributes(rawValue: 16)
    }

    /// The eight ANSI colours.
    public enum Color: Int, CaseIterable, Hashable, Sendable {
        /// ANSI 0.
        case black
        /// ANSI 1.
        case red
        /// ANSI 2.
        case green
        /// ANSI 3.
        case yellow
        /// ANSI 4.
        case blue
        /// ANSI 5.
        case magenta
        /// ANSI 6.
        case cyan
        /// ANSI 7.
        case white
    }
}

extension Style: CustomStringConvertible {
    /// A readable name such as "bold+reverse fg=yellow", used by style snapshots.
    public var description: String {
        var parts: [String] = []
        let names: [(Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.underline, "underline"),
                                             (.reverse, "reverse"), (.italic, "italic")]
        let attributeNames = names.filter { attributes.contains($0.0) }.map(\.1)
        if !attributeNames.isEmpty { parts.append(attributeNames.joined(separator: "+")) }
        if let foreground { parts.append("fg=\(foreground)") }
        if let background { parts.append("bg=\(background)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
