/// Where a match may start, found sixteen bytes at a time before any match is tried.
///
/// A match starts at a byte that folds to the pattern's first byte: that byte in either case
/// (when case is folded), or the lead byte of a scalar that may fold to it: any lead byte for a
/// non-ASCII first byte, and for an ASCII one only those of Latin letters, Latin Extended Additional,
/// typographic punctuation and ligatures (é folds to e, ’ to '), so superscript markers, Greek and
/// Cyrillic are passed over (`foldsToASCII` says which; a test checks every scalar).
///
/// After an ASCII first byte, the next two bytes must fit the pattern's second and third bytes when
/// those are plain ASCII, or be what may stand between (a non-ASCII byte: an accented letter or a
/// mark; a hyphen or whitespace: a hyphen ending a source line), which leaves a candidate every few
/// thousand bytes of English prose rather than every few dozen, and so few mispredicted branches.
/// The filter only narrows: every candidate is still verified by `BlockScanner`.
struct CandidateFilter: Sendable {
    /// First byte: `(b | firstOr) == first` (0xFF, never in UTF-8, when the pattern starts non-ASCII).
    private let first: UInt8, firstOr: UInt8
    /// Second and third bytes after an ASCII first one: `(b | or) == byte`, or what may stand between.
    /// Unused ones are 0xFF | 0xFF, which every byte fits.
    private let second: UInt8, secondOr: UInt8
    private let third: UInt8, thirdOr: UInt8
    private let asciiFirst: Bool

    /// The filter for a folded pattern (not empty).
    init(_ pattern: SearchPattern) {
        let p = pattern.bytes
        func caseBits(_ b: UInt8) -> UInt8 { !pattern.caseSensitive && SearchPattern.isLetter(b) ? 0x20 : 0 }
        let ascii = p[0] < 0x80
        asciiFirst = ascii
        first = ascii ? p[0] : 0xFF
        firstOr = ascii ? caseBits(p[0]) : 0
        // A leading "-" may be a line-end hyphen with a space after it; a space or a non-ASCII byte has
        // too many spellings to test here.
        func plain(_ k: Int) -> Bool { ascii && p[0] != 0x2D && p.count > k && (1...k).allSatisfy { p[$0] < 0x80 && p[$0] != 0x20 } }
        (second, secondOr) = plain(1) ? (p[1], caseBits(p[1])) : (0xFF, 0xFF)
        (third, thirdOr) = plain(2) ? (p[2], caseBits(p[2])) : (0xFF, 0xFF)
    }

    /// The first candidate position at or after `from` in `t[0..<n]`, or `n`.
    func next(in t: UnsafePointer<UInt8>, count n: Int, from: Int) -> Int {
        var i = from
        let raw = UnsafeRawPointer(t)
        let v1 = SIMD16(repeating: first), or1 = SIMD16(repeating: firstOr)
        let v2 = SIMD16(repeating: second), or2 = SIMD16(repeating: secondOr)
        let v3 = SIMD16(repeating: third), or3 = SIMD16(repeating: thirdOr)
        let none = SIMD16<UInt8>(repeating: 0), all = SIMD16<UInt8>(repeating: 0xFF)
        while i + 18 <= n {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
            let c = raw.loadUnaligned(fromByteOffset: i + 2, as: SIMD16<UInt8>.self)
            let ascii = ((a | or1) .== v1) .& ((b | or2) .== v2 .| CandidateFilter.between(b))
                .& ((c | or3) .== v3 .| CandidateFilter.between(c))
            // Lanes of 0xFF or 0: read back as two words, the lowest set byte is the first candidate.
            let words = unsafeBitCast(none.replacing(with: all, where: ascii .| leads(a)), to: SIMD2<UInt64>.self)
            if words[0] != 0 { return i + words[0].trailingZeroBitCount / 8 }
            if words[1] != 0 { return i + 8 + words[1].trailingZeroBitCount / 8 }
            i += 16
        }
        while i < n {
            if fits(t, n, i) { return i }
            i += 1
        }
        return n
    }

    /// The test of `next`, one position at a time (the last bytes of a text).
    @inline(__always)
    private func fits(_ t: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Bool {
        if asciiFirst ? CandidateFilter.foldsToASCII(lead: t[i]) : t[i] > 0xBF { return true }
        guard (t[i] | firstOr) == first else { return false }
        // An ASCII byte folds to one byte: the text must hold the next two, unless the pattern ends first.
        func fitsAfter(_ k: Int, _ byte: UInt8, _ or: UInt8) -> Bool {
            byte == 0xFF ? true : i + k < n && ((t[i + k] | or) == byte || CandidateFilter.between(t[i + k]))
        }
        return fitsAfter(1, second, secondOr) && fitsAfter(2, third, thirdOr)
    }

    /// Bytes that may stand between pattern bytes: non-ASCII (accented letters, marks), a hyphen and
    /// whitespace (a hyphen ending a source line, the line break after it).
    @inline(__always)
    private static func between(_ b: UInt8) -> Bool { b > 0x7F || b == 0x2D || SearchPattern.isSpace(b) }

    /// `between`, loosened to one comparison: also lets through the ASCII punctuation below "-".
    @inline(__always)
    private static func between(_ b: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        b &- SIMD16(repeating: 0x2E) .> SIMD16(repeating: 0x51)
    }

    /// The lanes holding a lead byte that may start a match: see `fits`.
    @inline(__always)
    private func leads(_ a: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        guard asciiFirst else { return a .> SIMD16(repeating: 0xBF) }
        return (a &- SIMD16(repeating: 0xC3) .<= SIMD16(repeating: 0x0A)) .| (a &- SIMD16(repeating: 0xE1) .<= SIMD16(repeating: 0x0E))
    }

    /// True for lead bytes C3…CD and E1…EF: every scalar whose fold starts with an ASCII byte starts
    /// with one of them (U+00C0…U+023F Latin letters, U+037E ";", U+1E00… Latin Extended Additional,
    /// U+2010… quotes and dashes, U+212A the Kelvin sign, U+FB00… ligatures; worked out from every
    /// scalar). Two ranges test faster than the exact set and still pass over superscripts, emoji and
    /// most of Greek and Cyrillic (CE…D4 are outside).
    @inline(__always)
    static func foldsToASCII(lead b: UInt8) -> Bool {
        (b &- 0xC3) <= 0x0A || (b &- 0xE1) <= 0x0E
    }
}
