import Foundation
import Testing
@testable import Corpus

/// Decoding files into lines: line endings, BOM, invalid UTF-8, binaries, empty files, controls.
@Suite struct SourceTextTests {
    private func blockLines(_ text: String) throws -> [[Int]] {
        try Load.document(text).blocks.map { [$0.line, $0.lineEnd] }
    }

    @Test func lfCrlfAndLoneCrGiveTheSameBlockLines() throws {
        let lf = Fixture.threeParagraphs
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = lf.replacingOccurrences(of: "\n", with: "\r")
        let expected = [[1, 1], [3, 4], [6, 6]]
        #expect(try blockLines(lf) == expected)
        #expect(try blockLines(crlf) == expected)
        #expect(try blockLines(cr) == expected)
    }

    @Test func lineEndingsDoNotLeakIntoText() throws {
        let crlf = Fixture.threeParagraphs.replacingOccurrences(of: "\n", with: "\r\n")
        let doc = try Load.document(crlf)
        #expect(doc.lineCount == 6)
        #expect(doc.blocks.map(\.text) == [
            "The first paragraph stands on one line.",
            "The second paragraph starts here and runs onto a second line.",
            "The third paragraph closes the text.",
        ])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Fixture.threeParagraphs.utf8)
        let source = try SourceText(bytes: bytes)
        #expect(source.hadBOM)
        #expect(source.lines.first == "The first paragraph stands on one line.")
        let doc = try Load.document(bytes: bytes)
        #expect(doc.blocks.first?.text == "The first paragraph stands on one line.")
        #expect(!doc.blocks.contains { $0.text.unicodeScalars.contains("\u{FEFF}") })
        #expect(doc.warnings.isEmpty)
    }

    @Test func invalidUTF8BecomesReplacementCharacterWithWarning() throws {
        let bytes = Array("A paragraph with ".utf8) + [0xFF, 0xFE] + Array(" damaged bytes in it.\n".utf8)
        let doc = try Load.document(bytes: bytes)
        #expect(doc.warnings == ["invalid UTF-8 replaced by U+FFFD"])
        let text = try #require(doc.blocks.first?.text)
        #expect(text.hasPrefix("A paragraph with \u{FFFD}"))
        #expect(text.hasSuffix(" damaged bytes in it."))
    }

    @Test func validUTF8HasNoWarnings() throws {
        let doc = try Load.document("Ünïcödé prose — with “quotes” and Пакт.\n")
        #expect(doc.warnings.isEmpty)
    }

    @Test func binaryFileIsSkippedWithReason() {
        let bytes = [UInt8](repeating: 0, count: 512) + Array("some text".utf8) + [UInt8](repeating: 0, count: 512)
        let corpus = Load.corpus(bytes: bytes, name: "blob.bin")
        #expect(corpus.documents.isEmpty)
        #expect(corpus.skipped.count == 1)
        #expect(corpus.skipped.first?.file == "blob.bin")
        #expect(corpus.skipped.first?.reason.contains("binary") == true)
    }

    @Test func emptyFileIsADocumentWithWarning() throws {
        let doc = try Load.document(bytes: [], name: "empty.txt")
        #expect(doc.file == "empty.txt")
        #expect(doc.warnings == ["empty file"])
        #expect(doc.blocks.isEmpty)
        #expect(doc.markers.isEmpty && doc.notes.isEmpty)
    }

    /// ESC, BEL, NUL, DEL, C1 CSI and a bidi override spread over a heading, prose, caret groups (where
    /// a marker label would have carried them raw: a fuzz finding), a note and a table.
    static let hostile: String = {
        let filler = "This paragraph is long enough that a stray control byte does not make the file look binary. "
        return "\u{1B}[31mRED TITLE\u{7}\n\n"
            + "Marked ^{\u{1B}]0;x\u{7}} and ^{\u{9B}2J} and ^{\u{7F}} in the middle of a sentence.\n\n"
            + filler + filler + "Clear \u{1B}[2J screen, title \u{1B}]0;pwned\u{7} bell, nul \u{0} here, del \u{7F} there, csi \u{9B}2J and \u{202E}reversed.¹\n\n"
            + "¹ A note with \u{1B}[1m escape and \u{9B} csi.\n\n"
            + "cell\u{1B}one\tcell two\tcell\u{7F}three\n"
            + "a\tb\tc\n\n"
            + filler + filler + "\n"
    }()

    static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{7}", "\u{0}", "\u{7F}", "\u{9B}", "\u{202E}"]

    @Test func controlCharactersNeverAppearRawInBlocks() throws {
        let doc = try Load.document(Self.hostile)
        #expect(doc.blocks.count >= 4)
        var texts = doc.blocks.map(\.text) + doc.notes.map(\.text) + doc.markers.map(\.label)
        texts += doc.blocks.compactMap(\.cells).flatMap { $0.flatMap { $0 } }
        for text in texts {
            let raw = text.unicodeScalars.filter { Self.forbidden.contains($0) || !(Sanitizer.isSafe($0) || $0 == "\n") }
            #expect(raw.isEmpty, "raw \(raw.map { "U+" + String($0.value, radix: 16) }) in \(text.debugDescription)")
        }
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() throws {
        let doc = try Load.document(Self.hostile)
        let prose = try #require(doc.block(containing: "Clear"))
        #expect(prose.text.contains("\u{241B}[2J"))  // ␛
        #expect(prose.text.contains("\u{2407}"))  // ␇
        #expect(prose.text.contains("\u{2400}"))  // ␀
        #expect(prose.text.contains("\u{2421}"))  // ␡
        #expect(prose.text.contains("\u{FFFD}2J"))  // C1 CSI
    }

    @Test func metadataTitleCarriesNoRawControlCharacters() throws {
        let doc = try Load.document(Self.hostile)
        for text in [doc.metadata.title, doc.metadata.shortTitle] {
            let unsafe = text.unicodeScalars.filter { !Sanitizer.isSafe($0) }.map { "U+" + String($0.value, radix: 16) }
            #expect(unsafe.isEmpty, "raw \(unsafe) in title \(text.debugDescription)")
        }
    }
}
