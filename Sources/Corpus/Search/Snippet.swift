/// One line of context around a match: whitespace runs collapsed to one space, about `width`
/// characters, cut at word boundaries with "…" where the block goes on.
struct Snippet {
    /// The line.
    let text: String
    /// Where the match sits in `text`, in Character offsets.
    let match: Range<Int>

    /// The context of the UTF-8 range `start..<end` of `block` (character boundaries).
    init(in block: String, start: Int, end: Int, width: Int = 80) {
        let utf8 = block.utf8
        let s = utf8.index(utf8.startIndex, offsetBy: start), e = utf8.index(utf8.startIndex, offsetBy: end)
        let matched = Snippet.collapsed(block[s..<e])
        let room = max(0, width - matched.count)
        // Up to `room` characters on each side; what one side cannot use goes to the other.
        var low = s, high = e
        for _ in 0..<room where low > block.startIndex { low = block.index(before: low) }
        for _ in 0..<room where high < block.endIndex { high = block.index(after: high) }
        var before = Snippet.collapsed(block[low..<s]), after = Snippet.collapsed(block[e..<high])
        if low == block.startIndex { before = String(before.drop(while: \.isWhitespace)) }
        if high == block.endIndex { after = String(after.reversed().drop(while: \.isWhitespace).reversed()) }
        var keepBefore = min(before.count, room / 2)
        let keepAfter = min(after.count, room - keepBefore)
        keepBefore = min(before.count, room - keepAfter)
        var head = String(before.suffix(keepBefore)), tail = String(after.prefix(keepAfter))
        if keepBefore < before.count || low > block.startIndex {
            // Cut inside the block: the partial word at the edge goes.
            if let space = head.firstIndex(of: " ") { head = String(head[space...].drop { $0 == " " }) }
            head = "…" + head
        }
        if keepAfter < after.count || high < block.endIndex {
            if let space = tail.lastIndex(of: " ") { tail = String(tail[..<space]) }
            tail += "…"
        }
        text = head + matched + tail
        let at = head.count
        match = at..<(at + matched.count)
    }

    /// The text with each whitespace run (newlines of tables and furniture included) one space.
    static func collapsed(_ text: Substring) -> String {
        guard text.contains(where: { $0.isWhitespace && $0 != " " }) || text.contains("  ") else { return String(text) }
        var out = ""
        var inSpace = false
        for c in text {
            if c.isWhitespace {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(c)
                inSpace = false
            }
        }
        return out
    }
}
