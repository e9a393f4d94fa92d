/// A footnote marker found while reading inline markup.
struct InlineMarker: Equatable {
    var label: String
    var printed: String
    var convention: MarkerConvention
    /// UTF-8 offsets of the shown label in the output text.
    var start: Int
    var end: Int
    /// Index (in Unicode scalars) of the marker in the source, to recover its line.
    var sourceIndex: Int = 0
}

/// The display form of a stretch of marked-up source text.
struct InlineText {
    var text: String = ""
    var styles: [StyleSpan] = []
    var markers: [InlineMarker] = []
    /// UTF-8 offsets in `text` where the source's second, third… line begins.
    var lineStarts: [Int] = []
}

/// Reads light markup (`**bold**`, `*italic*`, `<i>`, `~~strike~~`, `<sup>`, `\*`, `^{...}`),
/// keeping styles and footnote markers apart from the text, and sanitising controls.
///
/// Stars are the hard part: `*` is both emphasis and a footnote marker in these files. A star
/// run is emphasis only when it opens (followed by a non-space) and a matching run later closes
/// it (preceded by a non-space); every other run of one to four stars is a marker.
struct InlineMarkup {
    /// Labels a trailing plain number may stand for ("... accordingly. 3"); nil accepts none.
    var acceptsPlainLabel: (String) -> Bool = { _ in false }

