import Foundation
import Testing
@testable import Corpus

/// Archive citations in notes: ids normalised, OCR corrections marked, locators, dates and routes.
@Suite struct CitationTests {
    private let doc: Document

    init() throws {
        doc = try Load.document(Fixture.citations)
    }

    private func ids(_ label: String) throws -> [String] { try doc.citations(ofNote: label).map(\.id) }

    @Test func plainIntercept() throws {
        let c = try #require(try doc.citations(ofNote: "13").first)
        #expect(try ids("13") == ["H-197845"])
        #expect(c.kind == .intercept)
        #expect(c.raw == "H-197845")
        #expect(!c.corrected)
        #expect(c.date == "21 July")
        #expect(c.line == 15)
        #expect(c.note == doc.notes.firstIndex { $0.label == "13" })
    }

    @Test func routeAndDateAfterAnIntercept() throws {
        let c = try #require(try doc.citations(ofNote: "1").first)
        #expect(c.id == "H-176782")
        #expect(c.date == "7 Apr.")
        #expect(c.route == "Sato-Tokyo")
    }

    @Test func routeAtTheEndOfANoteLeavesOutTheFullStop() throws {
        #expect(try doc.citations(ofNote: "13").first?.route == "Tokyo-Moscow")
    }

    @Test func otherPrefixesAreReadAsH() throws {
        let cites = try doc.citations(ofNote: "2")
        #expect(cites.map(\.id) == ["H-197715", "H-123456", "H-654321"])
        #expect(cites.map(\.raw) == ["E-197715", "F-123456", "R-654321"])
        #expect(cites.allSatisfy { $0.kind == .intercept && $0.corrected })
        #expect(cites.allSatisfy { $0.correction?.contains("read as \"H\"") == true })
    }

    @Test func missingHyphenIsCorrected() throws {
        let cites = try doc.citations(ofNote: "3")
        #expect(cites.map(\.id) == ["H-186883", "H-186243"])
        #expect(!cites[0].corrected)
        #expect(cites[1].raw == "H186243")
        #expect(cites[1].correction == "missing hyphen")
        #expect(cites[1].route == "Tokyo (Togo) Circular")
    }

    @Test func bareNumberContinuesAListOfIntercepts() throws {
        let cites = try doc.citations(ofNote: "4")
        #expect(cites.map(\.id) == ["H-179966", "H-180137"])
        #expect(cites[1].raw == "180137")
        #expect(cites[1].corrected)
        #expect(cites.map(\.date) == ["23 Apr.", "24 Apr."])
    }

    @Test func slashPairNamesTwoIntercepts() throws {
        let cites = try doc.citations(ofNote: "5")
        #expect(cites.map(\.id) == ["H-180854", "H-182854", "H-182855"])
        #expect(cites[1].raw == "182854/55")
        #expect(cites[2].raw == "182854/55")
        #expect(cites[1].corrected && cites[2].corrected)
    }

    @Test func slashPairSharesItsDate() throws {
        let cites = try doc.citations(ofNote: "5")
        try #require(cites.count == 3)
        #expect(cites[1].date == "25 Apr.")
        #expect(cites[2].date == "25 Apr.")
    }

    @Test func diplomaticSummaryWithHashAndContinuation() throws {
        let cites = try doc.citations(ofNote: "1")
        #expect(cites.map(\.id) == ["H-176782", "DS-1109", "DS-1110"])
        #expect(cites[1].kind == .diplomaticSummary && cites[2].kind == .diplomaticSummary)
        #expect(cites[1].raw == "DS-#1109")
        #expect(cites[2].raw == "#1110")
        #expect(!cites[1].corrected && !cites[2].corrected)
    }

    @Test func dipSumSpellings() throws {
        let cites = try doc.citations(ofNote: "6")
        #expect(cites.map(\.id) == ["DS-1212", "DS-1168", "DS-1151", "DS-1214"])
        #expect(cites.map(\.raw) == ["Dip. Sum. #1212", "Dip.Sum. #1168", "Dip. Summary #1151", "Dip. Sum. 91214"])
        #expect(cites.map(\.corrected) == [false, false, false, true])
        #expect(cites.allSatisfy { $0.kind == .diplomaticSummary })
    }

    @Test func magicSummary() throws {
        let c = try #require(try doc.citations(ofNote: "7").first)
        #expect(c.id == "SRS-1746")
        #expect(c.kind == .magicSummary)
        #expect(c.locator.page == 4)
    }

    @Test func srhLocatorWithReelAndFrame() throws {
        let c = try #require(try doc.citations(ofNote: "8").first)
        #expect(c.id == "SRH-078")
        #expect(c.kind == .srh)
        #expect(c.locator.page == 4)
        #expect(c.locator.pageEnd == 4)
        #expect(c.locator.pages == "p. 4")
        #expect(c.locator.reel == "9")
        #expect(c.locator.frames == "fr. 0699")
    }

