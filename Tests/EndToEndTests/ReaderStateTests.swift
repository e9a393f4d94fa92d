import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A folder for `XDG_STATE_HOME` shared by the runs of one test (each tmux session's own folder goes with it).
private struct StateFolder: ~Copyable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-state-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The environment that points the reader at this folder.
    var environment: [String: String] { ["XDG_STATE_HOME": path] }

    /// The files the reader keeps there, by name.
    var files: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path + "/dossier")) ?? []).sorted() }

    /// The one state file (the seeds' corpus), if written.
    var stateFile: String? { files.first { $0.hasSuffix(".json") }.map { path + "/dossier/" + $0 } }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The real reader remembering its session: the layout, places and focus come back at the next start, on every
/// way out; `--no-state` reads and writes nothing; a bad state file and a home that cannot be written are one line.
@Suite("EndToEndTests: remembering the session", .tags(.endToEnd))
struct ReaderStateTests {
    @Test("a second document, pages down and the focus moved come back after q, on the same screen")
    func layoutComesBack() throws {
        let state = try StateFolder()
        let first = try DossierBinary.session([], columns: 120, rows: 30, environment: state.environment)
        try first.waitForReader()
        try first.type("s086<Enter>")
        try first.waitForScreen("three panes, the new one focused") { $0.statusEntries.count == 3 && $0.focusedPane == 1 }
        try first.type("<PgDn><PgDn><PgDn>")
        try first.waitForScreen("the new pane pages down") { (ReaderScreen.percentage($0.statusEntries[1]) ?? 0) > 0 }
        try first.waitForStable()
        try first.type("<Tab><PgDn>")
        try first.waitForScreen("the third pane focused and a page down") {
            $0.focusedPane == 2 && (ReaderScreen.percentage($0.statusEntries[2]) ?? 0) > 0
        }
        let before = ReaderScreen(try first.waitForStable())
        first.send(keys: "q")
        #expect(try first.waitForExit() == 0)
        first.close()
        #expect(state.stateFile != nil, "q wrote the state: \(state.files)")

        let second = try DossierBinary.session([], columns: 120, rows: 30, environment: state.environment)
        let after = try second.waitForScreen("three panes again") { $0.statusEntries.count == 3 && $0.hintRow.hasPrefix("? help") }
        #expect(after.text == before.text, "the same documents, top lines and focus\n\(HeadlessScreen.difference(expected: before.text, actual: after.text))")
        second.send(keys: "q")
        #expect(try second.waitForExit() == 0)
    }

    /// A way out that returns through the run loop.
    struct WayOut: CustomTestStringConvertible, Sendable {
        var name: String
        var key: String?
        var signal: Int32?
        var testDescription: String { name }
    }

    @Test("every way out through the loop saves the place", arguments: [
        WayOut(name: "Ctrl-C", key: "C-c"), WayOut(name: "SIGTERM", signal: SIGTERM),
        WayOut(name: "SIGHUP", signal: SIGHUP), WayOut(name: "SIGINT", signal: SIGINT),
    ])
    func everyWayOutSaves(_ way: WayOut) throws {
        let state = try StateFolder()
        let first = try DossierBinary.session(["SRH-078"], columns: 80, rows: 24, environment: state.environment)
        let start = try first.waitForReader()
        try first.type("<PgDn><PgDn>")
        try first.waitForScreen("pages down") { $0.text != start.text }
        let before = ReaderScreen(try first.waitForStable())
        if let key = way.key { first.send(keys: key) }
        if let signal = way.signal { first.signal(signal) }
        try first.waitForExit()
        first.close()

        let second = try DossierBinary.session([], columns: 80, rows: 24, environment: state.environment)
        let after = try second.waitForReader()
        #expect(after.text == before.text, "\(HeadlessScreen.difference(expected: before.text, actual: after.text))")
    }

    @Test("--no-state neither restores nor writes; a bad file is moved aside with one line and the reader starts fresh")
    func noStateAndABadFile() throws {
        let state = try StateFolder()
        let first = try DossierBinary.session(["SRH-086"], columns: 100, rows: 24, environment: state.environment)
        try first.waitForReader()
        first.send(keys: "q")
        try first.waitForExit()
        first.close()
        let written = state.stateFile
        let file = try #require(written)
        let saved = try Data(contentsOf: URL(fileURLWithPath: file))

        let plain = try DossierBinary.session(["--no-state"], columns: 100, rows: 24, environment: state.environment)
        let screen = try plain.waitForReader()
        #expect(screen.statusEntries.count == 2, "the default panes, not the saved one\n\(screen)")
        try plain.type("<Tab><PgDn>")
        try plain.waitForScreen("the second pane focused") { $0.focusedPane == 1 }
        plain.send(keys: "q")
        #expect(try plain.waitForExit() == 0)
        plain.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == saved, "the file is untouched")
        #expect(state.files == [(file as NSString).lastPathComponent])

        try Data("{\"version\": 1, \"panes\": [".utf8).write(to: URL(fileURLWithPath: file))
        let fresh = try DossierBinary.session([], columns: 100, rows: 24, environment: state.environment)
        let warned = try fresh.waitForScreen("the warning") { $0.hintRow.hasPrefix("saved state is not valid JSON: moved aside as") }
        #expect(warned.statusEntries.count == 2, "the default panes\n\(warned)")
        #expect(state.files.contains { $0.contains(".json.corrupt-") }, "\(state.files)")
        fresh.send(keys: "q")
        #expect(try fresh.waitForExit() == 0)
    }

    @Test("a state folder that cannot be created: one line, the reader works and quits cleanly, nothing is written")
    func folderThatCannotBeCreated() throws {
        let state = try StateFolder()
        // A file where the folder should be: mkdir fails even for root, as on a read-only home.
        let blocker = state.path + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let tmux = try DossierBinary.session(["SRH-078"], columns: 120, rows: 24, environment: ["XDG_STATE_HOME": blocker])
        let screen = try tmux.waitForScreen("the notice") { $0.hintRow.hasPrefix("this session will not be remembered: cannot create ") }
        #expect(screen.statusEntries.count == 1, "the document asked for\n\(screen)")
        try tmux.type("<PgDn>")
        try tmux.waitForReader()
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(String(decoding: try tmux.settledOutput(), as: UTF8.self).contains("state not saved") == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path) == ["file"])
    }
}
