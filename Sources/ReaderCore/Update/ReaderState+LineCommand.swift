import Corpus

extension ReaderState {
    /// Carries out a `:` command; unknown names never reach here (the parser says what is wrong).
    mutating func run(_ command: LineCommand, in context: ReaderContext) -> [Effect] {
        switch command {
        case .page(let n): goToPage(n, in: context)
        case .open(let name, let page): open(name, page: page, split: false, in: context)
        case .split(let name, let page): open(name, page: page, split: true, in: context)
        case .filter(let names): filter(on: names, in: context)
        case .search(let text):
            searchHistory = LineEditor.remember(text, in: searchHistory)
            searchInDocument(text, in: context)
        case .grep(let text):
            searchHistory = LineEditor.remember(text, in: searchHistory)
            searchEverywhere(text, in: context)
        case .cite(let id): cite(id, in: context)
        case .outline: openOutline(in: context)
        case .marks: openMarksList(in: context)
        case .deleteMarks(let letters):
            let gone = letters.filter { marks[$0] != nil }.sorted()
            for letter in gone { marks[letter] = nil }
            message = Message(gone.isEmpty ? "no such marks" : "forgot mark\(gone.count == 1 ? "" : "s") \(String(gone))")
        case .index: openIndex(in: context)
        case .timeline(let filter): openTimeline(filter: filter, in: context)
        case .quotes: openQuotations(in: context)
        case .noHighlight: clearSearch()
        case .help: mode = .help(top: 0)
        case .quit: return [.quit(status: 0)]
        }
        return []
    }

    /// `:page N` (and `:N`): original page N of the focused document, as a jump.
    private mutating func goToPage(_ n: Int, in context: ReaderContext) {
        guard let d = panes[focus].document else {
            message = Message(":page goes to a page of a document; this pane shows none", isError: true)
            return
        }
        guard let page = checkedPage(n, of: d, in: context) else { return }
        go(to: .page(document: d, page), in: context)
        message = Message("\(PaneTitle.of(context.corpus.documents[d])), p. \(page) · '' returns")
    }

    /// The page when document `d` has it, else nil with a message saying which pages there are.
    private mutating func checkedPage(_ n: Int, of d: Int, in context: ReaderContext) -> Int? {
        let document = context.corpus.documents[d]
        guard let last = document.pages.last?.number else {
            message = Message("\(PaneTitle.of(document)) carries no original page numbers; t shows its outline", isError: true)
            return nil
        }
        guard document.page(numbered: n) != nil else {
            message = Message("\(PaneTitle.of(document)) has pages \(document.pages.first?.number ?? 0)-\(last); no page \(n)", isError: true)
            return nil
        }
        return n
    }

    /// `:open DOC[:PAGE]` and `:split DOC[:PAGE]`: the document in this pane or a new one, at the page or where it was last read.
    private mutating func open(_ name: String, page: Int?, split: Bool, in context: ReaderContext) {
        guard let d = context.corpus.document(named: name) else {
            message = Message("no document \"\(name)\" (Tab completes the names)", isError: true)
            return
        }
        if let page, checkedPage(page, of: d, in: context) == nil { return }
        if split {
            guard canSplit() else { return }
            panes.insert(Pane(document: d), at: focus + 1)
            focus += 1
            panesRenumbered()
            // Its first place is where it is about to go, not a place to come back to (after the renumbering,
            // which forgets where panes came from).
            panes[focus].jumps.splitOff(from: focus - 1)
            for i in panes.indices { panes[i].weight = Pane.defaultWeight }
        }
        if let page {
            go(to: .page(document: d, page), in: context)
        } else if panes[focus].document != d || split {
            go(to: .anchor(document: d, lastPositions[d] ?? .top), in: context)
        }
        message = Message(PaneTitle.of(context.corpus.documents[d]) + (page.map { ", p. \($0)" } ?? "") + (split ? "" : " · Ctrl-O returns"))
    }

    /// `:filter NAME, NAME`: the actor filter on exactly these (any variant or misprint names an actor); none clears it.
    private mutating func filter(on names: [String], in context: ReaderContext) {
        var chosen: [Int] = []
        for name in names {
            guard let a = context.corpus.actors.actor(named: name) else {
                message = Message("no person or organisation \"\(name)\" in the registry (Tab completes; a lists them)", isError: true)
                return
            }
            if !chosen.contains(a) { chosen.append(a) }
        }
        setActorFilter(ActorFilter(actors: chosen, requiresAll: actorFilter.requiresAll), in: context)
    }

    /// `:cite ID`: the card of a cited id in the focused pane (a jump).
    private mutating func cite(_ query: String, in context: ReaderContext) {
        guard let item = context.corpus.citedItem(query) else {
            message = Message("nothing in the corpus cites \"\(query)\"; i lists every cited id", isError: true)
            return
        }
        jump(pane: focus, to: Place(content: .card(item.id)))
        message = Message("\(item.id) · Ctrl-O returns")
    }
}
