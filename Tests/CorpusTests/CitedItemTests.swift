import Testing
@testable import Corpus

/// Cards of cited ids and the citation index, on the seeds.
@Suite struct CitedItemTests {
    @Test func h197715CardCarriesItsCorrectionCompanionsRouteAndPassage() throws {
        let item = try #require(Seeds.corpus.citedItem("H-197715"))
        #expect(item.id == "H-197715")
        #expect(item.kind == .intercept)
        #expect(item.date == "20 July")
        #expect(item.routes == ["Moscow-Tokyo"])
        #expect(item.companions == ["DS-1213", "DS-1214"])
        #expect(item.corrections == ["printed E-197715, read as H-197715 (prefix \"E\" read as \"H\")"])
        #expect(item.document == nil)
        let place = try #require(item.places.first)
        #expect(item.places.count == 1)
        let psis = try #require(Seeds.corpus.document(named: "PSIS 400-23"))
        #expect(place.document == psis)
        let doc = Seeds.corpus.documents[psis]
        #expect(place.note.map { doc.notes[$0].label } == "4")
        #expect(place.marker.map { doc.markers[$0].label } == "4")
        #expect(place.page == 5)
        #expect(place.passage?.contains("I will gladly face it") == true)
        #expect(place.block == doc.markers[try #require(place.marker)].block)
        #expect(doc.blocks[place.block].slice(place.offset, place.end).hasPrefix("So, even if I am criticised"))
    }

    @Test func typedFormsFindTheSameCard() {
        #expect(Seeds.corpus.citedItem("h197715")?.id == "H-197715")
        #expect(Seeds.corpus.citedItem("Dip. Sum. #1214")?.id == "DS-1214")
        #expect(Seeds.corpus.citedItem("H-999999") == nil)
    }

    @Test func srh078CardIsTheLoadedSummaryCitedByTheThesis() throws {
        let item = try #require(Seeds.corpus.citedItem("srh 78"))
        #expect(item.id == "SRH-078")
        #expect(item.kind == .srh)
        #expect(item.document == Seeds.corpus.document(named: "000"))
        #expect(item.title == "Russo-Japanese Relations")
        #expect(item.date == "18 June 1945")
        let thesis = try #require(Seeds.corpus.document(named: "002"))
        #expect(item.places.count >= 8)
        #expect(item.places.allSatisfy { $0.document == thesis })
        #expect(item.places.map(\.line) == item.places.map(\.line).sorted())
        #expect(item.places.first?.passage?.contains("power of life and death over Japan") == true)
    }

    @Test func catalogueItemNotInTheCorpus() throws {
        let item = try #require(Seeds.corpus.citedItem("PSIS 400-22"))
        #expect(item.kind == .psis)
        #expect(item.title == "Russo-Japanese Relations")
        #expect(item.date == "21 July 1945")
        #expect(item.document == nil)
        // Cited twice in PSIS 400-23's running text, so each place's passage is its own sentence.
        #expect(item.places.count == 2)
        #expect(item.places.allSatisfy { $0.note == nil && $0.marker == nil && $0.passage?.contains("PSIS 400-22") == true })
    }

    @Test func shortTitleWorkCardHoldsItsBibliographyEntry() throws {
        let item = try #require(Seeds.corpus.citedItem("Hata, The Japanese-Soviet Confrontation, 1935-1940"))
        #expect(item.kind == .work)
        #expect(item.title?.hasPrefix("The Japanese-Soviet Confrontation") == true)
        #expect(item.bibliography?.hasPrefix("Hata") == true)
        #expect(item.places.count > 5)
        #expect(item.document == nil)
    }

    @Test func placesSortByCitingDocumentDate() throws {
        // An id cited by several documents lists the earlier document's places first.
        let corpus = Seeds.corpus
        for (id, refs) in corpus.citationsByID where Set(refs.map(\.document)).count > 1 {
            let item = try #require(corpus.citedItem(id))
            let dates = item.places.map { corpus.documents[$0.document].metadata.date }
            let known = dates.compactMap { $0 }
            #expect(known == known.sorted(), "\(id) places are not in date order")
            #expect(dates.firstIndex(of: nil).map { i in dates[i...].allSatisfy { $0 == nil } } ?? true, "\(id): undated documents come last")
        }
    }

    @Test func indexGroupsEveryCitationByKind() {
        let corpus = Seeds.corpus
        let index = corpus.citedItemIndex()
        let kinds = index.map(\.kind)
        #expect(kinds == CitationKind.allCases.filter { kinds.contains($0) })
        let intercepts = try? #require(index.first { $0.kind == .intercept })
        let interceptCitations = corpus.documents.reduce(0) { $0 + $1.citations.filter { $0.kind == .intercept }.count }
        #expect(intercepts?.items.reduce(0) { $0 + $1.count } == interceptCitations)
        #expect(intercepts?.items.contains { $0.id == "H-197715" && $0.count == 1 } == true)
        #expect(index.reduce(0) { $0 + $1.items.count } == corpus.citationsByID.count)
        for group in index {
            let ids = group.items.map(\.id)
            #expect(ids == ids.sorted { $0.naturallyPrecedes($1) })
        }
    }

    @Test func naturalOrderComparesNumbersAsNumbers() {
        #expect("DS-999".naturallyPrecedes("DS-1212"))
        #expect(!"DS-1212".naturallyPrecedes("DS-999"))
        #expect("Spec. 2".naturallyPrecedes("Spec. 10"))
        #expect("H-18349".naturallyPrecedes("H-157756"))
        #expect("beloff".naturallyPrecedes("Boyd"))
    }
}
