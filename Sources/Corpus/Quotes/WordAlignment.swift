/// How a quotation's words line up with its source's, word by word.
///
/// The seeds give runs of equal words; only the short stretches between two runs (a changed word, an
/// inserted "[and]", a dropped "will", an omission) are aligned by edit distance. The cost is then linear in
/// the passage, however long it is and however far omissions shift it.
struct WordAlignment {
    /// One column of the alignment.
    enum Step: UInt8 {
        /// The same word on both sides (ignoring case and punctuation).
        case same
        /// A word changed ("pre-Axis" printed "pro-Axis").
        case changed
        /// A source word the quotation leaves out.
        case dropped
        /// A word the quotation adds.
        case added
    }

    /// Equal words at `source` and `quoted`, `length` of them.
    struct Run {
        /// First word in the source.
        var source: Int
        /// First word in the quotation.
        var quoted: Int
        /// Words in the run.
        var length: Int
    }

    /// The columns, in text order.
    private(set) var steps: [Step] = []
    /// Source words aligned: the passage is `source ..< source + sourceCount` of the source's words.
    let source: Int
    /// Quotation words aligned.
    let quoted: Int
    private(set) var sourceCount = 0
    private(set) var quotedCount = 0

    /// Words the same on both sides.
    private(set) var matched = 0

    /// Matched words over columns.
    var score: Double { steps.isEmpty ? 0 : Double(matched) / Double(steps.count) }

    /// Aligns the stretch covered by runs in increasing order of both sides (overlaps are trimmed).
    init(runs: [Run], source sourceKeys: [UInt64], quoted quotedKeys: [UInt64]) {
        source = runs.first?.source ?? 0
        quoted = runs.first?.quoted ?? 0
        var i = source, j = quoted
        for var run in runs {
            // Runs from neighbouring seeds can overlap (a repeated word shifts a diagonal): start past the last.
            let overlap = max(i - run.source, j - run.quoted, 0)
            run.source += overlap
            run.quoted += overlap
            run.length -= overlap
            guard run.length > 0 else { continue }
            steps += WordAlignment.editSteps(sourceKeys[i..<run.source], quotedKeys[j..<run.quoted])
            for k in 0..<run.length {
                steps.append(sourceKeys[run.source + k] == quotedKeys[run.quoted + k] ? .same : .changed)
            }
            i = run.source + run.length
            j = run.quoted + run.length
        }
        sourceCount = i - source
        quotedCount = j - quoted
        matched = steps.lazy.filter { $0 == .same }.count
    }

    /// The cheapest edit of `a` into `b` (a change, a drop and an add cost one each), as steps. Ties go to a
    /// change: a word printed differently in the same place is one difference, not a drop and an add.
    static func editSteps(_ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>) -> [Step] {
        if a.isEmpty { return Array(repeating: .added, count: b.count) }
        if b.isEmpty { return Array(repeating: .dropped, count: a.count) }
        let n = a.count, m = b.count, width = m + 1
        let a = Array(a), b = Array(b)
        var cost = [Int](repeating: 0, count: (n + 1) * width)
        for j in 0...m { cost[j] = j }
        for i in 1...n {
            cost[i * width] = i
            for j in 1...m {
                let diagonal = cost[(i - 1) * width + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                cost[i * width + j] = min(diagonal, cost[(i - 1) * width + j] + 1, cost[i * width + j - 1] + 1)
            }
        }
        var steps: [Step] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let here = cost[i * width + j]
            if i > 0, j > 0, here == cost[(i - 1) * width + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) {
                steps.append(a[i - 1] == b[j - 1] ? .same : .changed)
                i -= 1
                j -= 1
            } else if i > 0, here == cost[(i - 1) * width + j] + 1 {
                steps.append(.dropped)
                i -= 1
            } else {
                steps.append(.added)
                j -= 1
            }
        }
        return steps.reversed()
    }
}
