extension DateSpan {
    /// The day `days` after this one (before, when negative), for a date known to the day; nil otherwise.
    func addingDays(_ days: Int) -> DateSpan? {
        guard let month, let day else { return nil }
        let (y, m, d) = DateSpan.civil(DateSpan.dayNumber(year: year, month: month, day: day) + days)
        return DateSpan(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day number (`civil_from_days`).
    static func civil(_ number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// True when the date names a day that exists (no 31 June, no 30 February).
    var isRealDay: Bool {
        guard let month, let day, (1...12).contains(month) else { return day == nil }
        let (y, m, d) = DateSpan.civil(DateSpan.dayNumber(year: year, month: month, day: day))
        return (y, m, d) == (year, month, day)
    }
}
