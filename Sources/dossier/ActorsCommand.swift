import ArgumentParser
import Corpus

/// `dossier actors`: the personography with mention counts, unregistered titled names and ambiguous mentions.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the people and organisations of the registry (actors.toml) with their mentions per document.",
        discussion: """
        Also lists titled names the registry lacks ("Consul General X"), to add to actors.toml, and mentions whose
        form several actors share that nothing in the text decides.
        Example: dossier actors --json
        """
    )

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let corpus = try options.load(reporting: .output)
        let report = corpus.actorsReport()
        // The registry's problems are in the report (text and JSON); every other skipped file goes to stderr.
        LoadReporting.warn(skipped: corpus.skipped.filter { !($0.file == ActorRegistry.fileName && report.problems.contains($0.reason)) })
        if options.json { Output.json(report) } else { Output.text(Self.lines(report, corpus: corpus)) }
        if report.actors.isEmpty { throw ExitCode(Output.notFound) }
    }

    static func lines(_ report: ActorsReport, corpus: Corpus) -> [String] {
        let shortTitles = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.file, $0.metadata.shortTitle) })
        var lines: [String] = []
        if report.actors.isEmpty { lines.append("no actors registered: add \(ActorRegistry.fileName) to \(corpus.folder)") }
        for a in report.actors {
            lines.append("\(a.name)  [\(a.id)]  \(a.kind == "organisation" ? "organisation, " : "")\(a.side ?? "—")  \(a.total) mentions")
            if !a.roles.isEmpty { lines.append("    role: " + a.roles.joined(separator: "; ")) }
            lines.append("    forms: " + a.variants.joined(separator: ", ") + (a.misprints.isEmpty ? "" : "; misprints: " + a.misprints.joined(separator: ", ")))
            if !a.mentions.isEmpty {
                lines.append("    in: " + a.mentions.sorted { $0.key < $1.key }.map { "\(shortTitles[$0.key] ?? $0.key) \($0.value)" }.joined(separator: ", "))
            }
        }
        if !report.unregistered.isEmpty {
            lines.append("")
            lines.append("unregistered titled names (add them to \(ActorRegistry.fileName)):")
            for u in report.unregistered {
                let first = u.places[0]
                lines.append("    \(u.titles.joined(separator: "/")) \(u.name)  ×\(u.count)  first at \(first.file):\(first.page.map(String.init) ?? "-"):\(first.line)")
            }
        }
        if !report.ambiguous.isEmpty {
            lines.append("")
            lines.append("ambiguous mentions (left unattributed; add a title, context or documents rule):")
            for m in report.ambiguous {
                lines.append("    \(m.file):\(m.page.map(String.init) ?? "-"):\(m.line): \(m.form): \(m.candidates.joined(separator: " or "))")
            }
        }
        for p in report.problems { lines.append("problem: \(p)") }
        return lines
    }
}

/// `dossier actor NAME`: every mention of one actor, NAME being any of its forms.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Show every mention of one person or organisation; NAME may be any variant or misprint.",
        discussion: "Example: dossier actor Loxovsky --json"
    )

    @OptionGroup var options: CorpusOptions

    @Argument(help: "Id, name or any printed form (Lozovsky, Lozovskii, loxovsky).", completion: Completions.actors)
    var name: String

    func run() throws {
        let corpus = try options.load()
        guard let a = corpus.actors.actor(named: name) else {
            let known = corpus.actors.actors.prefix(8).map(\.id).joined(separator: ", ")
            Output.warn("no actor named \"\(name)\" in \(ActorRegistry.fileName)" + (known.isEmpty ? "" : "; ids include \(known)…"))
            throw ExitCode(Output.notFound)
        }
        let mentions = corpus.actorMentions(a)
        if options.json { Output.json(mentions) } else {
            let summary = corpus.actorSummary(a)
            var lines = ["\(summary.name)  [\(summary.id)]  \(summary.role)  \(summary.total) mentions"]
            for m in mentions {
                var s = "\(m.file):\(m.page.map(String.init) ?? "-"):\(m.line): \(m.form)"
                if let n = m.note { s += "  (note \(n))" }
                if m.misprint { s += "  (misprint)" }
                if m.attribution != "unique" { s += "  [by \(m.attribution)]" }
                lines.append(s)
                lines.append("    \(m.passage)")
            }
            Output.text(lines)
        }
        if mentions.isEmpty { throw ExitCode(Output.notFound) }
    }
}
