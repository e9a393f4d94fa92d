/// A document built to attack a terminal through displayed text, and the check that none of its
/// attacks got through.
///
/// Each attack is a control sequence followed by a word of its own (`_CLEAR`, `_OSC52`, …). Shown
/// safely, the control becomes a visible placeholder (`␛[2J_CLEAR`); passed through raw, the exact
/// bytes of the attack with its word would be in the output. The word is what tells the document's
/// sequence from one the reader itself sends (curses clears the screen with CSI 2J too).
public enum HostileText {
    /// One attack: what it tries, and its bytes as they stand in the document.
    public struct Attack: Sendable {
        /// What the attack would do to a terminal.
        public var name: String
        /// Its bytes in the file, control sequence and tag word.
        public var raw: [UInt8]
        /// Its tag word, which stays visible after the placeholders.
        public var tag: String
    }

    /// Every attack of the document, in the order they appear.
    public static let attacks: [Attack] = [
        Attack(name: "CSI 2J clears the screen", raw: bytes("\u{1B}[2J_CLEAR"), tag: "_CLEAR"),
        Attack(name: "CSI H moves the cursor", raw: bytes("\u{1B}[99;99H_MOVE"), tag: "_MOVE"),
        Attack(name: "SGR blinks in colour", raw: bytes("\u{1B}[5;31;46m_SGR"), tag: "_SGR"),
        Attack(name: "OSC 0 sets the window title", raw: bytes("\u{1B}]0;TITLE-PWNED\u{7}_OSC0"), tag: "_OSC0"),
        Attack(name: "OSC 52 writes the clipboard", raw: bytes("\u{1B}]52;c;cHduZWQ=\u{7}_OSC52"), tag: "_OSC52"),
        Attack(name: "OSC 8 plants a hyperlink", raw: bytes("\u{1B}]8;;http://evil.example/\u{1B}\\_OSC8"), tag: "_OSC8"),
        Attack(name: "DCS asks the terminal for a reply", raw: bytes("\u{1B}P$q\"p\u{1B}\\_DCS"), tag: "_DCS"),
        Attack(name: "C1 CSI (U+009B) asks for the cursor position", raw: bytes("\u{9B}6n_C1CSI"), tag: "_C1CSI"),
        Attack(name: "BEL rings the bell", raw: bytes("\u{7}_BEL"), tag: "_BEL"),
        Attack(name: "NUL", raw: [0x00] + bytes("_NUL"), tag: "_NUL"),
        Attack(name: "DEL", raw: [0x7F] + bytes("_DEL"), tag: "_DEL"),
        Attack(name: "a lone surrogate's bytes (invalid UTF-8)", raw: [0xED, 0xA0, 0x80] + bytes("_SURROGATE"), tag: "_SURROGATE"),
        Attack(name: "U+202E reverses the text that follows", raw: bytes("\u{202E}_RLO"), tag: "_RLO"),
        // In the footnote: a second clipboard write and a C1 clear.
        Attack(name: "OSC 52 in a footnote", raw: bytes("\u{1B}]52;c;bm90ZQ==\u{7}_NOTE52"), tag: "_NOTE52"),
        Attack(name: "C1 CSI 2J in a footnote", raw: bytes("\u{9B}2J_NOTEC1"), tag: "_NOTEC1"),
    ]

    /// Scalars or byte runs that a document's text must never put on a terminal, whoever sends them.
    /// The reader's own output contains ESC (curses), so ESC is judged by the attacks above instead.
    public static let forbiddenAnywhere: [(name: String, bytes: [UInt8])] = [
        ("BEL", [0x07]), ("NUL", [0x00]), ("DEL", [0x7F]),
        ("C1 CSI U+009B", [0xC2, 0x9B]), ("U+202E", [0xE2, 0x80, 0xAE]), ("surrogate bytes", [0xED, 0xA0, 0x80]),
        ("OSC 52", bytes("\u{1B}]52")), ("OSC 0", bytes("\u{1B}]0;")), ("OSC 8", bytes("\u{1B}]8;")), ("DCS", bytes("\u{1B}P")),
    ]

    /// The file name the tests give the document.
    public static let fileName = "hostile.txt"

    /// The intercept number its footnote cites, for `dossier cite`.
    public static let citedID = "H-197715"

    /// A word of its prose, for `dossier search`.
    public static let searchWord = "envoy"

    /// The document: a title with an attack, one paragraph holding every attack and a footnote
    /// marker, and the footnote citing an intercept, with attacks of its own.
    public static let document: [UInt8] = {
        let a = attacks.map(\.raw)
        var text: [UInt8] = []
        text += bytes("HOSTILE TEXT FOR TESTING ") + a[3] + bytes("\n\n")
        text += bytes("The summary of 20 July reports the envoy's plea. The screen clears ") + a[0]
        text += bytes(" here, the cursor jumps ") + a[1] + bytes(" there, the colour changes ") + a[2]
        text += bytes(", the title is set ") + a[3] + bytes(", the clipboard is written ") + a[4]
        text += bytes(", a link is planted ") + a[5] + bytes(" and a query is sent ") + a[6]
        text += bytes(", a C1 control asks ") + a[7] + bytes(", the bell rings ") + a[8] + bytes(", a NUL ") + a[9]
        text += bytes(" and a DEL ") + a[10] + bytes(" hide, a lone surrogate ") + a[11]
        text += bytes(" stands, and an override ") + a[12] + bytes(" turns the rest of the line around.¹\n\n")
        text += bytes("A second paragraph of plain prose keeps the envoy's plea in view, long enough to be read as running text.\n\n")
        text += bytes("¹ \(citedID), 20 July, Sato-Tokyo, quoted with ") + a[13] + bytes(" and ") + a[14] + bytes(" inside.\n")
        return text
    }()

    /// What of the document reached `output` raw: the names of the attacks found, and of the
    /// forbidden bytes. Empty when the output is safe.
    public static func rawAttacks(in output: [UInt8]) -> [String] {
        attacks.filter { contains(output, $0.raw) }.map(\.name)
            + forbiddenAnywhere.filter { contains(output, $0.bytes) }.map(\.name)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
