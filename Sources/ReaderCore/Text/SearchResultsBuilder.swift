import Corpus
import TerminalCore

/// Lays out a search of every document: a count, then each document's hits (page, line, snippet with the match marked).
struct SearchResultsBuilder {
    let corpus: Corpus
    let text: String
    let width: Int
    /// The actor filter in force: only hits in passages it shows are listed.
    var actors = ActorFilter()
    /// The blocks a document shows under the actor filter (asked only when the filter is on).
    var shownBlocks: (Int) -> Set<Int> = { _ in [] }

    func lines() -> [DisplayLine] {
        guard let query = SearchQuery(text) else { return [] }
        let all = corpus.search(query)
        var kept: [(hit: SearchHit, link: LinkTarget, label: String)] = []
        var places = ShownPlaces(corpus: corpus, filter: actors, shownBlocks: shownBlocks)
        for hit in all {
            let document = corpus.documents[hit.document]
            guard let (block, offset, label) = place(of: hit, in: document), places.shows(document: hit.document, block: block) else { continue }
            kept.append((hit, .passage(document: hit.document, block: block, offset: offset), label))
        }
        let documents = Set(kept.map(\.hit.document)).count
        var head: [[Segment]] = [[Segment(fit("Search \"\(text)\": \(SearchResultsBuilder.count(kept.count, "match", "matches")) in "
                                             + SearchResultsBuilder.count(documents, "document", "documents")), .heading)]]
        if actors.isOn {
            head.append([Segment(fit("⧩ in passages about \(actors.names(in: corpus)); \(all.count - kept.count) more outside the filter"), .elided)])
        }
        head.append([Segment(fit(kept.isEmpty ? "no match (smart case: lower case ignores case; accents never count)"
                                 : "Enter opens the passage (Ctrl-O returns); n and N step through a document's matches"),
                             kept.isEmpty ? .warning : .pageRule)])
        var out: [[Segment]] = []
        var start = 0
        while start < kept.count {
            let d = kept[start].hit.document
            let end = kept[start...].firstIndex { $0.hit.document != d } ?? kept.count
            out.append([])
            out.append([Segment(fit("\(PaneTitle.of(corpus.documents[d]))  (\(end - start))"), .heading)])
            for entry in kept[start..<end] { out.append(row(entry.hit, label: entry.label, link: entry.link)) }
            start = end
        }
        return (head + out).enumerated().map { i, segments in DisplayLine(segments, anchor: Anchor(block: i, offset: 0), page: nil) }
    }

    /// Where a hit is read: its own block, or for a hit in a note, the marker pointing to the note (Enter then opens it).
    private func place(of hit: SearchHit, in document: Document) -> (block: Int, offset: Int, label: String)? {
        guard hit.inNote else { return (hit.block, hit.start, "") }
        guard let n = document.blocks[hit.block].note, document.notes.indices.contains(n) else { return nil }
        let note = document.notes[n]
        guard let m = note.markers.first, document.markers.indices.contains(m) else { return nil }
        return (document.markers[m].block, document.markers[m].start, "note \(note.label): ")
    }

    /// "  p. 4  l. 123  note 7: …Lozovsky told Sato…", the snippet cut so the match stays in view.
    private func row(_ hit: SearchHit, label: String, link: LinkTarget) -> [Segment] {
        let prefix = "  " + (hit.page.map { "p. \($0)  " } ?? "") + "l. \(hit.line)  " + label
        let room = max(8, width - DisplayWidth.of(prefix))
        let characters = Array(hit.snippet)
        let lower = min(max(0, hit.snippetMatch.lowerBound), characters.count)
        let upper = min(max(lower, hit.snippetMatch.upperBound), characters.count)
        var before = String(characters[..<lower])
        let match = String(characters[lower..<upper])
        var after = String(characters[upper...])
        // Keep about a third of the room before the match, so it never falls off the right edge.
        let lead = max(0, room / 3)
        if DisplayWidth.of(before) > lead { before = "…" + String(before.suffix(max(0, lead - 1))) }
        let left = room - DisplayWidth.of(before) - DisplayWidth.of(match)
        if DisplayWidth.of(after) > max(0, left) { after = TextWrap.truncate(after, width: max(0, left), ellipsis: "…") }
        var segments = [Segment(TextWrap.truncate(prefix, width: width), .pageRule, link: link)]
        if DisplayWidth.of(prefix) < width {
            segments.append(Segment(before, .link, link: link))
            segments.append(Segment(TextWrap.truncate(match, width: max(1, room - DisplayWidth.of(before))), .match, link: link))
            if !after.isEmpty { segments.append(Segment(after, .link, link: link)) }
        }
        return segments
    }

    private func fit(_ s: String) -> String { TextWrap.truncate(s, width: width) }

    /// "1 match", "12 matches".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
