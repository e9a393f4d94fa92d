import Corpus
import ReaderCore
import TerminalCore
import Testing

/// T: every dated event of the corpus in time order in a pane, narrowed by typing, filtered by actors; Enter jumps.
@Suite struct TimelinePaneTests {
    /// The timeline entries the pane lists, in its order.
    private func listed(_ r: Reader, pane: Int = 0) -> [TimelineEntry] {
        r.layout(pane).links.compactMap { link in
            if case .dated(let i) = link.target { return Seeds.corpus.timeline[i] }
            return nil
        }
    }

    @Test func listsEveryDateInTimeOrderUnderMonthHeadings() {
        var r = Reader(120, 40)
        r.type("T")
        #expect(r.state.panes[0].content == .timeline)
        let entries = listed(r)
        #expect(entries.count == Seeds.corpus.timeline.count, "every entry is one link, none merged")
        #expect(entries == Seeds.corpus.timeline)
        #expect(r.statusRow(0).contains("timeline"))
        #expect(r.statusRow(0).contains("\(entries.count) dates"))
        let headings = r.layout(0).lines.compactMap { line in line.segments.first { $0.role == .heading }?.text }
        #expect(headings.contains("July 1945"))
        #expect(headings.firstIndex(of: "May 1945")! < headings.firstIndex(of: "June 1945")!)
    }

    @Test func opensAtTheDateOfThePassageBeingRead() throws {
        // SRH-078 at page 10, where the Sato-Molotov interview is counted "after eight days".
        var r = Reader(120, 40, documents: [("SRH-078", 10)])
        r.type("T")
        guard case .dated(let i)? = r.state.panes[0].selection else { Issue.record("no entry selected"); return }
        let entry = Seeds.corpus.timeline[i]
        #expect(entry.document == Seeds.srh078)
        #expect(entry.page ?? 0 >= 10)
        let place = try #require(r.layout(0).linkIndex(of: .dated(i)))
        #expect((r.topLine(0)...(r.topLine(0) + 37)).contains(r.layout(0).links[place].line), "the selected entry is on screen")
    }

    @Test func typingADateNarrowsToThatMonthAndDay() {
        var r = Reader(120, 40)
        r.type("T1945-07")
        let july = listed(r)
        #expect(!july.isEmpty)
        #expect(july.allSatisfy { $0.date.iso.hasPrefix("1945-07") })
        #expect(r.paneText(0).contains("filter: 1945-07"))
        r.type("-20")
        #expect(listed(r).allSatisfy { $0.date.iso.hasPrefix("1945-07-20") })
        #expect(listed(r).contains { $0.kind == .message && $0.text.hasPrefix("H-197715") }, "Sato's plea, as a message date")
    }

    @Test func wordsNarrowToo() {
        var r = Reader(120, 40)
        r.type("T1945 molotov")
        let entries = listed(r)
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.date.year == 1945 && $0.text.lowercased().contains("molotov") })
        r.type("<C-u>zzzz")
        #expect(r.paneText(0).contains("no date matches \"zzzz\""))
    }

    @Test func enterJumpsToThePassageAndBackReturnsToTheTimeline() throws {
        var r = Reader(120, 40)
        r.type("T1945-05-29 eight")
        let entry = try #require(listed(r).first { $0.document == Seeds.srh078 })
        let i = try #require(Seeds.corpus.timeline.firstIndex(of: entry))
        while r.state.panes[0].selection != .dated(i) { r.type("<Down>") }
        r.type("<Enter>")
        #expect(r.state.panes[0].document == Seeds.srh078)
        #expect(r.paneText(0).contains("After eight days"))
        #expect(r.statusRow(0).contains("p. 10"))
        r.type("<C-o>")
        #expect(r.state.panes[0].content == .timeline)
        #expect(r.state.panes[0].filter == "1945-05-29 eight", "the way back keeps what was typed")
    }

    @Test func aDateInANoteOpensAtItsMarker() throws {
        var r = Reader(120, 40)
        r.type("T1945-07-20 H-197715")
        let first = try #require(r.layout(0).links.first)
        #expect(r.state.panes[0].selection == first.target, "the first match is selected")
        r.type("<Enter>")
        let d = try #require(r.state.panes[0].document)
        #expect(Seeds.corpus.documents[d].file.hasPrefix("001"))
        guard case .marker(let m)? = r.state.panes[0].selection else { Issue.record("the marker is not selected"); return }
        #expect(Seeds.corpus.documents[d].markers[m].label == "4")
    }

    @Test func theActorFilterNarrowsTheTimeline() {
        var r = Reader(120, 40)
        r.type("T")
        let all = listed(r).count
        r.type("<Esc>:filter Malik<Enter>T")
        let malik = listed(r)
        #expect(malik.count < all)
        #expect(!malik.isEmpty)
        let head = r.layout(0).lines.prefix(3).map { $0.segments.map(\.text).joined() }
        #expect(head.contains { $0.hasPrefix("⧩ in passages about Malik") })
        #expect(r.statusRow(0).contains("⧩ Malik"))
    }

    @Test func theCommandLineOpensItNarrowed() {
        var r = Reader(120, 40)
        r.type(":timeline 1945-08<Enter>")
        #expect(r.state.panes[0].content == .timeline)
        #expect(listed(r).allSatisfy { $0.date.iso.hasPrefix("1945-08") })
    }

    @Test func aSavedTimelinePaneComesBack() {
        var r = Reader(120, 40)
        r.type("T")
        let saved = r.state.saved(in: Seeds.corpus)
        #expect(saved.panes.first?.shows == .timeline)
    }
}
