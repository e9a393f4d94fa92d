import ArgumentParser
import Corpus
import ReaderCore

/// `dossier timeline`: every dated event of the corpus in time order, merged across documents.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List every dated event of the documents in time order, with how each date was read.",
        discussion: """
        One line per event: DATE  FILE:PAGE:LINE  the sentence, then how the date was read when not written in full \
        (the year from the document's period or date, or from the last full date before it; or counted from a nearby \
        date: "the following day", "two days later"). Dates in citations are listed as message dates (intercepts) or \
        cited dates. --json gives [{date, end, precision, kind, file, shortTitle, page, line, note, text, derivation, rule}] \
        in time order. Status 1 when nothing is listed.
        Example: dossier timeline --from 1945-07 --to 1945-08-15 --actor Sato
        """
    )

    @OptionGroup var options: CorpusOptions

    @Option(help: ArgumentHelp("Only events on or after this date (1945-07-21, 1945-07 or 1945).", valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp("Only events on or before this date (1945-08 takes in all August).", valueName: "DATE"))
    var to: String?

    @Option(name: .customLong("doc"), help: ArgumentHelp("Only this document (file, prefix, short title or archive id; repeat for several).", valueName: "DOC"),
            completion: Completions.documents)
    var documents: [String] = []

    @OptionGroup var actors: ActorOptions

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, DateSpan(typed: value) == nil { throw ValidationError("\(name) \"\(value)\" is not a date (1945-07-21, 1945-07 or 1945)") }
        }
    }

    func run() throws {
        let corpus = try options.load()
        let chosen = documents.isEmpty ? nil : Set(documents.map { options.document($0, in: corpus) })
        var places = ShownPlaces(corpus: corpus, filter: actors.filter(in: corpus))
        let start = from.flatMap(DateSpan.init(typed:)), end = to.flatMap(DateSpan.init(typed:))
        let entries = corpus.timeline.filter { entry in
            entry.date.falls(from: start, to: end) && (chosen?.contains(entry.document) ?? true)
                && (entry.kind == .document || places.shows(document: entry.document, block: entry.block))
        }
        let rows = entries.map { TimelineRow($0, in: corpus) }
        if options.json {
            Output.json(rows)
        } else if rows.isEmpty {
            Output.warn("no dated event matches")
        } else {
            Output.text(rows.flatMap { row -> [String] in
                let date = row.end.map { row.date + "/" + String($0.suffix(2)) } ?? row.date
                let note = row.note.map { "note \($0): " } ?? ""
                var lines = [date.padding(toLength: 14, withPad: " ", startingAt: 0) + "\(row.file):\(row.page.map(String.init) ?? "-"):\(row.line): "
                             + (row.kind == "message" ? "message " : row.kind == "cited" ? "cited " : "") + note + row.text]
                if row.rule != "explicit" { lines.append("              (\(row.derivation))") }
                return lines
            })
        }
        if rows.isEmpty { throw ExitCode(Output.notFound) }
    }
}
