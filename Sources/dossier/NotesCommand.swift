import ArgumentParser
import Corpus

/// `dossier notes DOC`: every footnote marker with its note and what the note cites.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List a document's footnote markers, their notes and citations.",
        discussion: "Example: dossier notes SRH-086 --json"
    )

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The document (file, prefix, short title or archive id).", completion: Completions.documents)
    var doc: String

    func run() throws {
        let corpus = try options.load()
        let d = options.document(doc, in: corpus)
        let rows = corpus.noteEntries(document: d)
        if options.json {
            Output.json(rows)
        } else {
            var lines: [String] = []
            for r in rows {
                let place = (r.page.map { "p.\($0) " } ?? "") + "l.\(r.line)"
                if !r.hasMarker {
                    lines.append("\(place)  note \(r.label) (no marker)")
                } else {
                    lines.append("\(place)  [\(r.label)] …\(r.context.suffix(50))")
                }
                if let n = r.note { lines.append("    (\(n.label)) l.\(n.line): \(n.text)") }
                if let a = r.anomaly { lines.append("    ! \(a)") }
                for c in r.citations {
                    var s = "    → \(c.id)"
                    if c.raw != c.id { s += "  printed \"\(c.raw)\"" }
                    if let via = c.via { s += "  via \(via)" }
                    if let corr = c.correction { s += "  (\(corr))" }
                    if let t = c.target { s += "  ⇒ \(t.file)" + (t.page.map { " p. \($0)" + (t.pageEnd.map { $0 != t.page ? "-\($0)" : "" } ?? "") } ?? "") }
                    lines.append(s)
                }
            }
            Output.text(lines)
        }
        if rows.isEmpty { throw ExitCode(Output.notFound) }
    }
}
