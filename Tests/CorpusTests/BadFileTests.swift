import Foundation
import Testing
import TestSupport
@testable import Corpus

/// A copy of the seed documents with bad files beside them, removed when the test is done.
struct SeedsWithBadFiles: ~Copyable {
    let folder: TempFolder

    /// The seed `.txt` files, copied (not linked, so the tests can never touch the real seeds).
    static let seedNames: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: Seeds.folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }()

    init() throws {
        let copy = try TempFolder()
        for name in Self.seedNames {
            try FileManager.default.copyItem(atPath: Seeds.folder + "/" + name, toPath: copy.path + "/" + name)
        }
        folder = copy
    }

    /// The path of a file in the folder.
    func path(_ name: String) -> String { folder.path + "/" + name }

    /// Loads the folder, checks that every seed loaded and that nothing but `name` was skipped, and
    /// returns the one reason `name` was skipped (nil if it was not).
    func load(expectingSkipped name: String, maximumFileBytes: Int = CorpusLoader.maximumFileBytes,
              sourceLocation: SourceLocation = #_sourceLocation) throws -> (corpus: Corpus, reason: String?) {
        let corpus = try CorpusLoader.load(folder: folder.path, maximumFileBytes: maximumFileBytes)
        let loaded = Set(corpus.documents.map(\.file))
        #expect(Self.seedNames.allSatisfy(loaded.contains), "seeds missing: \(Self.seedNames.filter { !loaded.contains($0) })",
                sourceLocation: sourceLocation)
        let others = corpus.skipped.filter { $0.file != name }
        #expect(others.isEmpty, "skipped besides \(name): \(others)", sourceLocation: sourceLocation)
        let mine = corpus.skipped.filter { $0.file == name }
        #expect(mine.count <= 1, "\(name) reported \(mine.count) times", sourceLocation: sourceLocation)
        return (corpus, mine.first?.reason)
    }

    /// Loads the folder and returns the warnings of the document `name` (which must have loaded).
    func warnings(of name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let (corpus, reason) = try load(expectingSkipped: name, sourceLocation: sourceLocation)
        #expect(reason == nil, "\(name) was skipped: \(reason ?? "")", sourceLocation: sourceLocation)
        return try #require(corpus.documents.first { $0.file == name }, sourceLocation: sourceLocation).warnings
    }
}

/// The bad files of the reliability issue, each beside the seeds: the seeds still load, and the bad file
/// is skipped or warned about with one exact line.
@Suite struct BadFileTests {
    @Test func invalidUTF8IsReplacedAndFlagged() throws {
        let seeds = try SeedsWithBadFiles()
        try seeds.folder.write("damaged.txt", bytes: Array("A damaged ".utf8) + [0xC3, 0x28, 0xFF] + Array(" sentence of prose.\n".utf8))
        #expect(try seeds.warnings(of: "damaged.txt") == ["invalid UTF-8 replaced by U+FFFD"])
    }

    @Test func randomBytesAreBinary() throws {
        let seeds = try SeedsWithBadFiles()
        // Compressed data looks like this; before, about half such files loaded as pages of U+FFFD.
        for seed in 1...20 as ClosedRange<UInt64> {
            var random = SplitMix64(seed: seed)
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
            #expect(SourceText.binaryReason(bytes) == "binary file (mostly non-text bytes)", "seed \(seed)")
        }
        var random = SplitMix64(seed: 7)
        try seeds.folder.write("archive.gz", bytes: (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(try seeds.load(expectingSkipped: "archive.gz").reason == "binary file (mostly non-text bytes)")
    }

    @Test func aFileOfNULsIsBinary() throws {
        let seeds = try SeedsWithBadFiles()
        try seeds.folder.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47] + [UInt8](repeating: 0, count: 2044))
        #expect(try seeds.load(expectingSkipped: "image.png").reason == "binary file (2044 NUL bytes in the first 2048)")
    }

    @Test func textInALegacyEncodingIsTextNotBinary() throws {
        let seeds = try SeedsWithBadFiles()
        // Cyrillic in Windows-1251: nearly every byte is invalid UTF-8, but there are no control bytes.
        // (А…я are 0xC0…0xFF there, in order.)
        let cyrillic = "Пакт о нейтралитете подписан в Москве 13 апреля 1941 года. ".unicodeScalars.map { s in
            s.isASCII ? UInt8(s.value) : UInt8(0xC0 + s.value - 0x410)
        }
        try seeds.folder.write("cp1251.txt", bytes: Array(repeating: cyrillic, count: 40).flatMap { $0 })
        #expect(try seeds.warnings(of: "cp1251.txt") == ["invalid UTF-8 replaced by U+FFFD"])
    }

    @Test func anEmptyFileIsADocumentWithAWarning() throws {
        let seeds = try SeedsWithBadFiles()
        try seeds.folder.write("empty.txt", bytes: [])
        #expect(try seeds.warnings(of: "empty.txt") == ["empty file"])
    }

