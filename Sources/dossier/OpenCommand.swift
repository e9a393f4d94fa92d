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

    @Flag(name: .customLong("no-state"), help: "Neither restore the last session (panes, places, marks, histories, filter) nor remember this one.")
    var noState = false

    /// For the kill test only: saves a large state N times and exits, so a test can SIGKILL it mid-write.
    @Option(name: .customLong("test-state-writes"), help: ArgumentHelp("For tests only.", visibility: .private))
    var testStateWrites: Int?

    /// For the loading-screen tests only: the load waits this many milliseconds before it starts, so it is slow.
    @Option(name: .customLong("test-load-delay"), help: ArgumentHelp("For tests only.", visibility: .private))
    var testLoadDelay: Int?

    @Argument(help: ArgumentHelp("Documents to open side by side (1 to 4), each optionally at an original page (DOC:PAGE) or a source line (DOC@LINE).", valueName: "DOC[:PAGE|@LINE]"), completion: Completions.documents)
    var documents: [String] = []

    /// How long a load may take before the terminal starts to show its progress.
    static let quietLoadSeconds = 0.5

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if let times = testStateWrites {
            guard let folder = StateStore.folder(environment: environment) else { Output.fail("no state folder") }
            if let notice = StateStore(folder: folder, corpusFolder: options.folder()).writeRepeatedly(times) { Output.fail(notice) }
            return
        }
        // A crash must not leave the runtime's interactive backtracer waiting over a raw screen.
        CrashGuard.reexecIfNeeded(arguments: CommandLine.arguments)
        // Check the terminal before loading, so `dossier | less` fails fast and clearly.
        do { try TerminalCheck.prepare(environment: environment) } catch { Output.fail(error.description) }
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let keys = UserKeys.load(environment: environment)
        // A load that is not over in half a second is shown: the terminal starts and counts the documents.
        let load = CorpusLoad(folder: options.folder(), delay: .milliseconds(testLoadDelay ?? 0))
        var terminal: CursesTerminal?
        let corpus: Corpus
        if let quick = load.result(waitingUntil: Date(timeIntervalSinceNow: Self.quietLoadSeconds)) {
            // Skipped files are said on the reader's message row, not on a stderr the screen then hides.
            corpus = options.loaded(quick, reporting: .reader)
        } else {
            SignalTrap.install()
            let screen: CursesTerminal
            do { screen = try CursesTerminal(options: .init(colors: !noColor, mouse: true)) } catch { Output.fail(error.description) }
            terminal = screen
            switch LoadingScreen.run(load, terminal: screen, keyMap: keys.keyMap) {
            case .loaded(let loaded):
                corpus = loaded
            case .failed(let error):
                screen.end()
                Output.fail(error.description)
            case .left(let status):
                screen.end()
                throw ExitCode(status)
            }
        }
        let openings: [ReaderSession.Opening]
        let filter: ActorFilter
        do throws(UsageError) {
            guard !corpus.documents.isEmpty else { throw UsageError(message: "no documents to read in \(corpus.folder)") }
            openings = documents.isEmpty ? ReaderSession.defaultOpenings(in: corpus)
                : try PaneArgument.checkedOpenings(documents, in: corpus, options: options)
            filter = try actors.checkedFilter(in: corpus)
        } catch {
            terminal?.end()
            Output.fail(error.message)
        }
        // The message row is where the reader reports skipped files, first, before any other start-up notice.
        let skipped = [ReaderSession.skippedNotice(corpus)].compactMap { $0 }
        // Read before the reader's first frame, so that frame is the restored one.
        let memory = StateKeeper.start(corpus: corpus, environment: environment, enabled: !noState, now: .now)
        let restoring = memory.saved.map { Restoring(saved: $0, layout: documents.isEmpty) }
        let status = ReaderLoop.run(corpus: corpus, openings: openings, colours: !noColor, keyMap: keys.keyMap,
                                    notices: skipped + [UserKeys.notice(keys.problems)].compactMap { $0 } + memory.notices,
                                    filter: filter, restoring: restoring, keeper: memory.keeper, terminal: terminal,
                                    trap: ReaderLoop.debugTrap(environment: environment))
        throw ExitCode(status)
    }
}

