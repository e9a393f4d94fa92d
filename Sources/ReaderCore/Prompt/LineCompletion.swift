import Corpus

/// What Tab offers at the `:` prompt: command names, then documents, actors or cited ids as the command takes.
enum LineCompletion {
    /// The completions of the line's last word (for `filter`, the last name after a comma), or nil when there are none.
    static func complete(_ line: String, in corpus: Corpus) -> Completion? {
        guard let space = line.firstIndex(where: \.isWhitespace) else {
            let word = line.lowercased()
            return make(head: "", candidates: LineCommand.names.filter { $0.hasPrefix(word) }.map { $0 + " " })
        }
        let name = LineCommand.resolve(String(line[..<space]).lowercased())
        let argument = String(line[space...].drop { $0.isWhitespace })
        let head = String(line.dropLast(argument.count))
        switch name {
        case "open", "split":
            return make(head: head, candidates: prefixed(argument, documentNames(in: corpus)))
        case "cite":
            return make(head: head, candidates: prefixed(argument, Array(corpus.citationsByID.keys)))
        case "filter":
            // Each name after a comma completes on its own: "filter Sato, Lozo" → "filter Sato, Lozovsky".
            let last = argument.split(separator: ",", omittingEmptySubsequences: false).last.map { String($0).trimmedSpaces } ?? ""
            let before = String(line.dropLast(argument.split(separator: ",", omittingEmptySubsequences: false).last?.count ?? 0))
            let lead = before.hasSuffix(",") ? before + " " : before
            let names = corpus.actors.actors.flatMap { [$0.name] + $0.variants }
            return make(head: lead, candidates: prefixed(last, names))
        default:
            return nil
        }
    }

    /// Names a document can be opened by: archive ids, short titles and file prefixes.
    static func documentNames(in corpus: Corpus) -> [String] {
        corpus.documents.flatMap { d in d.archiveIDs + [d.metadata.shortTitle, String(d.file.prefix { $0 != "_" && $0 != "." })] }
    }

    /// The candidates beginning with `prefix` (case ignored), without repeats, sorted.
    private static func prefixed(_ prefix: String, _ candidates: [String]) -> [String] {
        let lower = prefix.lowercased()
        return Array(Set(candidates.filter { !$0.isEmpty && $0.lowercased().hasPrefix(lower) })).sorted()
    }

    private static func make(head: String, candidates: [String]) -> Completion? {
        candidates.isEmpty ? nil : Completion(head: head, candidates: candidates)
    }

    /// The longest prefix the candidates share, case ignored (spelled as the first candidate spells it).
    static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix
    }
}
