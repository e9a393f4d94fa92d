import Corpus
import ReaderCore
import TerminalCore
import Foundation

/// `make bench`: load-and-index time of a corpus folder, in process, release build, and the reader and
/// search measures on it. `dossier-bench [DIR [RUNS [WORD]]]`: WORD keeps only the measures naming it.
///
/// Prints the median and the min-max over repeated runs, plus what was indexed, so the figure
/// can be checked against the goal (seeds: well under 20 ms) and compared between commits.
let arguments = CommandLine.arguments.dropFirst()
let folder = arguments.first ?? "seeds"
let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 21
/// Only the measures whose label holds this word ("search"), when given: a large corpus takes long.
let only = arguments.dropFirst(2).first

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

var times: [Double] = []
var corpus: Corpus?
do {
    for _ in 0..<runs {
        let start = ContinuousClock.now
        corpus = try CorpusLoader.load(folder: folder)
        times.append(milliseconds(ContinuousClock.now - start))
    }
} catch {
    FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
    exit(2)
}
times.sort()
let c = corpus!
let bytes = c.documents.reduce(0) { total, d in
    total + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + d.file)[.size] as? Int) ?? 0)
}
let citations = c.documents.reduce(0) { $0 + $1.citations.count }
let notes = c.documents.reduce(0) { $0 + $1.notes.count }
print("corpus: \(folder) (\(c.documents.count) documents, \(bytes) bytes; \(notes) notes, \(citations) citations)")
print(String(format: "load and index: median %.2f ms (min %.2f, max %.2f) over %d runs", times[times.count / 2], times.first!, times.last!, runs))

/// Times `body` over the runs and prints the median with min and max.
func measure(_ label: String, _ body: () -> Void) {
    measure(label, setUp: {}) { _ in body() }
}

/// Times `body` over the runs, each on a fresh value made by `setUp` outside the timing, and prints
/// the median with min and max.
func measure<T>(_ label: String, setUp: () -> T, _ body: (inout T) -> Void) {
    if let only, !label.contains(only) { return }
    var samples: [Double] = []
    for _ in 0..<runs {
        var value = setUp()
        let start = ContinuousClock.now
        body(&value)
        samples.append(milliseconds(ContinuousClock.now - start))
    }
    samples.sort()
    print(String(format: "%@: median %.2f ms (min %.2f, max %.2f)", label, samples[samples.count / 2], samples.first!, samples.last!))
}

// The reader's first screen after loading: the default panes laid out and drawn into a grid.
for (columns, rows) in [(80, 24), (200, 60)] {
    measure("first screen \(columns)x\(rows) (layout + render)") {
        let session = ReaderSession(corpus: c, openings: ReaderSession.defaultOpenings(in: c), columns: columns, rows: rows)
        _ = session.render()
    }
}
// One line scroll on a warm layout: what a key press costs before curses.
var session = ReaderSession(corpus: c, openings: ReaderSession.defaultOpenings(in: c), columns: 80, rows: 24)
_ = session.render()
measure("line scroll 80x24 (handle + render)") {
    session.send(.key(.character("j")))
    _ = session.render()
}

// A pathological input: one 1 MB line of prose with a marker every few words (OCR gone wrong).
let words = ["alpha", "beta", "Sato", "Molotov", "intercept", "H-197715", "note¹", "²", "the", "of", "and", "Лозовский"]
var line = ""
var seed: UInt64 = 1
while line.utf8.count < 1_000_000 {
    seed = seed &* 6364136223846793005 &+ 1442695040888963407
    line += words[Int(seed >> 33) % words.count] + " "
}
let huge = CorpusLoader.load(texts: [("huge.txt", Array((line + "\n").utf8))])
measure("one 1 MB line: first screen 100x30 (layout + render)") {
    _ = ReaderSession(corpus: huge, openings: [.init(document: 0)], columns: 100, rows: 30).render()
}

