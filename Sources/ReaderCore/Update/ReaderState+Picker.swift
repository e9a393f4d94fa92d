extension ReaderState {
    /// Moves the selection, clamped to the filtered entries.
    mutating func movePickerSelection(by delta: Int, in context: ReaderContext) {
        guard case .picker(var picker) = mode else { return }
        let count = PickerEntry.matching(picker.query, in: context.corpus).count
        picker.selection = min(max(0, picker.selection + delta), max(0, count - 1))
        mode = .picker(picker)
    }

    /// Edits the query and keeps the selection inside the new list.
    mutating func editPickerQuery(in context: ReaderContext, _ edit: (inout String) -> Void) {
        guard case .picker(var picker) = mode else { return }
        edit(&picker.query)
        let count = PickerEntry.matching(picker.query, in: context.corpus).count
        picker.selection = min(picker.selection, max(0, count - 1))
        mode = .picker(picker)
    }

    /// Opens the selected document in the focused pane or in a new pane to its right.
    mutating func acceptPicker(in context: ReaderContext) {
        guard case .picker(let picker) = mode else { return }
        let entries = PickerEntry.matching(picker.query, in: context.corpus)
        guard entries.indices.contains(picker.selection) else {
            message = Message("no document matches \"\(picker.query)\"", isError: true)
            return
        }
        let document = entries[picker.selection].document
        mode = .reading
        switch picker.purpose {
        case .replace:
            // Re-choosing the same document keeps the place in it; another is a jump, so Ctrl-O returns.
            if panes[focus].document != document { jump(pane: focus, to: Place(content: .document(document))) }
        case .split:
            guard panes.count < Self.maxPanes else { return }
            panes.insert(Pane(document: document), at: focus + 1)
            focus += 1
            panesRenumbered()
            for i in panes.indices { panes[i].weight = Pane.defaultWeight }
        }
    }
}
