import Testing
import TerminalCore

/// Wrapping, truncation and padding by display width.
@Suite struct TextWrapTests {
    @Test func wrapsASentenceAtTenAndTwenty() {
        let text = "The quick brown fox jumps over the lazy dog"
        #expect(TextWrap.wrap(text, width: 10) == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(TextWrap.wrap(text, width: 20) == ["The quick brown fox", "jumps over the lazy", "dog"])
    }

    @Test func wrapsSeedProseWithFootnoteMarks() {
        let text = "Soviet diplomats adopted what seemed to the Japanese an intransigent attitude.¹"
        #expect(TextWrap.wrap(text, width: 20) == [
            "Soviet diplomats", "adopted what seemed", "to the Japanese an", "intransigent", "attitude.¹",
        ])
    }

    @Test func collapsesSpacesAtBreaksOnlyAndTreatsNewlinesAsSpaces() {
        let text = "  alpha   beta \n gamma  "
        #expect(TextWrap.wrap(text, width: 10) == ["alpha", "beta", "gamma"])
        #expect(TextWrap.wrap(text, width: 20) == ["alpha   beta   gamma"])
        #expect(TextWrap.wrap("one\ntwo", width: 20) == ["one two"])
    }

    @Test func hardBreaksWordsLongerThanTheWidth() {
        let text = "see https://example.com/a/very/long/path ok"
        #expect(TextWrap.wrap(text, width: 10) == ["see", "https://ex", "ample.com/", "a/very/lon", "g/path ok"])
        #expect(TextWrap.wrap("abcdefg", width: 3) == ["abc", "def", "g"])
    }

    @Test func hardBreaksKeepCombiningMarksWithTheirBase() {
        #expect(TextWrap.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func cjkNeverExceedsTheWidth() {
        let text = "日本語のテキストを折り返す"
        #expect(TextWrap.wrap(text, width: 5) == ["日本", "語の", "テキ", "スト", "を折", "り返", "す"])
        #expect(TextWrap.wrap("ab日本", width: 3) == ["ab", "日", "本"])
        #expect(TextWrap.wrap("日本 語", width: 4) == ["日本", "語"])
    }

    @Test func charactersWiderThanTheWidthAreSkipped() {
        #expect(TextWrap.wrap("日本", width: 1) == [])
        #expect(TextWrap.wrap("a日b", width: 1) == ["a", "b"])
    }

    @Test func noBreakSpaceGluesWords() {
        #expect(TextWrap.wrap("a\u{A0}b c", width: 3) == ["a\u{A0}b", "c"])
    }

    @Test func degenerateInputsYieldNoLines() {
        #expect(TextWrap.wrap("text", width: 0) == [])
        #expect(TextWrap.wrap("text", width: -3) == [])
        #expect(TextWrap.wrap("", width: 10) == [])
        #expect(TextWrap.wrap(" \n ", width: 10) == [])
    }

    @Test func offsetsIndexTheOriginalString() {
        let text = "alpha beta\ngamma"
        let ranges = TextWrap.wrapOffsets(text, width: 10)
        #expect(ranges.map { String(text[$0]) } == ["alpha beta", "gamma"])
        #expect(TextWrap.wrapOffsets(text, width: 20).map { String(text[$0]) } == ["alpha beta\ngamma"])
    }

    static let mixedSample = """
        Russo-Japanese relations (Пакт о нейтралитете) — 日本とソ連の関係 ¹²³ café e\u{301}tude \
        한국어 supercalifragilisticexpialidocious 😀 Ａｂｃ end.² A\u{A0}B
        """

    @Test(arguments: 1...60)
    func everyLineFitsAndWordsSurvive(width: Int) {
        let text = Self.mixedSample
        let lines = TextWrap.wrap(text, width: width)
        for line in lines {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
            // Hard breaks may leave the no-break space at an edge; it is part of the word.
            #expect(!Self.isBreakingSpace(line.first!) && !Self.isBreakingSpace(line.last!), "\(line)")
        }
        // Only characters that could never fit are dropped; everything else
        // reappears in order, and words that fit are never split.
        let expected = Self.words(text).map { $0.filter { DisplayWidth.of($0) <= width } }.filter { !$0.isEmpty }
        var pieces = lines.flatMap(Self.words)[...]
        for word in expected {
            var rebuilt = pieces.popFirst() ?? ""
            if DisplayWidth.of(word) <= width {
                #expect(rebuilt == word)
                continue
            }
            while rebuilt.count < word.count, let next = pieces.popFirst() { rebuilt += next }
            #expect(rebuilt == word)
        }
        #expect(pieces.isEmpty)
    }

    @Test(arguments: [1, 7, 20, 60])
    func offsetsAgreeWithLines(width: Int) {
        let text = Self.mixedSample
        let ranges = TextWrap.wrapOffsets(text, width: width)
        #expect(ranges.map { String(text[$0]) } == TextWrap.wrap(text, width: width))
        for (previous, next) in zip(ranges, ranges.dropFirst()) {
            #expect(previous.upperBound <= next.lowerBound)
        }
    }

    @Test func truncateClipsByDisplayWidth() {
        #expect(TextWrap.truncate("hello", width: 10) == "hello")
        #expect(TextWrap.truncate("hello", width: 5) == "hello")
        #expect(TextWrap.truncate("hello world", width: 8) == "hello w…")
        #expect(TextWrap.truncate("hello world", width: 7) == "hello…")
        #expect(TextWrap.truncate("日本語", width: 4) == "日…")
        #expect(TextWrap.truncate("Пакт о нейтралитете", width: 6) == "Пакт…")
        #expect(TextWrap.truncate("abcdef", width: 4, ellipsis: "...") == "a...")
        #expect(TextWrap.truncate("abcdef", width: 2, ellipsis: "...") == "ab")
        #expect(TextWrap.truncate("abcdef", width: 0) == "")
    }

    @Test func padFillsToExactlyTheWidth() {
        #expect(TextWrap.pad("ab", width: 4) == "ab  ")
        #expect(TextWrap.pad("abcdef", width: 4) == "abc…")
        #expect(TextWrap.pad("日本語", width: 4) == "日… ")
        #expect(TextWrap.pad("日本", width: 4) == "日本")
        #expect(TextWrap.pad("x", width: 0) == "")
        for width in 1...40 {
            #expect(DisplayWidth.of(TextWrap.pad(Self.mixedSample, width: width)) == width)
            #expect(DisplayWidth.of(TextWrap.truncate(Self.mixedSample, width: width)) <= width)
        }
    }

    /// Whitespace-separated words, splitting where `wrap` may break (not at no-break spaces).
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: isBreakingSpace).map(String.init)
    }

    /// Whitespace other than the sample's no-break space.
    private static func isBreakingSpace(_ character: Character) -> Bool {
        character.isWhitespace && character != "\u{A0}"
    }
}
