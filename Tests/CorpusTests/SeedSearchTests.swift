import Foundation
import Testing
@testable import Corpus

/// Search on the five real seeds: every transliteration of Lozovsky, accented and plain spellings
/// both ways, a phrase across a page break and a word hyphenated at a line end, and hits placed on the
/// page, source line and column the seed files print them at.
@Suite struct SeedSearchTests {
    static var corpus: Corpus { Seeds.corpus }

    static func query(_ text: String) throws -> SearchQuery {
        try #require(SearchQuery(text), "\"\(text)\" is no query")
    }

    /// The hits of a query in one document (by prefix: "002").
    static func hits(_ text: String, in document: String) throws -> [SearchHit] {
        let d = try #require(corpus.document(named: document), "no seed \(document)")
        return try corpus.search(query(text), documents: [d])
    }

    /// The text a hit covers.
    static func covered(_ hit: SearchHit) -> String {
        corpus.documents[hit.document].blocks[hit.block].slice(hit.start, hit.end)
    }

    /// Occurrences of a string in a seed file's source.
    static func occurrences(_ needle: String, inFileOf document: String) -> Int {
        Seeds.lines(Seeds.doc(document)).reduce(0) { $0 + $1.components(separatedBy: needle).count - 1 }
    }

    @Test func lozovskFindsEverySpellingInEveryDocumentThatPrintsOne() throws {
        let hits = Self.corpus.search(try Self.query("Lozovsk"))
        let byFile = Dictionary(grouping: hits, by: \.file)
        for prefix in ["001", "002", "004"] {
            let file = Seeds.doc(prefix).file
            #expect(byFile[file]?.count == Self.occurrences("Lozovsk", inFileOf: prefix), "\(prefix)")
        }
        #expect(Set(byFile.keys) == Set(["001", "002", "004"].map { Seeds.doc($0).file }))
        // The words found are the thesis's "Lozovskii" and the book's "Lozovskiy" as well as "Lozovsky".
        let words = hits.map { hit -> String in
            let block = Self.corpus.documents[hit.document].blocks[hit.block].text
            let from = block.utf8.index(block.utf8.startIndex, offsetBy: hit.start)
            return String(block[from...].prefix { $0.isLetter })
        }
        #expect(Set(words) == ["Lozovsky", "Lozovskii", "Lozovskiy"], "\(Set(words))")
        #expect(hits.map { Self.covered($0) }.allSatisfy { $0 == "Lozovsk" })
        // In corpus order, each document's hits in text order.
        #expect(hits.map(\.document) == hits.map(\.document).sorted())
    }

    @Test func plainQueryFindsTheBooksAccentedNames() throws {
        let showa = try Self.hits("showa", in: "004")
        #expect(showa.map(Self.covered) == ["Shôwa"])
        #expect(showa.first?.line == 145)
        let endo = try Self.hits("Endo Shusaku", in: "004")
        #expect(endo.map(Self.covered) == ["Endô Shûsaku"])
        #expect(endo.first?.line == 261)
    }

    @Test func attacheIsFoundWithAndWithoutItsAccent() throws {
        // PSIS 400-16 prints "Naval Attache", PSIS 400-23 "Naval Attaché": one query finds both, typed either way.
        for typed in ["naval attache", "naval attaché"] {
            let hits = Self.corpus.search(try Self.query(typed))
            let printed = Set(hits.map(Self.covered))
            #expect(printed == ["Naval Attache", "Naval Attaché"], "\(typed): \(printed)")
            #expect(hits.contains { $0.file == Seeds.doc("001").file && $0.line == 199 })
            #expect(hits.contains { $0.file == Seeds.doc("000").file && $0.line == 131 })
        }
    }

    @Test func aPhraseIsFoundAcrossAPageBreak() throws {
        // PSIS 400-23: "…broadcast boldly the names of" ends page 3, "the commanders and publicly…" starts page 4.
        let hits = try Self.hits("the names of the commanders", in: "001")
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        let block = Seeds.doc("001").blocks[hit.block]
        #expect(block.pageSplits.contains { $0.page == 4 && hit.start < $0.offset && $0.offset < hit.end },
                "the match does not cross the page 4 break: \(block.pageSplits)")
        #expect(hit.page == 3)
        #expect(Seeds.lines(Seeds.doc("001"))[hit.line - 1].contains("the names of"))
        // R & A 3039S: "superi-" ends page 2 and "ority" starts page 3, rejoined as one word.
        let superiority = try #require(try Self.hits("superiority of forces", in: "003").first)
        #expect(Self.covered(superiority) == "superiority of forces")
        #expect(superiority.page == 2)
        let split = Seeds.doc("003").blocks[superiority.block].pageSplits
        #expect(split.contains { $0.page == 3 && superiority.start < $0.offset && $0.offset < superiority.end })
    }

    @Test func aWordHyphenatedAtALineEndIsFoundWhole() throws {
        // The book's series list: "Competition and rivalry in the inter-" / "war period".
        for typed in ["interwar period", "inter-war period"] {
            let hits = try Self.hits(typed, in: "004")
            #expect(hits.map(Self.covered) == ["inter- war period"], "\(typed)")
            #expect(hits.first?.line == 205)
        }
    }

    @Test func aKnownHitSitsOnItsPageLineAndColumn() throws {
        let hit = try #require(try Self.hits("Lozovsky assured", in: "001").first)
        #expect(hit.page == 7)
        #expect(hit.line == 143)
        #expect(hit.column == 1)
        #expect(hit.snippet == "Lozovsky assured Sato that:")
        #expect(hit.snippetMatch == 0..<16)
        #expect(!hit.inNote)
    }

    @Test func everyHitPointsAtItsTextInTheSourceFile() throws {
        // Lines and columns checked against the files, wherever no markup before the match shifts the column.
        var checked = 0
        for query in ["Lozovsk", "Sato", "Molotov", "Tokyo"] {
            for hit in Self.corpus.search(try Self.query(query)) {
                let doc = Self.corpus.documents[hit.document]
                let source = Array(Seeds.lines(doc)[hit.line - 1])
                let covered = Self.covered(hit)
                #expect(String(source).contains(covered), "\(doc.file):\(hit.line) lacks \(covered)")
                if doc.isPaginated, !hit.inNote {
                    #expect(hit.page == doc.page(containingLine: hit.line), "\(doc.file):\(hit.line): page \(String(describing: hit.page))")
                }
                let before = source.prefix(hit.column - 1)
                guard hit.column - 1 <= source.count, !before.contains(where: { "<>*^[]\\~".contains($0) }),
                      doc.blocks[hit.block].kind == .paragraph, source.first?.isLetter == true else { continue }
                #expect(String(source[(hit.column - 1)...]).hasPrefix(covered), "\(doc.file):\(hit.line):\(hit.column) is not at \(covered)")
                checked += 1
            }
        }
        #expect(checked > 200, "only \(checked) hits checked")
    }

    @Test func notesAreSearchedAndSaySo() throws {
        let hits = try Self.hits("Sato-Tokyo", in: "000")
        #expect(hits.contains { $0.inNote })
        for hit in hits where hit.inNote {
            #expect(Seeds.doc("000").blocks[hit.block].kind == .note)
        }
    }
}
