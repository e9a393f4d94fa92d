import Foundation
import Testing

/// `dossier search PATTERN` over the seed corpus: grep-like lines, the JSON shape, --doc, --actor and
/// the exit statuses.
@Suite struct SearchCommandTests {
    static let keys = ["file", "page", "line", "column", "snippet"]

    /// The text lines of a search that must find something.
    private func lines(_ arguments: [String]) throws -> [String] {
        let r = try Dossier.seeds(["search"] + arguments)
        #expect(r.status == 0, "stderr: \(r.err)")
        #expect(r.err.isEmpty, "stderr: \(r.err)")
        return r.out.split(separator: "\n").map(String.init)
    }

    /// The JSON hits of a search that must find something.
    private func hits(_ arguments: [String]) throws -> [[String: Any]] {
        let r = try Dossier.seeds(["search"] + arguments + ["--json"])
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.array(r.json(), "search --json")
    }

    @Test func textFormIsOneGrepLikeLinePerHit() throws {
        let summary = try ActorsCommandTests.seedFile("001"), thesis = try ActorsCommandTests.seedFile("002")
        #expect(try lines(["Lozovsky assured"]) == ["\(summary):7:143: Lozovsky assured Sato that:"])
        let all = try lines(["lozovsk"])
        #expect(all.count == 27)
        let shape = /^[0-9]{3}_[0-9a-f]+\.txt:([0-9]+|-):[0-9]+: .+$/
        for line in all {
            #expect(line.wholeMatch(of: shape) != nil, "\(line)")
            #expect(line.lowercased().contains("lozovsk"), "\(line)")
            #expect(!line.contains("\u{1B}"), "escape sequences when stdout is no terminal: \(line)")
        }
        // The unpaginated thesis and book print "-" for the page.
        let inThesis = all.filter { $0.hasPrefix(thesis) }
        #expect(!inThesis.isEmpty && inThesis.allSatisfy { $0.hasPrefix(thesis + ":-:") })
    }

    @Test func jsonGivesFilePageLineColumnAndSnippet() throws {
        let found = try hits(["lozovsk"])
        let text = try lines(["lozovsk"])
        #expect(found.count == text.count)
        let paginated = try ActorsCommandTests.seedFile("001")
        for (hit, line) in zip(found, text) {
            #expect(Set(hit.keys) == Set(Self.keys), "\(hit.keys.sorted())")
            let file = try #require(JSON.string(hit["file"]))
            let number = try #require(JSON.int(hit["line"]))
            let column = try #require(JSON.int(hit["column"]))
            #expect(column >= 1)
            let page = file == paginated ? JSON.int(hit["page"]).map(String.init) : (JSON.isNull(hit["page"]) ? "-" : "not null")
            #expect(line == "\(file):\(page ?? "?"):\(number): \(JSON.string(hit["snippet"]) ?? "")")
        }
        let known = try #require(try hits(["Lozovsky assured"]).first)
        #expect(JSON.int(known["page"]) == 7 && JSON.int(known["line"]) == 143 && JSON.int(known["column"]) == 1)
        #expect(JSON.string(known["snippet"]) == "Lozovsky assured Sato that:")
    }

    @Test func docRestrictsTheDocumentsSearched() throws {
        let thesis = try ActorsCommandTests.seedFile("002"), book = try ActorsCommandTests.seedFile("004")
        let inThesis = try hits(["lozovsk", "--doc", "002"])
        #expect(!inThesis.isEmpty)
        #expect(inThesis.allSatisfy { JSON.string($0["file"]) == thesis })
        let both = try hits(["lozovsk", "--doc", "Slavinsky", "--doc", "002"])
        #expect(Set(both.compactMap { JSON.string($0["file"]) }) == [thesis, book])
        // Corpus order whatever the order of --doc.
        #expect(both.compactMap { JSON.string($0["file"]) } == both.compactMap { JSON.string($0["file"]) }.sorted())
        #expect(try hits(["lozovsk"]).count > both.count)
    }

    @Test func actorKeepsTheHitsThePassagesUnderTheFilterShow() throws {
        let everywhere = try lines(["sato"])
        let aboutLozovsky = try lines(["sato", "--actor", "lozovsky"])
        #expect(!aboutLozovsky.isEmpty)
        #expect(aboutLozovsky.count < everywhere.count)
        #expect(Set(aboutLozovsky).isSubset(of: Set(everywhere)))
        let any = try lines(["sato", "--actor", "lozovsky", "--actor", "molotov"])
        let all = try lines(["sato", "--actor", "lozovsky", "--actor", "molotov", "--all"])
        #expect(all.count < any.count)
        #expect(Set(aboutLozovsky).isSubset(of: Set(any)))
        // A note is kept when its marker stands in a shown passage: routes in the notes of Lozovsky's passages.
        let notes = try hits(["moscow-tokyo", "--actor", "lozovsky"])
        #expect(!notes.isEmpty)
    }

    @Test func nothingFoundIsStatusOneWithNoOutputOrAnEmptyArray() throws {
        let r = try Dossier.seeds(["search", "qqxqzz"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let j = try Dossier.seeds(["search", "qqxqzz", "--json"])
        #expect(j.status == 1)
        #expect(try JSON.array(j.json(), "search --json").isEmpty)
        // A filter that hides every hit is nothing found too.
        #expect(try Dossier.seeds(["search", "Shôwa", "--actor", "lozovsky"]).status == 1)
    }

    @Test func badDocEmptyPatternAndUnknownActorAreStatusTwo() throws {
        for arguments in [["sato", "--doc", "no-such-document"], ["  "], ["sato", "--actor", "nobody-at-all"], []] {
            let r = try Dossier.seeds(["search"] + arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stdout.isEmpty, "\(arguments)")
            let err = r.err.split(separator: "\n")
            #expect(err.count == 1 && err[0].hasPrefix("dossier:"), "\(arguments): \(r.err)")
        }
    }

    @Test func docAndActorCompleteFromTheCorpus() throws {
        let offered = try CompletionTests.complete(["dossier", "search", "sato", "--doc", "00"])
        #expect(offered.count == 5 && offered.allSatisfy { $0.hasPrefix("00") && $0.hasSuffix(".txt") }, "\(offered)")
        #expect(try CompletionTests.complete(["dossier", "search", "sato", "--actor", "loz"]) == ["lozovsky"])
    }

    @Test func hostileTextStaysInert() throws {
        let corpus = try TempCorpus(files: ["a.txt": Array("Sato \u{1B}]0;owned\u{07} met \u{9B}31m Molotov.\n".utf8)])
        let r = try Dossier.run(["search", "sato", "--corpus", corpus.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.stdout.contains(0x1B) && !r.stdout.contains(0x07) && !r.out.contains("\u{9B}"), "\(r.out)")
        #expect(r.out.hasPrefix("a.txt:-:1: Sato"))
    }
}
