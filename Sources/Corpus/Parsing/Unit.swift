/// A classified piece of source text between blank lines, before blocks are built.
struct Unit {
    enum Role: Equatable {
        case text(BlockKind)      // heading, paragraph, listItem, quotation, table, caption
        case note(NoteStart)      // opens a note
        case fusedNote(label: String, number: String)  // note whose label fused with an H read as 4
        case noteContinuation     // continues the previous note (citation-led paragraph, or text after a page)
        case rule
        case furniture(FurnitureKind)
    }

    var role: Role
    var lines: [Substring]
    /// Source line of `lines[0]` (1-based).
    var firstLine: Int
    var level: Int = 0
    /// Offset (Characters) where the content of the first line starts (after a note label or list dash).
    var textOffset: Int = 0
    /// Foot (run of notes) the unit belongs to.
    var foot: Int?
    /// Original page.
    var page: Int?
    /// Numbering scope (chapter).
    var scope: Int = 0

    var lastLine: Int { firstLine + lines.count - 1 }

    var isNoteLike: Bool {
        switch role {
        case .note, .fusedNote, .noteContinuation: return true
        default: return false
        }
    }

    var textKind: BlockKind? {
        if case .text(let k) = role { return k }
        return nil
    }

    /// Kinds that are running prose and may be rejoined across a page break.
    var isJoinableProse: Bool {
        switch textKind {
        case .paragraph, .quotation, .listItem: return true
        default: return false
        }
    }

    var isStamp: Bool {
        if case .furniture(let k) = role { return k == .classification || k == .declassification || k == .copyNumber }
        return false
    }

    /// The content as one source string (lines joined with newlines, the label or dash removed).
    var content: Substring {
        // One line (most units: the sources put a paragraph on a line): a slice of it, no copy.
        if lines.count == 1 { return lines[0].dropFirst(textOffset) }
        var joined = lines.map(String.init).joined(separator: "\n")
        if textOffset > 0 { joined = String(joined.dropFirst(textOffset)) }
        return Substring(joined)
    }

    /// First printable character of the content, skipping opening quotes and a marker standing
    /// first ("\\*to arrange a meeting"); read from the lines without joining them.
    var firstContentCharacter: Character? {
        for (k, line) in lines.enumerated() {
            let text = k == 0 ? line.dropFirst(textOffset) : line
            if let c = text.first(where: { !$0.isWhitespace && !"\"\u{201C}'\\*".contains($0)
                && !($0.unicodeScalars.first.map(InlineMarkup.isSuperscriptDigit) ?? false) }) {
                return c
            }
        }
        return nil
    }

    /// True when the content starts in lower case (a sentence continued from before).
    var startsLowercase: Bool { firstContentCharacter?.isLowercase ?? false }
}
