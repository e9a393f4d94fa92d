import Corpus

extension ReaderState {
    /// The documents open in the panes.
    var openDocuments: Set<Int> { Set(panes.compactMap(\.document)) }

    /// Puts a new actor filter in force in every pane, saying what it does.
    mutating func setActorFilter(_ filter: ActorFilter, in context: ReaderContext) {
        let wasOn = actorFilter.isOn
        // Each pane keeps the passage at its top: the one it showed before a filter came on when it has
        // not moved since, else the first passage on screen (not a "hidden" line standing for others).
        var anchors = panes.indices.map { i in wasOn ? firstPassageOnScreen(ofPane: i, in: context) : panes[i].anchor }
        // A pane reading the pages a citation named (or kept there by follow mode) keeps them in view.
        let onCitedPages = panes.indices.filter { i in
            guard let pages = panes[i].citedPages else { return false }
            if follow?.target == i { return true }
            let layout = layout(of: i, in: context)
            let top = layout.top(for: panes[i].anchor, height: readingArea(of: i, in: context).height)
            return layout.lines.indices.contains(top) && (layout.lines[top].startsPage ?? layout.lines[top].page).map(pages.contains) == true
        }
        for i in panes.indices {
            if !filter.isOn, let origin = panes[i].beforeFilter, origin.content == panes[i].content, origin.filtered == panes[i].anchor {
                anchors[i] = origin.original
            }
        }
        actorFilter = filter
        for i in panes.indices {
            if filter.isOn, !wasOn || panes[i].beforeFilter?.content != panes[i].content {
                panes[i].beforeFilter = FilterOrigin(content: panes[i].content, original: panes[i].anchor, filtered: anchors[i])
            } else if filter.isOn {
                panes[i].beforeFilter?.filtered = anchors[i]
            } else {
                panes[i].beforeFilter = nil
            }
            panes[i].anchor = anchors[i]
            panes[i].actors = filter
            panes[i].revealed = []
        }
        if filter.isOn {
            let names = filter.actors.map { ActorFilter.shortName(of: context.corpus.actors.actors[$0]) }
            let counts = panes.indices.compactMap { i -> (Int, Int)? in
                guard panes[i].document != nil else { return nil }
                let layout = layout(of: i, in: context)
                return (layout.passagesShown, layout.passagesShown + layout.passagesHidden)
            }
            let shown = counts.map(\.0).reduce(0, +), total = counts.map(\.1).reduce(0, +)
            let match = filter.actors.count > 1 ? "\(filter.matchName) " : ""
            message = Message("filter: \(match)\(names.joined(separator: ", ")) · \(shown) of \(total) passages in the panes; A clears it")
        } else if wasOn {
            message = Message("filter cleared: every passage shown")
        } else {
            message = Message("no actor filter to clear; a chooses people")
        }
        for i in onCitedPages { revealJumpTarget(ofPane: i, in: context) }
        // The filter moved the followed pane, not the user: follow mode carries on from its new place.
        if var f = follow, panes.indices.contains(f.target) {
            f.shown = panes[f.target].place
            follow = f
        }
        // An open note stays readable: the passage its marker stands in is shown although the filter hides it.
        for i in panes.indices where panes[i].strip != nil {
            if let subject = panes[i].strip?.subject, let d = panes[i].document, layout(of: i, in: context).linkIndex(of: subject) == nil {
                let document = context.corpus.documents[d]
                switch subject {
                case .marker(let m) where document.markers.indices.contains(m): panes[i].revealed.insert(document.markers[m].block)
                case .note(let n) where document.notes.indices.contains(n): panes[i].revealed.insert(document.notes[n].block)
                default: break
                }
                outsideFilter = true
            }
            revealStripSubject(ofPane: i, in: context)
        }
    }

