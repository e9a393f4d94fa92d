import Foundation

/// One line of a corpus's catalogue file: an archive id, the document it names, its title and date.
public struct CatalogueEntry: Sendable, Codable, Hashable {
    /// Archive id ("SRH-078").
    public var id: String
    /// Document it names (file name, prefix or short title), or nil when the item is not loaded.
    public var document: String?
    /// Title of the item.
    public var title: String?
    /// Date of the item.
    public var date: String?
}

/// The catalogue file beside the documents: adds or overrides links from archive ids to documents.
///
/// Format (`catalogue.tsv`): one entry a line, tab-separated `ID  DOCUMENT  TITLE  DATE`; `#` starts
/// a comment; DOCUMENT may be `-` for an item that is not in the corpus. Later lines win.
public enum Catalogue {
    /// The file name looked for in the corpus folder.
    public static let fileName = "catalogue.tsv"

    /// Reads the catalogue; problems are reported per line, never fatal.
    public static func load(folder: String) -> (entries: [CatalogueEntry], problems: [SkippedFile]) {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return ([], []) }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses catalogue text.
    public static func parse(_ text: String) -> (entries: [CatalogueEntry], problems: [SkippedFile]) {
        var entries: [CatalogueEntry] = []
        var problems: [SkippedFile] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = raw.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let id = cols.first, !id.isEmpty, cols.count >= 2 else {
                problems.append(SkippedFile(file: fileName, reason: "line \(i + 1): expected ID<TAB>DOCUMENT[<TAB>TITLE<TAB>DATE]"))
                continue
            }
            func col(_ k: Int) -> String? { k < cols.count && !cols[k].isEmpty && cols[k] != "-" ? cols[k] : nil }
            entries.append(CatalogueEntry(id: ArchiveID.normalise(id) ?? id, document: col(1), title: col(2), date: col(3)))
        }
        return (entries, problems)
    }
}

/// Normalises the ways an archive id is typed: "srh 78", "SRH-078", "DS #1214", "Dip. Sum. 1214", "h197715".
public enum ArchiveID {
    /// The canonical id, or nil when the text is not an archive id.
    public static func normalise(_ raw: String) -> String? {
        let t = raw.trimmingCharacters(in: .whitespaces)
        if let m = t.wholeMatch(of: Rx.normalise1), Int(m.output.1) != nil { return numbered("SRH", m.output.1) }
        if let m = t.wholeMatch(of: Rx.normalise2), Int(m.output.1) != nil { return numbered("SRS", m.output.1) }
        if let m = t.wholeMatch(of: Rx.normalise3) { return "H-\(m.output.1)" }
        if let m = t.wholeMatch(of: Rx.normalise4) { return "DS-\(m.output.1)" }
        if let m = t.wholeMatch(of: Rx.normalise5) { return "PSIS \(m.output.1)-\(m.output.2)" }
        if let m = t.wholeMatch(of: Rx.normalise6) { return "Spec. \(m.output.1)" }
        if t.wholeMatch(of: Rx.normalise7) != nil { return t }
        return nil
    }

    /// An SRH or SRS item's canonical id: its number zero-padded to three digits (SRH) or four (SRS).
    ///
    /// The one spelling of these ids, for `normalise` and for the ids the parser reads from citations
    /// and bibliography listings alike: "SRS-148" printed in a note, "SRS-0148" in a listing and
    /// "srs 148" typed must be one item, or `dossier cite` misses what the notes cite. Digits of
    /// another script (which `\d` matches but `Int` does not read) are kept as printed.
    static func numbered(_ series: String, _ digits: Substring) -> String {
        guard let n = Int(digits) else { return "\(series)-\(digits)" }
        let number = String(n)
        return "\(series)-" + String(repeating: "0", count: max(0, (series == "SRS" ? 4 : 3) - number.count)) + number
    }
}

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let normalise1 = #/(?i)SRH\s*-?\s*(\d{1,3})/#
    nonisolated(unsafe) static let normalise2 = #/(?i)SRS\s*-?\s*(\d{1,4})/#
    nonisolated(unsafe) static let normalise3 = #/(?i)H\s*-?\s*(\d{5,6})/#
    nonisolated(unsafe) static let normalise4 = #/(?i)(?:DS|Dip\.?\s*Sum(?:mary|\.)?)\s*-?\s*#?\s*(\d{3,4})/#
    nonisolated(unsafe) static let normalise5 = #/(?i)PSIS\s*(\d{3})\s*-\s*(\d{1,3})/#
    nonisolated(unsafe) static let normalise6 = #/(?i)Spec\.?\s*(\d{3})/#
    nonisolated(unsafe) static let normalise7 = #/D-\d{4,5}|JE-\d:\d{4}-[A-Z]|SJM-\d{4}/#
}
