import BenchKit
import Corpus
import Foundation
import ReaderCore
import TerminalCore

/// The in-process measures of the reader on a loaded corpus: pure work (state update and drawing into a
/// grid), no terminal. Each returns rows named with the corpus scale.
struct ReaderMeasures {
    /// The loaded corpus.
    let corpus: Corpus
    /// The scale, for the rows' names ("1x", "1000x").
    let scale: String
    /// Runs per measure.
    let runs: Int
    /// Finds a document by what the seeds call it ("002", "SRH-078"): in a scaled corpus, the first copy of
    /// that seed, since names shared by every copy resolve to one copy or none there.
    let named: (String) -> Int?

    /// Feeds a key script in `dossier screen --keys` notation and draws the screen.
    static func type(_ keys: String, into session: inout ReaderSession) {
        _ = session.send(try! KeyNotation.parse(keys))
        _ = session.render()
    }

    /// The thesis and the two summaries the actor filter measures open ("002", SRH-078, SRH-086).
    var threeDocuments: [Int]? {
        guard let thesis = named("002"), let first = named("SRH-078"), let second = named("SRH-086") else { return nil }
        return [thesis, first, second]
    }

    /// A fresh session (its own layout memo) with the three documents side by side at 200x60, drawn.
    func threePanes(_ documents: [Int]) -> ReaderSession {
        let session = ReaderSession(corpus: corpus, openings: documents.map { .init(document: $0) }, columns: 200, rows: 60)
        _ = session.render()
        return session
    }

    /// One frame of three panes at 200x60: the cold first frame (layouts built), and the frame after a
    /// one-line scroll with the layouts warm, which is what each keystroke costs before curses.
    func frames() -> [BenchRow] {
        guard let docs = threeDocuments else { return [] }
        let cold = Stopwatch.time(runs: runs) { _ = threePanes(docs) }
        var session = threePanes(docs)
        let warm = Stopwatch.time(runs: max(runs, 101)) {
            session.send(.key(.character("j")))
            _ = session.render()
        }
        return [
            BenchRow("frame, 3 panes 200x60, after j (handle + render, warm)", .milliseconds, dossier: warm, goal: .atMost(limit: 1),
                     note: "thesis, SRH-078, SRH-086; layouts in the memo"),
            BenchRow("first frame, 3 panes 200x60 (lay out + render, cold)", .milliseconds, dossier: cold),
        ]
    }

    /// The default panes' first screen laid out and drawn, and a line scroll on it: the reader's part of
    /// opening, without the terminal.
    func firstScreens() -> [BenchRow] {
        var rows: [BenchRow] = []
        for (columns, lines) in [(80, 24), (200, 60)] {
            let t = Stopwatch.time(runs: runs) {
                _ = ReaderSession(corpus: corpus, openings: ReaderSession.defaultOpenings(in: corpus), columns: columns, rows: lines).render()
            }
            rows.append(BenchRow("first screen \(scale) \(columns)x\(lines), in process (lay out + render)", .milliseconds, dossier: t))
        }
        return rows
    }

