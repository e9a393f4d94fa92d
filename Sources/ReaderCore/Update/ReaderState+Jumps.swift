import Corpus

extension ReaderState {
    /// Moves pane `index` to `place`, recording where it was so back returns there.
    mutating func jump(pane index: Int, to place: Place, origin: Int? = nil) {
        panes[index].jumps.record(panes[index].place, origin: origin)
        panes[index].show(place)
        // A new jump starts a new branch: the steps back taken before are no longer the way forward.
        backTrail = []
    }

    /// A document opened at the first of `pages` in pane `index` (its width decides the anchor), the pages marked.
    func place(document d: Int, pages: ClosedRange<Int>?, inPane index: Int, in context: ReaderContext) -> Place {
        var place = Place(content: .document(d), citedPages: pages)
        guard let first = pages?.lowerBound else { return place }
        var probe = panes.indices.contains(index) ? panes[index] : Pane(document: d)
        probe.content = .document(d)
        // Found in the whole text: under an actor filter the cited page may be hidden, and the jump reveals it.
        probe.actors = ActorFilter()
        let width = screen.panes.indices.contains(index) ? screen.panes[index].text.width : 80
        let layout = context.layout(of: probe, width: width)
        if let line = layout.firstLine(onPage: first), line > 0 { place.anchor = layout.lines[line].anchor }
        return place
    }

    /// Enter in a note: follows the selected cited item.
    mutating func followStripSelection(in context: ReaderContext) {
        guard let strip = panes[focus].strip, let d = panes[focus].document else { return }
        let document = context.corpus.documents[d]
        let note = NoteStripText.subject(strip.subject, in: document).note
        let citations = note.map { document.notes[$0].citations } ?? []
        guard citations.indices.contains(strip.selection) else {
            message = Message("this note cites nothing to follow", isError: true)
            return
        }
        follow(citation: citations[strip.selection], in: d, citedBy: note.map { "note \(document.notes[$0].label)" } ?? "this note", in: context)
    }

    /// Opens what citation `c` of document `d` names in the pane beside the focused one, and moves focus there:
    /// a loaded document at the cited pages (marked), else the item's card.
    mutating func follow(citation c: Int, in d: Int, citedBy source: String, in context: ReaderContext) {
        let citation = context.corpus.documents[d].citations[c]
        let origin = focus
        let other = otherPane(for: origin)
        if let target = context.corpus.target(of: citation), let t = context.corpus.document(named: target.file) {
            let pages = target.page.map { $0...(target.pageEnd ?? $0) }
            jump(pane: other, to: place(document: t, pages: pages, inPane: other, in: context), origin: other == origin ? nil : origin)
            revealJumpTarget(ofPane: other, in: context)
            let at = pages.map { $0.count == 1 ? ", p. \($0.lowerBound)" : ", pp. \($0.lowerBound)-\($0.upperBound)" } ?? ""
            message = Message("\(PaneTitle.of(context.corpus.documents[t]))\(at), cited by \(source); Ctrl-O comes back")
        } else {
            jump(pane: other, to: Place(content: .card(citation.id)), origin: other == origin ? nil : origin)
            message = Message("\(citation.id), cited by \(source); Ctrl-O comes back")
        }
        focus = other
    }

    /// The pane beside `index` that shows what it cites: the next one, else the previous, else a new one split off (when there is room).
    mutating func otherPane(for index: Int) -> Int {
        if panes.indices.contains(index + 1) { return index + 1 }
        if index > 0 { return index - 1 }
        let needed = ScreenLayout(columns: 0, rows: 0, weights: Array(repeating: 1, count: panes.count + 1)).required.columns
        guard columns >= needed, panes.count < Self.maxPanes else {
            // Too narrow for two panes: the jump happens in this pane, and back still returns.
            return index
        }
        var pane = Pane(content: panes[index].content, anchor: panes[index].anchor)
        pane.jumps.splitOff(from: index)
        panes.insert(pane, at: index + 1)
        for i in panes.indices { panes[i].weight = Pane.defaultWeight }
        follow = nil
        return index + 1
    }

