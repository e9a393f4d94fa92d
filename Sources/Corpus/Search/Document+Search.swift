extension Document {
    /// Every match of `query` in the document's blocks, in block then offset order (all block kinds,
    /// notes included; callers filter by kind).
    public func matches(of query: SearchQuery) -> [BlockMatch] {
        matches(of: SearchPattern(query))
    }

    /// The matches of `query` in one block (a note shown in a strip), in offset order.
    public func matches(of query: SearchQuery, inBlock index: Int) -> [BlockMatch] {
        let pattern = SearchPattern(query)
        guard !pattern.isEmpty, blocks.indices.contains(index) else { return [] }
        var cache = FoldCache(pattern.memo)
        var found: [BlockMatch] = []
        BlockScanner(pattern, filtered: true).scan(blocks[index].text, lineStarts: blocks[index].lineStarts, index: index, cache: &cache, into: &found)
        return found
    }

    /// The matches of a pattern folded once for many documents (`filtered` false: trying every scalar, for tests).
    func matches(of pattern: SearchPattern, filtered: Bool = true) -> [BlockMatch] {
        guard !pattern.isEmpty else { return [] }
        let scanner = BlockScanner(pattern, filtered: filtered)
        var cache = FoldCache(pattern.memo)
        var found: [BlockMatch] = []
        for index in blocks.indices {
            scanner.scan(blocks[index].text, lineStarts: blocks[index].lineStarts, index: index, cache: &cache, into: &found)
        }
        return found
    }
}
