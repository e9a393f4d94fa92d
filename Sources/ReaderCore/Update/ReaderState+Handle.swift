import TerminalCore

extension ReaderState {
    /// Feeds one input through the key map; the entry point of the run loop and of `dossier screen`.
    public mutating func handle(_ input: Input, in context: ReaderContext) -> [Effect] {
        switch input {
        case .resize(let c, let r):
            return handle(Command.resize(columns: c, rows: r), in: context)
        case .mouse(let event):
            return handle(Command.mouse(event), in: context)
        case .key(let key):
            // After m or ': the next key is the mark's letter, whatever the key map says of it.
            if case .mark(let action) = mode, pending.isEmpty {
                if case .character(let c) = key { return handle(.markLetter(c, action), in: context) }
                if key == .escape { return handle(.close, in: context) }
            }
            // The index's filter takes every character the index itself does not bind, before reading's keys see it.
            if keyMode == .index, pending.isEmpty, case .character(let c) = key, !context.keyMap.binds(key, in: .index) {
                return handle(.filterType(c), in: context)
            }
            switch context.keyMap.lookup(pending: pending, key: key, mode: keyMode) {
            case .command(let command):
                pending = []
                return handle(command, in: context)
            case .prefix:
                pending.append(key)
                message = Message(pending.map(KeyNotation.name(of:)).joined() + " …")
                return []
            case .unbound:
                let typed = (pending + [key]).map(KeyNotation.name(of:)).joined()
                let wasPending = !pending.isEmpty
                pending = []
                // Ctrl-C and Ctrl-Z must work after a half-typed prefix too (Ctrl-W, then Ctrl-C), as they do everywhere.
                if wasPending, case .command(let command) = context.keyMap.lookup(pending: [], key: key, mode: keyMode),
                   command == .interrupt || command == .suspend {
                    return handle(command, in: context)
                }
                if !wasPending, case .character(let c) = key {
                    switch mode {
                    case .picker, .actors, .list: return handle(.pickerType(c), in: context)
                    case .prompt: return handle(.promptType(c), in: context)
                    default: break
                    }
                }
                if case .mark = mode {
                    mode = .reading
                    message = Message("a mark is a letter a-z; \(typed) is none", isError: true)
                    return []
                }
                message = Message("\(typed) does nothing here; ? lists the keys", isError: true)
                return []
            }
        }
    }

    /// Applies one command; the only way the state changes.
    public mutating func handle(_ command: Command, in context: ReaderContext) -> [Effect] {
        if case .resize = command {} else {
            message = nil
            // The mark of the line left from lasts until the next key.
            for i in panes.indices { panes[i].flash = nil }
        }
        outsideFilter = false
        let effects = apply(command, in: context)
        // Every pane carries the reader's actor filter; a new filter forgets what jumps revealed.
        for i in panes.indices where panes[i].actors != actorFilter {
            panes[i].actors = actorFilter
            panes[i].revealed = []
        }
        syncSearch()
        // Where each document was last read, so opening it again (the picker, :open, a later session) returns there.
        for pane in panes { if let d = pane.document { lastPositions[d] = pane.anchor } }
        if follow != nil { keepFollowing(in: context) }
        if outsideFilter {
            let note = "shown although outside the filter"
            message = Message(message.map { "\($0.text) · \(note)" } ?? note)
            outsideFilter = false
        }
        return effects
    }