// Footnote lookup and cross-references: each is a lookup in indexes built at load, not a scan.
// Measured on the seeds' thesis at chapter V note 27 ("SRH-078, p. 4"), beside SRH-078; each
// sample starts from a copy of the same session (a value), so the work is the action alone.
if let thesis = c.documents.firstIndex(where: { $0.metadata.kind == .thesis }),
   let marker = c.documents[thesis].markers.firstIndex(where: { m in
       m.note.map { n in c.documents[thesis].notes[n].citations.contains { c.target(of: c.documents[thesis].citations[$0])?.page != nil } } ?? false
   }) {
    let line = c.documents[thesis].markers[marker].line
    var atMarker = ReaderSession(corpus: c, openings: [.init(document: thesis, line: line), .init(document: ReaderSession.defaultOpenings(in: c).last!.document)],
                                 columns: 100, rows: 30)
    for _ in 0..<40 where atMarker.state.focusedPane.selection != .marker(marker) { atMarker.send(.key(.character("]"))) }
    _ = atMarker.render()
    /// Times one key on copies of `session` and returns the session after it.
    func measureKey(_ label: String, _ key: Key, from session: ReaderSession) -> ReaderSession {
        measure(label) {
            var copy = session
            copy.send(.key(key))
            _ = copy.render()
        }
        var after = session
        after.send(.key(key))
        _ = after.render()
        return after
    }
    let inNote = measureKey("open a note (Enter on a marker, handle + render)", .enter, from: atMarker)
    let followed = measureKey("follow a citation to its page (Enter in the note, handle + render)", .enter, from: inNote)
    _ = measureKey("go back (Ctrl-O, handle + render)", .control("o"), from: followed)
}
if let busiest = c.citationsByID.max(by: { $0.value.count < $1.value.count })?.key {
    measure("card of the most cited id (\(busiest), lookup)") { _ = c.citedItem(busiest) }
}

// Search: every hit of a query in every document, placed (page, line, column, snippet); a rare name
// folded for case, an accented one folded both ways, and a common name kept in its case.
for text in ["lozovsky", "Shôwa", "Sato"] {
    guard let query = SearchQuery(text) else { continue }
    let hits = c.search(query).count
    measure("search \"\(text)\" (\(hits) hits in \(c.documents.count) documents)") { _ = c.search(query) }
}

