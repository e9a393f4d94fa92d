extension Document {
    /// The warning for a file with blocks but nothing to read among them (only stamps, running heads,
    /// rules or notes), which would otherwise open as a blank page with no word of why; nil otherwise.
    ///
    /// A file with no blocks at all is the parser's "empty file".
    var noReadingTextWarning: String? {
        guard !blocks.isEmpty, !blocks.contains(where: \.isReadingText) else { return nil }
        return notes.isEmpty ? "no text besides stamps and page furniture" : "no text besides notes and page furniture"
    }
}
