/// Replaces characters that must never reach a terminal with visible placeholders.
///
/// Document text is untrusted: an ESC or a C1 CSI could move the cursor, rewrite the window
/// title or write the clipboard. Everything shown or printed passes through here first.
public enum Sanitizer {
    /// The visible stand-in for a scalar that must not be emitted, or nil when it is safe.
    @inline(__always)
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x09: return nil  // tab: callers expand or collapse it
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v)  // Control Pictures: ␀ … ␟
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80..<0xA0: return "\u{FFFD}"  // C1 controls, including 0x9B CSI
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"  // bidi controls
        case 0xD800...0xDFFF: return "\u{FFFD}"
        default: return nil
        }
    }

    /// True when the scalar may be written to a terminal as it is.
    @inline(__always)
    public static func isSafe(_ scalar: Unicode.Scalar) -> Bool { placeholder(for: scalar) == nil }

    /// The text with every unsafe scalar replaced and tabs turned into spaces.
    public static func clean<S: StringProtocol>(_ text: S) -> String {
        var needs = false
        for s in text.unicodeScalars where s.value == 0x09 || !isSafe(s) { needs = true; break }
        if !needs { return String(text) }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value == 0x09 { out.append(" ") } else { out.append(placeholder(for: s) ?? s) }
        }
        return String(out)
    }
}
