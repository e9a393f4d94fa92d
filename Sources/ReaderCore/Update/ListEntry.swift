import Corpus
import TerminalCore

/// One row of the outline or the marks list, and where Enter takes the focused pane.
public struct ListEntry: Hashable, Sendable {
    /// Where an entry leads.
    public enum Target: Hashable, Sendable {
        /// A line of a document.
        case anchor(document: Int, Anchor)
        /// The start of an original page (its rule), found at the pane's width.
        case page(document: Int, Int)
    }

    /// The row's text, indented by depth.
    public var text: String
    /// What stands on the right: a page, a document.
    public var detail: String
    /// True for the entry the focused pane is at (marked "▸").
    public var current: Bool
    /// Where Enter goes.
    public var target: Target

    /// The entries of `overlay` narrowed by its query: those beginning with it first ("appendix b", "p. 12"), then
    /// those where every word typed begins a word of the entry, each group in reading order (case ignored).
    public static func matching(_ overlay: ListOverlay, in state: ReaderState, context: ReaderContext) -> [ListEntry] {
        let query = overlay.query.lowercased().trimmedSpaces
        let all = entries(overlay.kind, in: state, context: context)
        guard !query.isEmpty else { return all }
        let typed = query.split(separator: " ")
        var leading: [ListEntry] = [], others: [ListEntry] = []
        for entry in all {
            let text = entry.text.lowercased().trimmedSpaces
            if text.hasPrefix(query) { leading.append(entry); continue }
            let words = (text + " " + entry.detail.lowercased()).split { $0 == " " || $0 == "·" || $0 == "," || $0 == "(" }
            if typed.allSatisfy({ t in words.contains { $0.hasPrefix(t) } }) { others.append(entry) }
        }
        return leading + others
    }

    /// Every entry of a list, unnarrowed.
    static func entries(_ kind: ListOverlay.Kind, in state: ReaderState, context: ReaderContext) -> [ListEntry] {
        switch kind {
        case .outline(let d): return outline(of: d, in: state, context: context)
        case .marks: return marks(in: state, context: context)
        }
    }

    /// The outline, the last entry at or above the focused pane's first passage marked current.
    private static func outline(of d: Int, in state: ReaderState, context: ReaderContext) -> [ListEntry] {
        let document = context.corpus.documents[d]
        let here = state.panes[state.focus].document == d ? state.firstPassageOnScreen(ofPane: state.focus, in: context).block : -1
        let outline = document.outline
        let current = outline.lastIndex { $0.block <= here }
        return outline.enumerated().map { i, entry in
            let indent = String(repeating: "  ", count: entry.depth)
            let detail = entry.kind == .page ? "" : entry.page.map { "p. \($0)" } ?? "line \(document.blocks[entry.block].line)"
            let target: Target = entry.kind == .page && entry.page != nil ? .page(document: d, entry.page!)
                : .anchor(document: d, Anchor(block: entry.block, offset: 0))
            return ListEntry(text: indent + entry.title, detail: detail, current: i == current, target: target)
        }
    }

    /// Every mark by letter: the document, page and the start of the passage marked.
    private static func marks(in state: ReaderState, context: ReaderContext) -> [ListEntry] {
        state.marks.keys.sorted().compactMap { letter in
            guard let mark = state.marks[letter], context.corpus.documents.indices.contains(mark.document) else { return nil }
            let document = context.corpus.documents[mark.document]
            // A mark at the very top names the first passage below it.
            let b = max(0, mark.anchor.block)
            let block = document.blocks[b...].first { $0.isReadingText }
            let page = block?.page.map { " · p. \($0)" } ?? ""
            let words = block.map { String($0.text.prefix(120)).split(whereSeparator: \.isWhitespace).joined(separator: " ") } ?? ""
            let here = state.panes[state.focus].document == mark.document && state.panes[state.focus].anchor == mark.anchor
            return ListEntry(text: "\(letter)  \(words)", detail: PaneTitle.of(document) + page, current: here,
                             target: .anchor(document: mark.document, mark.anchor))
        }
    }
}
