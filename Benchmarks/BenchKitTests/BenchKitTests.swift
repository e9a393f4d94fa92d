import Foundation
import Testing
@testable import BenchKit

/// The pure parts of `make bench`: statistics, goals, formatting, settings, copy names, terminal replies.
@Suite struct BenchKitTests {
    @Test func medianOfOddAndEvenCounts() {
        #expect(Samples([3, 1, 2]).median == 2)
        #expect(Samples([4, 1, 3, 2]).median == 2.5)
        #expect(Samples([5, 9, 7]).min == 5)
        #expect(Samples([5, 9, 7]).max == 9)
        #expect(Samples([]).median == nil)
    }

    @Test func samplesRoundTripThroughJSONWithTheirSummary() throws {
        let data = try JSONEncoder().encode(Samples([2, 1, 3]))
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["median"] as? Double == 2)
        #expect(try JSONDecoder().decode(Samples.self, from: data) == Samples([1, 2, 3]))
    }

    @Test func quantitiesShareTheMediansScale() {
        #expect(Quantity.milliseconds.format(Samples([24_900, 25_300, 26_100])) == "25.3 s (24.9-26.1)")
        #expect(Quantity.milliseconds.format(Samples([0.5, 0.61, 0.9])) == "0.610 ms (0.500-0.900)")
        #expect(Quantity.bytes.format(Samples([1248])) == "1,248 B")
        #expect(Quantity.kibibytes.format(1024 * 985.2) == "985.2 MiB")
        #expect(Quantity.size(287_123_456) == "287 MB" && Quantity.size(274_000) == "274 kB")
    }

    @Test func goalsAgainstLimitsPeersAndReferences() {
        let row = BenchRow("first screen", .milliseconds, dossier: Samples([9, 10, 11]), peer: "less", peerSamples: Samples([7]),
                           goal: .peerRatio(factor: 1.5))
        #expect(row.ratio.map { abs($0 - 10.0 / 7) < 1e-9 } == true)
        #expect(row.met == true)
        #expect(row.goalText == "≤ 1.5x less")
        let rss = BenchRow("peak RSS", .kibibytes, dossier: Samples([300]), goal: .referenceRatio(factor: 1.3, reference: 100, what: "corpus bytes"))
        #expect(rss.met == false)
        #expect(rss.goalText == "≤ 1.3x corpus bytes (now 3x)")
        #expect(Goal.atMost(limit: 45).isMet(median: 45, peerMedian: nil) == true)
        #expect(Goal.peerRatio(factor: 1).isMet(median: 1, peerMedian: nil) == nil)
    }

    @Test func tableColumnsLineUp() {
        let table = BenchTable(rows: [
            BenchRow("scroll", .bytes, dossier: Samples([104]), peer: "less", peerSamples: Samples([30]), goal: .atMost(limit: 45)),
            BenchRow("load", .milliseconds, dossier: Samples([12, 13])),
        ]).render()
        let lines = table.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(Set(lines.map(\.count)).count == 1)
        #expect(lines[2].contains("| 104 B ") && lines[2].contains("3.47x") && lines[2].contains("MISSED"))
    }

    @Test func settingsFromTheEnvironment() throws {
        let s = try BenchSettings(arguments: ["--dossier", "bin/d"], environment: ["BENCH_SCALES": "1,100", "BENCH_RUNS": "5,2", "KEEP": "1"])
        #expect(s.scales == [1, 100] && s.dossier == "bin/d" && s.keep)
        #expect(s.runs(forScale: 1) == 5 && s.runs(forScale: 100) == 2)
        #expect(try BenchSettings().runs(forScale: 1000) == 3)
        #expect(throws: BenchSettings.Problem.self) { try BenchSettings(environment: ["BENCH_SCALES": "1,x"]) }
    }

    @Test func copyNamesKeepTheSeedAsPrefix() {
        let name = CopyNaming.name(of: "002_b6ce1656289eb12a.txt", copy: 42, copies: 1000)
        #expect(name == "002_b6ce1656289eb12a-c0042.txt")
        #expect(CopyNaming.seed(of: name)?.seed == "002_b6ce1656289eb12a.txt")
        #expect(CopyNaming.seed(of: name)?.copy == 42)
        #expect(CopyNaming.seed(of: "002_b6ce1656289eb12a.txt") == nil)
    }

    @Test func terminalQueriesGetTerminalReplies() {
        var scanner = TerminalQueryScanner()
        #expect(scanner.scan(Array("\u{1b}[5;10Hab\u{1b}[6n".utf8)) == [Array("\u{1b}[5;12R".utf8)])
        // A query cut between two reads is answered once it is whole.
        #expect(scanner.scan(Array("\u{1b}[>".utf8)).isEmpty)
        #expect(scanner.scan(Array("c\u{1b}]11;?\u{07}".utf8)) == [Array("\u{1b}[>0;10;1c".utf8), Array("\u{1b}]11;rgb:0000/0000/0000\u{1b}\\".utf8)])
        #expect(scanner.scan(Array("\u{1b}[?12$p\u{1b}P$q q\u{1b}\\".utf8)) == [Array("\u{1b}[?12;2$y".utf8), Array("\u{1b}P1$r2 q\u{1b}\\".utf8)])
        #expect(scanner.scan(Array("\u{1b}[1mplain\u{1b}[0m".utf8)).isEmpty)
    }
}