    private mutating func apply(_ command: Command, in context: ReaderContext) -> [Effect] {
        switch command {
        case .scrollLines(let n): scroll(by: n, in: context)
        case .scrollHalfPages(let n): scroll(by: n * max(1, pageHeight(in: context) / 2), in: context)
        case .scrollPages(let n): scroll(by: n * max(1, pageHeight(in: context)), in: context)
        case .top: scroll(to: 0, in: context)
        case .bottom: scroll(to: Int.max, in: context)
        case .focusNext: focus = (focus + 1) % panes.count
        case .focusPrevious: focus = (focus + panes.count - 1) % panes.count
        case .focusLeft: focus = max(0, focus - 1)
        case .focusRight: focus = min(panes.count - 1, focus + 1)
        case .openPicker: mode = .picker(Picker(purpose: .replace))
        case .split: split()
        case .closePane: closePane()
        case .narrow: resizeFocusedPane(by: -resizeStep)
        case .widen: resizeFocusedPane(by: resizeStep)
        case .equalise: for i in panes.indices { panes[i].weight = Pane.defaultWeight }
        case .toggleFurniture:
            toggleFurniture()
            revealStripSubject(ofPane: focus, in: context)
        case .help: mode = .help(top: 0)
        case .close:
            if case .prompt = mode { closePrompt(in: context) } else { mode = .reading }
        case .commandLine: openPrompt(.command, in: context)
        case .searchPrompt(let everywhere): openPrompt(.search(everywhere: everywhere), in: context)
        case .searchNext(let n): stepSearch(n, in: context)
        case .clearSearch: clearSearch()
        case .markPrompt(let action):
            mode = .mark(action)
            message = Message(action == .set ? "m: which letter (a-z)?" : "': which mark (a-z, ' for before the last jump)?")
        case .markLetter(let c, let action): markLetter(c, action, in: context)
        case .marksList: openMarksList(in: context)
        case .outline: openOutline(in: context)
        case .promptType(let c): editPrompt(in: context) { $0.insert(c) }
        case .promptMove(let n): editPrompt(in: context) { $0.move(by: n) }
        case .promptEdge(let end): editPrompt(in: context) { $0.moveToEdge(end: end) }
        case .promptErase: erasePrompt(in: context)
        case .promptEraseWord: editPrompt(in: context) { $0.deleteWord() }
        case .promptClear: editPrompt(in: context) { $0.deleteToStart() }
        case .promptRecall(let n): recallPrompt(n, in: context)
        case .promptComplete(let n): completePrompt(n, in: context)
        case .promptAccept: return acceptPrompt(in: context)
        case .pickerMove(let n): movePickerSelection(by: n, in: context)
        case .pickerAccept: acceptPicker(in: context)
        case .pickerType(let c):
            // In the marks list a mark's letter goes straight there, as the letter after ' would.
            if case .list(let list) = mode, list.kind == .marks, list.query.isEmpty, marks[c] != nil {
                markLetter(c, .jump, in: context)
            } else {
                editPickerQuery(in: context) { $0.append(c) }
            }
        case .pickerErase: editPickerQuery(in: context) { if !$0.isEmpty { $0.removeLast() } }
        case .pickerClear: editPickerQuery(in: context) { $0 = "" }
        case .pickerToggle: toggleActorInPicker(in: context)
        case .actorPicker: mode = .actors(ActorPicker(filter: actorFilter))
        case .clearActors: setActorFilter(ActorFilter(requiresAll: actorFilter.requiresAll), in: context)
        case .toggleActorMatch: toggleActorMatch(in: context)
        case .selectMention(let n): selectMention(by: n, in: context)
        case .chooseMentionActor: chooseMentionActor(in: context)
        case .selectNext: select(by: 1, in: context)
        case .selectPrevious: select(by: -1, in: context)
        case .activate: activate(in: context)
        case .closeStrip: panes[focus].strip = nil
        case .stepNote(let n): stepNote(by: n, in: context)
        case .citationIndex: openIndex(in: context)
        case .timeline: openTimeline(in: context)
        case .followQuotation: followQuotation(in: context)
        case .back: goBack(in: context)
        case .forward: goForward(in: context)
        case .toggleFollow: toggleFollow(in: context)
        case .filterType(let c): editFilter(in: context) { $0.append(c) }
        case .filterErase:
            if panes[focus].filter.isEmpty { goBack(in: context) } else { editFilter(in: context) { $0.removeLast() } }
        case .filterClear:
            if panes[focus].filter.isEmpty { goBack(in: context) } else { editFilter(in: context) { $0 = "" } }
        case .redraw: return [.repaint]
        case .suspend: return [.suspend]
        case .quit: return [.quit(status: 0)]
        case .interrupt: return [.quit(status: 130)]
        case .resize(let c, let r):
            // The match being looked at stays in view when the panes rewrap.
            let matchesInView = panes.indices.filter { currentMatchInView(ofPane: $0, in: context) }
            columns = max(0, c)
            rows = max(0, r)
            // The help rewraps to the new width; keep its scroll inside the new length.
            if case .help = mode { scroll(by: 0, in: context) }
            // A smaller pane must not leave an open note's marker under the strip.
            for i in panes.indices where panes[i].strip != nil { revealStripSubject(ofPane: i, in: context) }
            for i in matchesInView where !currentMatchInView(ofPane: i, in: context) { showCurrentMatch(ofPane: i, in: context) }
        case .mouse(let event): mouse(event, in: context)
        }
        return []
    }