    /// A pathological input: one 1 MB line of prose with a marker every few words (OCR gone wrong).
    func hugeLine() -> [BenchRow] {
        let words = ["alpha", "beta", "Sato", "Molotov", "intercept", "H-197715", "note¹", "²", "the", "of", "and", "Лозовский"]
        var line = ""
        var seed: UInt64 = 1
        while line.utf8.count < 1_000_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            line += words[Int(seed >> 33) % words.count] + " "
        }
        let huge = CorpusLoader.load(texts: [("huge.txt", Array((line + "\n").utf8))])
        let t = Stopwatch.time(runs: runs) {
            _ = ReaderSession(corpus: huge, openings: [.init(document: 0)], columns: 100, rows: 30).render()
        }
        return [BenchRow("one 1 MB line: first screen 100x30 (lay out + render)", .milliseconds, dossier: t)]
    }

    /// Opening a note, following its citation and going back, each from a copy of the same session: the
    /// thesis at a marker whose note cites a page of a loaded document, beside the default right pane, 100x30.
    /// When no citation of the thesis lands in a loaded document (see the per-copy check), the first marker
    /// with a note is opened and following is not measured.
    func notesAndCitations() -> [BenchRow] {
        let c = corpus
        guard let thesis = named("002") else { return [] }
        let doc = c.documents[thesis]
        let linked = doc.markers.firstIndex { m in
            m.note.map { n in doc.notes[n].citations.contains { c.target(of: doc.citations[$0])?.page != nil } } ?? false
        }
        guard let marker = linked ?? doc.markers.firstIndex(where: { $0.note != nil }) else { return [] }
        var atMarker = ReaderSession(corpus: c, openings: [.init(document: thesis, line: doc.markers[marker].line),
                                                           .init(document: ReaderSession.defaultOpenings(in: c).last!.document)],
                                     columns: 100, rows: 30)
        for _ in 0..<40 where atMarker.state.focusedPane.selection != .marker(marker) { atMarker.send(.key(.character("]"))) }
        _ = atMarker.render()
        var rows: [BenchRow] = []
        /// Times one key on copies of `session` and returns the session after it.
        func key(_ label: String, _ key: Key, from session: ReaderSession) -> ReaderSession {
            let t = Stopwatch.time(runs: runs, setUp: { session }) { copy in
                copy.send(.key(key))
                _ = copy.render()
            }
            rows.append(BenchRow("\(label) \(scale) (handle + render)", .milliseconds, dossier: t))
            var after = session
            after.send(.key(key))
            _ = after.render()
            return after
        }
        let inNote = key("open a note (Enter on a marker)", .enter, from: atMarker)
        if linked != nil {
            let followed = key("follow a citation to its page (Enter in the note)", .enter, from: inNote)
            _ = key("go back (Ctrl-O)", .control("o"), from: followed)
        } else {
            Log.warn("follow a citation \(scale): no note of the thesis cites a page of a loaded document here; not measured")
        }
        if let busiest = c.citationsByID.max(by: { $0.value.count < $1.value.count })?.key {
            rows.append(BenchRow("card of the most cited id (\(busiest)) \(scale), lookup", .milliseconds,
                                 dossier: Stopwatch.time(runs: runs) { _ = c.citedItem(busiest) }))
        }
        return rows
    }

    /// The actor filter: Sato and Lozovsky chosen in the picker with the three documents open side by side
    /// (200x60); Enter lays every pane out again with only the passages naming them. "Cold" samples start
    /// from a fresh session (its own layout memo), so they include laying the filtered documents out; "warm"
    /// ones repeat the key on copies of one session whose shared memo already holds those layouts.
    func actorFilter() -> [BenchRow] {
        guard let docs = threeDocuments, corpus.actors.actor(named: "sato") != nil, corpus.actors.actor(named: "lozovsky") != nil else { return [] }
        func picked() -> ReaderSession {
            var session = threePanes(docs)
            Self.type("asato<Space><C-u>lozovsky<Space>", into: &session)
            return session
        }
        let ready = picked()
        var filtered = ready
        Self.type("<Enter>", into: &filtered)
        guard filtered.state.actorFilter.actors.count == 2 else {
            Log.warn("actor filter: Sato and Lozovsky not both chosen by the picker keys; not measured")
            return []
        }
        var warmed = filtered
        Self.type("&", into: &warmed)  // the memo shared by every copy of `filtered` holds the all-of layouts too
        let shown = "Sato | Lozovsky, 3 panes 200x60"
        let cold = Stopwatch.time(runs: runs, setUp: picked) { Self.type("<Enter>", into: &$0) }
        let warm = Stopwatch.time(runs: runs, setUp: { ready }) { Self.type("<Enter>", into: &$0) }
        let toggle = Stopwatch.time(runs: runs, setUp: { filtered }) { Self.type("&", into: &$0) }
        let clear = Stopwatch.time(runs: runs, setUp: { filtered }) { Self.type("A", into: &$0) }
        let big = scale.hasPrefix("1000")
        return [
            BenchRow("actor filter change \(scale): apply, cold (\(shown))", .milliseconds, dossier: cold, goal: big ? .atMost(limit: 100) : nil,
                     note: "Enter in the picker: filter + lay out + render, fresh layout memo"),
            BenchRow("actor filter \(scale): apply, warm (layouts in the memo)", .milliseconds, dossier: warm),
            BenchRow("actor filter \(scale): any/all (&, warm)", .milliseconds, dossier: toggle),
            BenchRow("actor filter \(scale): clear (A)", .milliseconds, dossier: clear),
        ]
    }

    /// The actor index every load builds (the personography applied to every document), on its own.
    func actorIndex() -> [BenchRow] {
        let c = corpus
        let mentions = c.actors.mentions.reduce(0) { $0 + $1.count }
        let t = Stopwatch.time(runs: runs) { _ = ActorIndex(registry: c.actors.registry, documents: c.documents) { c.documents(named: $0) } }
        return [BenchRow("actor index \(scale) (\(c.actors.actors.count) actors, \(mentions) mentions)", .milliseconds, dossier: t,
                         note: "part of load and index")]
    }

    /// Searching in the reader: one more letter typed at `/` (every pane's matches found, highlighted and
    /// counted, the screen drawn), and `n`, on the thesis and SRH-078 side by side at 200x60.
    func searchAsTyped() -> [BenchRow] {
        guard let thesis = named("002"), let summary = named("SRH-078") else { return [] }
        func session() -> ReaderSession {
            var s = ReaderSession(corpus: corpus, openings: [.init(document: thesis), .init(document: summary)], columns: 200, rows: 60)
            Self.type("/sat", into: &s)
            return s
        }
        let letter = Stopwatch.time(runs: runs, setUp: session) { Self.type("o", into: &$0) }
        var kept = session()
        Self.type("o<Enter>", into: &kept)
        let next = Stopwatch.time(runs: runs, setUp: { kept }) { Self.type("n", into: &$0) }
        return [
            BenchRow("search as typed \(scale): one more letter at / (2 panes 200x60, cold)", .milliseconds, dossier: letter),
            BenchRow("search \(scale): n to the next match (2 panes 200x60)", .milliseconds, dossier: next),
        ]
    }

    /// Type-to-narrow in the document picker (o), the outline (t) and the citation index (i): one more
    /// letter typed, handled and drawn, at 80x24, from a copy of a session with the list open and the
    /// first letters typed. The issue wants each under 50 ms at 1000x.
    func typeToNarrow() -> [BenchRow] {
        let openings = ReaderSession.defaultOpenings(in: corpus)
        let cases: [(String, String, String)] = [("document picker", "orus", "s"), ("outline", "tch", "a"), ("citation index", "isr", "h")]
        let big = scale.hasPrefix("1000")
        return cases.map { name, typed, next in
            var open = ReaderSession(corpus: corpus, openings: openings, columns: 80, rows: 24)
            Self.type(typed, into: &open)
            let t = Stopwatch.time(runs: runs, setUp: { open }) { Self.type(next, into: &$0) }
            return BenchRow("type-to-narrow \(scale): \(name) (\"\(typed.dropFirst())\" + \"\(next)\", 80x24)", .milliseconds, dossier: t,
                            goal: big ? .atMost(limit: 50) : nil)
        }
    }
}
