/// A date phrase found in a text, before its year is settled: written out, or counted from another date.
struct DateMention: Sendable, Hashable {
    /// A phrase counting days from another date: "the following day", "two days later", "four days before".
    struct Relative: Sendable, Hashable {
        /// Days from the date counted from (negative: before it).
        var days: Int
        /// The phrase as printed.
        var phrase: String
        /// True when the phrase dates a clause from the date just before it ("21 May (four days before the
        /// Foreign Office was destroyed)"): counted from that date, and never a date to count others from.
        var dependsOnPrecedingDate: Bool
    }

    /// Start in the text (UTF-8 offset).
    var start: Int
    /// End in the text (UTF-8 offset, exclusive).
    var end: Int
    /// Index of the phrase's first token.
    var firstToken: Int
    /// Index of the phrase's last token.
    var lastToken: Int
    /// The year, when written.
    var year: Int?
    /// The month, when written.
    var month: Int?
    /// The day, when written.
    var day: Int?
    /// The last day of a span ("25/26 May", "21-27 July").
    var endDay: Int?
    /// The last month of a span of months ("May-September 1939").
    var endMonth: Int?
    /// The last year of a span of years ("1941-1945").
    var endYear: Int?
    /// For a counted phrase: how many days from what.
    var relative: Relative?

    /// True for a written date that gives a day and a month.
    var isDayDate: Bool { relative == nil && day != nil && month != nil }
}
