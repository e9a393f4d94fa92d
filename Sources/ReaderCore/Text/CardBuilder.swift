import Corpus
import TerminalCore

/// Lays out the card of a cited id: what the corpus knows of it, then every place citing it with its passage.
///
/// Fields are "label  value" rows with the value wrapped under itself; each citing
/// place is a heading line and its passage, both one link that jumps to the passage.
struct CardBuilder {
    let corpus: Corpus
    let id: String
    let width: Int
    /// The actor filter in force: only the citing places about the chosen actors are listed.
    var actors = ActorFilter()

    private static var labelWidth: Int { CardText.labelWidth }

    func lines() -> [DisplayLine] {
        guard let item = corpus.citedItem(id) else {
            return [line([Segment(id, .heading)]), line([]),
                    line([Segment(TextWrap.truncate("The corpus knows nothing of \(id).", width: width), .warning)])]
        }
        var out: [[Segment]] = []
        out += wrap("\(item.id) · \(CardBuilder.kindName(item.kind))", role: .heading)
        out.append([])
        if let title = item.title { out += field("title", title) }
        if let date = item.date { out += field("date", date) }
        if !item.routes.isEmpty { out += field("route", item.routes.joined(separator: "; ")) }
        if !item.companions.isEmpty {
            // Each companion is its own link, so a Diplomatic Summary cited beside an intercept opens its card;
            // they flow onto as many lines as the width needs, under the label.
            var row = [Segment(TextWrap.pad("cited with", width: Self.labelWidth), .strong)]
            var used = Self.labelWidth
            for companion in item.companions {
                let w = DisplayWidth.of(companion)
                if used > Self.labelWidth, used + 2 + w > width {
                    out.append(row)
                    row = [Segment(String(repeating: " ", count: Self.labelWidth), .body)]
                    used = Self.labelWidth
                }
                if used > Self.labelWidth { row.append(Segment("  ", .body)); used += 2 }
                row.append(Segment(companion, .link, link: .item(companion)))
                used += w
            }
            out.append(row)
        }
        for correction in item.corrections { out += field("correction", correction, role: .warning) }
        if let bibliography = item.bibliography { out += field("bibliography", bibliography) }
        if let d = item.document {
            out.append([Segment(TextWrap.pad("text", width: Self.labelWidth), .strong),
                        Segment("in this corpus: " + PaneTitle.of(corpus.documents[d]), .link, link: .document(d, page: nil))])
        } else {
            out += field("text", CardBuilder.absence(of: item), role: .warning)
        }
        out.append([])
        let count = item.places.count
        let places = item.places.filter { actors.passes(citation: $0.citation, in: $0.document, of: corpus) }
        out += wrap(count == 1 ? "1 citing place" : "\(count) citing places", role: .heading)
        if places.count < count {
            out += wrap("⋯ \(count - places.count) hidden: only those about \(actors.names(in: corpus)) are listed (A clears the filter)",
                        role: .elided)
        }
        for place in places {
            out.append([])
            let link = LinkTarget.passage(document: place.document, block: place.block, offset: place.offset)
            out += wrap(heading(of: place), role: .strong).map { $0.map { Segment($0.text, $0.role, link: link) } }
            if let passage = place.passage {
                out += TextWrap.wrap("“\(passage)”", width: max(8, width - 2)).map { [Segment("  " + $0, .link, link: link)] }
            }
        }
        return out.enumerated().map { i, segments in DisplayLine(segments, anchor: Anchor(block: i, offset: 0), page: nil) }
    }

    /// "PSIS 400-23 · SRH-086, p. 5, note 4" or "…, running text".
    private func heading(of place: CitingPlace) -> String {
        let document = corpus.documents[place.document]
        var parts = [PaneTitle.of(document)]
        if let page = place.page { parts.append("p. \(page)") }
        // Note numbers restart per chapter in a thesis, so the source line tells two "note 1"s apart.
        if let n = place.note { parts.append("note \(document.notes[n].label)") } else { parts.append("running text") }
        parts.append("line \(place.line)")
        let citation = document.citations[place.citation]
        // What the note says of the message itself: its date and route as given there.
        let extra = [citation.date, citation.route].compactMap { $0 }.map { $0.trimmingCharacters(in: .punctuationCharacters) }
        return parts.joined(separator: ", ") + (extra.isEmpty ? "" : " (" + extra.joined(separator: ", ") + ")")
    }

    private func field(_ label: String, _ value: String, role: Role = .body) -> [[Segment]] {
        CardText.field(label, value, role: role, width: width)
    }

    private func wrap(_ text: String, role: Role) -> [[Segment]] { CardText.wrap(text, role: role, width: width) }

    private func line(_ segments: [Segment]) -> DisplayLine { DisplayLine(segments, anchor: .top, page: nil) }

    /// What the card says when the item's text is not loaded.
    static func absence(of item: CitedItem) -> String {
        switch item.kind {
        case .intercept: return "the intercept's text is not in this corpus; only the notes citing it are"
        case .work: return "a published work, not in this corpus"
        default: return "the text of \(item.id) is not in this corpus"
        }
    }

    /// How a kind of cited item is named to the reader.
    static func kindName(_ kind: CitationKind) -> String {
        switch kind {
        case .intercept: return "intercept"
        case .diplomaticSummary: return "Diplomatic Summary"
        case .magicSummary: return "Magic Summary"
        case .srh: return "Special Research History"
        case .psis: return "PSIS summary"
        case .otherSeries: return "archive item"
        case .work: return "published work"
        }
    }

    /// The plural heading of a kind in the index.
    static func kindHeading(_ kind: CitationKind) -> String {
        switch kind {
        case .intercept: return "Intercepts"
        case .diplomaticSummary: return "Diplomatic Summaries"
        case .magicSummary: return "Magic Summaries"
        case .srh: return "Special Research Histories"
        case .psis: return "PSIS summaries"
        case .otherSeries: return "Other archive items"
        case .work: return "Published works"
        }
    }
}

/// The rows cards are made of: "label  value" fields and wrapped headings.
enum CardText {
    /// Columns of the field labels ("bibliography" is the longest, then a gap of two).
    static let labelWidth = 14

    /// "label       value", the value wrapped under itself.
    static func field(_ label: String, _ value: String, role: Role = .body, width: Int) -> [[Segment]] {
        let wrapped = TextWrap.wrap(value, width: max(8, width - labelWidth))
        return wrapped.enumerated().map { i, text in
            let head = i == 0 ? TextWrap.pad(label, width: labelWidth) : String(repeating: " ", count: labelWidth)
            return [Segment(head, i == 0 ? .strong : .body), Segment(text, role)]
        }
    }

    /// Text wrapped to the width, every line in one role.
    static func wrap(_ text: String, role: Role, width: Int) -> [[Segment]] {
        TextWrap.wrap(text, width: max(1, width)).map { [Segment($0, role)] }
    }
}
