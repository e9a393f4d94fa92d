/// A source line beginning inside a block's joined text.
public struct LineStart: Sendable, Hashable {
    /// UTF-8 offset in the block text where the line's text begins.
    public var offset: Int
    /// The source line (1-based).
    public var line: Int

    /// Creates a line start.
    public init(offset: Int, line: Int) {
        self.offset = offset
        self.line = line
    }

    /// Line starts for consecutive source lines after `firstLine`, from their offsets in the text.
    static func following(_ offsets: [Int], firstLine: Int) -> [LineStart] {
        offsets.enumerated().map { LineStart(offset: $0.element, line: firstLine + $0.offset + 1) }
    }

    /// Line starts of a text that keeps its newlines (tables, furniture).
    static func ofNewlines(in text: String, firstLine: Int) -> [LineStart] {
        var starts: [LineStart] = []
        var line = firstLine
        for (i, b) in text.utf8.enumerated() where b == 0x0A {
            line += 1
            starts.append(LineStart(offset: i + 1, line: line))
        }
        return starts
    }
}

extension Block {
    /// The source line holding a UTF-8 offset of the text.
    public func line(atOffset offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1, found = line
        while lo <= hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid].offset <= offset { found = lineStarts[mid].line; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }

    /// The original page holding a UTF-8 offset of the text (nil when the document is unpaginated).
    public func page(atOffset offset: Int) -> Int? {
        pageSplits.last { $0.offset <= offset }?.page ?? page
    }
}
