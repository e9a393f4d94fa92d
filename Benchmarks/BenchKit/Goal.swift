/// A target from issue 7 that a row's median is held to.
public enum Goal: Codable, Hashable, Sendable {
    /// The median is at most this value, in the row's quantity.
    case atMost(limit: Double)
    /// The median is at most this many times the peer's median.
    case peerRatio(factor: Double)
    /// The median is at most `factor` times `reference` (in the row's quantity), which `what` names:
    /// peak RSS against the corpus bytes.
    case referenceRatio(factor: Double, reference: Double, what: String)

    /// The goal as printed beside the row: "≤ 0.5 s", "≤ 1.5x less", "≤ 1.3x corpus bytes (now 3.4x)".
    public func describe(_ quantity: Quantity, peer: String?, median: Double?) -> String {
        switch self {
        case .atMost(let limit):
            return "≤ " + quantity.format(limit)
        case .peerRatio(let factor):
            let name = peer ?? "peer"
            return factor == 1 ? "≤ \(name)" : "≤ \(Goal.factor(factor))x \(name)"
        case .referenceRatio(let factor, let reference, let what):
            let now = median.map { " (now \(Goal.factor($0 / reference))x)" } ?? ""
            return "≤ \(Goal.factor(factor))x \(what)\(now)"
        }
    }

    /// Whether the median meets the goal; nil when a figure it needs is missing.
    public func isMet(median: Double?, peerMedian: Double?) -> Bool? {
        guard let median else { return nil }
        switch self {
        case .atMost(let limit): return median <= limit
        case .peerRatio(let factor):
            guard let peerMedian, peerMedian > 0 else { return nil }
            return median <= factor * peerMedian
        case .referenceRatio(let factor, let reference, _):
            return reference > 0 ? median <= factor * reference : nil
        }
    }

    /// A ratio with two decimals, trailing zeros dropped ("1.5", "1.3", "0.25").
    static func factor(_ x: Double) -> String {
        var s = String(format: "%.2f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
