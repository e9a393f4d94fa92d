import ArgumentParser
import Corpus
import ReaderCore

/// `dossier search PATTERN`: every place the documents and their notes print a text, one line each, as grep does.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find text in the documents and their notes, ignoring accents, line breaks and (unless PATTERN has a capital) case.",
        discussion: """
        One line per hit: FILE:PAGE:LINE: and the hit in context (PAGE is - when the document carries no page numbers);
        --json gives [{file, page, line, column, snippet}]. Any whitespace in PATTERN matches any whitespace, and a word
        hyphenated at a line end is found whole. --actor keeps the hits in the passages the reader shows under that
        filter, and in the notes their markers open. Status 1 when nothing matches.
        Example: dossier search lozovsk --doc 002 --doc 004
        """
    )

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The text to find (smart case: a capital letter makes the search case-sensitive).")
    var pattern: String

    @Option(name: .customLong("doc"), help: ArgumentHelp("Only this document (file, prefix, short title or archive id; repeat for several).", valueName: "DOC"),
            completion: Completions.documents)
    var documents: [String] = []

    @OptionGroup var actors: ActorOptions

    func validate() throws {
        if SearchQuery(pattern) == nil { throw ValidationError("the pattern is empty") }
    }

    func run() throws {
        let corpus = try options.load()
        guard let query = SearchQuery(pattern) else { Output.fail("the pattern is empty") }
        let chosen = documents.isEmpty ? nil : documents.map { options.document($0, in: corpus) }
        let filter = actors.filter(in: corpus)
        var hits = corpus.search(query, documents: chosen)
        if filter.isOn { hits = Self.shown(hits, in: corpus, under: filter) }
        if options.json {
            Output.json(hits.map(SearchEntry.init))
        } else if !hits.isEmpty {
            Output.marked(hits.map { ("\($0.file):\($0.page.map(String.init) ?? "-"):\($0.line): ", $0.snippet, $0.snippetMatch) })
        }
        if hits.isEmpty { throw ExitCode(Output.notFound) }
    }

    /// The hits the reader shows under `filter`: those in a passage it keeps (laid out as the reader lays
    /// it out, so the two agree), and those in a note whose marker stands in such a passage.
    static func shown(_ hits: [SearchHit], in corpus: Corpus, under filter: ActorFilter) -> [SearchHit] {
        var places = ShownPlaces(corpus: corpus, filter: filter)
        return hits.filter { places.shows(document: $0.document, block: $0.block) }
    }
}