    private static let superscriptDigits: [Unicode.Scalar: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]
    private static let toSuperscript: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]

    /// The shown form of a marker label: digits as superscripts, anything else as printed.
    static func shownLabel(_ label: String) -> String {
        String(label.map { toSuperscript[$0] ?? $0 })
    }

    /// True when the scalar is a Unicode superscript digit (¹ ² ³ and U+2070, U+2074…U+2079).
    @inline(__always)
    static func isSuperscriptDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0xB9 || v == 0xB2 || v == 0xB3 || v == 0x2070 || (v >= 0x2074 && v <= 0x2079)
    }

    /// Converts superscript digits to ASCII digits.
    static func plainDigits<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        String(scalars.compactMap { superscriptDigits[$0] })
    }

    /// The text's scalars, decoded from its UTF-8 in one pass (`Array(unicodeScalars)` counts them first).
    static func scalars(of text: Substring) -> [Unicode.Scalar] {
        let decoded = text.utf8.withContiguousStorageIfAvailable { b -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                // A String's storage is valid UTF-8, so every sequence is complete.
                var i = 0, k = 0
                let n = b.count
                while i < n {
                    let c = UInt32(b[i])
                    var v: UInt32
                    if c < 0x80 {
                        v = c; i += 1
                    } else if c < 0xE0 {
                        v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if c < 0xF0 {
                        v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4
                    }
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(v).unsafelyUnwrapped)
                    k += 1
                }
                count = k
            }
        }
        return decoded ?? Array(text.unicodeScalars)
    }

    /// Parses one paragraph's source (lines joined with "\n").
    func parse(_ source: Substring) -> InlineText {
        if let plain = parsePlain(source) { return plain }
        var scalars = InlineMarkup.scalars(of: source)
        var trailingPlain: (label: String, at: Int)?
        if let t = trailingPlainLabel(scalars), acceptsPlainLabel(t.label) {
            trailingPlain = t
            scalars.removeSubrange(t.at...)
        }
        let emphasis = pairEmphasis(scalars)
        var out = Builder()
        out.bytes.reserveCapacity(scalars.count + 16)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            // Printable ASCII that opens no markup (most of every text) goes straight to the output.
            let v = s.value
            if v > 0x20, v < 0x7F, v != 0x2A, v != 0x5C, v != 0x7E, v != 0x5B, v != 0x3C, v != 0x5E {
                out.bytes.append(UInt8(truncatingIfNeeded: v))
                out.lastWasSpace = false
                i += 1
                continue
            }
            if s == "*", let role = emphasis[i] {
                switch role {
                case .open(let len, let style): out.open(style); i += len; continue
                case .close(let len, let style): out.close(style); i += len; continue
                }
            }
            switch s {
            case "\\" where i + 1 < n:
                if scalars[i + 1] == "*" {
                    var j = i, stars = 0
                    while j + 1 < n, scalars[j] == "\\", scalars[j + 1] == "*" { stars += 1; j += 2 }
                    out.marker(label: String(repeating: "*", count: stars),
                               printed: String(String.UnicodeScalarView(scalars[i..<j])), convention: .asterisk, at: i)
                    i = j
                } else {
                    out.append(scalars[i + 1]); i += 2
                }
            case "*":
                var j = i
                while j < n, scalars[j] == "*" { j += 1 }
                let len = j - i
                if len <= 4 {
                    out.marker(label: String(repeating: "*", count: len), printed: String(repeating: "*", count: len), convention: .asterisk, at: i)
                } else {
                    for _ in 0..<len { out.append("*") }
                }
                i = j
            case "~" where i + 1 < n && scalars[i + 1] == "~":
                out.toggle(.strike); i += 2
            case "[":
                // A Markdown link "[text](target)" left by the conversion: the reader shows the text only.
                if let (text, next) = markdownLink(scalars, at: i) {
                    for scalar in text { out.append(scalar) }
                    i = next
                } else {
                    out.append(s); i += 1
                }
            case "<":
                if let (tag, len) = htmlTag(scalars, at: i) {
                    switch tag {
                    case "i", "em": out.open(.italic)
                    case "/i", "/em": out.close(.italic)
                    case "b", "strong": out.open(.bold)
                    case "/b", "/strong": out.close(.bold)
                    case "sup":
                        if let (content, total) = supContent(scalars, at: i + len) {
                            if isMarkerLabel(content) {
                                out.marker(label: content, printed: "<sup>\(content)</sup>", convention: .htmlSup, at: i)
                            } else {
                                out.open(.superscript); out.appendText(content); out.close(.superscript)
                            }
                            i += len + total; continue
                        }
                    default: break
                    }
                    i += len
                } else {
                    out.append(s); i += 1
                }
            case "^" where i + 1 < n && scalars[i + 1] == "{":
                // A group holding a line break or another control is not a marker: read as text, the
                // control is shown as its placeholder and the line break keeps its line start.
                if let close = scalars[(i + 2)...].firstIndex(of: "}"), close - i < 16,
                   scalars[(i + 2)..<close].allSatisfy({ Sanitizer.isSafe($0) && $0 != "\t" }) {
                    let content = Array(scalars[(i + 2)..<close])
                    let printed = String(String.UnicodeScalarView(scalars[i...close]))
                    for group in splitCaretGroup(content) {
                        out.marker(label: group, printed: printed, convention: .caretGroup, at: i)
                    }
                    i = close + 1
                } else {
                    out.append(s); i += 1
                }
            default:
                if InlineMarkup.isSuperscriptDigit(s) {
                    var j = i
                    while j < n, InlineMarkup.isSuperscriptDigit(scalars[j]) { j += 1 }
                    let label = InlineMarkup.plainDigits(scalars[i..<j])
                    out.marker(label: label, printed: String(String.UnicodeScalarView(scalars[i..<j])), convention: .unicodeSuperscript, at: i)
                    i = j
                } else {
                    out.append(s); i += 1
                }
            }
        }
        if let t = trailingPlain {
            out.trimTrailingSpace()
            out.marker(label: t.label, printed: " " + t.label, convention: .plainDigits, at: t.at)
        }
        return out.finish()
    }

    /// `parse` for a source of printable ASCII and spacing with no markup character at all (most
    /// paragraphs of a typescript): the same text, line starts and trailing plain label, read as bytes.
    /// Nil for any other source.
    private func parsePlain(_ source: Substring) -> InlineText? {
        let result = source.utf8.withContiguousStorageIfAvailable { b -> InlineText? in
            for c in b {
                let printable = c >= 0x20 && c < 0x7F && c != 0x2A && c != 0x5C && c != 0x7E && c != 0x5B && c != 0x3C && c != 0x5E
                guard printable || c == 0x09 || c == 0x0A || c == 0x0D else { return nil }
            }
            var limit = b.count
            var trailingPlain: (label: String, at: Int)?
            if let t = InlineMarkup.trailingPlainLabel(ascii: b), acceptsPlainLabel(t.label) {
                trailingPlain = t
                limit = t.at
            }
            var out = Builder()
            out.bytes.reserveCapacity(limit + 16)
            for c in b[0..<limit] {
                if c > 0x20, c < 0x7F {
                    out.bytes.append(c)
                    out.lastWasSpace = false
                    continue
                }
                // Space, tab, CR or LF: one space at most, and a line start after a newline (as `Builder.append`).
                if !out.lastWasSpace {
                    out.bytes.append(0x20)
                    out.lastWasSpace = true
                }
                if c == 0x0A { out.lineStarts.append(out.bytes.count) }
            }
            if let t = trailingPlain {
                out.trimTrailingSpace()
                out.marker(label: t.label, printed: " " + t.label, convention: .plainDigits, at: t.at)
            }
            return out.finish()
        }
        return result ?? nil
    }

    /// `trailingPlainLabel` over ASCII bytes (one scalar each).
    private static func trailingPlainLabel(ascii s: UnsafeBufferPointer<UInt8>) -> (label: String, at: Int)? {
        var end = s.count
        while end > 0, s[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, s[start - 1] >= 0x30, s[start - 1] <= 0x39 { start -= 1 }
        guard start < end, end - start <= 3, start >= 2, s[start - 1] == 0x20 else { return nil }
        var k = start - 1
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        guard k > 0 else { return nil }
        // The ASCII closers of `trailingPlainLabel`: . ; : ! ? " ' ) ] *
        guard [0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27, 0x29, 0x5D, 0x2A].contains(s[k - 1]) else { return nil }
        return (String(decoding: s[start..<end], as: UTF8.self), start - 1)
    }

    /// A number standing alone at the end, after closing punctuation: a marker whose superscript was lost.
    /// The text of a Markdown link starting at `i` and the index after it, or nil.
    ///
    /// The text must close within 200 scalars and the target hold no space, so a
    /// bracketed editorial insertion ("[sic]", "[Togo] (ed.)") is never taken for a link.
    private func markdownLink(_ s: [Unicode.Scalar], at i: Int) -> ([Unicode.Scalar], Int)? {
        var j = i + 1
        while j < s.count, j - i < 200, s[j] != "]", s[j] != "[", s[j] != "\n" { j += 1 }
        guard j + 1 < s.count, s[j] == "]", s[j + 1] == "(", j > i + 1 else { return nil }
        var k = j + 2
        while k < s.count, k - j < 300, s[k] != ")", s[k] != " ", s[k] != "\n" { k += 1 }
        guard k < s.count, s[k] == ")" else { return nil }
        return (Array(s[(i + 1)..<j]), k + 1)
    }

    private func trailingPlainLabel(_ s: [Unicode.Scalar]) -> (label: String, at: Int)? {
        var end = s.count
        while end > 0, s[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, s[start - 1].properties.numericType == .decimal, s[start - 1].isASCII { start -= 1 }
        guard start < end, end - start <= 3, start >= 2, s[start - 1] == " " else { return nil }
        var k = start - 1
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 0 else { return nil }
        let before = s[k - 1]
        let closers: Set<Unicode.Scalar> = [".", ";", ":", "!", "?", "\"", "\u{201D}", "\u{2019}", "'", ")", "]", "*"]
        guard closers.contains(before) else { return nil }
        return (String(String.UnicodeScalarView(s[start..<end])), start - 1)
    }

    private enum EmphasisRole { case open(Int, TextStyle), close(Int, TextStyle) }

    /// Finds star runs that pair up as emphasis; unpaired runs stay markers.
    private func pairEmphasis(_ s: [Unicode.Scalar]) -> [Int: EmphasisRole] {
        var roles: [Int: EmphasisRole] = [:]
        var openers: [(index: Int, len: Int)] = []
        var i = 0
        let n = s.count
        func isSpace(_ k: Int) -> Bool { k < 0 || k >= n || s[k].properties.isWhitespace }
        while i < n {
            if s[i] == "\\" { i += 2; continue }
            guard s[i] == "*" else { i += 1; continue }
            var j = i
            while j < n, s[j] == "*" { j += 1 }
            let len = j - i
            let canOpen = !isSpace(j) && (i == 0 || isSpace(i - 1) || "([\"'\u{201C}".unicodeScalars.contains(s[i - 1]))
            let canClose = !isSpace(i - 1) && i > 0
            if canClose, len <= 2, let k = openers.lastIndex(where: { $0.len == len }) {
                let style: TextStyle = len == 2 ? .bold : .italic
                roles[openers[k].index] = .open(len, style)
                roles[i] = .close(len, style)
                openers.removeSubrange(k...)
            } else if canOpen, len <= 2 {
                openers.append((i, len))
            }
            i = j
        }
        return roles
    }

    private func htmlTag(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i + 1
        var name = String.UnicodeScalarView()
        while j < s.count, j - i < 10, s[j] != ">" {
            if s[j] == "<" || s[j] == " " { return nil }
            name.append(s[j]); j += 1
        }
        guard j < s.count, s[j] == ">" else { return nil }
        let tag = String(name).lowercased()
        let known = ["i", "/i", "em", "/em", "b", "/b", "strong", "/strong", "sup", "/sup"]
        return known.contains(tag) ? (tag, j - i + 1) : nil
    }

    private func supContent(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i
        var content = String.UnicodeScalarView()
        while j < s.count, j - i < 40 {
            if s[j] == "<" {
                let close = "</sup>".unicodeScalars
                if j + close.count <= s.count, String(String.UnicodeScalarView(s[j..<(j + close.count)])).lowercased() == "</sup>" {
                    return (String(content), j + close.count - i)
                }
                return nil
            }
            content.append(s[j]); j += 1
        }
        return nil
    }

    /// Short digit runs, star runs and single letters are note labels inside `<sup>`.
    private func isMarkerLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 4 else { return false }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        if text.allSatisfy({ $0 == "*" }) { return true }
        return text.count == 1 && text.first!.isLetter
    }

    /// `8***` names note 8 and note ***.
    private func splitCaretGroup(_ content: [Unicode.Scalar]) -> [String] {
        var groups: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsStar: Bool?
        for c in content where c != " " {
            let star = c == "*"
            if let cur = currentIsStar, cur != star { groups.append(String(current)); current = .init() }
            currentIsStar = star
            current.append(c)
        }
        if !current.isEmpty { groups.append(String(current)) }
        return groups
    }
}

