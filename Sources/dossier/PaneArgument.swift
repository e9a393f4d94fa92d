import Corpus
import ReaderCore

/// `DOC[:PAGE]` or `DOC@LINE` from the command line, resolved against the corpus.
enum PaneArgument {
    /// Resolves each argument to an opening, or exits with status 2 naming the documents.
    static func openings(_ arguments: [String], in corpus: Corpus, options: CorpusOptions) -> [ReaderSession.Opening] {
        UsageError.failing { () throws(UsageError) in try checkedOpenings(arguments, in: corpus, options: options) }
    }

    /// Resolves each argument to an opening, or gives the error naming the documents.
    static func checkedOpenings(_ arguments: [String], in corpus: Corpus, options: CorpusOptions) throws(UsageError) -> [ReaderSession.Opening] {
        if arguments.count > ReaderState.maxPanes {
            throw UsageError(message: "at most \(ReaderState.maxPanes) panes side by side; \(arguments.count) documents given")
        }
        return try arguments.map { (argument) throws(UsageError) in
            var name = argument
            var page: Int?
            var line: Int?
            // "@LINE" opens at a source line (as `dossier notes` and `cite` print them), for unpaginated texts too.
            if let at = argument.lastIndex(of: "@"), let number = Int(argument[argument.index(after: at)...]) {
                name = String(argument[..<at])
                line = number
                let d = corpus.documents[try options.resolve(name, in: corpus)]
                guard number >= 1, number <= max(1, d.lineCount) else { throw UsageError(message: "\(d.metadata.shortTitle) has lines 1-\(d.lineCount); no line \(number)") }
            } else if let colon = argument.lastIndex(of: ":"), let number = Int(argument[argument.index(after: colon)...]) {
                name = String(argument[..<colon])
                page = number
            }
            let document = try options.resolve(name, in: corpus)
            if let page {
                let d = corpus.documents[document]
                guard d.isPaginated else { throw UsageError(message: "\(d.metadata.shortTitle) carries no original page numbers") }
                guard d.page(numbered: page) != nil else {
                    throw UsageError(message: "\(d.metadata.shortTitle) has pages 0-\(d.pages.last?.number ?? 0); no page \(page)")
                }
            }
            return ReaderSession.Opening(document: document, page: page, line: line)
        }
    }
}
