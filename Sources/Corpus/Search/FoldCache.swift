/// The folds of the non-ASCII scalars one search meets, each worked out once.
///
/// Folding goes through Foundation's decomposition, far too slow per occurrence; a text uses few
/// distinct scalars, so each search (each document, when documents are searched in parallel) keeps
/// its own small memo instead of sharing mutable state.
struct FoldCache {
    /// Whether case is kept.
    let caseSensitive: Bool
    private var index: [UInt32: Int] = [:]
    private var folds: [ScalarFold] = []

    /// An empty cache for a search that keeps or folds case.
    init(caseSensitive: Bool) { self.caseSensitive = caseSensitive }

    /// The fold of the scalar with this value (a valid scalar: the caller decoded it from a String).
    mutating func fold(_ value: UInt32) -> ScalarFold {
        if let i = index[value] { return folds[i] }
        let fold = ScalarFold(Unicode.Scalar(value) ?? "\u{FFFD}", caseSensitive: caseSensitive)
        index[value] = folds.count
        folds.append(fold)
        return fold
    }
}
