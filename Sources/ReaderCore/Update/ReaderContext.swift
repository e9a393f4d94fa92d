import Corpus

/// What commands and views read but never change: the corpus, the key map and the layout memo.
public struct ReaderContext {
    /// The documents and their indexes.
    public let corpus: Corpus
    /// The key map (help is rendered from it).
    public let keyMap: KeyMap
    /// Laid-out documents by width.
    public let layouts: LayoutCache

    /// Creates a context.
    public init(corpus: Corpus, keyMap: KeyMap = .standard, layouts: LayoutCache = LayoutCache()) {
        self.corpus = corpus
        self.keyMap = keyMap
        self.layouts = layouts
    }

    /// The layout of what a pane shows at a text width.
    public func layout(of pane: Pane, width: Int) -> DocumentLayout {
        let options = DocumentLayout.Options(width: max(1, width), furniture: pane.furniture, actors: pane.actors, revealed: pane.revealed,
                                             search: pane.document == nil ? nil : pane.search, currentMatch: pane.currentMatch)
        switch pane.content {
        case .document(let d):
            return layouts.layout(d, in: corpus, options: options)
        case .card(let id):
            return layouts.layout(of: pane.content, filter: "", options: options) {
                DocumentLayout(lines: CardBuilder(corpus: corpus, id: id, width: options.width, actors: pane.actors).lines(), options: options)
            }
        case .actorCard(let a):
            return layouts.layout(of: pane.content, filter: "", options: options) {
                DocumentLayout(lines: ActorCardBuilder(corpus: corpus, actor: a, width: options.width).lines(), options: options)
            }
        case .searchResults(let text):
            return layouts.layout(of: pane.content, filter: "", options: options) {
                DocumentLayout(lines: SearchResultsBuilder(corpus: corpus, text: text, width: options.width, actors: pane.actors,
                                                           shownBlocks: { d in self.layout(of: Pane(document: d), width: 80, actors: pane.actors).shownBlocks })
                                .lines(), options: options)
            }
        case .quotations:
            return layouts.layout(of: pane.content, filter: "", options: options) {
                DocumentLayout(lines: QuotationsViewBuilder(corpus: corpus, width: options.width).lines(), options: options)
            }
        case .timeline:
            return layouts.layout(of: pane.content, filter: pane.filter, options: options) {
                DocumentLayout(lines: TimelineViewBuilder(corpus: corpus, filter: pane.filter, width: options.width, actors: pane.actors,
                                                          shownBlocks: { d in self.layout(of: Pane(document: d), width: 80, actors: pane.actors).shownBlocks })
                                .lines(), options: options)
            }
        case .citationIndex:
            return layouts.layout(of: pane.content, filter: pane.filter, options: options) {
                DocumentLayout(lines: IndexBuilder(corpus: corpus, filter: pane.filter, width: options.width, actors: pane.actors).lines(),
                               options: options)
            }
        }
    }
}

extension ReaderContext {
    /// A document's layout at a width under an actor filter (what a pane showing it from the top would lay out).
    func layout(of pane: Pane, width: Int, actors: ActorFilter) -> DocumentLayout {
        var pane = pane
        pane.actors = actors
        return layout(of: pane, width: width)
    }
}

extension DocumentLayout {
    /// The line index shown at the top for `anchor` in `height` rows: the anchor's line, but never past the last screenful.
    public func top(for anchor: Anchor, height: Int) -> Int {
        min(lineIndex(of: anchor), max(0, lines.count - height))
    }
}