    /// Ctrl-O: the focused pane returns to where it was before its last jump; focus returns to the pane the jump came from.
    mutating func goBack(in context: ReaderContext) {
        let index = focus
        guard let entry = panes[index].jumps.goBack(from: panes[index].place) else {
            if let origin = panes[index].jumps.openedFrom, panes.indices.contains(origin), panes.count > 1 {
                // A pane split off to show a followed citation closes when one goes back past its first place;
                // forward opens it again.
                let closed = panes.remove(at: index)
                focus = origin < index ? origin : origin - 1
                panesRenumbered()
                backTrail = [.reopen(closed, at: index)]
                markSelection(ofPane: focus, in: context)
                message = Message("back (L goes forward again)")
                return
            }
            message = Message("nothing to go back to in this pane")
            return
        }
        panes[index].show(entry.place)
        backTrail.append(.pane(index))
        if let origin = entry.origin, panes.indices.contains(origin) {
            focus = origin
            markSelection(ofPane: origin, in: context)
        } else {
            markSelection(ofPane: index, in: context)
        }
        message = Message("back (L goes forward again)")
    }

    /// The forward key: redoes the most recent step back still undone (in whichever pane it was), else the focused pane's.
    mutating func goForward(in context: ReaderContext) {
        var index = focus
        if let step = backTrail.popLast() {
            switch step {
            case .pane(let p) where panes.indices.contains(p) && !panes[p].jumps.forward.isEmpty:
                index = p
            case .reopen(var pane, let at) where panes.count < Self.maxPanes:
                let position = min(at, panes.count)
                // The pane it came from moves right when the reopened one goes in before it.
                pane.jumps.splitOff(from: focus >= position ? focus + 1 : focus, fresh: false)
                panes.insert(pane, at: position)
                for i in panes.indices { panes[i].weight = Pane.defaultWeight }
                if follow != nil { follow = nil }
                focus = position
                message = Message("forward (Ctrl-O goes back)")
                return
            default:
                break
            }
        }
        guard let entry = panes[index].jumps.goForward(from: panes[index].place) else {
            message = Message("nothing to go forward to")
            return
        }
        panes[index].show(entry.place)
        focus = index
        message = Message("forward (Ctrl-O goes back)")
    }

    /// Marks, until the next key, the line of pane `index`'s selection (the marker followed), else its top line.
    private mutating func markSelection(ofPane index: Int, in context: ReaderContext) {
        let layout = layout(of: index, in: context)
        let visible = visibleLines(of: index, layout: layout, in: context)
        if let selection = panes[index].selection, let i = layout.linkIndex(of: selection), visible.contains(layout.links[i].line) {
            panes[index].flash = layout.lines[layout.links[i].line].anchor
        } else if !visible.isEmpty {
            panes[index].flash = layout.lines[visible.lowerBound].anchor
        }
    }

    /// `i`: the citation index in the focused pane (a jump, so back returns).
    mutating func openIndex(in context: ReaderContext) {
        if case .citationIndex = panes[focus].content { return }
        jump(pane: focus, to: Place(content: .citationIndex))
        select(by: 1, in: context)
    }

    /// Edits the filter of the index or the timeline, back at the top with the first match selected.
    mutating func editFilter(in context: ReaderContext, _ edit: (inout String) -> Void) {
        guard panes[focus].content == .citationIndex || panes[focus].content == .timeline else { return }
        edit(&panes[focus].filter)
        panes[focus].anchor = .top
        panes[focus].selection = layout(of: focus, in: context).links.first?.target
    }

    /// After panes were added or closed: indices in jump origins and follow mode no longer name the same panes.
    mutating func panesRenumbered() {
        for i in panes.indices { panes[i].jumps.forgetOrigins() }
        backTrail = []
        if follow != nil {
            follow = nil
            message = Message("follow mode off: the panes changed")
        }
    }
}
