/// Finds passages of one document printed again in another, tolerant of OCR and editing.
///
/// Each distinct text is read into words (`ReadingWords`); runs of `shingle` words shared by two texts are
/// seeds; seeds on nearly the same diagonal and a few words apart are chained (a changed, added or dropped
/// word breaks the shared runs but not the chain); a chain's words are aligned (`WordAlignment`) for the
/// differences and a score. A link needs `minimumMatched` equal words, `minimumSeeds` seeds and a score of
/// `minimumScore`, so a shared stock phrase never links two documents.
///
/// Boilerplate is kept out by what is read and by what seeds: furniture (stamps, running heads,
/// distribution lists), notes, headings and a paginated document's cover are never read, and a run of words
/// that one text prints more than `refrain` times, or that more than `commonTexts` texts print, is the
/// language of a series or the collection rather than a quotation, and seeds nothing.
///
/// Copies (documents with the same `contentHash`) are one text: only the first copy of each is read and
/// linked, so a corpus of a thousand copies of five texts costs what the five texts cost.
struct QuotationDetector {
    /// Words in a seed.
    static let shingle = 4
    /// Unmatched words a chain bridges on either side (a changed word breaks `shingle` seeds: allowed for).
    static let gap = 8
    /// Equal words a link needs: a sentence, not a phrase ("the neutrality pact between Japan and").
    static let minimumMatched = 12
    /// Seeds a chain needs before it is aligned.
    static let minimumSeeds = 3
    /// Matched words over aligned words a link needs.
    static let minimumScore = 0.6
    /// A run printed more often than this in one text is a refrain (a formula, a running title).
    static let refrain = 3

    /// The documents of the corpus.
    let documents: [Document]
    /// Document index of each distinct text (the first copy of its content), in file order.
    let texts: [Int]

    /// Picks the distinct texts of a corpus.
    init(documents: [Document]) {
        self.documents = documents
        var seen = Set<String>()
        // A document built outside the loader has no hash: it is its own text.
        texts = documents.indices.filter { documents[$0].contentHash.isEmpty || seen.insert(documents[$0].contentHash).inserted }
    }

    /// A run printed by more texts than this is common language: a quarter of the texts, but never fewer than
    /// five (among a few texts, one passage may well be quoted by all of them) nor more than sixteen (a line
    /// every other text prints is a formula or a commonplace, and linking every pair of them would say nothing
    /// while the pairs grew as the square of the texts).
    var commonTexts: Int { min(16, max(5, texts.count / 4)) }

    /// Every link among the distinct texts, ends naming the first copies, sorted by quoting document, then block.
    func links() -> [QuotationLink] {
        guard texts.count > 1 else { return [] }
        let words = ReadingWords.reading(documents, texts)
        var links: [QuotationLink] = []
        for pair in seeds(words.map(\.keys)) {
            links += self.links(between: pair.a, pair.b, chains: chains(pair.seeds), words: words)
        }
        return links.sorted { l, r in
            (l.quotedIn.document, l.quotedIn.block, l.quotedIn.start, l.source.document, l.source.block, l.source.start)
                < (r.quotedIn.document, r.quotedIn.block, r.quotedIn.start, r.source.document, r.source.block, r.source.start)
        }
    }

    /// True when text `a` is the source of a passage it shares with text `b`: it is older by issue date, else
    /// by the period it covers; when the dates tie or either is unknown, the text first in file order (the
    /// order a collection numbers its files in, as the seeds do by date).
    func isSource(_ a: Int, before b: Int) -> Bool {
        let da = documents[texts[a]].metadata, db = documents[texts[b]].metadata
        if let x = da.date ?? da.period, let y = db.date ?? db.period, x < y || y < x { return x < y }
        return a < b
    }

    /// The links a pair of texts' chains make: aligned in source-to-quotation order, kept when long and close
    /// enough, and one link for a passage two overlapping chains found.
    func links(between a: Int, _ b: Int, chains: [Chain], words: [ReadingWords]) -> [QuotationLink] {
        let aIsSource = isSource(a, before: b)
        let (s, q) = aIsSource ? (a, b) : (b, a)
        var found: [(alignment: WordAlignment, link: QuotationLink)] = []
        for chain in chains where chain.seeds >= Self.minimumSeeds {
            let runs = chain.runs.map { r in
                aIsSource ? r : WordAlignment.Run(source: r.quoted, quoted: r.source, length: r.length)
            }.sorted { ($0.source, $0.quoted) < ($1.source, $1.quoted) }
            let alignment = WordAlignment(runs: runs, source: words[s].keys, quoted: words[q].keys)
            guard alignment.matched >= Self.minimumMatched, alignment.score >= Self.minimumScore else { continue }
            guard let link = link(alignment, source: s, quoted: q, words: words) else { continue }
            found.append((alignment, link))
        }
        // Longest first; a chain overlapping a kept one on both sides is the same passage found twice.
        found.sort { ($0.alignment.matched, $1.alignment.source) > ($1.alignment.matched, $0.alignment.source) }
        var kept: [WordAlignment] = []
        var links: [QuotationLink] = []
        for (alignment, link) in found where !kept.contains(where: { Self.overlaps($0, alignment) }) {
            kept.append(alignment)
            links.append(link)
        }
        return links
    }

