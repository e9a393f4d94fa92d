import Testing
@testable import Corpus

/// Light markup becomes style spans and leaves the text; stars are emphasis only when they pair.
@Suite struct MarkupTests {
    private func styled(_ block: Block, _ style: TextStyle) -> [String] {
        block.styles.filter { $0.style == style }.map { block.slice($0.start, $0.end) }
    }

    @Test func markupBecomesStyleSpansAndLeavesTheText() throws {
        let doc = try Load.document(Fixture.inlineStyles)
        let block = try #require(doc.blocks.first)
        #expect(block.text == "This has bold words and italic words and tagged italics and struck words here.")
        #expect(styled(block, .bold) == ["bold words"])
        #expect(styled(block, .italic) == ["italic words", "tagged italics"])
        #expect(styled(block, .strike) == ["struck words"])
        #expect(block.styles.count == 4)
        #expect(doc.markers.isEmpty)
    }

    @Test func markdownLinksShowTheirTextOnly() throws {
        let doc = try Load.document("Part of the [Asian History Commons](#), and [the rest](https://example.org/x).\n\nA [sic] stays, and so does [Togo] (ed.).\n")
        #expect(doc.blocks.map(\.text) == ["Part of the Asian History Commons, and the rest.", "A [sic] stays, and so does [Togo] (ed.)."])
    }

    @Test func styleSpansAreSortedAndInsideTheText() throws {
        let doc = try Load.document(Fixture.inlineStyles)
        let block = try #require(doc.blocks.first)
        let n = block.text.utf8.count
        #expect(block.styles.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= n })
        #expect(block.styles.map(\.start) == block.styles.map(\.start).sorted())
    }

    @Test func paragraphOpeningWithItalicsIsNotANote() throws {
        let doc = try Load.document(Fixture.paragraphOpeningWithItalics)
        #expect(doc.notes.isEmpty)
        #expect(doc.markers.isEmpty)
        let block = try #require(doc.blocks.first)
        #expect(block.kind == .paragraph)
        #expect(block.text.hasPrefix("Izvestia and Pravda both carried"))
        #expect(styled(block, .italic) == ["Izvestia", "Pravda"])
    }

    private func block(_ text: String) throws -> (Block, [Marker]) {
        let doc = try Load.document(text + "\n")
        return (try #require(doc.blocks.first), doc.markers)
    }

    @Test func escapedStarIsAMarkerNeverEmphasis() throws {
        let (b, markers) = try block(#"An escaped \*word\* pair stands in this sentence."#)
        #expect(markers.map(\.label) == ["*", "*"])
        #expect(markers.allSatisfy { $0.convention == .asterisk })
        #expect(b.styles.isEmpty)
        #expect(b.text == "An escaped *word* pair stands in this sentence.")
    }

    @Test func pairedStarsAreEmphasisUnpairedAreMarkers() throws {
        let (b, markers) = try block("The *Kosei Maru* was seized for spying.* Nothing more came of the protest.")
        #expect(b.text == "The Kosei Maru was seized for spying.* Nothing more came of the protest.")
        #expect(b.styles == [StyleSpan(start: 4, end: 14, style: .italic)])
        #expect(markers.map(\.label) == ["*"])
    }

    @Test func supWithWordsIsSuperscriptStyleNotAMarker() throws {
        let (b, markers) = try block("On the 9<sup>th</sup> of May the consul reported to Tokyo again.")
        #expect(b.text == "On the 9th of May the consul reported to Tokyo again.")
        #expect(markers.isEmpty)
        #expect(b.styles == [StyleSpan(start: 8, end: 10, style: .superscript)])
    }

    @Test func backslashEscapesOtherCharacters() throws {
        let (b, markers) = try block(#"Section \_3\_ of the pact was cited by the ambassador in Moscow."#)
        #expect(b.text == "Section _3_ of the pact was cited by the ambassador in Moscow.")
        #expect(markers.isEmpty)
    }
}
