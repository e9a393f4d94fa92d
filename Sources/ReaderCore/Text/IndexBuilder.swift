import Corpus
import TerminalCore

/// Lays out the citation index: every cited id grouped by kind with its count, narrowed by a filter.
struct IndexBuilder {
    let corpus: Corpus
    let filter: String
    let width: Int

    func lines() -> [DisplayLine] {
        let words = filter.lowercased().split(separator: " ")
        var out: [[Segment]] = []
        var total = 0
        for group in corpus.citedItemIndex() {
            let heading = CardBuilder.kindHeading(group.kind)
            // A word matches an id or the kind's name, so "dip" lists every Diplomatic Summary.
            let items = group.items.filter { item in
                let haystack = (item.id + " " + heading).lowercased()
                return words.allSatisfy { haystack.contains($0) }
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
        head.append([Segment(TextWrap.truncate(filter.isEmpty ? "type to narrow, Enter opens a card" : "filter: \(filter)█", width: width),
                             filter.isEmpty ? .pageRule : .strong)])
        if total == 0 { head.append([]); head.append([Segment("nothing cited matches \"\(filter)\"", .warning)]) }
        return (head + out).enumerated().map { i, segments in DisplayLine(segments, anchor: Anchor(block: i, offset: 0), page: nil) }
    }
}
