import Foundation
import Testing
import TestSupport
@testable import Corpus

/// Search on small fixtures: smart case, accents both ways, whitespace and hyphens across source
/// lines, offsets on character boundaries covering the original text, non-overlapping leftmost
/// matches, hits placed by page, line and column with a snippet, and a 1 MB line.
@Suite struct SearchTests {
    /// A query that must be one.
    static func query(_ text: String) throws -> SearchQuery {
        try #require(SearchQuery(text), "\"\(text)\" is no query")
    }

    /// The texts a query matches in a document, as printed in its blocks.
    static func found(_ query: String, in doc: Document) throws -> [String] {
        try doc.matches(of: Self.query(query)).map { doc.blocks[$0.block].slice($0.start, $0.end) }
    }

    /// UTF-8 offsets of every character boundary of a text, its end included.
    static func boundaries(_ text: String) -> Set<Int> {
        Set(text.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } + [text.utf8.count])
    }

    // MARK: - The query

    @Test func emptyOrBlankTextIsNoQuery() {
        #expect(SearchQuery("") == nil)
        #expect(SearchQuery(" \t\n") == nil)
        #expect(SearchQuery(" sato ")?.text == " sato ")
    }

    @Test func anUpperCaseLetterMakesTheQueryCaseSensitive() {
        #expect(SearchQuery("sato")?.caseSensitive == false)
        #expect(SearchQuery("Sato")?.caseSensitive == true)
        #expect(SearchQuery("shôwa")?.caseSensitive == false)
        #expect(SearchQuery("État")?.caseSensitive == true)
        #expect(SearchQuery("h-197715")?.caseSensitive == false)
    }

    // MARK: - Smart case

    @Test func lowerCaseQueryIgnoresCase() throws {
        let doc = try Load.document("Sato saw Molotov; sato is printed in lower case and SATO in capitals.\n")
        #expect(try Self.found("sato", in: doc) == ["Sato", "sato", "SATO"])
    }

    @Test func upperCaseLetterMatchesCaseExactly() throws {
        let doc = try Load.document("Sato saw Molotov; sato is printed in lower case and SATO in capitals.\n")
        #expect(try Self.found("Sato", in: doc) == ["Sato"])
        #expect(try Self.found("SATO", in: doc) == ["SATO"])
        #expect(try Self.found("sAto", in: doc).isEmpty)
    }

    @Test func caseFoldingReachesLettersBeyondASCII() throws {
        let doc = try Load.document("L'ÉTAT, c'est moi; l'état ne répond pas. ЛОЗОВСКИЙ и Лозовский.\n")
        #expect(try Self.found("état", in: doc) == ["ÉTAT", "état"])
        #expect(try Self.found("État", in: doc).isEmpty)
        #expect(try Self.found("ÉTAT", in: doc) == ["ÉTAT"])
        #expect(try Self.found("лозовский", in: doc) == ["ЛОЗОВСКИЙ", "Лозовский"])
    }

    // MARK: - Accents

    @Test func plainQueryFindsAccentedText() throws {
        let doc = try Load.document("Emperor Hirohito and Shôwa Japan; Deputy Commissar Lozovskiĭ; Endô Shûsaku.\n")
        #expect(try Self.found("Showa", in: doc) == ["Shôwa"])
        #expect(try Self.found("showa", in: doc) == ["Shôwa"])
        #expect(try Self.found("Lozovskii", in: doc) == ["Lozovskiĭ"])
        #expect(try Self.found("endo shusaku", in: doc) == ["Endô Shûsaku"])
    }

    @Test func accentedQueryFindsPlainText() throws {
        let doc = try Load.document("The Showa emperor; later historians wrote Shôwa.\n")
        #expect(try Self.found("Shôwa", in: doc) == ["Showa", "Shôwa"])
        #expect(try Self.found("lozovskiĭ", in: try Load.document("Lozovskii replied.\n")) == ["Lozovskii"])
    }

    @Test func decomposedAccentsAreCoveredByTheMatch() throws {
        let text = "Sho\u{0302}wa and Showa\u{0301}.\n"
        let doc = try Load.document(text)
        #expect(try Self.found("showa", in: doc) == ["Sho\u{0302}wa", "Showa\u{0301}"])
        // And an accented query against a decomposed text.
        #expect(try Self.found("shôwa", in: doc) == ["Sho\u{0302}wa", "Showa\u{0301}"])
    }

    @Test func lettersWithoutDecompositionAreSpelledOut() throws {
        let doc = try Load.document("Søren in Łódź; the Straße; Æsop's œuvre; Đakovo; ıstanbul.\n")
        #expect(try Self.found("soren", in: doc) == ["Søren"])
        #expect(try Self.found("lodz", in: doc) == ["Łódź"])
        #expect(try Self.found("strasse", in: doc) == ["Straße"])
        #expect(try Self.found("aesop", in: doc) == ["Æsop"])
        #expect(try Self.found("oeuvre", in: doc) == ["œuvre"])
        #expect(try Self.found("dakovo", in: doc) == ["Đakovo"])
        #expect(try Self.found("istanbul", in: doc) == ["ıstanbul"])
        // A query ending inside a spelled-out letter takes the whole letter.
        #expect(try Self.found("strass", in: doc) == ["Straß"])
    }

    @Test func typographicQuotesDashesAndLigaturesReadAsTyped() throws {
        let doc = try Load.document("Molotov’s “final” reply; the Japanese–German ﬁles.\n")
        #expect(try Self.found("molotov's", in: doc) == ["Molotov’s"])
        #expect(try Self.found("\"final\"", in: doc) == ["“final”"])
        #expect(try Self.found("japanese-german", in: doc) == ["Japanese–German"])
        #expect(try Self.found("files", in: doc) == ["ﬁles"])
    }

    @Test func everyScalarFoldingToASCIIStartsWithALeadByteTheFilterWatches() {
        // The candidate filter passes over other lead bytes when the pattern starts with ASCII: check
        // every scalar of the Basic Multilingual Plane those leads start (the other planes fold nothing to ASCII).
        var missed: [String] = []
        for value in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(value), let lead = String(scalar).utf8.first,
                  !CandidateFilter.foldsToASCII(lead: lead) else { continue }
            for caseSensitive in [false, true] {
                let fold = ScalarFold(scalar, caseSensitive: caseSensitive)
                if fold.kind == .text, let first = fold.bytes.first, first < 0x80 {
                    missed.append("U+" + String(value, radix: 16, uppercase: true))
                }
            }
        }
        #expect(missed.isEmpty, "folding to ASCII behind an unwatched lead byte: \(missed.prefix(20))")
    }

    @Test func theCandidateFilterNeverLosesAMatch() throws {
        // Random paragraphs of accented, decomposed, hyphenated, spaced and non-Latin pieces, searched for
        // their own pieces and random slices: the filtered scan finds exactly what trying every scalar finds.
        let pieces = ["Lozovsky", "Lozov-\nsky", "Shôwa", "Sho\u{302}wa", "Straße", "ß", "SS", " ", "  ", "\n", "-", "–", "’", "'",
                      "é", "e\u{301}", "É", "ǅ", "ﬁ", "a", "L", "lo", "zo", "¹", "Лозовский", "😀", "👍🏽", "\u{00A0}", "Sato",
                      "SATO", "sato-tokyo", "inter-\nwar", "x", "H-\n197715", "(", "\"", "“", "ı", "İ", ";", "\u{37E}"]
        var random = SplitMix64(seed: 20261121)
        var compared = 0
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<Int.random(in: 20...200, using: &random) { text += pieces.randomElement(using: &random)! }
            let doc = try Load.document("Title\n\n" + text + "\n")
            let joined = doc.blocks.map(\.text).joined(separator: " ")
            var queries = pieces.filter { SearchQuery($0) != nil }.map { $0.replacingOccurrences(of: "\n", with: " ") }
            let characters = Array(joined)
            for _ in 0..<20 where characters.count > 4 {
                let from = Int.random(in: 0..<(characters.count - 4), using: &random)
                let slice = String(characters[from..<(from + Int.random(in: 1...4, using: &random))])
                queries += [slice, slice.lowercased()]
            }
            for text in queries {
                guard let query = SearchQuery(text) else { continue }
                let pattern = SearchPattern(query)
                #expect(doc.matches(of: pattern) == doc.matches(of: pattern, filtered: false), "\(text) in \(joined)")
                compared += 1
            }
        }
        #expect(compared > 3000)
    }

    @Test func superscriptMarkersAreNotDigits() throws {
        let doc = try Load.document(Fixture.superscriptMarkers)
        #expect(try Self.found("1", in: doc).allSatisfy { !$0.contains("¹") })
        #expect(try Self.found("23 apr", in: doc) == ["23 Apr"])
    }

    // MARK: - Whitespace and line ends

    @Test func anyWhitespaceRunMatchesAnyOther() throws {
        let doc = try Load.document("The names of\nthe commanders were broadcast; Mr.\u{00A0}Sato\u{2003}replied.\n")
        #expect(try Self.found("names of the commanders", in: doc) == ["names of the commanders"])
        #expect(try Self.found("names   of\tthe\ncommanders", in: doc) == ["names of the commanders"])
        // Block text keeps a no-break space (other whitespace is already one space there).
        #expect(try Self.found("mr. sato replied", in: doc) == ["Mr.\u{00A0}Sato replied"])
        #expect(try Self.found("mr.\u{2003}sato", in: doc) == ["Mr.\u{00A0}Sato"])
        #expect(try Self.found("  broadcast  ", in: doc) == ["broadcast"])
        #expect(try Self.found("namesof", in: doc).isEmpty)
    }

    @Test func tableRowsMatchAcrossTheirLineBreaks() throws {
        let doc = try Load.document("Year\tTrains\tTroops\n1944\t30\t12000\n1945\t45\t20000\n")
        let table = try #require(doc.blocks.first { $0.kind == .table })
        #expect(table.text.contains("\n"), "the table keeps its rows on lines: \(table.text)")
        #expect(try Self.found("troops 1944", in: doc) == ["Troops\n1944"])
        #expect(try Self.found("30 12000", in: doc) == ["30  12000"])
    }

    @Test func joinedLinesKeepAHyphenThatEndsALine() throws {
        // InlineMarkup joins a paragraph's lines with a space and keeps the hyphen: "Lozov- sky".
        let doc = try Load.document("Sato obtained an interview with Lozov-\nsky on 25 July.\n")
        #expect(doc.blocks[0].text.contains("Lozov- sky"))
    }

    @Test func aHyphenEndingALineBetweenLettersIsSkipped() throws {
        let doc = try Load.document("Sato obtained an interview with Lozov-\nsky on 25 July, in the inter-\nwar manner.\n")
        #expect(try Self.found("lozovsky", in: doc) == ["Lozov- sky"])
        #expect(try Self.found("Lozovsky on 25", in: doc) == ["Lozov- sky on 25"])
        // Typed with its hyphen (a compound cut at the line end), with or without the space.
        #expect(try Self.found("inter-war", in: doc) == ["inter- war"])
        #expect(try Self.found("inter- war", in: doc) == ["inter- war"])
        #expect(try Self.found("interwar", in: doc) == ["inter- war"])
        // A query ending at the hyphen stops there.
        #expect(try Self.found("inter-", in: doc) == ["inter-"])
    }

    @Test func aHyphenInsideALineIsNeverSkipped() throws {
        let doc = try Load.document("The Soviet-Japanese pact and a Lozov- sky printed on one line.\n")
        #expect(try Self.found("sovietjapanese", in: doc).isEmpty)
        #expect(try Self.found("lozovsky", in: doc).isEmpty)
        #expect(try Self.found("soviet-japanese", in: doc) == ["Soviet-Japanese"])
    }

    @Test func aHyphenBeforeANumberAtALineEndStaysButItsLineBreakIsNoSpace() throws {
        let doc = try Load.document("The intercept H-\n197715 of 7 April.\n")
        #expect(try Self.found("h-197715", in: doc) == ["H- 197715"])
        #expect(try Self.found("h- 197715", in: doc) == ["H- 197715"])
        #expect(try Self.found("h197715", in: doc).isEmpty)
    }

    // MARK: - Offsets

    @Test func offsetsFallOnCharacterBoundariesCoveringTheOriginal() throws {
        let text = "Cafe\u{0301} Shôwa 👍🏽 ok; e\u{0301}te\u{0301}; Lozov-\nsky; Straße; 🇯🇵 flag; a\u{200D}b.\n"
        let doc = try Load.document(text)
        for query in ["cafe", "e", "showa", "ok", "👍", "ete", "lozovsky", "strass", "s", "flag", "a", "te"] {
            let q = try Self.query(query)
            let matches = doc.matches(of: q)
            #expect(!matches.isEmpty, "\(query) found nothing")
            for m in matches {
                let block = doc.blocks[m.block].text
                let edges = Self.boundaries(block)
                #expect(edges.contains(m.start) && edges.contains(m.end),
                        "\(query): \(m.start)..<\(m.end) is not on character boundaries of \(block)")
            }
        }
        #expect(try Self.found("cafe", in: doc) == ["Cafe\u{0301}"])
        #expect(try Self.found("👍", in: doc) == ["👍🏽"])
        #expect(try Self.found("ete", in: doc) == ["e\u{0301}te\u{0301}"])
    }

    @Test func noMatchIsEmpty() throws {
        let doc = try Load.document("Sato saw Molotov.\n")
        #expect(try Self.found("lozovsky", in: doc).isEmpty)
        #expect(try Self.found("molotovs", in: doc).isEmpty)
        #expect(try Self.found("\u{0301}", in: doc).isEmpty)
    }

    @Test func matchesAreLeftmostAndDoNotOverlap() throws {
        let doc = try Load.document("aaaa abab aaa\n")
        let aa = try Self.query("aa")
        #expect(doc.matches(of: aa).map { [$0.start, $0.end] } == [[0, 2], [2, 4], [10, 12]])
        let ab = try Self.query("ab")
        #expect(doc.matches(of: ab).map { [$0.start, $0.end] } == [[5, 7], [7, 9]])
    }

    @Test func everyBlockKindIsSearchedNotesIncluded() throws {
        let doc = try Load.document(Fixture.superscriptMarkers)
        let q = try Self.query("sato-tokyo")
        let kinds = doc.matches(of: q).map { doc.blocks[$0.block].kind }
        #expect(kinds == [.note])
        let hits = Load.corpus(Fixture.superscriptMarkers).search(q)
        #expect(hits.map(\.inNote) == [true])
    }

    // MARK: - Hits

    @Test func hitsCarryLineColumnAndSnippet() throws {
        let text = """
        Sato obtained another interview with Lozovsky
        on 25 July, but as he really had nothing more
        concrete to transmit, he saw Lozov-
        sky again.

        Lozovsky assured Sato.
        """
        let corpus = Load.corpus(text)
        let hits = corpus.search(try Self.query("lozovsky"))
        #expect(hits.map(\.line) == [1, 3, 6])
        #expect(hits.map(\.column) == [38, 30, 1])
        #expect(hits.map(\.page) == [nil, nil, nil])
        #expect(hits.allSatisfy { $0.file == "doc.txt" && $0.document == 0 && !$0.inNote })
        for hit in hits {
            let snippet = Array(hit.snippet)
            let shown = String(snippet[hit.snippetMatch])
            #expect(shown.replacingOccurrences(of: "- ", with: "").lowercased() == "lozovsky", "\(hit.snippet) marks \(shown)")
            #expect(!hit.snippet.contains("\n") && !hit.snippet.contains("  "))
            #expect(hit.snippet.count <= 82, "\(hit.snippet)")
        }
        #expect(hits[2].snippet == "Lozovsky assured Sato.")
        #expect(hits[2].snippetMatch == 0..<8)
    }

    @Test func snippetIsCutAtWordsWithEllipses() throws {
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        let corpus = Load.corpus(words + " Lozovsky " + words + "\n")
        let hit = try #require(corpus.search(try Self.query("lozovsky")).first)
        #expect(hit.snippet.hasPrefix("…word"))
        #expect(hit.snippet.hasSuffix("…"))
        #expect((70...82).contains(hit.snippet.count), "\(hit.snippet.count): \(hit.snippet)")
        let parts = hit.snippet.dropFirst().dropLast().split(separator: " ")
        #expect(parts.allSatisfy { $0 == "Lozovsky" || $0.hasPrefix("word") && Int($0.dropFirst(4)) != nil }, "\(hit.snippet)")
        #expect(String(Array(hit.snippet)[hit.snippetMatch]) == "Lozovsky")
    }

    @Test func searchKeepsToTheDocumentsGivenInCorpusOrder() throws {
        let corpus = CorpusLoader.load(texts: [("a.txt", Array("Sato in a.\n".utf8)), ("b.txt", Array("Sato in b.\n".utf8)),
                                               ("c.txt", Array("Sato in c.\n".utf8))])
        let q = try Self.query("sato")
        #expect(corpus.search(q).map(\.file) == ["a.txt", "b.txt", "c.txt"])
        #expect(corpus.search(q, documents: [2, 0]).map(\.file) == ["a.txt", "c.txt"])
        #expect(corpus.search(q, documents: [1, 1, 7]).map(\.document) == [1])
        #expect(corpus.search(q, documents: []).isEmpty)
    }

    @Test func aOneMegabyteLineIsSearchedWholeWithColumnsCounted() throws {
        var line = ""
        var columns: [Int] = []
        var characters = 0, k = 0
        while line.utf8.count < 1_000_000 {
            k += 1
            let word = k % 7 != 0 ? ["alpha", "Molotov", "Shôwa", "the", "of"][k % 5] : k % 2 == 0 ? "Lozovsky" : "Lozovskiĭ"
            if k % 7 == 0 { columns.append(characters + 1) }
            line += word + " "
            characters += word.count + 1
        }
        let corpus = Load.corpus(line + "\n")
        let hits = corpus.search(try Self.query("lozovsk"))
        #expect(hits.count == columns.count)
        #expect(hits.map(\.column) == columns)
        #expect(hits.allSatisfy { $0.line == 1 && $0.snippet.count <= 82 })
        #expect(hits.last.map { String(Array($0.snippet)[$0.snippetMatch]) } == "Lozovsk")
    }
}
