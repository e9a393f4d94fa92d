import ArgumentParser
import Corpus
import Foundation
import ReaderCore
import TerminalCore

/// `dossier screen`: runs a reader session without a terminal and prints the screen it ends on.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Print the reader's screen for a size and a key sequence, without a terminal.",
        discussion: """
        The same session as the interactive reader, drawn into the same grid; trailing spaces are trimmed \
        as 'tmux capture-pane -p' does.
        Keys: plain characters stand for themselves; names go in angle brackets: <Enter> <Tab> <S-Tab> <Esc> \
        <BS> <Space> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <F1>..<F12>, <C-x> for Ctrl-X, \
        <lt> for "<". Also <Resize:COLSxROWS>, <Click:COL,ROW>, <WheelUp:COL,ROW>, <WheelDown:COL,ROW> (cells from 0).
        Example: dossier screen --size 80x24 --keys 'jj<Tab><C-f>' 002 SRH-078:4
        """
    )

    @OptionGroup var options: CorpusOptions

    @OptionGroup var actors: ActorOptions

    @Option(help: ArgumentHelp("Screen size.", valueName: "COLSxROWS"))
    var size = "80x24"

    @Option(help: ArgumentHelp("Keys to type before printing (see below).", valueName: "KEYS"))
    var keys = ""

    @Flag(help: "Add a layer naming each cell's style (bold, reverse, colours).")
    var style = false

    @Flag(help: "Use the attributes-only palette (also when NO_COLOR is set).")
    var mono = false

    @Argument(help: ArgumentHelp("Documents to open side by side, each optionally at an original page (DOC:PAGE) or a source line (DOC@LINE); default: the thesis and the first summary it cites.", valueName: "DOC[:PAGE|@LINE]"), completion: Completions.documents)
    var documents: [String] = []

    func validate() throws {
        guard Self.parseSize(size) != nil else { throw ValidationError("--size must look like 80x24") }
        do { _ = try KeyNotation.parse(keys) } catch { throw ValidationError(error.description) }
    }

    static func parseSize(_ text: String) -> (columns: Int, rows: Int)? {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), (1...1000).contains(c), (1...1000).contains(r) else { return nil }
        return (c, r)
    }

    func run() throws {
        // As in the reader, skipped files are reported on the message row only.
        let corpus = try options.load(reporting: .reader)
        guard !corpus.documents.isEmpty else { Output.fail("no documents to show") }
        let (columns, rows) = Self.parseSize(size)!
        let openings = documents.isEmpty ? ReaderSession.defaultOpenings(in: corpus) : PaneArgument.openings(documents, in: corpus, options: options)
        let noColor = mono || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
        // The same key file as the reader, so a headless screen shows what the terminal would.
        let userKeys = UserKeys.load()
        var session = ReaderSession(corpus: corpus, openings: openings, columns: columns, rows: rows,
                                    theme: noColor ? .monochrome : .colour, keyMap: userKeys.keyMap)
        let filter = actors.filter(in: corpus)
        if filter.isOn { session.applyActorFilter(filter) }
        if let notice = UserKeys.notice(userKeys.problems) {
            session.notify(([ReaderSession.skippedNotice(corpus)].compactMap { $0 } + [notice]).joined(separator: " · "), isError: true)
        }
        _ = session.send(try KeyNotation.parse(keys))
        let grid = session.render()
        var out = grid.textSnapshot
        if style { out += "\n\n" + grid.styleSnapshot }
        print(out)
    }
}
