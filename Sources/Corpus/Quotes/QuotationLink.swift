/// A passage of one document quoted in another.
///
/// The source is the older document (by issue date, else the period covered; on a tie or an unknown date,
/// the one first in file order), the quoting one the later: a text cannot quote what was written after it.
public struct QuotationLink: Sendable, Hashable {
    /// Where the passage stands in the older document.
    public var source: QuotationEnd
    /// Where the later document prints it.
    public var quotedIn: QuotationEnd
    /// Matched words over aligned words, 0...1 (1 when the words are the same, ignoring case and punctuation).
    public var score: Double
    /// Aligned words: matched, changed, added and dropped.
    public var words: Int
    /// Where the quotation's words differ from the source's, in text order.
    public var differences: [WordDifference]

    /// Creates a link.
    public init(source: QuotationEnd, quotedIn: QuotationEnd, score: Double, words: Int, differences: [WordDifference]) {
        self.source = source
        self.quotedIn = quotedIn
        self.score = score
        self.words = words
        self.differences = differences
    }
}
