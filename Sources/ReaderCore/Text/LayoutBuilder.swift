import Corpus
import TerminalCore

/// Turns a document's blocks into display lines.
///
/// Rules: blocks are separated by one blank line (consecutive list items by
/// none); a page rule, set off by blank lines, precedes the first block of each
/// original page; pages that begin inside a rejoined paragraph show "⟨p. N⟩" in
/// the text; paragraphs are wrapped by display columns, quotations and captions
/// indented, list items hung after their bullet, table columns aligned and rows
/// too wide clipped with a visible "…"; notes, furniture and rules are left out
/// unless asked for. With an actor filter on, only the passages naming the chosen actors (in
/// their text or in one of their notes) are shown, each run of the others replaced by one
/// "⋯ n passages hidden" line, and the chosen actors' names are highlighted.
struct LayoutBuilder {
    let document: Document
    let options: Options
    typealias Options = DocumentLayout.Options

    private var lines: [DisplayLine] = []
    /// Lead-in lines waiting for the block they precede (their anchors need its index).
    private var leadIn: [[Segment]] = []
    private var currentPage: Int?
    private var previousKind: BlockKind?
    /// Citations printed in the running text, by block: each is a link in the text.
    private let textCitations: [Int: [(index: Int, start: Int, end: Int)]]
    /// Actor mentions by block.
    private let mentionsByBlock: [Int: [Mention]]
    /// The search's matches by block.
    private let matchesByBlock: [Int: [BlockMatch]]
    /// The matches on the lines made, with their lines.
    private(set) var matchPlaces: [MatchPlace] = []
    /// Matches in passages the actor filter hides.
    private(set) var matchesHidden = 0
    /// Matches in notes not laid out inline (read in the strip, found at their markers).
    private(set) var noteMatches: [BlockMatch] = []
    /// Hidden passages not yet summed up in a line: the first one's block and page, and how many.
    private var hidden: (block: Int, page: Int?, lastPage: Int?, count: Int)?
    /// Passages the filter shows and hides.
    private(set) var passagesShown = 0, passagesHidden = 0
    /// True after a shown paragraph ending in a colon: the quotations, list items and quoted
    /// paragraphs it introduces ("Togo replied as follows:") are shown with it, as what it says.
    private var introducing = false
    /// True while a quotation carried that way has opened and not yet closed.
    private var quoteOpen = false
    /// True for the one block right after an introducing paragraph.
    private var justIntroduced = false

    init(document: Document, options: Options, mentions: [Mention] = []) {
        self.document = document
        self.options = options
        var mentionsByBlock: [Int: [Mention]] = [:]
        for m in mentions { mentionsByBlock[m.block, default: []].append(m) }
        self.mentionsByBlock = mentionsByBlock
        var matchesByBlock: [Int: [BlockMatch]] = [:]
        var inNotes: [BlockMatch] = []
        for m in options.search.map(document.matches(of:)) ?? [] {
            let kind = document.blocks[m.block].kind
            if kind == .note && !options.notes { inNotes.append(m); continue }
            // Stamps and running heads are not searched in the reader, or every search would find "SECRET"
            // (`S` and `dossier search` still list them).
            if kind == .furniture { continue }
            matchesByBlock[m.block, default: []].append(m)
        }
        self.matchesByBlock = matchesByBlock
        noteMatches = inNotes
        var byBlock: [Int: [(index: Int, start: Int, end: Int)]] = [:]
        // A document naming itself ("Short Title: PSIS 400-16") cites nothing worth following.
        for (i, c) in document.citations.enumerated() where c.note == nil && c.end > c.start
            && !(document.archiveIDs.contains(c.id) && c.locator.page == nil) {
            byBlock[c.block, default: []].append((i, c.start, c.end))
        }
        textCitations = byBlock
    }

