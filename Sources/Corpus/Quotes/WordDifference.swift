/// A word where a quotation differs from its source ("" on one side for a word added or dropped).
///
/// Words are as printed (case kept; quotation marks and sentence punctuation left off, square brackets kept
/// because an editor's "[and]" is itself a finding). A run of neighbouring differing words is one difference.
public struct WordDifference: Sendable, Hashable, Codable {
    /// The source's words ("" when the quotation adds words).
    public var source: String
    /// The quotation's words ("" when the quotation drops words).
    public var quoted: String

    /// Creates a difference.
    public init(source: String, quoted: String) {
        self.source = source
        self.quoted = quoted
    }
}
