import Corpus

/// Which places of the corpus the reader shows under an actor filter: a block its filtered layout keeps, or a
/// note whose marker stands in such a block. The queries and the reader's list panes ask it, so they agree.
public struct ShownPlaces {
    private let corpus: Corpus
    private let filter: ActorFilter
    private let layoutBlocks: (Int) -> Set<Int>
    private var cache: [Int: Set<Int>] = [:]

    /// Asks `shownBlocks` for a document's kept blocks when given (the reader's layout memo), else lays the document out.
    public init(corpus: Corpus, filter: ActorFilter, shownBlocks: ((Int) -> Set<Int>)? = nil) {
        self.corpus = corpus
        self.filter = filter
        layoutBlocks = shownBlocks ?? { d in
            let mentions = corpus.actors.mentions.indices.contains(d) ? corpus.actors.mentions[d] : []
            return DocumentLayout(document: corpus.documents[d], options: .init(width: 80, actors: filter), mentions: mentions).shownBlocks
        }
    }

    /// True when the filter is off, or the reader shows block `b` of document `d` (a note: where its markers stand).
    public mutating func shows(document d: Int, block b: Int) -> Bool {
        guard filter.isOn else { return true }
        let shown = cache[d] ?? layoutBlocks(d)
        cache[d] = shown
        let document = corpus.documents[d]
        guard document.blocks.indices.contains(b), let note = document.blocks[b].note, document.notes.indices.contains(note) else {
            return shown.contains(b)
        }
        return document.notes[note].markers.contains { document.markers.indices.contains($0) && shown.contains(document.markers[$0].block) }
    }
}
