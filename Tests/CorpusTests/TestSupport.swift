import Foundation
import Testing
@testable import Corpus

/// Loading fixtures and finding things in the parsed model.
enum Load {
    /// Parses one text as a corpus of one document.
    static func corpus(_ text: String, name: String = "doc.txt") -> Corpus {
        CorpusLoader.load(texts: [(name, Array(text.utf8))])
    }

    /// Parses raw bytes as a corpus of one file.
    static func corpus(bytes: [UInt8], name: String = "doc.txt") -> Corpus {
        CorpusLoader.load(texts: [(name, bytes)])
    }

    /// Parses one text and returns its document.
    static func document(_ text: String, name: String = "doc.txt") throws -> Document {
        try document(bytes: Array(text.utf8), name: name)
    }

    /// Parses raw bytes and returns the document (fails the test if the file was skipped).
    static func document(bytes: [UInt8], name: String = "doc.txt") throws -> Document {
        let c = corpus(bytes: bytes, name: name)
        #expect(c.skipped.isEmpty, "unexpectedly skipped: \(c.skipped)")
        return try #require(c.documents.first)
    }
}

extension Document {
    /// The first block whose text contains a string.
    func block(containing s: String) -> Block? { blocks.first { $0.text.contains(s) } }

    /// The index of the first block whose text contains a string.
    func blockIndex(containing s: String) -> Int? { blocks.firstIndex { $0.text.contains(s) } }

    /// Reading-text blocks (not notes, furniture or rules).
    var readingBlocks: [Block] { blocks.filter(\.isReadingText) }

    /// The notes with a label, in source order.
    func notes(labelled label: String) -> [Note] { notes.filter { $0.label == label } }

    /// The only note with a label.
    func note(labelled label: String) throws -> Note {
        let found = notes(labelled: label)
        try #require(found.count == 1, "expected one note labelled \(label), found \(found.count)")
        return found[0]
    }

    /// The markers with a label, in text order.
    func markers(labelled label: String) -> [Marker] { markers.filter { $0.label == label } }

    /// The citations of the note with a label.
    func citations(ofNote label: String) throws -> [Citation] {
        let n = try #require(notes.firstIndex { $0.label == label }, "no note labelled \(label)")
        return notes[n].citations.map { citations[$0] }
    }

    /// The note a marker is paired with.
    func pairedNote(_ marker: Marker) -> Note? { marker.note.map { notes[$0] } }
}

extension Block {
    /// The text covered by a UTF-8 range of the block text.
    func slice(_ start: Int, _ end: Int) -> String {
        let bytes = Array(text.utf8)
        guard start >= 0, end <= bytes.count, start <= end else { return "<out of range \(start)..<\(end)>" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// How a marker label is shown in block text: digits as superscripts, anything else as printed.
func shownLabel(_ label: String) -> String {
    let sup: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
    return String(label.map { sup[$0] ?? $0 })
}
