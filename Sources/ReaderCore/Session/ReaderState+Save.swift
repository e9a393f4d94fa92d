import Corpus

extension ReaderState {
    /// What of this state is remembered between runs, with documents named by content hash and actors by id.
    ///
    /// Pure and cheap (a few panes, marks and short lists), so the run loop can compare it after every key
    /// to know whether anything worth saving changed.
    public func saved(in corpus: Corpus) -> SavedSession {
        let hash = { (d: Int) in corpus.documents.indices.contains(d) ? corpus.documents[d].contentHash : "" }
        let actorID = { (a: Int) in corpus.actors.actors.indices.contains(a) ? corpus.actors.actors[a].id : "" }
        var saved: [SavedPane] = []
        var savedFocus = 0
        for (i, pane) in panes.enumerated() {
            let shows: SavedPane.Shows, ref: String?
            switch pane.content {
            case .document(let d): (shows, ref) = (.document, hash(d))
            case .card(let id): (shows, ref) = (.card, id)
            case .citationIndex: (shows, ref) = (.index, nil)
            case .actorCard(let a): (shows, ref) = (.actor, actorID(a))
            case .searchResults(let text): (shows, ref) = (.search, text)
            case .timeline: (shows, ref) = (.timeline, nil)
            case .quotations: (shows, ref) = (.quotations, nil)
            }
            // A document built outside the loader has no hash: nothing could find it again.
            if ref == "" { continue }
            if i == focus { savedFocus = saved.count }
            saved.append(SavedPane(shows: shows, ref: ref, anchor: pane.anchor, weight: pane.weight, furniture: pane.furniture))
        }
        var positions: [String: Anchor] = [:]
        for (d, anchor) in lastPositions where !hash(d).isEmpty { positions[hash(d)] = anchor }
        var savedMarks: [String: SavedMark] = [:]
        for (letter, mark) in marks where !hash(mark.document).isEmpty {
            savedMarks[String(letter)] = SavedMark(document: hash(mark.document), anchor: mark.anchor)
        }
        let filter = SavedActorFilter(actors: actorFilter.actors.map(actorID).filter { !$0.isEmpty }, requiresAll: actorFilter.requiresAll)
        return SavedSession(panes: saved, focus: savedFocus, positions: positions, marks: savedMarks,
                            searchHistory: searchHistory, commandHistory: commandHistory, actorFilter: filter)
    }
}
