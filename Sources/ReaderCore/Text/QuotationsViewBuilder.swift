import Corpus
import TerminalCore

/// Lays out every quotation link: the quoting passage and its source, each a link to go there, how alike they are,
/// and word by word where the quotation departs from its source.
struct QuotationsViewBuilder {
    let corpus: Corpus
    let width: Int

    func lines() -> [DisplayLine] {
        let links = corpus.quotations
        var out: [[Segment]] = [
            [Segment(fit("Quotations: \(SearchResultsBuilder.count(links.count, "passage", "passages")) quoted from another document"), .heading)],
            [Segment(fit("Enter opens the end selected · Q on a ❝ line shows its other end"), .pageRule)],
        ]
        for link in links {
            let quoting = corpus.documents[link.quotedIn.document]
            out.append([])
            out.append([Segment(fit(PaneTitle.short(quoting) + " quotes " + PaneTitle.short(corpus.documents[link.source.document])), .heading)])
            out.append([Segment(fit("  " + QuotationsViewBuilder.summary(link, long: true)), .elided)])
            out.append(end("quoting: ", link.quotedIn))
            out.append(end("source:  ", link.source))
            let differences = link.differences.filter { !$0.source.isEmpty || !$0.quoted.isEmpty }
            if !differences.isEmpty {
                out.append([Segment(fit("  where the words differ (source → quotation):"), .pageRule)])
                for line in TextWrap.wrap(differences.map(QuotationsViewBuilder.describe).joined(separator: " · "), width: max(8, width - 4)) {
                    out.append([Segment("    ", .body), Segment(fit(line), .warning)])
                }
            }
        }
        return out.enumerated().map { i, segments in DisplayLine(segments, anchor: Anchor(block: i, offset: 0), page: nil) }
    }

    /// "  quoting: p. 63, ll. 1093-1109  “Since the Manchurian incident …”", a link to that end.
    private func end(_ label: String, _ end: QuotationEnd) -> [Segment] {
        let link = LinkTarget.passage(document: end.document, block: end.block, offset: end.start)
        let document = corpus.documents[end.document]
        let head = "  " + label + QuotationsViewBuilder.lines(end) + "  "
        let text = document.blocks[end.block].text
        let from = text.utf8.index(text.utf8.startIndex, offsetBy: min(max(0, end.start), text.utf8.count))
        let opening = text[from...].prefix(240)
        let shown = "“" + opening.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "…”"
        return [Segment(fit(head), .pageRule, link: link),
                Segment(TextWrap.truncate(shown, width: max(1, width - DisplayWidth.of(head))), .link, link: link)]
    }

    /// "p. 5, ll. 112-124" (or "ll. 1093-1109" unpaginated).
    static func lines(_ end: QuotationEnd) -> String {
        let pages = end.page.map { p in end.pageEnd.map { $0 != p ? "pp. \(p)-\($0), " : "p. \(p), " } ?? "p. \(p), " } ?? ""
        return pages + (end.lineEnd > end.line ? "ll. \(end.line)-\(end.lineEnd)" : "l. \(end.line)")
    }

    /// "SRH-086 p. 5, ll. 116-124", or without pages "Blevins, ch. VI, near note 5, ll. 1095-1109": an end as the
    /// message row names it, placed by what a reader of the document finds it by.
    static func place(_ end: QuotationEnd, in corpus: Corpus) -> String {
        let document = corpus.documents[end.document]
        var parts = [PaneTitle.short(document)]
        if end.page == nil {
            if let chapter = document.outline.last(where: { $0.block <= end.block && $0.depth == 0 && $0.kind == .chapter }) {
                parts.append(chapterLabel(chapter.title))
            }
            let markers = document.markers.filter { $0.block >= end.block && $0.block <= end.endBlock }
            if let marker = markers.first(where: { $0.block > end.block || $0.start >= end.start }) { parts.append("near note \(marker.label)") }
        }
        return parts.joined(separator: ", ") + (end.page == nil ? ", " : " ") + lines(end)
    }

    /// "ch. VI" from "CHAPTER VI · FINDINGS AND INTERPRETATIONS"; another title as it stands, cut short.
    static func chapterLabel(_ title: String) -> String {
        let words = title.split(separator: " ")
        if words.count >= 2, ["chapter", "part"].contains(words[0].lowercased()) {
            return (words[0].lowercased() == "chapter" ? "ch. " : "part ") + words[1]
        }
        return TextWrap.truncate(title, width: 24)
    }

    /// "118 words, 94% alike, 3 differences: pre-Axis → pro-Axis, part → pant, + [and]".
    static func summary(_ link: QuotationLink, long: Bool = false) -> String {
        let percent = Int((link.score * 100).rounded())
        var text = "\(link.words) words, \(percent)% alike"
        let differences = link.differences
        guard !differences.isEmpty else { return text + ", word for word" }
        text += ", " + SearchResultsBuilder.count(differences.count, "difference", "differences")
        if !long { text += ": " + differences.prefix(4).map(describe).joined(separator: ", ") + (differences.count > 4 ? ", …" : "") }
        return text
    }

    /// "pre-Axis → pro-Axis", "+ [and]" (added by the quotation), "− will" (left out).
    static func describe(_ difference: WordDifference) -> String {
        if difference.source.isEmpty { return "+ " + difference.quoted }
        if difference.quoted.isEmpty { return "− " + difference.source }
        return difference.source + " → " + difference.quoted
    }

    private func fit(_ s: String) -> String { TextWrap.truncate(s, width: width) }
}
