import Foundation

/// A file the loader could not take as a document, and why.
public struct SkippedFile: Sendable, Codable, Hashable {
    /// File name inside the corpus folder.
    public var file: String
    /// One readable reason.
    public var reason: String
}

/// Why a corpus could not be loaded at all.
public enum CorpusError: Error, CustomStringConvertible, Sendable {
    /// The folder does not exist.
    case missingFolder(String)
    /// The folder exists but cannot be read.
    case unreadableFolder(String, String)
    /// The path is not a folder.
    case notAFolder(String)

    /// One line for the user.
    public var description: String {
        switch self {
        case .missingFolder(let p): return "corpus folder not found: \(p)"
        case .unreadableFolder(let p, let why): return "cannot read corpus folder \(p): \(why)"
        case .notAFolder(let p): return "not a folder: \(p)"
        }
    }
}

/// Loads every document of a folder into a `Corpus`, parsing files in parallel.
public enum CorpusLoader {
    /// File names that hold corpus data rather than documents.
    public static let dataFiles: Set<String> = [Catalogue.fileName, ActorRegistry.fileName]

    /// Called from the parsing threads after each file with how many files are done and how many there are.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Loads a folder: every regular `*.txt` file (and any other non-hidden file that is not corpus data);
    /// `progress` hears of each file parsed, so a caller can show how far a long load has got.
    public static func load(folder: String, progress: Progress? = nil) throws(CorpusError) -> Corpus {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir) else { throw .missingFolder(folder) }
        guard isDir.boolValue else { throw .notAFolder(folder) }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadableFolder(folder, (error as NSError).localizedFailureReason ?? "permission denied")
        }
        let candidates = names.filter { !$0.hasPrefix(".") && !dataFiles.contains($0) && !$0.hasSuffix(".tsv") && !$0.hasSuffix(".toml") }.sorted()
        let results = parseAll(candidates.map { (folder as NSString).appendingPathComponent($0) }, progress: progress)
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        for (name, result) in zip(candidates, results) {
            switch result {
            case .success(let d): documents.append(d)
            case .failure(let s): skipped.append(SkippedFile(file: name, reason: s.reason))
            }
        }
        let catalogue = Catalogue.load(folder: folder)
        let people = ActorRegistry.load(folder: folder)
        return Corpus(folder: folder, documents: documents, skipped: skipped + catalogue.problems + people.problems,
                      catalogueFile: catalogue.entries, registry: people.registry)
    }

    /// Loads documents from in-memory texts (tests, fuzzing): name → bytes.
    public static func load(texts: [(String, [UInt8])], catalogue: [CatalogueEntry] = [], registry: ActorRegistry = ActorRegistry()) -> Corpus {
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        for (name, bytes) in texts {
            switch parse(name: name, bytes: bytes) {
            case .success(let d): documents.append(d)
            case .failure(let s): skipped.append(SkippedFile(file: name, reason: s.reason))
            }
        }
        return Corpus(folder: "", documents: documents, skipped: skipped, catalogueFile: catalogue, registry: registry)
    }

    struct Skip: Error { var reason: String }

    /// Parses one file's bytes.
    static func parse(name: String, bytes: [UInt8]) -> Result<Document, Skip> {
        do {
            let source = try SourceText(bytes: bytes)
            var document = DocumentParser(file: name, source: source).parse()
            // Here, inside the per-document work, so it runs in parallel like the parsing.
            document.contentHash = ContentHash.hex(bytes)
            return .success(document)
        } catch {
            switch error { case .binary(let why): return .failure(Skip(reason: why)) }
        }
    }

    private static func parseAll(_ paths: [String], progress: Progress?) -> [Result<Document, Skip>] {
        let results = ResultBox(count: paths.count)
        // Largest first: a long document started last would finish alone, with the other cores idle.
        let sizes = paths.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let order = paths.indices.sorted { sizes[$0] > sizes[$1] }
        DispatchQueue.concurrentPerform(iterations: paths.count) { k in
            let i = order[k]
            let path = paths[i]
            let name = (path as NSString).lastPathComponent
            var isDir: ObjCBool = false
            let r: Result<Document, Skip>
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                r = .failure(Skip(reason: "is a folder"))
            } else if let data = FileManager.default.contents(atPath: path) {
                r = parse(name: name, bytes: [UInt8](data))
            } else {
                r = .failure(Skip(reason: "cannot be read"))
            }
            let done = results.set(i, r)
            progress?(done, paths.count)
        }
        return results.values
    }
}

/// Collects parallel results; each slot is written by exactly one iteration.
private final class ResultBox: @unchecked Sendable {
    private var storage: [Result<Document, CorpusLoader.Skip>?]
    private var filled = 0
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    /// Stores slot `i` and returns how many slots are filled now.
    func set(_ i: Int, _ r: Result<Document, CorpusLoader.Skip>) -> Int {
        lock.lock(); defer { lock.unlock() }
        storage[i] = r
        filled += 1
        return filled
    }
    var values: [Result<Document, CorpusLoader.Skip>] { storage.map { $0! } }
}