    /// True when two alignments share words on both sides.
    static func overlaps(_ x: WordAlignment, _ y: WordAlignment) -> Bool {
        x.source < y.source + y.sourceCount && y.source < x.source + x.sourceCount
            && x.quoted < y.quoted + y.quotedCount && y.quoted < x.quoted + x.quotedCount
    }

    /// A link from an alignment of text `s`'s words with text `q`'s (nil if the words are not found again where
    /// they were read, which reading the same blocks the same way rules out; a load never traps on it).
    func link(_ alignment: WordAlignment, source s: Int, quoted q: Int, words: [ReadingWords]) -> QuotationLink? {
        let sourceWords = words[s].places(alignment.source..<(alignment.source + alignment.sourceCount), of: documents[texts[s]])[...]
        let quotedWords = words[q].places(alignment.quoted..<(alignment.quoted + alignment.quotedCount), of: documents[texts[q]])[...]
        guard sourceWords.count == alignment.sourceCount, quotedWords.count == alignment.quotedCount, !sourceWords.isEmpty, !quotedWords.isEmpty else {
            return nil
        }
        return QuotationLink(source: end(texts[s], sourceWords), quotedIn: end(texts[q], quotedWords),
                             score: alignment.score, words: alignment.steps.count,
                             differences: differences(alignment, texts[s], sourceWords, texts[q], quotedWords))
    }

    /// Where a run of words stands in a document.
    func end(_ d: Int, _ words: ArraySlice<ReadingWords.Place>) -> QuotationEnd {
        let first = words.first!, last = words.last!
        let (block, start, endBlock, end) = (Int(first.block), Int(first.start), Int(last.block), Int(last.end))
        let blocks = documents[d].blocks
        return QuotationEnd(document: d, block: block, start: start, endBlock: endBlock, end: end,
                            line: blocks[block].line(atOffset: start), lineEnd: blocks[endBlock].line(atOffset: end - 1),
                            page: blocks[block].page(atOffset: start), pageEnd: blocks[endBlock].page(atOffset: end - 1))
    }

    /// The alignment's differing columns, a run of neighbouring ones as one difference, words as printed.
    func differences(_ alignment: WordAlignment, _ s: Int, _ sourceWords: ArraySlice<ReadingWords.Place>,
                     _ q: Int, _ quotedWords: ArraySlice<ReadingWords.Place>) -> [WordDifference] {
        var result: [WordDifference] = []
        var i = sourceWords.startIndex, j = quotedWords.startIndex
        var from: [String] = [], to: [String] = []
        func flush() {
            if !from.isEmpty || !to.isEmpty { result.append(WordDifference(source: from.joined(separator: " "), quoted: to.joined(separator: " "))) }
            from = []
            to = []
        }
        for step in alignment.steps {
            switch step {
            case .same:
                flush()
                i += 1
                j += 1
            case .changed:
                from.append(printed(sourceWords[i], in: documents[s]))
                to.append(printed(quotedWords[j], in: documents[q]))
                i += 1
                j += 1
            case .dropped:
                from.append(printed(sourceWords[i], in: documents[s]))
                i += 1
            case .added:
                to.append(printed(quotedWords[j], in: documents[q]))
                j += 1
            }
        }
        flush()
        return result
    }

    /// A word as printed: its own letters in their case, with the square brackets of an editor's insertion.
    func printed(_ word: ReadingWords.Place, in document: Document) -> String {
        let utf8 = document.blocks[Int(word.block)].text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(word.start)), end = utf8.index(utf8.startIndex, offsetBy: Int(word.end))
        let text = String(decoding: utf8[start..<end], as: UTF8.self)
        let bracketed = start > utf8.startIndex && utf8[utf8.index(before: start)] == 0x5B && end < utf8.endIndex && utf8[end] == 0x5D
        return bracketed ? "[" + text + "]" : text
    }
}
