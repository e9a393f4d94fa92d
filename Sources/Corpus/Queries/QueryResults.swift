/// One row of `dossier list`.
public struct ListEntry: Codable, Sendable, Equatable {
    /// File name.
    public var file: String
    /// Full title.
    public var title: String
    /// Short title.
    public var shortTitle: String
    /// Archive ids naming the document.
    public var archiveIds: [String]
    /// Issue date as printed.
    public var date: String?
    /// Issue date in ISO form.
    public var isoDate: String?
    /// Period covered as printed.
    public var period: String?
    /// Kind of document.
    public var kind: String
    /// Author or issuing office.
    public var author: String?
    /// Translator.
    public var translator: String?
    /// Number of pages including the cover page 0; null when the text carries no pagination.
    public var pages: Int?
    /// Footnote markers found.
    public var markers: Int
    /// Notes found.
    public var notes: Int
    /// Citations found.
    public var citations: Int
    /// Anomalies kept.
    public var anomalies: Int
    /// Each anomaly: kind, message, source line and page.
    public var anomalyList: [Anomaly]
    /// Problems reading the file.
    public var warnings: [String]
    /// How pagination was decided.
    public var pagination: String

    /// Encodes every documented key, writing null for what is absent (scripts rely on the keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(title, forKey: .title)
        try c.encode(shortTitle, forKey: .shortTitle)
        try c.encode(archiveIds, forKey: .archiveIds)
        try c.encode(date, forKey: .date)
        try c.encode(isoDate, forKey: .isoDate)
        try c.encode(period, forKey: .period)
        try c.encode(kind, forKey: .kind)
        try c.encode(author, forKey: .author)
        try c.encode(translator, forKey: .translator)
        try c.encode(pages, forKey: .pages)
        try c.encode(markers, forKey: .markers)
        try c.encode(notes, forKey: .notes)
        try c.encode(citations, forKey: .citations)
        try c.encode(anomalies, forKey: .anomalies)
        try c.encode(anomalyList, forKey: .anomalyList)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(pagination, forKey: .pagination)
    }
}

/// A note as printed by `dossier notes`.
public struct NoteText: Codable, Sendable, Equatable {
    /// The note's label.
    public var label: String
    /// First source line of the note.
    public var line: Int
    /// Full text.
    public var text: String
    /// Page of the note.
    public var page: Int?
    /// The label as printed when OCR mangled it.
    public var printedLabel: String?

    /// Encodes every documented key, writing null for what is absent (scripts rely on the keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(line, forKey: .line)
        try c.encode(text, forKey: .text)
        try c.encode(page, forKey: .page)
        try c.encode(printedLabel, forKey: .printedLabel)
    }
}

/// One cited item inside a note.
public struct NoteCitation: Codable, Sendable, Equatable {
    /// Normalised id.
    public var id: String
    /// Kind of item.
    public var kind: String
    /// As printed.
    public var raw: String
    /// True when the printed form was corrected.
    public var corrected: Bool
    /// The correction rule.
    public var correction: String?
    /// How the id was reached ("Ibid.", a short title), or null.
    public var via: String?
    /// Date as given.
    public var date: String?
    /// Route as given.
    public var route: String?
    /// Pages as printed.
    public var pages: String?
    /// Where it lands when it names a loaded document.
    public var target: CitationTarget?

    /// Encodes every documented key, writing null for what is absent (scripts rely on the keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(raw, forKey: .raw)
        try c.encode(corrected, forKey: .corrected)
        try c.encode(correction, forKey: .correction)
        try c.encode(via, forKey: .via)
        try c.encode(date, forKey: .date)
        try c.encode(route, forKey: .route)
        try c.encode(pages, forKey: .pages)
        try c.encode(target, forKey: .target)
    }
}

/// One marker and its note, for `dossier notes`.
public struct NoteEntry: Codable, Sendable, Equatable {
    /// Marker label.
    public var label: String
    /// False for a note that no marker reaches (then page and line are the note's).
    public var hasMarker: Bool
    /// Page of the marker.
    public var page: Int?
    /// Marker's source line.
    public var line: Int
    /// Text before the marker.
    public var context: String
    /// The paired note, or null.
    public var note: NoteText?
    /// What is ambiguous about this marker, or null.
    public var anomaly: String?
    /// What the note cites.
    public var citations: [NoteCitation]

    /// Encodes every documented key, writing null for what is absent (scripts rely on the keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(hasMarker, forKey: .hasMarker)
        try c.encode(page, forKey: .page)
        try c.encode(line, forKey: .line)
        try c.encode(context, forKey: .context)
        try c.encode(note, forKey: .note)
        try c.encode(anomaly, forKey: .anomaly)
        try c.encode(citations, forKey: .citations)
    }
}

/// One citing place, for `dossier cite`.
public struct CitePlace: Codable, Sendable, Equatable {
    /// File citing the id.
    public var file: String
    /// Page of the citation.
    public var page: Int?
    /// Source line.
    public var line: Int
    /// Label of the note holding it, or null in running text.
    public var noteLabel: String?
    /// As printed.
    public var raw: String
    /// True when corrected.
    public var corrected: Bool
    /// The correction rule.
    public var correction: String?
    /// How it was reached.
    public var via: String?
    /// Pages cited.
    public var pages: String?
    /// Message date as given.
    public var date: String?
    /// Route as given.
    public var route: String?

    /// Encodes every documented key, writing null for what is absent (scripts rely on the keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(page, forKey: .page)
        try c.encode(line, forKey: .line)
        try c.encode(noteLabel, forKey: .noteLabel)
        try c.encode(raw, forKey: .raw)
        try c.encode(corrected, forKey: .corrected)
        try c.encode(correction, forKey: .correction)
        try c.encode(via, forKey: .via)
        try c.encode(pages, forKey: .pages)
        try c.encode(date, forKey: .date)
        try c.encode(route, forKey: .route)
    }
}

/// `dossier cite ID`: what the corpus knows of an id and every place citing it.
public struct CiteResult: Codable, Sendable, Equatable {
    /// Normalised id.
    public var id: String
    /// Kind of item.
    public var kind: String
    /// Title, when known.
    public var title: String?
    /// Date, when known.
    public var date: String?
    /// Route, when the citations give one.
    public var route: String?
    /// Every citing place.
    public var citations: [CitePlace]
    /// The loaded document (and pages) the id names, or null.
    public var target: CitationTarget?

    /// Encodes every documented key, writing null for what is absent (scripts rely on the keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(route, forKey: .route)
        try c.encode(citations, forKey: .citations)
        try c.encode(target, forKey: .target)
    }
}

/// One block, for `dossier show --json`.
public struct ShownBlock: Codable, Sendable, Equatable {
    /// Block kind.
    public var kind: String
    /// Display text.
    public var text: String
    /// Page the block starts on.
    public var page: Int?
    /// First source line.
    public var line: Int
    /// Last source line.
    public var lineEnd: Int
    /// Furniture kind, for furniture.
    public var furniture: String?
    /// Heading level or list depth.
    public var level: Int
    /// Labels of the markers in the block.
    public var markers: [String]

    /// Encodes every documented key, writing null for what is absent (scripts rely on the keys).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(page, forKey: .page)
        try c.encode(line, forKey: .line)
        try c.encode(lineEnd, forKey: .lineEnd)
        try c.encode(furniture, forKey: .furniture)
        try c.encode(level, forKey: .level)
        try c.encode(markers, forKey: .markers)
    }
}