    mutating func build() -> [DisplayLine] {
        for (index, block) in document.blocks.enumerated() where shows(block) {
            if options.actors.isOn {
                // Page furniture is no passage: under a filter it is left out without a word, and it does not
                // break a quotation away from the paragraph introducing it.
                if block.kind == .furniture { continue }
                let opensQuote = block.kind == .paragraph && block.text.first.map { "\"“‘'".contains($0) } == true
                let quoted = block.kind == .quotation || block.kind == .listItem || opensQuote || (block.kind == .paragraph && quoteOpen)
                let own = passes(block, index)
                // The block right after an introducing colon is what it announces, whatever its form.
                let announced = introducing && (quoted || justIntroduced)
                guard own || announced else {
                    hide(block, index)
                    introducing = false
                    quoteOpen = false
                    continue
                }
                justIntroduced = false
                if own && !announced {
                    introducing = block.kind == .paragraph && LayoutBuilder.introduces(block.text)
                    justIntroduced = introducing
                    quoteOpen = false
                } else if block.kind == .paragraph {
                    quoteOpen = LayoutBuilder.leavesQuoteOpen(block.text, open: quoteOpen)
                }
                passagesShown += 1
                summariseHidden()
            }
            if document.isPaginated, let p = block.page, p != currentPage, block.kind != .note {
                if options.page == nil || p == options.page {
                    if !lines.isEmpty || !leadIn.isEmpty { leadIn.append([]) }
                    leadIn.append([Segment(pageRule(p), .pageRule)])
                    leadIn.append([])
                }
                currentPage = p
            } else if !lines.isEmpty, !(block.kind == .listItem && previousKind == .listItem) {
                leadIn.append([])
            }
            emit(block, index: index)
            if let last = block.pageSplits.last { currentPage = last.page }
            previousKind = block.kind
        }
        if options.actors.isOn && passagesShown == 0 {
            lines.append(DisplayLine([Segment("no passage here names the actors chosen (A clears the filter)", .warning)],
                                     anchor: Anchor(block: -1, offset: 0), page: nil))
        }
        summariseHidden()
        return lines
    }

    /// Whether a block passes the actor filter: by the actors named in it or in the notes its markers open.
    private func passes(_ block: Block, _ index: Int) -> Bool {
        if options.revealed.contains(index) { return true }
        return options.actors.passes(ActorFilter.actors(namedIn: index, of: document) { (mentionsByBlock[$0] ?? []).map(\.actor) })
    }

    /// True when a paragraph ends in a colon (footnote labels after it aside): it introduces what follows.
    static func introduces(_ text: String) -> Bool {
        let end = text.reversed().drop { $0.isWhitespace || $0.isNumber || "⁰¹²³⁴⁵⁶⁷⁸⁹*".contains($0) }
        return end.first == ":"
    }

    /// Whether a quotation is still open after a paragraph: straight double quotes toggle, curly ones open and close.
    static func leavesQuoteOpen(_ text: String, open: Bool) -> Bool {
        var open = open
        for c in text {
            switch c {
            case "\"": open.toggle()
            case "“": open = true
            case "”": open = false
            default: break
            }
        }
        return open
    }

    /// Counts a hidden block into the current run of hidden passages.
    private mutating func hide(_ block: Block, _ index: Int) {
        passagesHidden += 1
        matchesHidden += matchesByBlock[index]?.count ?? 0
        let page = block.pageSplits.last?.page ?? block.page
        if hidden == nil { hidden = (index, block.page, page, 0) }
        hidden!.count += 1
        hidden!.lastPage = page ?? hidden!.lastPage
    }

    /// Emits one line for the run of hidden passages: "⋯ 12 passages hidden (pp. 3-5)".
    private mutating func summariseHidden() {
        guard let run = hidden else { return }
        hidden = nil
        var text = "⋯ \(run.count) passage\(run.count == 1 ? "" : "s") hidden"
        if let first = run.page, let last = run.lastPage {
            text += first == last ? " (p. \(first))" : " (pp. \(first)-\(last))"
        }
        // Called before the next shown block's lead-in is made, so nothing is pending here but this line's blank.
        if !lines.isEmpty { lines.append(DisplayLine([], anchor: Anchor(block: run.block, offset: -1), page: run.page)) }
        lines.append(DisplayLine([Segment(TextWrap.truncate(text, width: options.width), .elided)], anchor: Anchor(block: run.block, offset: 0),
                                 page: run.page))
    }

    /// Whether the block is part of this layout.
    private func shows(_ block: Block) -> Bool {
        if let only = options.page, block.page != only, !block.pageSplits.contains(where: { $0.page == only }) { return false }
        switch block.kind {
        case .rule: return false
        case .furniture: return options.furniture
        // A note no marker points to shows as a one-line stub where it stands, or it could never be read.
        case .note: return options.notes || block.note.map { document.notes[$0].markers.isEmpty } == true
        default: return true
        }
    }

