import Testing
@testable import Corpus

/// Note labels in every convention, multi-line notes, continuations, and per-chapter numbering.
@Suite struct NoteConventionTests {
    private func labelsAndTexts(_ doc: Document) -> [String] {
        doc.notes.map { "\($0.label)|\($0.text)" }
    }

    @Test func numberedLabels() throws {
        let doc = try Load.document(Fixture.numberedNoteLabels)
        #expect(labelsAndTexts(doc) == [
            "1|Parenthesised note running onto a second line.",
            "2|Dashed parenthesised note.",
            "3|Superscript note.",
            "4|Html sup note.",
            "5|Superscript without a space.",
        ])
        #expect(doc.notes.map(\.line) == [3, 5, 6, 7, 8])
        #expect(doc.markers.map { doc.pairedNote($0)?.label } == ["1", "2", "3", "4", "5"])
    }

    @Test func multiLineNoteIsOneNoteWithJoinedText() throws {
        let doc = try Load.document(Fixture.numberedNoteLabels)
        let note = try doc.note(labelled: "1")
        #expect(note.line == 3)
        #expect(note.lineEnd == 4)
        #expect(doc.blocks[note.block].kind == .note)
        #expect(doc.blocks[note.block].note == doc.notes.firstIndex { $0.label == "1" })
        #expect(doc.blocks[note.block].text == note.text)
    }

    @Test func notesAreNotReadingText() throws {
        let doc = try Load.document(Fixture.numberedNoteLabels)
        #expect(doc.readingBlocks.count == 1)
        #expect(doc.blocks.filter { $0.kind == .note }.count == 5)
    }

    @Test func starLabels() throws {
        let doc = try Load.document(Fixture.starNoteLabels)
        #expect(labelsAndTexts(doc) == [
            "*|During the raid the embassy was hit.",
            "**|Last December, Vice Consul Petrov was reported.",
            "***|Ostensibly fishing, the vessel was on a mission.",
        ])
        #expect(doc.markers.map { doc.pairedNote($0)?.label } == ["*", "**", "***"])
        #expect(doc.anomalies.isEmpty)
    }

    @Test func escapedStarLabelWithoutSpace() throws {
        let doc = try Load.document(Fixture.escapedStarNoteWithoutSpace)
        #expect(labelsAndTexts(doc) == ["*|To arrange a meeting with the Foreign Commissar."])
        #expect(doc.markers.count == 1)
        #expect(doc.markers.first?.note == 0)
    }

    @Test func starLabelWithoutSpace() throws {
        let doc = try Load.document(Fixture.starNoteWithoutSpace)
        #expect(labelsAndTexts(doc) == ["*|To arrange a meeting with the Foreign Commissar."])
        #expect(doc.markers.count == 1)
        #expect(doc.markers.first?.note == 0)
        #expect(doc.readingBlocks.count == 1)
    }

    @Test func citationLedParagraphContinuesThePreviousNote() throws {
        let doc = try Load.document(Fixture.citationLedContinuation)
        #expect(doc.notes.map(\.label) == ["19", "20"])
        let note = try doc.note(labelled: "19")
        #expect(note.text == "15 May, NA-Stockholm to Navy Genl. Staff, Tokyo. Dip. Sum. #1151, 20 May.")
        #expect(note.line == 3)
        #expect(note.lineEnd == 5)
        #expect(try doc.citations(ofNote: "19").map(\.id) == ["DS-1151"])
        #expect(!doc.readingBlocks.contains { $0.text.contains("Dip. Sum.") })
    }

    @Test func labelsRestartPerChapter() throws {
        let doc = try Load.document(Fixture.chapters)
        #expect(doc.notes.map(\.label) == ["1", "2", "1"])
        #expect(doc.notes[0].scope == doc.notes[1].scope)
        #expect(doc.notes[0].scope != doc.notes[2].scope)
        #expect(doc.blocks.filter { $0.kind == .heading && $0.level == 1 }.map(\.text) == ["CHAPTER I", "CHAPTER II"])
    }

    @Test func markersPairWithinTheirChapter() throws {
        let doc = try Load.document(Fixture.chapters)
        let pairs = doc.markers.map { m in "\(m.line):\(m.label)->\(doc.pairedNote(m).map { "\($0.line)" } ?? "none")" }
        #expect(pairs == ["3:1->5", "3:2->7", "11:1->13", "11:2->none"])
        let lost = try #require(doc.markers.last)
        #expect(lost.anomaly?.kind == .markerWithoutNote)
    }

    @Test func lastChapterMarkerDoesNotPairBackIntoAnEarlierChapter() throws {
        let doc = try Load.document(Fixture.lastChapterWithoutNotes)
        let lost = try #require(doc.markers.last)
        #expect(lost.line == 11)
        #expect(lost.note == nil, "paired with chapter I's note at line \(doc.pairedNote(lost)?.line ?? 0)")
        #expect(lost.anomaly?.kind == .markerWithoutNote)
    }

    @Test func firstChapterMarkerDoesNotPairForwardIntoTheNextChapter() throws {
        let doc = try Load.document(Fixture.firstChapterWithoutNotes)
        let lost = try #require(doc.markers.first)
        #expect(lost.line == 3)
        #expect(lost.note == nil, "paired with chapter II's note at line \(doc.pairedNote(lost)?.line ?? 0)")
        #expect(lost.anomaly?.kind == .markerWithoutNote)
        #expect(doc.notes.first?.markers.count == 1)
    }
}
