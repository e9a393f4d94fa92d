import Foundation
import Testing

/// `dossier quotes [--doc DOC] [--json]` over the seed corpus.
@Suite struct QuotesCommandTests {
    static let keys = ["source", "quotedIn", "score", "words", "differences"]
    static let placeKeys = ["file", "page", "pageEnd", "line", "lineEnd"]

    private func links(_ arguments: [String] = []) throws -> [[String: Any]] {
        let r = try Dossier.seeds(["quotes", "--json"] + arguments)
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.array(r.json(), "quotes --json")
    }

    /// The thesis's quotation of Sato's plea from SRH-086 p. 5.
    private func sato(_ links: [[String: Any]]) throws -> [String: Any] {
        try #require(links.first { link in
            let source = link["source"] as? [String: Any], quoted = link["quotedIn"] as? [String: Any]
            return JSON.string(source?["file"])?.hasPrefix("001") == true && JSON.int(source?["page"]) == 5
                && JSON.string(quoted?["file"])?.hasPrefix("002") == true
        }, "no link from the thesis to SRH-086 p. 5")
    }

    @Test func everyLinkCarriesEveryDocumentedKey() throws {
        let links = try links()
        #expect(links.count == 11)
        for link in links {
            #expect(JSON.missingKeys(link, Self.keys).isEmpty, "a link lacks \(JSON.missingKeys(link, Self.keys))")
            for end in ["source", "quotedIn"] {
                let place = try JSON.object(link[end], end)
                #expect(JSON.missingKeys(place, Self.placeKeys).isEmpty, "\(end) lacks \(JSON.missingKeys(place, Self.placeKeys)) (null when absent)")
            }
            for difference in try JSON.array(link["differences"], "differences") {
                #expect(Set(difference.keys) == ["source", "quoted"])
            }
            let score = try #require(link["score"] as? Double)
            #expect(score > 0 && score <= 1)
            #expect((JSON.int(link["words"]) ?? 0) >= 12)
        }
    }

    @Test func theSatoLinkHasItsPlacesAndDifferences() throws {
        let link = try sato(try links())
        let source = try JSON.object(link["source"], "source"), quoted = try JSON.object(link["quotedIn"], "quotedIn")
        #expect(JSON.int(source["line"]) == 116 && JSON.int(source["lineEnd"]) == 124)
        #expect(JSON.int(quoted["line"]) == 1095 && JSON.int(quoted["lineEnd"]) == 1109)
        #expect(JSON.isNull(quoted["page"]) && quoted["page"] != nil, "the thesis is unpaginated: page is null")
        let differences = try JSON.array(link["differences"], "differences").map { "\(JSON.string($0["source"]) ?? "?")|\(JSON.string($0["quoted"]) ?? "?")" }
        #expect(differences == ["pre-Axis|pro-Axis", "|[and]", "will|", "part|pant"])
    }

    @Test func docKeepsLinksWithAnEndInIt() throws {
        let srh086 = try links(["--doc", "SRH-086"])
        #expect(srh086.count == 1)
        _ = try sato(srh086)
        let srh078 = try links(["--doc", "000"])
        #expect(srh078.count == 9)
        #expect(srh078.allSatisfy { JSON.string(($0["source"] as? [String: Any])?["file"])?.hasPrefix("000") == true })
        #expect(try links(["--doc", "002"]).count == 11, "the thesis is the quoting end of every link")
    }

    @Test func aDocumentWithNoLinksFindsNothing() throws {
        let r = try Dossier.seeds(["quotes", "--doc", "004"])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("no quotation link has an end in 004_"), "\(r.err)")
    }

    @Test func anUnknownDocIsAUsageError() throws {
        let r = try Dossier.seeds(["quotes", "--doc", "no-such-document"])
        #expect(r.status == 2)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("no document matches \"no-such-document\""), "\(r.err)")
    }

    @Test func textFormIsOneBlockPerLinkWithItsDifferences() throws {
        let r = try Dossier.seeds(["quotes", "--doc", "001"])
        #expect(r.status == 0, "stderr: \(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.first)
        #expect(heading.wholeMatch(of: /002_[0-9a-f]+\.txt:-:1095-1109 quotes 001_[0-9a-f]+\.txt:5:116-124  \(score 0\.98, 190 words\)/) != nil, "\(heading)")
        #expect(Array(lines.dropFirst()) == ["  pre-Axis → pro-Axis", "  + [and]", "  − will", "  part → pant", ""])
        let all = try Dossier.seeds(["quotes"])
        #expect(all.out.split(separator: "\n").filter { $0.contains(" quotes ") }.count == 11)
    }

    @Test func aCorpusWithoutQuotationsFindsNothing() throws {
        let corpus = try TempCorpus(files: ["one.txt": Array("A Note\n\nNothing here is quoted from anywhere else at all.\n".utf8)])
        let r = try Dossier.run(["quotes", "--corpus", corpus.path])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("no quotation links in the corpus"), "\(r.err)")
    }
}
