import Corpus

/// One actor as the actor picker lists it.
public struct ActorEntry: Hashable, Sendable {
    /// Index into the registry.
    public var actor: Int
    /// Canonical name.
    public var name: String
    /// First role with its period, or "organisation".
    public var role: String
    /// The form the query matched when it is not the canonical name ("Loxovsky").
    public var matchedForm: String?
    /// Mentions in the documents open in the panes.
    public var open: Int
    /// Mentions in the whole corpus.
    public var total: Int

    /// The actors matching `query` (every word a prefix of a word of some form, else a substring, else
    /// its letters in order), best match first, then most named in the open documents.
    public static func matching(_ query: String, in corpus: Corpus, openDocuments: Set<Int>) -> [ActorEntry] {
        let index = corpus.actors
        let words = fold(query).split(separator: " ").map(String.init)
        var scored: [(entry: ActorEntry, score: Int)] = []
        for (a, actor) in index.actors.enumerated() {
            var best = 0
            var matched: String?
            if words.isEmpty {
                best = 1
            } else {
                for form in actor.allForms + [actor.id] {
                    let s = score(words, fold(form))
                    if s > best { best = s; matched = form }
                }
            }
            guard best > 0 else { continue }
            let open = openDocuments.reduce(0) { $0 + index.count(of: a, in: $1) }
            let entry = ActorEntry(actor: a, name: actor.name, role: actor.role,
                                   matchedForm: matched == actor.name || matched == actor.id ? nil : matched,
                                   open: open, total: index.total(of: a))
            scored.append((entry, best))
        }
        return scored.sorted {
            ($0.score, $0.entry.open, $0.entry.total) != ($1.score, $1.entry.open, $1.entry.total)
                ? ($0.score, $0.entry.open, $0.entry.total) > ($1.score, $1.entry.open, $1.entry.total)
                : $0.entry.name < $1.entry.name
        }.map(\.entry)
    }

    /// 3 when every query word starts a word of the form, 2 when each occurs in it, 1 when each word's
    /// letters occur in order (fuzzy), else 0; a multi-word query scores its weakest word.
    static func score(_ words: [String], _ form: String) -> Int {
        let formWords = form.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.map { w -> Int in
            if formWords.contains(where: { $0.hasPrefix(w) }) { return 3 }
            if form.contains(w) { return 2 }
            var rest = Substring(form)
            for c in w {
                guard let i = rest.firstIndex(of: c) else { return 0 }
                rest = rest[rest.index(after: i)...]
            }
            return 1
        }.min() ?? 0
    }

    /// Lower case without accents.
    static func fold(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
}
