import TerminalCore

extension ReaderState {
    /// Where pane `index` draws: the reading area above, and the note strip below it when a note is open.
    struct PaneAreas {
        /// Rows left for the pane's own text.
        var reading: Rect
        /// The note strip's rows (empty when no note is open).
        var strip: Rect
        /// The strip's lines, when a note is open.
        var stripText: NoteStripText?
    }

    /// The areas of pane `index` on the current screen (all empty when the terminal is too small).
    func areas(of index: Int, in context: ReaderContext) -> PaneAreas {
        guard screen.panes.indices.contains(index) else { return PaneAreas(reading: Rect(x: 0, y: 0, width: 0, height: 0), strip: Rect(x: 0, y: 0, width: 0, height: 0)) }
        let text = screen.panes[index].text
        let pane = panes[index]
        guard let strip = pane.strip, let d = pane.document, text.height >= 2 else {
            return PaneAreas(reading: text, strip: Rect(x: text.x, y: text.maxY, width: text.width, height: 0))
        }
        let content = NoteStripText(strip: strip, document: context.corpus.documents[d], corpus: context.corpus, width: text.width,
                                    chosen: panes[index].actors.actors, documentIndex: d, search: pane.search, current: pane.currentMatch)
        // At most half the pane, so the text being annotated stays in sight.
        let height = min(content.lines.count, max(2, text.height / 2), text.height - 1)
        let (reading, stripArea) = text.splitBottom(height)
        return PaneAreas(reading: reading, strip: stripArea, stripText: content)
    }

    /// The reading rows of pane `index`.
    func readingArea(of index: Int, in context: ReaderContext) -> Rect { areas(of: index, in: context).reading }

    /// The line range pane `index` shows of `layout`.
    func visibleLines(of index: Int, layout: DocumentLayout, in context: ReaderContext) -> Range<Int> {
        let area = readingArea(of: index, in: context)
        let top = layout.top(for: panes[index].anchor, height: area.height)
        return top..<min(layout.lines.count, top + area.height)
    }

    /// The layout pane `index` shows at its current width.
    func layout(of index: Int, in context: ReaderContext) -> DocumentLayout {
        context.layout(of: panes[index], width: screen.panes.indices.contains(index) ? screen.panes[index].text.width : 80)
    }

    /// Scrolls pane `index` as little as possible so lines `first...last` are in view, with `context` lines around them when there is room.
    mutating func reveal(lines first: Int, _ last: Int, inPane index: Int, context margin: Int = 2, in context: ReaderContext) {
        let layout = layout(of: index, in: context)
        let height = readingArea(of: index, in: context).height
        guard !layout.lines.isEmpty, height > 0 else { return }
        let top = layout.top(for: panes[index].anchor, height: height)
        let margin = height > 6 ? margin : 0
        var newTop = top
        if first < top + margin { newTop = max(0, first - margin) } else if last >= top + height - margin {
            newTop = min(first - margin, last - height + 1 + margin)
        }
        newTop = min(max(0, newTop), max(0, layout.lines.count - height))
        guard newTop != top else { return }
        panes[index].anchor = newTop == 0 ? .top : layout.lines[newTop].anchor
    }
}
