import Foundation
import Testing
import TestSupport
@testable import Corpus

/// The content hash saved reader state names documents by: fixed values (a changed algorithm would orphan every
/// saved place), sensitive to any byte, and computed for every document the loader reads.
@Suite struct ContentHashTests {
    @Test func knownValues() {
        // MurmurHash64A with the seed "dossier!", checked against an independent implementation.
        #expect(ContentHash.hex([]) == "14652c0d3e96c5a1")
        #expect(ContentHash.hex(Array("abc".utf8)) == "f7c27370f10d6f35")
        #expect(ContentHash.hex(Array("The quick brown fox jumps over the lazy dog".utf8)) == "f93302a8d60d7e64")
        #expect(ContentHash.hex(UInt64(0xab)) == "00000000000000ab")
    }

    @Test func everyByteAndEveryLengthCounts() {
        var random = SplitMix64(seed: 7)
        for length in [1, 7, 8, 9, 15, 16, 17, 64, 1000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let hash = ContentHash.of(bytes)
            #expect(ContentHash.of(bytes + [0]) != hash, "a trailing NUL changes the hash (length \(length))")
            for position in [0, length / 2, length - 1] {
                for bit in [0, 7] {
                    var flipped = bytes
                    flipped[position] ^= 1 << bit
                    #expect(ContentHash.of(flipped) != hash, "bit \(bit) of byte \(position) of \(length)")
                }
            }
        }
    }

    @Test func theLoaderHashesEachDocumentsSourceBytes() throws {
        let folder = try TempFolder()
        let text = "Title\n\nA paragraph.\n"
        try folder.write("a.txt", text)
        try folder.write("b.txt", text + "More.\n")
        let corpus = try CorpusLoader.load(folder: folder.path)
        #expect(corpus.documents.map(\.contentHash) == [ContentHash.hex(Array(text.utf8)), ContentHash.hex(Array((text + "More.\n").utf8))])
        #expect(corpus.documents.allSatisfy { $0.contentHash.count == 16 })
        // The same bytes in memory give the same hash: the hash is of the file, not of where it was read from.
        #expect(Load.corpus(text, name: "other.txt").documents[0].contentHash == corpus.documents[0].contentHash)
    }
}
