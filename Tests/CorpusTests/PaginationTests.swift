import Testing
@testable import Corpus

/// Original pages of typescripts, and prose rejoined across page feet.
@Suite struct PaginationTests {
    @Test func documentWithStampsIsPaginatedFromACoverPageZero() throws {
        let doc = try Load.document(Fixture.typescript)
        #expect(doc.isPaginated)
        #expect(doc.pages.map(\.number) == [0, 1, 2, 3, 4])
        let cover = try #require(doc.page(numbered: 0))
        #expect(cover.line == 1)
        #expect(cover.evidence == .cover)
        let coverBlocks = doc.blocks.filter { $0.line <= 7 }
        #expect(coverBlocks.count == 4)
        #expect(coverBlocks.allSatisfy { $0.page == 0 })
        #expect(coverBlocks.filter { $0.kind == .furniture }.map(\.furniture) == [.copyNumber, .declassification])
    }

    @Test func pagesEndAtNoteFeet() throws {
        let doc = try Load.document(Fixture.typescript)
        #expect(doc.page(numbered: 1)?.evidence == .noteFoot)
        #expect(doc.page(numbered: 2)?.evidence == .noteFoot)
        #expect(doc.page(numbered: 1)?.line == 9)
        #expect(doc.page(numbered: 2)?.line == 13)
        #expect(doc.notes.map(\.page) == [1, 2])
        #expect(doc.markers.map(\.page) == [1, 2])
    }

    @Test func sentenceSplitAcrossAFootIsOneBlockWithAPageSplit() throws {
        let doc = try Load.document(Fixture.typescript)
        let i = try #require(doc.blockIndex(containing: "The salient feature"))
        let block = doc.blocks[i]
        #expect(block.text.contains("The press, meanwhile, kept up its attacks"))
        #expect(block.line == 9)
        #expect(block.lineEnd == 13)
        #expect(block.page == 1)
        #expect(block.pageSplits.count == 1)
        let split = try #require(block.pageSplits.first)
        #expect(split.page == 2)
        #expect(block.slice(split.offset, block.text.utf8.count).hasPrefix("kept up"))
        #expect(!doc.blocks.contains { $0.kind == .paragraph && $0.text.hasPrefix("kept up") })
    }

    @Test func markerAfterTheSplitIsOnTheLaterPage() throws {
        let doc = try Load.document(Fixture.typescript)
        let m = try #require(doc.markers(labelled: "2").first)
        #expect(m.line == 13)
        #expect(m.page == 2)
        #expect(doc.blocks[m.block].slice(m.start, m.end) == "²")
        #expect(doc.pairedNote(m)?.line == 15)
        #expect(m.anomaly == nil)
    }

    @Test func stampInTheRunningTextStartsAPage() throws {
        let doc = try Load.document(Fixture.typescript)
        #expect(doc.page(numbered: 3)?.evidence == .stamp)
        #expect(doc.page(numbered: 4)?.line == 21)
        #expect(doc.block(containing: "A new sheet begins")?.page == 4)
        #expect(doc.block(containing: "The third page opens")?.page == 3)
        let inferred = doc.anomalies.filter { $0.kind == .inferredPageBreak }
        #expect(inferred.map(\.line) == [21])
        #expect(inferred.first?.page == 4)
        #expect(doc.pages.last?.evidence == .documentEnd)
    }

    @Test func pageContainingLineAgreesWithBlockPages() throws {
        let doc = try Load.document(Fixture.typescript)
        for b in doc.blocks {
            #expect(doc.page(containingLine: b.line) == b.page, "block at line \(b.line): \(b.text.prefix(30))")
        }
        for m in doc.markers { #expect(doc.page(containingLine: m.line) == m.page) }
        for n in doc.notes { #expect(doc.page(containingLine: n.line) == n.page) }
        #expect(doc.page(containingLine: 1) == 0)
        #expect(doc.page(containingLine: 13) == 2)
        #expect(doc.page(containingLine: 21) == 4)
    }

    @Test func pageRecordsPointAtBlocksOnThatPage() throws {
        let doc = try Load.document(Fixture.typescript)
        for p in doc.pages {
            #expect(p.firstBlock <= p.lastBlock)
            #expect(p.line <= p.lineEnd)
            let first = doc.blocks[p.firstBlock]
            #expect(first.page == p.number || first.pageSplits.contains { $0.page == p.number },
                    "page \(p.number) starts at block \(p.firstBlock) (line \(first.line), page \(first.page.map(String.init) ?? "nil"))")
        }
    }

    @Test func citationsInNotesCarryTheNotePage() throws {
        let doc = try Load.document(Fixture.typescript)
        #expect(try doc.citations(ofNote: "1").map(\.page) == [1])
        #expect(try doc.citations(ofNote: "2").map(\.page) == [2])
    }

    @Test(arguments: ["~~SECRET~~", "DECLASSIFIED", "Copy No. 3"])
    func anyStampMakesADocumentPaginated(stamp: String) throws {
        let doc = try Load.document(stamp + "\n\n" + Fixture.unpaginated)
        #expect(doc.isPaginated)
        #expect(doc.pages.map(\.number) == [0, 1, 2])
        #expect(doc.blocks.first?.kind == .furniture)
        #expect(doc.blocks.first?.page == 0)
        #expect(doc.notes.map(\.page) == [1, 2])
    }

    @Test func documentWithoutStampsIsNotPaginated() throws {
        let doc = try Load.document(Fixture.unpaginated)
        #expect(!doc.isPaginated)
        #expect(doc.pages.isEmpty)
        #expect(doc.blocks.allSatisfy { $0.page == nil })
        #expect(doc.markers.allSatisfy { $0.page == nil })
        #expect(doc.notes.allSatisfy { $0.page == nil })
        #expect(doc.citations.allSatisfy { $0.page == nil })
        #expect(doc.page(containingLine: 1) == nil)
        #expect(doc.page(numbered: 0) == nil)
        #expect(!doc.paginationNote.isEmpty)
    }

    @Test func unpaginatedSplitSentenceIsJoinedWithoutPageSplits() throws {
        let doc = try Load.document(Fixture.unpaginated)
        let block = try #require(doc.block(containing: "The salient feature"))
        #expect(block.text.contains("The press, meanwhile, kept up its attacks"))
        #expect(block.pageSplits.isEmpty)
        #expect(doc.markers(labelled: "2").first.flatMap { doc.pairedNote($0)?.line } == 7)
    }

    @Test func hyphenatedWordIsRejoined() throws {
        let doc = try Load.document(Fixture.hyphenatedWord)
        #expect(doc.readingBlocks.count == 1)
        #expect(doc.readingBlocks.first?.text == "The press attacked Japan daily.¹ Moreover, the radio joined in the attacks.")
    }

    @Test func hyphenatedCompoundKeepsItsHyphen() throws {
        let doc = try Load.document(Fixture.hyphenatedCompound)
        #expect(doc.readingBlocks.count == 1)
        #expect(doc.readingBlocks.first?.text == "The press wrote at length¹ about the history of Soviet-Japanese relations in the past forty years.")
    }
}
