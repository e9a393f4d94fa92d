/// One row of `dossier timeline --json`.
public struct TimelineRow: Codable, Sendable, Equatable, EncodesNulls {
    /// ISO date: `1945-07-21`, `1945-07` or `1945`.
    public var date: String
    /// The last day of a span ("25/26 May" ends `1945-05-26`), else null.
    public var end: String?
    /// day, month or year.
    public var precision: String
    /// event, message (an intercept's date in a citation), cited (another cited item's date) or document (its own date).
    public var kind: String
    /// File of the document.
    public var file: String
    /// The document's short title.
    public var shortTitle: String
    /// Original page, null when the document is unpaginated.
    public var page: Int?
    /// Source line.
    public var line: Int
    /// The note's label, for a date in a note.
    public var note: String?
    /// The sentence around the date (for a citation: the id, date and route).
    public var text: String
    /// How the date was read, in words.
    public var derivation: String
    /// The rule in one word: explicit, period, issue, context, relative, document.
    public var rule: String

    /// The row of an entry of `corpus`'s timeline.
    public init(_ entry: TimelineEntry, in corpus: Corpus) {
        let document = corpus.documents[entry.document]
        var start = entry.date
        start.end = nil
        date = start.iso
        end = entry.date.end.map { DateSpan(year: $0.year, month: $0.month, day: $0.day).iso }
        precision = entry.precision.rawValue
        kind = entry.kind.rawValue
        file = document.file
        shortTitle = document.metadata.shortTitle
        page = entry.page
        line = entry.line
        note = entry.note.flatMap { document.notes.indices.contains($0) ? document.notes[$0].label : nil }
        text = entry.text
        derivation = entry.derivation.description
        rule = entry.derivation.name
    }
}

extension DateSpan {
    /// A date typed as `1945-07-21`, `1945-07` or `1945` (or any form the documents print: "21 July 1945").
    public init?(typed text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }), parts[0].count == 4,
           let y = Int(parts[0]) {
            let m = parts.count > 1 ? Int(parts[1]) : nil
            let d = parts.count > 2 ? Int(parts[2]) : nil
            guard m.map({ (1...12).contains($0) }) ?? true, d.map({ (1...31).contains($0) }) ?? true else { return nil }
            self.init(year: y, month: m, day: d)
            guard isRealDay else { return nil }
            return
        }
        guard let span = DateParser.span(text) else { return nil }
        self.init(year: span.year, month: span.month, day: span.day)
    }

    /// Whether the date's start falls within `from` and `to` (each at its own precision: `--to 1945-07` takes in all July).
    public func falls(from: DateSpan?, to: DateSpan?) -> Bool {
        let key = (year, month ?? 0, day ?? 0)
        if let from, key < (from.year, from.month ?? 0, from.day ?? 0) { return false }
        if let to, key > (to.year, to.month ?? 12, to.day ?? 31) { return false }
        return true
    }
}
