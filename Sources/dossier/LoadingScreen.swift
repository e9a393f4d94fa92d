import Corpus
import CursesBackend
import Foundation
import ReaderCore
import TerminalCore

/// The reader's screen while a long load goes on: progress on the status row, redrawn as documents are
/// parsed and on resize; `q` or Ctrl-C (or the keys bound to quit) leave, as do signals and a hang-up.
enum LoadingScreen {
    /// How a load shown on the terminal ended.
    enum Outcome {
        /// Every document is parsed and indexed.
        case loaded(Corpus)
        /// The folder could not be read.
        case failed(CorpusError)
        /// The user or a signal ended the program: exit with this status.
        case left(Int32)
    }

    /// How often the count is redrawn: often enough to look alive, seldom enough to cost nothing over SSH.
    static let refreshMilliseconds: Int32 = 100

    /// Shows `load` on `terminal` until it is over or the user leaves.
    static func run(_ load: CorpusLoad, terminal: CursesTerminal, keyMap: KeyMap) -> Outcome {
        let theme: Theme = terminal.usesColor ? .colour : .monochrome
        while true {
            switch load.result(waitingUntil: .distantPast) {
            case .success(let corpus): return .loaded(corpus)
            case .failure(let error): return .failed(error)
            case nil: break
            }
            let (done, total) = load.progress
            let size = terminal.size
            terminal.draw(LoadingView(folder: load.folder, done: done, total: total, theme: theme).render(columns: size.columns, rows: size.rows))
            switch terminal.read(timeoutMilliseconds: refreshMilliseconds) {
            case .input(.key(let key)):
                switch keyMap.lookup(pending: [], key: key, mode: .reading) {
                case .command(.quit): return .left(0)
                case .command(.interrupt): return .left(130)
                default: break
                }
            case .input, .timeout: break
            case .signal(let signal): return .left(128 + signal)
            case .hangup: return .left(128 + SIGHUP)
            }
        }
    }
}
