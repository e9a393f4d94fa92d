/// One line of context around a match: whitespace runs collapsed to one space, about `width`
/// characters, cut at word boundaries with "…" where the block goes on.
///
/// Built on the block's UTF-8 in place, counting scalars for the width, in one buffer: every hit of
/// a common word gets a snippet, and walking Characters (grapheme breaking on each step) or making a
/// string per part cost more than the search itself.
struct Snippet {
    /// The line.
    let text: String
    /// Where the match sits in `text`, in Character offsets.
    let match: Range<Int>

    /// The context of the UTF-8 range `start..<end` of `block` (character boundaries).
    init(in block: String, start: Int, end: Int, width: Int = 80) {
        var copy = block
        let (line, matched) = block.utf8.withContiguousStorageIfAvailable { Snippet.make($0, start, end, width) }
            ?? copy.withUTF8 { Snippet.make($0, start, end, width) }
        text = String(decoding: line, as: UTF8.self)
        let at = Snippet.characters(line[..<matched.lowerBound])
        match = at..<(at + Snippet.characters(line[matched]))
    }

    /// The snippet's bytes and where the match sits in them.
    private static func make(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ width: Int)
        -> (line: [UInt8], matched: Range<Int>) {
        // Up to `room` scalars on each side of the match; what one side cannot use goes to the other.
        let room = max(0, width - scalars(collapsing: b[start..<end]))
        var low = start, high = end
        for _ in 0..<room where low > 0 {
            low -= 1
            while low > 0, b[low] & 0xC0 == 0x80 { low -= 1 }
        }
        for _ in 0..<room where high < b.count {
            high += 1
            while high < b.count, b[high] & 0xC0 == 0x80 { high += 1 }
        }
        // Before, match and after, collapsed into one buffer.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(high - low)
        append(b[low..<start], to: &buffer)
        if low == 0, buffer.first == 0x20 { buffer.removeFirst() }
        let matchStart = buffer.count
        append(b[start..<end], to: &buffer)
        let matchEnd = buffer.count
        append(b[end..<high], to: &buffer)
        if high == b.count, buffer.last == 0x20, buffer.count > matchEnd { buffer.removeLast() }
        let before = scalars(buffer[..<matchStart]), after = scalars(buffer[matchEnd...])
        var keepBefore = min(before, room / 2)
        let keepAfter = min(after, room - keepBefore)
        keepBefore = min(before, room - keepAfter)
        // Where the kept context begins and ends; a side cut inside the block loses its partial word.
        var from = index(afterScalars: before - keepBefore, in: buffer, from: 0)
        let cutBefore = keepBefore < before || low > 0
        if cutBefore, let space = buffer[from..<matchStart].firstIndex(of: 0x20) { from = space + 1 }
        var to = index(afterScalars: keepAfter, in: buffer, from: matchEnd)
        let cutAfter = keepAfter < after || high < b.count
        if cutAfter, let space = buffer[matchEnd..<to].lastIndex(of: 0x20) { to = space }
        var line: [UInt8] = cutBefore ? ellipsis : []
        line.reserveCapacity(to - from + 2 * ellipsis.count)
        let at = line.count
        line += buffer[from..<to]
        if cutAfter { line += ellipsis }
        return (line, (at + matchStart - from)..<(at + matchEnd - from))
    }

    private static let ellipsis: [UInt8] = Array("…".utf8)

    /// Appends bytes with each run of ASCII whitespace (newlines of tables and furniture included) as one space.
    private static func append(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        var inSpace = out.last == 0x20
        for byte in bytes {
            if SearchPattern.isSpace(byte) {
                if !inSpace { out.append(0x20) }
                inSpace = true
            } else {
                out.append(byte)
                inSpace = false
            }
        }
    }

    /// Scalars the bytes hold once whitespace runs are collapsed.
    private static func scalars(collapsing bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0, inSpace = false
        for byte in bytes where byte & 0xC0 != 0x80 {
            let space = SearchPattern.isSpace(byte)
            if !(space && inSpace) { count += 1 }
            inSpace = space
        }
        return count
    }

    /// Scalars in UTF-8 bytes: the bytes that are not continuation bytes.
    private static func scalars(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The index `count` scalars after `from` (or the end).
    private static func index(afterScalars count: Int, in bytes: [UInt8], from: Int) -> Int {
        var i = from
        for _ in 0..<count where i < bytes.count {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        }
        return i
    }

    /// Characters in UTF-8 bytes: one a byte when all are ASCII.
    private static func characters(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.allSatisfy { $0 < 0x80 } ? bytes.count : String(decoding: bytes, as: UTF8.self).count
    }
}
