import Foundation
import Corpus
import ReaderCore
import TerminalCore
import Testing

/// The actor filter on the seeds: choosing people narrows every pane to their passages, names are
/// highlighted per person, notes and jumps keep working, and clearing it leaves the reader where it was.
@Suite struct ActorFilterTests {
    static func actor(_ name: String) -> Int { Seeds.corpus.actors.actor(named: name)! }
    static var sato: Int { actor("sato") }
    static var lozovsky: Int { actor("lozovsky") }

    /// The thesis and both summaries side by side.
    static func threePanes() -> Reader { Reader(160, 40, documents: [("002", nil), ("SRH-078", nil), ("SRH-086", nil)]) }

    /// The actors a block names, in its text or in the notes its markers open (what the filter looks at).
    static func named(_ block: Int, in d: Int) -> Set<Int> {
        let doc = Seeds.corpus.documents[d]
        var blocks = [block]
        for m in doc.blocks[block].markers { if let n = doc.markers[m].note { blocks.append(doc.notes[n].block) } }
        return Set(blocks.flatMap { Seeds.corpus.actors.mentions(in: d, block: $0).map(\.actor) })
    }

    /// Checks every reading block a pane shows: it names the chosen actors (`passes`), or it is a
    /// quotation, list item or quoted paragraph carried by a shown paragraph introducing it with a colon.
    static func expectShownPassagesPass(_ r: Reader, pane: Int, _ passes: (Set<Int>) -> Bool,
                                        sourceLocation: SourceLocation = #_sourceLocation) {
        let d = r.state.panes[pane].document!
        let doc = Seeds.corpus.documents[d]
        var carrying = false
        for b in shownBlocks(r, pane).sorted() where doc.blocks[b].isReadingText {
            let block = doc.blocks[b]
            let quoted = block.kind == .quotation || block.kind == .listItem || block.kind == .paragraph
            if passes(named(b, in: d)) {
                let text = block.text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "0123456789⁰¹²³⁴⁵⁶⁷⁸⁹*"))
                carrying = carrying && quoted || text.hasSuffix(":")
            } else {
                #expect(carrying && quoted, "pane \(pane) shows block \(b) (\(block.text.prefix(40))), which names no one chosen",
                        sourceLocation: sourceLocation)
            }
        }
    }

    /// The document blocks a pane's layout shows as text (not the "hidden" lines).
    static func shownBlocks(_ r: Reader, _ pane: Int) -> Set<Int> {
        Set(r.layout(pane).lines.filter { $0.anchor.block >= 0 && !$0.segments.contains { $0.role == .elided } && !$0.segments.isEmpty }
            .map(\.anchor.block))
    }

    @Test func twoPeopleNarrowEveryPaneToTheirPassages() {
        var r = Self.threePanes()
        r.type("asato<Space><C-u>lozovsky<Space><Enter>")
        #expect(r.state.actorFilter == ActorFilter(actors: [Self.sato, Self.lozovsky]))
        for pane in 0..<3 {
            let d = r.state.panes[pane].document!
            let layout = r.layout(pane)
            #expect(layout.passagesShown > 0 && layout.passagesHidden > 0, "pane \(pane)")
            #expect(Self.shownBlocks(r, pane).contains { !Self.named($0, in: d).isDisjoint(with: [Self.sato, Self.lozovsky]) })
            Self.expectShownPassagesPass(r, pane: pane) { !$0.isDisjoint(with: [Self.sato, Self.lozovsky]) }
            #expect(r.statusRow(pane).contains("⧩ Sato|Lozovsky"), "\(r.statusRow(pane))")
            #expect(r.statusRow(pane).contains("\(layout.passagesShown)/\(layout.passagesShown + layout.passagesHidden) shown"))
        }
        #expect(r.paneText(2).contains("passages hidden"))
        #expect(r.messageRow.hasPrefix("filter: any of Sato, Lozovsky"))
    }

    @Test func allOfKeepsOnlyPassagesNamingEveryoneChosen() {
        var r = Self.threePanes()
        r.type("asato<Space><C-u>lozovsky<Space><Enter>")
        let any = r.layout(2).passagesShown
        r.type("&")
        #expect(r.state.actorFilter.requiresAll)
        let all = r.layout(2).passagesShown
        #expect(all > 0 && all < any)
        Self.expectShownPassagesPass(r, pane: 2) { $0.isSuperset(of: [Self.sato, Self.lozovsky]) }
        #expect(r.statusRow(2).contains("Sato&Lozovsky"))
    }

    @Test func aTelegramIntroducedByAPassageComesWithIt() {
        // "On 21 July, Togo replied as follows:" and the two quoted paragraphs of his wire, which never name him.
        var r = Reader(100, 60, documents: [("SRH-086", nil)])
        r.type("atogo<Enter>")
        let text = r.layout(0).lines.map(\.text).joined(separator: " ")
        #expect(text.contains("On 21 July, Togo replied as follows:"))
        #expect(text.contains("\"Special Envoy Kenoye's mission will be in obedience"))
        #expect(text.contains("Please make the above representations to the Russians"))
        Self.expectShownPassagesPass(r, pane: 0) { $0.contains(Self.actor("togo")) }
    }

    @Test func eachChosenPersonHasTheirOwnHighlight() {
        var r = Self.threePanes()
        r.type("asato<Space><C-u>lozovsky<Space><Enter>")
        let segments = r.layout(2).lines.flatMap(\.segments)
        let sato = segments.filter { $0.text == "Sato" }, lozovsky = segments.filter { ["Lozovsky", "Loshvsky", "Loxovsky"].contains($0.text) }
        #expect(!sato.isEmpty && sato.allSatisfy { $0.role == .chosen1 })
        #expect(!lozovsky.isEmpty && lozovsky.allSatisfy { $0.role == .chosen2 })
        // Other people's names are plain text until chosen.
        #expect(segments.filter { $0.text == "Togo" }.allSatisfy { $0.role == .body })
        #expect(Theme.colour.style(.chosen1) != Theme.colour.style(.chosen2))
        #expect(Theme.monochrome.style(.chosen1).attributes.contains(.underline))
    }

    @Test func anySpellingFindsThePersonAndEscapeChangesNothing() {
        var r = Self.threePanes()
        r.type("aloxov")
        guard case .actors(let picker) = r.state.mode else { Issue.record("no actor picker"); return }
        let entries = ActorEntry.matching(picker.query, in: Seeds.corpus, openDocuments: [0, 1, 2])
        #expect(entries.first?.actor == Self.lozovsky)
        #expect(entries.first?.matchedForm == "Loxovsky")
        #expect(r.text.contains("Solomon Lozovsky (Loxovsky)"))
        r.type("<Space><Esc>")
        #expect(r.state.mode == .reading)
        #expect(!r.state.actorFilter.isOn)
        // Fuzzy: the letters in order.
        #expect(ActorEntry.matching("lzvsky", in: Seeds.corpus, openDocuments: []).first?.actor == Self.lozovsky)
    }

    @Test func enterWithNothingChosenTakesTheSelectedActorAlone() {
        var r = Self.threePanes()
        r.type("asato<Enter>")
        #expect(r.state.actorFilter.actors == [Self.sato])
        r.type("A")
        #expect(!r.state.actorFilter.isOn)
        #expect(r.layout(0).passagesHidden == 0)
    }

    @Test func clearingTheFilterLeavesEachPaneOnThePassageItWasReading() {
        var r = Self.threePanes()
        r.type("asato<Space><C-u>lozovsky<Space><Enter>")
        r.type("<Space><Space>jj")
        let before = r.paneLines(0).first { !$0.isEmpty && !$0.hasPrefix("⋯") && !$0.hasPrefix("─") }!
        let anchors = r.state.panes.map(\.anchor)
        r.type("A")
        #expect(r.state.panes.map(\.anchor) == anchors)
        #expect(r.paneLines(0).contains(before))
        #expect(!r.text.contains("passages hidden"))
        #expect(r.messageRow.hasPrefix("filter cleared"))
    }

    @Test func aFilterTurnedOnAndOffWithoutMovingReturnsExactlyWhereTheReaderWas() {
        var r = Reader(160, 40, documents: [("002", nil), ("SRH-078", 4), ("SRH-086", 2)])
        let anchors = r.state.panes.map(\.anchor)
        r.type("asato<Space><C-u>lozovsky<Space><Enter>")
        r.type("A")
        #expect(r.state.panes.map(\.anchor) == anchors)
    }

    @Test func afterMovingUnderTheFilterThePassageOnScreenStaysOnTopWhenItIsCleared() {
        var r = Self.threePanes()
        r.type("asato<Space><C-u>lozovsky<Space><Enter>")
        // One line down: the top is now the blank under "⋯ n passages hidden", the first passage just below.
        r.type("j")
        let passage = r.paneLines(0).first { !$0.isEmpty && !$0.hasPrefix("⋯") }!
        r.type("A")
        #expect(r.paneLines(0).first == passage)
    }

    @Test func notesOpenAndFollowInsideTheFilter() throws {
        var r = Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078", 160, 40)
        let marker = try #require(r.state.focusedPane.selection)
        r.type("asato<Enter>")
        #expect(r.state.actorFilter.actors == [Self.sato])
        // The marker's passage names Sato: still on screen and selected, its note opens.
        #expect(r.layout(0).linkIndex(of: marker) != nil)
        r.type("<Enter>")
        #expect(r.state.panes[0].strip != nil)
        // Following it opens SRH-078 p. 4: Sato's 9 May message, and the list of Soviet demands it introduces.
        r.type("<Enter>")
        #expect(r.state.focus == 1)
        #expect(r.paneText(1).contains("In a gloomy message from Moscow on 9 May, Ambassador Sato"))
        #expect(r.paneText(1).contains("Return to Russia of South Sakhalin"))
        #expect(r.statusRow(1).contains("⧩ Sato"))
        // Back returns to the note, still under the filter.
        r.type("<C-o>")
        #expect(r.state.focus == 0)
        #expect(r.state.panes[0].strip != nil)
        #expect(r.state.actorFilter.actors == [Self.sato])
    }

    @Test func cardsListOnlyThePlacesAboutTheChosenPeople() {
        var r = Reader(100, 40, documents: [("SRH-086", nil)])
        r.type("alozovsky<Enter>iSRS-1189<Enter>")
        #expect(r.state.focusedPane.content == .card("SRS-1189"))
        let text = r.paneText(0)
        #expect(text.contains("6 citing places"))
        #expect(text.contains("⋯ 2 hidden: only those about Lozovsky are listed"))
        #expect(text.contains("Soviet Vice Commissar Lozovskii and Japan's Ambassador Sato"))
        #expect(r.statusRow(0).contains("⧩ Lozovsky"))
        #expect(r.statusRow(0).contains("4 of 6 citing places"))
        let headings = r.layout(0).lines.map(\.text).filter { $0.hasPrefix("Blevins, Maintaining the Neutrality, note") }
        #expect(headings.count == 4)
        r.type("A")
        #expect(r.paneText(0).contains("⋯") == false)
    }

    @Test func theIndexCountsOnlyCitationsInPlacesAboutTheChosenPeople() {
        var r = Reader(100, 40, documents: [("SRH-086", nil)])
        r.type("i")
        let all = r.layout(0).links.count
        r.type("<Esc>alozovsky<Enter>i")
        let narrowed = r.layout(0).links.count
        #expect(narrowed > 0 && narrowed < all)
        #expect(r.paneText(0).contains("⧩ cited in places about Lozovsky"))
        #expect(r.paneText(0).contains("SRS-1189 4 citations"))
    }

    @Test func followModeKeepsThePageBesideUnderTheFilter() {
        var r = Reader(160, 30, at: [("002", line: 853), ("SRH-078", line: 1)])
        r.type("asato<Enter>Fjjjj")
        #expect(r.state.follow != nil)
        #expect(r.statusRow(1).contains("following"))
        #expect(r.statusRow(1).contains("⧩ Sato"))
        #expect(r.paneText(1).contains("Incorporation of Inner Mongolia into Soviet Outer Mongolia"))
    }

    @Test func aJumpToAPageTheFilterHidesRevealsItAndSaysSo() {
        // Thesis note 34 stands in a paragraph naming the Supreme Council for the Direction of the War and
        // cites SRH-078 p. 11, whose passages do not name it.
        var r = Reader(160, 30, at: [("002", line: 893), ("SRH-078", line: 1)])
        r.type("asupreme council<Enter>")
        let council = Self.actor("scdw")
        #expect(r.state.actorFilter.actors == [council])
        r.type("]<Enter><Enter>")
        #expect(r.state.focus == 1)
        #expect(r.messageRow.contains("p. 11, cited by note 34"))
        #expect(r.messageRow.contains("shown although outside the filter"))
        #expect(!r.state.panes[1].revealed.isEmpty)
        #expect(r.paneText(1).contains("we are facing future trouble with Russia"))
        #expect(r.state.panes[1].revealed.allSatisfy { !Self.named($0, in: Seeds.srh078).contains(council) })
        // A new filter keeps the cited pages in view while the pane is on them.
        r.type("&")
        #expect(r.paneText(1).contains("we are facing future trouble with Russia"))
    }

    @Test func aPaneSplitOffToFollowAPageShowsItUnderTheFilterAndBackAndForwardKeepIt() {
        // One pane: following note 27 splits off SRH-078 at p. 4, which names no Konoe.
        var r = Reader.atMarker(in: Seeds.thesis, label: "27", citing: "SRH-078", beside: nil, 140, 30)
        r.type("<Enter>akonoe<Enter><Enter>")
        #expect(r.state.panes.count == 2)
        #expect(r.paneText(1).contains("In a gloomy message from Moscow on 9 May"))
        #expect(r.messageRow.contains("shown although outside the filter"))
        r.type("<C-o>L")
        #expect(r.paneText(1).contains("In a gloomy message from Moscow on 9 May"))
    }

    @Test func changingTheFilterKeepsFollowModeOnThePageItFollows() {
        var r = Reader(140, 30, at: [("002", line: 853), ("SRH-078", line: 1)])
        r.type("Fakonoe<Enter>")
        #expect(r.state.follow != nil)
        #expect(r.paneText(1).contains("In a gloomy message from Moscow on 9 May"))
        r.type("&")
        #expect(r.state.follow != nil)
        #expect(r.paneText(1).contains("In a gloomy message from Moscow on 9 May"))
    }

    @Test func anOpenNoteStaysReadableWhenTheFilterWouldHideItsMarker() throws {
        var r = Reader(100, 20, documents: [("SRH-078", 1)])
        r.type("]<Enter>")
        let subject = try #require(r.state.focusedPane.strip?.subject)
        r.type("atogo<Enter>")
        #expect(r.state.focusedPane.strip?.subject == subject)
        #expect(r.layout(0).linkIndex(of: subject) != nil)
        r.type("}")
        #expect(r.state.focusedPane.strip?.subject != subject)
    }

    @Test func enterAddsTheSelectedActorUntilSpaceIsUsedThenAppliesWhatWasChosen() {
        var r = Reader(100, 30, documents: [("SRH-086", nil)])
        r.type("asato<Enter>akonoe<Enter>")
        #expect(r.state.actorFilter.actors == [Self.sato, Self.actor("konoe")])
        // Unticking everyone and pressing Enter clears the filter rather than putting one back.
        r.type("asato<Space><C-u>konoe<Space><Enter>")
        #expect(!r.state.actorFilter.isOn)
        r.type("asato<Enter>a<Space><Enter>")
        #expect(!r.state.actorFilter.isOn)
    }

    @Test func theIndexSaysWhenNothingIsCitedAboutTheChosenPeople() {
        var r = Reader(100, 30, documents: [("004", nil)])
        r.type("atoyoda<Enter>i")
        #expect(r.paneText(0).contains("nothing is cited in places about Toyoda"))
        #expect(r.paneText(0).contains("(Esc, then A, clears the filter)"))
    }

    @Test func enterOnANameOpensTheActorsCardWhosePassagesJumpAndPlusFiltersOnThem() throws {
        var r = Reader(100, 30, documents: [("SRH-086", 1)])
        r.type(")")
        let d = r.state.panes[0].document!
        guard case .mention(let block, let start)? = r.state.focusedPane.selection,
              let actor = Seeds.corpus.actors.mentions(in: d, block: block).first(where: { $0.start == start })?.actor else {
            Issue.record("no name selected")
            return
        }
        r.type("<Enter>")
        #expect(r.state.focusedPane.content == .actorCard(actor))
        let total = Seeds.corpus.actors.total(of: actor)
        #expect(r.statusRow(0).contains("\(total) mentions"))
        #expect(r.paneText(0).contains("\(total) mentions"))
        // Every mention is a link to its passage.
        let passages = r.layout(0).links.filter { if case .passage = $0.target { return true } else { return false } }
        #expect(!passages.isEmpty)
        r.type("+")
        #expect(r.state.actorFilter.actors == [actor])
        // The first mention's passage, then back to the card, then back to the document.
        r.type("]<Enter>")
        #expect(r.state.focusedPane.document != nil)
        r.type("<C-o>")
        #expect(r.state.focusedPane.content == .actorCard(actor))
        r.type("<C-o>")
        #expect(r.state.focusedPane.document == d)
    }

    @Test func aSelectedNameAddsItsPersonToTheFilter() {
        var r = Reader(100, 30, documents: [("SRH-086", 1)])
        r.type(")")
        guard case .mention(let block, let start)? = r.state.focusedPane.selection else {
            Issue.record("no name selected: \(String(describing: r.state.focusedPane.selection))")
            return
        }
        let d = r.state.panes[0].document!
        let actor = Seeds.corpus.actors.mentions(in: d, block: block).first { $0.start == start }!.actor
        #expect(r.messageRow.contains(Seeds.corpus.actors.actors[actor].name))
        r.type("+")
        #expect(r.state.actorFilter.actors == [actor])
        // The next name: another person joins the filter; the same person again leaves it.
        r.type(")")
        guard case .mention(let nextBlock, let nextStart)? = r.state.focusedPane.selection,
              let next = Seeds.corpus.actors.mentions(in: d, block: nextBlock).first(where: { $0.start == nextStart })?.actor else {
            Issue.record("no next name selected")
            return
        }
        r.type("+")
        #expect(r.state.actorFilter.actors == (next == actor ? [] : [actor, next]))
    }

    @Test func aDocumentThatNamesNoOneChosenSaysSo() {
        var r = Reader(80, 24, documents: [("003", nil)])
        r.type("alozovsky<Enter>")
        #expect(r.paneText(0).contains("no passage here names the actors chosen"))
        #expect(r.paneText(0).contains("passages hidden"))
    }
}