/// Accumulates display text (as UTF-8 bytes, cheaper than appending scalars to a String),
/// styles and markers, sanitising as it goes.
private struct Builder {
    var bytes: [UInt8] = []
    var open: [(TextStyle, Int)] = []
    var styles: [StyleSpan] = []
    var markers: [InlineMarker] = []
    var lineStarts: [Int] = []
    var lastWasSpace = true

    var utf8Count: Int { bytes.count }

    @inline(__always)
    private mutating func encode(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else {
            for b in UTF8.encode(s)! { bytes.append(b) }
        }
    }

    mutating func append(_ s: Unicode.Scalar) {
        // Printable ASCII, most of every text: no sanitising, no spacing rule.
        if s.value > 0x20, s.value < 0x7F {
            bytes.append(UInt8(truncatingIfNeeded: s.value))
            lastWasSpace = false
            return
        }
        // A newline becomes a space (or nothing after one); the next source line starts right after it
        // (a defer at function level: inside the `if` it would run before the space is written).
        let newline = s == "\n"
        defer { if newline { lineStarts.append(bytes.count) } }
        var s = s
        let isSpace = s.value < 0x80 ? (s == " " || s == "\n" || s == "\t" || s == "\r") : (s.properties.isWhitespace && s != "\u{00A0}")
        if isSpace {
            if lastWasSpace { return }
            s = " "
        } else if let p = Sanitizer.placeholder(for: s) {
            s = p
        }
        lastWasSpace = s == " "
        encode(s)
    }

