extension Corpus {
    /// What breaks the rules of the corpus's documents, its indexes and its queries, one sentence each
    /// (empty when consistent); each problem names its document.
    ///
    /// Besides every document's own `consistencyProblems()`: the indexes point at citations, blocks and
    /// documents that exist; the CLI's queries (list, notes, cited items, actors) answer for everything
    /// the indexes hold; and words taken from a block's own text are found there by search, with hits
    /// inside the text. The queries are run, not only the indexes read, because a parser can build a
    /// model its readers then trip over.
    public func consistencyProblems() -> [String] {
        var problems: [String] = []
        for (d, doc) in documents.enumerated() {
            problems += doc.consistencyProblems().map { "\(doc.file): \($0)" }
            let rows = noteEntries(document: d).count
            let expected = doc.markers.count + doc.notes.filter(\.markers.isEmpty).count
            if rows != expected { problems.append("\(doc.file): \(rows) note rows for \(expected) markers and unmarked notes") }
            _ = shownBlocks(document: d, page: doc.pages.first?.number, includeFurniture: true, includeNotes: true)
        }
        if listEntries().count != documents.count { problems.append("list: not one row per document") }
        checkCitations(into: &problems)
        checkActors(into: &problems)
        checkSearch(into: &problems)
        checkQuotations(into: &problems)
        checkTimeline(into: &problems)
        return problems
    }

    /// Timeline entries stand in their documents, on real days, in time order, and their JSON rows can be made.
    private func checkTimeline(into problems: inout [String]) {
        for (i, e) in timeline.enumerated() {
            guard documents.indices.contains(e.document) else { problems.append("timeline: entry \(i) names document \(e.document)"); continue }
            let doc = documents[e.document]
            guard doc.blocks.indices.contains(e.block) else { problems.append("\(doc.file): timeline entry \(i) names block \(e.block)"); continue }
            let length = doc.blocks[e.block].text.utf8.count
            if !(0...length).contains(e.start) || !(e.start...length).contains(e.end) { problems.append("\(doc.file): timeline entry \(i) runs off its block") }
            if e.line < 1 || e.line > max(1, doc.lineCount) { problems.append("\(doc.file): timeline entry \(i) on line \(e.line)") }
            if !e.date.isRealDay { problems.append("\(doc.file): timeline entry \(i) dated \(e.date.iso), no such day") }
            if i > 0, e.date < timeline[i - 1].date { problems.append("timeline: entry \(i) is before the one above it") }
            if let n = e.note, !doc.notes.indices.contains(n) { problems.append("\(doc.file): timeline entry \(i) names note \(n)") }
            _ = TimelineRow(e, in: self)
        }
    }

    /// Citation indexes and the cited-item queries built on them.
    private func checkCitations(into problems: inout [String]) {
        for (id, refs) in citationsByID {
            for r in refs where !documents.indices.contains(r.document) || !documents[r.document].citations.indices.contains(r.citation)
                || documents[r.document].citations[r.citation].id != id {
                problems.append("citation index: \(id) → document \(r.document) citation \(r.citation) is not a citation of it")
            }
        }
        for (id, d) in links where !documents.indices.contains(d) { problems.append("links: \(id) → document \(d) does not exist") }
        let indexed = citedItemIndex().reduce(0) { $0 + $1.items.reduce(0) { $0 + $1.count } }
        let total = documents.reduce(0) { $0 + $1.citations.count }
        if indexed != total { problems.append("cited-item index counts \(indexed) citations of \(total)") }
        // Every cited id has a card and a `cite` answer, with one place per citation.
        for (id, refs) in citationsByID {
            guard let item = citedItem(id) else { problems.append("cited item \(id): no card"); continue }
            if item.places.count != refs.count { problems.append("cited item \(id): \(item.places.count) places for \(refs.count) citations") }
            if cite(id) == nil { problems.append("cite \(id): no answer") }
        }
        for (d, doc) in documents.enumerated() {
            for c in doc.citations {
                if let t = target(of: c), let p = t.page, documents[links[c.id] ?? d].page(numbered: p) == nil {
                    problems.append("\(doc.file): citation of \(c.id) targets page \(p), which does not exist")
                }
                // The reader jumps to page...pageEnd: a range running backwards traps.
                if let t = target(of: c), let p = t.page, let e = t.pageEnd, e < p {
                    problems.append("\(doc.file): citation of \(c.id) targets pages \(p)-\(e), which run backwards")
                }
            }
        }
    }

    /// The actor index: one mention list per document, every mention inside its block, and the reports.
    private func checkActors(into problems: inout [String]) {
        if actors.mentions.count != documents.count { problems.append("actors: \(actors.mentions.count) mention lists for \(documents.count) documents") }
        for (d, list) in actors.mentions.enumerated() where documents.indices.contains(d) {
            let doc = documents[d]
            for m in list where !doc.blocks.indices.contains(m.block) || !Document.isRange(m.start, m.end, in: doc.blocks[m.block].text)
                || !actors.actors.indices.contains(m.actor) {
                problems.append("\(doc.file): mention \"\(m.form)\" at block \(m.block) \(m.start)..<\(m.end) is not in the text")
            }
        }
        for m in actors.ambiguous where !documents.indices.contains(m.document) || !documents[m.document].blocks.indices.contains(m.block)
            || !Document.isRange(m.start, m.end, in: documents[m.document].blocks[m.block].text) {
            problems.append("ambiguous mention \"\(m.form)\" is not in the text")
        }
        let report = actorsReport()
        if report.actors.count != actors.actors.count { problems.append("actors report: not one row per actor") }
        for a in actors.actors.indices where actorMentions(a).count != actors.total(of: a) {
            problems.append("actor \(actors.actors[a].id): mentions listed differ from the count")
        }
    }

