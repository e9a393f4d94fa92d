extension Array {
    /// The index of the first element whose key exceeds `value`, in an array sorted by that key
    /// (binary search; `count` when none does).
    func firstIndex(whereKey key: (Element) -> Int, exceeds value: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(self[mid]) > value { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
