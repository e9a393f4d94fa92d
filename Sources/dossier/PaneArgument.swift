import Corpus
import ReaderCore

/// `DOC[:PAGE]` from the command line, resolved against the corpus.
enum PaneArgument {
    /// Resolves each argument to an opening, or exits with status 2 naming the documents.
    static func openings(_ arguments: [String], in corpus: Corpus, options: CorpusOptions) -> [ReaderSession.Opening] {
        if arguments.count > ReaderState.maxPanes {
            Output.fail("at most \(ReaderState.maxPanes) panes side by side; \(arguments.count) documents given")
        }
        return arguments.map { argument in
            var name = argument
            var page: Int?
            if let colon = argument.lastIndex(of: ":"), let number = Int(argument[argument.index(after: colon)...]) {
                name = String(argument[..<colon])
                page = number
            }
            let document = options.document(name, in: corpus)
            if let page {
                let d = corpus.documents[document]
                guard d.isPaginated else { Output.fail("\(d.metadata.shortTitle) carries no original page numbers") }
                guard d.page(numbered: page) != nil else {
                    Output.fail("\(d.metadata.shortTitle) has pages 0-\(d.pages.last?.number ?? 0); no page \(page)")
                }
            }
            return ReaderSession.Opening(document: document, page: page)
        }
    }
}
