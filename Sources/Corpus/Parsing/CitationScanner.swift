/// Finds archive citations in notes and running text, normalising ids and marking every OCR correction.
enum CitationScanner {
    /// A citation found in one piece of text, before it is placed in the document.
    struct Found {
        var kind: CitationKind
        var id: String
        var raw: String
        var correction: String?
        var range: Range<String.Index>
        var locator = Locator()
        var date: String?
        var route: String?
        var via: String?
    }

    /// True when the text holds at least one archive citation.
    static func containsCitation(_ text: String) -> Bool { !find(in: text, inNote: true).isEmpty }

    /// Scans every note and reading block of a document.
    static func scan(_ doc: inout Document, lines: [Substring] = []) {
        var citations: [Citation] = []
        // Finding is per block and independent: spread it over the cores for a long document.
        // By index: a closure taking each Block copied it (its arrays retained) to read two fields.
        let blocks = doc.blocks
        let foundByBlock = (0..<blocks.count).parallelMap { b in
            blocks[b].kind == .note || blocks[b].isReadingText ? find(in: blocks[b].text, inNote: blocks[b].kind == .note) : []
        }
        citations.reserveCapacity(foundByBlock.reduce(0) { $0 + $1.count })  // exact: no doubling slack kept
        for (b, block) in doc.blocks.enumerated() {
            let inNote = block.kind == .note
            guard inNote || block.isReadingText else { continue }
            var found = foundByBlock[b]
            if inNote, let n = block.note, let printed = doc.notes[n].printedLabel, let k = found.firstIndex(where: { $0.kind == .intercept }) {
                found[k].raw = printed
                found[k].correction = "note label \(doc.notes[n].label) fused with \"H\" read as \"4\""
            }
            for f in found {
                let line = sourceLine(of: f.raw, in: lines, from: block.line, to: block.lineEnd) ?? block.line
                var c = Citation(kind: f.kind, id: f.id, raw: f.raw, correction: f.correction, date: f.date, route: f.route,
                                 locator: f.locator, via: f.via, note: block.note, block: b, line: line,
                                 page: doc.page(containingLine: line) ?? block.page)
                c.start = block.text.utf8.distance(from: block.text.startIndex, to: f.range.lowerBound)
                c.end = block.text.utf8.distance(from: block.text.startIndex, to: f.range.upperBound)
                if let n = block.note { doc.notes[n].citations.append(citations.count) }
                citations.append(c)
            }
        }
        doc.citations = citations
        WorkResolver.resolve(&doc)
    }

    /// The source line holding a raw citation, searched within a block's lines.
    private static func sourceLine(of raw: String, in lines: [Substring], from: Int, to: Int) -> Int? {
        guard !lines.isEmpty, from >= 1, to <= lines.count else { return nil }
        let probe = String(raw.prefix(12))
        for l in from...to where lines[l - 1].includes(probe) { return l }
        return nil
    }

    // MARK: - Finding

    static func find(in text: String, inNote: Bool) -> [Found] {
        // Cheap byte triggers first: most running text cites nothing, and regexes are costly.
        var hasIntercept = false, hasSeries = false, hasHash = false, hasDip = false, hasSpec = false, hasPSIS = false
        // Every block of every document passes here: one table lookup per byte picks out the few bytes
        // a trigger can turn on ("-", "#", "D", "P", "S"), and each is checked against its neighbours.
        var bytesOfText = text
        let triggers = triggerBytes
        bytesOfText.withUTF8 { bytes in
            let n = bytes.count
            for j in 0..<n where triggers[Int(bytes[j])] {
                switch bytes[j] {
                case 0x2D:  // "-" before a digit, after H (E F R in notes), or S D E M for series
                    guard j + 1 < n, bytes[j + 1] >= 0x30, bytes[j + 1] <= 0x39 else { break }
                    let before: UInt8 = j >= 1 ? bytes[j - 1] : 0
                    if before == 0x48 || (inNote && (before == 0x45 || before == 0x46 || before == 0x52)) { hasIntercept = true }
                    if before == 0x48 || before == 0x53 || before == 0x44 || before == 0x45 || before == 0x4D { hasSeries = true }
                case 0x23: hasHash = true
                case 0x44:  // "Dip", "DS"
                    if j + 1 < n, bytes[j + 1] == 0x53 { hasDip = true }
                    if j + 2 < n, bytes[j + 1] == 0x69, bytes[j + 2] == 0x70 { hasDip = true }
                case 0x50:  // "PSI"
                    if j + 2 < n, bytes[j + 1] == 0x53, bytes[j + 2] == 0x49 { hasPSIS = true }
                default:  // "S": "Spec."
                    if j + 4 < n, bytes[j + 1] == 0x70, bytes[j + 2] == 0x65, bytes[j + 3] == 0x63, bytes[j + 4] == 0x2E { hasSpec = true }
                }
            }
        }
        // A missing hyphen ("H186243") only matters in notes.
        let hasBareH = inNote && text.utf8.contains(0x48)
        guard hasIntercept || hasSeries || hasHash || hasDip || hasSpec || hasPSIS || hasBareH else { return [] }
        var found: [Found] = []
        if hasIntercept || hasBareH { findIntercepts(text, inNote: inNote, into: &found) }
        if hasDip || hasHash { findDiplomatic(text, into: &found) }
        if hasSeries || hasSpec || hasPSIS { findSeries(text, into: &found) }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        attachDatesAndRoutes(text, &found)
        return found
    }

