/// One document's view of its search's folds: a table of its own in front of the shared `FoldMemo`,
/// so the scan takes no lock for a scalar it has met before.
struct FoldCache {
    private let memo: FoldMemo
    private var folds: [UInt32: ScalarFold] = [:]

    /// A cache in front of a search's memo.
    init(_ memo: FoldMemo) { self.memo = memo }

    /// The fold of the scalar with this value (a valid scalar: the caller decoded it from a String).
    mutating func fold(_ value: UInt32) -> ScalarFold {
        if let known = folds[value] { return known }
        let fold = memo.fold(value)
        folds[value] = fold
        return fold
    }
}
