/// How a footnote marker was written in the source.
public enum MarkerConvention: String, Codable, Sendable {
    /// Unicode superscript digits (¹, ²³).
    case unicodeSuperscript
    /// `^{...}` group.
    case caretGroup
    /// `<sup>n</sup>`.
    case htmlSup
    /// `*`, `**` or escaped `\*`.
    case asterisk
    /// A plain number standing where a superscript was lost ("... accordingly. 3").
    case plainDigits
}

/// A footnote marker in the running text.
public struct Marker: Sendable {
    /// The note label the marker names ("27", "**", "o").
    public var label: String
    /// The marker as printed in the source.
    public var printed: String
    /// How it was written.
    public var convention: MarkerConvention
    /// Index of the block holding the marker.
    public var block: Int
    /// UTF-8 offset range of the marker's label in the block text.
    public var start: Int
    /// End of the label range (exclusive).
    public var end: Int
    /// Source line (1-based).
    public var line: Int
    /// Original page, or nil when the document is not paginated.
    public var page: Int?
    /// Numbering scope (chapter) the marker stands in; it pairs only with notes of the same scope.
    public var scope: Int = 0
    /// The note this marker points to, when one was paired.
    public var note: Int?
    /// What the text leaves unclear about this marker, if anything.
    public var anomaly: Anomaly?
}
