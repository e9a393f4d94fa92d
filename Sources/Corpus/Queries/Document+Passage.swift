extension Document {
    /// Longest passage in characters; a longer one is cut at a word boundary, marked "…".
    public static let passageLimit = 400
    /// A sentence shorter than this (in characters) takes in the sentence before it too.
    static let shortSentence = 40
    /// How far (UTF-8 bytes) to look for sentence boundaries around a marker or citation: bounded
    /// so a marker in a huge one-line block costs what it costs in a paragraph.
    static let passageWindow = 4 * 1024

    /// The passage a footnote marker annotates.
    ///
    /// Markers follow what they annotate, so the passage runs from the previous sentence boundary
    /// up to and including the marker, taking in the sentence before when that is under
    /// `shortSentence` characters. When the passage reaches back to the start of its block and is
    /// short, empty, or starts in lower case (a paragraph split by a note foot), it begins with
    /// the last sentence of the reading block before.
    public func passage(ofMarker index: Int) -> Passage? {
        guard markers.indices.contains(index), blocks.indices.contains(markers[index].block) else { return nil }
        let m = markers[index]
        let (local, reachesStart, length) = withScan(block: m.block, except: index) { scan -> (Passage?, Bool, Int) in
            let end = scan.trimmedEnd(m.start)
            let start = scan.start(endingAt: end)
            let local = scan.hasLetters(start, end) ? scan.passage(start, m.end, keep: m.start..<m.end, block: m.block) : nil
            let continues = start == 0 && !scan.bytes.isEmpty && scan.bytes[0] >= 0x61 && scan.bytes[0] <= 0x7A
            return (local, start == 0 && (local == nil || continues || scan.scalars(start, end) < Document.shortSentence), scan.scalars(start, m.end))
        }
        guard reachesStart, length < Document.passageLimit,
              let before = previousSentence(before: m.block, limit: Document.passageLimit - length - 1) else { return local }
        guard let local else { return before }
        return Passage(text: before.text + " " + local.text, block: before.block, start: before.start, endBlock: local.endBlock, end: local.end)
    }

    /// The passage a citation annotates: in a note, the passage of the note's first marker (nil
    /// when no marker reaches the note); in running text, the sentence holding the citation.
    public func passage(ofCitation index: Int) -> Passage? {
        guard citations.indices.contains(index) else { return nil }
        let c = citations[index]
        if let n = c.note {
            guard notes.indices.contains(n), let first = notes[n].markers.min() else { return nil }
            return passage(ofMarker: first)
        }
        return sentence(holding: c.start..<c.end, inBlock: c.block)
    }

    /// The sentence holding a span of a block's text (cut around the span when very long).
    public func sentence(holding span: Range<Int>, inBlock block: Int) -> Passage? {
        guard blocks.indices.contains(block) else { return nil }
        return withScan(block: block, except: nil) { scan in
            let start = scan.start(holding: span.lowerBound)
            let end = scan.end(after: span.upperBound, from: start)
            return scan.passage(start, max(end, span.upperBound), keep: span, block: block)
        }
    }

    /// The last sentence of the nearest prose block before `block` (notes, furniture and captions
    /// skipped; never across a heading), cut to `limit` characters.
    private func previousSentence(before block: Int, limit: Int) -> Passage? {
        let prose: Set<BlockKind> = [.paragraph, .listItem, .quotation]
        guard limit > 0, let j = blocks[..<block].lastIndex(where: { prose.contains($0.kind) || $0.kind == .heading }),
              blocks[j].kind != .heading else { return nil }
        return withScan(block: j, except: nil) { scan in
            let end = scan.trimmedEnd(scan.bytes.count)
            let start = scan.start(endingAt: end)
            guard scan.hasLetters(start, end) else { return nil }
            return scan.passage(start, end, keep: end..<end, block: j, limit: limit)
        }
    }

    /// Runs `body` over a block's UTF-8 text, the block's other markers counting as closers.
    private func withScan<T>(block: Int, except marker: Int?, _ body: (SentenceScan) -> T) -> T {
        let opaque = blocks[block].markers.filter { $0 != marker && markers.indices.contains($0) }.map { markers[$0].start..<markers[$0].end }
        var text = blocks[block].text
        return text.withUTF8 { body(SentenceScan(bytes: $0, opaque: opaque)) }
    }
}

