import ArgumentParser
import Corpus
import Foundation
import ReaderCore

/// The `dossier` command: a reader for footnoted document collections, and its queries.
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Read footnoted historical documents: pages, notes, citations.",
        discussion: """
        DOC may be a file name, a prefix of it (002), a short title ("PSIS 400-23") or an archive id (SRH-078).
        The corpus is --corpus DIR, else $DOSSIER_CORPUS, else ./seeds, else the installed share/dossier/seeds.
        Exit status: 0 found, 1 nothing found, 2 usage or corpus error.
        Example: dossier cite H-197715   (man dossier for every command, key and file)
        """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ListCommand.self, ShowCommand.self, NotesCommand.self, CiteCommand.self, TimelineCommand.self, QuotesCommand.self, SearchCommand.self, ActorsCommand.self, ActorCommand.self, ScreenCommand.self, KeysCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

/// Options every query shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Corpus folder (default: $DOSSIER_CORPUS, ./seeds, or the installed seeds).", valueName: "DIR"), completion: .directory)
    var corpus: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    /// The corpus folder the options name (`--corpus`, `$DOSSIER_CORPUS`, `./seeds`, the installed seeds).
    func folder() -> String {
        CorpusLocator.folder(explicit: corpus, environment: ProcessInfo.processInfo.environment,
                             currentDirectory: FileManager.default.currentDirectoryPath,
                             executablePath: CommandLine.arguments.first.map { Self.absolute($0) } ?? "")
    }

    /// Loads the corpus or exits with status 2 and one line on stderr; a load longer than half a second
    /// counts its documents on stderr when that is a terminal (the line is cleared when it is over).
    /// Skipped files are reported on stderr, one line each, unless the command reports them in its own
    /// output (`reporting`).
    func load(reporting: LoadReporting = .standardError) throws -> Corpus {
        let load = CorpusLoad(folder: folder())
        func loaded(_ result: Result<Corpus, CorpusError>) -> Corpus { self.loaded(result, reporting: reporting) }
        if let quick = load.result(waitingUntil: Date(timeIntervalSinceNow: OpenCommand.quietLoadSeconds)) { return loaded(quick) }
        guard isatty(STDERR_FILENO) == 1 else { return loaded(load.wait()) }
        while true {
            let (done, total) = load.progress
            let status = LoadingView(folder: load.folder, done: done, total: total, theme: .monochrome).status
            FileHandle.standardError.write(Data("\rdossier: \(status)\u{1B}[K".utf8))
            if let result = load.result(waitingUntil: Date(timeIntervalSinceNow: 0.1)) {
                FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
                return loaded(result)
            }
        }
    }

    /// The corpus a load gave, what it lacks reported as `reporting` says, or exit 2 with the reason it failed.
    func loaded(_ result: Result<Corpus, CorpusError>, reporting: LoadReporting) -> Corpus {
        switch result {
        case .success(let c):
            reporting.report(c)
            return c
        case .failure(let error):
            Output.fail(error.description)
        }
    }

    static func absolute(_ path: String) -> String {
        if path.contains("/") { return (path as NSString).isAbsolutePath ? path : FileManager.default.currentDirectoryPath + "/" + path }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let p = "\(dir)/\(path)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return path
    }

    /// Resolves DOC or exits with status 2 naming the documents.
    func document(_ query: String, in corpus: Corpus) -> Int {
        UsageError.failing { () throws(UsageError) in try resolve(query, in: corpus) }
    }

    /// Resolves DOC or gives the error naming the documents (the first few of a large corpus).
    func resolve(_ query: String, in corpus: Corpus) throws(UsageError) -> Int {
        if let i = corpus.document(named: query) { return i }
        let shown = corpus.documents.prefix(Self.documentsNamed).map { "\($0.file) (\($0.metadata.shortTitle))" }
        let more = corpus.documents.count > Self.documentsNamed ? ", and \(corpus.documents.count - Self.documentsNamed) more (dossier list)" : ""
        throw UsageError(message: "no document matches \"\(query)\"; documents: \(shown.joined(separator: ", "))\(more)")
    }

    /// How many documents an unknown DOC's error names: all of a small corpus, never 5,000.
    static let documentsNamed = 12
}
