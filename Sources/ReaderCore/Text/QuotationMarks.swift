import Corpus

/// Which laid-out lines of a document carry one end of a quotation link: the margin's ❝ and what `Q` follows.
enum QuotationMarks {
    /// One end of a link in a document, as anchors of its shown text.
    struct Span {
        /// Index into the corpus's quotations.
        var link: Int
        /// Where the quoted words begin.
        var start: Anchor
        /// Where they end (exclusive).
        var end: Anchor
    }

    /// The ends of links standing in document `d`, as anchors (a link quoting within one document has two).
    static func spans(in d: Int, of corpus: Corpus) -> [Span] {
        let document = corpus.documents[d]
        return corpus.quotations(touching: d).flatMap { i -> [Span] in
            let link = corpus.quotations[i]
            return [link.source, link.quotedIn].filter { $0.document == d }.map { end in
                Span(link: i, start: DocumentPosition.anchor(block: end.block, offset: end.start, in: document),
                     end: DocumentPosition.anchor(block: end.endBlock, offset: end.end, in: document))
            }
        }
    }

    /// For each line of `lines` showing quoted words, the first link whose end it shows.
    static func marked(_ lines: Range<Int>, of layout: DocumentLayout, spans: [Span]) -> [Int: Int] {
        guard !spans.isEmpty else { return [:] }
        var marked: [Int: Int] = [:]
        for i in lines where layout.lines.indices.contains(i) {
            let from = layout.lines[i].anchor
            guard from.block >= 0 else { continue }
            let to = layout.lines.indices.contains(i + 1) ? layout.lines[i + 1].anchor : Anchor(block: Int.max, offset: 0)
            if let span = spans.first(where: { $0.start < to && from < $0.end && !(from == to) }) { marked[i] = span.link }
        }
        return marked
    }
}
