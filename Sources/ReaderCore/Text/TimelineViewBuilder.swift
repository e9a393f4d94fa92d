import Corpus
import TerminalCore

/// Lays out the timeline: every dated event in time order under month headings, each row the day, a mark for how
/// the date was read, the document and page, and the sentence; narrowed by a typed date ("1945-07") or words.
struct TimelineViewBuilder {
    let corpus: Corpus
    let filter: String
    let width: Int
    /// The actor filter in force: only dates in passages it shows are listed.
    var actors = ActorFilter()
    /// The blocks a document shows under the actor filter (asked only when the filter is on).
    var shownBlocks: (Int) -> Set<Int> = { _ in [] }

    /// How many lines of a sentence a row shows before "…".
    static let sentenceLines = 3

    func lines() -> [DisplayLine] {
        var places = ShownPlaces(corpus: corpus, filter: actors, shownBlocks: shownBlocks)
        let words = filter.lowercased().split(separator: " ").map(String.init)
        let kept = corpus.timeline.indices.filter { i in
            let entry = corpus.timeline[i]
            return (entry.kind == .document || places.shows(document: entry.document, block: entry.block))
                && words.allSatisfy { TimelineViewBuilder.matches(entry, word: $0, in: corpus) }
        }.map { (index: $0, entry: corpus.timeline[$0]) }
        let labels = corpus.documents.map(PaneTitle.short)
        let documents = Set(kept.map(\.entry.document)).count
        var head: [[Segment]] = [[Segment(fit("Timeline: \(SearchResultsBuilder.count(kept.count, "date", "dates")) in "
                                             + SearchResultsBuilder.count(documents, "document", "documents")
                                             + TimelineViewBuilder.years(kept.first?.entry.date, kept.last?.entry.date)), .heading)]]
        if actors.isOn {
            let outside = corpus.timeline.indices.count { i in !places.shows(document: corpus.timeline[i].document, block: corpus.timeline[i].block) }
            head.append([Segment(fit("⧩ in passages about \(actors.names(in: corpus)); \(outside) more outside the filter"), .elided)])
        }
        head.append([Segment(fit(filter.isEmpty ? "type a date (1945-07) or words · ~ year inferred · → counted from a nearby date · ✉ message date"
                                 : "filter: \(filter)█"), filter.isEmpty ? .pageRule : .strong)])
        if kept.isEmpty {
            head.append([])
            head.append([Segment(fit(filter.isEmpty ? "no dated event in places about \(actors.names(in: corpus))" : "no date matches \"\(filter)\""), .warning)])
        }
        var out: [[Segment]] = []
        var group = ""
        let sourceWidth = min(max(8, width / 4), 22)
        for (index, entry) in kept {
            let heading = TimelineViewBuilder.groupHeading(entry.date)
            if heading != group {
                group = heading
                out.append([])
                out.append([Segment(fit(heading), .heading)])
            }
            out += row(entry, link: .dated(index), label: labels[entry.document], sourceWidth: sourceWidth)
        }
        return (head + out).enumerated().map { i, segments in DisplayLine(segments, anchor: Anchor(block: i, offset: 0), page: nil) }
    }

    /// ", 1904–1996", ", 1945" or nothing: the years the listed dates span.
    static func years(_ first: DateSpan?, _ last: DateSpan?) -> String {
        guard let first, let last else { return "" }
        let end = last.end?.year ?? last.year
        return end == first.year ? ", \(first.year)" : ", \(first.year)–\(end)"
    }