    /// Rows of text in the focused pane (less its note strip) or of the help screen.
    func pageHeight(in context: ReaderContext) -> Int {
        // Help fills every row above the message row; one less made G stop a line short, so k seemed to do nothing.
        if case .help = mode { return max(1, rows - 1) }
        return screen.panes.indices.contains(focus) ? max(1, readingArea(of: focus, in: context).height) : 1
    }

    /// Columns one `<` or `>` moves a pane's edge.
    private var resizeStep: Int { max(2, columns / 20) }

    private mutating func scroll(by delta: Int, in context: ReaderContext) {
        if case .help(let top) = mode {
            let count = HelpText(keyMap: context.keyMap, width: columns - 2).lines.count
            mode = .help(top: min(max(0, top + delta), max(0, count - pageHeight(in: context))))
            return
        }
        scrollPane(focus, by: delta, in: context)
    }

    private mutating func scroll(to line: Int, in context: ReaderContext) {
        if case .help = mode {
            mode = .help(top: 0)
            scroll(by: line == 0 ? 0 : Int.max / 2, in: context)
            return
        }
        panes[focus].anchor = .top
        if line > 0 { scrollPane(focus, by: Int.max / 2, in: context) }
    }

    /// Moves pane `index` by `delta` lines, clamped so the last screenful is the furthest it goes.
    mutating func scrollPane(_ index: Int, by delta: Int, in context: ReaderContext) {
        guard screen.panes.indices.contains(index) else { return }
        let area = readingArea(of: index, in: context)
        let layout = context.layout(of: panes[index], width: area.width)
        guard !layout.lines.isEmpty else { return }
        let maxTop = max(0, layout.lines.count - area.height)
        let top = layout.top(for: panes[index].anchor, height: area.height)
        let target = delta > 0 ? min(maxTop, top + min(delta, maxTop)) : max(0, top + max(delta, -top))
        panes[index].anchor = target == 0 ? .top : layout.lines[target].anchor
    }

    private mutating func split() {
        if canSplit() { mode = .picker(Picker(purpose: .split)) }
    }

    /// Whether another pane fits beside the others; if not, the message says why.
    mutating func canSplit() -> Bool {
        guard panes.count < Self.maxPanes else {
            message = Message("at most \(Self.maxPanes) panes side by side", isError: true)
            return false
        }
        let needed = ScreenLayout(columns: 0, rows: 0, weights: Array(repeating: 1, count: panes.count + 1)).required.columns
        guard columns >= needed else {
            message = Message("too narrow for another pane: \(panes.count + 1) panes need \(needed) columns", isError: true)
            return false
        }
        return true
    }

    private mutating func closePane() {
        guard panes.count > 1 else {
            message = Message("the last pane stays open; q quits", isError: true)
            return
        }
        panes.remove(at: focus)
        focus = min(focus, panes.count - 1)
        panesRenumbered()
        for i in panes.indices { panes[i].weight = Pane.defaultWeight }
    }

