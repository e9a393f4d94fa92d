import Testing
@testable import TerminalCore

/// Widths of representative scalars, clusters and strings.
@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of(Character("A")) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(" ")) == 1)
    }

    @Test func accentedLatinPrecomposedAndCombining() {
        #expect(DisplayWidth.of("\u{E9}") == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("caf\u{E9}") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    }

    @Test func cyrillicAndSuperscriptsAreNarrow() {
        #expect(DisplayWidth.of("Пакт") == 4)
        #expect(DisplayWidth.of("¹²³⁴") == 4)
        #expect(DisplayWidth.of("x⁵⁶⁷⁸⁹⁰") == 7)
    }

    @Test func cjkHangulAndFullwidthAreWide() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("Ａ") == 2)
        #expect(DisplayWidth.of("\u{3000}") == 2)
        #expect(DisplayWidth.of("日本 ok") == 7)
    }

    @Test func conjoiningJamoFormOneWideCluster() {
        // Choseong is wide; the jungseong and jongseong that follow add nothing.
        #expect(DisplayWidth.of(Unicode.Scalar(0x1100)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1161)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x11A8)!) == 0)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test func zeroWidthMarksAndFormatCharacters() {
        for value: UInt32 in [0x0300, 0x0301, 0x20DD, 0x200B, 0x200D, 0x200F, 0x2060, 0xFEFF, 0xFE0F, 0xE0001] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func dashesAndVisibleFormatCharactersAreNarrow() {
        #expect(DisplayWidth.of("—") == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x2014)!) == 1)
        #expect(DisplayWidth.of("–") == 1)
        // glibc prints the soft hyphen and prepended concatenation marks.
        #expect(DisplayWidth.of(Unicode.Scalar(0xAD)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x600)!) == 1)
    }

    @Test func controlsMeasureZero() {
        for value: UInt32 in [0x00, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0x9F, 0x2028, 0x2029] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of(Character("\r\n")) == 0)
        #expect(DisplayWidth.of("a\tb\n") == 2)
    }

    @Test func emojiUseTheirFirstScalarWidth() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        // Regional indicators and text-default pictographs are narrow to glibc.
        #expect(DisplayWidth.of("🇯🇵") == 1)
        #expect(DisplayWidth.of("❤️") == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1FAE8)!) == 2)
    }

    @Test func cyrillicWithStressMarksAndDiaereses() {
        // Russian texts mark stress with U+0301; Ё comes precomposed or as Е + U+0308.
        #expect(DisplayWidth.of("Пра\u{301}вда") == 6)
        #expect(DisplayWidth.of("\u{401}") == 1)
        #expect(DisplayWidth.of("\u{415}\u{308}") == 1)
        #expect(DisplayWidth.of("Молотов и Сато") == 14)
    }

    @Test func latinWithStackedMarksIsOneColumnPerLetter() {
        #expect(DisplayWidth.of("Vi\u{1EC7}t") == 4)
        #expect(DisplayWidth.of("Vie\u{323}\u{302}t") == 4)
        #expect(DisplayWidth.of("a\u{301}\u{302}\u{323}") == 1)
        #expect(DisplayWidth.of("ŁÓDŹ Ærø") == 8)
    }

    @Test func superscriptMarkersAndOtherNoteSigns() {
        // The footnote markers the reader shows: superscript digits, daggers, asterisks.
        #expect(DisplayWidth.of("¹⁰") == 2)
        #expect(DisplayWidth.of("attitude.¹²") == 11)
        #expect(DisplayWidth.of("†‡*") == 3)
        #expect(DisplayWidth.of("ⁿ") == 1)
    }

    @Test func combiningMarksOnWideCharactersKeepThemWide() {
        #expect(DisplayWidth.of(Character("日\u{301}")) == 2)
        #expect(DisplayWidth.of("日\u{301}本") == 4)
        #expect(DisplayWidth.of("東京 Tokyo") == 10)
    }

    @Test func theReadersOwnGlyphsAreNarrow() {
        // Status rows, rules, separators, the picker and inline page breaks are laid out assuming one column each.
        for glyph in ["▶", "─", "│", "┌", "┐", "└", "┘", "…", "⟨", "⟩", "█", "·", "—", "↑", "↓", "�", "\u{A0}"] {
            #expect(DisplayWidth.of(glyph) == 1, "\(glyph)")
        }
        // Its CJK lookalikes are wide, which is why the reader does not use them.
        #expect(DisplayWidth.of("〈〉") == 4)
    }

    @Test func lonelyCombiningMarkIsZero() {
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
    }

    @Test func tablesAreSortedAndDisjoint() {
        // Binary search silently misses entries if this invariant breaks.
        for table in [WidthTables.wide, WidthTables.visibleFormat, WidthTables.hangulMedialFinal] {
            for (previous, next) in zip(table, table.dropFirst()) {
                #expect(previous.upperBound < next.lowerBound, "\(previous) then \(next)")
            }
        }
    }
}
