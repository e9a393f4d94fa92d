/// A query folded once, as the bytes a block's folded text must show: case lowered unless the query
/// is case-sensitive, accents dropped (`ScalarFold`), each whitespace run one space, none at either end.
struct SearchPattern: Sendable {
    /// The folded bytes; 0x20 stands for a whitespace run of any length and kind.
    let bytes: [UInt8]
    /// Whether case is kept (smart case).
    let caseSensitive: Bool
    /// The folds of this search, shared by every document searched (the query's own scalars already in).
    let memo: FoldMemo

    /// Folds a query.
    init(_ query: SearchQuery) {
        caseSensitive = query.caseSensitive
        memo = FoldMemo(caseSensitive: caseSensitive)
        var cache = FoldCache(memo)
        var out: [UInt8] = []
        for scalar in query.text.unicodeScalars {
            let fold: (kind: ScalarFold.Kind, bytes: [UInt8])
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                fold = SearchPattern.isSpace(b) ? (.space, []) : (.text, [SearchPattern.fold(b, caseSensitive: caseSensitive)])
            } else {
                let f = cache.fold(scalar.value)
                fold = (f.kind, f.bytes)
            }
            switch fold.kind {
            case .space: if let last = out.last, last != 0x20 { out.append(0x20) }
            case .ignorable: break
            case .text: out += fold.bytes
            }
        }
        if out.last == 0x20 { out.removeLast() }
        bytes = out
    }

    /// True when nothing is left to find (the query was only marks or joiners).
    var isEmpty: Bool { bytes.isEmpty }

    /// ASCII whitespace: space, tab, line feed, vertical tab, form feed, carriage return.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// An ASCII letter.
    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// An ASCII byte as the search reads it: lower-cased by arithmetic unless case is kept.
    @inline(__always)
    static func fold(_ b: UInt8, caseSensitive: Bool) -> UInt8 {
        !caseSensitive && b &- 0x41 < 26 ? b | 0x20 : b
    }
}