    /// Moves the focused pane's right edge (its left edge for the rightmost pane) by `delta` columns.
    private mutating func resizeFocusedPane(by delta: Int) {
        let frames = screen.panes
        guard panes.count > 1, frames.count == panes.count else {
            message = Message(panes.count == 1 ? "one pane fills the screen" : "terminal too small", isError: true)
            return
        }
        let widths = frames.map(\.frame.width)
        let total = widths.reduce(0, +)
        let minimum = ScreenLayout.minimumPaneColumns
        let target = min(max(minimum, widths[focus] + delta), total - minimum * (panes.count - 1))
        let others = widths.indices.filter { $0 != focus }
        let shares = Proportion.split(total - target, weights: others.map { widths[$0] }, minimum: minimum)
        for (k, i) in others.enumerated() { panes[i].weight = shares[k] }
        panes[focus].weight = target
    }

    /// The link drawn at a cell of pane `index`'s reading area, if any.
    private func link(atColumn column: Int, row: Int, inPane index: Int, in context: ReaderContext) -> LinkTarget? {
        let area = readingArea(of: index, in: context)
        guard area.contains(column: column, row: row) else { return nil }
        let layout = layout(of: index, in: context)
        let line = layout.top(for: panes[index].anchor, height: area.height) + row - area.y
        guard layout.lines.indices.contains(line) else { return nil }
        return Self.link(in: layout.lines[line].segments, atColumn: column - area.x)
    }

    /// The link drawn at a cell of pane `index`'s note strip, if any.
    private func stripLink(atColumn column: Int, row: Int, inPane index: Int, in context: ReaderContext) -> LinkTarget? {
        let areas = areas(of: index, in: context)
        guard let strip = areas.stripText, areas.strip.contains(column: column, row: row), row > areas.strip.y else { return nil }
        let shown = strip.window(rows: areas.strip.height - 1)
        let line = shown.lowerBound + row - areas.strip.y - 1
        guard shown.contains(line) else { return nil }
        return Self.link(in: strip.lines[line], atColumn: column - areas.strip.x)
    }

    /// The link of the segment covering a column (counted from the line's start), if any.
    static func link(in segments: [Segment], atColumn column: Int) -> LinkTarget? {
        var x = 0
        for segment in segments {
            x += DisplayWidth.of(segment.text)
            if column < x { return segment.link }
        }
        return nil
    }

    private mutating func toggleFurniture() {
        panes[focus].furniture.toggle()
        message = Message(panes[focus].furniture ? "page furniture shown (z hides it)" : "page furniture hidden (z shows it)")
    }

    private mutating func mouse(_ event: MouseEvent, in context: ReaderContext) {
        switch (mode, event.action) {
        case (.reading, .click):
            if let i = screen.pane(atColumn: event.column, row: event.row) {
                focus = i
                // A click on a marker opens its note; on a card's link, what it names; on a note's cited item, follows it.
                if let link = link(atColumn: event.column, row: event.row, inPane: i, in: context) {
                    open(link, in: context)
                } else if case .citation(let c)? = stripLink(atColumn: event.column, row: event.row, inPane: i, in: context),
                          let strip = panes[i].strip, let d = panes[i].document {
                    let note = NoteStripText.subject(strip.subject, in: context.corpus.documents[d]).note
                    if let k = note.flatMap({ context.corpus.documents[d].notes[$0].citations.firstIndex(of: c) }) {
                        panes[i].strip?.selection = k
                        followStripSelection(in: context)
                    }
                }
            }
        case (.reading, .wheelUp), (.reading, .wheelDown):
            if let i = screen.pane(atColumn: event.column, row: event.row) {
                scrollPane(i, by: event.action == .wheelUp ? -3 : 3, in: context)
            }
        case (.help, .wheelUp), (.help, .wheelDown):
            scroll(by: event.action == .wheelUp ? -3 : 3, in: context)
        case (.picker, .wheelUp), (.picker, .wheelDown), (.actors, .wheelUp), (.actors, .wheelDown):
            movePickerSelection(by: event.action == .wheelUp ? -1 : 1, in: context)
        default:
            break
        }
    }
}