    /// The bytes that can open a trigger in `find`: "-", "#", "D", "P", "S".
    private static let triggerBytes: [Bool] = (0..<256).map { [0x2D, 0x23, 0x44, 0x50, 0x53].contains($0) }

    /// Matches of an anchored pattern tried only where its first byte occurs: a byte scan finds the
    /// few candidate starts, so the regex engine never walks the whole text.
    private static func anchored<Output>(_ text: String, _ regex: Regex<Output>, at first: (UInt8) -> Bool) -> [Regex<Output>.Match] {
        anchored(text, regex, starts: { bytes, k in first(bytes[k]) })
    }

    /// Matches of an anchored pattern tried only where its opening bytes occur ("SRH-", "Dip").
    private static func anchored<Output>(_ text: String, _ regex: Regex<Output>, prefixes: [StaticString]) -> [Regex<Output>.Match] {
        // A text holding none of the openings is passed over by a tight byte search, not a test per byte.
        guard prefixes.contains(where: { text.includes($0.description) }) else { return [] }
        return anchored(text, regex, starts: { bytes, k in
            for p in prefixes {
                let n = p.utf8CodeUnitCount
                guard k + n <= bytes.count else { continue }
                let q = p.utf8Start
                var j = 0
                while j < n, bytes[k + j] == q[j] { j += 1 }
                if j == n { return true }
            }
            return false
        })
    }

