import Foundation
import Testing
@testable import Corpus
import TestSupport

/// Damaged text (deletions, duplications, byte flips, CRLF, truncation, stray markup) never
/// crashes the loader, and the model it builds stays consistent (`Corpus.consistencyProblems`).
@Suite struct MutatedSeedPropertyTests {
    static let seeds: [[UInt8]] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Seeds.folder))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        return names.map { [UInt8](FileManager.default.contents(atPath: Seeds.folder + "/" + $0)!) }
    }()

    static func mutate(_ source: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = source
        let tokens = ["*", "**", "\\*", "<sup>", "</sup>", "^{", "}", "~~", "(1) ", "---\n\n", "¹", "H-", "SRH-078, p. ",
                      "Ibid., ", "\n\n", "CHAPTER I\n\n", "DECLASSIFIED\n\n", "\u{1B}[2J", "\u{9B}"]
        for _ in 0..<Int.random(in: 1...40, using: &rng) {
            guard !b.isEmpty else { break }
            let p = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<7, using: &rng) {
            case 0: b.remove(at: p)
            case 1: b.insert(UInt8.random(in: 0...255, using: &rng), at: p)
            case 2: b[p] = UInt8.random(in: 0...255, using: &rng)
            case 3: b.insert(contentsOf: b[p..<min(b.count, p + Int.random(in: 1...200, using: &rng))], at: p)
            case 4: b.insert(contentsOf: Array("\r\n".utf8), at: p)
            case 5: b = Array(b[..<p])
            default: b.insert(contentsOf: Array(tokens.randomElement(using: &rng)!.utf8), at: p)
            }
        }
        return b
    }

    @Test(arguments: 0..<10)
    func mutatedSeedsLoadIntoAConsistentModel(batch: Int) throws {
        var rng = SplitMix64(seed: UInt64(batch) &* 7919 &+ 1)
        for round in 0..<20 {
            let original = Self.seeds[Int.random(in: 0..<Self.seeds.count, using: &rng)]
            let bytes = Self.mutate(original, &rng)
            let corpus = CorpusLoader.load(texts: [("m.txt", bytes)])
            guard !corpus.documents.isEmpty else { continue }  // skipped as binary: fine
            // The model's own rules and the queries on it, as the fuzz harness checks them.
            #expect(corpus.consistencyProblems() == [], "batch \(batch) round \(round)")
        }
    }
}
