import Foundation
import Testing

/// `dossier list --json` over the seed corpus.
@Suite struct ListCommandTests {
    static let keys = ["file", "title", "shortTitle", "archiveIds", "date", "kind", "pages", "markers", "notes", "anomalies", "warnings"]

    private func rows() throws -> [[String: Any]] {
        let r = try Dossier.seeds(["list", "--json"])
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.array(JSON.object(r.json(), "list --json")["documents"], "list --json documents")
    }

    private func row(_ prefix: String, in rows: [[String: Any]]) throws -> [String: Any] {
        try #require(rows.first { JSON.string($0["file"])?.hasPrefix(prefix) == true }, "no file \(prefix)")
    }

    @Test func listsTheFiveSeedDocuments() throws {
        let rows = try rows()
        #expect(rows.count == 5)
        let files = rows.compactMap { JSON.string($0["file"]) }
        #expect(files.map { String($0.prefix(3)) } == ["000", "001", "002", "003", "004"])
        for r in rows {
            #expect(JSON.string(r["title"])?.isEmpty == false)
            #expect(JSON.string(r["kind"]) != nil)
            #expect(JSON.int(r["markers"]) != nil && JSON.int(r["notes"]) != nil && JSON.int(r["anomalies"]) != nil)
            #expect(JSON.strings(r["archiveIds"]) != nil)
            #expect(JSON.strings(r["warnings"]) != nil)
        }
    }

    @Test func theSeedsSkipNothing() throws {
        let r = try Dossier.seeds(["list", "--json"])
        let listing = try JSON.object(r.json(), "list --json")
        #expect(Set(listing.keys) == ["documents", "skipped"])
        #expect((listing["skipped"] as? [Any])?.isEmpty == true)
    }

    @Test func everyRowCarriesEveryDocumentedKey() throws {
        var missing: [String: [String]] = [:]
        for r in try rows() where !JSON.missingKeys(r, Self.keys).isEmpty {
            missing[JSON.string(r["file"]) ?? "?"] = JSON.missingKeys(r, Self.keys)
        }
        #expect(missing.isEmpty, "rows lack keys (absent values should be null): \(missing)")
    }

    @Test func thesisAndBookHaveNoPages() throws {
        let rows = try rows()
        #expect(JSON.isNull(try row("002", in: rows)["pages"]))
        #expect(JSON.isNull(try row("004", in: rows)["pages"]))
        #expect((JSON.int(try row("000", in: rows)["pages"]) ?? 0) > 1)
    }

    @Test func psis40016IsAlsoSRH078() throws {
        let psis = try row("000", in: try rows())
        #expect(JSON.string(psis["shortTitle"]) == "PSIS 400-16")
        #expect(JSON.strings(psis["archiveIds"])?.contains("SRH-078") == true)
    }

    @Test func thesisIsAThesis() throws {
        let thesis = try row("002", in: try rows())
        #expect(JSON.string(thesis["kind"]) == "thesis")
        #expect((JSON.int(thesis["notes"]) ?? 0) > 0)
    }
}

/// The anomalies behind each count, for scripts that want to check them.
@Suite struct ListAnomalyDetailTests {
    @Test func anomalyListMatchesTheCountAndNamesInferredBreaks() throws {
        let r = try Dossier.seeds(["list", "--json"])
        let rows = try JSON.array(JSON.object(r.json(), "list --json")["documents"], "list --json documents")
        for row in rows {
            let list = try #require(row["anomalyList"] as? [[String: Any]], "anomalyList missing")
            #expect(list.count == JSON.int(row["anomalies"]))
            for a in list { #expect(Set(a.keys) == ["kind", "message", "line", "page"]) }
        }
        let oss = try #require(rows.first { JSON.string($0["file"])?.hasPrefix("003") == true })
        let kinds = (oss["anomalyList"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(kinds == ["inferredPageBreak", "inferredPageBreak"])
    }
}
