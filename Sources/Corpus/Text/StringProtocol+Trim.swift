import Foundation

/// Foundation's trimming and substring test without bridging to NSString, for the parser's hot paths.
extension StringProtocol {
    /// `trimmingCharacters(in:)` for a set of BMP scalars given as a test: the same scalars are
    /// dropped from both ends (Foundation tests UTF-16 units, which for such a set is the same thing).
    func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let text = String(self)
        let v = text.unicodeScalars
        var lo = v.startIndex, hi = v.endIndex
        while lo < hi, isTrimmed(v[lo]) { lo = v.index(after: lo) }
        while hi > lo, isTrimmed(v[v.index(before: hi)]) { hi = v.index(before: hi) }
        return String(v[lo..<hi])
    }

    /// `trimmingCharacters(in: .whitespaces)`: general category Zs and the tab.
    func trimmingWhitespaces() -> String { trimmingScalars(where: Trim.isWhitespace) }

    /// Foundation's `contains(_:)`, answered in bytes when both texts are ASCII (where its
    /// canonical-equivalence comparison is byte equality) and by Foundation otherwise.
    func foundationContains(_ needle: String) -> Bool {
        if needle.utf8.allSatisfy({ $0 < 0x80 }), utf8.allSatisfy({ $0 < 0x80 }) { return includes(needle) }
        // Marks no other character decomposes to contain ("*"), or only U+037E (";"): absent as bytes,
        // Foundation cannot find them either.
        if needle == "*", !utf8.contains(0x2A) { return false }
        if needle == ";", !utf8.contains(0x3B), !includes("\u{037E}") { return false }
        return contains(needle)
    }
}

/// Scalar sets for `trimmingScalars(where:)`.
enum Trim {
    /// `CharacterSet.whitespaces`: Unicode general category Zs, and U+0009.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension String {
    /// All but the last Character, in O(1): `dropLast()` counts the whole text first (its Collection
    /// default), which made trimming a paragraph's end quadratic. Not for an empty string.
    @inline(__always)
    var withoutLast: Substring { self[..<index(before: endIndex)] }
}

extension Substring {
    /// All but the last Character, in O(1) (see `String.withoutLast`). Not for an empty substring.
    @inline(__always)
    var withoutLast: Substring { self[..<index(before: endIndex)] }
}
