import Corpus
import ReaderCore

extension StateStore {
    /// For the kill test only (the hidden `dossier open --test-state-writes N`): saves `times` large states in a
    /// row, each different, so a test can SIGKILL the process at random moments and find the file always whole.
    func writeRepeatedly(_ times: Int) -> String? {
        for round in 0..<max(0, times) {
            if let notice = save(Self.largeSession(round)) { return notice }
        }
        return nil
    }

    /// About half a megabyte of state: thousands of positions and full histories of long entries.
    static func largeSession(_ round: Int) -> SavedSession {
        var positions: [String: Anchor] = [:]
        for k in 0..<4_000 { positions[ContentHash.hex(UInt64(k))] = Anchor(block: k, offset: round) }
        let entry = String(repeating: "x", count: 900)
        let history = (0..<SavedSession.historyLimit).map { "\(round) \($0) \(entry)" }
        let pane = SavedPane(shows: .document, ref: ContentHash.hex(UInt64(round)), anchor: Anchor(block: round, offset: 0))
        return SavedSession(panes: [pane], positions: positions, searchHistory: history, commandHistory: history)
    }
}
