/// Columns of successive matches in one block: characters from the start of the source line holding
/// each, counted on from the previous match on the same line, so a 1 MB line with thousands of matches
/// is counted once rather than once per match.
struct ColumnCounter {
    /// The block counted.
    let block: Int
    private let text: String
    private let lineStarts: [LineStart]
    /// The last offset counted to, its line's start offset and its 1-based column.
    private var last: (offset: Int, lineStart: Int, column: Int)?

    /// A counter for one block's text.
    init(block: Int, text: String, lineStarts: [LineStart]) {
        self.block = block
        self.text = text
        self.lineStarts = lineStarts
    }

    /// The 1-based column of an offset (on a character boundary, not before the last one asked for).
    mutating func column(atOffset offset: Int) -> Int {
        let lineStart = lineStartOffset(offset)
        let from: (offset: Int, column: Int)
        if let last, last.lineStart == lineStart, last.offset <= offset {
            from = (last.offset, last.column)
        } else {
            from = (lineStart, 1)
        }
        let column = from.column + characters(from.offset, offset)
        last = (offset, lineStart, column)
        return column
    }

    /// Offset in the text where the source line holding `offset` begins (0 on the block's first line).
    ///
    /// A line start joined with a space may sit on that space (`InlineMarkup` records it before
    /// writing the space): the line's own text begins after it.
    private func lineStartOffset(_ offset: Int) -> Int {
        let next = lineStarts.firstIndex(whereKey: \.offset, exceeds: offset)
        guard next > 0 else { return 0 }
        let start = lineStarts[next - 1].offset
        let utf8 = text.utf8
        let onSpace = start < offset && utf8[utf8.index(utf8.startIndex, offsetBy: start)] == 0x20
        return onSpace ? start + 1 : start
    }

    /// Characters between two UTF-8 offsets: bytes when all are ASCII, graphemes otherwise.
    private func characters(_ from: Int, _ to: Int) -> Int {
        guard to > from else { return 0 }
        let utf8 = text.utf8
        let a = utf8.index(utf8.startIndex, offsetBy: from), b = utf8.index(utf8.startIndex, offsetBy: to)
        if utf8[a..<b].allSatisfy({ $0 < 0x80 }) { return to - from }
        return text[a..<b].count
    }
}