    /// Reads the text's bytes in place (no copy per pattern) and maps only candidate offsets to indices.
    private static func anchored<Output>(_ text: String, _ regex: Regex<Output>,
                                         starts: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> [Regex<Output>.Match] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> [Regex<Output>.Match] in
            var result: [Regex<Output>.Match] = []
            var resume = utf8.startIndex
            for k in 0..<bytes.count where starts(bytes, k) {
                let i = utf8.index(utf8.startIndex, offsetBy: k)
                if i >= resume, let m = text[i...].prefixMatch(of: regex) {
                    result.append(m)
                    if m.range.upperBound > i { resume = m.range.upperBound }
                }
            }
            return result
        }!
    }

    private static func precededByWordOrHyphen(_ text: String, _ i: String.Index) -> Bool {
        guard i > text.startIndex else { return false }
        let c = text[text.index(before: i)]
        return c.isLetter || c.isNumber || c == "-" || c == "#" || c == "/" || c == ":"
    }

    private static func findIntercepts(_ text: String, inNote: Bool, into found: inout [Found]) {
        var sawIntercept = false
        for m in anchored(text, Rx.findIntercepts1, starts: { b, k in
            // H-, E-, F-, R- or a letter straight before digits ("H186243")
            let c = b[k]
            guard c == 0x48 || c == 0x45 || c == 0x46 || c == 0x52, k + 1 < b.count else { return false }
            return b[k + 1] == 0x2D || (b[k + 1] >= 0x30 && b[k + 1] <= 0x39)
        }) {
            let r = m.range
            guard !precededByWordOrHyphen(text, r.lowerBound) else { continue }
            if r.upperBound < text.endIndex, text[r.upperBound].isNumber { continue }
            let out = m.output  // built anew on every access: once per match
            let letter = out.1, hyphen = out.2, digits = String(out.3)
            if !inNote, letter != "H" { continue }
            var rules: [String] = []
            if letter != "H" { rules.append("prefix \"\(letter)\" read as \"H\"") }
            if hyphen.isEmpty { rules.append("missing hyphen") }
            let raw = String(text[r])
            found.append(Found(kind: .intercept, id: "H-\(digits)", raw: raw,
                               correction: rules.isEmpty ? nil : rules.joined(separator: "; "), range: r))
            sawIntercept = true
            if let suffix = out.4, digits.count == 6 {
                let second = String(digits.prefix(4)) + suffix
                found.append(Found(kind: .intercept, id: "H-\(second)", raw: raw,
                                   correction: "\"\(digits)/\(suffix)\" read as two intercepts", range: r))
            }
        }
        guard inNote, sawIntercept else { return }
        // Bare numbers continuing a list of intercepts ("& 180137", "; 183394").
        let firstIntercept = found.filter { $0.kind == .intercept }.map(\.range.lowerBound).min()!
        for m in anchored(text, Rx.findIntercepts2, at: { $0 == 0x26 || $0 == 0x3B || $0 == 0x2C || $0 == 0x61 }) {
            let out = m.output  // built anew on every access: once per match
            let numRange = out.2.startIndex..<(out.3?.endIndex ?? out.2.endIndex)
            guard numRange.lowerBound > firstIntercept else { continue }
            if numRange.upperBound < text.endIndex, "/-".contains(text[numRange.upperBound]) { continue }
            guard !found.contains(where: { $0.range.overlaps(numRange) }) else { continue }
            let digits = String(out.2)
            let raw = String(text[numRange])
            found.append(Found(kind: .intercept, id: "H-\(digits)", raw: raw,
                               correction: "bare number continuing a list of intercepts", range: numRange))
            if let suffix = out.3 {
                found.append(Found(kind: .intercept, id: "H-\(digits.prefix(4))\(suffix)", raw: raw,
                                   correction: "\"\(raw)\" read as two intercepts", range: numRange))
            }
        }
    }

    private static func findDiplomatic(_ text: String, into found: inout [Found]) {
        var firstDS: String.Index?
        for m in anchored(text, Rx.findDiplomatic1, prefixes: ["DS"]) {
            guard !precededByWordOrHyphen(text, m.range.lowerBound) else { continue }
            let out = m.output  // built anew on every access: once per match
            found.append(Found(kind: .diplomaticSummary, id: "DS-\(out.1)", raw: String(text[m.range]), range: m.range))
            firstDS = min(firstDS ?? m.range.lowerBound, m.range.lowerBound)
        }
        for m in anchored(text, Rx.findDiplomatic2, prefixes: ["Dip"]) {
            let out = m.output  // built anew on every access: once per match
            let raw = String(text[m.range])
            if let n = out.1 {
                found.append(Found(kind: .diplomaticSummary, id: "DS-\(n)", raw: raw, range: m.range))
            } else if let n = out.3 {
                found.append(Found(kind: .diplomaticSummary, id: "DS-\(n)", raw: raw,
                                   correction: "\"#\" read as \"9\"", range: m.range))
            }
            firstDS = min(firstDS ?? m.range.lowerBound, m.range.lowerBound)
        }
        guard let first = firstDS else { return }
        for m in anchored(text, Rx.findDiplomatic3, at: { $0 == 0x23 }) where m.range.lowerBound > first {
            guard !found.contains(where: { $0.range.overlaps(m.range) }) else { continue }
            let out = m.output  // built anew on every access: once per match
            found.append(Found(kind: .diplomaticSummary, id: "DS-\(out.1)", raw: String(text[m.range]),
                               correction: nil, range: m.range))
        }
    }

    private static func findSeries(_ text: String, into found: inout [Found]) {
        for m in anchored(text, Rx.findSeries1, prefixes: ["SRH-"]) {
            let out = m.output  // built anew on every access: once per match
            var f = Found(kind: .srh, id: ArchiveID.numbered("SRH", out.1), raw: String(text[m.range]), range: m.range)
            f.locator = locator(text, after: m.range.upperBound)
            found.append(f)
        }
        for m in anchored(text, Rx.findSeries2, prefixes: ["SRS-"]) {
            let out = m.output  // built anew on every access: once per match
            var f = Found(kind: .magicSummary, id: ArchiveID.numbered("SRS", out.1), raw: String(text[m.range]), range: m.range)
            f.locator = locator(text, after: m.range.upperBound)
            found.append(f)
        }
        for m in anchored(text, Rx.findSeries3, prefixes: ["PSIS"]) {
            let out = m.output  // built anew on every access: once per match
            var f = Found(kind: .psis, id: "PSIS \(out.1)-\(out.2)", raw: String(text[m.range]), range: m.range)
            f.locator = locator(text, after: m.range.upperBound)
            found.append(f)
        }
        for m in anchored(text, Rx.findSeries4, prefixes: ["D-", "JE-", "SJM-"]) {
            guard !precededByWordOrHyphen(text, m.range.lowerBound) else { continue }
            found.append(Found(kind: .otherSeries, id: String(text[m.range]), raw: String(text[m.range]), range: m.range))
        }
        for m in anchored(text, Rx.findSeries5, prefixes: ["Spec."]) {
            let out = m.output  // built anew on every access: once per match
            found.append(Found(kind: .otherSeries, id: "Spec. \(out.1)", raw: String(text[m.range]), range: m.range))
            if let second = out.2 {
                found.append(Found(kind: .otherSeries, id: "Spec. \(second)", raw: String(text[m.range]), range: m.range))
            }
        }
    }

    /// Pages, reel and frames after an archive id: ", p. 4, reel 9, fr. 0699".
    static func locator(_ text: String, after i: String.Index) -> Locator {
        var loc = Locator()
        var rest = text[i...]
        while mayOpenLocator(rest), let m = rest.prefixMatch(of: Rx.locator1) {
            let out = m.output  // built anew on every access: once per match
            if let p = out.1 {
                if loc.pages == nil {
                    loc.pages = String(p)
                    let numbers = pageNumbers(p)
                    if let first = numbers.first {
                        loc.page = first
                        let isRange = p.contains("-") || p.contains("–")
                        if isRange, numbers.count >= 2 {
                            var end = numbers[1]
                            if end < first { end = expandAbbreviated(first, end) }
                            // A range that still runs backwards ("9-1") cannot be read: its first page alone,
                            // since readers build first...last from it.
                            loc.pageEnd = max(end, first)
                        } else {
                            loc.pageEnd = first
                        }
                    }
                }
            } else if let reel = out.2 {
                loc.reel = String(reel)
            } else if let fr = out.3 {
                loc.frames = String(fr)
            }
            rest = rest[m.range.upperBound...]
        }
        return loc
    }

    /// False when no locator can start here: after an optional comma and ASCII spacing, every locator
    /// opens with "p", "r" or "f" (anything not ASCII is left to the regex). Most ids have none.
    private static func mayOpenLocator(_ rest: Substring) -> Bool {
        let u = rest.utf8
        var j = u.startIndex
        if j != u.endIndex, u[j] == 0x2C { j = u.index(after: j) }
        while j != u.endIndex, u[j] == 0x20 || (u[j] >= 0x09 && u[j] <= 0x0D) { j = u.index(after: j) }
        guard j != u.endIndex else { return false }
        let b = u[j]
        return b >= 0x80 || b == 0x70 || b == 0x72 || b == 0x66
    }

    /// The numbers of a pages locator: `Rx.locator2` (`\d+`) matches read as Ints, by hand when ASCII.
    /// A run of more than `LinePatterns.maxDigits` digits is none: expanding an abbreviated range end
    /// multiplies by ten per digit, which must not overflow.
    private static func pageNumbers(_ p: Substring) -> [Int] {
        guard p.utf8.allSatisfy({ $0 < 0x80 }) else {
            return p.matches(of: Rx.locator2).compactMap { $0.output.count <= LinePatterns.maxDigits ? Int($0.output) : nil }
        }
        var numbers: [Int] = []
        var i = p.startIndex
        while i < p.endIndex {
            guard p.utf8[i] >= 0x30, p.utf8[i] <= 0x39 else { i = p.utf8.index(after: i); continue }
            var j = i
            while j < p.endIndex, p.utf8[j] >= 0x30, p.utf8[j] <= 0x39 { j = p.utf8.index(after: j) }
            if p.utf8.distance(from: i, to: j) <= LinePatterns.maxDigits, let n = Int(p[i..<j]) { numbers.append(n) }
            i = j
        }
        return numbers
    }

    /// "138-39" means 138 to 139.
    private static func expandAbbreviated(_ first: Int, _ end: Int) -> Int {
        let digits = String(end).count
        var mod = 1
        for _ in 0..<digits { mod *= 10 }
        let candidate = first - first % mod + end
        return candidate >= first ? candidate : end
    }

    /// A route without the sentence's closing period ("Stockholm-Tokyo." → "Stockholm-Tokyo").
    private static func trimRoute(_ s: Substring) -> String {
        s.trimmingScalars { $0 == "." || $0 == " " }
    }

    /// Date and route after each id; ids in one `;`-segment without a route share the segment's,
    /// and a trailing "all Stockholm-Tokyo" applies to every intercept before it.
    private static func attachDatesAndRoutes(_ text: String, _ found: inout [Found]) {
        for k in found.indices where [.intercept, .diplomaticSummary, .otherSeries].contains(found[k].kind) {
            // The tail runs to the next id that starts after this one ("182854/55" is two ids, one text).
            let end = found[(k + 1)...].first { $0.range.lowerBound >= found[k].range.upperBound }?.range.lowerBound ?? text.endIndex
            guard found[k].range.upperBound < end else { continue }
            // Date and route follow the id closely; a long discursive tail is not searched.
            var tail = text[found[k].range.upperBound..<end].prefix(64)
            if let semi = tail.firstIndex(of: ";") { tail = tail[..<semi] }
            found[k].date = CitationTail.date(in: tail)
            found[k].route = CitationTail.route(in: tail)
        }
        // Share routes inside a segment.
        var segStart = 0
        for k in found.indices {
            let isLast = k + 1 == found.count || found[k].range.upperBound < found[k + 1].range.lowerBound
                && text[found[k].range.upperBound..<found[k + 1].range.lowerBound].foundationContains(";")
            guard isLast else { continue }
            if let route = found[segStart...k].last(where: { $0.route != nil })?.route {
                for j in segStart...k where found[j].route == nil && found[j].kind == .intercept { found[j].route = route }
            }
            segStart = k + 1
        }
        // The pattern opens with "--", an em dash or an en dash: without one there is nothing to search.
        if text.includes(" all "), text.includes("--") || text.includes("\u{2014}") || text.includes("\u{2013}"),
           let all = text.firstMatch(of: Rx.attachDatesAndRoutes3) {
            for j in found.indices where found[j].kind == .intercept && found[j].range.lowerBound < all.range.lowerBound {
                found[j].route = trimRoute(all.output.1)
            }
        }
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let findIntercepts1 = #/([HEFR])(-?)(\d{5,6})(?:/(\d{2}))?/#
    nonisolated(unsafe) static let findIntercepts2 = #/(&|;|,|and)\s+(\d{6})(?:/(\d{2}))?\b/#
    nonisolated(unsafe) static let findDiplomatic1 = #/DS\s?-?\s?#\s?(\d{3,4})\b/#
    nonisolated(unsafe) static let findDiplomatic2 = #/Dip\.?\s?Sum(?:mary|\.)?\s?(?:#\s?(\d{3,4})\b|(9)(\d{4})\b)/#
    nonisolated(unsafe) static let findDiplomatic3 = #/#\s?(\d{3,4})\b/#
    nonisolated(unsafe) static let findSeries1 = #/SRH-(\d{3})\b/#
    nonisolated(unsafe) static let findSeries2 = #/SRS-(\d{3,4})\b/#
    nonisolated(unsafe) static let findSeries3 = #/PSIS\s?(\d{3})\s?-\s?(\d{1,3})\b/#
    nonisolated(unsafe) static let findSeries4 = #/(?:D-\d{4,5}|JE-\d:\d{4}-[A-Z]|SJM-\d{4})\b/#
    nonisolated(unsafe) static let findSeries5 = #/Spec\.\s?(\d{3})(?:\s+and\s+(\d{3}))?/#
    nonisolated(unsafe) static let locator1 = #/,?\s*(?:(pp?\.\s*[A-Z]?\d+n?(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?(?!\s*[A-Za-z]{3}))*)|reel\s+(\d+)|(frs?\.\s*\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+)*)|(part\s+\d+))/#
    nonisolated(unsafe) static let locator2 = #/\d+/#
    nonisolated(unsafe) static let attachDatesAndRoutes3 = #/(?:--|—|–)\s*all\s+([A-Z][A-Za-z.]+(?:-[A-Z][A-Za-z.]+)+)/#
}
