import Corpus
import Foundation
import ReaderCore
import Testing
import TestSupport
@testable import dossier
#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder standing for `$XDG_STATE_HOME` in one test; removed afterwards, permissions given back first.
struct StateHome: ~Copyable {
    /// The folder.
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-state-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The store of the seeds under this home.
    var store: StateStore { StateStore(folder: path + "/dossier", corpusFolder: Dossier.seeds) }

    /// The names in the state folder.
    var files: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path + "/dossier")) ?? []).sorted() }

    deinit {
        for folder in [path, path + "/dossier"] { chmod(folder, 0o700) }
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Whether the tests run as root, who reads and writes whatever the permission bits say.
let runningAsRoot = getuid() == 0

/// The state file: where it is, atomic writes, a corrupt or unreadable file moved aside, a folder that cannot be written.
@Suite struct StateStoreTests {
    static let session = SavedSession(panes: [SavedPane(shows: .document, ref: "0123456789abcdef", anchor: Anchor(block: 4, offset: 12))],
                                      positions: ["fedcba9876543210": Anchor(block: 2, offset: -1)], searchHistory: ["Sato"])
    static let other = SavedSession(panes: [SavedPane(shows: .index, ref: nil)], commandHistory: ["q"])

    @Test func folderFollowsTheXDGSpec() {
        #expect(StateStore.folder(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/dossier")
        #expect(StateStore.folder(environment: ["XDG_STATE_HOME": "", "HOME": "/h"]) == "/h/.local/state/dossier", "empty: the default")
        #expect(StateStore.folder(environment: ["XDG_STATE_HOME": "rel/state", "HOME": "/h"]) == "/h/.local/state/dossier", "relative: ignored")
        #expect(StateStore.folder(environment: ["HOME": "/h"]) == "/h/.local/state/dossier")
        #expect(StateStore.folder(environment: [:]) == nil)
        #expect(StateStore.folder(environment: ["HOME": "relative"]) == nil)
    }

    @Test func oneFilePerCorpusFolderHoweverItIsNamed() throws {
        let home = try StateHome()
        let link = home.path + "/seeds-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: Dossier.seeds)
        let byLink = StateStore(folder: home.path, corpusFolder: link)
        let withDots = StateStore(folder: home.path, corpusFolder: Dossier.seeds + "/../seeds/")
        #expect(byLink.fileName == home.store.fileName)
        #expect(withDots.fileName == home.store.fileName)
        #expect(StateStore(folder: home.path, corpusFolder: home.path).fileName != home.store.fileName, "another corpus, another file")
        #expect(home.store.fileName.count == 16 + ".json".count)
    }

    @Test func saveThenLoadGivesTheSessionBackInAPrivateFileAndNoTemporary() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.load() == (nil, nil), "no file yet: nothing to say")
        #expect(store.prepare() == nil)
        #expect(store.save(Self.session) == nil)
        let loaded = store.load()
        #expect(loaded.session == Self.session)
        #expect(loaded.warning == nil)
        #expect(home.files == [store.fileName])
        var info = stat()
        #expect(stat(store.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat(store.folder, &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(store.save(Self.other) == nil)
        #expect(store.load().session == Self.other)
    }

    @Test func aWriteInterruptedBeforeTheRenameLeavesTheOldStateWhole() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.save(Self.session) == nil)
        // A writer that stopped half way through the new file, or after flushing it but before the rename.
        let half = Array(StateStore.encode(Self.other).prefix(40))
        let temporary = try store.writeTemporary(half)
        #expect(home.files.contains((temporary as NSString).lastPathComponent))
        #expect(store.load() == (Self.session, nil))
        _ = try store.writeTemporary(StateStore.encode(Self.other))
        #expect(store.load() == (Self.session, nil))
        // Our own temporary is in use (this process lives); the next save replaces it.
        #expect(store.save(Self.other) == nil)
        #expect(store.load() == (Self.other, nil))
        #expect(home.files == [store.fileName])
    }

    @Test func aWriterKilledAtAnyMomentNeverLeavesABrokenFile() throws {
        let home = try StateHome()
        let store = home.store
        var random = SplitMix64(seed: 2026_11_21)
        var seen = 0
        // How long the writer takes to write its first state: measured in the first round, which waits for
        // it, so the later rounds kill around and after that moment however slow the build (ASan is).
        var firstWrite: UInt64 = 0
        for round in 0..<100 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try Dossier.binaryPath())
            process.arguments = ["open", "--corpus", Dossier.seeds, "--test-state-writes", "1000000"]
            process.environment = ["XDG_STATE_HOME": home.path, "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let started = DispatchTime.now().uptimeNanoseconds
            try process.run()
            if round == 0 {
                while !FileManager.default.fileExists(atPath: store.path), process.isRunning,
                      DispatchTime.now().uptimeNanoseconds - started < 30_000_000_000 { usleep(2_000) }
                firstWrite = (DispatchTime.now().uptimeNanoseconds - started) / 1_000
            } else {
                usleep(useconds_t(firstWrite / 2 + random.next() % (firstWrite + 75_000)))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round): the writer was still writing when killed")
            guard let bytes = FileManager.default.contents(atPath: store.path) else { continue }
            seen += 1
            switch StateStore.decode([UInt8](bytes)) {
            case .success(let saved): #expect(saved.searchHistory.count == SavedSession.historyLimit)
            case .failure(let problem): Issue.record("round \(round): the state file \(problem.reason)")
            }
        }
        #expect(seen > 0, "the writer got as far as a first state in 100 rounds")
        // The killed writers' temporaries are cleared at the next start.
        #expect(store.load().warning == nil)
        #expect(home.files == [store.fileName])
    }

    @Test(arguments: [
        ("{\"version\": 1, \"panes\": [", "is not valid JSON"),
        ("", "is not valid JSON"),
        ("\u{1}\u{2}binary", "is not valid JSON"),
        ("[1, 2]", "has no format version"),
        ("{\"version\": 2, \"panes\": []}", "is format 2, not 1"),
        ("{\"version\": \"1\"}", "has no format version"),
        ("{\"version\": 1, \"panes\": \"all\"}", "is not a dossier state"),
        ("{\"version\": 1, \"focus\": 1e300}", "is not a dossier state"),
    ])
    func aBadFileIsMovedAsideWithAWarning(content: String, reason: String) throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.prepare() == nil)
        try Data(content.utf8).write(to: URL(fileURLWithPath: store.path))
        let loaded = store.load()
        #expect(loaded.session == nil)
        let warning = try #require(loaded.warning)
        #expect(warning.hasPrefix("saved state \(reason): moved aside as \(store.fileName).corrupt-"), "\(warning)")
        #expect(warning.hasSuffix("; starting fresh"))
        #expect(!warning.contains("\n"))
        let aside = try #require(home.files.first { $0.hasPrefix(store.fileName + ".corrupt-") })
        #expect(FileManager.default.contents(atPath: store.folder + "/" + aside) == Data(content.utf8), "kept as it was")
        #expect(!FileManager.default.fileExists(atPath: store.path))
        #expect(store.load() == (nil, nil), "the next start starts fresh, quietly")
    }

    @Test func aTruncatedFileIsMovedAside() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.save(Self.session) == nil)
        let whole = try #require(FileManager.default.contents(atPath: store.path))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: store.path))
        #expect(store.load().warning?.hasPrefix("saved state is not valid JSON") == true)
    }

    @Test func twoBadFilesInOneSecondAreBothKept() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.prepare() == nil)
        let now = Date()
        for _ in 0..<2 {
            try Data("nonsense".utf8).write(to: URL(fileURLWithPath: store.path))
            _ = store.setAside(because: "is not valid JSON", now: now)
        }
        #expect(home.files.filter { $0.contains(".corrupt-") }.count == 2)
    }

    @Test func aFolderWhereTheFileShouldBeIsMovedAside() throws {
        let home = try StateHome()
        let store = home.store
        try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
        #expect(store.load().warning?.hasPrefix("saved state is not a file: moved aside") == true)
        #expect(store.save(Self.session) == nil)
    }

    @Test(.enabled(if: !runningAsRoot, "root reads a file whatever its mode, so chmod 000 cannot make it unreadable"))
    func anUnreadableFileIsMovedAside() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.save(Self.session) == nil)
        chmod(store.path, 0)
        let loaded = store.load()
        #expect(loaded.session == nil)
        #expect(loaded.warning?.hasPrefix("saved state could not be read (Permission denied): moved aside") == true, "\(loaded.warning ?? "")")
    }

    @Test(.enabled(if: !runningAsRoot, "root writes into a folder whatever its mode, so chmod 555 cannot make it read-only"))
    func aReadOnlyFolderMeansANoticeAndNoFile() throws {
        let home = try StateHome()
        let store = home.store
        #expect(store.prepare() == nil)
        chmod(store.folder, 0o555)
        #expect(store.prepare()?.hasPrefix("this session will not be remembered: cannot write to") == true)
        #expect(store.save(Self.session)?.hasPrefix("state not saved: cannot create") == true)
        #expect(home.files.isEmpty)
    }

    @Test func aFolderThatCannotBeCreatedMeansANoticeAndNoFile() throws {
        // A file where a folder of the path should be: mkdir fails for root too.
        let home = try StateHome()
        let blocker = home.path + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let store = StateStore(folder: blocker + "/dossier", corpusFolder: Dossier.seeds)
        #expect(store.load() == (nil, nil))
        #expect(store.prepare() == "this session will not be remembered: cannot create \(blocker) (Not a directory)")
        #expect(store.save(Self.session) == "state not saved: cannot create \(blocker) (Not a directory)")

        let start = StateKeeper.start(corpus: StateKeeperTests.corpus, environment: ["XDG_STATE_HOME": blocker], enabled: true, now: .now)
        #expect(start.saved == nil)
        #expect(start.notices == ["this session will not be remembered: cannot create \(blocker) (Not a directory)"])
        #expect(start.keeper.store == nil, "nothing is tried again")
    }

    @Test func theHeadlessScreenNeitherReadsNorWritesState() throws {
        let home = try StateHome()
        let store = home.store
        let summary = try #require(StateKeeperTests.corpus.document(named: "SRH-086"))
        let saved = SavedSession(panes: [SavedPane(shows: .document, ref: StateKeeperTests.corpus.documents[summary].contentHash)])
        #expect(store.save(saved) == nil)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let r = try Dossier.seeds(["screen", "--size", "100x20", "--keys", "<PgDn><Tab>"], environment: ["XDG_STATE_HOME": home.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.isEmpty)
        #expect(r.out.contains("Blevins") && r.out.contains("SRH-078"), "the default panes, not the saved one: \(r.out)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        #expect(home.files == [store.fileName])
    }
}
