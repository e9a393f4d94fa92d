/// Word wrapping, truncation and padding measured in terminal columns (see `DisplayWidth`).
///
/// Inputs are expected to be sanitised of control characters other than
/// whitespace: those measure 0 columns and would otherwise be passed through.
public enum TextWrap {
    /// Wraps one paragraph into lines of at most `width` columns; see `wrapOffsets` for the rules.
    ///
    /// Whitespace controls inside a line (newline, tab, …) come back as plain
    /// spaces, since the paragraph is meant to be reflowed, not laid out verbatim.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrapOffsets(text, width: width).map { range in
            let slice = text[range]
            guard slice.unicodeScalars.contains(where: isWhitespaceControl) else { return String(slice) }
            var line = ""
            for character in slice {
                let isControl = character.unicodeScalars.first.map(isWhitespaceControl) ?? false
                line.append(isControl ? " " : character)
            }
            return line
        }
    }

    /// Index ranges in `text` of each line that `wrap` would produce, so callers can map styles onto lines.
    ///
    /// Rules: lines break at whitespace (newlines count as spaces; no-break
    /// spaces do not break); the whitespace at a break is dropped, so no line
    /// starts or ends with it, while runs of spaces inside a line are kept. A
    /// word wider than `width` starts a new line and is hard-broken at grapheme
    /// boundaries, never splitting or overflowing a wide character. A grapheme
    /// wider than `width` itself (a wide character when `width` is 1) cannot be
    /// shown at all and is skipped, so no line ever exceeds `width` columns.
    /// Empty or all-whitespace text, or `width <= 0`, yields no lines.
    public static func wrapOffsets(_ text: String, width: Int) -> [Range<String.Index>] {
        wrapOffsets(text, width: width, breakingGraphemes: false)
    }

    /// `wrapOffsets`, optionally forced through grapheme breaking (tests compare both paths).
    static func wrapOffsets(_ text: String, width: Int, breakingGraphemes: Bool) -> [Range<String.Index>] {
        guard width > 0 else { return [] }
        var builder = LineBuilder(text: text, width: width)
        var wordStart: String.Index?
        var wordColumns = 0
        var gapColumns = 0
        func take(_ index: String.Index, _ columns: Int, isSpace: Bool) {
            if isSpace {
                if let start = wordStart {
                    builder.add(word: start..<index, columns: wordColumns, gap: gapColumns)
                    wordStart = nil
                    gapColumns = 0
                }
                gapColumns += max(1, columns)
            } else {
                if wordStart == nil {
                    wordStart = index
                    wordColumns = 0
                }
                wordColumns += columns
            }
        }
        if !breakingGraphemes, text.unicodeScalars.allSatisfy(isStandaloneScalar) {
            // Every scalar is its own grapheme here: skip grapheme breaking, the bulk of wrapping's cost.
            var index = text.startIndex
            for scalar in text.unicodeScalars {
                let v = scalar.value
                take(index, DisplayWidth.of(scalar), isSpace: v == 0x20 || (0x09...0x0C).contains(v) || v == 0x85)
                index = text.unicodeScalars.index(after: index)
            }
        } else {
            // One grapheme-breaking pass: indices advance by each character's UTF-8
            // length instead of calling `index(after:)`, which would break again.
            var index = text.startIndex
            for character in text {
                take(index, isBreakingSpace(character) ? spaceColumns(character) : DisplayWidth.of(character),
                     isSpace: isBreakingSpace(character))
                index = text.utf8.index(index, offsetBy: character.utf8.count)
            }
        }
        if let start = wordStart {
            builder.add(word: start..<text.endIndex, columns: wordColumns, gap: gapColumns)
        }
        return builder.finish()
    }

    /// Whether a scalar always forms a grapheme cluster on its own, whatever surrounds it.
    ///
    /// Printable Latin (below the combining marks), Greek and Cyrillic letters,
    /// general punctuation without the joiners and format controls, super- and
    /// subscripts, arrows, maths angle brackets and box drawing: enough for the
    /// prose this reader shows, and nothing that can combine, join or pair.
    /// Carriage return is excluded because "\r\n" is one cluster.
    static func isStandaloneScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return v != 0x0D && v != 0xA0 }
        switch v {
        case 0x370...0x482, 0x48A...0x52F,  // Greek, Cyrillic (0x483-0x489 combine)
             0x2010...0x2027, 0x2030...0x205E,  // punctuation, not joiners, marks or format controls
             0x2070...0x209F, 0x20A0...0x20C0,  // super/subscripts, currency
             0x2190...0x21FF, 0x2200...0x22FF, 0x27E6...0x27EF,  // arrows, maths, angle brackets
             0x2500...0x259F:  // box drawing and blocks
            return true
        default:
            return false
        }
    }

    /// Clips `text` to at most `width` columns, ending with `ellipsis` when anything was cut.
    ///
    /// Whitespace just before the ellipsis is dropped ("a b…", not "a …").
    /// When the ellipsis alone is wider than `width`, the text is clipped
    /// without it: the content is more useful than the marker.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisColumns = DisplayWidth.of(ellipsis)
        guard ellipsisColumns <= width else { return String(prefix(text, columns: width)) }
        var kept = prefix(text, columns: width - ellipsisColumns)
        while let last = kept.last, last.isWhitespace { kept = kept.dropLast() }
        return String(kept) + ellipsis
    }

    /// Truncates `text` to `width` columns, then right-pads it with spaces to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clipped = truncate(text, width: width)
        // A wide character that did not fit can leave the clip one column short.
        return clipped + String(repeating: " ", count: width - DisplayWidth.of(clipped))
    }

    /// The longest prefix of `text` that fits in `columns` columns.
    private static func prefix(_ text: String, columns limit: Int) -> Substring {
        var columns = 0
        var end = text.startIndex
        for character in text {
            columns += DisplayWidth.of(character)
            if columns > limit { break }
            end = text.utf8.index(end, offsetBy: character.utf8.count)
        }
        return text[..<end]
    }

    /// Whether a character is whitespace a line may break at; no-break spaces are not.
    private static func isBreakingSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        guard character.isWhitespace else { return false }
        // U+00A0, U+2007 and U+202F exist precisely to glue their neighbours together.
        let first = character.unicodeScalars.first?.value
        return first != 0xA0 && first != 0x2007 && first != 0x202F
    }

    /// Whether a scalar is a whitespace control (tab, line feed, NEL, line separator, …) drawn as a space.
    private static func isWhitespaceControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x09...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
            || scalar.value == 0x2029
    }

    /// Columns a breaking space occupies inside a line: controls such as "\n" and "\t" become one space.
    private static func spaceColumns(_ character: Character) -> Int {
        max(1, DisplayWidth.of(character))
    }
}