    @Test func srhPageRange() throws {
        let c = try #require(try doc.citations(ofNote: "9").first)
        #expect(c.id == "SRH-078")
        #expect(c.locator.page == 1)
        #expect(c.locator.pageEnd == 2)
        #expect(c.locator.pages == "pp. 1-2")
        #expect(c.locator.reel == nil)
    }

    @Test func aPageRangeRunningBackwardsIsItsFirstPage() throws {
        // "9-1" cannot be read as a range (a fuzz finding: readers build 9...1 and trap); "138-39" can.
        let d = try Load.document("SRH-078, pp. 9-1 and SRH-079, pp. 138-39 and SRH-080, pp. 138-7.\n")
        #expect(d.citations.map(\.locator.page) == [9, 138, 138])
        #expect(d.citations.map(\.locator.pageEnd) == [9, 139, 138])
    }

    @Test func aPageNumberTooLongForAnIntIsNoPage() throws {
        // Expanding "…807-1000000000000000000" as an abbreviated end overflowed and trapped the load.
        let d = try Load.document("SRH-078, pp. 9223372036854775807-1000000000000000000 and SRH-079, pp. 12-999999999999999999999.\n")
        #expect(d.citations.map(\.locator.page) == [nil, 12])
        #expect(d.citations.map(\.locator.pageEnd) == [nil, 12])
    }

    @Test func psis() throws {
        let c = try #require(try doc.citations(ofNote: "10").first)
        #expect(c.id == "PSIS 400-22")
        #expect(c.kind == .psis)
    }

    @Test func otherSeries() throws {
        let cites = try doc.citations(ofNote: "11")
        #expect(cites.map(\.id) == ["D-10379", "JE-5:2247-G", "SJM-9225", "Spec. 001", "Spec. 002"])
        #expect(cites.allSatisfy { $0.kind == .otherSeries })
    }

    @Test func trailingAllRouteAppliesToEveryInterceptBeforeIt() throws {
        let cites = try doc.citations(ofNote: "12")
        #expect(cites.map(\.id) == ["H-197706", "H-197981", "H-197606"])
        #expect(cites.map(\.route) == ["Stockholm-Tokyo", "Stockholm-Tokyo", "Stockholm-Tokyo"])
        #expect(cites.map(\.date) == ["16 July", "18 July", "19 July"])
    }

    @Test func citationsAreIndexedByID() {
        let corpus = Load.corpus(Fixture.citations)
        #expect(corpus.citationsByID["SRH-078"]?.count == 2)
        #expect(corpus.citationsByID["H-197715"]?.count == 1)
        #expect(corpus.citationsByID["E-197715"] == nil)
    }

    @Test func runningTextTakesOnlyPrintedHIntercepts() throws {
        let doc = try Load.document("The reply (H-197715) was read; the form E-197715 in prose is not an intercept.\n")
        #expect(doc.citations.map(\.id) == ["H-197715"])
        #expect(doc.citations.first?.note == nil)
        #expect(doc.citations.first?.block == 0)
    }
}

/// "Ibid." and short titles resolved against the bibliography.
@Suite struct WorkCitationTests {
    @Test func ibidRepeatsTheLastCitedItemWithItsOwnPage() throws {
        let doc = try Load.document(Fixture.thesisChapter)
        let first = try #require(try doc.citations(ofNote: "1").first)
        #expect(first.id == "SRH-078")
        #expect(first.via == nil)
        let cites = try doc.citations(ofNote: "2")
        try #require(cites.count == 1)
        #expect(cites[0].id == "SRH-078")
        #expect(cites[0].kind == .srh)
        #expect(cites[0].via == "Ibid.")
        #expect(cites[0].locator.page == 5)
        #expect(cites[0].locator.reel == "9")
        #expect(cites[0].note == doc.notes.firstIndex { $0.label == "2" })
    }

    @Test func shortTitleResolvesToBibliographyEntry() throws {
        let doc = try Load.document(Fixture.thesisChapter)
        let cites = try doc.citations(ofNote: "3")
        try #require(cites.count == 1)
        #expect(cites[0].kind == .work)
        #expect(cites[0].id.hasPrefix("Hata, "))
        #expect(cites[0].id.contains("Japanese-Soviet Confrontation"))
        #expect(cites[0].via != nil)
        #expect(cites[0].locator.page == 131)
    }

    @Test func aPageNumberTooLongForAnIntIsNoPage() throws {
        // Read digit by digit, it overflowed and trapped the load (found beside the fuzzer's overflowing date).
        let doc = try Load.document(Fixture.thesisChapter.replacingOccurrences(of: "131.", with: "99999999999999999999."))
        #expect(try doc.citations(ofNote: "3").allSatisfy { $0.locator.page == nil })
    }

    @Test func shortTitleWithoutBibliographyCitesNothing() throws {
        let text = Fixture.thesisChapter.components(separatedBy: "BIBLIOGRAPHY")[0]
        let doc = try Load.document(text)
        #expect(try doc.citations(ofNote: "3").isEmpty)
    }
}
