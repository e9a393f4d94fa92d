import Corpus

extension ReaderState {
    /// `T` (and `:timeline`): the timeline in the focused pane, a jump so back returns. Opened from a document,
    /// it selects the first date read at or after the passage on screen, so the story goes on from there.
    mutating func openTimeline(filter: String = "", in context: ReaderContext) {
        // Not `document.map { … self … }`: that closure crashes the 6.3 optimiser (CopyPropagation) in release builds.
        var from: (document: Int, block: Int)?
        if let d = panes[focus].document { from = (d, firstPassageOnScreen(ofPane: focus, in: context).block) }
        if panes[focus].content != .timeline { jump(pane: focus, to: Place(content: .timeline, filter: filter)) }
        panes[focus].filter = filter
        panes[focus].anchor = .top
        let layout = layout(of: focus, in: context)
        panes[focus].selection = layout.links.first?.target
        guard let (document, block) = from, filter.isEmpty else { return }
        let entries = context.corpus.timeline
        // The entry of that document nearest below the passage on screen (in reading order), else its last before it.
        let here = entries.indices.filter { entries[$0].document == document && entries[$0].kind != .document }
        let key = { (i: Int) in (entries[i].block, entries[i].start) }
        let below = here.filter { entries[$0].block >= block }
        guard let entry = below.min(by: { key($0) < key($1) }) ?? here.max(by: { key($0) < key($1) }) else { return }
        let target = LinkTarget.dated(entry)
        guard let i = layout.linkIndex(of: target) else { return }
        panes[focus].selection = target
        // The entry's date heads the screen, with a line of what came before.
        panes[focus].anchor = layout.lines[max(0, layout.links[i].line - 2)].anchor
    }
}
