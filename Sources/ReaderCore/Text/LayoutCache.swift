import Corpus

/// Remembers laid-out documents, cards and indexes by content and options, so a key press costs a lookup, not a relayout.
///
/// A reference type on purpose: the state stays a plain value while every copy
/// of a session shares one memo. It is a cache only; dropping it changes nothing
/// but speed.
public final class LayoutCache {
    private struct Key: Hashable {
        let content: PaneContent
        let filter: String
        let options: DocumentLayout.Options
    }

    private var entries: [Key: DocumentLayout] = [:]
    private var order: [Key] = []
    /// How many layouts are kept; the oldest goes first (a few panes at a few widths).
    private let capacity = 24

    /// Creates an empty cache.
    public init() {}

    /// The layout of `document` in `corpus` with `options`, laid out on first use.
    public func layout(_ document: Int, in corpus: Corpus, options: DocumentLayout.Options) -> DocumentLayout {
        layout(of: .document(document), filter: "", options: options) {
            DocumentLayout(document: corpus.documents[document], options: options)
        }
    }

    /// The layout of any pane content, made by `build` on first use.
    func layout(of content: PaneContent, filter: String, options: DocumentLayout.Options, build: () -> DocumentLayout) -> DocumentLayout {
        let key = Key(content: content, filter: filter, options: options)
        if let hit = entries[key] { return hit }
        let layout = build()
        entries[key] = layout
        order.append(key)
        if order.count > capacity { entries[order.removeFirst()] = nil }
        return layout
    }
}
