import ArgumentParser
import Corpus
import Foundation

/// `dossier quotes`: every passage of one document quoted in another, with where the quotation differs.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List passages one document quotes from another, with the words that differ.",
        discussion: """
        One block per link: QUOTING FILE:PAGE:LINES quotes SOURCE FILE:PAGE:LINES (PAGE is - when the document carries
        no page numbers), the score (matched words over aligned words) and the aligned words, then each difference:
        "old → new" for a changed word, "+ word" for one the quotation adds, "− word" for one it drops. The source is
        the older document. --json gives [{source: {file, page, line, lineEnd}, quotedIn: {...}, score, words,
        differences: [{source, quoted}]}] (each place also has pageEnd). Status 1 when no link is found.
        Example: dossier quotes --doc 002
        """
    )

    @OptionGroup var options: CorpusOptions

    @Option(name: .customLong("doc"), help: ArgumentHelp("Only links with an end in this document (file, prefix, short title or archive id).", valueName: "DOC"),
            completion: Completions.documents)
    var document: String?

    func run() throws {
        let corpus = try options.load()
        let chosen = document.map { options.document($0, in: corpus) }
        let links = chosen.map { corpus.quotations(touching: $0).map { corpus.quotations[$0] } } ?? corpus.quotations
        if links.isEmpty {
            Output.warn(chosen.map { "no quotation link has an end in \(corpus.documents[$0].file)" } ?? "no quotation links in the corpus")
            throw ExitCode(Output.notFound)
        }
        let entries = links.map { Entry($0, in: corpus) }
        if options.json { Output.json(entries); return }
        Output.text(entries.flatMap(\.lines))
    }

    /// One link as `--json` prints it.
    struct Entry: Encodable, EncodesNulls {
        /// The passage in the older document.
        var source: Place
        /// Where the later document prints it.
        var quotedIn: Place
        /// Matched words over aligned words, to three places.
        var score: Double
        /// Aligned words.
        var words: Int
        /// Where the quotation differs, in text order.
        var differences: [WordDifference]

        init(_ link: QuotationLink, in corpus: Corpus) {
            source = Place(link.source, in: corpus)
            quotedIn = Place(link.quotedIn, in: corpus)
            score = (link.score * 1000).rounded() / 1000
            words = link.words
            differences = link.differences
        }

        /// The text form: a heading line, then one line per difference.
        var lines: [String] {
            var lines = ["\(quotedIn.text) quotes \(source.text)  (score \(String(format: "%.2f", score)), \(words) words)"]
            for d in differences {
                if d.source.isEmpty {
                    lines.append("  + \(d.quoted)")
                } else if d.quoted.isEmpty {
                    lines.append("  − \(d.source)")
                } else {
                    lines.append("  \(d.source) → \(d.quoted)")
                }
            }
            return lines
        }
    }

    /// One end of a link: the file, its first and last pages (null when unpaginated) and its lines.
    struct Place: Encodable, EncodesNulls {
        var file: String
        var page: Int?
        var pageEnd: Int?
        var line: Int
        var lineEnd: Int

        init(_ end: QuotationEnd, in corpus: Corpus) {
            file = corpus.documents[end.document].file
            page = end.page
            pageEnd = end.pageEnd
            line = end.line
            lineEnd = end.lineEnd
        }

        /// FILE:PAGE:LINE-LINEEND, a page range when the passage crosses a page break.
        var text: String {
            let pages = page.map { p in pageEnd.map { $0 != p ? "\(p)-\($0)" : "\(p)" } ?? "\(p)" } ?? "-"
            return "\(file):\(pages):\(line)-\(lineEnd)"
        }
    }
}
