import Corpus

extension ReaderState {
    /// `F`: turns follow mode on (the pane beside the focused one shows what its visible notes cite) or off.
    mutating func toggleFollow(in context: ReaderContext) {
        if follow != nil {
            follow = nil
            message = Message("follow mode off")
            return
        }
        let source = focus
        guard panes[source].document != nil else {
            message = Message("follow mode reads a document's notes; this pane shows none", isError: true)
            return
        }
        let target = otherPane(for: source)
        guard target != source else {
            message = Message("follow mode needs a second pane, and the terminal is too narrow for one", isError: true)
            return
        }
        follow = Follow(source: source, target: target, shown: panes[target].place)
        message = Message("follow mode on: the other pane shows what the notes on screen cite (F turns it off)")
    }

    /// After every command: the target pane moves to what the source's visible notes cite, unless the user moved it.
    mutating func keepFollowing(in context: ReaderContext) {
        guard var f = follow, panes.indices.contains(f.source), panes.indices.contains(f.target), f.source != f.target else {
            follow = nil
            return
        }
        if panes[f.target].place != f.shown {
            follow = nil
            message = Message("follow mode off: you moved the other pane (F turns it on again)")
            return
        }
        guard let wanted = followedTarget(of: f.source, in: context) else { return }
        let current = panes[f.target]
        // Already showing the cited pages: leave the pane alone, so it never jumps while the same pages are discussed.
        if current.document == wanted.document, current.citedPages == wanted.pages { return }
        let place = place(document: wanted.document, pages: wanted.pages, inPane: f.target, in: context)
        if f.hasMoved {
            panes[f.target].show(place)
        } else {
            // The first move is a jump, so back in that pane returns to where it was before following.
            jump(pane: f.target, to: place)
            f.hasMoved = true
        }
        revealJumpTarget(ofPane: f.target, in: context)
        f.shown = panes[f.target].place
        follow = f
    }

    /// What the first marker (or printed citation) on screen citing a loaded document names: the document and pages.
    private func followedTarget(of index: Int, in context: ReaderContext) -> (document: Int, pages: ClosedRange<Int>?)? {
        guard let d = panes[index].document else { return nil }
        let document = context.corpus.documents[d]
        let layout = layout(of: index, in: context)
        let visible = visibleLines(of: index, layout: layout, in: context)
        for link in layout.links[layout.firstLink(atOrBelow: visible.lowerBound)...] {
            guard visible.contains(link.line) else { break }
            // A marker stands for its note's citations; a citation printed in the text for itself.
            let citations: [Int]
            switch link.target {
            case .marker(let m): citations = document.markers[m].note.map { document.notes[$0].citations } ?? []
            case .citation(let c): citations = [c]
            default: citations = []
            }
            for c in citations {
                guard let target = context.corpus.target(of: document.citations[c]), let t = context.corpus.document(named: target.file), t != d else { continue }
                return (t, target.page.map { $0...(target.pageEnd ?? $0) })
            }
        }
        return nil
    }
}