    /// The anchor of the first line of passage text on screen in pane `index` (its anchor when it shows none).
    func firstPassageOnScreen(ofPane index: Int, in context: ReaderContext) -> Anchor {
        guard panes[index].document != nil else { return panes[index].anchor }
        let layout = layout(of: index, in: context)
        let visible = visibleLines(of: index, layout: layout, in: context)
        let line = visible.first { i in
            let segments = layout.lines[i].segments
            return layout.lines[i].anchor.block >= 0 && !segments.isEmpty
                && !segments.contains { $0.role == .elided || $0.role == .pageRule || $0.role == .warning }
        }
        return line.map { layout.lines[$0].anchor } ?? panes[index].anchor
    }

    /// `&` (Tab in the picker): passages must name any or all of the chosen actors.
    mutating func toggleActorMatch(in context: ReaderContext) {
        if case .actors(var picker) = mode {
            picker.filter.requiresAll.toggle()
            mode = .actors(picker)
            return
        }
        var filter = actorFilter
        filter.requiresAll.toggle()
        guard filter.isOn else {
            actorFilter = filter
            message = Message("the next filter will show passages naming \(filter.matchName) the people chosen")
            return
        }
        setActorFilter(filter, in: context)
    }

    /// Space in the actor picker: chooses or unchooses the selected actor.
    mutating func toggleActorInPicker(in context: ReaderContext) {
        guard case .actors(var picker) = mode else { return }
        let entries = ActorEntry.matching(picker.query, in: context.corpus, openDocuments: openDocuments)
        guard entries.indices.contains(picker.selection) else { return }
        picker.filter.toggle(entries[picker.selection].actor)
        picker.touched = true
        mode = .actors(picker)
    }

    /// `)` / `(`: selects the next or previous name of a registered actor in the focused pane.
    mutating func selectMention(by delta: Int, in context: ReaderContext) {
        guard panes[focus].document != nil else {
            message = Message("names are selected in a document pane", isError: true)
            return
        }
        let layout = layout(of: focus, in: context)
        let names = layout.mentionLinks
        let visible = visibleLines(of: focus, layout: layout, in: context)
        var next: Int?
        if let selection = panes[focus].selection, let i = names.firstIndex(where: { $0.target == selection }), visible.contains(names[i].line) {
            next = i + delta
        } else if delta > 0 {
            next = names.firstIndex { $0.line >= visible.lowerBound }
        } else {
            next = names.lastIndex { $0.line < visible.upperBound }
        }
        guard let n = next, names.indices.contains(n) else {
            message = Message(names.isEmpty ? "no registered name in this document" : delta > 0 ? "no name below" : "no name above")
            return
        }
        panes[focus].selection = names[n].target
        reveal(lines: names[n].line, names[n].line, inPane: focus, in: context)
        if let actor = mentionedActor(names[n].target, inPane: focus, in: context) {
            let a = context.corpus.actors.actors[actor]
            let chosen = actorFilter.actors.contains(actor)
            message = Message("\(a.name) · \(a.role) · + \(chosen ? "takes them out of" : "adds them to") the filter")
        }
    }

    /// `+` (or Enter on a name): adds the selected name's actor to the filter, or takes them out.
    mutating func chooseMentionActor(in context: ReaderContext) {
        var onCard: Int?
        if case .actorCard(let a) = panes[focus].content { onCard = a }
        guard let actor = onCard ?? panes[focus].selection.flatMap({ mentionedActor($0, inPane: focus, in: context) }) else {
            message = Message("select a name first: ) and ( step through the names on screen", isError: true)
            return
        }
        var filter = actorFilter
        filter.toggle(actor)
        let added = filter.actors.contains(actor)
        setActorFilter(filter, in: context)
        let name = ActorFilter.shortName(of: context.corpus.actors.actors[actor])
        message = Message("\(name) \(added ? "added to" : "taken out of") the filter · " + (message?.text ?? ""))
    }

