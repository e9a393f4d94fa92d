/// The words of one document's quotable text, each reduced to a key for comparing texts and remembering
/// where it is printed.
///
/// A word is a run of letters and digits, kept whole across an inner hyphen or apostrophe ("pre-Axis",
/// "Japan's"). Everything else (punctuation, quotation marks, brackets, ellipses in any spacing, dashes,
/// line breaks) only separates words, so ". . ." reads as "..." and a quotation broken across lines or pages
/// reads as one run. The key folds case and leaves the joiners out: "Anti-Axis" is "anti-Axis", and
/// "long-standing" is "longstanding".
struct ReadingWords: Sendable {
    /// Where one word is printed.
    struct Place: Sendable {
        /// Block holding the word.
        var block: Int32
        /// UTF-8 offset of the word's first byte in the block text.
        var start: Int32
        /// UTF-8 offset just past the word.
        var end: Int32
    }

    /// Each word's case-folded letters and digits, hashed: comparing keys compares words.
    private(set) var keys: [UInt64] = []
    /// The blocks that have words, in order, each with its first word. Where a word is printed is found again
    /// by reading its block once more (`places`): kept for every word of every text, it cost more at load
    /// than the reading itself, and only the words of a link are ever placed.
    private(set) var blocks: [(block: Int32, firstWord: Int32)] = []

    /// Reads some of a document's blocks (all quotable), in order.
    init(_ document: Document, blocks: ArraySlice<Int>) {
        // About one word in six bytes of English: reserved once, not grown by copying.
        var keys: [UInt64]? = []
        keys!.reserveCapacity(blocks.reduce(0) { $0 + document.blocks[$1].text.utf8.count } / 5)
        var none: [Place]?
        for b in blocks {
            let first = keys!.count
            ReadingWords.read(document, block: b, keys: &keys, places: &none)
            if keys!.count > first { self.blocks.append((Int32(truncatingIfNeeded: b), Int32(truncatingIfNeeded: first))) }
        }
        self.keys = keys!
    }

    /// Scans one block, collecting its words' keys, places or both.
    static func read(_ document: Document, block b: Int, keys: inout [UInt64]?, places: inout [Place]?) {
        let block = document.blocks[b]
        guard block.text.utf8.count < Int(Int32.max) else { return }
        // Footnote markers show as labels in the text ("Nazism⁴"): they are the quoting document's
        // apparatus, not words of the passage, so they only separate words.
        let markers = block.markers.compactMap { document.markers.indices.contains($0) ? document.markers[$0] : nil }
            .map { ($0.start, $0.end) }
        let first = block.kind == .listItem ? labelEnd(block.text) : 0
        var text = block.text
        text.withUTF8 { scan($0, block: b, skipping: markers, from: first, keys: &keys, places: &places) }
    }

