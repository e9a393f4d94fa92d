import Foundation
import Testing
@testable import Corpus
import TestSupport

/// A corpus holding several copies of the seeds under other names (as `make bench` scales it) answers for
/// every copy what the seeds answer for its seed: the data files' rules name every copy, and a listing
/// whose title and date fit several copies of one text links to the first.
@Suite struct CopiedCorpusTests {
    /// What a document's answers are compared on.
    struct Answers: Equatable {
        var blocks: Int, notes: Int, markers: Int, citations: Int, linked: Int, ambiguous: Int
        var mentions: [Int]
        var hits: Int
    }

    static func answers(_ corpus: Corpus) -> [Answers] {
        let lozovsky = SearchQuery("lozovsk")!
        let hits = corpus.search(lozovsky)
        return corpus.documents.indices.map { d in
            let doc = corpus.documents[d]
            var mentions = Array(repeating: 0, count: corpus.actors.actors.count)
            for m in corpus.actors.mentions[d] { mentions[m.actor] += 1 }
            return Answers(blocks: doc.blocks.count, notes: doc.notes.count, markers: doc.markers.count, citations: doc.citations.count,
                           linked: doc.citations.filter { corpus.target(of: $0) != nil }.count,
                           ambiguous: corpus.actors.ambiguous.filter { $0.document == d }.count,
                           mentions: mentions, hits: hits.filter { $0.document == d }.count)
        }
    }

    @Test func threeCopiesOfTheSeedsAnswerAsTheSeeds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Seeds.folder).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { name in (name, try #require(FileManager.default.contents(atPath: Seeds.folder + "/" + name)).map { $0 }) }
        let catalogue = Catalogue.load(folder: Seeds.folder).entries
        let registry = ActorRegistry.load(folder: Seeds.folder).registry
        let seeds = CorpusLoader.load(texts: texts, catalogue: catalogue, registry: registry)
        // Copies keep the seed's name as a prefix, as the bench names them: "002_…-c0001.txt".
        let copied = (0..<3).flatMap { copy in
            texts.map { name, bytes in (name.replacingOccurrences(of: ".txt", with: String(format: "-c%04d.txt", copy)), bytes) }
        }
        let copies = CorpusLoader.load(texts: copied, catalogue: catalogue, registry: registry)
        #expect(copies.actors.problems.isEmpty, "\(copies.actors.problems)")

        let expected = Self.answers(seeds)
        let found = Self.answers(copies)
        #expect(expected.contains { $0.linked > 0 } && expected.contains { $0.mentions.contains { $0 > 0 } }, "the answers say something")
        for (i, answers) in found.enumerated() {
            #expect(answers == expected[i % texts.count], "\(copied[i].0) answers otherwise than \(names[i % texts.count])")
        }
    }
}
