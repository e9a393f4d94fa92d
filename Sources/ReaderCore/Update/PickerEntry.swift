import Corpus

/// One document as the picker lists it.
public struct PickerEntry: Hashable, Sendable {
    /// Index of the document in the corpus.
    public var document: Int
    /// Short title, with the archive id when it differs ("PSIS 400-16 · SRH-078").
    public var title: String
    /// Date as printed, or "—".
    public var date: String
    /// Kind ("thesis", "intelligence summary").
    public var kind: String
    /// "14 pp." or "—" for unpaginated documents.
    public var pages: String
    /// Lower-cased UTF-8 the query is matched against (file name and all the above).
    let haystack: [UInt8]

    /// The entries of every document in corpus order.
    public static func all(in corpus: Corpus) -> [PickerEntry] {
        corpus.documents.enumerated().map { i, d in
            PickerEntry(document: i, title: PaneTitle.of(d), date: d.metadata.dateText ?? "—",
                        kind: d.metadata.kind.rawValue, pages: d.isPaginated ? "\(d.pages.count) pp." : "—",
                        haystack: Array(([d.file, d.metadata.title, PaneTitle.of(d), d.metadata.dateText ?? "", d.metadata.kind.rawValue]
                            + d.archiveIDs).joined(separator: " ").lowercased().utf8))
        }
    }

    /// The entries whose text holds every word of `query` (case-insensitive), in corpus order.
    public static func matching(_ query: String, in corpus: Corpus) -> [PickerEntry] {
        matching(query, in: all(in: corpus))
    }

    /// Those of `entries` whose text holds every word of `query` (case-insensitive), in their order.
    static func matching(_ query: String, in entries: [PickerEntry]) -> [PickerEntry] {
        let words = query.lowercased().split(separator: " ").map { Array($0.utf8) }
        guard !words.isEmpty else { return entries }
        return entries.filter { entry in words.allSatisfy { entry.holds($0) } }
    }

    /// True when the haystack holds `word`'s bytes: a plain byte scan, as thousands of entries are tried per key.
    private func holds(_ word: [UInt8]) -> Bool {
        let n = word.count, h = haystack.count
        guard n <= h else { return false }
        guard let first = word.first else { return true }
        var i = 0
        while i <= h - n {
            if haystack[i] == first, haystack[i..<(i + n)].elementsEqual(word) { return true }
            i += 1
        }
        return false
    }
}

/// How a pane and the picker name a document.
public enum PaneTitle {
    /// The short title, with the first archive id that differs from it ("PSIS 400-16 · SRH-078").
    public static func of(_ document: Document) -> String {
        let short = document.metadata.shortTitle
        guard let id = document.archiveIDs.first(where: { $0 != short }) else { return short }
        return "\(short) · \(id)"
    }

    /// The shortest name of a document, for a narrow column or a message: an archive id other than its
    /// short title ("SRH-078"), else the short title up to its first comma ("Blevins").
    public static func short(_ document: Document) -> String {
        if let id = document.archiveIDs.first(where: { $0 != document.metadata.shortTitle }) { return id }
        return String(document.metadata.shortTitle.prefix { $0 != "," })
    }
}