    mutating func appendText(_ string: String) { for s in string.unicodeScalars { append(s) } }

    mutating func open(_ style: TextStyle) { open.append((style, utf8Count)) }

    mutating func close(_ style: TextStyle) {
        guard let k = open.lastIndex(where: { $0.0 == style }) else { return }
        let start = open[k].1
        open.remove(at: k)
        if utf8Count > start { styles.append(StyleSpan(start: start, end: utf8Count, style: style)) }
    }

    mutating func toggle(_ style: TextStyle) {
        if open.contains(where: { $0.0 == style }) { close(style) } else { open(style) }
    }

    mutating func marker(label: String, printed: String, convention: MarkerConvention, at sourceIndex: Int = 0) {
        // Labels are printed too (notes, JSON): like all display text, never a control.
        let label = Sanitizer.clean(label), printed = Sanitizer.clean(printed)
        let shown = InlineMarkup.shownLabel(label)
        let start = utf8Count
        for s in shown.unicodeScalars { encode(s) }
        lastWasSpace = false
        markers.append(InlineMarker(label: label, printed: printed, convention: convention, start: start, end: utf8Count, sourceIndex: sourceIndex))
    }

    mutating func trimTrailingSpace() {
        while bytes.last == 0x20 { bytes.removeLast() }
        lastWasSpace = false
    }

    mutating func finish() -> InlineText {
        trimTrailingSpace()
        for (style, start) in open where utf8Count > start {
            styles.append(StyleSpan(start: start, end: utf8Count, style: style))
        }
        var result = InlineText()
        result.text = String(decoding: bytes, as: UTF8.self)
        result.styles = styles.sorted { $0.start < $1.start }
        result.markers = markers
        result.lineStarts = lineStarts.map { min($0, bytes.count) }
        return result
    }
}
