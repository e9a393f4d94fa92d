import Corpus
import TerminalCore

/// Lays out the citation index: every cited id grouped by kind with its count, narrowed by a filter.
struct IndexBuilder {
    let corpus: Corpus
    let filter: String
    let width: Int
    /// The actor filter in force: ids are counted in the places about the chosen actors only.
    var actors = ActorFilter()

    func lines() -> [DisplayLine] {
        let words = filter.lowercased().split(separator: " ")
        var out: [[Segment]] = []
        var total = 0
        for group in corpus.citedItemIndex() {
            let heading = CardBuilder.kindHeading(group.kind)
            // A word matches an id or the kind's name, so "dip" lists every Diplomatic Summary.
            let items = group.items.compactMap { item -> (id: String, count: Int)? in
                let haystack = (item.id + " " + heading).lowercased()
                guard words.allSatisfy({ haystack.contains($0) }) else { return nil }
                guard actors.isOn else { return (item.id, item.count) }
                let about = (corpus.citationsByID[item.id] ?? []).filter { actors.passes(citation: $0.citation, in: $0.document, of: corpus) }.count
                return about > 0 ? (item.id, about) : nil
            }
            guard !items.isEmpty else { continue }
            total += items.count
            out.append([])
            out.append([Segment(TextWrap.truncate("\(heading) (\(items.count))", width: width), .heading)])
            let idWidth = min(max(12, items.map { DisplayWidth.of($0.id) }.max() ?? 12), max(8, width - 10))
            for item in items {
                let count = item.count == 1 ? "1 citation" : "\(item.count) citations"
                let text = "  " + TextWrap.pad(TextWrap.truncate(item.id, width: idWidth), width: idWidth) + "  " + count
                out.append([Segment(TextWrap.truncate(text, width: width), .link, link: .item(item.id))])
            }
        }
        var head = [[Segment(TextWrap.truncate("Citation index: \(total) cited items", width: width), .heading)]]
        if actors.isOn {
            head.append([Segment(TextWrap.truncate("⧩ cited in places about \(actors.names(in: corpus)) (Esc, then A, clears the filter)", width: width), .elided)])
        }
        head.append([Segment(TextWrap.truncate(filter.isEmpty ? "type to narrow, Enter opens a card" : "filter: \(filter)█", width: width),
                             filter.isEmpty ? .pageRule : .strong)])
        if total == 0 {
            let why = filter.isEmpty ? "nothing is cited in places about \(actors.names(in: corpus))" : "nothing cited matches \"\(filter)\""
            head.append([])
            head.append([Segment(TextWrap.truncate(why, width: width), .warning)])
        }
        return (head + out).enumerated().map { i, segments in DisplayLine(segments, anchor: Anchor(block: i, offset: 0), page: nil) }
    }
}
