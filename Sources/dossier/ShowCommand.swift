import ArgumentParser
import Corpus
import ReaderCore

/// `dossier show DOC`: the cleaned text reflowed to a width, with original page rules and markers.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a document's cleaned, reflowed text with page rules and note markers.",
        discussion: "Example: dossier show SRH-078 --page 4 --width 72"
    )

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The document (file, prefix, short title or archive id).", completion: Completions.documents)
    var doc: String

    @Option(help: "Only this original page (cover = 0).")
    var page: Int?

    @Option(help: "Wrap width in display columns (default: the terminal's width, or 80 when not a terminal).")
    var width: Int?

    @Flag(help: "Include page furniture (stamps, running heads, distribution lists).")
    var furniture = false

    @Flag(help: "Include the notes where they stand in the source.")
    var notes = false

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let corpus = try options.load()
        let d = options.document(doc, in: corpus)
        let document = corpus.documents[d]
        if let page {
            guard document.isPaginated else { Output.fail("\(document.metadata.shortTitle) carries no original page numbers") }
            guard document.page(numbered: page) != nil else {
                Output.warn("\(document.metadata.shortTitle) has pages 0-\(document.pages.last?.number ?? 0); no page \(page)")
                throw ExitCode(Output.notFound)
            }
        }
        if options.json {
            Output.json(corpus.shownBlocks(document: d, page: page, includeFurniture: furniture, includeNotes: notes))
            return
        }
        let columns = width ?? Output.terminalColumns().map { max(20, $0) } ?? 80
        let layout = DocumentLayout(document: document,
                                    options: .init(width: columns, furniture: furniture, notes: notes, page: page))
        Output.text(layout.lines.map(\.text))
    }
}
