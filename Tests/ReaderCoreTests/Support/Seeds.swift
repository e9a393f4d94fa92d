import Corpus
import Foundation

/// The real seeds, loaded once for every suite (test targets cannot share CorpusTests' helper).
enum Seeds {
    /// The repository's seeds folder, found from this file so any working directory works.
    static let folder: String = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // ReaderCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("seeds").path
    }()

    /// The parsed seeds.
    static let corpus: Corpus = {
        do { return try CorpusLoader.load(folder: folder) } catch { fatalError("seeds do not load: \(error)") }
    }()

    /// The index of a seed document by any name the command line accepts ("SRH-078", "002", "R & A 3039S").
    static func index(_ name: String) -> Int {
        guard let i = corpus.document(named: name) else { fatalError("no seed document \(name)") }
        return i
    }

    /// The thesis (the default left pane).
    static var thesis: Int { index("002") }
    /// PSIS 400-16, the first summary the thesis cites (the default right pane).
    static var srh078: Int { index("SRH-078") }
    /// PSIS 400-23.
    static var srh086: Int { index("SRH-086") }
    /// The OSS study R & A 3039S.
    static var oss: Int { index("003") }
    /// Slavinsky's book.
    static var book: Int { index("004") }
}
