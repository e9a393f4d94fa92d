import Testing
@testable import Corpus

/// Pairing markers with notes, and the anomalies kept when the text is ambiguous.
@Suite struct PairingTests {
    @Test func duplicateLabelPairsWithTheNoteThatCites() throws {
        let doc = try Load.document(Fixture.duplicateLabels)
        let ones = doc.notes(labelled: "1")
        try #require(ones.count == 2)
        let marker = try #require(doc.markers(labelled: "1").first)
        let chosen = try #require(doc.pairedNote(marker))
        #expect(chosen.line == 4)
        #expect(chosen.text.hasPrefix("H-197581"))
        #expect(marker.anomaly?.kind == .duplicateNoteLabel)
        #expect(marker.anomaly?.message.contains("this is the one that cites") == true)
    }

    @Test func bothDuplicateNotesAreFlagged() throws {
        let doc = try Load.document(Fixture.duplicateLabels)
        let ones = doc.notes(labelled: "1")
        #expect(ones.allSatisfy { $0.anomaly?.kind == .duplicateNoteLabel })
        let other = try #require(ones.first { $0.line == 3 })
        #expect(other.markers.isEmpty)
        #expect(other.anomaly?.message.contains("this is the one that cites") == false)
        #expect(doc.anomalies.filter { $0.kind == .duplicateNoteLabel }.count >= 2)
    }

    @Test func noteWithoutMarker() throws {
        let doc = try Load.document(Fixture.duplicateLabels)
        let orphan = try doc.note(labelled: "3")
        #expect(orphan.markers.isEmpty)
        #expect(orphan.anomaly?.kind == .noteWithoutMarker)
        #expect(orphan.anomaly?.message == "this note has no marker in the text")
        #expect(orphan.anomaly?.line == 6)
        #expect(doc.anomalies.contains { $0.kind == .noteWithoutMarker && $0.line == 6 })
    }

    @Test func singleNoteOfALabelPairsWithoutAnomaly() throws {
        let doc = try Load.document(Fixture.duplicateLabels)
        let marker = try #require(doc.markers(labelled: "2").first)
        #expect(doc.pairedNote(marker)?.text == "Dip. Sum. #1212, 20 July.")
        #expect(marker.anomaly == nil)
    }

    @Test func markerWithoutNote() throws {
        let doc = try Load.document(Fixture.markerWithoutNote)
        let lost = try #require(doc.markers(labelled: "7").first)
        #expect(lost.note == nil)
        #expect(lost.anomaly?.kind == .markerWithoutNote)
        #expect(lost.anomaly?.message.contains("7") == true)
        #expect(doc.anomalies.contains { $0.kind == .markerWithoutNote && $0.line == 1 })
        let found = try #require(doc.markers(labelled: "1").first)
        #expect(found.note != nil && found.anomaly == nil)
    }

    @Test func excerptWithoutNotesSaysSoForEveryMarker() throws {
        let doc = try Load.document(Fixture.markersWithoutAnyNotes)
        #expect(doc.notes.isEmpty)
        #expect(doc.markers.map(\.label) == ["1", "2", "*"])
        for m in doc.markers {
            #expect(m.note == nil)
            #expect(m.anomaly?.kind == .markerWithoutNote)
            #expect(m.anomaly?.message.contains("in this excerpt") == true, "\(m.anomaly?.message ?? "nil")")
        }
        #expect(doc.anomalies.count == 3)
    }

    @Test func fusedLabelAfterRuleIsReadBack() throws {
        let doc = try Load.document(Fixture.fusedLabel)
        let note = try doc.note(labelled: "3")
        #expect(note.printedLabel == "34-197845")
        #expect(note.text.hasPrefix("H-197845, 21 July"))
        let marker = try #require(doc.markers.first)
        #expect(marker.label == "3")
        #expect(doc.pairedNote(marker)?.line == 5)
        #expect(doc.anomalies.contains { $0.kind == .mangledNoteLabel && $0.line == 5 })
    }

    @Test func fusedLabelCitationIsMarkedCorrected() throws {
        let doc = try Load.document(Fixture.fusedLabel)
        let cites = try doc.citations(ofNote: "3")
        let intercept = try #require(cites.first { $0.kind == .intercept })
        #expect(intercept.id == "H-197845")
        #expect(intercept.raw == "34-197845")
        #expect(intercept.corrected)
        #expect(intercept.date == "21 July")
        #expect(cites.contains { $0.id == "DS-1214" && $0.corrected })
    }

    @Test func pairingIsSymmetric() throws {
        for text in [Fixture.duplicateLabels, Fixture.chapters, Fixture.caretMarkers, Fixture.citations] {
            let doc = try Load.document(text)
            for (i, m) in doc.markers.enumerated() {
                if let n = m.note { #expect(doc.notes[n].markers.contains(i)) }
            }
            for (n, note) in doc.notes.enumerated() {
                for m in note.markers { #expect(doc.markers[m].note == n) }
            }
        }
    }
}
