import Corpus
import ReaderCore

/// `DOC[:PAGE]` or `DOC@LINE` from the command line, resolved against the corpus.
enum PaneArgument {
    /// Resolves each argument to an opening, or exits with status 2 naming the documents.
    static func openings(_ arguments: [String], in corpus: Corpus, options: CorpusOptions) -> [ReaderSession.Opening] {
        if arguments.count > ReaderState.maxPanes {
            Output.fail("at most \(ReaderState.maxPanes) panes side by side; \(arguments.count) documents given")
        }
        return arguments.map { argument in
            var name = argument
            var page: Int?
            var line: Int?
            // "@LINE" opens at a source line (as `dossier notes` and `cite` print them), for unpaginated texts too.
            if let at = argument.lastIndex(of: "@"), let number = Int(argument[argument.index(after: at)...]) {
                name = String(argument[..<at])
                line = number
                let d = corpus.documents[options.document(name, in: corpus)]
                guard number >= 1, number <= max(1, d.lineCount) else { Output.fail("\(d.metadata.shortTitle) has lines 1-\(d.lineCount); no line \(number)") }
            } else if let colon = argument.lastIndex(of: ":"), let number = Int(argument[argument.index(after: colon)...]) {
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
            return ReaderSession.Opening(document: document, page: page, line: line)
        }
    }
}
