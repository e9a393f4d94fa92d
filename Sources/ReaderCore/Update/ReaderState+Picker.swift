extension ReaderState {
    /// How many entries the open picker (documents or actors) lists.
    private func pickerCount(in context: ReaderContext) -> Int {
        switch mode {
        case .picker(let picker): return context.layouts.pickerEntries(matching: picker.query, in: context.corpus).count
        case .actors(let picker): return ActorEntry.matching(picker.query, in: context.corpus, openDocuments: openDocuments).count
        case .list(let list): return ListEntry.matching(list, in: self, context: context).count
        default: return 0
        }
    }

    /// Moves the selection, clamped to the filtered entries.
    mutating func movePickerSelection(by delta: Int, in context: ReaderContext) {
        let count = pickerCount(in: context)
        switch mode {
        case .picker(var picker):
            picker.selection = min(max(0, picker.selection + delta), max(0, count - 1))
            mode = .picker(picker)
        case .actors(var picker):
            picker.selection = min(max(0, picker.selection + delta), max(0, count - 1))
            mode = .actors(picker)
        case .list(var list):
            list.selection = min(max(0, list.selection + delta), max(0, count - 1))
            mode = .list(list)
        default: break
        }
    }

    /// Edits the query and keeps the selection inside the new list (the actor list starts over at its best match).
    mutating func editPickerQuery(in context: ReaderContext, _ edit: (inout String) -> Void) {
        switch mode {
        case .picker(var picker):
            edit(&picker.query)
            mode = .picker(picker)
            let count = pickerCount(in: context)
            picker.selection = min(picker.selection, max(0, count - 1))
            mode = .picker(picker)
        case .actors(var picker):
            edit(&picker.query)
            picker.selection = 0
            mode = .actors(picker)
        case .list(var list):
            edit(&list.query)
            // The current entry stays selected while it still matches; else the first that does.
            list.selection = 0
            mode = .list(list)
            list.selection = ListEntry.matching(list, in: self, context: context).firstIndex(where: \.current) ?? 0
            mode = .list(list)
        default: break
        }
    }

    /// Enter in a picker: opens the selected document, or applies the actor filter composed.
    mutating func acceptPicker(in context: ReaderContext) {
        if case .list(let list) = mode { return acceptListEntry(list, in: context) }
        if case .actors(let picker) = mode {
            var filter = picker.filter
            // Enter without Space adds the selected actor, so "a sato Enter" is enough (and "a konoe Enter"
            // adds Konoe to a filter on Sato); after Space, what was chosen is applied as it stands.
            if !picker.touched {
                let entries = ActorEntry.matching(picker.query, in: context.corpus, openDocuments: openDocuments)
                if entries.indices.contains(picker.selection), !filter.actors.contains(entries[picker.selection].actor) {
                    filter.toggle(entries[picker.selection].actor)
                }
            }
            mode = .reading
            if filter != actorFilter || filter.isOn { setActorFilter(filter, in: context) }
            return
        }
        guard case .picker(let picker) = mode else { return }
        let entries = context.layouts.pickerEntries(matching: picker.query, in: context.corpus)
        guard entries.indices.contains(picker.selection) else {
            message = Message("no document matches \"\(picker.query)\"", isError: true)
            return
        }
        let document = entries[picker.selection].document
        mode = .reading
        switch picker.purpose {
        case .replace:
            // Re-choosing the same document keeps the place in it; another is a jump, so Ctrl-O returns.
            // Another document opens where it was last read.
            if panes[focus].document != document {
                jump(pane: focus, to: Place(content: .document(document), anchor: lastPositions[document] ?? .top))
                revealJumpTarget(ofPane: focus, in: context)
            }
        case .split:
            guard panes.count < Self.maxPanes else { return }
            panes.insert(Pane(document: document, anchor: lastPositions[document] ?? .top), at: focus + 1)
            focus += 1
            panesRenumbered()
            for i in panes.indices { panes[i].weight = Pane.defaultWeight }
        }
    }
}