    /// Where words `range` are printed, read again from their blocks of `document` (the one these words are of).
    func places(_ range: Range<Int>, of document: Document) -> [Place] {
        guard !range.isEmpty, !blocks.isEmpty else { return [] }
        // The last block starting at or before the range.
        var lo = 0, hi = blocks.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(blocks[mid].firstWord) <= range.lowerBound { lo = mid } else { hi = mid - 1 }
        }
        var result: [Place] = []
        var none: [UInt64]?
        for k in lo..<blocks.count where Int(blocks[k].firstWord) < range.upperBound {
            var found: [Place]? = []
            ReadingWords.read(document, block: Int(blocks[k].block), keys: &none, places: &found)
            let first = Int(blocks[k].firstWord)
            for (j, place) in found!.enumerated() where range.contains(first + j) { result.append(place) }
        }
        return result
    }

    /// The words of each of some documents, read in parallel: a long text (the thesis is most of the seeds)
    /// is cut into pieces of a few blocks, so no core waits on it alone.
    static func reading(_ documents: [Document], _ texts: [Int]) -> [ReadingWords] {
        var pieces: [(text: Int, blocks: ArraySlice<Int>)] = []
        for (t, d) in texts.enumerated() {
            let cover = cover(of: documents[d])
            let quotable = documents[d].blocks.indices.filter { isQuotable(documents[d].blocks[$0], at: $0, cover: cover) }
            var from = 0, bytes = 0
            for (k, b) in quotable.enumerated() {
                bytes += documents[d].blocks[b].text.utf8.count
                if bytes >= pieceBytes { pieces.append((t, quotable[from...k])); from = k + 1; bytes = 0 }
            }
            pieces.append((t, quotable[from...]))
        }
        let read = pieces.parallelMap(minimumCount: 32) { ReadingWords(documents[texts[$0.text]], blocks: $0.blocks) }
        var words = [ReadingWords](repeating: ReadingWords(), count: texts.count)
        for (t, total) in read.indices.reduce(into: [Int: Int](), { $0[pieces[$1].text, default: 0] += read[$1].keys.count }) {
            words[t].keys.reserveCapacity(total)
        }
        for (k, piece) in pieces.enumerated() {
            let shift = Int32(truncatingIfNeeded: words[piece.text].keys.count)
            words[piece.text].blocks += read[k].blocks.map { ($0.block, $0.firstWord + shift) }
            words[piece.text].keys += read[k].keys
        }
        return words
    }

    /// Text read as one piece: enough that a piece's overhead is nothing beside its reading.
    static let pieceBytes = 4096

    /// No words.
    init() {}

    /// The number of words.
    var count: Int { keys.count }

    /// True for a block whose words another document may quote: running text (paragraphs, block quotations,
    /// list items, tables, captions), never notes, furniture or rules, and not headings (a title another
    /// document repeats names the work, and a chain through a heading would join passages it separates),
    /// nor the cover of a paginated document: title, issuing office and date, the same on every issue of a
    /// series, are its masthead, not a passage.
    static func isQuotable(_ block: Block, at index: Int, cover: ClosedRange<Int>?) -> Bool {
        block.isReadingText && block.kind != .heading && cover?.contains(index) != true
    }

    /// The blocks of a paginated document's cover page, if it has one.
    static func cover(of document: Document) -> ClosedRange<Int>? {
        guard let page = document.pages.first(where: { $0.number == 0 && $0.evidence == .cover }), page.firstBlock <= page.lastBlock else { return nil }
        return page.firstBlock...page.lastBlock
    }

    /// Where a list item's own label ("(h) ", "3. ", "b) ") ends: the list's numbering, not the quoted text.
    static func labelEnd(_ text: String) -> Int {
        var i = 0
        var bytes = text.utf8.makeIterator()
        var open = false, length = 0
        while let b = bytes.next() {
            i += 1
            if i == 1 && b == 0x28 { open = true; continue }  // "("
            if b < 0x80 && (isASCIIAlphanumeric(b)) && length < 3 { length += 1; continue }
            guard length > 0, b == 0x29 || (b == 0x2E && !open) else { return 0 }  // ")" or "."
            guard let space = bytes.next() else { return i }
            return space == 0x20 ? i + 1 : 0
        }
        return 0
    }

    /// Appends the words of one block's UTF-8, read in place: one pass, ASCII without decoding (this runs
    /// over every word of every distinct text at load).
    static func scan(_ utf8: UnsafeBufferPointer<UInt8>, block: Int, skipping markers: [(Int, Int)], from first: Int,
                     keys: inout [UInt64]?, places: inout [Place]?) {
        let n = utf8.count
        var marker = 0
        var nextMarker = markers.first?.0 ?? Int.max
        var i = first
        while i < n {
            if i >= nextMarker {
                // A footnote marker's label ("Nazism⁴"): the quoting text's apparatus, never part of a word.
                i = max(i, markers[marker].1)
                marker += 1
                while marker < markers.count && markers[marker].1 <= i { marker += 1 }
                nextMarker = marker < markers.count ? markers[marker].0 : Int.max
                continue
            }
            // Between words: on to the next letter or digit.
            let (first, length) = Self.decode(utf8, at: i)
            guard Self.isWordCharacter(first) else {
                i &+= length
                continue
            }
            let start = i
            var key = Key()
            // Scalars in the word's current piece (since its last joiner): a full stop joins one-letter pieces only.
            var piece = 0
            while true {
                let stop = min(n, nextMarker)
                while i < stop {
                    let b = utf8[i]
                    if b < 0x80 {
                        // Most of any text: folded here, with no decoding.
                        guard Self.isASCIIAlphanumeric(b) else { break }
                        key.add(b &- 0x41 < 26 ? b | 0x20 : b)
                        i &+= 1
                    } else {
                        let (scalar, length) = Self.decode(utf8, at: i)
                        guard Self.isWordCharacter(scalar) else { break }
                        key.add(scalar)
                        i &+= length
                    }
                    piece &+= 1
                }
                // An inner hyphen or apostrophe, or the full stop of an initialism ("U.S.S.R." is "USSR"), goes
                // on to more of the word; the joiner is not part of its key.
                guard i < stop else { break }
                let (joiner, length) = Self.decode(utf8, at: i)
                guard Self.isJoiner(joiner) || (joiner == "." && piece == 1), i + length < stop,
                      Self.isWordCharacter(Self.decode(utf8, at: i + length).scalar) else { break }
                i &+= length
                piece = 0
            }
            keys?.append(key.value)
            places?.append(Place(block: Int32(truncatingIfNeeded: block), start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i)))
        }
    }

    /// The scalar at a UTF-8 offset and its length in bytes (a malformed byte reads as U+FFFD, one byte).
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b = utf8[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= utf8.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for k in 1..<length { value = value << 6 | (UInt32(utf8[i + k]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Letters and digits of any script; superscript digits are marker labels, skipped as such, or
    /// stray ones that OCR glues to a word, and never part of one.
    @inline(__always)
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIIAlphanumeric(UInt8(s.value)) }
        // General punctuation (curly quotes, dashes, ellipsis) is the common non-ASCII: no table look-up.
        if (0x2000...0x206F).contains(s.value) { return false }
        if (0x2070...0x209F).contains(s.value) || s.value == 0xB9 || s.value == 0xB2 || s.value == 0xB3 { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Hyphens and apostrophes that hold a word together (a soft hyphen too).
    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x27, 0x2019, 0x2010, 0x2011, 0xAD: return true
        default: return false
        }
    }

    /// A word's key as it is read: its bytes, case-folded, packed eight to an integer and mixed in per eight
    /// (a multiply for every byte, chained through the whole text, cost more than the rest of the reading).
    struct Key {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var packed: UInt64 = 0
        private var filled: UInt64 = 0

        /// Adds one byte of the word (never 0: letters and digits only).
        @inline(__always)
        mutating func add(_ byte: UInt8) {
            packed = packed << 8 | UInt64(byte)
            filled += 1
            if filled == 8 {
                hash = (hash ^ packed) &* 0x9E37_79B9_7F4A_7C15
                packed = 0
                filled = 0
            }
        }

        /// Adds a letter or digit beyond ASCII, lower-cased (its bytes got out of line, so the key itself stays
        /// in registers through the scan's loop).
        @inline(__always)
        mutating func add(_ s: Unicode.Scalar) {
            for b in Key.lowercased(s) { add(b) }
        }

        /// A scalar's lower case in UTF-8.
        @inline(never)
        static func lowercased(_ s: Unicode.Scalar) -> [UInt8] {
            s.properties.changesWhenLowercased ? Array(s.properties.lowercaseMapping.utf8) : Array(String(s).utf8)
        }

        /// The finished key, well mixed (the seeds combine keys by multiplying).
        var value: UInt64 {
            var h = (hash ^ packed ^ filled << 60) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 31
            return h
        }
    }
}
