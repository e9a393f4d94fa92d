import Foundation
import Testing
@testable import Corpus

/// The real seeds, loaded once: facts a reader relies on.
enum Seeds {
    static let folder: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").path
    }()
    static let corpus: Corpus = {
        do { return try CorpusLoader.load(folder: folder) } catch { fatalError("seeds do not load: \(error)") }
    }()
    static func doc(_ query: String) -> Document {
        guard let i = corpus.document(named: query) else { fatalError("no seed document \(query)") }
        return corpus.documents[i]
    }
    /// The source lines of a seed file, to check model answers against the text.
    static func lines(_ doc: Document) -> [Substring] {
        let data = FileManager.default.contents(atPath: folder + "/" + doc.file)!
        return try! SourceText(bytes: [UInt8](data)).lines
    }
    /// Reading text of one page (blocks starting on it).
    static func pageText(_ doc: Document, _ page: Int) -> String {
        doc.blocks.filter { $0.isReadingText && ($0.page == page || $0.pageSplits.contains { $0.page == page }) }.map(\.text).joined(separator: "\n")
    }
}

@Suite("The five seeds")
struct SeedFactsTests {
    @Test func allFiveDocumentsLoadWithNothingSkipped() {
        #expect(Seeds.corpus.documents.count == 5)
        #expect(Seeds.corpus.skipped.isEmpty)
    }

    @Test func metadataOfEachDocument() {
        let srh078 = Seeds.doc("000")
        #expect(srh078.metadata.shortTitle == "PSIS 400-16")
        #expect(srh078.metadata.kind == .intelligenceSummary)
        #expect(srh078.metadata.date?.iso == "1945-06-18")
        #expect(srh078.metadata.period?.iso == "1945-04/1945-05")
        #expect(srh078.archiveIDs.contains("SRH-078"))
        let srh086 = Seeds.doc("001")
        #expect(srh086.metadata.shortTitle == "PSIS 400-23")
        #expect(srh086.metadata.date?.iso == "1945-08-02")
        #expect(srh086.metadata.period?.iso == "1945-07-21/1945-07-27")
        #expect(srh086.archiveIDs.contains("SRH-086"))
        let thesis = Seeds.doc("002")
        #expect(thesis.metadata.kind == .thesis)
        #expect(thesis.metadata.title.hasPrefix("Maintaining the Neutrality"))
        #expect(thesis.metadata.author == "Michael Shawn Blevins")
        let oss = Seeds.doc("003")
        #expect(oss.metadata.shortTitle == "R & A 3039S")
        #expect(oss.metadata.kind == .intelligenceStudy)
        #expect(oss.metadata.title == "Soviet Break with Japan")
        #expect(oss.metadata.date?.iso == "1945-04-13")
        let book = Seeds.doc("004")
        #expect(book.metadata.kind == .book)
        #expect(book.metadata.author == "Boris Slavinsky")
        #expect(book.metadata.translator == "Geoffrey Jukes")
    }

    @Test func archiveIDsResolveToDocuments() {
        #expect(Seeds.corpus.document(named: "SRH-078") == Seeds.corpus.document(named: "000"))
        #expect(Seeds.corpus.document(named: "PSIS 400-23") == Seeds.corpus.document(named: "001"))
        #expect(Seeds.corpus.document(named: "srh 86") == Seeds.corpus.document(named: "001"))
        // SRH-079 (June 1945) shares SRH-078's title but not its date: it must not link.
        #expect(Seeds.corpus.links["SRH-079"] == nil)
    }

    @Test func summariesArePaginatedFromCoverZero() {
        let srh078 = Seeds.doc("SRH-078")
        #expect(srh078.pages.map(\.number) == Array(0...13))
        #expect(srh078.pages[0].evidence == .cover)
        let srh086 = Seeds.doc("SRH-086")
        #expect(srh086.pages.first?.number == 0)
        #expect(srh086.pages.count >= 20)
        #expect(Seeds.doc("003").pages.count == 3)
    }