    /// Enter on a selected name: the actor's card (who they are, every form, every mention), a jump.
    mutating func openActorCard(in context: ReaderContext) {
        guard let selection = panes[focus].selection, let actor = mentionedActor(selection, inPane: focus, in: context) else { return }
        jump(pane: focus, to: Place(content: .actorCard(actor)))
        message = Message("\(context.corpus.actors.actors[actor].name): + filters on them, Ctrl-O comes back")
    }

    /// The actor a selected name stands for.
    func mentionedActor(_ target: LinkTarget, inPane index: Int, in context: ReaderContext) -> Int? {
        guard case .mention(let block, let start) = target, let d = panes[index].document else { return nil }
        return context.corpus.actors.mentions(in: d, block: block).first { $0.start == start }?.actor
    }

    /// After a jump under the actor filter: reveals the cited pages' passages, or the passage landed on,
    /// when the filter hides them, and says so.
    mutating func revealJumpTarget(ofPane index: Int, in context: ReaderContext) {
        guard actorFilter.isOn, let d = panes[index].document else { return }
        // A pane split off for this jump gets the filter now, so what it hides is known.
        if panes[index].actors != actorFilter {
            panes[index].actors = actorFilter
            panes[index].revealed = []
        }
        let document = context.corpus.documents[d]
        var blocks: [Int] = []
        if let pages = panes[index].citedPages {
            for (b, block) in document.blocks.enumerated() where block.isReadingText && block.page != nil {
                let last = block.pageSplits.last?.page ?? block.page!
                if block.page! <= pages.upperBound, last >= pages.lowerBound { blocks.append(b) }
            }
        } else if document.blocks.indices.contains(panes[index].anchor.block) {
            blocks = [panes[index].anchor.block]
        }
        // What the filtered layout shows is the test (a quotation shows with the paragraph introducing it).
        let shown = layout(of: index, in: context).shownBlocks
        let hidden = blocks.filter { !shown.contains($0) }
        guard !hidden.isEmpty else { return }
        panes[index].revealed.formUnion(hidden)
        outsideFilter = true
    }
}

extension ActorFilter {
    /// Whether a citing place passes: the note holding the citation, or the passage its markers
    /// annotate, names the chosen actors (a citation in running text: its paragraph).
    func passes(citation c: Int, in d: Int, of corpus: Corpus) -> Bool {
        guard isOn else { return true }
        let document = corpus.documents[d]
        let citation = document.citations[c]
        var blocks = [citation.block]
        if let n = citation.note { blocks += document.notes[n].markers.map { document.markers[$0].block } }
        var present = Set<Int>()
        for block in blocks { present.formUnion(ActorFilter.actors(namedIn: block, of: document) { corpus.actors.mentions(in: d, block: $0).map(\.actor) }) }
        return passes(present)
    }

    /// The filter as the status row writes it: "Sato|Lozovsky", "Sato&Lozovsky".
    func names(in corpus: Corpus) -> String {
        actors.map { ActorFilter.shortName(of: corpus.actors.actors[$0]) }.joined(separator: requiresAll ? "&" : "|")
    }

    /// The actors a block names, in its text or in the notes its markers open.
    static func actors(namedIn block: Int, of document: Document, mentions: (Int) -> [Int]) -> Set<Int> {
        var present = Set(mentions(block))
        for m in document.blocks[block].markers where document.markers.indices.contains(m) {
            if let n = document.markers[m].note, document.notes.indices.contains(n) { present.formUnion(mentions(document.notes[n].block)) }
        }
        return present
    }

    /// How the status row and messages name an actor: a person by the first variant (usually the surname),
    /// an organisation by its shortest capitalised form ("IGHQ", "Foreign Office").
    static func shortName(of actor: Actor) -> String {
        if actor.kind == .person { return actor.variants.first ?? actor.name }
        return actor.correctForms.filter { $0.first?.isUppercase == true }.min { $0.count < $1.count } ?? actor.name
    }
}
