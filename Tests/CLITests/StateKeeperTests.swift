import Corpus
import Foundation
import ReaderCore
import TerminalCore
import Testing
@testable import dossier

/// When the run loop writes the state: after a quiet moment once something changed, within a bound while keys keep
/// coming, on the way out, never when nothing changed, and not at all under `--no-state`. Times are given, not waited.
@Suite struct StateKeeperTests {
    static let corpus: Corpus = {
        do { return try CorpusLoader.load(folder: Dossier.seeds) } catch { fatalError("seeds do not load: \(error)") }
    }()

    private func session() -> ReaderSession {
        ReaderSession(corpus: Self.corpus, openings: ReaderSession.defaultOpenings(in: Self.corpus), columns: 80, rows: 24)
    }

    private func saved(_ store: StateStore) -> SavedSession? { store.load().session }

    /// A keeper writing to `store` whose file already holds what `reader` shows, started at `now`.
    private func keeperOf(_ store: StateStore, holding reader: ReaderSession, at now: ContinuousClock.Instant) -> StateKeeper {
        StateKeeper(store: store, corpus: Self.corpus, written: reader.state.saved(in: Self.corpus), now: now)
    }

    @Test func aChangeIsWrittenAtTheFirstQuietMomentAfterTheSpacing() throws {
        let home = try StateHome()
        let t0 = ContinuousClock.now
        var reader = session()
        var keeper = keeperOf(home.store, holding: reader, at: t0)
        let store = home.store
        #expect(keeper.readTimeout(now: t0) == -1, "nothing to save: wait for keys as long as it takes")
        #expect(keeper.keyHandled(reader.state, now: t0 + .milliseconds(100)) == nil)
        #expect(keeper.readTimeout(now: t0 + .milliseconds(100)) == -1, "a key that changed nothing")

        reader.send(.key(.pageDown))
        #expect(keeper.keyHandled(reader.state, now: t0 + .milliseconds(500)) == nil)
        #expect(keeper.readTimeout(now: t0 + .milliseconds(500)) == 2_500, "the spacing since the start is still running")
        #expect(keeper.idle(reader.state, now: t0 + .seconds(2)) == nil)
        #expect(saved(store) == nil, "not before the spacing")
        #expect(keeper.readTimeout(now: t0 + .seconds(2)) == 1_000)
        #expect(keeper.idle(reader.state, now: t0 + .seconds(3)) == nil)
        #expect(saved(store) == reader.state.saved(in: Self.corpus))
        #expect(keeper.readTimeout(now: t0 + .seconds(3)) == -1)

        reader.send(.key(.pageDown))
        #expect(keeper.keyHandled(reader.state, now: t0 + .seconds(4)) == nil)
        #expect(keeper.readTimeout(now: t0 + .seconds(4)) == 2_000)
        reader.send(.key(.pageUp))
        #expect(keeper.keyHandled(reader.state, now: t0 + .seconds(5)) == nil)
        #expect(keeper.readTimeout(now: t0 + .seconds(5)) == -1, "back where the file is: nothing waits")
    }

    @Test func keysThatKeepComingStillGetTheStateWrittenWithinTheBound() throws {
        let home = try StateHome()
        let t0 = ContinuousClock.now
        var reader = session()
        var keeper = keeperOf(home.store, holding: reader, at: t0)
        let store = home.store
        for step in 0..<20 {
            reader.send(.key(.character("j")))
            #expect(keeper.keyHandled(reader.state, now: t0 + .milliseconds(600 * step)) == nil)
            if step * 600 < 10_000 { #expect(saved(store) == nil, "step \(step)") }
        }
        #expect(saved(store) != nil, "written within \(StateKeeper.longest) of the first change")
    }

    @Test func theWayOutWritesWhatChangedAndOnlyThat() throws {
        let home = try StateHome()
        let store = home.store
        var reader = session()
        var keeper = StateKeeper(store: store, corpus: Self.corpus, written: nil, now: .now)
        #expect(keeper.finish(reader.state, now: .now) == nil)
        #expect(saved(store) == reader.state.saved(in: Self.corpus), "a first run leaves its state")
        let modified = try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date
        #expect(keeper.finish(reader.state, now: .now) == nil)
        #expect(try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date == modified, "unchanged: not rewritten")
        reader.send(.key(.tab))
        #expect(keeper.finish(reader.state, now: .now) == nil)
        #expect(saved(store)?.focus == 1)
    }

    @Test func aFailingDiskIsReportedOnceUntilTheWayOut() throws {
        let home = try StateHome()
        let blocker = home.path + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let store = StateStore(folder: blocker + "/dossier", corpusFolder: Dossier.seeds)
        let t0 = ContinuousClock.now
        var reader = session()
        var keeper = keeperOf(store, holding: reader, at: t0)
        reader.send(.key(.pageDown))
        #expect(keeper.keyHandled(reader.state, now: t0) == nil)
        let notice = keeper.idle(reader.state, now: t0 + .seconds(4))
        #expect(notice?.hasPrefix("state not saved: cannot create") == true)
        #expect(keeper.readTimeout(now: t0 + .seconds(4)) == -1, "the failed state is not retried while nothing changes")
        reader.send(.key(.pageDown))
        #expect(keeper.keyHandled(reader.state, now: t0 + .seconds(5)) == nil)
        #expect(keeper.idle(reader.state, now: t0 + .seconds(8)) == nil, "the same failure is not reported again")
        #expect(keeper.finish(reader.state, now: t0 + .seconds(9)) == notice, "the way out reports it (on stderr)")
    }

    @Test func noStateReadsAndWritesNothing() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.save(StateStoreTests.session) == nil)
        let before = try FileManager.default.contentsOfDirectory(atPath: store.folder)
        let start = StateKeeper.start(corpus: Self.corpus, environment: ["XDG_STATE_HOME": home.path], enabled: false, now: .now)
        #expect(start.saved == nil)
        #expect(start.notices.isEmpty)
        var keeper = start.keeper
        var reader = session()
        reader.send(.key(.pageDown))
        #expect(keeper.keyHandled(reader.state, now: .now) == nil)
        #expect(keeper.readTimeout(now: .now) == -1)
        #expect(keeper.finish(reader.state, now: .now) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder) == before)
        #expect(store.load().session == StateStoreTests.session, "the file is as it was")
    }

    @Test func theStartRestoresAndSetsABadFileAside() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.save(StateStoreTests.session) == nil)
        let start = StateKeeper.start(corpus: Self.corpus, environment: ["XDG_STATE_HOME": home.path, "HOME": "/nonexistent"], enabled: true, now: .now)
        #expect(start.saved == StateStoreTests.session)
        #expect(start.notices.isEmpty)
        #expect(start.keeper.store?.path == store.path)

        try Data("{".utf8).write(to: URL(fileURLWithPath: store.path))
        let again = StateKeeper.start(corpus: Self.corpus, environment: ["XDG_STATE_HOME": home.path], enabled: true, now: .now)
        #expect(again.saved == nil)
        #expect(again.notices.count == 1)
        #expect(again.notices.first?.hasPrefix("saved state is not valid JSON: moved aside") == true)
        #expect(again.keeper.store != nil, "it starts fresh and saves")
    }
}
