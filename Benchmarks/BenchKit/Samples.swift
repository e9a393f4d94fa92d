/// Repeated measurements of one quantity, kept sorted, summarised as median and range.
///
/// The median, not the mean: on a shared 2-core machine one run in ten is slowed by another
/// build, and the median ignores it while the min-max shows it happened.
public struct Samples: Codable, Hashable, Sendable {
    /// Every value, ascending.
    public let values: [Double]

    /// Sorts `values`; an empty list is allowed (a measure that could not run) and has no median.
    public init(_ values: [Double]) { self.values = values.sorted() }

    /// How many values there are.
    public var count: Int { values.count }
    /// The middle value (the mean of the two middle ones for an even count), nil when empty.
    public var median: Double? {
        guard !values.isEmpty else { return nil }
        let mid = values.count / 2
        return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
    }
    /// The smallest value.
    public var min: Double? { values.first }
    /// The largest value.
    public var max: Double? { values.last }

    enum CodingKeys: String, CodingKey { case values, median, min, max, count }

    /// Writes the summary beside the values, so a reader of the JSON need not compute it.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(values, forKey: .values)
        try c.encode(count, forKey: .count)
        try c.encodeIfPresent(median, forKey: .median)
        try c.encodeIfPresent(min, forKey: .min)
        try c.encodeIfPresent(max, forKey: .max)
    }

    /// Reads the values back (the summary is recomputed from them).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode([Double].self, forKey: .values))
    }
}
