/// Terminal column widths of scalars, grapheme clusters and strings, modelled on glibc `wcwidth`.
///
/// The rules mirror glibc's C.UTF-8 locale data so that what we measure is what
/// the terminal (which usually consults the same tables) actually draws:
/// - 0 for nonspacing/enclosing marks (Mn, Me), format characters (Cf) except the
///   soft hyphen and the prepended concatenation marks, and Hangul medial/final jamo;
/// - 2 for East Asian Wide and Fullwidth characters (Unicode 15.1 data, plus the
///   newer emoji-presentation pictographs and glibc's own additions);
/// - 1 for everything else, including unassigned and private-use code points.
///
/// Control characters (C0, DEL, C1) and U+2028/U+2029 measure 0 here, whereas
/// glibc reports -1 for them. Callers must sanitise such characters (expand
/// tabs, split lines, replace the rest) before measuring or drawing: a terminal
/// interprets them rather than printing them, so no width is "right".
public enum DisplayWidth {
    /// Column width (0, 1 or 2) of a single Unicode scalar; controls measure 0 (see the type's notes).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Fast paths: ASCII and Latin-1 hold no marks or wide characters, and
        // glibc gives U+00AD (soft hyphen) width 1 like its neighbours.
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        return WidthTables.contains(value, in: WidthTables.wide) ? 2 : 1
    }

    /// Column width of a grapheme cluster: the width of its first scalar that is not zero-width.
    ///
    /// A base plus combining marks is as wide as the base. Emoji ZWJ sequences,
    /// flags and variation-selector sequences also take their first scalar's
    /// width (so 👨‍👩‍👧 is 2 and 🇯🇵 is 1): summing `wcwidth` over the scalars
    /// would over-count joined emoji, and terminals disagree on how to draw
    /// them, so the first scalar is the most predictable stand-in.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            // Includes "\r\n", whose asciiValue is "\n": a control, width 0.
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width != 0 { return width }
        }
        return 0
    }

    /// Total column width of a string: the sum of its grapheme clusters' widths.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Printable ASCII is one column per byte; skip grapheme breaking for it.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Whether a non-Latin-1 scalar occupies no column of its own.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        case .format:
            // Prepended concatenation marks (e.g. U+0600) carry a visible glyph.
            return !WidthTables.contains(scalar.value, in: WidthTables.visibleFormat)
        case .lineSeparator, .paragraphSeparator:
            // Line breaks, like the C0/C1 controls handled above, are not printable.
            return true
        default:
            // Conjoining jamo merge into the preceding syllable block.
            return WidthTables.contains(scalar.value, in: WidthTables.hangulMedialFinal)
        }
    }
}