/// Sentence extents in one block's UTF-8 text, looking no further than `Document.passageWindow`.
private struct SentenceScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let opaque: [Range<Int>]

    /// Start of the sentence ending at `end`, extended back over sentences until the passage has
    /// at least `Document.shortSentence` characters.
    func start(endingAt end: Int) -> Int {
        let lower = charStart(max(0, end - Document.passageWindow))
        let starts = SentenceBoundary.starts(in: bytes, from: lower, to: end, opaque: opaque)
        var i = starts.count - 1
        var s = i >= 0 ? starts[i] : lower
        while i >= 0, scalars(s, end) < Document.shortSentence {
            i -= 1
            s = i >= 0 ? starts[i] : lower
        }
        return s
    }

    /// Start of the sentence holding `offset`.
    func start(holding offset: Int) -> Int {
        let lower = charStart(max(0, offset - Document.passageWindow))
        let upper = min(bytes.count, offset + 1)
        return SentenceBoundary.starts(in: bytes, from: lower, to: upper, opaque: opaque).last { $0 <= offset } ?? lower
    }

    /// End of the sentence running on past `offset`: the next boundary (spaces before it dropped), or the block end.
    func end(after offset: Int, from start: Int) -> Int {
        let lower = max(start, offset - 64)
        let upper = min(bytes.count, offset + Document.passageWindow)
        let next = SentenceBoundary.starts(in: bytes, from: lower, to: upper, opaque: opaque).first { $0 > offset } ?? upper
        return trimmedEnd(next)
    }

    /// The passage `[start, end)`, cut to `Document.passageLimit` characters around `keep`.
    func passage(_ start: Int, _ end: Int, keep: Range<Int>, block: Int, limit: Int = Document.passageLimit) -> Passage {
        var p = start, q = end
        if scalars(start, end) > limit {
            let room = max(0, limit - scalars(keep.lowerBound, keep.upperBound)) / 2
            p = max(start, back(from: keep.lowerBound, by: room))
            q = min(end, forward(from: p, by: limit))
            if q < keep.upperBound { q = keep.upperBound }
            if q == end { p = max(start, back(from: end, by: limit)) }
            if p > start, let space = (p..<keep.lowerBound).first(where: { SentenceBoundary.isSpace(bytes[$0]) }) { p = space + 1 }
            if q < end, let space = (keep.upperBound..<q).last(where: { SentenceBoundary.isSpace(bytes[$0]) }) { q = space }
        }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<q]), as: UTF8.self)
        let text = (p > start ? "…" : "") + collapsed(body) + (q < end ? "…" : "")
        return Passage(text: text, block: block, start: p, endBlock: block, end: q)
    }

    /// `end` moved back over whitespace.
    func trimmedEnd(_ end: Int) -> Int {
        var e = end
        while e > 0, SentenceBoundary.isSpace(bytes[e - 1]) { e -= 1 }
        return e
    }

    /// True when `[start, end)` holds a letter or digit (not only quotes and spaces).
    func hasLetters(_ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).contains { bytes[$0] >= 0x80 || (bytes[$0] >= 0x30 && bytes[$0] <= 0x39) || (bytes[$0] | 0x20 >= 0x61 && bytes[$0] | 0x20 <= 0x7A) }
    }

    /// The first character start at or after `i`.
    private func charStart(_ i: Int) -> Int {
        var i = i
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }

    /// Unicode scalars in `[start, end)`: characters, near enough for a length limit.
    func scalars(_ start: Int, _ end: Int) -> Int {
        guard start < end else { return 0 }
        return (start..<end).reduce(0) { $0 + (bytes[$1] & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The offset `n` scalars before `i`.
    private func back(from i: Int, by n: Int) -> Int {
        var i = i, left = n
        while i > 0, left > 0 {
            i -= 1
            if bytes[i] & 0xC0 != 0x80 { left -= 1 }
        }
        return i
    }

    /// The offset `n` scalars after `i`.
    private func forward(from i: Int, by n: Int) -> Int {
        var i = i, left = n
        while i < bytes.count, left > 0 {
            i += 1
            left -= 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        }
        return i
    }

    /// Whitespace runs (line breaks included) as one space, ends trimmed.
    private func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
