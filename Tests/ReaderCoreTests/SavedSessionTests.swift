import Corpus
import Foundation
import ReaderCore
import TerminalCore
import Testing

/// The reader's state saved between runs: state → `SavedSession` → JSON and back, and a hostile or stale file
/// checked against the corpus so that what no longer fits is dropped and nothing traps.
@Suite struct SavedSessionTests {
    private func hash(_ d: Int) -> String { Seeds.corpus.documents[d].contentHash }

    private func actor(_ name: String) -> Int {
        guard let a = Seeds.corpus.actors.actor(named: name) else { fatalError("no actor \(name) in the seeds") }
        return a
    }

    /// State → JSON (as the state file holds it) → a saved session.
    private func throughJSON(_ saved: SavedSession) throws -> SavedSession {
        try JSONDecoder().decode(SavedSession.self, from: JSONEncoder().encode(saved))
    }

    /// A line anchor of the seeds that is not the top: where two pages down in a fresh pane lands.
    private func anchorTwoPagesDown(_ document: String) -> Anchor {
        var r = Reader(80, 24, documents: [(document, nil)])
        r.type("<PgDn><PgDn>")
        return r.state.panes[0].anchor
    }

    @Test func roundTripKeepsPanesFocusMarksPositionsHistoriesAndFilter() throws {
        var a = Reader(120, 30)
        // Marks, last positions and histories are filled by other features; here they come in as a saved session would.
        let memory = SavedSession(panes: [], positions: [hash(Seeds.oss): anchorTwoPagesDown("003")],
                                  marks: ["a": SavedMark(document: hash(Seeds.srh086), anchor: anchorTwoPagesDown("SRH-086")),
                                          "q": SavedMark(document: hash(Seeds.thesis), anchor: .top)],
                                  searchHistory: ["Sato", "Lozovsky"], commandHistory: ["open 003", "set wrap"])
        #expect(a.session.restore(memory, layout: false) == 0)
        a.type("s086<Enter><PgDn><PgDn>>>z<Tab><PgDn>")
        a.session.applyActorFilter(ActorFilter(actors: [actor("sato"), actor("lozovsky")], requiresAll: true))
        let before = a.state
        #expect(before.panes.count == 3)
        #expect(before.panes.map(\.weight) != [100, 100, 100], "> changed the weights")
        #expect(before.panes[1].furniture)
        #expect(before.focus == 2)

        let saved = try throughJSON(before.saved(in: Seeds.corpus))
        #expect(saved == before.saved(in: Seeds.corpus))
        var b = Reader(120, 30)
        #expect(b.session.restore(saved) == 0)
        let after = b.state
        #expect(after.panes.map(\.content) == before.panes.map(\.content))
        #expect(after.panes.map(\.anchor) == before.panes.map(\.anchor))
        #expect(after.panes.map(\.weight) == before.panes.map(\.weight))
        #expect(after.panes.map(\.furniture) == before.panes.map(\.furniture))
        #expect(after.focus == before.focus)
        #expect(after.marks == before.marks)
        #expect(after.marks.count == 2)
        #expect(after.lastPositions == before.lastPositions)
        // The saved position of the OSS study, and where each open document was read, kept after every key.
        #expect(after.lastPositions[Seeds.oss] == anchorTwoPagesDown("003"))
        #expect(Set(after.lastPositions.keys) == Set(before.panes.compactMap(\.document)).union([Seeds.oss]))
        #expect(after.searchHistory == ["Sato", "Lozovsky"])
        #expect(after.commandHistory == ["open 003", "set wrap"])
        #expect(after.actorFilter == before.actorFilter)
        #expect(b.rows.dropLast() == a.rows.dropLast(), "the same screen but the message row")
    }

    @Test func cardsTheIndexAndActorCardsComeBack() throws {
        let saved = SavedSession(panes: [SavedPane(shows: .card, ref: "H-197715", anchor: Anchor(block: 3, offset: 0)),
                                         SavedPane(shows: .index, ref: nil),
                                         SavedPane(shows: .actor, ref: "lozovsky", anchor: Anchor(block: 2, offset: 0))],
                                 focus: 2)
        var r = Reader(120, 30)
        #expect(r.session.restore(try throughJSON(saved)) == 0)
        #expect(r.state.panes.map(\.content) == [.card("H-197715"), .citationIndex, .actorCard(actor("lozovsky"))])
        #expect(r.state.panes[0].anchor == Anchor(block: 3, offset: 0))
        #expect(r.state.focus == 2)
        #expect(r.state.saved(in: Seeds.corpus) == saved)
    }

