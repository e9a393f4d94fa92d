import Corpus

/// Remembers laid-out documents, cards and indexes by content and options, and the picker's entries, so a key press
/// costs a lookup, not a relayout.
///
/// A reference type on purpose: the state stays a plain value while every copy
/// of a session shares one memo. It is a cache only; dropping it changes nothing
/// but speed. Documents and the cheap views (cards, the index narrowed by each
/// typed character) are kept apart, so typing into the index never evicts a
/// document that takes tens of milliseconds to lay out again.
public final class LayoutCache {
    private struct Key: Hashable {
        let content: PaneContent
        let filter: String
        let options: DocumentLayout.Options
    }

    /// A least-recently-added memo of a fixed size.
    private struct Memo {
        let capacity: Int
        var entries: [Key: DocumentLayout] = [:]
        var order: [Key] = []

        mutating func value(for key: Key, build: () -> DocumentLayout) -> DocumentLayout {
            if let hit = entries[key] { return hit }
            let layout = build()
            entries[key] = layout
            order.append(key)
            if order.count > capacity { entries[order.removeFirst()] = nil }
            return layout
        }
    }

    /// Documents: a few panes at a few widths.
    private var documents = Memo(capacity: 24)
    /// Cards and index views.
    private var views = Memo(capacity: 8)

    /// Every document's picker entry, made on the first use of the picker (thousands of them in a large corpus).
    private var pickerEntries: [PickerEntry]?
    /// The last query typed into the picker and the entries it left: the view, the count and Enter all ask for them.
    private var lastPicked: (query: String, entries: [PickerEntry])?

    /// Creates an empty cache.
    public init() {}

    /// The picker entries holding every word of `query`, in corpus order; a query extending the last one
    /// narrows the last one's entries rather than all of them.
    func pickerEntries(matching query: String, in corpus: Corpus) -> [PickerEntry] {
        if let last = lastPicked, last.query == query { return last.entries }
        let all: [PickerEntry]
        if let made = pickerEntries { all = made } else { all = PickerEntry.all(in: corpus); pickerEntries = all }
        // Typing on only lengthens the last word or adds words, so the old matches hold all the new query can match.
        let base = lastPicked.flatMap { last in query.hasPrefix(last.query) ? last.entries : nil } ?? all
        let entries = PickerEntry.matching(query, in: base)
        lastPicked = (query, entries)
        return entries
    }

    /// The layout of `document` in `corpus` with `options`, laid out on first use.
    public func layout(_ document: Int, in corpus: Corpus, options: DocumentLayout.Options) -> DocumentLayout {
        documents.value(for: Key(content: .document(document), filter: "", options: options)) {
            DocumentLayout(document: corpus.documents[document], options: options,
                           mentions: corpus.actors.mentions.indices.contains(document) ? corpus.actors.mentions[document] : [])
        }
    }

    /// The layout of a card or the index, made by `build` on first use.
    func layout(of content: PaneContent, filter: String, options: DocumentLayout.Options, build: () -> DocumentLayout) -> DocumentLayout {
        views.value(for: Key(content: content, filter: filter, options: options), build: build)
    }
}
