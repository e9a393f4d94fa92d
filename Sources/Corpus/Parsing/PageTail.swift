/// The pages closing a work citation: ", 131.", ", 138-39.", ", 63-64, 185-86.", ",\" 70n.".
///
/// Read by hand: it runs on every segment of every thesis note, where a regex search cost
/// twenty microseconds a call.
struct PageTail {
    /// The page numbers as printed.
    var pages: Range<Substring.Index>
    /// The first page number.
    var first: Int
    /// True when a period follows the numbers.
    var periodFollowed: Bool
    /// Just after the period (or after the numbers when there is none).
    var afterPeriod: Substring.Index
    /// True when, after the period, the text ends or a space follows.
    var thenSpaceOrEnd: Bool
    /// True when, after an optional period and spaces, the text ends or a capital starts a sentence.
    var thenEndOrCapital: Bool

    /// The first page tail in the text that `accept` takes.
    static func find(in text: Substring, where accept: (PageTail) -> Bool) -> PageTail? {
        var i = text.startIndex
        while let comma = text[i...].firstIndex(of: ",") {
            i = text.index(after: comma)
            if let tail = read(text, after: comma), accept(tail) { return tail }
        }
        return nil
    }

    private static func read(_ text: Substring, after comma: Substring.Index) -> PageTail? {
        var i = text.index(after: comma)
        func at(_ k: Substring.Index) -> Character? { k < text.endIndex ? text[k] : nil }
        func skipSpaces() { while let c = at(i), c == " " { i = text.index(after: i) } }
        // A run of more digits than an Int holds is no page number (and must not overflow on the way).
        func digits() -> Int? {
            var value = 0, n = 0
            while let c = at(i), c.isASCII, c.isNumber {
                if n < LinePatterns.maxDigits { value = value * 10 + Int(c.asciiValue! - 48) }
                n += 1; i = text.index(after: i)
            }
            return n > 0 && n <= LinePatterns.maxDigits ? value : nil
        }
        if let c = at(i), c == "\"" || c == "”" { i = text.index(after: i) }
        skipSpaces()
        let start = i
        guard let first = digits() else { return nil }
        // "70n": a note on that page (only a single page carries it).
        if let c = at(i), c == "n" { i = text.index(after: i) }
        var end = i
        // Further numbers: "-39" ranges, ", 185-86" lists.
        while true {
            let mark = i
            skipSpaces()
            if let c = at(i), c == "-" || c == "–" {
                i = text.index(after: i); skipSpaces()
                if digits() != nil { end = i; continue }
            } else if let c = at(i), c == "," {
                i = text.index(after: i); skipSpaces()
                if digits() != nil { end = i; continue }
            }
            i = mark
            break
        }
        i = end
        let period = at(i) == "."
        let afterPeriod = period ? text.index(after: i) : i
        let spaceOrEnd = afterPeriod == text.endIndex || text[afterPeriod].isWhitespace
        var k = afterPeriod
        while k < text.endIndex, text[k] == " " { k = text.index(after: k) }
        let endOrCapital = k == text.endIndex || text[k].isUppercase
        return PageTail(pages: start..<end, first: first, periodFollowed: period, afterPeriod: afterPeriod,
                        thenSpaceOrEnd: spaceOrEnd, thenEndOrCapital: endOrCapital)
    }
}
