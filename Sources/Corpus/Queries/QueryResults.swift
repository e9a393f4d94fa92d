/// One row of `dossier list`.
public struct ListEntry: Codable, Sendable, Equatable, EncodesNulls {
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
}

/// A note as printed by `dossier notes`.
public struct NoteText: Codable, Sendable, Equatable, EncodesNulls {
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
}

/// One cited item inside a note.
public struct NoteCitation: Codable, Sendable, Equatable, EncodesNulls {
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
}

/// One marker and its note, for `dossier notes`.
public struct NoteEntry: Codable, Sendable, Equatable, EncodesNulls {
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
}

/// One citing place, for `dossier cite`.
public struct CitePlace: Codable, Sendable, Equatable, EncodesNulls {
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
    /// The sentence the citation annotates (its note's marker passage, or its own sentence in running text), or null.
    public var passage: String?
    /// The full text of the note holding the citation, or null in running text.
    public var noteText: String?
}

/// `dossier cite ID`: what the corpus knows of an id and every place citing it.
public struct CiteResult: Codable, Sendable, Equatable, EncodesNulls {
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
    /// Every distinct route the citations give.
    public var routes: [String]
    /// Ids cited beside it in the same notes.
    public var companions: [String]
    /// OCR corrections of its printed forms ("printed E-197715, read as H-197715 (...)").
    public var corrections: [String]
    /// The full bibliography entry, for a published work, or null.
    public var bibliography: String?
    /// Every citing place, by citing document's date, then line.
    public var citations: [CitePlace]
    /// The loaded document (and pages) the id names, or null.
    public var target: CitationTarget?
}

/// One block, for `dossier show --json`.
public struct ShownBlock: Codable, Sendable, Equatable, EncodesNulls {
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
}
