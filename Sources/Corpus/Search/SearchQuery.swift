/// A search as typed: smart case, accent-insensitive, whitespace-insensitive.
///
/// Matching folds both sides the same way (`SearchPattern`): accents and a few letters that do not
/// decompose are read as their base letters ("Lozovskii" finds "Lozovskiĭ"), any run of whitespace
/// matches any other, and case is ignored unless the text has a capital (vim's and less's smart case).
public struct SearchQuery: Hashable, Sendable {
    /// The text as typed.
    public let text: String
    /// Smart case: true iff the text contains an upper-case letter.
    public let caseSensitive: Bool

    /// A query, or nil when the text is empty or only whitespace.
    public init?(_ text: String) {
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        self.text = text
        caseSensitive = text.contains { $0.isUppercase }
    }
}
