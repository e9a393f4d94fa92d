/// Greedy line filling over whole words, measured in columns; the engine behind `TextWrap.wrapOffsets`.
struct LineBuilder {
    /// The paragraph being wrapped; words are ranges into it.
    let text: String
    /// The maximum columns per line.
    let width: Int
    /// Completed lines.
    private var lines: [Range<String.Index>] = []
    /// The line still accepting words: its extent so far and its width.
    private var open: (start: String.Index, end: String.Index, columns: Int)?

    /// Starts with no lines.
    init(text: String, width: Int) {
        self.text = text
        self.width = width
    }

    /// Appends a word preceded by `gap` columns of whitespace (dropped if the word starts a line).
    mutating func add(word: Range<String.Index>, columns: Int, gap: Int) {
        if let line = open, line.columns + gap + columns <= width {
            open = (line.start, word.upperBound, line.columns + gap + columns)
            return
        }
        if let line = open { lines.append(line.start..<line.end) }
        if columns <= width {
            open = (word.lowerBound, word.upperBound, columns)
        } else {
            hardBreak(word)
        }
    }

    /// Emits full-width chunks of an over-long word, keeping its last chunk open.
    private mutating func hardBreak(_ word: Range<String.Index>) {
        var chunkStart = word.lowerBound
        var columns = 0
        var index = word.lowerBound
        for character in text[word] {
            let next = text.utf8.index(index, offsetBy: character.utf8.count)
            let characterColumns = DisplayWidth.of(character)
            if characterColumns > width {
                // Cannot fit on any line: close the chunk so far and skip the character.
                if chunkStart < index { lines.append(chunkStart..<index) }
                chunkStart = next
                columns = 0
            } else if columns + characterColumns > width {
                lines.append(chunkStart..<index)
                chunkStart = index
                columns = characterColumns
            } else {
                columns += characterColumns
            }
            index = next
        }
        open = chunkStart < word.upperBound ? (chunkStart, word.upperBound, columns) : nil
    }

    /// Closes the open line and returns all lines.
    func finish() -> [Range<String.Index>] {
        guard let line = open else { return lines }
        return lines + [line.start..<line.end]
    }
}
