import Corpus
import ReaderCore
import TerminalCore
import Testing

/// `/`, `n`/`N`, Esc and `S` on the seeds: matches highlighted as one types, the view on the nearest, a counter,
/// wrapping with a message, the start restored on Esc, and a results pane over every document.
@Suite struct ReaderSearchTests {
    /// The cells of pane 0's reading area drawn in `role`'s style, as text per row (for "which words are highlighted").
    static func highlighted(_ r: Reader, _ role: Role, pane: Int = 0) -> [String] {
        let frame = r.state.screen.panes[pane].text
        let style = r.session.theme.style(role)
        let g = r.grid
        var words: [String] = []
        for row in frame.y..<frame.maxY {
            var run = ""
            for column in frame.x..<frame.maxX where !g[column, row].isContinuation {
                if g[column, row].style == style { run.append(g[column, row].character) } else if !run.isEmpty { words.append(run); run = "" }
            }
            if !run.isEmpty { words.append(run) }
        }
        return words
    }

    @Test func typingHighlightsEveryMatchAndMovesToTheFirstBelowTheStart() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/togo")
        guard case .prompt = r.state.mode else { Issue.record("no prompt open"); return }
        #expect(r.messageRow.hasPrefix("/togo"))
        let matches = r.layout(0).matches
        #expect(matches.count >= 5)
        // The view moved to show the first match, which is the current one, counted in the status row.
        #expect(r.state.panes[0].currentMatch == matches[0].match)
        #expect(r.statusRow(0).contains("/ 1/\(matches.count)"))
        let words = Self.highlighted(r, .currentMatch) + Self.highlighted(r, .match)
        #expect(!words.isEmpty && words.allSatisfy { $0.lowercased() == "togo" }, "\(words)")
    }

    @Test func enterKeepsTheSearchAndEscReturnsToTheStart() {
        var kept = Reader(100, 30, documents: [("SRH-078", nil)])
        kept.type("/molotov<Enter>")
        #expect(kept.state.mode == .reading)
        #expect(kept.state.search == "molotov")
        #expect(kept.state.searchHistory == ["molotov"])
        #expect(kept.state.panes[0].anchor != .top)
        // The move was a jump: Ctrl-O returns to the top.
        kept.type("<C-o>")
        #expect(kept.state.panes[0].anchor == .top)

        var cancelled = Reader(100, 30, documents: [("SRH-078", nil)])
        cancelled.type("/molotov<Esc>")
        #expect(cancelled.state.mode == .reading)
        #expect(cancelled.state.search == nil)
        #expect(cancelled.state.panes[0].anchor == .top)
        #expect(Self.highlighted(cancelled, .match).isEmpty)
    }

    @Test func nAndNStepThroughMatchesAndWrapWithAMessage() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/togo<Enter>")
        let matches = r.layout(0).matches.map(\.match)
        for k in 1..<matches.count {
            r.type("n")
            #expect(r.state.panes[0].currentMatch == matches[k])
            #expect(r.statusRow(0).contains("/ \(k + 1)/\(matches.count)"))
        }
        r.type("n")
        #expect(r.state.panes[0].currentMatch == matches[0])
        #expect(r.messageRow.contains("continued at the top"))
        r.type("N")
        #expect(r.state.panes[0].currentMatch == matches.last)
        #expect(r.messageRow.contains("continued at the end"))
        // The current match is always on screen.
        let line = r.layout(0).matches.last!.line
        #expect((r.topLine(0)..<(r.topLine(0) + r.state.screen.panes[0].text.height)).contains(line))
    }

    @Test func smartCaseAccentsAndLineEnds() {
        let doc = Seeds.corpus.documents[Seeds.index("SRH-078")]
        let lower = doc.matches(of: SearchQuery("togo")!).count
        let upper = doc.matches(of: SearchQuery("Togo")!).count
        let shouting = doc.matches(of: SearchQuery("TOGO")!).count
        #expect(lower >= upper && upper > 0)
        #expect(lower == upper + shouting || shouting == 0)
        // A phrase wrapped across source lines is one match in the reader too.
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/foreign minister togo<Enter>")
        #expect(!r.layout(0).matches.isEmpty)
    }

    @Test func highlightsSurviveAResize() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/sato<Enter>nn")
        let current = r.state.panes[0].currentMatch
        r.type("<Resize:60x20>")
        #expect(r.state.panes[0].currentMatch == current)
        #expect(Self.highlighted(r, .currentMatch).joined().lowercased().hasPrefix("sat"))
        #expect(!r.layout(0).matches.isEmpty)
        r.type("<Resize:140x40>")
        #expect(Self.highlighted(r, .currentMatch).joined().lowercased() == "sato")
    }

    @Test func escInReadingClearsTheHighlightAndNBringsItBack() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/sato<Enter><Esc>")
        #expect(r.state.search == nil)
        #expect(Self.highlighted(r, .match).isEmpty && Self.highlighted(r, .currentMatch).isEmpty)
        r.type("n")
        #expect(r.state.search == "sato")
        #expect(r.state.panes[0].currentMatch != nil)
    }

    @Test func noMatchSaysSoAndSaysWhereTheOthersAre() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/zzyzx<Enter>")
        #expect(r.messageRow.contains("no match for \"zzyzx\""))
        #expect(r.statusRow(0).contains("/ no match"))
    }

    @Test func searchWorksInsideAFilteredView() {
        // Under a filter on Lozovsky, "molotov" is only found in passages shown; the rest are counted as hidden.
        var r = Reader(120, 30, documents: [("SRH-086", nil)])
        r.type(":filter Lozovsky<Enter>/molotov<Enter>")
        let layout = r.layout(0)
        #expect(layout.matchesHidden > 0)
        let shown = layout.shownBlocks
        #expect(layout.matches.allSatisfy { shown.contains($0.match.block) })
        #expect(r.statusRow(0).contains("hidden"))
        if !layout.matches.isEmpty { #expect(r.state.panes[0].currentMatch != nil) }
    }

    @Test func searchEverywhereOpensAResultsPaneGroupedByDocument() {
        var r = Reader(120, 40, documents: [("002", nil), ("SRH-078", nil)])
        r.type("Slozovsk<Enter>")
        #expect(r.state.panes[0].content == .searchResults("lozovsk"))
        let text = r.paneText(0)
        // The thesis's Lozovskii and the book's Lozovskiy are both found.
        #expect(text.contains("Lozovskii"))
        #expect(text.contains("Blevins"))
        var all = Reader(120, 80, documents: [("002", nil)])
        all.type("Slozovsk<Enter>")
        #expect(all.paneText(0).contains("Slavinsky"))
        #expect(all.paneText(0).contains("Lozovskiy"))
        // Enter jumps to the passage, in the jump list; the search stays highlighted there.
        r.type("<Enter>")
        guard let d = r.state.panes[0].document else { Issue.record("Enter did not open a document"); return }
        #expect(r.state.search == "lozovsk")
        #expect(!r.layout(0).matches.isEmpty)
        #expect(Seeds.corpus.documents[d].matches(of: SearchQuery("lozovsk")!).count > 0)
        r.type("<C-o>")
        #expect(r.state.panes[0].content == .searchResults("lozovsk"))
    }

    @Test func historyRecallsEarlierSearches() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/sato<Enter>/molotov<Enter>/<Up>")
        guard case .prompt(let prompt) = r.state.mode else { Issue.record("no prompt"); return }
        #expect(prompt.editor.text == "molotov")
        r.type("<Up>")
        guard case .prompt(let older) = r.state.mode else { return }
        #expect(older.editor.text == "sato")
        r.type("<Enter>")
        #expect(r.state.searchHistory == ["molotov", "sato"])
    }

    @Test func anEmptySearchRepeatsTheLastOne() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/molotov<Enter><Esc>")
        #expect(r.state.search == nil)
        r.type("/<Enter>")
        #expect(r.state.search == "molotov")
        #expect(r.state.panes[0].currentMatch != nil)
    }

    @Test func aMatchInANoteOpensTheNoteAtItsMarkerWithTheCitedItemSelected() {
        // The intercept numbers of the summaries stand in their notes: H-197715 (printed E-197715) in note 4 of SRH-086.
        var r = Reader(100, 30, documents: [("SRH-086", nil)])
        r.type("/197715<Enter>")
        let pane = r.state.panes[0]
        guard case .marker(let m)? = pane.strip?.subject else { Issue.record("no note opened: \(r.text)"); return }
        let document = Seeds.corpus.documents[Seeds.index("SRH-086")]
        #expect(document.notes[document.markers[m].note!].label == "4")
        #expect(pane.selection == .marker(m))
        #expect(r.statusRow(0).contains("/ 1/1"))
        #expect(r.text.contains("→ 1/3  H-197715"))
        // The match is highlighted in the strip.
        let style = r.session.theme.style(.currentMatch)
        let g = r.grid
        let highlighted = (0..<g.height).flatMap { y in (0..<g.width).filter { g[$0, y].style == style }.map { String(g[$0, y].character) } }.joined()
        #expect(highlighted == "197715")
        // Enter follows what was searched for: its card.
        r.type("<Enter>")
        #expect(r.state.panes.contains { $0.content == .card("H-197715") })
    }

    @Test func steppingFromANoteBackToTheTextClosesTheNoteSearchOpened() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("/togo<Enter>")
        let layout = r.layout(0)
        guard let k = layout.matches.firstIndex(where: { $0.marker != nil }), k + 1 < layout.matches.count,
              layout.matches[k + 1].marker == nil else { return }
        for _ in 0..<k { r.type("n") }
        #expect(r.state.panes[0].strip != nil)
        r.type("n")
        #expect(r.state.panes[0].strip == nil)
    }

    @Test func aMatchOnARouteSelectsTheItemItBelongsTo() {
        // "Moscow-Tokyo" is the route printed after an intercept number: Enter must follow that intercept.
        var r = Reader(90, 24, documents: [("SRH-078", nil)])
        r.type("/moscow-tokyo<Enter>")
        for _ in 0..<3 {
            guard let strip = r.state.panes[0].strip, case .marker(let m) = strip.subject else { Issue.record("no note open"); return }
            let document = Seeds.corpus.documents[Seeds.index("SRH-078")]
            let items = document.notes[document.markers[m].note!].citations.map { document.citations[$0] }
            let match = r.state.panes[0].currentMatch!
            let selected = items[strip.selection]
            #expect(selected.start <= match.start, "the selected item is printed before the route")
            #expect(!items.contains { $0.start > selected.start && $0.start <= match.start && $0.block == match.block },
                    "no other item stands between the selected one and the match")
            r.type("n")
        }
    }

    @Test func namesAndCitationsInsideAMatchStayLinks() {
        // ")" selects the name inside the highlighted match, as it does without a search.
        var plain = Reader(80, 24, documents: [("SRH-078", nil)])
        plain.type("/ambassador sato<Enter><Esc>)")
        var searched = Reader(80, 24, documents: [("SRH-078", nil)])
        searched.type("/ambassador sato<Enter>)")
        #expect(searched.state.panes[0].selection != nil)
        #expect(searched.state.panes[0].selection == plain.state.panes[0].selection)
    }

    @Test func escAtTheSearchPromptGivesBackTheCurrentMatch() {
        var r = Reader(80, 24, documents: [("SRH-078", nil)])
        r.type("/sato<Enter>nnnnnnn")
        let current = r.state.panes[0].currentMatch
        let counter = r.statusRow(0)
        r.type("/x<Esc>")
        #expect(r.state.panes[0].currentMatch == current)
        #expect(r.statusRow(0) == counter)
    }

    @Test func matchesInTablesAreHighlightedAndStampsAreNotSearched() {
        var r = Reader(100, 30, documents: [("002", nil)])
        r.type("/Soviet Far Eastern Army<Enter>")
        #expect(Self.highlighted(r, .currentMatch).joined(separator: " ").contains("Soviet Far Eastern Army"))
        var stamps = Reader(100, 30, documents: [("SRH-078", nil)])
        stamps.type("z/SECRET<Enter>")
        #expect(stamps.layout(0).matches.isEmpty)
        #expect(Seeds.corpus.documents[Seeds.index("SRH-078")].matches(of: SearchQuery("SECRET")!).count > 0)
    }
}
