import Foundation
import Testing

/// `dossier cite ID --json` over the seed corpus.
@Suite struct CiteCommandTests {
    static let keys = ["id", "kind", "title", "date", "route", "routes", "companions", "corrections", "bibliography", "citations", "target"]
    static let placeKeys = ["file", "page", "line", "noteLabel", "raw", "corrected", "passage", "noteText"]

    private func cite(_ id: String) throws -> [String: Any] {
        let r = try Dossier.seeds(["cite", id, "--json"])
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.object(r.json(), "cite \(id) --json")
    }

    @Test func interceptCitedUnderAnOCRPrefix() throws {
        let result = try cite("H-197715")
        #expect(JSON.string(result["id"]) == "H-197715")
        #expect(JSON.string(result["kind"]) == "intercept")
        let places = try JSON.array(result["citations"], "citations")
        #expect(!places.isEmpty)
        let printedE = places.filter { JSON.string($0["raw"]) == "E-197715" }
        #expect(printedE.count == 1)
        let place = try #require(printedE.first)
        #expect(JSON.bool(place["corrected"]) == true)
        #expect(JSON.string(place["file"])?.hasPrefix("001") == true)
        #expect(JSON.string(place["noteLabel"]) == "4")
        #expect((JSON.int(place["line"]) ?? 0) > 0)
        #expect(JSON.int(place["page"]) != nil)
    }

    @Test func citeCarriesEveryDocumentedKey() throws {
        let result = try cite("H-197715")
        let missing = JSON.missingKeys(result, Self.keys)
        #expect(missing.isEmpty, "cite lacks \(missing) (absent values should be null)")
        let placeMissing = Set(((result["citations"] as? [[String: Any]]) ?? []).flatMap { JSON.missingKeys($0, Self.placeKeys) })
        #expect(placeMissing.isEmpty, "citations lack \(placeMissing.sorted())")
    }

    @Test func idWithPageTargetsThatPageOfTheLoadedDocument() throws {
        let result = try cite("SRH-078, p. 4")
        #expect(JSON.string(result["id"]) == "SRH-078")
        #expect(JSON.string(result["kind"]) == "srh")
        let target = try JSON.object(result["target"], "target")
        #expect(JSON.string(target["file"])?.hasPrefix("000") == true)
        #expect(JSON.int(target["page"]) == 4)
        #expect(JSON.int(target["pageEnd"]) == 4)
    }

    @Test func typedFormsOfAnIDAreNormalised() throws {
        let result = try cite("h197715")
        #expect(JSON.string(result["id"]) == "H-197715")
    }

    @Test func eachCitationCarriesThePassageItAnnotatesAndItsNote() throws {
        let result = try cite("H-197715")
        let place = try #require(try JSON.array(result["citations"], "citations").first)
        let passage = try #require(JSON.string(place["passage"]))
        #expect(passage.hasPrefix("So, even if I am criticised because of this for being an advocate of defeatism"))
        #expect(passage.hasSuffix("I will gladly face it.....\"⁴"))
        #expect(JSON.string(place["noteText"]) == "E-197715, 20 July, Moscow-Tokyo; Dip. Sum. #1213, 21 July; Dip. Sum. #1214, 22 July.")
        #expect(JSON.strings(result["companions"]) == ["DS-1213", "DS-1214"])
        #expect(JSON.strings(result["corrections"])?.first?.hasPrefix("printed E-197715, read as H-197715") == true)
    }

    @Test func runningTextCitationHasItsSentenceAndNoNote() throws {
        let result = try cite("PSIS 400-22")
        #expect(JSON.string(result["title"]) == "Russo-Japanese Relations")
        #expect(JSON.isNull(result["target"]))
        let places = try JSON.array(result["citations"], "citations")
        #expect(places.count == 2)
        for p in places {
            #expect(JSON.isNull(p["noteText"]))
            #expect(JSON.string(p["passage"])?.contains("PSIS 400-22") == true)
        }
    }

    @Test func textFormShowsThePassageUnderEachPlace() throws {
        let r = try Dossier.seeds(["cite", "H-197715"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.contains("note 4: E-197715") })
        #expect(lines.indices.contains(at + 1) && lines[at + 1].hasPrefix("    So, even if I am criticised"))
        #expect(lines.contains("cited with: DS-1213, DS-1214"))
    }
}
