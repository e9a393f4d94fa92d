import Testing
@testable import Corpus

/// Headings are recognised by convention, and look-alikes (addresses, dates) are not.
@Suite struct HeadingRuleTests {
    private func blocks(_ text: String) -> [Block] {
        CorpusLoader.load(texts: [("h.txt", Array(text.utf8))]).documents[0].blocks
    }

    @Test func capitalisedTitleWithItsPeriodOnTheNextLineIsAHeading() {
        let b = blocks("**RUSSO-JAPANESE RELATIONS  \n(21-27 July 1945)**\n\nThe text of the summary begins here with a sentence long enough to be prose.\n")
        #expect(b[0].kind == .heading)
        #expect(b[0].text == "RUSSO-JAPANESE RELATIONS (21-27 July 1945)")
    }

    @Test func aNumberedAddressIsNotAChapterHeading() {
        let b = blocks("11 New Fetter Lane, London EC4P 4EE\n\nSimultaneously published in the USA\n")
        #expect(b[0].kind != .heading)
    }

    @Test func aDateLineIsNotAHeading() {
        let b = blocks("18 June, 1945\n\nThe text of the summary begins here with a sentence long enough to be prose, and more of it.\n")
        #expect(b[0].kind != .heading)
    }
}
