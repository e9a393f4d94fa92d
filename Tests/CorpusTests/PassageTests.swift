import Testing
@testable import Corpus

/// Sentence boundaries, and the passage a marker or a running-text citation annotates.
@Suite struct PassageTests {
    /// The sentences of a text, split where `SentenceBoundary` says they start.
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let cuts = [0] + SentenceBoundary.starts(in: text) + [bytes.count]
        return zip(cuts, cuts.dropFirst()).map { String(decoding: bytes[$0..<$1], as: UTF8.self).trimmingCharacters(in: .whitespaces) }
    }

    @Test func stopsFollowedBySpaceEndSentences() {
        #expect(sentences("It rained. Was it cold? It was! Then it cleared.") == ["It rained.", "Was it cold?", "It was!", "Then it cleared."])
    }

    @Test func closingQuotesAndMarkersStandBetweenStopAndSpace() {
        #expect(sentences("He said \"no.\" Then he left.") == ["He said \"no.\"", "Then he left."])
        #expect(sentences("He said “no.” Then he left.") == ["He said “no.”", "Then he left."])
        #expect(sentences("It was done.³ Then it was not.") == ["It was done.³", "Then it was not."])
        #expect(sentences("(It was done.) Then it was not.") == ["(It was done.)", "Then it was not."])
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Sato met Gen. Tojo and Dr. Jacobsson.").count == 1)
        #expect(sentences("See No. 5 and SRH-078, p. 4 and pp. 9-10 for this.").count == 1)
        #expect(sentences("The U.S. Navy and the U.S.S.R. agreed. Nothing followed.") == ["The U.S. Navy and the U.S.S.R. agreed.", "Nothing followed."])
        #expect(sentences("Robert J. C. Butow wrote it. It sold.") == ["Robert J. C. Butow wrote it.", "It sold."])
        #expect(sentences("Lt. General Okamoto agreed, e.g. on this. He left.") == ["Lt. General Okamoto agreed, e.g. on this.", "He left."])
    }

    @Test func lowerCaseAndSpacedEllipsesRunOn() {
        #expect(sentences("the peace . . . we are giving fresh study. Next.") == ["the peace . . . we are giving fresh study.", "Next."])
        #expect(sentences("relations with Japan . . . , the Soviet policy is clear. Next.").count == 2)
        #expect(sentences("an advocate of defeatism. and so on.").count == 1)
    }

    @Test func markerPassageIsTheSentenceBeforeIt() throws {
        let doc = try Load.document(Fixture.superscriptMarkers)
        let one = try #require(doc.markers.firstIndex { $0.label == "1" })
        let p = try #require(doc.passage(ofMarker: one))
        #expect(p.text == "The consul reported thirty trains a day.¹")
        #expect(p.start == 0 && p.block == doc.markers[one].block && p.endBlock == p.block)
        #expect(doc.blocks[p.block].slice(p.start, p.end) == p.text)
        // The marker ending the sentence before counts as a closer; one inside a sentence stays in it.
        let four = try #require(doc.markers.firstIndex { $0.label == "4" })
        #expect(doc.passage(ofMarker: four)?.text == "The embassy was hit²³ in the raid and the consular department burned out.⁴")
    }

    @Test func shortSentenceTakesInTheOneBefore() throws {
        let doc = try Load.document(Fixture.duplicateLabels)
        let two = try #require(doc.markers.firstIndex { $0.label == "2" })
        #expect(doc.passage(ofMarker: two)?.text == "The ambassador reported the conversation in full.¹ The minister replied.²")
    }

    @Test func longPassageIsCutAtAWordWithAnEllipsis() throws {
        let long = Array(repeating: "the minister talked on", count: 40).joined(separator: " and ")
        let doc = try Load.document("It began. \(long.prefix(1).uppercased() + long.dropFirst()) forever.¹\n\n¹ H-197581, 19 July.\n")
        let p = try #require(doc.passage(ofMarker: 0))
        #expect(p.text.hasPrefix("…"))
        #expect(p.text.hasSuffix("forever.¹"))
        #expect(p.text.count <= Document.passageLimit + 1)
        #expect(p.text.dropFirst().first?.isLetter == true, "cut mid-word: \(p.text.prefix(20))")
        #expect("…" + doc.blocks[p.block].slice(p.start, p.end) == p.text)
    }

    @Test func markerOpeningAParagraphSplitByAFootTakesTheSentenceBefore() throws {
        // Thesis chapter III note 49 stands after "States.", the rest of a sentence split by a note foot.
        let thesis = Seeds.doc("002")
        let m = try #require(thesis.markers.firstIndex { $0.label == "49" && thesis.blocks[$0.block].text.hasPrefix("States.") })
        let p = try #require(thesis.passage(ofMarker: m))
        #expect(p.text.hasSuffix("between Japan and the United States.⁴⁹"))
        #expect(p.block < thesis.markers[m].block && p.endBlock == thesis.markers[m].block)
    }

    @Test func psis40023Note4PassageIsSatosPlea() throws {
        let d = Seeds.doc("PSIS 400-23")
        let m = try #require(d.markers.firstIndex { $0.label == "4" })
        let p = try #require(d.passage(ofMarker: m))
        // Note 4 cites E-197715, Sato's message from Moscow of 20 July: the passage is its close.
        #expect(p.text.hasPrefix("So, even if I am criticised because of this for being an advocate of defeatism"))
        #expect(p.text.hasSuffix("I will gladly face it.....\"⁴"))
        #expect(d.page(containingLine: d.blocks[p.block].line) == 5)
    }

    @Test func thesisChapterVNote27PassageQuotesThePowerOfLifeAndDeath() throws {
        let thesis = Seeds.doc("002")
        let n = try #require(thesis.notes.firstIndex { $0.text.hasPrefix("\"Russo-Japanese Relations, 18 June 1945,\" SRH-078, p. 4") })
        let c = try #require(thesis.notes[n].citations.first { thesis.citations[$0].id == "SRH-078" })
        let p = try #require(thesis.passage(ofCitation: c))
        #expect(p.text.contains("planning to seize the power of life and death over Japan"))
        #expect(p.text.contains("a U.S. intelligence study reported"))
        #expect(p.text.hasSuffix("²⁷"))
    }

    @Test func runningTextCitationPassageIsItsSentence() throws {
        let d = Seeds.doc("PSIS 400-23")
        let c = try #require(d.citations.firstIndex { $0.id == "PSIS 400-22" && $0.note == nil })
        let p = try #require(d.passage(ofCitation: c))
        #expect(p.text.hasPrefix("In the last preceding Summary (PSIS 400-22"))
        #expect(p.text.hasSuffix("negotiations with England and America\"."))
        #expect(p.start <= d.citations[c].start && p.end >= d.citations[c].end)
    }

    @Test func everySeedMarkerAndNoteCitationHasAPassage() {
        for doc in Seeds.corpus.documents {
            for m in doc.markers.indices {
                let p = doc.passage(ofMarker: m)
                #expect(p?.text.isEmpty == false, "\(doc.file) marker \(doc.markers[m].label) line \(doc.markers[m].line) has no passage")
                #expect((p?.text.count ?? 0) <= Document.passageLimit + 2)
            }
            for (k, c) in doc.citations.enumerated() where c.note.map({ !doc.notes[$0].markers.isEmpty }) ?? true {
                #expect(doc.passage(ofCitation: k) != nil, "\(doc.file) citation \(c.raw) line \(c.line) has no passage")
            }
        }
    }
}