extension ReaderLoop {
    /// The hidden environment switch naming a key (in key notation, e.g. `<F12>`) that makes the reader trap, so
    /// the tests can prove a real crash gives the terminal back.
    static let debugTrapVariable = "DOSSIER_DEBUG_TRAP"

    /// The key `DOSSIER_DEBUG_TRAP` names, when it names exactly one.
    static func debugTrap(environment: [String: String]) -> Input? {
        guard let notation = environment[debugTrapVariable], !notation.isEmpty,
              let inputs = try? KeyNotation.parse(notation), inputs.count == 1 else { return nil }
        return inputs[0]
    }
}

/// A saved session to put back at start, and whether its panes replace the default ones (no DOC was given).
struct Restoring {
    /// What the state file held.
    var saved: SavedSession
    /// True when the saved panes and focus are restored; marks, positions and histories always are.
    var layout: Bool
}

/// The interactive loop: read input, update the session, draw the grid; leave cleanly on every path.
enum ReaderLoop {
    /// Runs until quit, a signal or a hang-up, and returns the exit status; the state is saved on every way out
    /// that reaches here (a failure to save is one line on stderr once the terminal is restored). `started` is a
    /// terminal already showing the load's progress; without one, the terminal starts here.
    static func run(corpus: Corpus, openings: [ReaderSession.Opening], colours: Bool, keyMap: KeyMap = .standard, notices: [String] = [],
                    filter: ActorFilter = ActorFilter(), restoring: Restoring? = nil, keeper: StateKeeper,
                    terminal started: CursesTerminal? = nil, trap: Input? = nil) -> Int32 {
        SignalTrap.install()
        let terminal: CursesTerminal
        if let started {
            terminal = started
        } else {
            do { terminal = try CursesTerminal(options: .init(colors: colours, mouse: true)) } catch { Output.fail(error.description) }
        }
        let size = terminal.size
        var session = ReaderSession(corpus: corpus, openings: openings, columns: size.columns, rows: size.rows,
                                    theme: terminal.usesColor ? .colour : .monochrome, keyMap: keyMap)
        var notices = notices
        // Problems (a key file, a state file set aside, a home that cannot be written) stand out; places left out do not.
        let isError = !notices.isEmpty
        if let restoring {
            // `--actor` given wins over the saved filter.
            let dropped = session.restore(restoring.saved, layout: restoring.layout, filter: !filter.isOn)
            if let notice = ReaderSession.droppedNotice(dropped) { notices.append(notice) }
        }
        if filter.isOn { session.applyActorFilter(filter) }
        if !notices.isEmpty { session.notify(notices.joined(separator: " · "), isError: isError) }
        var keeper = keeper
        let status = loop(&session, terminal: terminal, keeper: &keeper, trap: trap)
        terminal.end()
        if let notice = keeper.finish(session.state, now: .now) { Output.warn(notice) }
        return status
    }

    /// Reads, handles and draws until a way out; saves the state at quiet moments as `keeper` decides.
    private static func loop(_ session: inout ReaderSession, terminal: CursesTerminal, keeper: inout StateKeeper, trap: Input?) -> Int32 {
        terminal.draw(session.render())
        while true {
            switch terminal.read(timeoutMilliseconds: keeper.readTimeout(now: .now)) {
            case .input(let input):
                if input == trap { fatalError("the debug trap key (\(debugTrapVariable)) was pressed") }
                for effect in session.send(input) {
                    switch effect {
                    case .quit(let status): return status
                    case .repaint: terminal.invalidate()
                    case .suspend: terminal.suspend()
                    }
                }
                if let notice = keeper.keyHandled(session.state, now: .now) { session.notify(notice, isError: true) }
                terminal.draw(session.render())
            case .timeout:
                if let notice = keeper.idle(session.state, now: .now) {
                    session.notify(notice, isError: true)
                    terminal.draw(session.render())
                }
            case .signal(let signal):
                return 128 + signal
            case .hangup:
                return 128 + SIGHUP
            }
        }
    }
}
