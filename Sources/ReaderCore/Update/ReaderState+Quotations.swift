import Corpus

extension ReaderState {
    /// `Q`: the quotation on screen (the one nearest the top), its other end shown in the pane beside (a jump),
    /// and the message row saying what quotes what and where the words differ.
    mutating func followQuotation(in context: ReaderContext) {
        let corpus = context.corpus
        guard let d = panes[focus].document else {
            message = Message("Q follows a quotation in a document; :quotes lists all \(corpus.quotations.count)", isError: true)
            return
        }
        let layout = layout(of: focus, in: context)
        let marked = QuotationMarks.marked(visibleLines(of: focus, layout: layout, in: context), of: layout,
                                           spans: QuotationMarks.spans(in: d, of: corpus))
        guard let line = marked.keys.min(), let i = marked[line] else {
            message = Message("no quotation on screen (❝ marks them); :quotes lists all \(corpus.quotations.count)")
            return
        }
        let link = corpus.quotations[i]
        let (here, there) = link.quotedIn.document == d ? (link.quotedIn, link.source) : (link.source, link.quotedIn)
        let origin = focus
        let other = otherPane(for: origin)
        show(there, inPane: other, origin: other == origin ? nil : origin, in: context)
        focus = other
        let verb = here == link.quotedIn ? "quotes" : "quoted in"
        message = Message("\(verb): \(QuotationsViewBuilder.place(there, in: corpus)) · \(QuotationsViewBuilder.summary(link)); Ctrl-O comes back")
    }

    /// `:quotes`: every quotation link in the focused pane (a jump, so back returns).
    mutating func openQuotations(in context: ReaderContext) {
        guard panes[focus].content != .quotations else { return }
        guard !context.corpus.quotations.isEmpty else {
            message = Message("no document of this corpus quotes another")
            return
        }
        jump(pane: focus, to: Place(content: .quotations))
        select(by: 1, in: context)
    }

    /// Pane `index` at one end of a quotation, its first line marked as a jump's landing is.
    mutating func show(_ end: QuotationEnd, inPane index: Int, origin: Int?, in context: ReaderContext) {
        let document = context.corpus.documents[end.document]
        let anchor = DocumentPosition.anchor(block: end.block, offset: end.start, in: document)
        jump(pane: index, to: Place(content: .document(end.document), anchor: anchor), origin: origin)
        revealJumpTarget(ofPane: index, in: context)
        let layout = layout(of: index, in: context)
        let line = layout.lineIndex(of: anchor)
        panes[index].anchor = line < 2 ? .top : layout.lines[line - 2].anchor
        panes[index].flash = layout.lines.indices.contains(line) ? layout.lines[line].anchor : nil
    }
}