    @Test func thesisAndBookCarryNoPageNumbers() {
        for q in ["002", "004"] {
            let d = Seeds.doc(q)
            #expect(d.pages.isEmpty)
            #expect(d.blocks.allSatisfy { $0.page == nil })
        }
    }

    @Test func page4OfSRH078HoldsSatos9MayMessage() {
        let text = Seeds.pageText(Seeds.doc("SRH-078"), 4)
        #expect(text.contains("In a gloomy message from Moscow on 9 May"))
        #expect(text.contains("planning to seize the power of life and death over Japan"))
        #expect(!Seeds.pageText(Seeds.doc("SRH-078"), 3).contains("power of life and death"))
    }

    @Test func page12OfSRH078HoldsTogos1JuneMessage() {
        #expect(Seeds.pageText(Seeds.doc("SRH-078"), 12).contains("On June 1st, with Tokyo's Ministries in ruins, Togo addressed Sato"))
    }

    @Test func page5OfSRH086HoldsSatosPleaWithPreAxis() {
        #expect(Seeds.pageText(Seeds.doc("SRH-086"), 5).contains("pre-Axis and Anti-Axis"))
    }

    @Test func thesisChapterVNote27CitesSRH078Page4() throws {
        let thesis = Seeds.doc("002")
        let marker = try #require(thesis.markers.first { $0.label == "27" && thesis.blocks[$0.block].text.contains("power of life and death over Japan") })
        let note = thesis.notes[try #require(marker.note)]
        #expect(note.text.contains("SRH-078, p. 4"))
        let cite = try #require(note.citations.map { thesis.citations[$0] }.first { $0.id == "SRH-078" })
        let target = try #require(Seeds.corpus.target(of: cite))
        #expect(target.file == Seeds.doc("SRH-078").file)
        #expect(target.page == 4)
    }

    @Test func ibidResolvesThroughThePreviousWork() throws {
        let thesis = Seeds.doc("002")
        let n27 = try #require(thesis.notes.firstIndex { $0.text.hasPrefix("\"Russo-Japanese Relations, 18 June 1945,\" SRH-078, p. 4") })
        let n28 = thesis.notes[n27 + 1]
        #expect(n28.text.hasPrefix("Ibid., p. 5"))
        let c = try #require(n28.citations.map { thesis.citations[$0] }.first)
        #expect(c.id == "SRH-078")
        #expect(c.via == "Ibid.")
        #expect(c.locator.page == 5)
    }

    @Test func shortTitlesResolveToTheBibliography() throws {
        let thesis = Seeds.doc("002")
        let note = try #require(thesis.notes.first { $0.text == "Hata, \"Japanese-Soviet Confrontation,\" 131." })
        let c = try #require(note.citations.map { thesis.citations[$0] }.first)
        #expect(c.kind == .work)
        #expect(c.id == "Hata, The Japanese-Soviet Confrontation, 1935-1940")
        #expect(c.via == "Hata, Japanese-Soviet Confrontation")
    }

    @Test func psis40023Note4CitesH197715PrintedE() throws {
        let d = Seeds.doc("PSIS 400-23")
        let note = try #require(d.notes.first { $0.label == "4" })
        let c = try #require(note.citations.map { d.citations[$0] }.first { $0.kind == .intercept })
        #expect(c.id == "H-197715")
        #expect(c.raw == "E-197715")
        #expect(c.corrected)
        #expect(c.page == 5)
    }

    @Test func fusedNoteLabelIsNote3CitingH197845() throws {
        let d = Seeds.doc("PSIS 400-23")
        let note = try #require(d.notes.first { $0.printedLabel == "34-197845" })
        #expect(note.label == "3")
        #expect(note.markers.count == 1)
        #expect(d.markers[note.markers[0]].convention == .plainDigits)
        #expect(note.citations.map { d.citations[$0].id }.contains("H-197845"))
    }

    @Test func twoNotesLabelled2OnPage2AndTheMarkerTakesTheOneThatCites() throws {
        let d = Seeds.doc("PSIS 400-23")
        let twos = d.notes.filter { $0.label == "2" && $0.page == 2 }
        #expect(twos.count == 2)
        let marker = try #require(d.markers.first { $0.label == "2" && $0.page == 2 })
        let chosen = d.notes[try #require(marker.note)]
        #expect(chosen.text.hasPrefix("H-197837"))
        #expect(marker.anomaly?.message.contains("this is the one that cites") == true)
        let other = try #require(twos.first { $0.text == "Underscoring supplied." })
        #expect(other.anomaly?.kind == .duplicateNoteLabel)
    }

    @Test func noteWithoutMarkerIsReported() throws {
        let d = Seeds.doc("PSIS 400-23")
        let note = try #require(d.notes.first { $0.text.hasPrefix("In Sato's 18 July message") })
        #expect(note.markers.isEmpty)
        #expect(note.anomaly?.message == "this note has no marker in the text")
    }

    @Test func bookMarkersHaveNoNotesInThisExcerpt() {
        let book = Seeds.doc("004")
        #expect(book.notes.isEmpty)
        #expect(book.markers.count >= 10)
        #expect(book.markers.allSatisfy { $0.anomaly?.message.contains("in this excerpt") == true })
    }

    @Test func everyMarkerInPSIS40016IsPairedOnItsOwnPage() {
        let d = Seeds.doc("SRH-078")
        #expect(d.markers.count == 37)
        for m in d.markers {
            guard let n = m.note else { Issue.record("marker \(m.label) at line \(m.line) unpaired"); continue }
            #expect(d.notes[n].page == m.page, "marker \(m.label) line \(m.line)")
        }
    }

    @Test func caretGroupNamesTwoNotes() {
        let d = Seeds.doc("SRH-078")
        let group = d.markers.filter { $0.printed == "^{8***}" }
        #expect(group.map(\.label) == ["8", "***"])
        #expect(group.allSatisfy { $0.note != nil })
    }

    @Test func splitAndAbbreviatedInterceptNumbers() {
        let ids = Set(Seeds.doc("SRH-078").citations.map(\.id))
        #expect(ids.isSuperset(of: ["H-182854", "H-182855", "H-180137", "H-183394"]))
        let ds = Seeds.doc("SRH-086").citations.first { $0.raw == "Dip. Sum. 91214" }
        #expect(ds?.id == "DS-1214")
        #expect(ds?.corrected == true)
    }

    @Test func interceptCarriesDateAndRoute() throws {
        let c = try #require(Seeds.doc("SRH-078").citations.first { $0.id == "H-176782" })
        #expect(c.date == "7 Apr.")
        #expect(c.route == "Sato-Tokyo")
        let stockholm = Seeds.doc("SRH-086").citations.filter { ["H-197706", "H-197981", "H-197968"].contains($0.id) }
        #expect(stockholm.count == 3)
        #expect(stockholm.allSatisfy { $0.route == "Stockholm-Tokyo" })
    }

    @Test func wordsSplitAcrossPagesAreRejoined() {
        #expect(Seeds.doc("002").blocks.contains { $0.text.contains("Moreover, Sato failed to realize") })
        #expect(Seeds.doc("003").blocks.contains { $0.text.contains("overwhelming superiority of forces") })
    }

    @Test func sentenceSplitByAFootIsOneBlockWithAPageSplit() throws {
        let d = Seeds.doc("SRH-078")
        let block = try #require(d.blocks.first { $0.text.contains("(including the Tass correspondent)") })
        #expect(block.text.contains("intended visiting Patriarch Alexei in Moscow"))
        #expect(block.page == 1)
        #expect(block.pageSplits.map(\.page) == [2])
    }

    @Test func stampsAndRunningHeadsAreFurniture() {
        let srh078 = Seeds.doc("SRH-078")
        #expect(srh078.blocks.contains { $0.furniture == .classification && $0.text == "TOP SECRET ULTRA" })
        #expect(srh078.blocks.contains { $0.furniture == .distribution })
        #expect(Seeds.doc("003").blocks.contains { $0.furniture == .copyNumber && $0.text == "Copy No. 28" })
        #expect(Seeds.doc("004").blocks.contains { $0.furniture == .runningHead })
        for d in Seeds.corpus.documents {
            #expect(!d.blocks.contains { $0.isReadingText && ($0.text.contains("~~") || $0.text.contains("DECLASSIFIED")) }, "\(d.file)")
        }
    }

    @Test func everyMarkerAndCitationPointsAtItsSourceLine() {
        for d in Seeds.corpus.documents {
            let lines = Seeds.lines(d)
            for m in d.markers where m.convention != .plainDigits {
                let probe = m.convention == .unicodeSuperscript ? m.printed : String(m.printed.prefix(5))
                #expect(lines[m.line - 1].contains(probe), "\(d.file) marker \(m.printed) line \(m.line)")
            }
            for c in d.citations where c.via == nil {
                #expect(lines[c.line - 1].contains(String(c.raw.prefix(8))), "\(d.file) \(c.raw) line \(c.line)")
            }
        }
    }

    @Test func thesisNotesRestartPerChapterAndAllPair() {
        let thesis = Seeds.doc("002")
        #expect(thesis.notes.filter { $0.label == "1" }.count >= 6)
        #expect(thesis.markers.allSatisfy { $0.note != nil })
    }

    @Test func citeIndexCollectsEveryPlace() throws {
        let r = try #require(Seeds.corpus.cite("DS-1214"))
        #expect(r.citations.count >= 3)
        let srh = try #require(Seeds.corpus.cite("SRH-078, p. 4"))
        #expect(srh.target?.page == 4)
        #expect(srh.title == "Russo-Japanese Relations")
        #expect(Seeds.corpus.cite("H-999999") == nil)
    }
}

@Suite("Thesis apparatus on the seeds")
struct ThesisApparatusTests {
    private func workIDs(citedBy text: String) -> [String] {
        let thesis = Seeds.doc("002")
        return thesis.notes.filter { $0.text.hasPrefix(text) }.flatMap { $0.citations.map { thesis.citations[$0].id } }
    }

    @Test func shortTitleThatDropsLeadingWordsStillResolves() {
        // "Maxon, Japanese Foreign Policy" is "Control of Japanese Foreign Policy" in the bibliography.
        let maxon = workIDs(citedBy: "Maxon, Japanese Foreign Policy").filter { $0.hasPrefix("Maxon") }
        #expect(maxon.count >= 4)
        #expect(maxon.allSatisfy { $0 == "Maxon, Control of Japanese Foreign Policy" })
    }

    @Test func corporateAuthorsResolve() {
        #expect(workIDs(citedBy: "Department of State, \"Soviet Denunciation of the Pact,\"") == ["Department of State, Soviet Denunciation of Pact with Japan"])
    }

    @Test func onlyDiscursiveNotesCiteNothing() {
        let thesis = Seeds.doc("002")
        let uncited = thesis.notes.filter { $0.citations.isEmpty }
        #expect(uncited.count <= 4)
        #expect(uncited.allSatisfy { !$0.text.contains("Press") })
    }
}

@Suite("Citation offsets")
struct CitationOffsetTests {
    /// Each citation knows where it stands in its block's text, so a view can highlight and select it.
    @Test func everyCitationSpansItsPrintedTextInItsBlock() {
        for d in Seeds.corpus.documents {
            for c in d.citations {
                let utf8 = Array(d.blocks[c.block].text.utf8)
                guard c.start >= 0, c.end <= utf8.count, c.start < c.end else {
                    Issue.record("\(d.file) \(c.id): bad offsets \(c.start)..<\(c.end)"); continue
                }
                let slice = String(decoding: utf8[c.start..<c.end], as: UTF8.self)
                // A fused label is printed "34-197845" but the note text holds its reading, H-197845.
                if c.correction?.contains("fused") == true { #expect(slice == c.id); continue }
                #expect(slice.trimmingCharacters(in: .whitespaces) == c.raw, "\(d.file) line \(c.line)")
            }
        }
    }
}