    /// "July 1945" for days and months, "1945" for years, "1941–1945" for spans of years.
    static func groupHeading(_ date: DateSpan) -> String {
        guard let month = date.month else { return date.end.map { "\(date.year)–\($0.year)" } ?? "\(date.year)" }
        return "\(monthNames[month - 1]) \(date.year)"
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    /// One entry: "  21 ~ SRH-086 p. 5   On 21 July, Togo replied …", the sentence wrapped under itself.
    private func row(_ entry: TimelineEntry, link: LinkTarget, label: String, sourceWidth: Int) -> [[Segment]] {
        let day: String
        if let d = entry.date.day {
            day = entry.date.end.flatMap { $0.day }.map { "\(d)–\($0)" } ?? "\(d)"
        } else {
            day = entry.date.month != nil ? (entry.date.end?.month).map { "–\(TimelineViewBuilder.monthNames[$0 - 1].prefix(3))" } ?? "—" : ""
        }
        let mark: String
        switch (entry.kind, entry.derivation) {
        case (.message, _), (.cited, _): mark = "✉"
        case (.document, _): mark = "§"
        case (_, .relative): mark = "→"
        case (_, .explicit): mark = " "
        default: mark = "~"
        }
        let source = label + (entry.page.map { " p. \($0)" } ?? "") + (entry.note.map { " n. \(corpus.documents[entry.document].notes[$0].label)" } ?? "")
        let prefix = " " + TextWrap.pad(day, width: 5) + " " + mark + " "
        let prefixWidth = DisplayWidth.of(prefix)
        var text = entry.text
        if case .relative(let phrase, _, _, _) = entry.derivation { text = "[\(entry.derivation.description.replacingOccurrences(of: "\"\(phrase)\": ", with: ""))] " + text }
        // Narrow panes put the sentence under the day and source, wide ones beside them.
        let beside = width - prefixWidth - sourceWidth - 1 >= 30
        let indent = beside ? prefixWidth + sourceWidth + 1 : prefixWidth
        let room = max(8, width - indent)
        var wrapped = TextWrap.wrap(text, width: room)
        if wrapped.count > Self.sentenceLines {
            wrapped = Array(wrapped.prefix(Self.sentenceLines))
            wrapped[wrapped.count - 1] = TextWrap.truncate(wrapped[wrapped.count - 1] + " …", width: room)
        }
        let sourceCell = beside ? TextWrap.pad(TextWrap.truncate(source, width: sourceWidth), width: sourceWidth) + " "
            : TextWrap.truncate(source, width: max(1, width - prefixWidth))
        let role: Role = entry.kind == .event ? .link : .note
        var rows: [[Segment]] = []
        var first = [Segment(TextWrap.truncate(prefix, width: width), .strong, link: link),
                     Segment(sourceCell, .pageRule, link: link)]
        if beside, let line = wrapped.first {
            first.append(Segment(line, role, link: link))
            wrapped.removeFirst()
        }
        rows.append(first)
        let pad = String(repeating: " ", count: indent)
        for line in wrapped { rows.append([Segment(pad, .body), Segment(line, role, link: link)]) }
        return rows.map { $0.map { Segment(TextWrap.truncate($0.text, width: width), $0.role, link: $0.link) } }
    }

    private func fit(_ s: String) -> String { TextWrap.truncate(s, width: width) }

    /// Where Enter takes an entry: its words in the running text; for a date in a note, the marker that opens the note.
    static func place(of entry: TimelineEntry, in corpus: Corpus) -> LinkTarget {
        let document = corpus.documents[entry.document]
        guard let n = entry.note else { return .passage(document: entry.document, block: entry.block, offset: entry.start) }
        guard document.notes.indices.contains(n), let m = document.notes[n].markers.first, document.markers.indices.contains(m) else {
            return .passage(document: entry.document, block: entry.block, offset: entry.start)
        }
        return .passage(document: entry.document, block: document.markers[m].block, offset: document.markers[m].start)
    }

    /// A word typed matches a date it begins ("1945-07", "1945-07-2") or words of the entry, its document or how it was read.
    static func matches(_ entry: TimelineEntry, word: String, in corpus: Corpus) -> Bool {
        if word.first?.isNumber == true, word.allSatisfy({ $0.isNumber || $0 == "-" }) { return entry.date.iso.hasPrefix(word) }
        let document = corpus.documents[entry.document]
        let haystack = [entry.text, document.file, document.metadata.shortTitle, PaneTitle.short(document), entry.kind.rawValue, entry.derivation.name]
        return haystack.contains { $0.lowercased().contains(word) }
    }
}
