import Foundation

/// The folds one search has worked out, shared by the documents it searches in parallel.
///
/// Folding a scalar goes through Foundation's decomposition, microseconds each; a corpus of
/// hundreds of documents uses the same few dozen non-ASCII scalars, so each is folded once per
/// search rather than once per document. A lock guards the table (each document's `FoldCache` asks
/// only on its own misses); it lives as long as the search, so nothing outlives a call.
final class FoldMemo: @unchecked Sendable {
    /// Whether case is kept.
    let caseSensitive: Bool
    private let lock = NSLock()
    private var folds: [UInt32: ScalarFold] = [:]

    /// An empty memo for a search that keeps or folds case.
    init(caseSensitive: Bool) { self.caseSensitive = caseSensitive }

    /// The fold of the scalar with this value (a valid scalar: decoded from a String).
    func fold(_ value: UInt32) -> ScalarFold {
        lock.withLock {
            if let known = folds[value] { return known }
            let fold = ScalarFold(Unicode.Scalar(value) ?? "\u{FFFD}", caseSensitive: caseSensitive)
            folds[value] = fold
            return fold
        }
    }
}
