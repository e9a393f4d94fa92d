import ArgumentParser
import Corpus
import CursesBackend
import Foundation
import ReaderCore
import TerminalCore

/// `dossier` / `dossier open DOC[:PAGE] ...`: the full-screen reader.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Read documents side by side in the terminal (the default command).",
        discussion: """
        With no DOC, opens the thesis on the left and the first summary it cites on the right. Press ? for the keys.
        Exit status: 0 after q, 130 after Ctrl-C, 128+N after signal N (129 when the terminal hangs up), \
        2 when the corpus, the arguments or the terminal are unusable.
        Example: dossier open 002@853 SRH-078:4   (thesis note 27 beside the page it cites)
        """
    )

    @OptionGroup var options: CorpusOptions

    @OptionGroup var actors: ActorOptions

    @Argument(help: ArgumentHelp("Documents to open side by side (1 to 4), each optionally at an original page (DOC:PAGE) or a source line (DOC@LINE).", valueName: "DOC[:PAGE|@LINE]"), completion: Completions.documents)
    var documents: [String] = []

    func run() throws {
        // A crash must not leave the runtime's interactive backtracer waiting over a raw screen.
        CrashGuard.reexecIfNeeded(arguments: CommandLine.arguments)
        let environment = ProcessInfo.processInfo.environment
        // Check the terminal before loading, so `dossier | less` fails fast and clearly.
        do { try TerminalCheck.prepare(environment: environment) } catch { Output.fail(error.description) }
        let corpus = try options.load()
        guard !corpus.documents.isEmpty else { Output.fail("no documents to read in \(corpus.folder)") }
        let openings = documents.isEmpty ? ReaderSession.defaultOpenings(in: corpus)
            : PaneArgument.openings(documents, in: corpus, options: options)
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let keys = UserKeys.load(environment: environment)
        let filter = actors.filter(in: corpus)
        let status = ReaderLoop.run(corpus: corpus, openings: openings, colours: !noColor, keyMap: keys.keyMap, notice: UserKeys.notice(keys.problems),
                                    filter: filter)
        throw ExitCode(status)
    }
}

/// The interactive loop: read input, update the session, draw the grid; leave cleanly on every path.
enum ReaderLoop {
    /// Runs until quit, a signal or a hang-up, and returns the exit status.
    static func run(corpus: Corpus, openings: [ReaderSession.Opening], colours: Bool, keyMap: KeyMap = .standard, notice: String? = nil,
                    filter: ActorFilter = ActorFilter()) -> Int32 {
        SignalTrap.install()
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal(options: .init(colors: colours, mouse: true)) } catch { Output.fail(error.description) }
        defer { terminal.end() }
        let size = terminal.size
        var session = ReaderSession(corpus: corpus, openings: openings, columns: size.columns, rows: size.rows,
                                    theme: terminal.usesColor ? .colour : .monochrome, keyMap: keyMap)
        if filter.isOn { session.applyActorFilter(filter) }
        if let notice { session.notify(notice, isError: true) }
        terminal.draw(session.render())
        while true {
            switch terminal.read(timeoutMilliseconds: -1) {
            case .input(let input):
                for effect in session.send(input) {
                    switch effect {
                    case .quit(let status): return status
                    case .repaint: terminal.invalidate()
                    case .suspend: terminal.suspend()
                    }
                }
                terminal.draw(session.render())
            case .timeout:
                continue
            case .signal(let signal):
                return 128 + signal
            case .hangup:
                return 128 + SIGHUP
            }
        }
    }
}
