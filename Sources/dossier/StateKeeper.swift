import Corpus
import ReaderCore

/// Decides when the run loop writes the reader's state: at the first quiet moment after a change (no key for
/// `quiet`, and `spacing` since the last write), no later than `longest` after a change while keys keep coming,
/// and on the way out. A SIGKILL therefore loses a few seconds at most; a signal handler never writes.
///
/// Times are passed in, so the rules are tested without waiting.
struct StateKeeper {
    /// How long without a key counts as a quiet moment.
    static let quiet: Duration = .seconds(1)
    /// The least time between two writes.
    static let spacing: Duration = .seconds(3)
    /// The most a change waits while keys keep coming.
    static let longest: Duration = .seconds(10)

    /// Where state goes, or nil when nothing is written (`--no-state`, a read-only home).
    let store: StateStore?
    /// The corpus the state refers to (for content hashes and actor ids).
    let corpus: Corpus
    /// What the state file holds, as far as this process knows.
    private(set) var written: SavedSession?
    /// A state whose write failed: not tried again until the state changes (or on the way out).
    private var failed: SavedSession?
    /// When the last write (or failed write) happened.
    private var lastWrite: ContinuousClock.Instant
    /// When the first change not yet written was seen.
    private var changedAt: ContinuousClock.Instant?
    /// The last notice given, so a failing disk is not reported on every attempt.
    private var lastNotice: String?

    /// A keeper writing to `store`, whose file holds `written`.
    init(store: StateStore?, corpus: Corpus, written: SavedSession?, now: ContinuousClock.Instant) {
        self.store = store
        self.corpus = corpus
        self.written = written
        lastWrite = now
    }

    /// The keeper for a reader on `corpus`, with what its state file held and the start's notices (a file moved
    /// aside, a home that cannot be written); a keeper that never reads or writes when `enabled` is false (`--no-state`).
    static func start(corpus: Corpus, environment: [String: String], enabled: Bool, now: ContinuousClock.Instant)
        -> (keeper: StateKeeper, saved: SavedSession?, notices: [String]) {
        let off = StateKeeper(store: nil, corpus: corpus, written: nil, now: now)
        guard enabled else { return (off, nil, []) }
        guard let folder = StateStore.folder(environment: environment) else {
            return (off, nil, ["this session will not be remembered: neither XDG_STATE_HOME nor HOME is an absolute path"])
        }
        let store = StateStore(folder: folder, corpusFolder: corpus.folder)
        let (saved, warning) = store.load()
        let problem = store.prepare()
        let keeper = problem == nil ? StateKeeper(store: store, corpus: corpus, written: saved, now: now) : off
        return (keeper, saved, [warning, problem].compactMap { $0 })
    }

    /// How long the loop may wait for a key before calling `idle`: no limit (-1) unless a change waits.
    func readTimeout(now: ContinuousClock.Instant) -> Int32 {
        guard store != nil, changedAt != nil else { return -1 }
        let wait = max(Self.quiet, lastWrite + Self.spacing - now)
        let (seconds, attoseconds) = wait.components
        return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// After a key: notes whether the state differs from the file, and writes when a change has waited `longest`.
    /// Returns a notice for the message row when writing failed (once per distinct failure).
    mutating func keyHandled(_ state: ReaderState, now: ContinuousClock.Instant) -> String? {
        guard store != nil else { return nil }
        let current = state.saved(in: corpus)
        guard current != written, current != failed else {
            changedAt = nil
            return nil
        }
        if changedAt == nil { changedAt = now }
        guard let since = changedAt, now - since >= Self.longest else { return nil }
        return once(write(current, now: now))
    }

    /// After a read timed out (a quiet moment): writes the waiting change once `spacing` has passed since the last write.
    mutating func idle(_ state: ReaderState, now: ContinuousClock.Instant) -> String? {
        guard store != nil, changedAt != nil, now - lastWrite >= Self.spacing else { return nil }
        let current = state.saved(in: corpus)
        guard current != written else {
            changedAt = nil
            return nil
        }
        return once(write(current, now: now))
    }

    /// On the way out: writes whatever differs from the file, a failed state included (its last chance).
    mutating func finish(_ state: ReaderState, now: ContinuousClock.Instant) -> String? {
        guard store != nil else { return nil }
        let current = state.saved(in: corpus)
        guard current != written else { return nil }
        return write(current, now: now)
    }

    private mutating func write(_ session: SavedSession, now: ContinuousClock.Instant) -> String? {
        guard let store else { return nil }
        lastWrite = now
        changedAt = nil
        guard let notice = store.save(session) else {
            written = session
            failed = nil
            return nil
        }
        failed = session
        return notice
    }

    /// `notice` unless it was the last one given: a disk that stays full is reported once, not every few seconds.
    private mutating func once(_ notice: String?) -> String? {
        guard let notice, notice != lastNotice else { return nil }
        lastNotice = notice
        return notice
    }
}
