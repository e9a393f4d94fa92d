/// The results as one Markdown table (so it can be pasted into the README's Performance section).
public struct BenchTable: Sendable {
    /// The rows, in the order measured.
    public var rows: [BenchRow]

    /// A table of `rows`.
    public init(rows: [BenchRow]) { self.rows = rows }

    /// Column titles.
    static let header = ["measure", "dossier median (min-max)", "peer", "peer median (min-max)", "ratio", "goal", "met"]

    /// The cells of one row, as printed.
    static func cells(_ row: BenchRow) -> [String] {
        let met: String
        switch row.met {
        case .some(true): met = "met"
        case .some(false): met = "MISSED"
        case .none: met = row.goal == nil ? "" : "n/a"
        }
        return [
            row.measure,
            row.quantity.format(row.dossier),
            row.peer ?? "",
            row.peerSamples.map { row.quantity.format($0) } ?? "",
            row.ratio.map { Goal.factor($0) + "x" } ?? "",
            row.goalText ?? "",
            met,
        ]
    }

    /// The table, columns padded to their widest cell.
    public func render() -> String {
        let body = rows.map(Self.cells)
        let widths = Self.header.indices.map { c in ([Self.header] + body).map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { c, s in s + String(repeating: " ", count: widths[c] - s.count) }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line(Self.header), rule] + body.map(line)).joined(separator: "\n")
    }
}
