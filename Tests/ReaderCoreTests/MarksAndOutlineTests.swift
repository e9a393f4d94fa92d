import Corpus
import ReaderCore
import TerminalCore
import Testing

/// Marks (`m{a-z}`, `'{a-z}`, `''`, the list) and the outline (`t`) on the seeds, plain and under the actor filter.
@Suite struct MarksAndOutlineTests {
    @Test func aMarkComesBackFromAnotherDocument() {
        var r = Reader(100, 30, documents: [("SRH-078", 4)])
        let marked = r.state.panes[0].anchor
        r.type("ma")
        #expect(r.state.marks["a"] == Mark(document: Seeds.index("SRH-078"), anchor: marked))
        #expect(r.messageRow.contains("mark a: PSIS 400-16"))
        r.type(":open 002<Enter>")
        #expect(r.state.panes[0].document == Seeds.index("002"))
        r.type("'a")
        #expect(r.state.panes[0].document == Seeds.index("SRH-078"))
        #expect(r.state.panes[0].anchor == marked)
        // '' trades places with the last jump, both ways.
        r.type("''")
        #expect(r.state.panes[0].document == Seeds.index("002"))
        r.type("''")
        #expect(r.state.panes[0].anchor == marked)
    }

    @Test func badMarksSaySo() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type("'q")
        #expect(r.messageRow.contains("no mark q"))
        r.type("m<Down>")
        #expect(r.state.mode == .reading)
        #expect(r.messageRow.contains("a mark is a letter a-z"))
        r.type("m1")
        #expect(r.messageRow.contains("marks are the letters a-z"))
        r.type("m<Esc>")
        #expect(r.state.mode == .reading)
        r.type("''")
        #expect(r.messageRow.contains("no jump to return from"))
        #expect(r.state.marks.isEmpty)
    }

    @Test func theMarksListJumpsAndDelmarksForgets() {
        var r = Reader(100, 30, documents: [("SRH-078", nil)])
        r.type(":page 4<Enter>mb:page 9<Enter>mc<C-o><C-o>M")
        guard case .list(let list) = r.state.mode else { Issue.record("no marks list"); return }
        #expect(list.kind == .marks)
        #expect(r.text.contains("b  ") && r.text.contains("c  "))
        #expect(r.text.contains("p. 9"))
        r.type("c<Enter>")
        #expect(r.statusRow(0).contains("p. 9 of"))
        r.type(":delmarks b c<Enter>")
        #expect(r.state.marks.isEmpty)
        r.type("M")
        #expect(r.messageRow.contains("no marks yet"))
    }

    @Test func theOutlineListsChaptersAppendicesBibliographyAndMarksTheCurrentPlace() {
        var r = Reader(120, 50, documents: [("002", nil)])
        r.type("t")
        guard case .list = r.state.mode else { Issue.record("no outline"); return }
        let text = r.text
        for heading in ["CHAPTER II · SOVIET-JAPANESE RELATIONS DURING THE 1930S", "BIBLIOGRAPHY", "APPENDIX A", "CHAPTER VI · FINDINGS"] {
            #expect(text.contains(heading), "\(heading)")
        }
        // Narrow, jump, and '' returns to before the outline jump.
        let before = r.state.panes[0].anchor
        r.type("chapter v<Enter>")
        #expect(r.paneText(0).contains("CHAPTER V"))
        r.type("t")
        #expect(r.text.contains("▸ CHAPTER V · THE BITTER END"))
        r.type("<Esc>''")
        #expect(r.state.panes[0].anchor == before)
    }

    @Test func theOutlineOfASummaryListsItsPages() {
        var r = Reader(100, 16, documents: [("SRH-078", 6)])
        r.type("t")
        #expect(r.text.contains("▸     p. 6"))
        r.type("p. 12<Enter>")
        #expect(r.statusRow(0).contains("p. 12 of"))
        #expect(r.state.panes[0].citedPages == nil)
    }

    @Test func outlineJumpsRevealWhatTheFilterHides() {
        var r = Reader(120, 40, documents: [("002", nil)])
        r.type(":filter Sato<Enter>tappendix b<Enter>")
        #expect(r.paneText(0).contains("APPENDIX B"))
        #expect(r.messageRow.contains("outside the filter"))
    }

    @Test func theCorpusOutlineJoinsChapterLabelsAndClassesSections() {
        let thesis = Seeds.corpus.documents[Seeds.index("002")].outline
        #expect(thesis.contains { $0.kind == .chapter && $0.title == "CHAPTER I · INTRODUCTION" })
        #expect(thesis.contains { $0.kind == .bibliography && $0.title == "BIBLIOGRAPHY" })
        #expect(thesis.filter { $0.kind == .appendix }.count == 2)
        let summary = Seeds.corpus.documents[Seeds.index("SRH-078")]
        #expect(summary.outline.filter { $0.kind == .page }.count == summary.pages.count)
        // Entries stand in reading order.
        #expect(thesis.map(\.block) == thesis.map(\.block).sorted())
    }
}
