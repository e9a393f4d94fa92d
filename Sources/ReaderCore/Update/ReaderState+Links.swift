import Corpus

extension ReaderState {
    /// `]` / `[`: the next or previous cited item in an open note, else the next or previous marker or link in the pane.
    mutating func select(by delta: Int, in context: ReaderContext) {
        if let strip = panes[focus].strip, let d = panes[focus].document {
            let count = NoteStripText.subject(strip.subject, in: context.corpus.documents[d]).note
                .map { context.corpus.documents[d].notes[$0].citations.count } ?? 0
            guard count > 0 else {
                message = Message("this note cites nothing to follow; } and { step to the next and previous note")
                return
            }
            let next = strip.selection + delta
            guard (0..<count).contains(next) else {
                message = Message(delta > 0 ? "that is the note's last cited item" : "that is the note's first cited item")
                return
            }
            panes[focus].strip?.selection = next
            return
        }
        let layout = layout(of: focus, in: context)
        let links = layout.links
        let visible = visibleLines(of: focus, layout: layout, in: context)
        let isDocument = panes[focus].document != nil
        guard !links.isEmpty else {
            if isDocument { message = Message("no footnote markers or citations in this document") } else { scrollPane(focus, by: delta, in: context) }
            return
        }
        var next: Int?
        // From the selection while it is on screen; else from what the user is looking at.
        if let selection = panes[focus].selection, let i = layout.linkIndex(of: selection), visible.contains(links[i].line) {
            next = i + delta
        } else {
            // By binary search: a long document has many thousands of links.
            let below = layout.firstLink(atOrBelow: delta > 0 ? visible.lowerBound : visible.upperBound)
            next = delta > 0 ? (below < links.count ? below : nil) : (below > 0 ? below - 1 : nil)
        }
        guard let n = next, links.indices.contains(n) else {
            // On a card the text after the last link must stay reachable, so the keys scroll there.
            if isDocument { message = Message(delta > 0 ? "no marker or citation below" : "no marker or citation above") } else { scrollPane(focus, by: delta, in: context) }
            return
        }
        panes[focus].selection = links[n].target
        let end = (links.indices.contains(n + 1) ? links[n + 1].line : layout.lines.count) - 1
        reveal(lines: links[n].line, max(links[n].line, min(end, links[n].line + 5)), inPane: focus, in: context)
    }

    /// Enter: follow the note's selected item, or act on the pane's selection; with nothing selected on screen, a line down.
    mutating func activate(in context: ReaderContext) {
        if panes[focus].strip != nil {
            followStripSelection(in: context)
            return
        }
        let layout = layout(of: focus, in: context)
        let visible = visibleLines(of: focus, layout: layout, in: context)
        if case .mention? = panes[focus].selection,
           let name = layout.mentionLinks.first(where: { $0.target == panes[focus].selection }), visible.contains(name.line) {
            openActorCard(in: context)
            return
        }
        guard let selection = panes[focus].selection, let i = layout.linkIndex(of: selection), visible.contains(layout.links[i].line) else {
            if panes[focus].document != nil {
                scrollPane(focus, by: 1, in: context)
            } else {
                select(by: 1, in: context)
            }
            return
        }
        open(selection, in: context)
    }

    /// Acts on a link of the focused pane.
    mutating func open(_ target: LinkTarget, in context: ReaderContext) {
        switch target {
        case .marker, .note:
            panes[focus].selection = target
            openStrip(on: target, in: context)
        case .dated(let i):
            guard context.corpus.timeline.indices.contains(i) else { return }
            open(TimelineViewBuilder.place(of: context.corpus.timeline[i], in: context.corpus), in: context)
        case .passage(let d, let block, let offset):
            let marker = context.corpus.documents[d].blocks[block].markers.first { context.corpus.documents[d].markers[$0].start >= offset }
            var place = Place(content: .document(d), selection: marker.map(LinkTarget.marker))
            let anchor = DocumentPosition.anchor(block: block, offset: offset, in: context.corpus.documents[d])
            place.anchor = anchor
            jump(pane: focus, to: place)
            revealJumpTarget(ofPane: focus, in: context)
            // The passage a few lines down, its first line marked, so the eye lands on it.
            let layout = layout(of: focus, in: context)
            let line = layout.lineIndex(of: anchor)
            panes[focus].anchor = line < 2 ? .top : layout.lines[line - 2].anchor
            panes[focus].flash = layout.lines.indices.contains(line) ? layout.lines[line].anchor : nil
        case .citation(let c):
            guard let d = panes[focus].document else { return }
            panes[focus].selection = target
            follow(citation: c, in: d, citedBy: "the text", in: context)
        case .item(let id):
            jump(pane: focus, to: Place(content: .card(id)))
        case .document(let d, let page):
            jump(pane: focus, to: place(document: d, pages: page.map { $0...$0 }, inPane: focus, in: context))
            revealJumpTarget(ofPane: focus, in: context)
        case .mention:
            // A click on a name selects it; a second click (or Enter) opens the actor's card, + filters on them.
            if panes[focus].selection == target { openActorCard(in: context) } else { panes[focus].selection = target }
        }
    }

    /// Opens the note strip on a marker or a note without a marker, keeping the marker in sight.
    mutating func openStrip(on target: LinkTarget, in context: ReaderContext) {
        panes[focus].strip = NoteStrip(subject: target)
        revealStripSubject(ofPane: focus, in: context)
    }

    /// Scrolls pane `index` only if its note strip would cover the marker (or stub) the note was opened on.
    mutating func revealStripSubject(ofPane index: Int, in context: ReaderContext) {
        guard let subject = panes[index].strip?.subject else { return }
        let layout = layout(of: index, in: context)
        if let i = layout.linkIndex(of: subject) {
            // No context lines: the text moves only when the marker itself would be covered.
            reveal(lines: layout.links[i].line, layout.links[i].line, inPane: index, context: 0, in: context)
        }
    }

    /// `}` / `{` with a note open: the next or previous marker's note.
    mutating func stepNote(by delta: Int, in context: ReaderContext) {
        guard let strip = panes[focus].strip else { return }
        // Only what has a note: markers and note stubs, not the citations printed in the text.
        let links = layout(of: focus, in: context).links.filter {
            switch $0.target { case .marker, .note: return true; default: return false }
        }
        guard let i = links.firstIndex(where: { $0.target == strip.subject }), links.indices.contains(i + delta) else {
            message = Message(delta > 0 ? "no note below" : "no note above")
            return
        }
        panes[focus].selection = links[i + delta].target
        openStrip(on: links[i + delta].target, in: context)
    }
}

/// Converting positions in a block's source text to the anchors its laid-out lines carry.
enum DocumentPosition {
    /// The anchor of a UTF-8 offset of a block's text: shown text carries "⟨p. N⟩ " labels before later offsets.
    static func anchor(block: Int, offset: Int, in document: Document) -> Anchor {
        guard document.blocks.indices.contains(block) else { return .top }
        let shift = document.blocks[block].pageSplits.filter { $0.offset <= offset }.reduce(0) { total, split in
            total + StyledText.pageLabel(split.page).utf8.count + 1
        }
        return Anchor(block: block, offset: offset + shift)
    }
}
