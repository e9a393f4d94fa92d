extension Document {
    /// Every match of `query` in the document's blocks, in block then offset order (all block kinds,
    /// notes included; callers filter by kind).
    public func matches(of query: SearchQuery) -> [BlockMatch] {
        let pattern = SearchPattern(query)
        var cache = FoldCache(caseSensitive: pattern.caseSensitive)
        return matches(of: pattern, cache: &cache)
    }

    /// The matches of a pattern folded once for many documents.
    func matches(of pattern: SearchPattern, cache: inout FoldCache) -> [BlockMatch] {
        guard !pattern.isEmpty else { return [] }
        let scanner = BlockScanner(pattern)
        var found: [BlockMatch] = []
        for (index, block) in blocks.enumerated() {
            scanner.scan(block, index: index, cache: &cache, into: &found)
        }
        return found
    }
}