    @Test func aSearchResultsPaneComesBackAndAHostileOneDoesNot() throws {
        var r = Reader(120, 30, documents: [("002", nil), ("SRH-078", nil)])
        r.type("Slozovsk<Enter>")
        let saved = r.state.saved(in: Seeds.corpus)
        #expect(saved.panes[0] == SavedPane(shows: .search, ref: "lozovsk", anchor: r.state.panes[0].anchor))
        var back = Reader(120, 30)
        #expect(back.session.restore(try throughJSON(saved)) == 0)
        #expect(back.state.panes[0].content == .searchResults("lozovsk"))
        let hostile = SavedSession(panes: [SavedPane(shows: .search, ref: "\u{1B}]52;c;evil\u{07}"), SavedPane(shows: .search, ref: "  ")])
        var guarded = Reader(120, 30)
        #expect(guarded.session.restore(hostile) == 2)
    }

    @Test func positionsTakenByAnotherReadingModelAreNotTrusted() throws {
        var r = Reader(120, 30, documents: [("SRH-078", 6)])
        r.type("ma")
        var saved = r.state.saved(in: Seeds.corpus)
        #expect(saved.model == Corpus.modelVersion)
        saved.model = Corpus.modelVersion + 1
        var back = Reader(120, 30)
        #expect(back.session.restore(try throughJSON(saved)) > 0)
        #expect(back.state.panes.map(\.content) == [.document(Seeds.index("SRH-078"))])
        #expect(back.state.panes[0].anchor == .top)
        #expect(back.state.marks.isEmpty)
        // A file written before the model had a number is of the first.
        let old = try JSONDecoder().decode(SavedSession.self, from: Data(#"{"version": 1}"#.utf8))
        #expect(old.model == 1)
    }

    @Test func withDocumentsNamedTheLayoutStaysButTheRestIsRestored() {
        let saved = SavedSession(panes: [SavedPane(shows: .document, ref: hash(Seeds.book))],
                                 positions: [hash(Seeds.book): anchorTwoPagesDown("004")],
                                 searchHistory: ["Kase"], actorFilter: SavedActorFilter(actors: ["sato"]))
        var r = Reader(80, 24, documents: [("SRH-086", nil)])
        r.session.restore(saved, layout: false, filter: false)
        #expect(r.state.panes.map(\.document) == [Seeds.srh086])
        #expect(r.state.lastPositions.keys.sorted() == [Seeds.book])
        #expect(r.state.searchHistory == ["Kase"])
        #expect(!r.state.actorFilter.isOn, "--actor given (or none wanted) keeps the saved filter out")
    }

    @Test func aChangedDocumentDropsWhatPointedIntoIt() {
        let text = Array("Title\n\nFirst paragraph.\n\nSecond paragraph, long enough to hold an offset of twenty.\n".utf8)
        let edited = Array("Title\n\nFirst paragraph, edited.\n\nSecond paragraph, long enough to hold an offset of twenty.\n".utf8)
        let old = CorpusLoader.load(texts: [("a.txt", text), ("b.txt", Array("Other\n\nText.\n".utf8))])
        let new = CorpusLoader.load(texts: [("a.txt", edited), ("b.txt", Array("Other\n\nText.\n".utf8))])
        #expect(old.documents[0].contentHash != new.documents[0].contentHash)
        #expect(old.documents[1].contentHash == new.documents[1].contentHash)
        let place = Anchor(block: 2, offset: 20)
        let saved = SavedSession(panes: [SavedPane(shows: .document, ref: old.documents[0].contentHash, anchor: place),
                                         SavedPane(shows: .document, ref: old.documents[1].contentHash)],
                                 positions: [old.documents[0].contentHash: place, old.documents[1].contentHash: .top],
                                 marks: ["m": SavedMark(document: old.documents[0].contentHash, anchor: place)])

        var same = ReaderSession(corpus: old, openings: [.init(document: 1)], columns: 80, rows: 24)
        #expect(same.restore(saved) == 0)
        #expect(same.state.panes.map(\.document) == [0, 1])
        #expect(same.state.panes[0].anchor == place)

        var changed = ReaderSession(corpus: new, openings: [.init(document: 1)], columns: 80, rows: 24)
        #expect(changed.restore(saved) == 3, "the pane, the position and the mark in the edited file")
        #expect(changed.state.panes.map(\.document) == [1])
        #expect(changed.state.lastPositions == [1: .top])
        #expect(changed.state.marks.isEmpty)
        #expect(ReaderSession.droppedNotice(3) == "3 saved places no longer match the corpus")
        #expect(ReaderSession.droppedNotice(0) == nil)
    }

    @Test func hostileValuesAreDroppedOrMendedAndNothingTraps() {
        let thesis = hash(Seeds.thesis), summary = hash(Seeds.srh078)
        let blocks = Seeds.corpus.documents[Seeds.thesis].blocks.count
        let panes = [  // nine
            SavedPane(shows: .document, ref: thesis, anchor: Anchor(block: blocks + 5, offset: 0), weight: 0),
            SavedPane(shows: .document, ref: "ffffffffffffffff"),
            SavedPane(shows: .document, ref: nil),
            SavedPane(shows: .document, ref: summary, anchor: Anchor(block: 3, offset: 1 << 40), weight: Int.max),
            SavedPane(shows: .card, ref: "no such id 123"),
            SavedPane(shows: .actor, ref: "nobody"),
            SavedPane(shows: .index, ref: nil, anchor: Anchor(block: -7, offset: 3), weight: -5),
            SavedPane(shows: .document, ref: "eeeeeeeeeeeeeeee"),
            SavedPane(shows: .index, ref: nil, anchor: Anchor(block: 40, offset: 0)),
            SavedPane(shows: .document, ref: hash(Seeds.book)),
        ]
        var history = (0..<5_000).map { "search \($0)" }
        history += ["\u{1B}[31mred\u{9B}", "", String(repeating: "y", count: 50_000), "search 4999"]
        var saved = SavedSession(
            panes: panes, focus: 7,
            positions: [thesis: Anchor(block: -2, offset: 4), summary: Anchor(block: 0, offset: -4), "zz": .top,
                        hash(Seeds.oss): Anchor(block: Int.min, offset: Int.max)],
            marks: ["1": SavedMark(document: thesis, anchor: .top), "ab": SavedMark(document: thesis, anchor: .top),
                    "A": SavedMark(document: thesis, anchor: .top), "é": SavedMark(document: thesis, anchor: .top),
                    "": SavedMark(document: thesis, anchor: .top), "k": SavedMark(document: "gone", anchor: .top),
                    "b": SavedMark(document: summary, anchor: Anchor(block: 2, offset: 0))],
            actorFilter: SavedActorFilter(actors: ["nobody", "sato", "sato"], requiresAll: true))
        // As a file holds them: the initialiser's cap does not apply to what is read.
        saved.searchHistory = history
        saved.commandHistory = history

        var r = Reader(100, 30)
        let dropped = r.session.restore(saved)
        #expect(dropped > 0)
        let state = r.state
        // The first four that resolve: the thesis (line out of range: its top), the summary (offset out of range: its
        // top) and both indexes; the book, tenth, finds no room.
        #expect(state.panes.map(\.content) == [.document(Seeds.thesis), .document(Seeds.srh078), .citationIndex, .citationIndex])
        #expect(state.panes.map(\.anchor) == [.top, .top, .top, Anchor(block: 40, offset: 0)])
        #expect(state.panes.map(\.weight) == [Pane.defaultWeight, SavedSession.weightLimit, Pane.defaultWeight, Pane.defaultWeight])
        #expect(state.focus == 0, "focus 7 names a pane that did not resolve")
        #expect(state.marks.keys.sorted() == ["b"])
        #expect(state.lastPositions.isEmpty)
        // The newest hundred, without repeats (the later "search 4999" kept), controls as placeholders, the empty and
        // the huge entry gone.
        #expect(state.searchHistory.count == SavedSession.historyLimit)
        #expect(state.searchHistory.suffix(3) == ["search 4998", "␛[31mred\u{FFFD}", "search 4999"])
        #expect(state.commandHistory == state.searchHistory)
        #expect(state.actorFilter == ActorFilter(actors: [actor("sato")], requiresAll: true))
        // And the reader works on: it draws, scrolls and resizes.
        #expect(!r.rows.isEmpty)
        r.type("<PgDn><Tab><PgDn>G<C-w>=")
        r.session.send(.resize(columns: 40, rows: 12))
        #expect(r.rows.count == 12)
    }

    @Test func aFileHoldingOnlyItsVersionIsAnEmptySession() throws {
        let saved = try JSONDecoder().decode(SavedSession.self, from: Data(#"{"version": 1}"#.utf8))
        #expect(saved == SavedSession(panes: []))
        var r = Reader()
        #expect(r.session.restore(saved) == 0)
        #expect(r.state.panes.map(\.document) == [Seeds.thesis, Seeds.srh078], "no pane saved: the default panes stay")
    }

    @Test func aFileWithoutAVersionDoesNotDecode() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SavedSession.self, from: Data(#"{"panes": []}"#.utf8))
        }
    }

    @Test func savingKeepsTheNewestHundredEntriesOfEachHistory() {
        let saved = SavedSession(panes: [], searchHistory: (0..<250).map(String.init))
        #expect(saved.searchHistory.count == SavedSession.historyLimit)
        #expect(saved.searchHistory.first == "150")
        #expect(saved.searchHistory.last == "249")
    }
}
