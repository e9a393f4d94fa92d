import Corpus

/// How the fuzz harness reads one input: as the files of a small corpus folder, loaded as a load would.
///
/// The first byte picks the files, so one harness reaches every parser: 0x01 an `actors.toml` and a
/// document, 0x02 a `catalogue.tsv` and a document, 0x03 two documents (links and citations between
/// them); the rest is split at its first NUL (a text file holds too few NULs to be taken for binary).
/// Without a NUL both files get the whole rest. Any other first byte: the whole input is one document,
/// so plain text files (the seeds, the fixtures) are inputs as they are.
public enum FuzzInput {
    /// The byte that opens an input of a registry and a document.
    public static let actorsMode: UInt8 = 0x01
    /// The byte that opens an input of a catalogue and a document.
    public static let catalogueMode: UInt8 = 0x02
    /// The byte that opens an input of two documents.
    public static let twoDocumentsMode: UInt8 = 0x03
    /// The name the (first) document is loaded under; a catalogue line can name it.
    public static let documentName = "fuzz.txt"

    /// The corpus an input stands for.
    public static func corpus(_ input: [UInt8]) -> Corpus {
        guard let mode = input.first, [actorsMode, catalogueMode, twoDocumentsMode].contains(mode) else {
            return CorpusLoader.load(texts: [(documentName, input)])
        }
        let rest = input.dropFirst()
        let cut = rest.firstIndex(of: 0)
        let first = Array(rest[..<(cut ?? rest.endIndex)])
        let second = cut.map { Array(rest[($0 + 1)...]) } ?? first
        switch mode {
        case actorsMode:
            // As `ActorRegistry.load`: a file that is not UTF-8 loads no actors.
            let registry = String(validating: first, as: UTF8.self).map { ActorRegistry.parse($0).registry } ?? ActorRegistry()
            return CorpusLoader.load(texts: [(documentName, second)], registry: registry)
        case catalogueMode:
            let entries = Catalogue.parse(String(decoding: first, as: UTF8.self)).entries
            return CorpusLoader.load(texts: [(documentName, second)], catalogue: entries)
        default:
            return CorpusLoader.load(texts: [(documentName, first), ("other.txt", second)])
        }
    }

    /// What the corpus an input stands for breaks of the model's rules (`Corpus.consistencyProblems`).
    public static func problems(_ input: [UInt8]) -> [String] {
        corpus(input).consistencyProblems()
    }
}