    @Test func aFileOfOnlyStampsSaysSo() throws {
        let seeds = try SeedsWithBadFiles()
        try seeds.folder.write("stamps.txt", "DECLASSIFIED\n\nTOP SECRET\n")
        #expect(try seeds.warnings(of: "stamps.txt") == ["no text besides stamps and page furniture"])
    }

    @Test func aFileOverTheLimitIsSkippedUnread() throws {
        let seeds = try SeedsWithBadFiles()
        // A small limit stands for the real one (above every seed, 167 KB at most), so the test writes
        // kilobytes, not megabytes.
        try seeds.folder.write("dump.txt", String(repeating: "word ", count: 60_000) + "x")
        let (_, reason) = try seeds.load(expectingSkipped: "dump.txt", maximumFileBytes: 250_000)
        #expect(reason == "too large: 300.1 KB, the limit is 250 KB")
    }

    @Test func aFileAtTheLimitLoads() throws {
        let folder = try TempFolder()
        try folder.write("exact.txt", String(repeating: "x", count: 999) + "\n")
        let corpus = try CorpusLoader.load(folder: folder.path, maximumFileBytes: 1_000)
        #expect(corpus.documents.map(\.file) == ["exact.txt"])
        #expect(corpus.skipped.isEmpty)
        #expect(try CorpusLoader.load(folder: folder.path, maximumFileBytes: 999).skipped.map(\.reason) == ["too large: 1 KB, the limit is 999 bytes"])
    }

    @Test(.timeLimit(.minutes(1)))
    func aFiftyMegabyteLineIsSkippedWithoutBeingParsed() throws {
        let seeds = try SeedsWithBadFiles()
        // Written in well under a second; parsed, one such line took 13 to 50 s and 500 MB.
        try Data(repeating: UInt8(ascii: "a"), count: 50_400_000).write(to: URL(fileURLWithPath: seeds.path("one-line.txt")))
        let started = ContinuousClock.now
        let (_, reason) = try seeds.load(expectingSkipped: "one-line.txt")
        #expect(reason == "too large: 50.4 MB, the limit is 10 MB")
        #expect(ContinuousClock.now - started < .seconds(10), "the seeds alone load in well under a second")
    }

    @Test func theSizesReadAsTheyShould() {
        #expect(SkipReason.tooLarge(bytes: 50_400_000, limit: 10_000_000).description == "too large: 50.4 MB, the limit is 10 MB")
        // One byte over reads as over, never as the limit itself.
        #expect(SkipReason.tooLarge(bytes: 10_000_001, limit: 10_000_000).description == "too large: 10.1 MB, the limit is 10 MB")
        #expect(SkipReason.size(1, roundingUp: true) == "1 byte")
        #expect(SkipReason.size(1_500, roundingUp: true) == "1.5 KB")
        #expect(SkipReason.size(3_000_000_000, roundingUp: true) == "3 GB")
    }

    @Test func aSymbolicLinkLoopIsNamed() throws {
        let seeds = try SeedsWithBadFiles()
        try FileManager.default.createSymbolicLink(atPath: seeds.path("loop"), withDestinationPath: "loop")
        #expect(try seeds.load(expectingSkipped: "loop").reason == "symbolic link loop")
    }

    @Test func aBrokenSymbolicLinkNamesItsTarget() throws {
        let seeds = try SeedsWithBadFiles()
        try FileManager.default.createSymbolicLink(atPath: seeds.path("gone.txt"), withDestinationPath: "moved/away.txt")
        #expect(try seeds.load(expectingSkipped: "gone.txt").reason == "broken symbolic link to \"moved/away.txt\"")
    }

    @Test func aSymbolicLinkToADocumentLoadsIt() throws {
        let seeds = try SeedsWithBadFiles()
        let target = try #require(SeedsWithBadFiles.seedNames.first)
        try FileManager.default.createSymbolicLink(atPath: seeds.path("linked.txt"), withDestinationPath: target)
        #expect(try seeds.warnings(of: "linked.txt").isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func aNamedPipeIsSkippedWithoutBlocking() throws {
        let seeds = try SeedsWithBadFiles()
        // Opened for reading, a pipe with no writer blocks forever: the load must never open it.
        #expect(mkfifo(seeds.path("pipe"), 0o644) == 0)
        #expect(try seeds.load(expectingSkipped: "pipe").reason == "not a regular file (named pipe)")
        // Nor block when asked to read it directly (it is opened without blocking, then refused).
        #expect(DocumentFile.read(atPath: seeds.path("pipe"), limit: 1_000) == .failure(.notRegular(kind: "named pipe")))
    }

    @Test func aDeviceIsSkipped() throws {
        let seeds = try SeedsWithBadFiles()
        try FileManager.default.createSymbolicLink(atPath: seeds.path("null"), withDestinationPath: "/dev/null")
        #expect(try seeds.load(expectingSkipped: "null").reason == "not a regular file (character device)")
    }

