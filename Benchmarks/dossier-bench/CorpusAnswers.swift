import BenchKit
import Corpus

/// What the corpus answers about one document: the figures every copy must share with its seed.
struct DocumentAnswers: Equatable, Sendable {
    /// Blocks, notes, markers and citations the parser found.
    var blocks = 0, notes = 0, markers = 0, citations = 0
    /// Citations that land in a loaded document.
    var linkedCitations = 0
    /// Mentions of each actor (registry order).
    var mentions: [Int] = []
    /// Names no rule could attribute.
    var ambiguous = 0
    /// Search hits of each pattern.
    var hits: [Int] = []

    /// What differs from `seed`, one short phrase each ("mentions of Sato 40 → 38"); `actors` names the registry's actors.
    func differences(from seed: DocumentAnswers, actors: [String], patterns: [String]) -> [String] {
        var out: [String] = []
        for (name, mine, theirs) in [("blocks", blocks, seed.blocks), ("notes", notes, seed.notes), ("markers", markers, seed.markers),
                                     ("citations", citations, seed.citations), ("linked citations", linkedCitations, seed.linkedCitations),
                                     ("ambiguous names", ambiguous, seed.ambiguous)] where mine != theirs {
            out.append("\(name) \(theirs) → \(mine)")
        }
        for a in mentions.indices where a < seed.mentions.count && mentions[a] != seed.mentions[a] {
            out.append("mentions of \(actors[a]) \(seed.mentions[a]) → \(mentions[a])")
        }
        for p in hits.indices where p < seed.hits.count && hits[p] != seed.hits[p] {
            out.append("hits of \"\(patterns[p])\" \(seed.hits[p]) → \(hits[p])")
        }
        return out
    }
}

/// The per-copy check: a scaled corpus must answer for every copy what the seeds answer for its seed.
enum CorpusAnswers {
    /// Every document's answers, by file name.
    static func perDocument(_ corpus: Corpus, patterns: [SearchQuery]) -> [String: DocumentAnswers] {
        var answers = corpus.documents.map { d in
            DocumentAnswers(blocks: d.blocks.count, notes: d.notes.count, markers: d.markers.count, citations: d.citations.count,
                            linkedCitations: d.citations.filter { corpus.target(of: $0) != nil }.count,
                            mentions: Array(repeating: 0, count: corpus.actors.actors.count), ambiguous: 0,
                            hits: Array(repeating: 0, count: patterns.count))
        }
        for (d, list) in corpus.actors.mentions.enumerated() { for m in list { answers[d].mentions[m.actor] += 1 } }
        for a in corpus.actors.ambiguous { answers[a.document].ambiguous += 1 }
        for (p, query) in patterns.enumerated() { for hit in corpus.search(query) { answers[hit.document].hits[p] += 1 } }
        return Dictionary(uniqueKeysWithValues: zip(corpus.documents.map(\.file), answers))
    }

    /// One line saying whether every copy in `scaled` answers as its seed does in `seeds`, or what differs,
    /// and whether all did.
    static func check(scaled: Corpus, copies: Int, seeds: Corpus, patterns: [String]) -> (line: String, same: Bool) {
        let queries = patterns.compactMap(SearchQuery.init)
        let expected = perDocument(seeds, patterns: queries)
        let found = perDocument(scaled, patterns: queries)
        let actors = seeds.actors.actors.map(\.name)
        var differing: [String: (copies: Int, first: [String])] = [:]
        var missing = 0
        for (file, answers) in found.sorted(by: { $0.key < $1.key }) {
            guard let (seed, _) = CopyNaming.seed(of: file), let want = expected[seed] else { missing += 1; continue }
            let diff = answers.differences(from: want, actors: actors, patterns: patterns)
            if !diff.isEmpty { differing[seed, default: (0, diff)].copies += 1 }
        }
        let total = expected.count * copies
        let what = "blocks, notes, markers, citations, linked citations, actor mentions, ambiguous names, hits of \(patterns.joined(separator: "/"))"
        if differing.isEmpty && missing == 0 && found.count == total {
            return ("per-copy check \(copies)x: all \(total) copies answer as their seeds (\(what))", true)
        }
        var line = "per-copy check \(copies)x: \(differing.values.reduce(0) { $0 + $1.copies }) of \(total) copies differ from their seeds"
        if found.count != total || missing > 0 { line += " (\(found.count) documents loaded, \(missing) not named as copies)" }
        for (seed, d) in differing.sorted(by: { $0.key < $1.key }) {
            let shown = d.first.prefix(4).joined(separator: ", ") + (d.first.count > 4 ? ", +\(d.first.count - 4) more" : "")
            line += "\n  \(seed): \(d.copies) copies, e.g. \(shown)"
        }
        return (line, false)
    }
}
