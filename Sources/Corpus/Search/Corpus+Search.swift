extension Corpus {
    /// Every hit of `query` in the documents given (all when nil), documents searched in parallel, in
    /// document order (corpus order, whatever the order of `documents`; indices out of range are ignored).
    public func search(_ query: SearchQuery, documents chosen: [Int]? = nil) -> [SearchHit] {
        let pattern = SearchPattern(query)
        guard !pattern.isEmpty else { return [] }
        let indices = chosen.map { Array(Set($0.filter(documents.indices.contains))).sorted() } ?? Array(documents.indices)
        // Chunks of documents go to the cores; a corpus of a few documents is searched in one go.
        return indices.parallelMap(minimumCount: 16) { d in hits(documents[d].matches(of: pattern), inDocument: d) }.flatMap { $0 }
    }

    /// The matches of one document placed as hits: page, line, column and snippet.
    func hits(_ matches: [BlockMatch], inDocument d: Int) -> [SearchHit] {
        let document = documents[d]
        var hits: [SearchHit] = []
        hits.reserveCapacity(matches.count)
        var columns: ColumnCounter?
        for match in matches {
            let block = document.blocks[match.block]
            if columns?.block != match.block { columns = ColumnCounter(block: match.block, text: block.text, lineStarts: block.lineStarts) }
            let snippet = Snippet(in: block.text, start: match.start, end: match.end)
            hits.append(SearchHit(document: d, file: document.file, block: match.block, start: match.start, end: match.end,
                                  page: block.page(atOffset: match.start), line: block.line(atOffset: match.start),
                                  column: columns!.column(atOffset: match.start), snippet: snippet.text,
                                  snippetMatch: snippet.match, inNote: block.kind == .note))
        }
        return hits
    }
}
