import Foundation
import Testing

/// `dossier timeline [--from DATE] [--to DATE] [--doc DOC] [--actor NAME] [--json]` over the seed corpus.
@Suite struct TimelineCommandTests {
    static let keys = ["date", "end", "precision", "kind", "file", "shortTitle", "page", "line", "note", "text", "derivation", "rule"]

    private func rows(_ arguments: [String] = []) throws -> [[String: Any]] {
        let r = try Dossier.seeds(["timeline", "--json"] + arguments)
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.array(r.json(), "timeline --json")
    }

    @Test func everyRowCarriesEveryDocumentedKeyInTimeOrder() throws {
        let rows = try rows()
        #expect(rows.count > 500)
        for row in rows { #expect(JSON.missingKeys(row, Self.keys).isEmpty, "a row lacks \(JSON.missingKeys(row, Self.keys))") }
        let dates = rows.compactMap { JSON.string($0["date"]) }
        #expect(dates.count == rows.count)
        // ISO at its precision; in time order (a month before the days of that month).
        for (row, date) in zip(rows, dates) {
            let precision = JSON.string(row["precision"])
            #expect(date.count == (precision == "day" ? 10 : precision == "month" ? 7 : 4), "\(date) is not of precision \(precision ?? "?")")
        }
        let keys = dates.map { $0.split(separator: "-").map { Int($0)! } + [0, 0] }.map { ($0[0], $0[1], $0[2]) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(Set(rows.compactMap { JSON.string($0["kind"]) }) == ["event", "message", "cited", "document"])
    }

    @Test func theSummerOf1945InOrderWithPages() throws {
        let rows = try rows(["--from", "1945-05-29", "--to", "1945-08-08"])
        func index(_ file: String, _ line: Int, _ date: String) -> Int? {
            rows.firstIndex { JSON.string($0["file"])?.hasPrefix(file) == true && JSON.int($0["line"]) == line && JSON.string($0["date"]) == date }
        }
        let interview = try #require(index("000", 171, "1945-05-29"), "the Sato-Molotov interview, counted from 21 May")
        let togo = try #require(index("000", 200, "1945-06-01"), "Togo's message of 1 June")
        let war = try #require(index("002", 1027, "1945-08-08"), "the Soviet declaration of war")
        #expect(interview < togo && togo < war)
        #expect(JSON.int(rows[interview]["page"]) == 10)
        #expect(JSON.int(rows[togo]["page"]) == 12)
        #expect(JSON.string(rows[interview]["rule"]) == "relative")
        #expect(JSON.string(rows[interview]["derivation"])?.contains("8 days after 21 May") == true)
        #expect(rows.allSatisfy { ($0["date"] as? String ?? "") >= "1945-05-29" && ($0["date"] as? String ?? "") <= "1945-08-08" })
    }

    @Test func docAndActorNarrow() throws {
        let all = try rows()
        let srh078 = try rows(["--doc", "SRH-078"])
        #expect(!srh078.isEmpty && srh078.count < all.count)
        #expect(srh078.allSatisfy { JSON.string($0["file"])?.hasPrefix("000") == true })
        let malik = try rows(["--actor", "Malik"])
        #expect(!malik.isEmpty && malik.count < all.count)
    }

    @Test func textFormSaysHowADateWasRead() throws {
        let r = try Dossier.seeds(["timeline", "--from", "1945-05-29", "--to", "1945-05-29", "--doc", "000"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("1945-05-29") && $0.contains(":10:171: After eight days") }, "\(r.out)")
        #expect(lines[at + 1].contains("\"After eight days\": 8 days after 21 May (line 160)"))
    }

    @Test func aBadDateIsAUsageErrorAndNothingFoundIsStatus1() throws {
        let bad = try Dossier.seeds(["timeline", "--from", "July"])
        #expect(bad.status == 64 || bad.status == 2, "\(bad.status) \(bad.err)")
        #expect(bad.err.contains("--from \"July\" is not a date"))
        let none = try Dossier.seeds(["timeline", "--from", "2090"])
        #expect(none.status == 1)
        #expect(none.out.isEmpty)
    }
}