    /// "──── p. 4 ────", centred on at most 72 columns.
    func pageRule(_ page: Int) -> String {
        let label = page == 0 ? " cover (p. 0) " : " p. \(page) "
        // At least one dash a side: two made the cover rule 18 columns, wider than a 16-column pane.
        let side = max(1, (min(options.width, 72) - DisplayWidth.of(label)) / 2)
        return String(repeating: "─", count: side) + label + String(repeating: "─", count: side)
    }

    /// Appends the block's lines, preceded by the pending lead-in lines.
    private mutating func emit(_ block: Block, index: Int) {
        for (i, segments) in leadIn.enumerated() {
            let isRule = segments.first?.role == .pageRule
            lines.append(DisplayLine(segments, anchor: Anchor(block: index, offset: i - leadIn.count), page: block.page,
                                     startsPage: isRule ? block.page : nil))
        }
        leadIn = []
        let width = options.width
        switch block.kind {
        case .table:
            for (row, text) in tableRows(block.cells ?? []).enumerated() {
                let names = (mentionsByBlock[index] ?? []).filter { block.line(atOffset: $0.start) == block.line + row }
                var found: [(form: String, role: Role)] = []
                for m in matchesByBlock[index] ?? [] where block.line(atOffset: m.start) == block.line + row {
                    matchPlaces.append(MatchPlace(match: m, line: lines.count))
                    let utf8 = Array(block.text.utf8)
                    let form = String(decoding: utf8[min(m.start, utf8.count)..<min(m.end, utf8.count)], as: UTF8.self)
                    found.append((form, m == options.currentMatch ? .currentMatch : .match))
                }
                let named = LayoutBuilder.marking(names, in: text, block: index, actors: options.actors)
                lines.append(DisplayLine(LayoutBuilder.highlighting(found, in: named), anchor: Anchor(block: index, offset: row), page: block.page))
            }
        case .heading:
            flow(block, index: index, width: width, base: .heading)
        case .quotation:
            flow(block, index: index, width: max(10, width - 8), indent: "    ")
        case .caption:
            flow(block, index: index, width: max(10, width - 2), indent: "  ", base: .caption)
        case .note where !options.notes:
            let n = block.note ?? 0
            let stub = "※ note \(document.notes[n].label) has no marker in the text"
            for (i, range) in TextWrap.wrapOffsets(stub, width: width).enumerated() {
                lines.append(DisplayLine([Segment(String(stub[range]), .warning, link: .note(n))], anchor: Anchor(block: index, offset: i),
                                         page: block.page))
            }
        case .note:
            flow(block, index: index, width: max(10, width - 4), indent: "    ", base: .note)
        case .furniture:
            flow(block, index: index, width: width, base: .furniture)
        case .listItem:
            let indent = String(repeating: "  ", count: block.level)
            // "(a) Return to…" or "1. The…" carries its own label; a dash would label it twice.
            let label = LayoutBuilder.ownLabel(block.text)
            let bullet = label == nil ? indent + "- " : indent
            let hang = indent + String(repeating: " ", count: label.map { DisplayWidth.of($0) + 1 } ?? 2)
            flow(block, index: index, width: max(10, width - hang.count), indent: hang, bullet: bullet)
        default:
            flow(block, index: index, width: width)
        }
    }

    /// Wraps a block's styled text and appends the lines.
    private mutating func flow(_ block: Block, index: Int, width: Int, indent: String = "", bullet: String? = nil, base: Role = .body) {
        let mentions = (mentionsByBlock[index] ?? []).map { m in
            (start: m.start, end: m.end, role: options.actors.actors.firstIndex(of: m.actor).map(Role.chosen),
             link: LinkTarget.mention(block: index, start: m.start))
        }
        let matches = matchesByBlock[index] ?? []
        let styled = StyledText(block: block, markers: document.markers, citations: textCitations[index] ?? [], mentions: mentions,
                                matches: matches.map { ($0.start, $0.end, $0 == options.currentMatch) },
                                base: base, furnitureLabel: block.kind == .furniture)
        var nextMatch = 0
        for (i, range) in TextWrap.wrapOffsets(styled.text, width: width).enumerated() {
            var segments: [Segment] = []
            if i == 0, let bullet { segments.append(Segment(bullet, .bullet)) } else if !indent.isEmpty { segments.append(Segment(indent, .body)) }
            segments += styled.segments(in: range)
            let offset = styled.text.utf8.distance(from: styled.text.startIndex, to: range.lowerBound)
            let end = styled.text.utf8.distance(from: styled.text.startIndex, to: range.upperBound)
            lines.append(DisplayLine(segments, anchor: Anchor(block: index, offset: offset), page: styled.page(atOffset: offset),
                                     startsPage: styled.pageStarting(in: offset..<end)))
            // Matches come in text order, so each line takes those starting before its end.
            while nextMatch < matches.count, styled.matchStarts[nextMatch] < end {
                matchPlaces.append(MatchPlace(match: matches[nextMatch], line: lines.count - 1))
                nextMatch += 1
            }
        }
        // A match starting in the last line's trailing space still belongs to that line.
        while nextMatch < matches.count {
            matchPlaces.append(MatchPlace(match: matches[nextMatch], line: lines.count - 1))
            nextMatch += 1
        }
    }

