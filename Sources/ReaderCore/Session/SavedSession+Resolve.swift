import Corpus

/// A saved session checked against a corpus: the reader's own values, holding only what resolves and is in range.
struct ResolvedSession: Hashable, Sendable {
    /// The panes that resolved, in order (empty when none did: the reader keeps the panes it opened).
    var panes: [Pane] = []
    /// The focused pane among `panes`.
    var focus = 0
    /// Marks whose letter is a-z and whose document and line are in the corpus.
    var marks: [Character: Mark] = [:]
    /// Last positions of documents still in the corpus.
    var lastPositions: [Int: Anchor] = [:]
    /// Searches, cleaned, newest `SavedSession.historyLimit` kept.
    var searchHistory: [String] = []
    /// Command lines, cleaned, newest `SavedSession.historyLimit` kept.
    var commandHistory: [String] = []
    /// The filter on the actors still registered.
    var actorFilter = ActorFilter()
    /// Saved places that no longer match the corpus (a document, card or actor gone or changed, a line out of range).
    var dropped = 0
}

extension SavedSession {
    /// The most bytes a history entry may hold; a longer one was not typed at a prompt.
    public static let historyEntryLimit = 1_000
    /// The largest pane weight taken: weights are shares of the width, and the layout adds them up.
    public static let weightLimit = 100_000
    /// The most lines a card or the index is taken to have (their anchors are line numbers).
    public static let viewLineLimit = 1_000_000

    /// Checks every part against `corpus`: documents by content hash, cards by id, actors by id, lines in
    /// range, 1 to `ReaderState.maxPanes` panes, a focus among them, positive bounded weights, mark letters
    /// a-z, histories cleaned and capped. What fails is left out; nothing here can trap on a hostile file.
    func resolved(in corpus: Corpus) -> ResolvedSession {
        var resolver = SavedRefs(corpus: corpus)
        var out = ResolvedSession()
        // Positions taken by a reader that cut the same bytes into other blocks would land in other text:
        // the documents and panes come back, at their tops; positions and marks are dropped.
        let samePositions = model == Corpus.modelVersion
        // The first panes that resolve, at most as many as fit: one gone leaves the others their places.
        for (i, saved) in panes.enumerated() where out.panes.count < ReaderState.maxPanes {
            guard var pane = resolver.pane(saved) else { continue }
            if !samePositions, pane.document != nil, pane.anchor != .top {
                pane.anchor = .top
                resolver.misses += 1
            }
            if i == focus { out.focus = out.panes.count }
            out.panes.append(pane)
        }
        for (hash, anchor) in positions.sorted(by: { $0.key < $1.key }) {
            guard samePositions else { resolver.misses += 1; continue }
            guard let d = resolver.document(hash), let a = resolver.anchor(anchor, inDocument: d) else { continue }
            out.lastPositions[d] = a
        }
        for (key, mark) in marks.sorted(by: { $0.key < $1.key }) {
            guard key.count == 1, let letter = key.first, ("a"..."z").contains(letter), letter.isASCII else { continue }
            guard samePositions else { resolver.misses += 1; continue }
            guard let d = resolver.document(mark.document), let a = resolver.anchor(mark.anchor, inDocument: d) else { continue }
            out.marks[letter] = Mark(document: d, anchor: a)
        }
        out.searchHistory = Self.cleanHistory(searchHistory)
        out.commandHistory = Self.cleanHistory(commandHistory)
        var chosen: [Int] = []
        for id in actorFilter.actors {
            guard let a = resolver.actor(id) else { continue }
            if !chosen.contains(a) { chosen.append(a) }
        }
        out.actorFilter = ActorFilter(actors: chosen, requiresAll: actorFilter.requiresAll)
        out.dropped = resolver.misses
        return out
    }

    /// A history as the prompts could have made it: no control characters, no empty or overlong entries,
    /// no repeats (the latest kept), the newest `historyLimit`.
    static func cleanHistory(_ entries: [String]) -> [String] {
        var seen: Set<String> = []
        var kept: [String] = []
        for entry in entries.reversed() where kept.count < historyLimit {
            guard !entry.isEmpty, entry.utf8.count <= historyEntryLimit else { continue }
            let clean = Sanitizer.clean(entry)
            if seen.insert(clean).inserted { kept.append(clean) }
        }
        return kept.reversed()
    }
}

/// Looks saved references up in a corpus and counts those that no longer resolve.
private struct SavedRefs {
    let corpus: Corpus
    /// Content hash → the first document with it.
    let documents: [String: Int]
    /// Actor id → registry index.
    let actors: [String: Int]
    /// References that did not resolve.
    var misses = 0

    init(corpus: Corpus) {
        self.corpus = corpus
        documents = Dictionary(corpus.documents.enumerated().map { ($1.contentHash, $0) }, uniquingKeysWith: { first, _ in first })
        actors = Dictionary(corpus.actors.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func document(_ hash: String) -> Int? {
        guard !hash.isEmpty, let d = documents[hash] else { misses += 1; return nil }
        return d
    }

    mutating func actor(_ id: String) -> Int? {
        guard let a = actors[id] else { misses += 1; return nil }
        return a
    }

    /// `anchor` when it names a line document `d` can have: the top, or a block of it at an offset between its
    /// lead-in lines (at most three: blank, page rule, blank) and the end of its shown text.
    mutating func anchor(_ anchor: Anchor, inDocument d: Int) -> Anchor? {
        if anchor == .top { return anchor }
        let document = corpus.documents[d]
        guard document.blocks.indices.contains(anchor.block) else { misses += 1; return nil }
        let block = document.blocks[anchor.block]
        let shown = StyledText(block: block, markers: document.markers, base: .body, furnitureLabel: block.kind == .furniture).text.utf8.count
        guard (-3...max(shown, block.cells?.count ?? 0)).contains(anchor.offset) else { misses += 1; return nil }
        return anchor
    }

    /// The pane `saved` describes, or nil when what it showed is gone; a line out of range opens at the top.
    mutating func pane(_ saved: SavedPane) -> Pane? {
        let content: PaneContent
        var anchor = saved.anchor
        switch saved.shows {
        case .document:
            guard let d = document(saved.ref ?? "") else { return nil }
            content = .document(d)
            anchor = self.anchor(anchor, inDocument: d) ?? .top
        case .card:
            guard let id = saved.ref, corpus.citedItem(id) != nil else { misses += 1; return nil }
            content = .card(id)
        case .index:
            content = .citationIndex
        case .timeline:
            content = .timeline
        case .quotations:
            content = .quotations
        case .actor:
            guard let a = actor(saved.ref ?? "") else { return nil }
            content = .actorCard(a)
        case .search:
            guard let text = saved.ref, SearchQuery(text) != nil, text.utf8.count <= SavedSession.historyEntryLimit, Sanitizer.clean(text) == text else { misses += 1; return nil }
            content = .searchResults(text)
        }
        // Cards and the index anchor lines by number, offset 0; past the end shows the last screenful.
        if saved.shows != .document, !(anchor == .top || ((0...SavedSession.viewLineLimit).contains(anchor.block) && anchor.offset == 0)) {
            anchor = .top
        }
        let weight = saved.weight > 0 ? min(saved.weight, SavedSession.weightLimit) : Pane.defaultWeight
        return Pane(content: content, anchor: anchor, weight: weight, furniture: saved.furniture)
    }
}
