import Testing
@testable import Corpus

/// Block kinds of running text: headings, quotations, list items and tables.
@Suite struct StructureTests {
    @Test func blockKindsInOrder() throws {
        let doc = try Load.document(Fixture.structure)
        #expect(doc.blocks.map(\.kind) == [.heading, .heading, .heading, .paragraph, .quotation, .listItem, .listItem, .table])
        #expect(doc.blocks.map(\.line) == [1, 3, 5, 7, 9, 11, 12, 14])
    }

    @Test func chapterAppendixAndNumberedTitlesAreLevelOneHeadings() throws {
        let doc = try Load.document(Fixture.structure)
        let headings = doc.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.text) == ["CHAPTER V", "APPENDIX A", "1 Historiography of the problem"])
        #expect(headings.map(\.level) == [1, 1, 1])
    }

    @Test func paragraphWhollyInQuotesIsAQuotation() throws {
        let doc = try Load.document(Fixture.structure)
        let q = try #require(doc.blocks.first { $0.kind == .quotation })
        #expect(q.text.hasPrefix("\"The intentions expressed"))
        let prose = try Load.document("\"Don't antagonize Russia,\" he wrote, and the warning was repeated to every mission abroad in turn.\n")
        #expect(prose.blocks.map(\.kind) == [.paragraph])
    }

    @Test func listItemsSplitPerLine() throws {
        let doc = try Load.document(Fixture.structure)
        let items = doc.blocks.filter { $0.kind == .listItem }
        #expect(items.map(\.text) == ["(a) The first point of the list.", "(b) The second point of the list."])
        #expect(items.map(\.level) == [0, 0])
    }

    @Test func tabSeparatedLinesAreATableWithCells() throws {
        let doc = try Load.document(Fixture.structure)
        let table = try #require(doc.blocks.first { $0.kind == .table })
        #expect(table.cells == [["Year", "Trains", "Troops"], ["1944", "30", "12000"], ["1945", "45", "20000"]])
        #expect(table.line == 14 && table.lineEnd == 16)
        #expect(!table.text.contains("\t"))
    }
}
