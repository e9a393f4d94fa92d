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

    /// The largest file read as a document or data file, in bytes (10 MB); a larger one is skipped unread.
    ///
    /// 33 times the largest document of the seeds and three times a long novel as plain text. Under it
    /// the worst case measured, one line of 10 MB, costs 1.1 s of CPU and 100 MB in a release build;
    /// one line of 50 MB cost 50 s and 540 MB, so the bound keeps one stray dump or log from stalling
    /// or swelling the whole load (DECISIONS.md).
    public static let maximumFileBytes = 10_000_000

    /// Called from the parsing threads after each file with how many files are done and how many there are.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Loads a folder: every regular `*.txt` file (and any other non-hidden file that is not corpus data);
    /// `progress` hears of each file parsed, so a caller can show how far a long load has got.
    public static func load(folder: String, progress: Progress? = nil) throws(CorpusError) -> Corpus {
        try load(folder: folder, maximumFileBytes: maximumFileBytes, progress: progress)
    }

    /// `load(folder:progress:)` with another size limit (tests use a small one rather than write large files).
    static func load(folder: String, maximumFileBytes limit: Int, progress: Progress? = nil) throws(CorpusError) -> Corpus {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missingFolder(folder) }
            throw .unreadableFolder(folder, SkipReason(errno: code, path: Array(folder.utf8CString)).description)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(folder) }
        let listed = try FolderListing.entries(of: folder)
        let candidates = listed.filter { isDocumentName($0.name) }.sorted { $0.name < $1.name }
        let results = parseAll(candidates, limit: limit, progress: progress)
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        for (file, result) in zip(candidates, results) {
            switch result {
            case .success(var d):
                if !file.nameIsUTF8 { d.warnings.append("file name is not valid UTF-8 (shown with U+FFFD)") }
                documents.append(d)
            case .failure(let reason): skipped.append(SkippedFile(file: file.name, reason: reason.description))
            }
        }
        // The data files are read by their own loaders; one that is there but cannot be read is reported here.
        var dataProblems: [SkippedFile] = []
        for name in dataFiles.sorted() {
            guard let data = listed.first(where: { $0.name == name }),
                  case .failure(let reason) = DocumentFile.examine(data.path, limit: limit) else { continue }
            dataProblems.append(SkippedFile(file: name, reason: reason.description))
        }
        let unreadable = Set(dataProblems.map(\.file))
        let catalogue = unreadable.contains(Catalogue.fileName) ? (entries: [], problems: []) : Catalogue.load(folder: folder)
        let people = unreadable.contains(ActorRegistry.fileName) ? (registry: ActorRegistry(), problems: []) : ActorRegistry.load(folder: folder)
        return Corpus(folder: folder, documents: documents, skipped: skipped + dataProblems + catalogue.problems + people.problems,
                      catalogueFile: catalogue.entries, registry: people.registry)
    }

    /// True for a name the loader reads as a document: not hidden, not a data file.
    static func isDocumentName(_ name: String) -> Bool {
        !name.hasPrefix(".") && !dataFiles.contains(name) && !name.hasSuffix(".tsv") && !name.hasSuffix(".toml")
    }

    /// Loads documents from in-memory texts (tests, fuzzing): name → bytes.
    public static func load(texts: [(String, [UInt8])], catalogue: [CatalogueEntry] = [], registry: ActorRegistry = ActorRegistry()) -> Corpus {
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        for (name, bytes) in texts {
            switch parse(name: name, bytes: bytes) {
            case .success(let d): documents.append(d)
            case .failure(let reason): skipped.append(SkippedFile(file: name, reason: reason.description))
            }
        }
        return Corpus(folder: "", documents: documents, skipped: skipped, catalogueFile: catalogue, registry: registry)
    }

    /// Parses one file's bytes.
    static func parse(name: String, bytes: [UInt8]) -> Result<Document, SkipReason> {
        do {
            let source = try SourceText(bytes: bytes)
            var document = DocumentParser(file: name, source: source).parse()
            // Here, inside the per-document work, so it runs in parallel like the parsing.
            document.contentHash = ContentHash.hex(bytes)
            if let warning = document.noReadingTextWarning { document.warnings.append(warning) }
            return .success(document)
        } catch {
            switch error { case .binary(let why): return .failure(.binary(why)) }
        }
    }

    private static func parseAll(_ files: [ListedFile], limit: Int, progress: Progress?) -> [Result<Document, SkipReason>] {
        let results = ResultBox(count: files.count)
        // One stat each, serially (cheap): the sizes order the work, and a file that cannot be read is known unread.
        let examined = files.map { DocumentFile.examine($0.path, limit: limit) }
        // Largest first: a long document started last would finish alone, with the other cores idle.
        let sizes = examined.map { (try? $0.get()) ?? 0 }
        let order = files.indices.sorted { sizes[$0] > sizes[$1] }
        DispatchQueue.concurrentPerform(iterations: files.count) { k in
            let i = order[k]
            let r: Result<Document, SkipReason>
            switch examined[i] {
            case .failure(let reason): r = .failure(reason)
            case .success:
                switch DocumentFile.read(files[i].path, limit: limit) {
                case .success(let bytes): r = parse(name: files[i].name, bytes: bytes)
                case .failure(let reason): r = .failure(reason)
                }
            }
            let done = results.set(i, r)
            progress?(done, files.count)
        }
        return results.values
    }
}

/// Collects parallel results; each slot is written by exactly one iteration.
private final class ResultBox: @unchecked Sendable {
    private var storage: [Result<Document, SkipReason>?]
    private var filled = 0
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    /// Stores slot `i` and returns how many slots are filled now.
    func set(_ i: Int, _ r: Result<Document, SkipReason>) -> Int {
        lock.lock(); defer { lock.unlock() }
        storage[i] = r
        filled += 1
        return filled
    }
    var values: [Result<Document, SkipReason>] { storage.map { $0! } }
}
