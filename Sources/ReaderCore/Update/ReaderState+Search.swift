import Corpus

extension ReaderState {
    /// Copies the reader's search into every pane, so a pane's layout (and its highlights) depends on the pane alone.
    mutating func syncSearch() {
        let query = search.flatMap(SearchQuery.init)
        for i in panes.indices where panes[i].search != query {
            panes[i].search = query
            panes[i].currentMatch = nil
        }
    }

    /// `/` as one types: the matches highlighted, the view on the first at or after where the search began.
    mutating func searchAsTyped(_ prompt: Prompt, in context: ReaderContext) {
        guard let origin = prompt.origin else { return }
        search = SearchQuery(prompt.editor.text) == nil ? nil : prompt.editor.text
        syncSearch()
        panes[focus].show(origin)
        guard search != nil else { return }
        let layout = layout(of: focus, in: context)
        let top = layout.top(for: origin.anchor, height: pageHeight(in: context))
        if let found = layout.matches.firstIndex(where: { $0.line >= top }) ?? layout.matches.indices.first {
            showMatch(found, in: layout, context: context)
        }
    }

    /// Enter at `/`: the search stays in force and in the history; the move from where it began is a jump.
    mutating func keepSearch(_ prompt: Prompt, in context: ReaderContext) {
        guard SearchQuery(prompt.editor.text) != nil else {
            // An empty `/` repeats the last search, as in vim and less.
            search = prompt.previousSearch
            syncSearch()
            if let last = prompt.previousSearch ?? searchHistory.last { searchInDocument(last, in: context) }
            return
        }
        searchHistory = LineEditor.remember(prompt.editor.text, in: searchHistory)
        if let origin = prompt.origin, origin.anchor != panes[focus].anchor || origin.content != panes[focus].content {
            panes[focus].jumps.record(origin)
            backTrail = []
        }
        reportNoMatch(in: context)
    }

    /// `:search TEXT`: the search in force, the view on its first match from the top of the screen.
    mutating func searchInDocument(_ text: String, in context: ReaderContext) {
        search = text
        syncSearch()
        guard panes[focus].document != nil else {
            message = Message("highlighting \"\(text)\"; this pane shows no document to search (S searches them all)")
            return
        }
        stepSearch(1, in: context)
    }

    /// `n` and `N`: the next or previous match in the focused document, wrapping at either end with a message.
    mutating func stepSearch(_ delta: Int, in context: ReaderContext) {
        guard let text = search ?? searchHistory.last else {
            message = Message("no search yet: / searches this document, S every document", isError: true)
            return
        }
        search = text
        syncSearch()
        guard panes[focus].document != nil else {
            message = Message("n and N step through a document's matches; this pane shows none", isError: true)
            return
        }
        let layout = layout(of: focus, in: context)
        guard !layout.matches.isEmpty else { return reportNoMatch(in: context) }
        let visible = visibleLines(of: focus, layout: layout, in: context)
        // The current match counts only while it is on screen: after scrolling away, n searches from the screen, as from vim's cursor.
        let current = panes[focus].currentMatch.flatMap { c in layout.matches.firstIndex { $0.match == c && visible.contains($0.line) } }
        var next: Int
        var wrapped = false
        if let current {
            next = current + delta
        } else if delta > 0 {
            next = layout.matches.firstIndex { $0.line >= visible.lowerBound } ?? layout.matches.count
        } else {
            next = (layout.matches.lastIndex { $0.line < visible.lowerBound } ?? -1)
        }
        if next >= layout.matches.count { next = 0; wrapped = true }
        if next < 0 { next = layout.matches.count - 1; wrapped = true }
        let before = panes[focus].place
        showMatch(next, in: layout, context: context)
        if panes[focus].anchor != before.anchor {
            panes[focus].jumps.record(before)
            backTrail = []
        }
        if wrapped {
            message = Message(delta > 0 ? "search hit the end, continued at the top" : "search hit the top, continued at the end")
        }
    }

