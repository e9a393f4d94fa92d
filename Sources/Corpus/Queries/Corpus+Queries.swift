extension Corpus {
    /// Rows of `dossier list`.
    public func listEntries() -> [ListEntry] {
        documents.map { d in
            ListEntry(file: d.file, title: d.metadata.title, shortTitle: d.metadata.shortTitle, archiveIds: d.archiveIDs,
                      date: d.metadata.dateText, isoDate: d.metadata.date?.iso, period: d.metadata.periodText, kind: d.metadata.kind.rawValue,
                      author: d.metadata.author, translator: d.metadata.translator,
                      pages: d.isPaginated ? d.pages.count : nil, markers: d.markers.count, notes: d.notes.count,
                      citations: d.citations.count, anomalies: d.anomalies.count, anomalyList: d.anomalies, warnings: d.warnings, pagination: d.paginationNote)
        }
    }

    /// The cited items of a note, with where each lands.
    public func noteCitations(document d: Int, note n: Int) -> [NoteCitation] {
        let doc = documents[d]
        return doc.notes[n].citations.map { k in
            let c = doc.citations[k]
            return NoteCitation(id: c.id, kind: c.kind.rawValue, raw: c.raw, corrected: c.corrected, correction: c.correction,
                                via: c.via, date: c.date, route: c.route, pages: c.locator.pages, target: target(of: c))
        }
    }

    /// Rows of `dossier notes`: every marker with its note, then notes no marker reaches.
    public func noteEntries(document d: Int) -> [NoteEntry] {
        let doc = documents[d]
        var rows: [NoteEntry] = doc.markers.map { m in
            let note = m.note.map { n in
                NoteText(label: doc.notes[n].label, line: doc.notes[n].line, text: doc.notes[n].text, page: doc.notes[n].page,
                         printedLabel: doc.notes[n].printedLabel)
            }
            let anomaly = m.anomaly?.message ?? m.note.flatMap { doc.notes[$0].anomaly?.message }
            return NoteEntry(label: m.label, hasMarker: true, page: m.page, line: m.line, context: context(of: m, in: doc), note: note,
                             anomaly: anomaly, citations: m.note.map { noteCitations(document: d, note: $0) } ?? [])
        }
        for (n, note) in doc.notes.enumerated() where note.markers.isEmpty {
            rows.append(NoteEntry(label: note.label, hasMarker: false, page: note.page, line: note.line, context: "",
                                  note: NoteText(label: note.label, line: note.line, text: note.text, page: note.page, printedLabel: note.printedLabel),
                                  anomaly: note.anomaly?.message, citations: noteCitations(document: d, note: n)))
        }
        return rows
    }

    /// Up to 60 characters of text before a marker.
    private func context(of m: Marker, in doc: Document) -> String {
        let utf8 = doc.blocks[m.block].text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: m.start)
        let before = String(doc.blocks[m.block].text[..<end])
        return String(before.suffix(60)).trimmingCharacters(in: .whitespaces)
    }

    /// `dossier cite`: an id (any typed form, optionally with a page: "SRH-078, p. 4", "SRH-078:4");
    /// the JSON form of `citedItem`.
    public func cite(_ query: String) -> CiteResult? {
        var text = query.trimmingCharacters(in: .whitespaces)
        var page: Int?
        if let m = text.firstMatch(of: Rx.cite1) {
            page = Int(m.output.1)
            text = String(text[..<m.range.lowerBound])
        }
        guard let item = citedItem(text) else { return nil }
        let places = item.places.map { p -> CitePlace in
            let doc = documents[p.document]
            let c = doc.citations[p.citation]
            return CitePlace(file: doc.file, page: c.page, line: c.line, noteLabel: c.note.map { doc.notes[$0].label }, raw: c.raw,
                             corrected: c.corrected, correction: c.correction, via: c.via, pages: c.locator.pages, date: c.date, route: c.route,
                             passage: p.passage, noteText: c.note.map { doc.notes[$0].text })
        }
        var target: CitationTarget?
        if let i = item.document {
            let doc = documents[i]
            let shown = page.flatMap { doc.page(numbered: $0) != nil ? $0 : nil }
            target = CitationTarget(file: doc.file, page: shown, pageEnd: shown)
        }
        return CiteResult(id: item.id, kind: item.kind.rawValue, title: item.title, date: item.date, route: item.routes.first,
                          routes: item.routes, companions: item.companions, corrections: item.corrections, bibliography: item.bibliography,
                          citations: places, target: target)
    }

    /// Blocks of a document for `dossier show --json`, optionally one page, notes and furniture optional.
    public func shownBlocks(document d: Int, page: Int?, includeFurniture: Bool, includeNotes: Bool) -> [ShownBlock] {
        let doc = documents[d]
        return doc.blocks.filter { b in
            if b.kind == .furniture && !includeFurniture { return false }
            if b.kind == .note && !includeNotes { return false }
            if b.kind == .rule { return false }
            if let page { return b.page == page || b.pageSplits.contains { $0.page == page } }
            return true
        }.map { b in
            ShownBlock(kind: b.kind.rawValue, text: b.text, page: b.page, line: b.line, lineEnd: b.lineEnd,
                       furniture: b.furniture?.rawValue, level: b.level, markers: b.markers.map { doc.markers[$0].label })
        }
    }
}

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let cite1 = #/(?:,?\s*pp?\.\s*|:)(\d+)(?:\s*[-–]\s*\d+)?$/#
}
