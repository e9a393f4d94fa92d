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

    /// A word, a number or a hyphen of a date.
    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(Substring)
        case hyphen
    }

    private static func tokens<S: StringProtocol>(_ raw: S) -> [Token] {
        var result: [Token] = []
        var i = raw.startIndex
        while i != raw.endIndex {
            let c = raw[i]
            if c.isASCII, c.isNumber {
                var j = i, value = 0, digits = 0
                while j != raw.endIndex, raw[j].isASCII, raw[j].isNumber {
                    // Only days and years (up to four digits) are read: a longer run keeps its count, and
                    // its value stops growing before it could overflow.
                    if digits < LinePatterns.maxDigits { value = value * 10 + Int(raw[j].asciiValue! - 48) }
                    digits += 1; j = raw.index(after: j)
                }
                result.append(.number(value, digits: digits)); i = j
            } else if c.isLetter {
                var j = i
                while j != raw.endIndex, raw[j].isLetter { j = raw.index(after: j) }
                result.append(.word(Substring(raw[i..<j]))); i = j
            } else {
                if c == "-" || c == "–" { result.append(.hyphen) }
                i = raw.index(after: i)
            }
        }
        return result
    }

    /// A date or span from text, or nil when none is recognised.
    ///
    /// The forms are tried in order, each at every position, on word and number tokens (commas,
    /// periods and spacing around hyphens do not matter): day-month-day-month-year spans,
    /// day-day-month-year spans, day month year, month day year, month-month year, month year,
    /// year-year, year.
    public static func span<S: StringProtocol>(_ raw: S) -> DateSpan? {
        let t = tokens(raw)
        func day(_ k: Int) -> Int? { if k < t.count, case .number(let v, let d) = t[k], d <= 2, (1...31).contains(v) { return v }; return nil }
        func year(_ k: Int) -> Int? { if k < t.count, case .number(let v, let d) = t[k], d == 4 { return v }; return nil }
        func era(_ k: Int) -> Int? { year(k).flatMap { (1500...2099).contains($0) ? $0 : nil } }
        func mon(_ k: Int) -> Int? { if k < t.count, case .word(let w) = t[k] { return month(w) }; return nil }
        func dash(_ k: Int) -> Bool { k < t.count && t[k] == .hyphen }
        let forms: [(Int) -> DateSpan?] = [
            { k in  // 28 July-6 August 1945
                guard let d1 = day(k), let m1 = mon(k + 1), dash(k + 2), let d2 = day(k + 3), let m2 = mon(k + 4), let y = year(k + 5) else { return nil }
                return DateSpan(year: y, month: m1, day: d1, end: .init(year: y, month: m2, day: d2))
            },
            { k in  // 21-27 July 1945
                guard let d1 = day(k), dash(k + 1), let d2 = day(k + 2), let m = mon(k + 3), let y = year(k + 4) else { return nil }
                return DateSpan(year: y, month: m, day: d1, end: .init(year: y, month: m, day: d2))
            },
            { k in  // 18 June 1945
                guard let d = day(k), let m = mon(k + 1), let y = year(k + 2) else { return nil }
                return DateSpan(year: y, month: m, day: d)
            },
            { k in  // June 18 1945
                guard let m = mon(k), let d = day(k + 1), let y = year(k + 2) else { return nil }
                return DateSpan(year: y, month: m, day: d)
            },
            { k in  // April-May 1945
                guard let m1 = mon(k), dash(k + 1), let m2 = mon(k + 2), let y = year(k + 3) else { return nil }
                return DateSpan(year: y, month: m1, end: .init(year: y, month: m2))
            },
            { k in  // June 1945
                guard let m = mon(k), let y = year(k + 1) else { return nil }
                return DateSpan(year: y, month: m)
            },
            { k in  // 1941-1945
                guard let a = era(k), dash(k + 1), let b = era(k + 2) else { return nil }
                return DateSpan(year: a, end: .init(year: b))
            },
            { k in era(k).map { DateSpan(year: $0) } },  // Spring 1996, 1996
        ]
        for form in forms {
            for k in t.indices { if let span = form(k) { return span } }
        }
        return nil
    }

    /// False when the line is ASCII with no run of four digits, which `Rx.isDateLine1` needs for its year.
    private static func hasFourDigitsOrNotASCII<S: StringProtocol>(_ line: S) -> Bool {
        var run = 0
        for b in line.utf8 {
            if b >= 0x80 { return true }
            if b >= 0x30 && b <= 0x39 { run += 1; if run == 4 { return true } } else { run = 0 }
        }
        return false
    }

    /// True when the whole line is a date ("18 June, 1945", "13 APRIL 1945", "Spring 1996").
    public static func isDateLine<S: StringProtocol>(_ line: S) -> Bool {
        guard line.utf8.count <= 40, line.contains(where: \.isNumber), hasFourDigitsOrNotASCII(line) else { return false }
        let t = line.trimmingWhitespaces()
        guard t.count <= 30, t.wholeMatch(of: Rx.isDateLine1) != nil else { return false }
        return span(t) != nil
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let isDateLine1 = #/(?i)(?:\d{1,2}\s+)?(?:[a-z]+\.?,?\s+)?(?:\d{1,2},?\s+)?\d{4}\.?/#
}
