import Testing
@testable import Corpus

/// Footnote markers in every convention: label, convention, line, and where they stand in the text.
@Suite struct MarkerConventionTests {
    private func summary(_ doc: Document) -> [String] {
        doc.markers.map { "\($0.label)|\($0.convention.rawValue)|\($0.line)" }
    }

    /// Every marker's UTF-8 range shows its label (digits as superscripts) in its block.
    private func expectRangesShowLabels(_ doc: Document) {
        for (i, m) in doc.markers.enumerated() {
            let shown = doc.blocks[m.block].slice(m.start, m.end)
            #expect(shown == shownLabel(m.label), "marker \(m.label) shows \(shown.debugDescription)")
            #expect(doc.blocks[m.block].markers.contains(i), "block \(m.block) does not list marker \(i)")
        }
    }

    @Test func unicodeSuperscripts() throws {
        let doc = try Load.document(Fixture.superscriptMarkers)
        #expect(summary(doc) == ["1|unicodeSuperscript|1", "23|unicodeSuperscript|1", "4|unicodeSuperscript|2"])
        #expect(doc.markers.map(\.printed) == ["¹", "²³", "⁴"])
        expectRangesShowLabels(doc)
    }

    @Test func superscriptsPairWithTheirNotes() throws {
        let doc = try Load.document(Fixture.superscriptMarkers)
        #expect(doc.markers.map { doc.pairedNote($0)?.label } == ["1", "23", "4"])
        #expect(doc.markers.allSatisfy { $0.anomaly == nil })
    }

    @Test func caretGroups() throws {
        let doc = try Load.document(Fixture.caretMarkers)
        #expect(summary(doc) == ["**|caretGroup|1", "8|caretGroup|1", "***|caretGroup|1"])
        #expect(doc.markers.map(\.printed) == ["^{**}", "^{8***}", "^{8***}"])
        expectRangesShowLabels(doc)
        let text = try #require(doc.blocks.first?.text)
        #expect(!text.contains("^{"))
    }

    @Test func caretGroupWithTwoLabelsNamesTwoNotes() throws {
        let doc = try Load.document(Fixture.caretMarkers)
        #expect(doc.markers.map { doc.pairedNote($0)?.label } == ["**", "8", "***"])
        #expect(try doc.note(labelled: "8").text.hasPrefix("H-180854"))
        #expect(try doc.note(labelled: "***").text.hasPrefix("Ostensibly fishing"))
    }

    @Test func htmlSup() throws {
        let doc = try Load.document(Fixture.htmlSupMarkers)
        #expect(summary(doc) == ["4|htmlSup|1", "o|htmlSup|1"])
        #expect(doc.markers.map(\.printed) == ["<sup>4</sup>", "<sup>o</sup>"])
        expectRangesShowLabels(doc)
        #expect(doc.markers.map { doc.pairedNote($0)?.label } == ["4", "o"])
        #expect(doc.blocks.first?.text.contains("<sup>") == false)
    }

    @Test func starsAfterPunctuation() throws {
        let doc = try Load.document(Fixture.asteriskMarkers)
        #expect(summary(doc) == ["*|asterisk|1", "**|asterisk|1"])
        expectRangesShowLabels(doc)
        #expect(doc.markers.map { doc.pairedNote($0)?.label } == ["*", "**"])
        #expect(doc.blocks.first?.styles.isEmpty == true, "marker stars must not pair as emphasis")
    }

    @Test func escapedStars() throws {
        let doc = try Load.document(Fixture.escapedMarkers)
        #expect(summary(doc) == ["*|asterisk|1", "**|asterisk|1"])
        #expect(doc.markers.map(\.printed) == [#"\*"#, #"\*\*"#])
        expectRangesShowLabels(doc)
        #expect(doc.markers.map { doc.pairedNote($0)?.label } == ["*", "**"])
        #expect(doc.blocks.first?.text.contains("\\") == false)
    }

    @Test func plainTrailingNumberIsAMarkerWhenTheFootHasItsNote() throws {
        let doc = try Load.document(Fixture.plainDigitMarker)
        #expect(summary(doc) == ["3|plainDigits|1"])
        expectRangesShowLabels(doc)
        let text = try #require(doc.blocks.first?.text)
        #expect(text.hasSuffix("accordingly.³"))
        let note = try #require(doc.pairedNote(doc.markers[0]))
        #expect(note.label == "3")
        #expect(note.text.hasPrefix("H-197845"))
    }

    @Test func plainTrailingNumberIsProseWhenTheFootLacksItsNote() throws {
        let doc = try Load.document(Fixture.plainDigitWithoutNote)
        #expect(doc.markers.isEmpty)
        #expect(doc.blocks.first?.text.hasSuffix("accordingly. 3") == true)
    }

    @Test func markerOnASecondSourceLineHasThatLine() throws {
        let doc = try Load.document(Fixture.superscriptMarkers)
        let m = try #require(doc.markers(labelled: "4").first)
        #expect(m.line == 2)
        #expect(m.block == 0)
        #expect(doc.blocks[0].lineEnd == 2)
    }

    @Test func unpaginatedMarkersHaveNoPage() throws {
        let doc = try Load.document(Fixture.superscriptMarkers)
        #expect(doc.markers.allSatisfy { $0.page == nil })
    }
}
