/// Finds the date phrases of a text: "21 July", "May 25th", "On June 1st", "on 8 August 1945", "25/26 May",
/// "in June", "June 1945", "in 1940", "1941-1945", and phrases that count days from another date.
///
/// It reads tokens, not characters, so spacing, commas and ordinals do not matter; a month counts only when
/// capitalised ("may" and "march" are verbs), and a month or year standing alone only after a word that makes
/// it a date ("in June", "since 1936", "(1936)").
enum DateMentionScanner {
    /// Every date phrase of `text` in order; years standing alone only when `yearsAlone`, months standing alone
    /// only when `monthsAlone` (notes are full of publication years: only their days are events).
    static func mentions(in text: String, yearsAlone: Bool = true, monthsAlone: Bool = true) -> [DateMention] {
        let tokens = DateToken.tokens(of: text)
        var found: [DateMention] = []
        var used = [Bool](repeating: false, count: tokens.count)
        func use(_ m: DateMention) { for k in m.firstToken...m.lastToken { used[k] = true } }
        for i in tokens.indices {
            guard !used[i], let m = month(tokens, i) else { continue }
            if let mention = written(tokens, monthAt: i, month: m, monthsAlone: monthsAlone) {
                found.append(mention)
                use(mention)
            }
        }
        if yearsAlone {
            for i in tokens.indices where !used[i] {
                if let mention = yearAlone(tokens, i), !used[mention.lastToken] {
                    found.append(mention)
                    use(mention)
                }
            }
        }
        let written = found.filter { $0.relative == nil }.sorted { $0.start < $1.start }
        for i in tokens.indices where !used[i] {
            guard var mention = relative(tokens, i, in: text) else { continue }
            // "The following day, 6 April": the written date says it.
            if let next = written.first(where: { $0.firstToken > mention.lastToken }), next.isDayDate, next.firstToken - mention.lastToken <= 2 { continue }
            let before = written.last { $0.lastToken < mention.firstToken }
            let afterDate = before.map { $0.isDayDate && mention.firstToken - $0.lastToken <= 2 } ?? false
            if mention.relative!.dependsOnPrecedingDate, !afterDate { continue }
            if afterDate, !mention.relative!.dependsOnPrecedingDate, before.map({ mention.firstToken - $0.lastToken == 2 && tokens[$0.lastToken + 1].isMark(UInt8(ascii: "(")) }) == true {
                // "21 May (two days later)" reads as an aside about that date too.
                mention.relative!.dependsOnPrecedingDate = true
            }
            found.append(mention)
            use(mention)
        }
        return found.sorted { $0.start < $1.start }
    }

    /// Every word the scanner compares: only these get a lower-case string in their token.
    static let vocabulary: Set<Word> = {
        var words = Set(monthNames.keys).union(monthAbbreviations.keys).union(leadIns).union(numberWords.keys)
        words.formUnion(["no", "nos", "p", "pp", "vol", "fr", "frs", "sec", "art", "page", "pages", "number", "volume", "reel", "frame",
                         "mid", "early", "late", "a", "the", "that", "after", "before", "following", "next", "previous", "preceding",
                         "day", "days", "week", "weeks", "morning", "evening", "night", "same", "as", "of",
                         "later", "afterwards", "afterward", "thereafter", "earlier"])
        return words
    }()

    // MARK: - Written dates

