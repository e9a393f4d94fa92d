/// How a timeline date was worked out from the text.
public enum DateDerivation: Sendable, Hashable {
    /// Every part of the date is written where it stands ("8 August 1945").
    case explicit
    /// The year is not written; the document covers one year ("21-27 July 1945").
    case yearFromPeriod(String)
    /// The year is not written; the latest such day up to the document's date (a report's "20 December" of "13 April 1945").
    case yearFromIssue(String)
    /// The year is not written; it is the year of the last full date before it in the text.
    case yearFromContext(String, line: Int)
    /// Counted from a dated event nearby: "the following day", "two days later", "four days before".
    case relative(phrase: String, days: Int, from: String, line: Int)
    /// The document's own date, from its front matter.
    case documentDate

    /// The derivation in words, as `dossier timeline` and the timeline pane say it.
    public var description: String {
        switch self {
        case .explicit: return "explicit"
        case .yearFromPeriod(let period): return "year from the document's period (\(period))"
        case .yearFromIssue(let date): return "year from the document's date (\(date))"
        case .yearFromContext(let date, let line): return "year from \"\(date)\" (line \(line))"
        case .relative(let phrase, let days, let from, let line):
            let count = abs(days) == 1 ? "1 day" : "\(abs(days)) days"
            let direction = days == 0 ? "the same day as" : days > 0 ? "\(count) after" : "\(count) before"
            return "\"\(phrase)\": \(direction) \(from) (line \(line))"
        case .documentDate: return "the document's date"
        }
    }

    /// A one-word name for JSON and narrowing: explicit, period, issue, context, relative, document.
    public var name: String {
        switch self {
        case .explicit: return "explicit"
        case .yearFromPeriod: return "period"
        case .yearFromIssue: return "issue"
        case .yearFromContext: return "context"
        case .relative: return "relative"
        case .documentDate: return "document"
        }
    }
}
