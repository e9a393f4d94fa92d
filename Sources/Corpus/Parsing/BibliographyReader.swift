/// Reads the bibliography section of a document: works by author, and archive listings.
enum BibliographyReader {
    /// Blocks from a "Bibliography" heading to the next chapter-level heading that is not part of it.
    static func section(_ doc: Document) -> ArraySlice<Block> {
        // Indices, not elements: each element passed to a closure was a Block copied (its arrays retained).
        guard let start = doc.blocks.indices.first(where: { doc.blocks[$0].kind == .heading && doc.blocks[$0].text.lowercased().hasPrefix("bibliography") })
        else { return [] }
        var end = doc.blocks.count
        for i in (start + 1)..<doc.blocks.count where doc.blocks[i].kind == .heading && doc.blocks[i].level == 1 {
            end = i; break
        }
        return doc.blocks[(start + 1)..<end]
    }

    static func entries(_ doc: Document) -> [BibliographyEntry] {
        var result: [BibliographyEntry] = []
        var previousAuthor: (String, String)?
        for block in section(doc) where block.kind == .paragraph || block.kind == .listItem {
            var text = Substring(block.text)
            if text.utf8.first == 0x53, text.firstMatch(of: Rx.entries1) != nil { continue }  // both branches open with "S"
            var author: (String, String)?
            if let m = text.prefixMatch(of: Rx.entries2) {
                author = previousAuthor
                text = text[m.range.upperBound...]
            } else if let a = authorPart(text) {
                author = (a.surname, a.author)
                text = text[a.end...]
            }
            guard let (surname, full) = author else { continue }
            previousAuthor = author
            let title = titlePart(text)
            guard !title.isEmpty else { continue }
            let volume = text.firstMatch(of: Rx.entries3).map { String($0.output.1) }
            result.append(BibliographyEntry(surname: surname, author: full, title: title, volume: volume, text: block.text, line: block.line))
        }
        return result
    }

    /// "Surname, Given I." up to the period that ends the author.
    private static func authorPart(_ text: Substring) -> (surname: String, author: String, end: Substring.Index)? {
        // The author ends at the first comma ("Grew, Joseph C.") or period ("Department of State.").
        let firstComma = text.firstIndex(of: ","), firstPeriod = text.firstIndex(of: ".")
        guard let comma = [firstComma, firstPeriod].compactMap({ $0 }).min() else { return nil }
        let surname = String(text[..<comma])
        guard surname.count <= 40, surname.first?.isUppercase == true else { return nil }
        if text[comma] == "." {
            // Corporate author: "Department of State. Title..."
            return (surname, surname, text.index(after: comma))
        }
        var i = text.index(after: comma)
        // Walk tokens until one ends with "." and is not an initial followed by another initial.
        let tokens = text[i...].split(separator: " ", omittingEmptySubsequences: true)
        for (k, tok) in tokens.enumerated() {
            if tok.hasSuffix(".") {
                let isInitial = tok.count == 2 && tok.first!.isUppercase
                let nextIsInitial = k + 1 < tokens.count && tokens[k + 1].count == 2 && tokens[k + 1].hasSuffix(".")
                if !(isInitial && nextIsInitial) {
                    i = tok.endIndex
                    return (surname, text[..<i].trimmingWhitespaces(), i)
                }
            }
            if k > 6 { break }
        }
        return nil
    }

    /// The quoted title, or the text up to the next sentence period.
    private static func titlePart(_ text: Substring) -> String {
        let t = text.drop(while: { $0 == " " })
        if let f = t.first, f == "\"" || f == "“" {
            let rest = t.dropFirst()
            if let close = rest.firstIndex(where: { $0 == "\"" || $0 == "”" }) {
                return rest[..<close].trimmingScalars { $0 == " " || $0 == "." || $0 == "," }
            }
        }
        // The title ends at the first ". " before a capital or a digit.
        var i = t.startIndex
        while let dot = t[i...].firstIndex(of: ".") {
            let next = t.index(after: dot)
            if next < t.endIndex, t[next] == " " {
                let after = t[next...].drop(while: { $0 == " " })
                if let c = after.first, c.isUppercase || c.isNumber { return String(t[..<dot]) }
            }
            i = next
        }
        return t.trimmingScalars { $0 == " " || $0 == "." }
    }

    /// Archive items listed in the bibliography: "SRH-078 Title, date."
    static func listings(_ doc: Document) -> [ArchiveListing] {
        var result: [ArchiveListing] = []
        for block in section(doc) where block.kind == .paragraph || block.kind == .listItem {
            let text = block.text
            guard text.includes("SRH-") || text.includes("SRS-") else { continue }
            let ids = Array(text.matches(of: Rx.listings1))
            for (k, m) in ids.enumerated() {
                let end = k + 1 < ids.count ? ids[k + 1].range.lowerBound : text.endIndex
                var body = text[m.range.upperBound..<end].trimmingWhitespaces()
                if body.hasSuffix(".") { body.removeLast() }
                var title = body, dateText: String?
                if let comma = body.range(of: ", ", options: .backwards), body[comma.upperBound...].contains(where: \.isNumber),
                   !body[comma.upperBound...].contains(":") {
                    title = String(body[..<comma.lowerBound])
                    dateText = String(body[comma.upperBound...])
                }
                let out = m.output
                result.append(ArchiveListing(id: ArchiveID.numbered(String(out.1), out.2), title: title, dateText: dateText,
                                             date: dateText.flatMap(DateParser.span), file: doc.file, line: block.line))
            }
        }
        return result
    }
}

import Foundation

/// Regexes compiled once: building a regex literal per call costs a hundred times its match.
/// `Regex` is not `Sendable`, but its lazily compiled program is initialised atomically and
/// never mutated after, so sharing across the parallel parse is safe.
private enum Rx {
    nonisolated(unsafe) static let entries1 = #/^S R [HS]|^SR[HS]-\d/#
    nonisolated(unsafe) static let entries2 = #/_{2,}\.?\s*|\.\s+/#
    nonisolated(unsafe) static let entries3 = #/Vol\.\s*(\d+)/#
    nonisolated(unsafe) static let listings1 = #/\b(SR[HS])-(\d{3,4})\s+/#
}
