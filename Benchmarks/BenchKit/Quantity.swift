import Foundation

/// What a measure's numbers count, and how to print them.
public enum Quantity: String, Codable, Hashable, Sendable {
    /// Wall or CPU time in milliseconds.
    case milliseconds
    /// Bytes (written to a terminal, or of a corpus).
    case bytes
    /// Memory in KiB, as wait4's ru_maxrss gives it; printed in MiB.
    case kibibytes

    /// How a value near `reference` is printed: divisor, decimals and unit, so a median and its
    /// range share one scale ("25.3 s (24.9-26.1)", never "25.3 s (24900-26.1)").
    func scale(for reference: Double) -> (divisor: Double, decimals: Int, unit: String) {
        switch self {
        case .milliseconds:
            if reference >= 10_000 { return (1000, 1, "s") }
            if reference >= 100 { return (1, 0, "ms") }
            if reference >= 1 { return (1, 1, "ms") }
            return (1, 3, "ms")
        case .bytes: return (1, 0, "B")
        case .kibibytes: return (1024, 1, "MiB")
        }
    }

    /// One value with its unit, short enough for a table cell ("12.3 ms", "1,248 B", "985.2 MiB").
    public func format(_ value: Double) -> String {
        let s = scale(for: value)
        return Quantity.number(value / s.divisor, decimals: s.decimals) + " " + s.unit
    }

    /// A median with its range on the median's scale: "12.3 ms (11.9-14.0)"; the median alone for one sample.
    public func format(_ samples: Samples) -> String {
        guard let median = samples.median, let lo = samples.min, let hi = samples.max else { return "n/a" }
        let s = scale(for: median)
        let head = Quantity.number(median / s.divisor, decimals: s.decimals) + " " + s.unit
        if samples.count < 2 { return head }
        return head + " (" + Quantity.number(lo / s.divisor, decimals: s.decimals) + "-"
            + Quantity.number(hi / s.divisor, decimals: s.decimals) + ")"
    }

    /// A number with thousands separators when it has no decimals ("1,248"), else fixed decimals.
    static func number(_ value: Double, decimals: Int) -> String {
        guard decimals == 0 else { return String(format: "%.\(decimals)f", value) }
        let digits = String(Int(value.rounded()).magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value.rounded() < 0 ? "-" : "") + out
    }
}

extension Quantity {
    /// A size in decimal units, as file sizes are quoted ("274 kB", "28.7 MB", "287 MB").
    public static func size(_ bytes: Int) -> String {
        let b = Double(bytes)
        if b >= 100e6 { return String(format: "%.0f MB", b / 1e6) }
        if b >= 1e6 { return String(format: "%.1f MB", b / 1e6) }
        if b >= 1e3 { return String(format: "%.0f kB", b / 1e3) }
        return "\(bytes) B"
    }
}
