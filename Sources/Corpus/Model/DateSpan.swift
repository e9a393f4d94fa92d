import Foundation

/// A date known to day, month or year precision, or a span of such dates.
public struct DateSpan: Codable, Sendable, Hashable, Comparable {
    /// The precision of a date.
    public enum Precision: String, Codable, Sendable { case day, month, year }
    /// Start year.
    public var year: Int
    /// Start month (1-12) when known.
    public var month: Int?
    /// Start day when known.
    public var day: Int?
    /// End of a span, when the text gives one ("21-27 July 1945").
    public var end: EndPoint?

    /// The end of a span.
    public struct EndPoint: Codable, Sendable, Hashable {
        /// End year.
        public var year: Int
        /// End month.
        public var month: Int?
        /// End day.
        public var day: Int?
    }

    /// Creates a date or span.
    public init(year: Int, month: Int? = nil, day: Int? = nil, end: EndPoint? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.end = end
    }

    /// The start's precision.
    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// ISO form: `1945-07-21`, `1945-07`, `1945`, or `start/end` for spans.
    public var iso: String {
        func one(_ y: Int, _ m: Int?, _ d: Int?) -> String {
            var s = String(format: "%04d", y)
            if let m {
                s += String(format: "-%02d", m)
                if let d { s += String(format: "-%02d", d) }
            }
            return s
        }
        let start = one(year, month, day)
        guard let end else { return start }
        return start + "/" + one(end.year, end.month, end.day)
    }

    /// Orders by start date.
    public static func < (a: DateSpan, b: DateSpan) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}
