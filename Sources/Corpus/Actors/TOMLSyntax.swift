/// A syntax check of TOML 1.0 text, run before TOMLKit parses a registry.
///
/// TOMLKit's parser (toml++ 3) asserts, rather than checks, some of what it expects of malformed text:
/// a table header without a key ("[" alone on a line) or an array holding a "}" ("e = [}") aborted
/// dossier at load (fuzz findings), and where assertions are off it reads on in undefined behaviour.
/// Only well-formed text reaches it now: anything this check rejects is a syntax error in any TOML,
/// reported with its line. What well-formed text can still get wrong (a key defined twice, a table
/// redefined) is left to TOMLKit, which reports it.
struct TOMLSyntax {
    /// A syntax error and the line it is on.
    struct Failure: Error, Equatable {
        /// Source line (1-based).
        var line: Int
        /// What is wrong, in a few words.
        var message: String
    }

    /// The first syntax error of `text`, or nil when it is well-formed TOML.
    static func firstError(in text: String) -> Failure? {
        var check = TOMLSyntax(bytes: Array(text.utf8))
        do {
            try check.document()
            return nil
        } catch {
            return error
        }
    }

    /// Values nested deeper than this are an error (TOMLKit's own limit), so the check's recursion stays shallow.
    static let maxDepth = 256

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var depth = 0

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }
    private func at(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }
    private func fail(_ message: String) -> Failure { Failure(line: line, message: message) }

    private static func isDigit(_ c: UInt8?) -> Bool { c.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    private static func isBareKey(_ c: UInt8?) -> Bool {
        guard let c else { return false }
        return (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || isDigit(c) || c == 0x5F || c == 0x2D
    }
    /// Control characters, which TOML allows (tab aside) in no string or comment.
    private static func isControl(_ c: UInt8) -> Bool { (c < 0x20 && c != 0x09) || c == 0x7F }

    // MARK: - Lines

    private mutating func document() throws(Failure) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count {
            skipSpaces()
            switch peek {
            case nil: return
            case 0x23: try comment()
            case 0x0A, 0x0D: break
            case 0x5B: try tableHeader()
            default: try keyValue()
            }
            skipSpaces()
            if peek == 0x23 { try comment() }
            if peek != nil { try newline("expected the end of the line") }
        }
    }

    private mutating func skipSpaces() {
        while peek == 0x20 || peek == 0x09 { i += 1 }
    }

    private mutating func newline(_ otherwise: String) throws(Failure) {
        if peek == 0x0A {
            i += 1
        } else if peek == 0x0D, at(i + 1) == 0x0A {
            i += 2
        } else {
            throw fail(otherwise)
        }
        line += 1
    }

    private mutating func comment() throws(Failure) {
        i += 1
        while let c = peek, c != 0x0A, !(c == 0x0D && at(i + 1) == 0x0A) {
            if Self.isControl(c) { throw fail("a control character in a comment") }
            i += 1
        }
    }

    /// Spaces, comments and line breaks between the values of an array.
    private mutating func skipBlank() throws(Failure) {
        while true {
            skipSpaces()
            switch peek {
            case 0x23: try comment()
            case 0x0A, 0x0D: try newline("a carriage return without a line feed")
            default: return
            }
        }
    }

    private mutating func tableHeader() throws(Failure) {
        i += 1
        let isArray = peek == 0x5B
        if isArray { i += 1 }
        skipSpaces()
        try key()
        skipSpaces()
        guard peek == 0x5D else { throw fail("expected \"]\" to close the table header") }
        i += 1
        if isArray {
            guard peek == 0x5D else { throw fail("expected \"]]\" to close the array-of-tables header") }
            i += 1
        }
    }

    // MARK: - Keys and values

    private mutating func keyValue() throws(Failure) {
        try key()
        skipSpaces()
        guard peek == 0x3D else { throw fail("expected \"=\" after a key") }
        i += 1
        skipSpaces()
        try value()
    }

    /// A bare or quoted key, dotted or not.
    private mutating func key() throws(Failure) {
        while true {
            switch peek {
            case 0x22: try basicString()
            case 0x27: try literalString()
            case let c where Self.isBareKey(c): while Self.isBareKey(peek) { i += 1 }
            default: throw fail("expected a key")
            }
            let end = i
            skipSpaces()
            guard peek == 0x2E else { i = end; return }
            i += 1
            skipSpaces()
        }
    }

    private mutating func value() throws(Failure) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw fail("values nested more than \(Self.maxDepth) deep") }
        switch peek {
        case 0x22: try at(i + 1) == 0x22 && at(i + 2) == 0x22 ? multilineString(quote: 0x22) : basicString()
        case 0x27: try at(i + 1) == 0x27 && at(i + 2) == 0x27 ? multilineString(quote: 0x27) : literalString()
        case 0x5B: try array()
        case 0x7B: try inlineTable()
        case 0x74: try word("true")
        case 0x66: try word("false")
        case 0x69: try word("inf")
        case 0x6E: try word("nan")
        case let c? where Self.isDigit(c) || c == 0x2B || c == 0x2D: try numberOrDate()
        default: throw fail("expected a value")
        }
    }

    private mutating func word(_ w: String) throws(Failure) {
        for b in w.utf8 {
            guard peek == b else { throw fail("expected a value") }
            i += 1
        }
    }

    private mutating func array() throws(Failure) {
        i += 1
        while true {
            try skipBlank()
            if peek == 0x5D { i += 1; return }
            try value()
            try skipBlank()
            switch peek {
            case 0x2C: i += 1
            case 0x5D: i += 1; return
            default: throw fail("expected \",\" or \"]\" in an array")
            }
        }
    }

    /// `{ key = value, ... }` on one line, without a trailing comma (TOML 1.0).
    private mutating func inlineTable() throws(Failure) {
        i += 1
        skipSpaces()
        if peek == 0x7D { i += 1; return }
        while true {
            try keyValue()
            skipSpaces()
            switch peek {
            case 0x2C: i += 1; skipSpaces()
            case 0x7D: i += 1; return
            default: throw fail("expected \",\" or \"}\" in an inline table")
            }
        }
    }

    // MARK: - Strings

    private mutating func basicString() throws(Failure) {
        i += 1
        while true {
            guard let c = peek, c != 0x0A, c != 0x0D else { throw fail("a string not closed on its line") }
            switch c {
            case 0x22: i += 1; return
            case 0x5C: try escape()
            default:
                if Self.isControl(c) { throw fail("a control character in a string") }
                i += 1
            }
        }
    }

    private mutating func literalString() throws(Failure) {
        i += 1
        while true {
            guard let c = peek, c != 0x0A, c != 0x0D else { throw fail("a string not closed on its line") }
            if c == 0x27 { i += 1; return }
            if Self.isControl(c) { throw fail("a control character in a string") }
            i += 1
        }
    }

    /// `"""…"""` or `'''…'''`: line breaks allowed, up to two quotes before the closing three.
    private mutating func multilineString(quote: UInt8) throws(Failure) {
        i += 3
        while true {
            guard let c = peek else { throw fail("a multi-line string not closed") }
            switch c {
            case quote where at(i + 1) == quote && at(i + 2) == quote:
                var run = 0
                while peek == quote { run += 1; i += 1 }
                if run > 5 { throw fail("too many quotes closing a multi-line string") }
                return
            case 0x0A, 0x0D:
                try newline("a carriage return without a line feed")
            case 0x5C where quote == 0x22:
                // A backslash ending a line (spaces may follow it) trims the line break; else an escape.
                var j = i + 1
                while at(j) == 0x20 || at(j) == 0x09 { j += 1 }
                if at(j) == 0x0A || (at(j) == 0x0D && at(j + 1) == 0x0A) { i = j } else { try escape() }
            default:
                if Self.isControl(c) { throw fail("a control character in a string") }
                i += 1
            }
        }
    }

    /// `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`, the hex naming a Unicode scalar.
    private mutating func escape() throws(Failure) {
        i += 1
        switch peek {
        case 0x62, 0x74, 0x6E, 0x66, 0x72, 0x22, 0x5C:
            i += 1
        case 0x75, 0x55:
            let count = peek == 0x75 ? 4 : 8
            i += 1
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let c = peek, let h = Self.hexValue(c) else { throw fail("a \\u escape needs \(count) hex digits") }
                value = value &* 16 &+ h
                i += 1
            }
            if Unicode.Scalar(value) == nil { throw fail("an escape naming no Unicode character") }
        default:
            throw fail("an unknown escape in a string")
        }
    }

    private static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    // MARK: - Numbers and dates

    private mutating func numberOrDate() throws(Failure) {
        if Self.isDigit(peek), Self.isDigit(at(i + 1)) {
            if at(i + 2) == 0x3A { return try time() }
            if Self.isDigit(at(i + 2)), Self.isDigit(at(i + 3)), at(i + 4) == 0x2D { return try dateTime() }
        }
        if peek == 0x2B || peek == 0x2D {
            i += 1
            if peek == 0x69 { return try word("inf") }
            if peek == 0x6E { return try word("nan") }
        } else if peek == 0x30, let base = at(i + 1), [0x78, 0x6F, 0x62].contains(base) {
            i += 2
            return try digits { c in
                switch base {
                case 0x78: return Self.hexValue(c) != nil
                case 0x6F: return c >= 0x30 && c <= 0x37
                default: return c == 0x30 || c == 0x31
                }
            }
        }
        // Decimal: no leading zero, then an optional fraction and exponent.
        if peek == 0x30, Self.isDigit(at(i + 1)) || at(i + 1) == 0x5F { throw fail("a number with a leading zero") }
        try digits(Self.isDigit)
        if peek == 0x2E {
            i += 1
            try digits(Self.isDigit)
        }
        if peek == 0x65 || peek == 0x45 {
            i += 1
            if peek == 0x2B || peek == 0x2D { i += 1 }
            try digits(Self.isDigit)
        }
    }

    /// One or more digits, an underscore only between two of them.
    private mutating func digits(_ isDigit: (UInt8) -> Bool) throws(Failure) {
        guard let first = peek, isDigit(first) else { throw fail("expected a digit") }
        i += 1
        while let c = peek {
            if isDigit(c) {
                i += 1
            } else if c == 0x5F, let next = at(i + 1), isDigit(next) {
                i += 2
            } else {
                break
            }
        }
    }

    /// `YYYY-MM-DD`, then optionally a time after "T" or a space, then optionally an offset.
    private mutating func dateTime() throws(Failure) {
        try fixed(4, 0...9999)
        try expect(0x2D)
        try fixed(2, 1...12)
        try expect(0x2D)
        try fixed(2, 1...31)
        let delimiter = peek
        guard delimiter == 0x54 || delimiter == 0x74 || (delimiter == 0x20 && Self.isDigit(at(i + 1)) && Self.isDigit(at(i + 2)) && at(i + 3) == 0x3A)
        else { return }
        i += 1
        try time()
        switch peek {
        case 0x5A, 0x7A:
            i += 1
        case 0x2B, 0x2D:
            i += 1
            try fixed(2, 0...23)
            try expect(0x3A)
            try fixed(2, 0...59)
        default:
            break
        }
    }

    /// `HH:MM:SS` with optional fraction.
    private mutating func time() throws(Failure) {
        try fixed(2, 0...23)
        try expect(0x3A)
        try fixed(2, 0...59)
        try expect(0x3A)
        try fixed(2, 0...60)
        if peek == 0x2E {
            i += 1
            guard Self.isDigit(peek) else { throw fail("expected a digit") }
            while Self.isDigit(peek) { i += 1 }
        }
    }

    private mutating func fixed(_ count: Int, _ range: ClosedRange<Int>) throws(Failure) {
        var n = 0
        for _ in 0..<count {
            guard let c = peek, Self.isDigit(c) else { throw fail("a malformed date or time") }
            n = n * 10 + Int(c - 0x30)
            i += 1
        }
        if !range.contains(n) { throw fail("a date or time out of range") }
    }

    private mutating func expect(_ c: UInt8) throws(Failure) {
        guard peek == c else { throw fail("a malformed date or time") }
        i += 1
    }
}