    /// Makes match `index` the focused pane's current one, scrolling only when its line is off screen; a match in a
    /// note opens that note at the pane's foot on its marker, and leaving it for the text closes the note again.
    private mutating func showMatch(_ index: Int, in layout: DocumentLayout, context: ReaderContext) {
        let place = layout.matches[index]
        let previous = panes[focus].currentMatch.flatMap { c in layout.matches.first { $0.match == c } }
        panes[focus].currentMatch = place.match
        showCurrentMatch(ofPane: focus, in: context)
        if let marker = place.marker {
            panes[focus].selection = .marker(marker)
            if panes[focus].strip?.subject != .marker(marker) { openStrip(on: .marker(marker), in: context) }
            // The cited item the match falls in, or whose route or date it is (the last item printed before it),
            // is the one selected, so Enter follows what was searched for.
            if let d = panes[focus].document, let n = context.corpus.documents[d].markers[marker].note {
                let document = context.corpus.documents[d]
                let items = document.notes[n].citations.map { document.citations[$0] }
                let inNote = items.indices.filter { items[$0].block == place.match.block }
                let k = inNote.first { items[$0].start < place.match.end && place.match.start < items[$0].end }
                    ?? inNote.last { items[$0].start <= place.match.start } ?? inNote.first ?? 0
                panes[focus].strip?.selection = k
            }
        } else if let opened = previous?.marker, panes[focus].strip?.subject == .marker(opened) {
            panes[focus].strip = nil
        }
    }

    /// Scrolls pane `index` so its current match is on screen (a third of the way down) when it is not.
    mutating func showCurrentMatch(ofPane index: Int, in context: ReaderContext) {
        guard screen.panes.indices.contains(index), let current = panes[index].currentMatch else { return }
        let layout = layout(of: index, in: context)
        guard let line = layout.matches.first(where: { $0.match == current })?.line,
              !visibleLines(of: index, layout: layout, in: context).contains(line) else { return }
        let height = max(1, readingArea(of: index, in: context).height)
        let top = min(max(0, line - height / 3), max(0, layout.lines.count - height))
        panes[index].anchor = top == 0 ? .top : layout.lines[top].anchor
    }

    /// Whether pane `index` has a current match and shows its line.
    func currentMatchInView(ofPane index: Int, in context: ReaderContext) -> Bool {
        guard screen.panes.indices.contains(index), let current = panes[index].currentMatch else { return false }
        let layout = layout(of: index, in: context)
        guard let line = layout.matches.first(where: { $0.match == current })?.line else { return false }
        return visibleLines(of: index, layout: layout, in: context).contains(line)
    }

    /// Says so when the search in force has no match on the focused pane's lines (and where the others are).
    private mutating func reportNoMatch(in context: ReaderContext) {
        guard let text = search, panes[focus].document != nil else { return }
        let layout = layout(of: focus, in: context)
        guard layout.matches.isEmpty else { return }
        var elsewhere: [String] = []
        if layout.matchesHidden > 0 { elsewhere.append("\(layout.matchesHidden) in passages the actor filter hides") }
        if layout.matchesInNotes > 0 { elsewhere.append("\(layout.matchesInNotes) in notes") }
        let tail = elsewhere.isEmpty ? "; S searches every document" : " (\(elsewhere.joined(separator: ", ")); S lists them)"
        message = Message("no match for \"\(text)\" here" + tail, isError: true)
    }

    /// Esc in reading (and `:nohlsearch`): the highlights go; n brings them back.
    mutating func clearSearch() {
        guard search != nil else { return }
        search = nil
        syncSearch()
        message = Message("highlighting off (n searches again)")
    }

    /// `S` and `:grep`: every document searched, the results in the focused pane (a jump), the search highlighted.
    mutating func searchEverywhere(_ text: String, in context: ReaderContext) {
        guard SearchQuery(text) != nil else { return }
        search = text
        syncSearch()
        if panes[focus].content != .searchResults(text) { jump(pane: focus, to: Place(content: .searchResults(text))) }
        select(by: 1, in: context)
    }
}
