/// Where a match may start, found sixteen bytes at a time before any match is tried.
///
/// A match starts at a byte that folds to the pattern's first byte: that byte in either case
/// (when case is folded), or any non-ASCII lead byte (é folds to e, ’ to '). When the first two
/// pattern bytes are plain ASCII the byte after must fit the second one too (or be non-ASCII, or a
/// hyphen a line end may skip), which leaves about one candidate in two hundred bytes of English
/// prose. The filter only narrows: every candidate is still verified by `BlockScanner`.
struct CandidateFilter: Sendable {
    /// First byte: `(b | firstOr) == first`, or a lead byte.
    private let first: UInt8, firstOr: UInt8
    /// Second byte, when used: `(b | secondOr) == second`, or non-ASCII, or "-".
    private let second: UInt8, secondOr: UInt8
    private let usesSecond: Bool

    /// The filter for a folded pattern (not empty).
    init(_ pattern: SearchPattern) {
        let p = pattern.bytes
        func caseBits(_ b: UInt8) -> UInt8 { !pattern.caseSensitive && SearchPattern.isLetter(b) ? 0x20 : 0 }
        // 0xFF never occurs in UTF-8: a non-ASCII first byte leaves only the lead-byte test.
        first = p[0] < 0x80 ? p[0] : 0xFF
        firstOr = p[0] < 0x80 ? caseBits(p[0]) : 0
        // A leading "-" may be a line-end hyphen followed by a space; a space or a non-ASCII second
        // byte has too many spellings to be worth testing here.
        usesSecond = p.count >= 2 && p[0] < 0x80 && p[0] != 0x2D && p[1] < 0x80 && p[1] != 0x20
        second = usesSecond ? p[1] : 0
        secondOr = usesSecond ? caseBits(p[1]) : 0
    }

    /// The first candidate position at or after `from` in `t[0..<n]`, or `n`.
    func next(in t: UnsafePointer<UInt8>, count n: Int, from: Int) -> Int {
        var i = from
        if usesSecond {
            let raw = UnsafeRawPointer(t)
            let v1 = SIMD16<UInt8>(repeating: first), or1 = SIMD16<UInt8>(repeating: firstOr)
            let v2 = SIMD16<UInt8>(repeating: second), or2 = SIMD16<UInt8>(repeating: secondOr)
            let lead = SIMD16<UInt8>(repeating: 0xBF), high = SIMD16<UInt8>(repeating: 0x7F), dash = SIMD16<UInt8>(repeating: 0x2D)
            let none = SIMD16<UInt8>(repeating: 0), all = SIMD16<UInt8>(repeating: 0xFF)
            while i + 17 <= n {
                let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let b = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
                // Lanes of 0xFF or 0: read back as two words, the lowest set byte is the first candidate.
                let m1 = none.replacing(with: all, where: ((a | or1) .== v1) .| (a .> lead))
                let m2 = none.replacing(with: all, where: ((b | or2) .== v2) .| (b .> high) .| (b .== dash))
                let words = unsafeBitCast(m1 & m2, to: SIMD2<UInt64>.self)
                if words[0] != 0 { return i + words[0].trailingZeroBitCount / 8 }
                if words[1] != 0 { return i + 8 + words[1].trailingZeroBitCount / 8 }
                i += 16
            }
            while i + 1 < n {
                if fitsFirst(t[i]) && fitsSecond(t[i + 1]) { return i }
                i += 1
            }
            // The last byte alone: an ASCII byte cannot hold two pattern bytes, and a lead byte is never last.
            return n
        }
        let raw = UnsafeRawPointer(t)
        let v1 = SIMD16<UInt8>(repeating: first), or1 = SIMD16<UInt8>(repeating: firstOr)
        let lead = SIMD16<UInt8>(repeating: 0xBF)
        let none = SIMD16<UInt8>(repeating: 0), all = SIMD16<UInt8>(repeating: 0xFF)
        while i + 16 <= n {
            let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let m = none.replacing(with: all, where: ((a | or1) .== v1) .| (a .> lead))
            let words = unsafeBitCast(m, to: SIMD2<UInt64>.self)
            if words[0] != 0 { return i + words[0].trailingZeroBitCount / 8 }
            if words[1] != 0 { return i + 8 + words[1].trailingZeroBitCount / 8 }
            i += 16
        }
        while i < n {
            if fitsFirst(t[i]) { return i }
            i += 1
        }
        return n
    }

    @inline(__always)
    private func fitsFirst(_ b: UInt8) -> Bool { (b | firstOr) == first || b > 0xBF }

    @inline(__always)
    private func fitsSecond(_ b: UInt8) -> Bool { (b | secondOr) == second || b > 0x7F || b == 0x2D }
}
