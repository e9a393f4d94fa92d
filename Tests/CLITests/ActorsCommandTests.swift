import Foundation
import Testing

/// `dossier actors` and `dossier actor NAME` over the seed corpus and over folders with no or a
/// broken actors.toml.
@Suite struct ActorsCommandTests {
    static let actorKeys = ["id", "name", "kind", "side", "role", "roles", "variants", "misprints", "mentions", "total"]
    static let mentionKeys = ["file", "page", "line", "form", "passage", "note", "misprint", "attribution"]

    /// The seed file whose name starts with a prefix ("001").
    static func seedFile(_ prefix: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: Dossier.seeds)
        return try #require(files.first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }, "no seed file \(prefix)")
    }

    private func actors() throws -> [String: Any] {
        let r = try Dossier.seeds(["actors", "--json"])
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.object(r.json(), "actors --json")
    }

    private func mentions(of name: String) throws -> [[String: Any]] {
        let r = try Dossier.seeds(["actor", name, "--json"])
        #expect(r.status == 0, "stderr: \(r.err)")
        return try JSON.array(r.json(), "actor \(name) --json")
    }

    @Test func actorsJSONListsEveryActorWithItsFormsAndCountsPerFile() throws {
        let report = try actors()
        #expect(JSON.missingKeys(report, ["actors", "unregistered", "ambiguous", "problems"]).isEmpty, "\(report.keys.sorted())")
        for key in ["unregistered", "ambiguous", "problems"] {
            #expect(report[key] is [Any], "\(key) is not an array")
        }
        let list = try JSON.array(report["actors"], "actors")
        #expect(list.count >= 150)
        let seedFiles = Set(try FileManager.default.contentsOfDirectory(atPath: Dossier.seeds))
        for actor in list {
            let id = JSON.string(actor["id"]) ?? "?"
            #expect(JSON.missingKeys(actor, Self.actorKeys).isEmpty, "\(id) lacks \(JSON.missingKeys(actor, Self.actorKeys))")
            #expect(JSON.string(actor["name"])?.isEmpty == false, "\(id) has no name")
            #expect(JSON.string(actor["role"]) != nil, "\(id) has no role")
            let variants = try #require(JSON.strings(actor["variants"]), "\(id) variants")
            #expect(variants.first == JSON.string(actor["name"]), "\(id): the canonical name comes first")
            let counts = try JSON.object(actor["mentions"], "\(id) mentions")
            #expect(Set(counts.keys).isSubset(of: seedFiles), "\(id) counts files \(counts.keys.sorted())")
            #expect(counts.values.allSatisfy { (JSON.int($0) ?? 0) > 0 }, "\(id): a listed file with no mention")
            #expect(counts.values.compactMap(JSON.int).reduce(0, +) == JSON.int(actor["total"]), "\(id): total is not the sum")
        }
        let lozovsky = try #require(list.first { JSON.string($0["id"]) == "lozovsky" })
        #expect(JSON.string(lozovsky["name"]) == "Solomon Lozovsky")
        #expect(JSON.strings(lozovsky["variants"])?.contains("Lozovskii") == true)
        #expect(JSON.strings(lozovsky["misprints"])?.contains("Loxovsky") == true)
        let counts = try JSON.object(lozovsky["mentions"], "lozovsky mentions")
        let psis40023 = try Self.seedFile("001")
        let inPSIS = try mentions(of: "lozovsky").filter { JSON.string($0["file"]) == psis40023 }
        #expect(JSON.int(counts[psis40023]) == inPSIS.count)
        #expect(inPSIS.count >= 11)
    }

    @Test func theSeedRegistryLeavesNothingUnregisteredOrAmbiguous() throws {
        let report = try actors()
        #expect((report["unregistered"] as? [Any])?.isEmpty == true, "\(report["unregistered"] ?? "")")
        #expect((report["ambiguous"] as? [Any])?.isEmpty == true, "\(report["ambiguous"] ?? "")")
        #expect((report["problems"] as? [Any])?.isEmpty == true, "\(report["problems"] ?? "")")
    }

    @Test func actorsTextNamesEachActorWithItsForms() throws {
        let r = try Dossier.seeds(["actors"])
        #expect(r.status == 0, "stderr: \(r.err)")
        #expect(r.err.isEmpty, "stderr: \(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("Solomon Lozovsky  [lozovsky]") }, "no Lozovsky line")
        #expect(lines[at].hasSuffix("mentions"))
        let forms = try #require(lines[(at + 1)...].prefix(3).first { $0.hasPrefix("    forms: ") }, "no forms line under Lozovsky")
        for form in ["Lozovsky", "Lozovskii", "Lozovskiy"] { #expect(forms.contains(form), "\(forms)") }
        let misprints = try #require(forms.components(separatedBy: "; misprints: ").last)
        for form in ["Loshvsky", "Lotosky", "Loxovsky"] { #expect(misprints.contains(form), "\(forms)") }
        #expect(lines[(at + 1)...].prefix(4).contains { $0.hasPrefix("    in: ") && $0.contains("PSIS 400-23") })
    }

    @Test(arguments: ["Loxovsky", "loxovsky", "LOXOVSKY"])
    func aMisprintInAnyCaseFindsTheActorsMentions(_ query: String) throws {
        let found = try mentions(of: query)
        #expect(found.count == (try mentions(of: "lozovsky")).count)
        let forms = Set(found.compactMap { JSON.string($0["form"]) })
        for form in ["Loshvsky", "Lozovsky", "Loxovsky", "Lozovskii"] { #expect(forms.contains(form), "\(forms.sorted())") }
        for m in found {
            #expect(JSON.missingKeys(m, Self.mentionKeys).isEmpty, "a mention lacks \(JSON.missingKeys(m, Self.mentionKeys))")
            let form = try #require(JSON.string(m["form"]))
            #expect(JSON.string(m["file"])?.hasSuffix(".txt") == true)
            #expect((JSON.int(m["line"]) ?? 0) > 0)
            #expect(JSON.string(m["passage"])?.contains(form) == true, "\(form): \(JSON.string(m["passage"]) ?? "no passage")")
        }
        // The misprint itself: PSIS 400-23, page and line of the interview of 20 June.
        let psis40023 = try Self.seedFile("001")
        let loxovsky = found.filter { JSON.string($0["form"]) == "Loxovsky" }
        #expect(loxovsky.count == 2)
        for m in loxovsky {
            #expect(JSON.string(m["file"]) == psis40023)
            #expect(JSON.int(m["page"]) != nil)
            #expect(JSON.bool(m["misprint"]) == true)
        }
        #expect(JSON.string(loxovsky.first?["passage"]) == "On 20 June, Sato again saw Loxovsky, and again was unsuccessful.")
        #expect(Set(loxovsky.compactMap { JSON.int($0["line"]) }).count == 1, "both are printed in one paragraph line")
    }

    @Test func anUnknownNameExitsOneWithOneLineOnStderr() throws {
        let r = try Dossier.seeds(["actor", "Nobody"])
        #expect(r.status == 1)
        #expect(r.out.isEmpty, "stdout: \(r.out)")
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(r.err)")
        #expect(lines.first?.contains("Nobody") == true)
    }

    @Test func aCorpusWithoutActorsTomlSaysNoActorsAreRegistered() throws {
        let name = try Self.seedFile("003")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Dossier.seeds).appendingPathComponent(name)))
        let corpus = try TempCorpus(files: [name: bytes])
        let r = try Dossier.run(["actors", "--corpus", corpus.path])
        #expect(r.status == 1)
        #expect(r.out.contains("no actors registered"), "stdout: \(r.out)")
        let json = try Dossier.run(["actors", "--json", "--corpus", corpus.path])
        #expect(json.status == 1)
        #expect((try JSON.object(json.json(), "actors --json")["actors"] as? [Any])?.isEmpty == true)
        let one = try Dossier.run(["actor", "Togo", "--corpus", corpus.path])
        #expect(one.status == 1)
        #expect(one.err.split(separator: "\n").count == 1, "stderr: \(one.err)")
    }

    @Test func aBrokenActorsTomlIsSkippedWithItsLineAndTheDocumentsStillLoad() throws {
        let name = try Self.seedFile("003")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Dossier.seeds).appendingPathComponent(name)))
        let broken = Array("titles = [\"Minister\"]\n[[actor]]\nid = \"x\"\nname = \n".utf8)
        let corpus = try TempCorpus(files: [name: bytes, "actors.toml": broken])
        let r = try Dossier.run(["list", "--corpus", corpus.path])
        #expect(r.status == 0, "stderr: \(r.err)")
        #expect(r.out.contains(name))
        #expect(r.out.contains("R & A 3039S"))
        // list names the problem in its table, and only there.
        let warning = try #require(r.out.split(separator: "\n").first { $0.contains("actors.toml") }, "stdout: \(r.out)")
        #expect(warning.hasPrefix("skipped actors.toml: line 4: "), "\(warning)")
        #expect(!r.err.contains("actors.toml"), "stderr: \(r.err)")
        let actors = try Dossier.run(["actors", "--corpus", corpus.path])
        #expect(actors.status == 1)
        #expect(actors.err.contains("skipped actors.toml: line 4: "), "stderr: \(actors.err)")
    }
}
