import Foundation

/// One entry of a document's bibliography.
public struct BibliographyEntry: Sendable, Codable, Hashable {
    /// Author surname (or corporate author) used to match short titles.
    public var surname: String
    /// Author as printed.
    public var author: String
    /// Title of the work.
    public var title: String
    /// Volume, when the entry names one.
    public var volume: String?
    /// The whole entry text.
    public var text: String
    /// Source line of the entry.
    public var line: Int
    /// The id citations resolve to: "Surname, Title" (before any colon), with the volume.
    public var id: String {
        var short = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
        short = short.trimmingScalars { " .\",“”".unicodeScalars.contains($0) }
        return "\(surname), \(short)" + (volume.map { ", vol. \($0)" } ?? "")
    }
}

/// An archive item listed in a bibliography ("SRH-078 Russo-Japanese Relations, 18 June 1945.").
public struct ArchiveListing: Sendable, Codable, Hashable {
    /// Normalised id.
    public var id: String
    /// Title as listed.
    public var title: String
    /// Date as listed.
    public var dateText: String?
    /// Date parsed.
    public var date: DateSpan?
    /// File of the listing document.
    public var file: String
    /// Source line.
    public var line: Int
}
