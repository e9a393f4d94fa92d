import ArgumentParser
import Corpus

/// `dossier cite ID`: what the corpus knows of an archive id and every place that cites it.
struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Show every citation of an archive id (H-197715, DS-1214, SRH-078, \"SRH-078, p. 4\").",
        discussion: "Example: dossier cite H-197715 --json"
    )

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The id, optionally with a page (\"SRH-078, p. 4\" or SRH-078:4).")
    var id: String

    func run() throws {
        let corpus = try options.load()
        guard let result = corpus.cite(id) else {
            Output.warn("no citation of \"\(id)\" in the corpus")
            throw ExitCode(Output.notFound)
        }
        if options.json { Output.json(result); return }
        var lines = ["\(result.id)  (\(result.kind))"]
        if let t = result.title { lines.append("title: \(t)") }
        if let d = result.date { lines.append("date: \(d)") }
        if !result.routes.isEmpty { lines.append("route: \(result.routes.joined(separator: "; "))") }
        if !result.companions.isEmpty { lines.append("cited with: \(result.companions.joined(separator: ", "))") }
        for c in result.corrections { lines.append("ocr: \(c)") }
        if let b = result.bibliography { lines.append("bibliography: \(b)") }
        if let t = result.target {
            lines.append("in this corpus: \(t.file)" + (t.page.map { ", p. \($0)" } ?? ""))
        } else if result.kind != "intercept" && result.kind != "work" {
            lines.append("the text of \(result.id) is not in this corpus")
        }
        for c in result.citations {
            var s = "\(c.file):\(c.page.map(String.init) ?? "-"):\(c.line): "
            s += c.noteLabel.map { "note \($0): " } ?? "text: "
            s += c.raw
            if let via = c.via { s += "  via \(via)" }
            if let corr = c.correction { s += "  (corrected: \(corr))" }
            lines.append(s)
            // The annotated sentence, so a reader sees what each citation supports.
            if let p = c.passage { lines.append("    \(p)") }
        }
        Output.text(lines)
    }
}