// The personography: the actor index every load builds (over the loaded documents, as Corpus
// does), the registry file read, and the whole load with and without that file.
let mentions = c.actors.mentions.reduce(0) { $0 + $1.count }
measure("actor index (\(c.actors.actors.count) actors, \(mentions) mentions in \(c.documents.count) documents)") {
    _ = ActorIndex(registry: c.actors.registry, documents: c.documents) { c.document(named: $0) }
}
// Without a registry file the index is still built (empty): its cost then.
measure("actor index, empty registry (as without \(ActorRegistry.fileName))") {
    _ = ActorIndex(registry: ActorRegistry(), documents: c.documents) { c.document(named: $0) }
}
measure("read \(ActorRegistry.fileName) (parse)") { _ = ActorRegistry.load(folder: folder) }
// The whole load with and without the registry, one after the other: the second reads a temporary
// folder linking every file of the corpus but actors.toml.
let withoutRegistry = NSTemporaryDirectory() + "dossier-bench-\(ProcessInfo.processInfo.processIdentifier)"
if (try? FileManager.default.createDirectory(atPath: withoutRegistry, withIntermediateDirectories: true)) != nil,
   let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
    let source = URL(fileURLWithPath: folder).standardizedFileURL
    for name in names where name != ActorRegistry.fileName {
        try? FileManager.default.createSymbolicLink(atPath: withoutRegistry + "/" + name,
                                                    withDestinationPath: source.appendingPathComponent(name).path)
    }
    measure("load and index with \(ActorRegistry.fileName)") { _ = try? CorpusLoader.load(folder: folder) }
    measure("load and index without \(ActorRegistry.fileName)") { _ = try? CorpusLoader.load(folder: withoutRegistry) }
    try? FileManager.default.removeItem(atPath: withoutRegistry)
}
// The actor filter: Sato and Lozovsky chosen in the picker with the thesis and both summaries open
// side by side (200x60); Enter lays every pane out again with only the passages naming them. "cold"
// samples start from a fresh session (its own layout memo, unfiltered panes drawn, the picker filled
// in, all untimed), so the timing includes laying the filtered documents out; "warm" ones repeat the
// key on copies of one session, whose shared memo already holds those layouts.
if let thesis = c.document(named: "002"), let first = c.document(named: "SRH-078"), let second = c.document(named: "SRH-086"),
   c.actors.actor(named: "sato") != nil, c.actors.actor(named: "lozovsky") != nil {
    /// Feeds a key script in `dossier screen --keys` notation and draws the screen.
    func type(_ keys: String, into session: inout ReaderSession) {
        _ = session.send(try! KeyNotation.parse(keys))
        _ = session.render()
    }
    /// A fresh session (its own layout memo) with the three documents drawn and Sato and Lozovsky
    /// chosen in the open picker, waiting for Enter.
    func threePanes() -> ReaderSession {
        var session = ReaderSession(corpus: c, openings: [.init(document: thesis), .init(document: first), .init(document: second)],
                                    columns: 200, rows: 60)
        _ = session.render()
        type("asato<Space><C-u>lozovsky<Space>", into: &session)
        return session
    }
    let picked = threePanes()
    var filtered = picked
    type("<Enter>", into: &filtered)
    if filtered.state.actorFilter.actors.count == 2 {
        // Warm the memo shared by every copy of `filtered` with the all-of layouts too.
        var warmed = filtered
        type("&", into: &warmed)
        let shown = "Sato | Lozovsky, 3 panes 200x60"
        measure("actor filter (\(shown)): apply, cold (Enter: filter + lay out + render)", setUp: { threePanes() }) {
            type("<Enter>", into: &$0)
        }
        measure("actor filter (\(shown)): apply, warm (Enter, layouts in the memo)", setUp: { picked }) { type("<Enter>", into: &$0) }
        measure("actor filter (\(shown)): any/all, cold (&: filter + lay out + render)", setUp: { () -> ReaderSession in
            var session = threePanes()
            type("<Enter>", into: &session)
            return session
        }) { type("&", into: &$0) }
        measure("actor filter (\(shown)): any/all, warm (&, layouts in the memo)", setUp: { filtered }) { type("&", into: &$0) }
        measure("actor filter (\(shown)): clear (A: every passage again + render)", setUp: { filtered }) { type("A", into: &$0) }
    } else {
        print("actor filter: Sato and Lozovsky not both chosen by the picker keys; not measured")
    }
}

// Searching in the reader: one more letter typed at `/` (every pane's matches found, highlighted and counted,
// the view moved, the screen drawn), and `n`, on the thesis and SRH-078 side by side at 200x60. Cold: a fresh
// memo, so each pane is laid out again with the new matches, as when typing.
if let thesis = c.document(named: "002"), let summary = c.document(named: "SRH-078") {
    func session() -> ReaderSession {
        var s = ReaderSession(corpus: c, openings: [.init(document: thesis), .init(document: summary)], columns: 200, rows: 60)
        _ = s.send(try! KeyNotation.parse("/sat"))
        _ = s.render()
        return s
    }
    measure("search as typed: one more letter at / (\"sat\" → \"sato\", 2 panes 200x60, cold)", setUp: { session() }) {
        _ = $0.send(try! KeyNotation.parse("o"))
        _ = $0.render()
    }
    var kept = session()
    _ = kept.send(try! KeyNotation.parse("o<Enter>"))
    measure("search: n to the next match (handle + render, 2 panes 200x60)", setUp: { kept }) {
        _ = $0.send(try! KeyNotation.parse("n"))
        _ = $0.render()
    }
}
