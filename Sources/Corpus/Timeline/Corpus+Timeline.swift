extension Corpus {
    /// Every dated event of the documents in time order, read once at load (copies of one text read once).
    static func buildTimeline(_ documents: [Document]) -> [TimelineEntry] {
        // Copies of one text (the same bytes under several names) would list each event once per copy: the
        // first copy stands for them all.
        var seen = Set<String>()
        let distinct = documents.indices.filter { documents[$0].contentHash.isEmpty || seen.insert(documents[$0].contentHash).inserted }
        let read = distinct.parallelMap(minimumCount: 2) { d in TimelineBuilder(document: documents[d], index: d).entries() }
        return read.flatMap { $0 }.sorted(by: TimelineEntry.inTimeOrder)
    }
}
