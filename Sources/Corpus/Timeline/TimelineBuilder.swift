/// Reads one document's dated events: every date phrase of its running text and notes, the dates its
/// citations give, and its own date, each with its year settled and its derivation said.
struct TimelineBuilder {
    let document: Document
    let index: Int

    /// The last full date read (one giving its year), which settles the year of the dates after it.
    private struct Context {
        var year: Int
        var printed: String
        var line: Int
    }

    /// The last written day, which counted phrases after it count from, and how many blocks ago it was read.
    private struct Anchor {
        var date: DateSpan
        var printed: String
        var line: Int
        var age = 0
    }

    /// How many reading blocks on a counted phrase may still count from a date: a paragraph or two, as prose does.
    static let anchorReach = 3

    /// Every dated entry of the document, in document order.
    func entries() -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        if let own = documentDate() { out.append(own) }
        let bibliography = BibliographyReader.section(document).indices
        var citationsByBlock: [Int: [Int]] = [:]
        for (c, citation) in document.citations.enumerated() { citationsByBlock[citation.block, default: []].append(c) }
        // Reading the phrases of each block is independent of the others and most of the work: done in parallel,
        // then the years and counted days are settled in one pass in reading order.
        let blocks = document.blocks
        let scanned = blocks.indices.parallelMap(minimumCount: 64) { b -> [DateMention] in
            switch blocks[b].kind {
            case .paragraph, .listItem, .quotation, .caption, .table:
                return DateMentionScanner.mentions(in: blocks[b].text, yearsAlone: blocks[b].kind != .table)
            case .note:
                return DateMentionScanner.mentions(in: blocks[b].text, yearsAlone: false, monthsAlone: false)
            case .heading, .furniture, .rule:
                return []
            }
        }
        var context: Context?
        var anchor: Anchor?
        for (b, block) in document.blocks.enumerated() where !bibliography.contains(b) {
            switch block.kind {
            case .heading:
                anchor = nil
            case .paragraph, .listItem, .quotation, .caption, .table:
                if isDateLine(block.text) { continue }
                let found = dated(block: b, scanned[b], context: &context, anchor: &anchor, citations: [])
                out += found
                anchor?.age += 1
            case .note:
                // A note counts only from its own dates, and only its days are events: its months and years are
                // mostly publication dates of what it cites.
                var noteContext = context, noteAnchor: Anchor?
                let cited = citationsByBlock[b] ?? []
                out += dated(block: b, scanned[b], context: &noteContext, anchor: &noteAnchor, citations: cited)
                out += citationDates(cited, context: context)
            case .furniture, .rule:
                continue
            }
        }
        return out
    }

    /// The document's own date, where its front matter gives one.
    private func documentDate() -> TimelineEntry? {
        guard let date = document.metadata.date, let printed = document.metadata.dateText else { return nil }
        let b = document.blocks.indices.first { document.blocks[$0].text.contains(printed) } ?? 0
        guard document.blocks.indices.contains(b) else { return nil }
        let block = document.blocks[b]
        let start = block.text.range(of: printed).map { block.text.utf8.distance(from: block.text.startIndex, to: $0.lowerBound) } ?? 0
        var day = date
        day.end = nil
        let title = document.metadata.title == document.metadata.shortTitle ? document.metadata.title
            : "\(document.metadata.shortTitle): \(document.metadata.title)"
        return TimelineEntry(date: day, kind: .document, derivation: .documentDate, document: index, block: b, start: start,
                             end: start + printed.utf8.count, line: block.line(atOffset: start), page: block.page(atOffset: start),
                             note: nil, text: "\(document.metadata.kind.rawValue) dated \(printed): \(title)")
    }

    /// True for a block that is a date and nothing else: the cover's issue date or period line.
    private func isDateLine(_ text: String) -> Bool {
        // Most blocks are paragraphs: too long to be a date line, and not worth trimming (a copy of the whole text).
        guard text.utf8.count <= 64 else { return false }
        let bare = text.trimmingScalars { $0 == "(" || $0 == ")" || $0 == " " }
        return bare == document.metadata.dateText || bare == document.metadata.periodText || DateParser.isDateLine(bare)
    }

    /// The entries of one block's date phrases, updating the running year and the date counted from.
    private func dated(block b: Int, _ mentions: [DateMention], context: inout Context?, anchor: inout Anchor?, citations: [Int]) -> [TimelineEntry] {
        let block = document.blocks[b]
        let inNote = block.kind == .note
        // Dates inside a note's citations are the cited items' dates: they get entries of their own. A citation
        // runs from its id to the next citation or semicolon ("H-180854, 25 Apr. & 182854/55, 25 Apr., Sato-Tokyo;").
        let cited = citationClauses(citations, in: block.text)
        var out: [TimelineEntry] = []
        for mention in mentions {
            if cited.contains(where: { $0.overlaps(mention.start..<mention.end) }) { continue }
            let line = block.line(atOffset: mention.start)
            let printed = Self.printed(block.text, mention.start, mention.end)
            var date: DateSpan
            var derivation: DateDerivation
            if let relative = mention.relative {
                guard let from = anchor, from.age < Self.anchorReach, let counted = from.date.addingDays(relative.days) else { continue }
                date = counted
                derivation = .relative(phrase: relative.phrase, days: relative.days, from: from.printed, line: from.line)
                if !relative.dependsOnPrecedingDate { anchor = Anchor(date: counted, printed: "\(from.printed) + \(relative.days) days", line: from.line) }
            } else if let month = mention.month {
                if inNote, mention.day == nil { continue }
                guard let (year, how) = year(month: month, day: mention.day, written: mention.year, printed: printed, line: line, context: context) else { continue }
                date = DateSpan(year: year, month: month, day: mention.day)
                if let endDay = mention.endDay { date.end = .init(year: year, month: month, day: endDay) }
                if let endMonth = mention.endMonth { date.end = .init(year: year, month: endMonth) }
                guard date.isRealDay else { continue }
                derivation = how
                if mention.year != nil { context = Context(year: year, printed: printed, line: line) }
                if mention.day != nil { anchor = Anchor(date: date.endDay, printed: printed, line: line) }
            } else if let year = mention.year {
                date = DateSpan(year: year)
                if let endYear = mention.endYear { date.end = .init(year: endYear) }
                derivation = .explicit
                // A year alone moves the story on ("As 1940 dawned"), but one behind it looks back ("the
                // Anti-Comintern Pact (1936)") and leaves the running year as it was.
                if mention.endYear == nil, year >= context?.year ?? year { context = Context(year: year, printed: printed, line: line) }
            } else {
                continue
            }
            let sentence = document.sentence(holding: mention.start..<mention.end, inBlock: b)?.text ?? printed
            out.append(TimelineEntry(date: date, kind: .event, derivation: derivation, document: index, block: b, start: mention.start,
                                     end: mention.end, line: line, page: block.page(atOffset: mention.start),
                                     note: inNote ? block.note : nil, text: sentence))
        }
        return out
    }

    /// The dates a note's citations give: message dates of intercepts, issue dates of other cited items.
    private func citationDates(_ cited: [Int], context: Context?) -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        var seen = Set<String>()
        for c in cited {
            let citation = document.citations[c]
            guard let printed = citation.date, seen.insert(citation.id + "|" + printed).inserted,
                  let mention = DateMentionScanner.mentions(in: printed, yearsAlone: false, monthsAlone: false).first,
                  let month = mention.month, mention.day != nil,
                  let (year, how) = year(month: month, day: mention.day, written: mention.year, printed: printed, line: citation.line, context: context)
            else { continue }
            let date = DateSpan(year: year, month: month, day: mention.day)
            guard date.isRealDay else { continue }
            let what = [citation.id, printed, citation.route].compactMap { $0 }.joined(separator: ", ")
            out.append(TimelineEntry(date: date, kind: citation.kind == .intercept ? .message : .cited, derivation: how, document: index,
                                     block: citation.block, start: citation.start, end: citation.end, line: citation.line, page: citation.page,
                                     note: citation.note, text: what))
        }
        return out
    }

    /// The part of a note each citation covers: from its start to the next citation's start or the next semicolon.
    private func citationClauses(_ citations: [Int], in text: String) -> [Range<Int>] {
        let starts = citations.map { document.citations[$0].start }.sorted()
        let semicolons = text.utf8.enumerated().filter { $0.element == UInt8(ascii: ";") }.map(\.offset)
        return starts.enumerated().map { i, start in
            let next = i + 1 < starts.count ? starts[i + 1] : text.utf8.count
            let stop = semicolons.first { $0 > start } ?? text.utf8.count
            return start..<max(start, min(next, stop))
        }
    }

    /// The year of a date: as written, else the last such day up to a report's own date, else from the
    /// document's one-year period, else the last full date before it in the text; nil when none of these settles it.
    private func year(month: Int, day: Int?, written: Int?, printed: String, line: Int, context: Context?) -> (Int, DateDerivation)? {
        if let written { return (written, .explicit) }
        let meta = document.metadata
        // A report speaks of the days before it: "31 Aug." in a report of 18 June 1945 is of 1944.
        if [.intelligenceSummary, .intelligenceStudy].contains(meta.kind), let issued = meta.date, let issuedMonth = issued.month {
            let later = (month, day ?? 1) > (issuedMonth, issued.day ?? 31)
            return (later ? issued.year - 1 : issued.year, .yearFromIssue(meta.dateText ?? issued.iso))
        }
        if let period = meta.period, period.end.map({ $0.year == period.year }) ?? true {
            return (period.year, .yearFromPeriod(meta.periodText ?? period.iso))
        }
        if let context { return (context.year, .yearFromContext(context.printed, line: context.line)) }
        return nil
    }

    /// The text of a UTF-8 range of a block, whitespace collapsed.
    static func printed(_ text: String, _ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: max(0, min(start, utf8.count)))
        let to = utf8.index(utf8.startIndex, offsetBy: max(0, min(end, utf8.count)))
        return String(decoding: utf8[from..<to], as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension DateSpan {
    /// The last day of a span of days, or the date itself: what "the next day" after "25/26 May" counts from.
    var endDay: DateSpan {
        guard let end, end.day != nil else { return DateSpan(year: year, month: month, day: day) }
        return DateSpan(year: end.year, month: end.month, day: end.day)
    }
}