    /// The enumerator a list item's text starts with, such as "(a)", "a)", "1." or "iv.", if any.
    static func ownLabel(_ text: String) -> Substring? {
        let head = text.prefix(8)
        guard let space = head.firstIndex(of: " ") else { return nil }
        let label = head[..<space]
        let core = label.trimmingPrefix("(")
        guard let last = core.last, last == ")" || last == "." else { return nil }
        let body = core.dropLast()
        return !body.isEmpty && body.count <= 4 && body.allSatisfy { $0.isLetter || $0.isNumber } ? label : nil
    }

    /// A table row's segments with the names of `mentions` on it cut out as links, highlighted when chosen
    /// (a row is re-padded into columns, so names are found by their printed form, left to right).
    static func marking(_ mentions: [Mention], in row: [Segment], block: Int, actors: ActorFilter) -> [Segment] {
        guard !mentions.isEmpty else { return row }
        var out: [Segment] = []
        var pending = mentions
        for segment in row {
            var rest = Substring(segment.text)
            while let m = pending.first, let range = rest.range(of: m.form) {
                if range.lowerBound > rest.startIndex { out.append(Segment(String(rest[..<range.lowerBound]), segment.role)) }
                let role = actors.actors.firstIndex(of: m.actor).map(Role.chosen) ?? segment.role
                out.append(Segment(String(rest[range]), role, link: .mention(block: block, start: m.start)))
                rest = rest[range.upperBound...]
                pending.removeFirst()
            }
            if !rest.isEmpty { out.append(Segment(String(rest), segment.role, link: segment.link)) }
        }
        return out
    }

    /// A table row's segments with each form found in turn (left to right) cut out in its role, links kept:
    /// a row is re-padded into columns, so a search match is found by its printed text.
    static func highlighting(_ forms: [(form: String, role: Role)], in row: [Segment]) -> [Segment] {
        guard !forms.isEmpty else { return row }
        var out: [Segment] = []
        var pending = forms[...]
        for segment in row {
            var rest = Substring(segment.text)
            while let f = pending.first, !f.form.isEmpty, let range = rest.range(of: f.form) {
                if range.lowerBound > rest.startIndex { out.append(Segment(String(rest[..<range.lowerBound]), segment.role, link: segment.link)) }
                out.append(Segment(String(rest[range]), f.role, link: segment.link))
                rest = rest[range.upperBound...]
                pending.removeFirst()
            }
            if !rest.isEmpty { out.append(Segment(String(rest), segment.role, link: segment.link)) }
        }
        return out
    }

    /// Table rows with columns aligned by display width; rows wider than the layout end in a "…" marker.
    private func tableRows(_ rows: [[String]]) -> [[Segment]] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        // One long cell (a contents entry with dot leaders) must not push every row's later columns off the
        // screen: narrow the widest column, its long cells cut with "…", until rows fit or no column can give.
        let gaps = 2 * max(0, columns - 1)
        while widths.reduce(0, +) + gaps > options.width,
              let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
            widths[widest] -= 1
        }
        return rows.map { row in
            let line = row.enumerated().map { i, c in TextWrap.pad(c, width: widths[i]) }.joined(separator: "  ")
            let trimmed = String(line.reversed().drop(while: { $0 == " " }).reversed())
            guard DisplayWidth.of(trimmed) > options.width else { return [Segment(trimmed, .body)] }
            let kept = TextWrap.truncate(trimmed, width: options.width, ellipsis: "…")
            return [Segment(String(kept.dropLast()), .body), Segment("…", .clipped)]
        }
    }
}
