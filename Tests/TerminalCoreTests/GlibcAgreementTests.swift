#if canImport(Glibc)
import Foundation
import Glibc
import Testing
import TerminalCore

/// `DisplayWidth` must agree with the C library the terminal side of the world uses.
@Suite struct GlibcAgreementTests {
    /// glibc's `wcwidth`; `wchar_t` is a 32-bit signed integer on Linux.
    private typealias Wcwidth = @convention(c) (Int32) -> Int32

    /// Scalars whose widths are easy to get wrong, all printable to glibc since Unicode 14 or earlier.
    private static let trickyScalars: [UInt32] = [
        0x65E5, 0x672C, 0x4DC0, 0x3248, 0x3000, 0x20000, 0xFF21, 0xFF61, 0xFE10,  // CJK and forms
        0xD55C, 0x1100, 0x1161, 0x11A8, 0x115F, 0x3164, 0xD7B0,  // Hangul
        0x0300, 0x0301, 0x20DD, 0x302A, 0x3099, 0xFE0F,  // combining marks
        0x00AD, 0x0600, 0x200B, 0x200D, 0x200E, 0x2060, 0xFEFF, 0xE0001,  // format characters
        0x1F600, 0x1F3FB, 0x1F9D1, 0x1FAF6, 0x1F1EF, 0x2764, 0x1F321,  // emoji
        0x00A0, 0x00E9, 0x00B9, 0x2074, 0x041F, 0x2014, 0x2E3A, 0xE000,  // narrow
    ]

    @Test func matchesWcwidthOnTrickyScalars() throws {
        let wcwidth = try Self.loadWcwidth()
        try Self.withUTF8Locale {
            for value in Self.trickyScalars {
                let scalar = try #require(Unicode.Scalar(value))
                let expected = wcwidth(Int32(value))
                #expect(expected >= 0, "glibc deems U+\(Self.hex(value)) unprintable")
                #expect(DisplayWidth.of(scalar) == Int(expected), "U+\(Self.hex(value))")
            }
        }
    }

    @Test func matchesWcwidthOnEverySeedScalar() throws {
        let wcwidth = try Self.loadWcwidth()
        let scalars = try Self.seedScalars()
        #expect(scalars.count > 100, "seeds yielded only \(scalars.count) distinct scalars")
        try Self.withUTF8Locale {
            var compared = 0
            var mismatches: [String] = []
            for scalar in scalars where scalar.properties.generalCategory != .control {
                let expected = wcwidth(Int32(bitPattern: scalar.value))
                // -1: unassigned in this glibc's Unicode version, or a line/paragraph separator.
                guard expected >= 0 else { continue }
                compared += 1
                let actual = DisplayWidth.of(scalar)
                if actual != Int(expected) {
                    mismatches.append("U+\(Self.hex(scalar.value)) ours \(actual) glibc \(expected)")
                }
            }
            #expect(compared > 100)
            #expect(mismatches.isEmpty, "\(mismatches.joined(separator: ", "))")
        }
    }

    /// Finds `wcwidth` at run time, because the Glibc module does not import it.
    private static func loadWcwidth() throws -> Wcwidth {
        let handle = try #require(dlopen(nil, RTLD_NOW), "dlopen(nil) failed")
        let symbol = try #require(dlsym(handle, "wcwidth"), "wcwidth not found in the C library")
        return unsafeBitCast(symbol, to: Wcwidth.self)
    }

    /// Runs `body` with this thread in the C.UTF-8 locale, failing loudly if it does not exist.
    ///
    /// `uselocale` switches only the calling thread, so tests running in parallel
    /// are unaffected (a process-wide `setlocale` would leak into them); the
    /// synchronous body cannot hop threads.
    private static func withUTF8Locale(_ body: () throws -> Void) throws {
        let locale = try #require(
            newlocale(LC_CTYPE_MASK, "C.UTF-8", nil),
            "the C.UTF-8 locale is unavailable; cannot compare with wcwidth"
        )
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        try body()
    }

    /// Distinct scalars in every file of the package's `seeds/` folder.
    private static func seedScalars() throws -> Set<Unicode.Scalar> {
        // Tests/TerminalCoreTests/<file>.swift → package root.
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        #expect(!names.isEmpty, "no files in \(seeds.path)")
        var scalars = Set<Unicode.Scalar>()
        for name in names {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            scalars.formUnion(text.unicodeScalars)
        }
        return scalars
    }

    /// Upper-case hexadecimal, padded to four digits, for messages.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
#endif
