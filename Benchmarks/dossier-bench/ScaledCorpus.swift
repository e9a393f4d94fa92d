import BenchKit
import Corpus
import Foundation

/// N copies of the seed documents in a folder of their own, with the seeds' data files, plus the
/// same documents concatenated into one file for the peers that read a single file (less, vim).
struct ScaledCorpus: Sendable {
    /// How many copies of every seed document.
    let copies: Int
    /// The folder dossier loads: the copies, actors.toml and catalogue.tsv.
    let folder: String
    /// Every document of `folder`, concatenated in name order (outside `folder`, or it would be loaded too).
    let concatenation: String
    /// Document files in the folder.
    let files: Int
    /// Bytes of the document files (the data files not counted): the corpus size RSS is compared with.
    let bytes: Int

    /// Writes `copies` copies of every document in `seeds` under `root`/x`copies`/.
    ///
    /// Real copies, not links: the page cache then holds N copies, as it would for a real collection.
    static func make(copies: Int, seeds: String, root: String) throws -> ScaledCorpus {
        let fm = FileManager.default
        let base = root + "/x\(copies)"
        let folder = base + "/docs"
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let names = try fm.contentsOfDirectory(atPath: seeds).sorted()
        let documents = names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
        for data in names where CorpusLoader.dataFiles.contains(data) {
            try fm.copyItem(atPath: seeds + "/" + data, toPath: folder + "/" + data)
        }
        var contents: [String: Data] = [:]
        for seed in documents { contents[seed] = try Data(contentsOf: URL(fileURLWithPath: seeds + "/" + seed)) }
        var copyNames: [(name: String, seed: String)] = []
        for copy in 0..<copies {
            for seed in documents { copyNames.append((CopyNaming.name(of: seed, copy: copy, copies: copies), seed)) }
        }
        copyNames.sort { $0.name < $1.name }  // the order dossier loads them in, so less and vim read the same text
        let concatenation = base + "/corpus-x\(copies).txt"
        guard fm.createFile(atPath: concatenation, contents: nil), let all = FileHandle(forWritingAtPath: concatenation) else {
            throw ChildSpawn.Failure(description: "cannot write \(concatenation)")
        }
        defer { try? all.close() }
        var bytes = 0
        for (name, seed) in copyNames {
            let data = contents[seed]!
            try data.write(to: URL(fileURLWithPath: folder + "/" + name))
            try all.write(contentsOf: data)
            bytes += data.count
        }
        return ScaledCorpus(copies: copies, folder: folder, concatenation: concatenation, files: copyNames.count, bytes: bytes)
    }
}
