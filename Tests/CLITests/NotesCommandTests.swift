import Foundation
import Testing

/// `dossier notes DOC --json` over the seed corpus.
@Suite struct NotesCommandTests {
    static let rowKeys = ["label", "page", "line", "context", "note", "anomaly", "citations"]
    static let noteKeys = ["label", "line", "text"]
    static let citationKeys = ["id", "kind", "raw", "corrected", "via", "target"]

    private func rows() throws -> [[String: Any]] {
        let r = try Dossier.seeds(["notes", "SRH-078", "--json"])
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.array(r.json(), "notes --json")
    }

    @Test func rowsHaveMarkersNotesAndCitations() throws {
        let rows = try rows()
        #expect(rows.count > 20)
        let first = try #require(rows.first)
        #expect(JSON.string(first["label"]) == "1")
        #expect(JSON.int(first["page"]) == 1)
        #expect((JSON.int(first["line"]) ?? 0) > 0)
        #expect(JSON.string(first["context"])?.isEmpty == false)
        let note = try JSON.object(first["note"], "note")
        #expect(JSON.string(note["label"]) == "1")
        #expect(JSON.string(note["text"])?.hasPrefix("H-176782") == true)
        #expect((JSON.int(note["line"]) ?? 0) > (JSON.int(first["line"]) ?? 0))
        let cites = try JSON.array(first["citations"], "citations")
        let c = try #require(cites.first)
        #expect(JSON.string(c["id"]) == "H-176782")
        #expect(JSON.string(c["kind"]) == "intercept")
        #expect(JSON.string(c["raw"]) == "H-176782")
        #expect(JSON.bool(c["corrected"]) == false)
    }

    @Test func everyRowCarriesEveryDocumentedKey() throws {
        var rowMissing = Set<String>(), noteMissing = Set<String>(), citationMissing = Set<String>()
        for row in try rows() {
            rowMissing.formUnion(JSON.missingKeys(row, Self.rowKeys))
            if let note = row["note"] as? [String: Any] { noteMissing.formUnion(JSON.missingKeys(note, Self.noteKeys)) }
            for c in (row["citations"] as? [[String: Any]]) ?? [] { citationMissing.formUnion(JSON.missingKeys(c, Self.citationKeys)) }
        }
        #expect(rowMissing.isEmpty, "some rows lack \(rowMissing.sorted()) (absent values should be null)")
        #expect(noteMissing.isEmpty, "some notes lack \(noteMissing.sorted())")
        #expect(citationMissing.isEmpty, "some citations lack \(citationMissing.sorted()) (absent values should be null)")
    }

    @Test func noteIsAnObjectOrNull() throws {
        for row in try rows() {
            let note = row["note"]
            #expect(JSON.isNull(note) || note is [String: Any])
            #expect(JSON.isNull(row["anomaly"]) || row["anomaly"] is String)
        }
    }

    @Test func correctedCitationsAreFlagged() throws {
        let cites = try rows().flatMap { ($0["citations"] as? [[String: Any]]) ?? [] }
        let bare = try #require(cites.first { JSON.string($0["raw"]) == "180137" })
        #expect(JSON.string(bare["id"]) == "H-180137")
        #expect(JSON.bool(bare["corrected"]) == true)
    }

    /// Every citation of the thesis's notes, with the note text it came from.
    private func thesisCitations() throws -> [(note: String, citation: [String: Any])] {
        let r = try Dossier.seeds(["notes", "002", "--json"])
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.array(r.json(), "notes 002 --json").flatMap { row in
            let text = JSON.string((row["note"] as? [String: Any])?["text"]) ?? ""
            return ((row["citations"] as? [[String: Any]]) ?? []).map { (text, $0) }
        }
    }

    @Test func thesisChapterVNote27TargetsSRH078Page4AndIbidPage5() throws {
        let cites = try thesisCitations()
        let i = try #require(cites.firstIndex { $0.note.hasPrefix("\"Russo-Japanese Relations, 18 June 1945,\" SRH-078, p. 4") })
        let n27 = cites[i].citation
        #expect(JSON.string(n27["id"]) == "SRH-078")
        #expect(JSON.string(n27["kind"]) == "srh")
        #expect(JSON.isNull(n27["via"]))
        let t27 = try JSON.object(n27["target"], "note 27 target")
        #expect(JSON.string(t27["file"])?.hasPrefix("000") == true)
        #expect(JSON.int(t27["page"]) == 4 && JSON.int(t27["pageEnd"]) == 4)
        // Note 28, "Ibid., p. 5", reaches the same summary through Ibid.
        let n28 = cites[i + 1]
        #expect(n28.note.hasPrefix("Ibid., p. 5"))
        #expect(JSON.string(n28.citation["id"]) == "SRH-078")
        #expect(JSON.string(n28.citation["via"]) == "Ibid.")
        #expect(JSON.int(try JSON.object(n28.citation["target"], "note 28 target")["page"]) == 5)
    }

    @Test func shortTitleCitationSaysWhichShortTitleAndHasNoTarget() throws {
        let cite = try #require(try thesisCitations().first { $0.note == "Hata, \"Japanese-Soviet Confrontation,\" 131." }).citation
        #expect(JSON.string(cite["kind"]) == "work")
        #expect(JSON.string(cite["id"]) == "Hata, The Japanese-Soviet Confrontation, 1935-1940")
        #expect(JSON.string(cite["via"]) == "Hata, Japanese-Soviet Confrontation")
        #expect(JSON.bool(cite["corrected"]) == false)
        #expect(JSON.isNull(cite["target"]))
    }

    @Test func citationOfAnItemNotInTheCorpusHasANullTarget() throws {
        let cite = try #require(try thesisCitations().first { JSON.string($0.citation["id"]) == "SRH-071" }).citation
        #expect(JSON.isNull(cite["target"]))
    }
}
