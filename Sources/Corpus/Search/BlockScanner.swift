/// Finds a pattern's matches in one block's text, walking its UTF-8 bytes.
///
/// `CandidateFilter` finds where a match may start; each candidate is verified byte by byte against
/// the folded pattern: ASCII is folded by arithmetic, other scalars are decoded by hand and folded
/// through the `FoldCache`. A whitespace run in the text matches one pattern space; marks and joiners
/// are passed over. `InlineMarkup` joins a paragraph's source lines with a space and keeps a hyphen
/// that ended a line ("Lozov-" / "sky" is "Lozov- sky"), so the space after such a hyphen is no
/// space to a search ("inter-war" and "H-197715" find "inter- war" and "H- 197715"), and between
/// letters the hyphen may be skipped too ("lozovsky" finds "Lozov- sky"). Prose split by a page break is
/// already one block, and a word hyphenated across the break already joined ("More-" / "over" is
/// "Moreover"), so those need nothing here. Matches do not overlap; the leftmost wins.
struct BlockScanner {
    private let pattern: [UInt8]
    private let caseSensitive: Bool
    private let filter: CandidateFilter
    /// False to try a match at every scalar: the reference the filter is tested against.
    private let filtered: Bool

    /// A scanner for a folded pattern (not empty).
    init(_ pattern: SearchPattern, filtered: Bool = true) {
        self.pattern = pattern.bytes
        caseSensitive = pattern.caseSensitive
        filter = CandidateFilter(pattern)
        self.filtered = filtered
    }

    /// Appends the matches in a block's text (block `index`, its `lineStarts`) to `out`.
    func scan(_ text: String, lineStarts: [LineStart], index: Int, cache: inout FoldCache, into out: inout [BlockMatch]) {
        let found: Void? = text.utf8.withContiguousStorageIfAvailable { buffer in
            scan(buffer, lineStarts: lineStarts, index: index, cache: &cache, into: &out)
        }
        if found == nil {
            var copy = text
            copy.withUTF8 { scan($0, lineStarts: lineStarts, index: index, cache: &cache, into: &out) }
        }
    }

    private func scan(_ buffer: UnsafeBufferPointer<UInt8>, lineStarts: [LineStart], index: Int,
                      cache: inout FoldCache, into out: inout [BlockMatch]) {
        guard let t = buffer.baseAddress, buffer.count > 0 else { return }
        let text = Text(bytes: t, count: buffer.count, lineStarts: lineStarts)
        pattern.withUnsafeBufferPointer { p in
            var i = 0
            while true {
                if filtered {
                    i = filter.next(in: t, count: text.count, from: i)
                } else {
                    while i < text.count, t[i] & 0xC0 == 0x80 { i += 1 }
                }
                guard i < text.count else { return }
                if let end = verify(p, in: text, at: i, cache: &cache) {
                    out.append(BlockMatch(block: index, start: i, end: end))
                    i = end
                } else {
                    i += 1
                }
            }
        }
    }

    /// The end of a match starting at `start`, or nil.
    private func verify(_ p: UnsafeBufferPointer<UInt8>, in text: Text, at start: Int, cache: inout FoldCache) -> Int? {
        let t = text.bytes, n = text.count, m = p.count
        if text.continuesEmoji(start) { return nil }
        var j = start, k = 0, end = start
        while k < m {
            guard j < n else { return nil }
            let b = t[j]
            if b < 0x80 {
                if SearchPattern.isSpace(b) {
                    guard k > 0, p[k] == 0x20 else { return nil }
                    k += 1
                    j = text.skipSpace(from: j + 1, cache: &cache)
                    continue
                }
                if b == 0x2D, k > 0, let hyphen = text.lineEndHyphen(at: j, cache: &cache) {
                    // A hyphen ending a source line: the line break after it is no space ("H-" / "197715"), and
                    // between letters the hyphen itself may be skipped ("Lozov-" / "sky").
                    if p[k] == 0x2D {
                        k += 1
                        end = j + 1
                        guard k < m else { break }
                        if p[k] == 0x20 { k += 1 }
                        j = hyphen.resumes
                        continue
                    }
                    if hyphen.betweenLetters {
                        j = hyphen.resumes
                        continue
                    }
                    return nil
                }
                guard SearchPattern.fold(b, caseSensitive: caseSensitive) == p[k] else { return nil }
                k += 1
                j += 1
                end = j
                continue
            }
            let (value, length) = text.scalar(at: j)
            let fold = cache.fold(value)
            switch fold.kind {
            case .space:
                guard k > 0, p[k] == 0x20 else { return nil }
                k += 1
                j = text.skipSpace(from: j + length, cache: &cache)
            case .ignorable:
                guard k > 0 else { return nil }
                j += length
            case .text:
                if k == 0 && fold.extendsCharacter { return nil }
                // A scalar folding to several bytes ("ß" is "ss") may end the pattern part way: the match
                // then covers the whole scalar.
                for byte in fold.bytes {
                    guard k < m else { break }
                    guard byte == p[k] else { return nil }
                    k += 1
                }
                j += length
                end = j
            }
        }
        // End on a character boundary: take the marks and joiners that belong to the last character.
        while end < n, t[end] > 0xBF {
            let (value, length) = text.scalar(at: end)
            guard cache.fold(value).extendsCharacter else { break }
            end += length
        }
        return end
    }
}

