/// Reads the date and route printed after a citation ("H-176782, 7 Apr., Sato-Tokyo").
///
/// Hand-written rather than regex: it runs after every id in every note, and a regex search
/// from each position cost a tenth of the whole load.
enum CitationTail {
    /// The first date in the tail: "7 Apr.", "25th May", "18 May, '45", "8 August 1945", "Apr. 8", "May 25th".
    static func date(in tail: Substring) -> String? {
        // An ASCII tail without CR has one Character per byte: read as bytes, the same answers.
        isPlainASCII(tail) ? Reader(Array(tail.utf8)).date() : Reader(Array(tail)).date()
    }

    /// The first route: "Sato-Tokyo", "NA-Stockholm", "Togo Circular", "Tokyo (Togo) Circular".
    static func route(in tail: Substring) -> String? {
        isPlainASCII(tail) ? Reader(Array(tail.utf8)).route() : Reader(Array(tail)).route()
    }

    private static func isPlainASCII(_ tail: Substring) -> Bool {
        tail.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// The scan over a tail's Characters, or over its bytes when each byte is a Character.
    private struct Reader<U: TailUnit> {
        let c: [U]
        init(_ c: [U]) { self.c = c }

        func date() -> String? {
            var i = 0
            while i < c.count {
                let boundary = i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber)
                if boundary, c[i].isASCIIDigit {
                    var j = i
                    while j < c.count, c[j].isASCIIDigit { j += 1 }
                    if j - i <= 2 {
                        var k = skipOrdinal(j)
                        k = skipSpaces(k)
                        if k > j, let m = monthEnd(k) {
                            return U.string(c[i..<yearEnd(m)])
                        }
                    }
                    i = j
                    continue
                }
                if boundary, let m = monthEnd(i) {
                    let k = skipSpaces(m)
                    var j = k
                    while j < c.count, c[j].isASCIIDigit { j += 1 }
                    if k > m, (1...2).contains(j - k), j == c.count || !c[j].isNumber {
                        return U.string(c[i..<skipOrdinal(j)])
                    }
                }
                i += 1
            }
            return nil
        }

        func route() -> String? {
            var i = 0
            while i < c.count {
                guard c[i].isUppercase, i == 0 || !c[i - 1].isLetter else { i += 1; continue }
                let w = wordEnd(i)
                // "Togo Circular", "Tokyo (Togo) Circular"
                var k = w
                if k + 1 < c.count, c[k].is(0x20), c[k + 1].is(0x28) {
                    var p = k + 2
                    if p < c.count, c[p].isUppercase {
                        p += 1
                        while p < c.count, c[p].isLowercase { p += 1 }
                        if p < c.count, c[p].is(0x29) { k = p + 1 }
                    }
                }
                let s = skipSpaces(k)
                if s > k, hasPrefix(s, U.circular) { return U.string(c[i..<(s + 8)]) }
                // "Sato-Tokyo", "Moscow - Tokyo"
                var end = w
                if w - i >= 2 {
                    while true {
                        var p = skipOneSpace(end)
                        guard p < c.count, c[p].is(0x2D) else { break }
                        p = skipOneSpace(p + 1)
                        guard p < c.count, c[p].isUppercase else { break }
                        let e = wordEnd(p)
                        guard e - p >= 2 else { break }
                        end = e
                    }
                }
                if end > w { return U.string(c[i..<end]).trimmingScalars { $0 == "." || $0 == " " } }
                i = w
            }
            return nil
        }

        private func wordEnd(_ i: Int) -> Int {
            var j = i + 1
            while j < c.count, c[j].isASCII, c[j].isLetter || c[j].is(0x2E) { j += 1 }
            return j
        }

        private func monthEnd(_ i: Int) -> Int? {
            // Characters equal to ASCII letters concatenate to the month exactly when the String would.
            guard i + 3 <= c.count, U.months.contains(where: { $0[0] == c[i] && $0[1] == c[i + 1] && $0[2] == c[i + 2] }) else { return nil }
            var j = i + 3
            while j < c.count, c[j].isLowercase { j += 1 }
            if j < c.count, c[j].is(0x2E) { j += 1 }
            return j
        }

        /// An optional year after a month: ", '45", " 1945".
        private func yearEnd(_ m: Int) -> Int {
            var k = m
            if k < c.count, c[k].is(0x2C) { k += 1 }
            let s = skipSpaces(k)
            guard s > k || (s == k && k > m) else { return m }
            var d = s
            if d < c.count, c[d].is(0x27) { d += 1 }
            var e = d
            while e < c.count, c[e].isASCIIDigit { e += 1 }
            return (2...4).contains(e - d) && s > m ? e : m
        }

        private func skipOrdinal(_ j: Int) -> Int {
            guard j + 2 <= c.count else { return j }
            return U.ordinals.contains(where: { $0[0] == c[j] && $0[1] == c[j + 1] }) ? j + 2 : j
        }

        private func skipSpaces(_ i: Int) -> Int {
            var j = i
            while j < c.count, c[j].is(0x20) { j += 1 }
            return j
        }

        private func skipOneSpace(_ i: Int) -> Int {
            i < c.count && c[i].is(0x20) ? i + 1 : i
        }

        private func hasPrefix(_ i: Int, _ w: [U]) -> Bool {
            i + w.count <= c.count && c[i..<(i + w.count)].elementsEqual(w)
        }
    }
}

/// What the tail reader asks of a Character, or of a byte standing for one ASCII Character.
private protocol TailUnit: Equatable {
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    var isASCII: Bool { get }
    /// `isASCII && isNumber`.
    var isASCIIDigit: Bool { get }
    /// Equal to the ASCII Character `b`.
    func `is`(_ b: UInt8) -> Bool
    static func string(_ s: ArraySlice<Self>) -> String
    static var months: [[Self]] { get }
    static var ordinals: [[Self]] { get }
    static var circular: [Self] { get }
}

private let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
private let ordinalSuffixes = ["st", "nd", "rd", "th"]

extension Character: TailUnit {
    // ASCII answers first (most tails are ASCII); the same results as the Character properties.
    fileprivate var isASCIIDigit: Bool {
        if let a = asciiValue { return a >= 0x30 && a <= 0x39 }
        return false
    }
    fileprivate func `is`(_ b: UInt8) -> Bool { self == Character(Unicode.Scalar(b)) }
    fileprivate static func string(_ s: ArraySlice<Character>) -> String { String(s) }
    // Characters equal to ASCII letters concatenate to the word exactly when the String would.
    fileprivate static let months: [[Character]] = monthNames.map(Array.init)
    fileprivate static let ordinals: [[Character]] = ordinalSuffixes.map(Array.init)
    fileprivate static let circular = Array("Circular")
}

extension UInt8: TailUnit {
    fileprivate var isLetter: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
    fileprivate var isNumber: Bool { self >= 0x30 && self <= 0x39 }
    fileprivate var isUppercase: Bool { self >= 0x41 && self <= 0x5A }
    fileprivate var isLowercase: Bool { self >= 0x61 && self <= 0x7A }
    fileprivate var isASCII: Bool { self < 0x80 }
    fileprivate var isASCIIDigit: Bool { isNumber }
    fileprivate func `is`(_ b: UInt8) -> Bool { self == b }
    fileprivate static func string(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }
    fileprivate static let months: [[UInt8]] = monthNames.map { Array($0.utf8) }
    fileprivate static let ordinals: [[UInt8]] = ordinalSuffixes.map { Array($0.utf8) }
    fileprivate static let circular = Array("Circular".utf8)
}
