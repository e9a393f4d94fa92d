import Testing
import TestSupport
@testable import TerminalCore

/// Wrapping by scalars (the fast path for text whose scalars stand alone) gives the same lines as grapheme breaking.
@Suite struct WrapFastPathTests {
    /// Scalars the fast path accepts, spaces and controls included, so words, gaps and hard breaks all occur.
    static let alphabet: [Unicode.Scalar] = Array("abc xyz  ABC-–—“”’…¹²³⁴ ⟨⟩ Лозовский é\t\u{85}.,;:0123456789 ──"
        .unicodeScalars)

    @Test func everyAlphabetScalarTakesTheFastPath() {
        #expect(Self.alphabet.allSatisfy(TextWrap.isStandaloneScalar))
        // Scalars that combine, join or pair must not.
        for v: UInt32 in [0x0D, 0xA0, 0x301, 0x200D, 0xFE0F, 0x1F1EF, 0x1100, 0x483, 0x200B] {
            #expect(!TextWrap.isStandaloneScalar(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
    }

    @Test func bothPathsAgreeOnRandomText() {
        // Seeded, so a failure names a reproducible case.
        var rng = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { bound == 0 ? 0 : Int.random(in: 0..<bound, using: &rng) }
        for case_ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<next(120) { scalars.append(Self.alphabet[next(Self.alphabet.count)]) }
            let text = String(scalars)
            let width = 1 + next(30)
            let fast = TextWrap.wrapOffsets(text, width: width, breakingGraphemes: false).map { String(text[$0]) }
            let slow = TextWrap.wrapOffsets(text, width: width, breakingGraphemes: true).map { String(text[$0]) }
            #expect(fast == slow, "case \(case_), width \(width): \(text.debugDescription)")
        }
    }
}