extension BlockScanner {
    /// One block's UTF-8 bytes and line starts, read in place.
    struct Text {
        let bytes: UnsafePointer<UInt8>
        let count: Int
        let lineStarts: [LineStart]

        /// The scalar starting at a lead byte and its length (the bytes come from a String: valid UTF-8).
        @inline(__always)
        func scalar(at j: Int) -> (value: UInt32, length: Int) {
            let b0 = UInt32(bytes[j])
            if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[j + 1] & 0x3F), 2) }
            if b0 < 0xF0 {
                return ((b0 & 0x0F) << 12 | UInt32(bytes[j + 1] & 0x3F) << 6 | UInt32(bytes[j + 2] & 0x3F), 3)
            }
            return ((b0 & 0x07) << 18 | UInt32(bytes[j + 1] & 0x3F) << 12 | UInt32(bytes[j + 2] & 0x3F) << 6
                    | UInt32(bytes[j + 3] & 0x3F), 4)
        }

        /// The offset after the whitespace (and marks or joiners) starting at `j`.
        func skipSpace(from j: Int, cache: inout FoldCache) -> Int {
            var j = j
            while j < count {
                let b = bytes[j]
                if b < 0x80 {
                    guard SearchPattern.isSpace(b) else { break }
                    j += 1
                } else {
                    let (value, length) = scalar(at: j)
                    guard cache.fold(value).kind != .text else { break }
                    j += length
                }
            }
            return j
        }

        /// True when the scalar at `j` is a letter.
        func isLetter(at j: Int, cache: inout FoldCache) -> Bool {
            let b = bytes[j]
            return b < 0x80 ? SearchPattern.isLetter(b) : cache.fold(scalar(at: j).value).isLetter
        }

        /// For a hyphen at `h` that ends a source line ("Lozov- sky" with the next line starting at
        /// "sky"): where the text resumes after the line break, and whether letters stand on both sides.
        /// Nil for any other hyphen.
        func lineEndHyphen(at h: Int, cache: inout FoldCache) -> (resumes: Int, betweenLetters: Bool)? {
            guard h > 0, h + 1 < count, SearchPattern.isSpace(bytes[h + 1]) else { return nil }
            let after = skipSpace(from: h + 1, cache: &cache)
            guard after < count, startsLine(from: h + 1, upTo: after) else { return nil }
            var before = h - 1
            while before > 0, bytes[before] & 0xC0 == 0x80 { before -= 1 }
            return (after, isLetter(at: before, cache: &cache) && isLetter(at: after, cache: &cache))
        }

        /// True when a source line starts in `from...upTo`: the space there was a line end. (A line
        /// start may sit on the space joining it to the line before or just after it.)
        private func startsLine(from: Int, upTo: Int) -> Bool {
            let k = lineStarts.firstIndex(whereKey: \.offset, exceeds: from - 1)
            return k < lineStarts.count && lineStarts[k].offset <= upTo
        }

        /// True when `j` is inside an emoji sequence: an emoji after a zero-width joiner.
        func continuesEmoji(_ j: Int) -> Bool {
            guard j >= 3, bytes[j - 3] == 0xE2, bytes[j - 2] == 0x80, bytes[j - 1] == 0x8D, bytes[j] > 0xBF else { return false }
            return Unicode.Scalar(scalar(at: j).value)?.properties.isEmoji == true
        }
    }
}
