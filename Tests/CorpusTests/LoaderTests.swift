import Foundation
import Testing
@testable import Corpus

/// A temporary corpus folder, removed when the test is done.
struct TempFolder: ~Copyable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws { try write(name, bytes: Array(text.utf8)) }

    func write(_ name: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try Data(bytes).write(to: url)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Loading folders: errors, skipped files, the catalogue file.
@Suite struct LoaderTests {
    @Test func missingFolderThrows() {
        let path = "/nonexistent-\(UUID().uuidString)"
        do {
            _ = try CorpusLoader.load(folder: path)
            Issue.record("loading a missing folder did not throw")
        } catch {
            guard case .missingFolder(let p) = error else { Issue.record("wrong error: \(error)"); return }
            #expect(p == path)
            #expect(error.description.contains(path))
        }
    }

    @Test func filePathThrowsNotAFolder() throws {
        let folder = try TempFolder()
        try folder.write("doc.txt", Fixture.small)
        let file = folder.path + "/doc.txt"
        do {
            _ = try CorpusLoader.load(folder: file)
            Issue.record("loading a file as a folder did not throw")
        } catch {
            guard case .notAFolder(let p) = error else { Issue.record("wrong error: \(error)"); return }
            #expect(p == file)
        }
    }

    @Test func goodFilesLoadBinaryIsSkippedInvalidIsFlagged() throws {
        let folder = try TempFolder()
        try folder.write("001_a.txt", Fixture.small)
        try folder.write("002_b.txt", Fixture.superscriptMarkers)
        try folder.write("003_blob.bin", bytes: [UInt8](repeating: 0, count: 2048) + [0x89, 0x50, 0x4E, 0x47])
        try folder.write("004_bad.txt", bytes: Array("Damaged ".utf8) + [0xC3, 0x28, 0xFF] + Array(" text of a document.\n".utf8))
        let corpus = try CorpusLoader.load(folder: folder.path)
        #expect(corpus.documents.map(\.file) == ["001_a.txt", "002_b.txt", "004_bad.txt"])
        #expect(corpus.skipped.count == 1)
        #expect(corpus.skipped.first?.file == "003_blob.bin")
        #expect(corpus.skipped.first?.reason.contains("binary") == true)
        #expect(corpus.documents[0].warnings.isEmpty && corpus.documents[1].warnings.isEmpty)
        #expect(corpus.documents[2].warnings == ["invalid UTF-8 replaced by U+FFFD"])
        #expect(corpus.folder == folder.path)
    }

    @Test func folderLoadMatchesInMemoryLoad() throws {
        let folder = try TempFolder()
        try folder.write("002_b.txt", Fixture.superscriptMarkers)
        let fromDisk = try #require(try CorpusLoader.load(folder: folder.path).documents.first)
        let inMemory = try Load.document(Fixture.superscriptMarkers, name: "002_b.txt")
        #expect(fromDisk.blocks.map(\.text) == inMemory.blocks.map(\.text))
        #expect(fromDisk.markers.map(\.label) == inMemory.markers.map(\.label))
        #expect(fromDisk.notes.map(\.text) == inMemory.notes.map(\.text))
    }

    @Test func hiddenFilesAndSubfoldersAreNotDocuments() throws {
        let folder = try TempFolder()
        try folder.write("001_a.txt", Fixture.small)
        try folder.write(".hidden.txt", Fixture.small)
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: false)
        let corpus = try CorpusLoader.load(folder: folder.path)
        #expect(corpus.documents.map(\.file) == ["001_a.txt"])
        #expect(corpus.skipped.map(\.file) == ["sub"])
    }

    @Test func catalogueLinksAnIDToADocument() throws {
        let folder = try TempFolder()
        try folder.write("001_a.txt", Fixture.small)
        try folder.write("002_b.txt", Fixture.superscriptMarkers)
        try folder.write("catalogue.tsv", """
        # id\tdocument\ttitle\tdate
        SRH-999\t002_b.txt\tA Catalogued History\t18 June 1945
        SRH-998\t-\tNot In This Corpus\t-
        """)
        let corpus = try CorpusLoader.load(folder: folder.path)
        #expect(corpus.documents.count == 2, "catalogue.tsv must not be loaded as a document")
        #expect(corpus.links["SRH-999"] == 1)
        #expect(corpus.documents[1].archiveIDs.contains("SRH-999"))
        #expect(!corpus.documents[0].archiveIDs.contains("SRH-999"))
        #expect(corpus.links["SRH-998"] == nil)
        #expect(corpus.catalogue["SRH-998"]?.title == "Not In This Corpus")
        #expect(corpus.catalogue["SRH-998"]?.document == nil)
        #expect(corpus.document(named: "SRH-999") == 1)
        #expect(corpus.document(named: "srh 999") == 1)
        #expect(corpus.description(of: "SRH-999").title == "A Catalogued History")
        #expect(corpus.skipped.isEmpty)
    }

    @Test func malformedCatalogueLineIsReportedWithItsLineNumber() throws {
        let folder = try TempFolder()
        try folder.write("001_a.txt", Fixture.small)
        try folder.write("catalogue.tsv", """
        # comment
        SRH-999\t001_a.txt\tTitle\t-
        this line has no tab at all
        """)
        let corpus = try CorpusLoader.load(folder: folder.path)
        #expect(corpus.links["SRH-999"] == 0)
        #expect(corpus.skipped.count == 1)
        let problem = try #require(corpus.skipped.first)
        #expect(problem.file == "catalogue.tsv")
        #expect(problem.reason.contains("line 3"))
    }

    @Test func catalogueIDsAreNormalised() {
        let parsed = Catalogue.parse("srh 77\t001_a.txt\n")
        #expect(parsed.entries.map(\.id) == ["SRH-077"])
        #expect(parsed.entries.first?.document == "001_a.txt")
        #expect(parsed.entries.first?.title == nil)
        #expect(parsed.problems.isEmpty)
    }

    @Test(arguments: [
        ("srh 78", "SRH-078"),
        ("SRH-078", "SRH-078"),
        ("DS #1214", "DS-1214"),
        ("Dip. Sum. 1214", "DS-1214"),
        ("h197715", "H-197715"),
        ("H-197715", "H-197715"),
        ("PSIS 400 - 22", "PSIS 400-22"),
        ("SRS-1746", "SRS-1746"),
    ])
    func archiveIDNormalisation(raw: String, expected: String) {
        #expect(ArchiveID.normalise(raw) == expected)
    }

    @Test func textThatIsNotAnArchiveID() {
        #expect(ArchiveID.normalise("hello") == nil)
        #expect(ArchiveID.normalise("") == nil)
        #expect(ArchiveID.normalise("1945") == nil)
    }
}
