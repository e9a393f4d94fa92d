/// Parses the date forms of these documents: "18 June, 1945", "21-27 July 1945", "April-May, 1945",
/// "June 1945", "28 July-6 August 1945", "13 APRIL 1945", "Spring 1996", "1941-1945".
public enum DateParser {
    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The month number of a month name or abbreviation.
    public static func month<S: StringProtocol>(_ name: S) -> Int? {
        let key = name.lowercased().prefix(3)
        guard name.count >= 3, let m = months[String(key)] else { return nil }
        return m
    }

    /// A date or span from text, or nil when none is recognised.
    public static func span<S: StringProtocol>(_ raw: S) -> DateSpan? {
        let text = String(raw).replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: "–", with: "-")
            .replacingOccurrences(of: ".", with: " ")
        let t = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        // 28 July-6 August 1945
        if let m = t.firstMatch(of: Rx.span1),
           let m1 = month(m.output.2), let m2 = month(m.output.4), let y = Int(m.output.5) {
            return DateSpan(year: y, month: m1, day: Int(m.output.1), end: .init(year: y, month: m2, day: Int(m.output.3)))
        }
        // 21-27 July 1945
        if let m = t.firstMatch(of: Rx.span2), let mo = month(m.output.3), let y = Int(m.output.4) {
            return DateSpan(year: y, month: mo, day: Int(m.output.1), end: .init(year: y, month: mo, day: Int(m.output.2)))
        }
        // 18 June 1945
        if let m = t.firstMatch(of: Rx.span3), let mo = month(m.output.2), let y = Int(m.output.3) {
            return DateSpan(year: y, month: mo, day: Int(m.output.1))
        }
        // June 18 1945
        if let m = t.firstMatch(of: Rx.span4), let mo = month(m.output.1), let y = Int(m.output.3) {
            return DateSpan(year: y, month: mo, day: Int(m.output.2))
        }
        // April-May 1945
        if let m = t.firstMatch(of: Rx.span5), let m1 = month(m.output.1), let m2 = month(m.output.2), let y = Int(m.output.3) {
            return DateSpan(year: y, month: m1, end: .init(year: y, month: m2))
        }
        // June 1945
        if let m = t.firstMatch(of: Rx.span6), let mo = month(m.output.1), let y = Int(m.output.2) {
            return DateSpan(year: y, month: mo)
        }
        // 1941-1945
        if let m = t.firstMatch(of: Rx.span7), let a = Int(m.output.1), let b = Int(m.output.2) {
            return DateSpan(year: a, end: .init(year: b))
        }
        // Spring 1996, 1996
        if let m = t.firstMatch(of: Rx.span8), let y = Int(m.output.1) { return DateSpan(year: y) }
        return nil
    }

    /// True when the whole line is a date ("18 June, 1945", "13 APRIL 1945", "Spring 1996").
    public static func isDateLine<S: StringProtocol>(_ line: S) -> Bool {
        guard line.utf8.count <= 40, line.contains(where: \.isNumber) else { return false }
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.count <= 30, t.wholeMatch(of: Rx.isDateLine1) != nil else { return false }
        return span(t) != nil
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let span1 = #/(\d{1,2}) ([A-Za-z]+) ?- ?(\d{1,2}) ([A-Za-z]+) (\d{4})/#
    nonisolated(unsafe) static let span2 = #/(\d{1,2}) ?- ?(\d{1,2}) ([A-Za-z]+) (\d{4})/#
    nonisolated(unsafe) static let span3 = #/(\d{1,2}) ([A-Za-z]+) (\d{4})/#
    nonisolated(unsafe) static let span4 = #/([A-Za-z]+) (\d{1,2}) (\d{4})/#
    nonisolated(unsafe) static let span5 = #/([A-Za-z]+) ?- ?([A-Za-z]+) (\d{4})/#
    nonisolated(unsafe) static let span6 = #/([A-Za-z]+) (\d{4})/#
    nonisolated(unsafe) static let span7 = #/\b(1[5-9]\d\d|20\d\d) ?- ?(1[5-9]\d\d|20\d\d)\b/#
    nonisolated(unsafe) static let span8 = #/\b(1[5-9]\d\d|20\d\d)\b/#
    nonisolated(unsafe) static let isDateLine1 = #/(?i)(?:\d{1,2}\s+)?(?:[a-z]+\.?,?\s+)?(?:\d{1,2},?\s+)?\d{4}\.?/#
}
