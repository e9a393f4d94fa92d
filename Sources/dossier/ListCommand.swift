import ArgumentParser
import Corpus

/// `dossier list`: every document with its metadata and what the model recovered.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents of the corpus.",
        discussion: """
        Files that could not be loaded follow the documents, one line each with the reason.
        Example: dossier list --json
        """
    )

    @OptionGroup var options: CorpusOptions

    func run() throws {
        // The skipped files are part of the listing (text and JSON), so they are not said again on stderr.
        let corpus = try options.load(reporting: .output)
        let rows = corpus.listEntries()
        if options.json { Output.json(Listing(documents: rows, skipped: corpus.skipped)) } else { Output.text(Self.table(rows, skipped: corpus.skipped)) }
        if rows.isEmpty { throw ExitCode(Output.notFound) }
    }

    /// `dossier list --json`: the documents, and the files that could not be loaded with why.
    struct Listing: Encodable {
        /// One row per document, in file-name order.
        var documents: [ListEntry]
        /// Files skipped and data-file problems, each `{file, reason}`.
        var skipped: [SkippedFile]
    }

    static func table(_ rows: [ListEntry], skipped: [SkippedFile]) -> [String] {
        var lines = ["FILE                      SHORT TITLE                          KIND                  DATE            PAGES  MARKERS  NOTES  ANOMALIES"]
        for r in rows {
            func pad(_ s: String, _ n: Int) -> String { s.count >= n ? String(s.prefix(n - 1)) + " " : s + String(repeating: " ", count: n - s.count) }
            lines.append(pad(r.file, 26) + pad(r.shortTitle, 37) + pad(r.kind, 22) + pad(r.date ?? "—", 16)
                         + pad(r.pages.map(String.init) ?? "—", 7) + pad(String(r.markers), 9) + pad(String(r.notes), 7) + String(r.anomalies))
            if !r.archiveIds.isEmpty { lines.append("    ids: " + r.archiveIds.joined(separator: ", ")) }
            for w in r.warnings { lines.append("    warning: \(w)") }
        }
        for s in skipped { lines.append("skipped \(s.file): \(s.reason)") }
        return lines
    }
}
