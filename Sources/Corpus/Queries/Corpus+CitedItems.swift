import Foundation

extension Corpus {
    /// The card of a cited id, typed as normalised or in any form `ArchiveID.normalise` accepts
    /// ("h197715", "DS #1214"), or a work id ("Surname, Title"); nil when the corpus knows nothing of it.
    ///
    /// A lookup in the load-time indexes plus work proportional to the item's citations.
    public func citedItem(_ query: String) -> CitedItem? {
        let typed = query.trimmingCharacters(in: .whitespaces)
        let id = ArchiveID.normalise(typed) ?? typed
        let refs = citationsByID[id] ?? []
        let entry = bibliography[id]
        guard !refs.isEmpty || links[id] != nil || listings[id] != nil || catalogue[id] != nil || entry != nil else { return nil }

        let places = refs.map(citingPlace).sorted { a, b in placeOrder(a) < placeOrder(b) }
        let cited = places.map { documents[$0.document].citations[$0.citation] }
        let known = description(of: id)
        var companions: [String] = [], seen: Set<String> = [id], notesSeen: Set<[Int]> = []
        for p in places {
            guard let n = p.note, notesSeen.insert([p.document, n]).inserted else { continue }
            let doc = documents[p.document]
            for k in doc.notes[n].citations where seen.insert(doc.citations[k].id).inserted { companions.append(doc.citations[k].id) }
        }
        return CitedItem(
            id: id,
            kind: cited.first?.kind ?? (entry != nil ? .work : CitationKind(id: id)),
            title: entry?.title ?? known.title,
            // A note's date can carry the note's closing period ("22 July.").
            date: known.date ?? cited.lazy.compactMap(\.date).first.map { $0.trimmingCharacters(in: [".", ",", ";", " "]) },
            routes: distinct(cited.compactMap(\.route)),
            companions: companions,
            document: links[id],
            corrections: distinct(cited.compactMap { c in c.correction.map { "printed \(c.raw), read as \(id) (\($0))" } }),
            places: places,
            bibliography: entry?.text)
    }

    /// Every cited id grouped by kind (kinds in `CitationKind.allCases` order, empty kinds left
    /// out; ids in natural order, numbers compared as numbers), with how often each is cited.
    public func citedItemIndex() -> [(kind: CitationKind, items: [(id: String, count: Int)])] {
        var groups: [CitationKind: [(id: String, count: Int)]] = [:]
        for (id, refs) in citationsByID {
            guard let r = refs.first else { continue }
            groups[documents[r.document].citations[r.citation].kind, default: []].append((id, refs.count))
        }
        return CitationKind.allCases.compactMap { kind in
            groups[kind].map { (kind: kind, items: $0.sorted { $0.id.naturallyPrecedes($1.id) }) }
        }
    }

    /// One citing place with the passage it annotates.
    private func citingPlace(_ r: CitationRef) -> CitingPlace {
        let doc = documents[r.document]
        let c = doc.citations[r.citation]
        let marker = c.note.flatMap { doc.notes[$0].markers.min() }
        let passage = doc.passage(ofCitation: r.citation)
        return CitingPlace(document: r.document, citation: r.citation, note: c.note, marker: marker, passage: passage?.text,
                           block: passage?.block ?? c.block, offset: passage?.start ?? c.start, end: passage?.end ?? c.end,
                           page: c.page, line: c.line)
    }

    /// Sort key of a place: citing document's date (undated last), file, source line, citation.
    private func placeOrder(_ p: CitingPlace) -> SortKey {
        let meta = documents[p.document].metadata
        return SortKey(date: meta.date ?? meta.period, file: documents[p.document].file, line: p.line, citation: p.citation)
    }

    /// The values in first-seen order, each once.
    private func distinct(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

/// Orders citing places: dated documents first by date, then file, line and citation index.
private struct SortKey: Comparable {
    var date: DateSpan?
    var file: String
    var line: Int
    var citation: Int

    static func < (a: SortKey, b: SortKey) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x < y || y < x: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.file, a.line, a.citation) < (b.file, b.line, b.citation)
        }
    }
}
