import Foundation
import Testing
@testable import Corpus

/// Passages one document quotes from another: the seeds' links, what they tolerate, and what never links.
@Suite struct QuotationTests {
    // MARK: - The seeds

    /// The thesis's block quotation of Sato's plea of 20 July (note 5: "SRH-086, p. 5").
    static var sato: QuotationLink? {
        let corpus = Seeds.corpus
        return corpus.quotations.first { link in
            corpus.documents[link.quotedIn.document].file.hasPrefix("002") && corpus.documents[link.source.document].file.hasPrefix("001")
                && link.source.page == 5
        }
    }

    @Test func theThesisQuotesSatosPleaFromSRH086PageFive() throws {
        let link = try #require(Self.sato, "no link from the thesis to SRH-086 p. 5")
        #expect(link.source.page == 5 && link.source.pageEnd == 5)
        #expect(link.source.line == 116 && link.source.lineEnd == 124)
        #expect(link.quotedIn.line == 1095 && link.quotedIn.lineEnd == 1109)
        #expect(link.quotedIn.page == nil, "the thesis carries no page numbers")
        let source = Seeds.doc("001"), thesis = Seeds.doc("002")
        #expect(source.blocks[link.source.block].slice(link.source.start, source.blocks[link.source.block].text.utf8.count)
            .hasPrefix("Since the Manchurian incident"))
        #expect(thesis.blocks[link.quotedIn.endBlock].slice(0, link.quotedIn.end).hasSuffix("between the Emperor and his people"))
        #expect(link.score > 0.95)
        #expect(link.words >= 180)
    }

    @Test func theSatoLinkReportsWhatTheThesisChanged() throws {
        let link = try #require(Self.sato)
        #expect(link.differences == [
            WordDifference(source: "pre-Axis", quoted: "pro-Axis"),
            WordDifference(source: "", quoted: "[and]"),
            WordDifference(source: "will", quoted: ""),
            WordDifference(source: "part", quoted: "pant"),
        ])
        // "Anti-Axis" / "anti-Axis" differ in case only, and the ellipses, quotation marks, dashes and the
        // notes ³ ⁴ printed inside the thesis's quotation are not words: none is a difference.
        #expect(!link.differences.contains { $0.source.lowercased() == $0.quoted.lowercased() })
    }

    /// Every link the seeds make: the thesis quoting the two Navy summaries, and the Soviet note of 5 April
    /// 1945 that both the thesis and R & A 3039S print (a shared passage of a third text).
    @Test func theSeedsLinksAreThese() {
        let corpus = Seeds.corpus
        let found = corpus.quotations.map { link in
            "\(corpus.documents[link.source.document].file.prefix(3)):\(link.source.line)-\(link.source.lineEnd)"
                + " in \(corpus.documents[link.quotedIn.document].file.prefix(3)):\(link.quotedIn.line)-\(link.quotedIn.lineEnd)"
        }
        #expect(found == [
            "003:34-34 in 002:785-785",
            "000:85-85 in 002:843-853",
            "000:85-88 in 002:867-871",
            "000:93-94 in 002:871-871",
            "000:91-91 in 002:871-871",
            "000:95-95 in 002:873-873",
            "000:111-111 in 002:875-875",
            "000:160-160 in 002:883-883",
            "000:192-192 in 002:891-891",
            "000:202-202 in 002:893-893",
            "001:116-124 in 002:1095-1109",
        ])
    }

    @Test func theTwoNavySummariesShareOnlyBoilerplateAndDoNotLink() throws {
        let corpus = Seeds.corpus
        let d16 = try #require(corpus.document(named: "000")), d23 = try #require(corpus.document(named: "001"))
        #expect(!corpus.quotations.contains { Set([$0.source.document, $0.quotedIn.document]) == Set([d16, d23]) })
        // Why: what the two issues of the series share is the masthead on their covers (fifteen words, long
        // enough to link, but a paginated document's cover is not read), their stamps and distribution lists
        // (furniture, never read), and the series' closing formula, a phrase of eight words.
        let masthead = "PUBLICATION OF PACIFIC STRATEGIC INTELLIGENCE SECTION"
        for d in [d16, d23] {
            let doc = corpus.documents[d]
            let b = try #require(doc.blockIndex(containing: masthead))
            #expect(doc.blocks[b].page == 0 && doc.blocks[b].kind == .paragraph)
            #expect(ReadingWords.cover(of: doc)?.contains(b) == true)
            #expect(doc.blocks.contains { $0.kind == .furniture && $0.furniture == .distribution })
            #expect(doc.blocks.contains { $0.isReadingText && $0.text.contains("Summarizing the foregoing, it may be said that") })
        }
    }

    @Test func everyLinkJoinsReadingTextInRangeAndPointsFromTheOlderDocument() throws {
        let corpus = Seeds.corpus
        #expect(!corpus.quotations.isEmpty)
        for link in corpus.quotations {
            for end in [link.source, link.quotedIn] {
                let doc = corpus.documents[end.document]
                #expect(doc.blocks.indices.contains(end.block) && doc.blocks.indices.contains(end.endBlock))
                #expect(doc.blocks[end.block].isReadingText && doc.blocks[end.endBlock].isReadingText, "an end in furniture or a note")
                #expect(doc.blocks[end.block].kind != .heading && doc.blocks[end.endBlock].kind != .heading)
                #expect((end.block, end.start) < (end.endBlock, end.end))
                #expect(end.end <= doc.blocks[end.endBlock].text.utf8.count)
                #expect(end.line <= end.lineEnd && end.lineEnd <= doc.lineCount)
            }
            let source = corpus.documents[link.source.document].metadata, quoted = corpus.documents[link.quotedIn.document].metadata
            let older = try #require(source.date), later = try #require(quoted.date)
            #expect(older < later)
            #expect((0...1).contains(link.score) && link.score >= QuotationDetector.minimumScore)
        }
        #expect(corpus.consistencyProblems().isEmpty)
    }

    @Test func linksAreListedByDocument() throws {
        let corpus = Seeds.corpus
        let thesis = try #require(corpus.document(named: "002")), oss = try #require(corpus.document(named: "003"))
        #expect(corpus.quotations(touching: thesis) == Array(corpus.quotations.indices))
        #expect(corpus.quotations(touching: oss).map { corpus.quotations[$0].source.document } == [oss])
        #expect(corpus.quotations(touching: try #require(corpus.document(named: "004"))).isEmpty)
        #expect(corpus.quotations(touching: -1).isEmpty && corpus.quotations(touching: corpus.documents.count).isEmpty)
    }

    // MARK: - Tolerance

    static let cables = """
    Intercepted Cables

    2 August 1945

    The ambassador wrote that the fundamental reason for this situation has been the division of the world into two camps, pre-Axis and Anti-Axis, as a result of our having taken sides with Nazism.

    Our people will have to part for a long time under the heavy yoke of the enemy, but after some decades we shall be able to flourish as before.
    """

    static func corpus(_ files: [(String, String)]) -> Corpus {
        CorpusLoader.load(texts: files.map { ($0.0, Array($0.1.utf8)) })
    }

    @Test func ellipsesBracketsQuotationMarksAndChangedWordsAreTolerated() throws {
        let study = """
        A Later Study

        Spring 1996

        In his plea the ambassador admitted as much:

        "The fundamental reason for this situation has been the division of the world into two camps - pro-Axis and anti-Axis - [and] as a result of our having taken sides with Nazism . . . Our people have to pant for a long time under the heavy yoke of the enemy . . . (but) after some decades we shall be able to flourish as before."¹

        ¹Cables, p. 1.
        """
        let corpus = Self.corpus([("a.txt", Self.cables), ("b.txt", study)])
        let link = try #require(corpus.quotations.first)
        #expect(corpus.quotations.count == 1)
        #expect(corpus.documents[link.source.document].file == "a.txt")
        #expect(link.source.line == 5 && link.source.lineEnd == 7, "the source's passage runs over two paragraphs")
        #expect(link.differences == [
            WordDifference(source: "pre-Axis", quoted: "pro-Axis"), WordDifference(source: "", quoted: "[and]"),
            WordDifference(source: "will", quoted: ""), WordDifference(source: "part", quoted: "pant"),
        ])
        #expect(link.score > 0.9)
    }

    @Test func noteBlocksAndMarkersInsideTheQuotationAndAPageBreakInTheSourceAreTolerated() throws {
        // A typescript whose sentence runs over a page foot (note 1 between), quoted by a study whose
        // quotation carries a marker and runs on after two notes printed inside it.
        let summary = """
        RUSSO-JAPANESE RELATIONS

        (Short Title: PSIS 400-99)

        18 June 1945

        COPY NO. 3 of 6

        DECLASSIFIED per Sec. 3, E. O. 12958

        The salient feature of the eight weeks since abrogation of the pact has been the fulfillment of fears expressed by the ambassador.¹ The press, meanwhile,

        ¹ H-176782, 7 Apr., Sato-Tokyo.

        kept up its attacks on Japan throughout the period under review, so that our foreign policy has been a complete failure in every quarter of the world.²

        ² H-179966, 23 Apr., Tokyo-Moscow.

        The third page opens with a fresh paragraph about the Soviet courts and the confiscated fishing vessel.
        """
        let study = """
        A Later Study

        Spring 1996

        The summary found "the fulfillment of fears expressed by the ambassador.¹ The press, meanwhile, kept up its attacks on Japan throughout the period under review, so that our foreign policy has been a complete

        ¹ Summary, pp. 1-2.

        ² Ibid., 4.

        failure in every quarter of the world."² Nothing more was said.
        """
        let corpus = Self.corpus([("a.txt", summary), ("b.txt", study)])
        let link = try #require(corpus.quotations.first)
        #expect(corpus.quotations.count == 1)
        #expect(link.source.page == 1 && link.source.pageEnd == 2, "the passage runs over the page foot")
        #expect(link.source.line == 11 && link.source.lineEnd == 15)
        #expect(link.quotedIn.line == 5 && link.quotedIn.lineEnd == 11, "the quotation runs on after the notes")
        #expect(link.quotedIn.block == link.quotedIn.endBlock)
        #expect(link.differences.isEmpty, "markers and notes are not words: \(link.differences)")
        #expect(link.score == 1)
    }

    // MARK: - What never links

    @Test func unrelatedDocumentsSharingAShortPhraseDoNotLink() {
        let a = """
        A Report

        2 August 1945

        The embassy reported that the Soviet Union would not renew the pact, and that the envoy should wait in Moscow.
        """
        let b = """
        A Study

        Spring 1996

        Historians agree that the Soviet Union would not renew the pact after Yalta, whatever Tokyo hoped for.
        """
        #expect(Self.corpus([("a.txt", a), ("b.txt", b)]).quotations.isEmpty)
    }

    @Test func identicalCopiesDoNotLinkAndShareTheirTwinsLinks() throws {
        let study = """
        A Later Study

        Spring 1996

        As Sato put it, "our people will have to part for a long time under the heavy yoke of the enemy, but after some decades we shall be able to flourish as before."
        """
        let corpus = Self.corpus([("a.txt", Self.cables), ("a-copy.txt", Self.cables), ("b.txt", study), ("b-copy.txt", study)])
        #expect(corpus.documents[0].contentHash == corpus.documents[1].contentHash)
        #expect(corpus.quotations.count == 1, "one link between the two texts, none between a copy and its twin")
        let link = try #require(corpus.quotations.first)
        #expect(link.source.document == 0 && link.quotedIn.document == 2, "ends name the first copy of each text")
        #expect(corpus.quotations(touching: 1) == corpus.quotations(touching: 0))
        #expect(corpus.quotations(touching: 3) == [0])
        #expect(Self.corpus([("a.txt", Self.cables), ("a-copy.txt", Self.cables)]).quotations.isEmpty)
    }

    @Test func copiesOfTheSeedsLinkAsTheSeedsDoFromTheirFirstCopies() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Seeds.folder).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { name in (name, try #require(FileManager.default.contents(atPath: Seeds.folder + "/" + name)).map { $0 }) }
        let copied = (0..<3).flatMap { copy in
            texts.map { name, bytes in (name.replacingOccurrences(of: ".txt", with: String(format: "-c%04d.txt", copy)), bytes) }
        }
        let copies = CorpusLoader.load(texts: copied)
        func places(_ corpus: Corpus) -> [String] {
            corpus.quotations.map { "\(corpus.documents[$0.source.document].file.prefix(3)):\($0.source.line) in \(corpus.documents[$0.quotedIn.document].file.prefix(3)):\($0.quotedIn.line)" }
        }
        #expect(places(copies) == places(Seeds.corpus))
        func isFirstCopy(_ d: Int) -> Bool { copies.documents.firstIndex { $0.contentHash == copies.documents[d].contentHash } == d }
        #expect(copies.quotations.allSatisfy { isFirstCopy($0.source.document) && isFirstCopy($0.quotedIn.document) })
        for d in copies.documents.indices {
            let first = try #require(copies.documents.firstIndex { $0.contentHash == copies.documents[d].contentHash })
            #expect(copies.quotations(touching: d) == copies.quotations(touching: first), "a copy has its twin's links")
        }
    }

    @Test func theSourceIsTheOlderDocumentWhateverTheFileOrder() throws {
        let study = """
        A Later Study

        Spring 1996

        Sato wrote: "The fundamental reason for this situation has been the division of the world into two camps."
        """
        let corpus = Self.corpus([("a-study.txt", study), ("b-cables.txt", Self.cables)])
        let link = try #require(corpus.quotations.first)
        #expect(corpus.documents[link.source.document].file == "b-cables.txt")
        #expect(corpus.documents[link.quotedIn.document].file == "a-study.txt")
        // Undated texts: the one first in file order is the source.
        let undated = Self.corpus([("x.txt", "Notes\n\n" + Self.body), ("y.txt", "More notes\n\n" + Self.body)])
        #expect(undated.quotations.map { undated.documents[$0.source.document].file } == ["x.txt"])
    }

    static let body = "The fundamental reason for this situation has been the division of the world into two camps, as a result of our having taken sides.\n"

    @Test func aMastheadOnTheCoversOfTwoIssuesDoesNotLink() {
        func issue(_ number: Int, _ body: String) -> String {
            """
            RUSSO-JAPANESE RELATIONS

            (Short Title: PSIS 400-\(number))

            PUBLICATION OF PACIFIC STRATEGIC INTELLIGENCE SECTION COMMANDER-IN-CHIEF UNITED STATES FLEET and CHIEF OF NAVAL OPERATIONS

            \(number) June 1945

            COPY NO. 3 of 6

            DECLASSIFIED per Sec. 3, E. O. 12958

            \(body)
            """
        }
        let corpus = Self.corpus([
            ("a.txt", issue(16, "The embassy reported heavy traffic on the railway toward Manchuria throughout the month.")),
            ("b.txt", issue(23, "Sato cabled that the envoy's mission had found no welcome in Moscow at all.")),
        ])
        #expect(corpus.documents.allSatisfy { ReadingWords.cover(of: $0) != nil })
        #expect(corpus.quotations.isEmpty)
    }

    @Test func aPhrasePrintedByManyTextsIsCommonLanguageNotAQuotation() {
        let formula = "Summarizing the foregoing it may be said that the Japanese position in Moscow grew weaker with every passing week."
        let texts = (1...6).map { n in
            ("t\(n).txt", "Report \(n)\n\n\(n) May 1945\n\nReport \(n) tells of matter number \(n) only.\n\n\(formula)\n")
        }
        #expect(Self.corpus(texts).quotations.isEmpty)
        // Among fewer texts the same words are a passage they share.
        #expect(!Self.corpus(Array(texts.prefix(2))).quotations.isEmpty)
    }
}
