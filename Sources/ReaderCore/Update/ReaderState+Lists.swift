import Corpus

extension ReaderState {
    /// `t`: the focused document's outline, its current entry selected.
    mutating func openOutline(in context: ReaderContext) {
        guard let d = panes[focus].document else {
            message = Message("the outline is a document's; this pane shows none", isError: true)
            return
        }
        let entries = ListEntry.entries(.outline(d), in: self, context: context)
        guard !entries.isEmpty else {
            message = Message("\(PaneTitle.of(context.corpus.documents[d])) has no headings or pages to outline", isError: true)
            return
        }
        mode = .list(ListOverlay(kind: .outline(d), selection: entries.firstIndex(where: \.current) ?? 0))
    }

    /// `M` (and `:marks`): the list of marks.
    mutating func openMarksList(in context: ReaderContext) {
        guard !marks.isEmpty else {
            message = Message("no marks yet: m and a letter marks this place")
            return
        }
        let entries = ListEntry.entries(.marks, in: self, context: context)
        mode = .list(ListOverlay(kind: .marks, selection: entries.firstIndex(where: \.current) ?? 0))
    }

    /// Enter in the outline or the marks: the focused pane jumps to the entry (a jump, so Ctrl-O and '' return).
    mutating func acceptListEntry(_ overlay: ListOverlay, in context: ReaderContext) {
        let entries = ListEntry.matching(overlay, in: self, context: context)
        guard entries.indices.contains(overlay.selection) else {
            message = Message("nothing matches \"\(overlay.query)\"", isError: true)
            return
        }
        mode = .reading
        go(to: entries[overlay.selection].target, in: context)
    }

    /// Moves the focused pane to a list entry's target, revealing it if the actor filter hides it.
    mutating func go(to target: ListEntry.Target, in context: ReaderContext) {
        var place: Place
        switch target {
        case .anchor(let d, let anchor):
            place = Place(content: .document(d), anchor: anchor)
        case .page(let d, let page):
            place = self.place(document: d, pages: page...page, inPane: focus, in: context)
            // An outline jump marks no cited page in the margin: nothing cited it.
            place.citedPages = nil
        }
        jump(pane: focus, to: place)
        revealJumpTarget(ofPane: focus, in: context)
    }
}
