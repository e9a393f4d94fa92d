extension Document {
    /// The document's outline in reading order: headings (a bare "CHAPTER II" joined to the title heading after it),
    /// appendices, bibliography and notes sections classed by their words, long runs of endnotes, and every original page.
    public var outline: [OutlineEntry] {
        var entries: [OutlineEntry] = []
        var b = 0
        while b < blocks.count {
            let block = blocks[b]
            if block.kind == .heading {
                let start = b
                var title = Document.oneLine(block.text)
                // "CHAPTER II" then "INTRODUCTION": one entry, as a table of contents prints it.
                if Document.isBareLabel(title), b + 1 < blocks.count, blocks[b + 1].kind == .heading {
                    title += " · " + Document.oneLine(blocks[b + 1].text)
                    b += 1
                }
                let kind = Document.kind(ofHeading: title, level: block.level)
                let depth = kind == .heading ? (block.level <= 1 ? 0 : 1) : 0
                entries.append(OutlineEntry(kind: kind, depth: depth, title: title, block: start, page: block.page))
            } else if block.kind == .note, blocks[..<b].last(where: { $0.kind != .rule })?.kind != .note {
                // (A rule between two notes does not start another run.)
                // Endnotes gathered in one place (not a page's few footnotes) are a section worth jumping to.
                let run = blocks[b...].prefix { $0.kind == .note || $0.kind == .rule }.filter { $0.kind == .note }.count
                if run >= Document.endnoteRun {
                    entries.append(OutlineEntry(kind: .notes, depth: 0, title: "Notes (\(run))", block: b, page: block.page))
                }
            }
            b += 1
        }
        // Pages go in by their first block, after a heading that starts the same block.
        for page in pages {
            let at = entries.firstIndex { $0.block > page.firstBlock } ?? entries.endIndex
            entries.insert(OutlineEntry(kind: .page, depth: 2, title: page.number == 0 ? "cover" : "p. \(page.number)", block: page.firstBlock,
                                        page: page.number), at: at)
        }
        return entries
    }

    /// Notes in a row that make a notes section.
    static let endnoteRun = 10

    /// The heading's text on one line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// "CHAPTER II", "Appendix B", "PART 3", "IV": a label that needs the heading after it for a title.
    static func isBareLabel(_ title: String) -> Bool {
        let words = title.split(separator: " ")
        guard let first = words.first, words.count <= 2 else { return false }
        let labels: Set<String> = ["chapter", "appendix", "part", "book", "section", "annex"]
        if words.count == 2 { return labels.contains(first.lowercased()) }
        return first.allSatisfy { "IVXLC".contains($0) } || first.allSatisfy(\.isNumber)
    }

    /// The kind of heading its words say it is.
    static func kind(ofHeading title: String, level: Int) -> OutlineEntry.Kind {
        let lower = title.lowercased()
        let first = lower.split(separator: " ").first.map(String.init) ?? ""
        switch first {
        case "chapter", "part", "book": return .chapter
        case "appendix", "annex": return .appendix
        case "bibliography", "references", "sources": return .bibliography
        case "notes", "endnotes": return .notes
        default:
            if lower.hasPrefix("works cited") || lower.hasPrefix("select bibliography") { return .bibliography }
            // A numbered top-level heading ("1 Historiography of the problem") is a chapter.
            if level <= 1, first.allSatisfy(\.isNumber), !first.isEmpty { return .chapter }
            return .heading
        }
    }
}