    @Test func aSocketIsSkipped() throws {
        let seeds = try SeedsWithBadFiles()
        let fd = try #require(Self.boundSocket(at: seeds.path("socket")))
        defer { close(fd) }
        #expect(try seeds.load(expectingSkipped: "socket").reason == "not a regular file (socket)")
    }

    @Test func aFolderIsSkipped() throws {
        let seeds = try SeedsWithBadFiles()
        try FileManager.default.createDirectory(atPath: seeds.path("drafts"), withIntermediateDirectories: false)
        #expect(try seeds.load(expectingSkipped: "drafts").reason == "is a folder")
    }

    @Test func aFileThatDisappearsIsSaidToHaveDisappeared() throws {
        let folder = try TempFolder()
        // Listed, then deleted before it is read: what the loader sees is a path with nothing behind it.
        let path = folder.path + "/deleted.txt"
        #expect(DocumentFile.examine(atPath: path, limit: 1_000) == .failure(.disappeared))
        #expect(DocumentFile.read(atPath: path, limit: 1_000) == .failure(.disappeared))
        #expect(SkipReason.disappeared.description == "disappeared while loading")
    }

    @Test func aFileThatGrowsPastTheLimitWhileReadIsTooLarge() throws {
        let folder = try TempFolder()
        try folder.write("growing.txt", String(repeating: "x", count: 2_000))
        // Examined at 2,000 bytes against a higher limit, then read against a lower one: as if it had grown.
        #expect(DocumentFile.examine(atPath: folder.path + "/growing.txt", limit: 5_000) == .success(2_000))
        #expect(DocumentFile.read(atPath: folder.path + "/growing.txt", limit: 1_500) == .failure(.tooLarge(bytes: 2_000, limit: 1_500)))
    }

    @Test(.enabled(if: getuid() != 0, "root reads a file whatever its mode, so chmod 000 cannot make it unreadable"))
    func anUnreadableFileIsPermissionDenied() throws {
        let seeds = try SeedsWithBadFiles()
        try seeds.folder.write("secret.txt", "Not for your eyes.\n")
        #expect(chmod(seeds.path("secret.txt"), 0) == 0)
        #expect(try seeds.load(expectingSkipped: "secret.txt").reason == "permission denied")
    }

    @Test func errnoCodesMapToReasons() {
        let nowhere = Array("/nonexistent-\(UUID().uuidString)".utf8CString)
        #expect(SkipReason(errno: EACCES, path: nowhere) == .permissionDenied)
        #expect(SkipReason(errno: ELOOP, path: nowhere) == .symlinkLoop)
        #expect(SkipReason(errno: ENOENT, path: nowhere) == .disappeared)
        #expect(SkipReason(errno: EIO, path: nowhere).description == "cannot be read: Input/output error")
    }

    @Test func aNameThatIsNotUTF8StillLoads() throws {
        let seeds = try SeedsWithBadFiles()
        let raw = Array(seeds.path("bad").utf8) + [0xFF] + Array("name.txt".utf8)
        let fd = open(raw.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(fd >= 0)
        _ = "A short text under a name that is not UTF-8.\n".utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        #expect(try seeds.warnings(of: "bad\u{FFFD}name.txt") == ["file name is not valid UTF-8 (shown with U+FFFD)"])
    }

    @Test func anUnreadableDataFileIsReportedAndTheDocumentsLoad() throws {
        let seeds = try SeedsWithBadFiles()
        try FileManager.default.createSymbolicLink(atPath: seeds.path(Catalogue.fileName), withDestinationPath: Catalogue.fileName)
        #expect(try seeds.load(expectingSkipped: Catalogue.fileName).reason == "symbolic link loop")
    }

    @Test(.timeLimit(.minutes(1)))
    func tenThousandTinyFilesLoad() throws {
        let folder = try TempFolder()
        // Written with plain open and write: Foundation's `Data.write` syncs each file to disk, which
        // here costs far more than loading them.
        for i in 0..<10_000 {
            let fd = open(folder.path + "/" + String(format: "%05d.txt", i), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            try #require(fd >= 0)
            let text = Array("Note \(i).\n".utf8)
            #expect(write(fd, text, text.count) == text.count)
            close(fd)
        }
        let started = ContinuousClock.now
        let corpus = try CorpusLoader.load(folder: folder.path)
        let took = ContinuousClock.now - started
        #expect(corpus.documents.count == 10_000)
        #expect(corpus.skipped.isEmpty)
        #expect(corpus.documents.first?.file == "00000.txt" && corpus.documents.last?.file == "09999.txt")
        // 3 s in a debug build, 1 s in a release build on two cores: linear, about 0.1 ms a file in release.
        #expect(took < .seconds(30), "10,000 tiny files took \(took)")
    }

    /// A Unix socket bound at `path` (a socket file in the folder), or nil.
    static func boundSocket(at path: String) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { close(fd); return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, b) in bytes.enumerated() { buffer[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { close(fd); return nil }
        return fd
    }
}
