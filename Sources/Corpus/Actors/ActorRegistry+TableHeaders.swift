extension ActorRegistry {
    /// The line of the first table header whose key cannot start ("[" alone on a line, "[&", "[[ ?"), or nil.
    ///
    /// TOMLKit's parser (toml++ 3) checks what follows everywhere else a key starts, but enters a table
    /// header's key unchecked: on such a header it aborts the whole process with an assertion (and reads
    /// on in undefined behaviour where assertions are off) instead of reporting a syntax error. The
    /// header is a syntax error in any TOML, so it is reported here before TOMLKit sees the text. Only
    /// the document's own lines count, as for the parser: a "[" inside a string, a comment or an array
    /// value opens no header.
    static func unstartableHeaderLine(_ text: String) -> Int? {
        // TOMLKit hands the text over as a C string: the parser reads up to the first NUL.
        let bytes = Array(text.utf8.prefix { $0 != 0 })
        func at(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, depth = 0, lineStart = true
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x0A:
                line += 1
                lineStart = true
                i += 1
            case 0x20, 0x09, 0x0D:
                i += 1
            case 0x23:  // a comment, to the end of the line
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            case 0x22, 0x27:  // a basic or literal string, single-line or multi-line
                let multiline = at(i + 1) == b && at(i + 2) == b
                i += multiline ? 3 : 1
                while i < bytes.count {
                    let c = bytes[i]
                    if c == 0x0A { guard multiline else { break }; line += 1 }
                    if c == 0x5C, b == 0x22 {  // an escape: the next byte is not the string's end
                        if at(i + 1) == 0x0A { line += 1 }
                        i += 2
                        continue
                    }
                    if c == b, !multiline || (at(i + 1) == b && at(i + 2) == b) {
                        i += multiline ? 3 : 1
                        break
                    }
                    i += 1
                }
                lineStart = false
            case 0x5B where depth == 0 && lineStart:  // a header: "[" or "[[", spaces, then the key
                var j = i + 1
                if at(j) == 0x5B { j += 1 }
                while at(j) == 0x20 || at(j) == 0x09 { j += 1 }
                guard let c = at(j) else { return nil }  // the end of the text: the parser reports it
                let startsKey = (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
                    || c == 0x22 || c == 0x27 || c == 0x5D
                if !startsKey { return line }
                i = j
                lineStart = false
            case 0x5B, 0x7B:  // an array or inline table in a value: no header inside
                depth += 1
                i += 1
                lineStart = false
            case 0x5D, 0x7D:
                depth = max(0, depth - 1)
                i += 1
                lineStart = false
            default:
                i += 1
                lineStart = false
            }
        }
        return nil
    }
}