    /// Search for words and a two-word phrase copied from blocks of each document: each is found in its
    /// own block, and every hit lies inside its block, on its lines, with the snippet's match inside the snippet.
    private func checkSearch(into problems: inout [String]) {
        for (d, doc) in documents.enumerated() {
            for (b, query) in Corpus.probes(doc) {
                guard let q = SearchQuery(query) else { continue }
                let hits = search(q, documents: [d])
                if !hits.contains(where: { $0.block == b }) { problems.append("\(doc.file): search for \"\(query)\" misses block \(b), where it was taken from") }
                for h in hits {
                    guard h.document == d, doc.blocks.indices.contains(h.block) else { problems.append("\(doc.file): a hit for \"\(query)\" is in no block"); continue }
                    let block = doc.blocks[h.block]
                    if !Document.isRange(h.start, h.end, in: block.text) || !(block.line...block.lineEnd).contains(h.line) || h.column < 1
                        || h.snippetMatch.lowerBound < 0 || h.snippetMatch.upperBound > h.snippet.count {
                        problems.append("\(doc.file): hit for \"\(query)\" at block \(h.block) \(h.start)..<\(h.end) line \(h.line) is not in the text")
                    }
                }
            }
        }
    }

    /// Quotation links: each end inside its document's reading text, start before end, on the lines it names;
    /// the source not the later document and never the quoting one or a copy of it; and the links listed as
    /// touching a document have an end in it or in the text it copies.
    private func checkQuotations(into problems: inout [String]) {
        for (i, link) in quotations.enumerated() {
            for end in [link.source, link.quotedIn] {
                guard documents.indices.contains(end.document) else {
                    problems.append("quotation \(i): document \(end.document) does not exist")
                    continue
                }
                let doc = documents[end.document]
                guard doc.blocks.indices.contains(end.block), doc.blocks.indices.contains(end.endBlock) else {
                    problems.append("\(doc.file): quotation \(i) names block \(end.block) or \(end.endBlock), which does not exist")
                    continue
                }
                let first = doc.blocks[end.block], last = doc.blocks[end.endBlock]
                if !first.isReadingText || !last.isReadingText || (end.block, end.start) >= (end.endBlock, end.end)
                    || !Document.isRange(end.start, first.text.utf8.count, in: first.text) || !Document.isRange(0, end.end, in: last.text)
                    || end.line != first.line(atOffset: end.start) || end.lineEnd < end.line || !(last.line...last.lineEnd).contains(end.lineEnd) {
                    problems.append("\(doc.file): quotation \(i) at block \(end.block) \(end.start) to block \(end.endBlock) \(end.end) is not in the reading text")
                }
            }
            guard documents.indices.contains(link.source.document), documents.indices.contains(link.quotedIn.document) else { continue }
            let source = documents[link.source.document], quoted = documents[link.quotedIn.document]
            if link.source.document == link.quotedIn.document || (!source.contentHash.isEmpty && source.contentHash == quoted.contentHash) {
                problems.append("\(source.file): quotation \(i) links the document to itself or a copy")
            }
            if let s = source.metadata.date ?? source.metadata.period, let q = quoted.metadata.date ?? quoted.metadata.period, q < s {
                problems.append("\(quoted.file): quotation \(i) is quoted from \(source.file), which is later")
            }
            if !(0...1).contains(link.score) || link.words < link.differences.count {
                problems.append("\(quoted.file): quotation \(i) has score \(link.score) over \(link.words) words with \(link.differences.count) differences")
            }
        }
        for d in documents.indices {
            for i in quotations(touching: d) where !quotations.indices.contains(i)
                || ![quotations[i].source.document, quotations[i].quotedIn.document].contains(where: { $0 == d || documents[$0].contentHash == documents[d].contentHash && !documents[d].contentHash.isEmpty }) {
                problems.append("\(documents[d].file): quotation \(i) is listed as touching it but has no end there")
            }
        }
    }

    /// A few queries from a document's own text, each with the block it came from: the first word with a
    /// letter and that word with the next, in the first, middle and last blocks that have words.
    static func probes(_ doc: Document) -> [(block: Int, query: String)] {
        let candidates = doc.blocks.indices.filter { doc.blocks[$0].text.contains(where: \.isLetter) }
        guard let first = candidates.first, let last = candidates.last else { return [] }
        var probes: [(Int, String)] = []
        for b in Set([first, candidates[candidates.count / 2], last]).sorted() {
            let words = doc.blocks[b].text.split(whereSeparator: \.isWhitespace)
            guard let k = words.firstIndex(where: { $0.contains(where: \.isLetter) }) else { continue }
            probes.append((b, String(words[k])))
            if k + 1 < words.count { probes.append((b, words[k] + " " + words[k + 1])) }
        }
        return probes
    }
}