    private static let monthNames: [Word: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    private static let monthAbbreviations: [Word: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Words after which a month or year standing alone is a date: "in June", "since 1936", "mid-July".
    private static let leadIns: Set<Word> = [
        "in", "of", "early", "late", "mid", "during", "by", "since", "until", "till", "through", "throughout", "from", "to",
        "before", "after", "end", "beginning", "middle", "between", "and", "spring", "summer", "autumn", "fall", "winter", "on", "as",
    ]

    /// The month a capitalised token names: a full name, or an abbreviation followed by a full stop or after a day.
    private static func month(_ t: [DateToken], _ i: Int) -> Int? {
        let token = t[i]
        guard token.isCapitalized else { return nil }
        let word = token.lower
        if let m = monthNames[word] { return m }
        guard let m = monthAbbreviations[word] else { return nil }
        let dotted = i + 1 < t.count && t[i + 1].isMark(UInt8(ascii: ".")) && t[i + 1].start == token.end
        let afterDay = i > 0 && t[i - 1].isDay
        return dotted || afterDay ? m : nil
    }

    /// True when token `i` belongs to an id or a reference, not a date: "H-1945", "#1213", "No. 12", "p. 4".
    private static func isReference(_ t: [DateToken], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let before = t[i - 1]
        if before.isMark(UInt8(ascii: "#")) { return true }
        if before.isMark(UInt8(ascii: "-")) || before.isMark(UInt8(ascii: "/")), before.end == t[i].start, i > 1, t[i - 2].kind == .word, t[i - 2].end == before.start { return true }
        if before.isMark(UInt8(ascii: ".")), i > 1, ["no", "nos", "p", "pp", "vol", "fr", "frs", "sec", "art"].contains(t[i - 2].lower) { return true }
        return ["no", "p", "pp", "page", "pages", "number", "vol", "volume", "reel", "frame"].contains(before.lower)
    }

    /// The written date around the month at `i`, or nil when the month stands alone without a lead-in.
    private static func written(_ t: [DateToken], monthAt i: Int, month m: Int, monthsAlone: Bool) -> DateMention? {
        var mention = DateMention(start: t[i].start, end: t[i].end, firstToken: i, lastToken: i, month: m)
        var last = i
        if monthNames[t[i].lower] == nil, i + 1 < t.count, t[i + 1].isMark(UInt8(ascii: ".")), t[i + 1].start == t[i].end { last = i + 1 }  // "Apr."
        if i > 0, t[i - 1].isDay, !isReference(t, i - 1) {
            // "21 July", "25/26 May", "21-27 July"
            mention.day = t[i - 1].value
            mention.firstToken = i - 1
            if i >= 3, t[i - 2].isMark(UInt8(ascii: "/")) || t[i - 2].isDash, t[i - 3].isDay,
               t[i - 3].end == t[i - 2].start, t[i - 2].end == t[i - 1].start, t[i - 3].value < t[i - 1].value, !isReference(t, i - 3) {
                mention.day = t[i - 3].value
                mention.endDay = t[i - 1].value
                mention.firstToken = i - 3
            }
        } else if last + 3 < t.count, t[last + 1].isDash, let m2 = month(t, last + 2), m2 > m, t[last + 3].isYear {
            // "May-September 1939": a span of months.
            mention.endMonth = m2
            last += 2
        } else if last + 1 < t.count, t[last + 1].isDay, !(last + 2 < t.count && (t[last + 2].isMark(UInt8(ascii: ":")) || t[last + 2].isMark(UInt8(ascii: "-")))) {
            // "May 25th", "July 21, 1945"
            mention.day = t[last + 1].value
            last += 1
        }
        var k = last + 1
        if k < t.count, t[k].isMark(UInt8(ascii: ",")) { k += 1 }
        // "1945-46" is no year of this date; "12 July 1938-21 January 1942" is.
        let runsOn = k + 2 < t.count && t[k + 1].isMark(UInt8(ascii: "-")) && t[k + 1].start == t[k].end && t[k + 2].kind == .number
            && !(k + 3 < t.count && month(t, k + 3) != nil)
        if k < t.count, t[k].isYear, !runsOn {
            mention.year = t[k].value
            last = k
        }
        if mention.day == nil, mention.year == nil {
            guard monthsAlone, i > 0 else { return nil }
            let before = t[i - 1]
            let leadIn = leadIns.contains(before.lower) || (before.isMark(UInt8(ascii: "-")) && i > 1 && ["mid", "early", "late"].contains(t[i - 2].lower))
            guard leadIn else { return nil }
        }
        mention.lastToken = last
        mention.start = t[mention.firstToken].start
        mention.end = t[last].end
        return mention
    }

    /// A year standing alone after a lead-in or in parentheses ("in 1940", "(1936)"), or a span ("1941-1945").
    private static func yearAlone(_ t: [DateToken], _ i: Int) -> DateMention? {
        guard t[i].isYear, !isReference(t, i) else { return nil }
        // "1930s" is a decade; "1945-46" and "1213-G" are not dates either.
        if i + 1 < t.count, t[i + 1].start == t[i].end, t[i + 1].kind == .word { return nil }
        var mention = DateMention(start: t[i].start, end: t[i].end, firstToken: i, lastToken: i, year: t[i].value)
        if i + 2 < t.count, t[i + 1].isDash, t[i + 2].isYear, t[i + 2].value > t[i].value {
            mention.endYear = t[i + 2].value
            mention.lastToken = i + 2
            mention.end = t[i + 2].end
        } else if i + 1 < t.count, t[i + 1].isMark(UInt8(ascii: "-")) || t[i + 1].isMark(UInt8(ascii: "/")), t[i + 1].start == t[i].end {
            return nil
        }
        let leadIn = i > 0 && leadIns.contains(t[i - 1].lower)
        let bracketed = i > 0 && t[i - 1].isMark(UInt8(ascii: "(")) && mention.lastToken + 1 < t.count && t[mention.lastToken + 1].isMark(UInt8(ascii: ")"))
        return leadIn || bracketed || mention.endYear != nil ? mention : nil
    }

    // MARK: - Counted dates

    private static let numberWords: [Word: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    ]

    private static let day: Word = "day", days: Word = "days", week: Word = "week", weeks: Word = "weeks"
    /// "day", "days", "week", "weeks".
    private static func isUnit(_ w: Word) -> Bool { w == days || w == day || w == weeks || w == week }

    /// A count of days or weeks starting at token `i`: "two days", "3 days", "a week", "ten weeks".
    private static func count(_ t: [DateToken], _ i: Int) -> (days: Int, last: Int)? {
        // The unit first: it rules out almost every token before a dictionary is asked.
        guard i + 1 < t.count, t[i + 1].kind == .word, isUnit(t[i + 1].lower) else { return nil }
        let n: Int?
        if t[i].kind == .number, t[i].digits <= 3 { n = t[i].value } else { n = numberWords[t[i].lower] ?? (t[i].lower == "a" ? 1 : nil) }
        guard let n, n > 0 else { return nil }
        switch t[i + 1].lower {
        case day: return n == 1 ? (1, i + 1) : nil
        case days: return n > 1 ? (n, i + 1) : nil
        case week: return n == 1 ? (7, i + 1) : nil
        case weeks: return n > 1 ? (7 * n, i + 1) : nil
        default: return nil
        }
    }

    /// True when token `i` ends a clause: punctuation or the end of the text.
    private static func endsClause(_ t: [DateToken], _ i: Int) -> Bool {
        i >= t.count || (t[i].kind == .mark && !t[i].isMark(UInt8(ascii: "-")) && !t[i].isMark(UInt8(ascii: "\"")))
    }

    /// A phrase counting days from another date starting at token `i`, or nil.
    private static func relative(_ t: [DateToken], _ i: Int, in text: String) -> DateMention? {
        func word(_ k: Int) -> Word { k < t.count ? t[k].lower : .none }
        func make(_ days: Int, _ last: Int, clause: Bool = false) -> DateMention {
            let start = t[i].start, end = t[last].end
            let phrase = TimelineBuilder.printed(text, start, end)
            return DateMention(start: start, end: end, firstToken: i, lastToken: last,
                               relative: .init(days: days, phrase: phrase, dependsOnPrecedingDate: clause))
        }
        let w = word(i)
        guard w != .none || t[i].kind == .number else { return nil }
        if w == "the" || w == "that" {
            let dayWords: Set<Word> = ["day", "morning", "evening", "night"]
            // "the following day", "the next morning"
            if ["following", "next"].contains(word(i + 1)), dayWords.contains(word(i + 2)) { return make(1, i + 2) }
            // "the previous day", "the preceding evening"
            if ["previous", "preceding"].contains(word(i + 1)), dayWords.contains(word(i + 2)) { return make(-1, i + 2) }
            // "the day after." and "the day before." (before a clause: "the day after the raid", undated)
            if word(i + 1) == "day", ["after", "before"].contains(word(i + 2)), endsClause(t, i + 3) { return make(word(i + 2) == "after" ? 1 : -1, i + 2) }
            // "the same day", "that same day", never "the same day as the fall of the cabinet" (undated)
            if word(i + 1) == "same", word(i + 2) == "day", word(i + 3) != "as" { return make(0, i + 2) }
            return nil
        }
        // "after eight days", "after two weeks"
        // "after eight days (during which ...)", never "after one week of inactivity in early June" (a duration).
        if w == "after", let (days, last) = count(t, i + 1), last + 1 >= t.count || t[last + 1].kind == .mark { return make(days, last) }
        guard let (days, last) = count(t, i) else { return nil }
        switch word(last + 1) {
        case "later", "afterwards", "afterward", "thereafter": return make(days, last + 1)
        case "earlier": return make(-days, last + 1)
        case "before":
            // "four days before." counts back; "four days before the Foreign Office was destroyed" dates the clause.
            return endsClause(t, last + 2) ? make(-days, last + 1) : make(days, last + 1, clause: true)
        case "after":
            return endsClause(t, last + 2) ? make(days, last + 1) : make(-days, last + 1, clause: true)
        default: return nil
        }
    }
}
