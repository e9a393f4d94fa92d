/// A file's bytes decoded into lines, with what went wrong on the way.
public struct SourceText: Sendable {
    /// Decoded lines without terminators (CRLF, lone CR and LF all end a line).
    public var lines: [Substring]
    /// True when invalid UTF-8 was replaced by U+FFFD.
    public var hadInvalidUTF8: Bool
    /// True when a byte-order mark was removed.
    public var hadBOM: Bool

    /// Why a file is not text, when it is not.
    public enum Rejection: Error, Equatable, Sendable {
        /// The file looks binary (NULs or mostly non-text bytes).
        case binary(String)
    }

    /// Decodes bytes; throws `.binary` for files that are not text.
    public init(bytes: [UInt8]) throws(Rejection) {
        if let reason = SourceText.binaryReason(bytes) { throw .binary(reason) }
        var slice = bytes[...]
        hadBOM = slice.starts(with: [0xEF, 0xBB, 0xBF])
        if hadBOM { slice = slice.dropFirst(3) }
        let text: String
        if let valid = String(validating: slice, as: UTF8.self) {
            text = valid
            hadInvalidUTF8 = false
        } else {
            text = String(decoding: slice, as: UTF8.self)
            hadInvalidUTF8 = true
        }
        lines = SourceText.splitLines(text)
    }

    /// Splits on LF, CRLF and lone CR, so every convention counts lines the same way.
    static func splitLines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        result.reserveCapacity(text.utf8.count / 60 + 1)
        let utf8 = text.utf8
        // Bytes read through a buffer pointer; only line ends become indices.
        let done: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            func index(_ k: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: k) }
            let n = bytes.count
            var lineStart = 0, i = 0
            while i < n {
                let byte = bytes[i]
                if byte == 0x0A || byte == 0x0D {
                    result.append(Substring(text[index(lineStart)..<index(i)]))
                    var next = i + 1
                    if byte == 0x0D, next < n, bytes[next] == 0x0A { next += 1 }
                    lineStart = next
                    i = next
                } else {
                    i += 1
                }
            }
            if lineStart != n { result.append(Substring(text[index(lineStart)..<utf8.endIndex])) }
        }
        if done != nil { return result }
        var lineStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A || byte == 0x0D {
                result.append(Substring(text[lineStart..<i]))
                var next = utf8.index(after: i)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                lineStart = next
                i = next
            } else {
                i = utf8.index(after: i)
            }
        }
        if lineStart != utf8.endIndex { result.append(Substring(text[lineStart..<utf8.endIndex])) }
        return result
    }

    /// A file is binary when its head has NULs in quantity, is mostly control bytes, or has control bytes
    /// well above text's rate with much of the rest not UTF-8.
    ///
    /// A few NULs or escapes are tolerated (hostile or damaged text is still text and is shown
    /// with placeholders); a real binary has them everywhere. Compressed or encrypted data (a gzip, a
    /// JPEG, a PDF's streams) is random bytes: one in ten is a control byte, too close to the first
    /// threshold to trust, but half of it is not UTF-8, which text in a legacy 8-bit encoding can also
    /// be, but that text has next to no control bytes.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(65_536)
        guard !head.isEmpty else { return nil }
        var nul = 0, control = 0
        for b in head {
            if b == 0 { nul += 1 } else if b < 0x20, b != 0x09, b != 0x0A, b != 0x0C, b != 0x0D, b != 0x1B { control += 1 }
        }
        let n = Double(head.count)
        if Double(nul) / n > 0.01 { return "binary file (\(nul) NUL bytes in the first \(head.count))" }
        if Double(nul + control) / n > 0.10 { return "binary file (mostly non-text bytes)" }
        if Double(nul + control) / n > 0.02, Double(invalidUTF8Count(head)) / n > 0.20 { return "binary file (mostly non-text bytes)" }
        return nil
    }

    /// How many bytes of `bytes` belong to no well-formed UTF-8 sequence (a sequence cut by the end is not counted).
    static func invalidUTF8Count(_ bytes: ArraySlice<UInt8>) -> Int {
        var invalid = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: invalid += 1; i += 1; continue
            }
            if i + length > bytes.endIndex { break }
            // Continuation bytes only (overlong and surrogate forms are rare enough in data to pass here).
            if bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return invalid
    }
}
