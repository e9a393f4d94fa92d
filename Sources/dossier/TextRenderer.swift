import Corpus
import TerminalCore

/// Lays a document out as plain text lines: page rules, headings, wrapped paragraphs, quotations, tables.
struct TextRenderer {
    let document: Document
    let width: Int
    let furniture: Bool
    let notes: Bool

    /// The lines of the whole document, or of one page.
    func render(page only: Int?) -> [String] {
        var lines: [String] = []
        var currentPage: Int?
        var previousKind: BlockKind?
        for block in document.blocks {
            if let only, block.page != only, !block.pageSplits.contains(where: { $0.page == only }) { continue }
            switch block.kind {
            case .rule: continue
            case .furniture where !furniture: continue
            case .note where !notes: continue
            default: break
            }
            if document.isPaginated, let p = block.page, p != currentPage, block.kind != .note, block.kind != .furniture || furniture {
                if only == nil || p == only { lines.append(""); lines.append(pageRule(p)); lines.append("") }
                currentPage = p
            }
            if block.kind == .listItem, previousKind == .listItem, lines.last == "" { lines.removeLast() }
            lines += render(block)
            if let last = block.pageSplits.last { currentPage = last.page }
            lines.append("")
            previousKind = block.kind
        }
        while lines.last == "" { lines.removeLast() }
        while lines.first == "" { lines.removeFirst() }
        return lines
    }

    func pageRule(_ p: Int) -> String {
        let label = p == 0 ? " cover (p. 0) " : " p. \(p) "
        let side = max(2, (min(width, 72) - label.count) / 2)
        return String(repeating: "─", count: side) + label + String(repeating: "─", count: side)
    }

    /// The text with "⟨p. N⟩" where a page starts inside a rejoined paragraph.
    private func textWithSplits(_ block: Block) -> String {
        guard !block.pageSplits.isEmpty else { return block.text }
        var out = ""
        var utf8 = Array(block.text.utf8)[...]
        var consumed = 0
        for split in block.pageSplits {
            let head = utf8.prefix(split.offset - consumed)
            out += String(decoding: head, as: UTF8.self) + "⟨p. \(split.page)⟩ "
            utf8 = utf8.dropFirst(head.count)
            consumed = split.offset
        }
        return out + String(decoding: utf8, as: UTF8.self)
    }

    private func render(_ block: Block) -> [String] {
        switch block.kind {
        case .heading:
            return TextWrap.wrap(block.text, width: width)
        case .paragraph:
            return TextWrap.wrap(textWithSplits(block), width: width)
        case .quotation:
            return TextWrap.wrap(textWithSplits(block), width: max(10, width - 8)).map { "    " + $0 }
        case .listItem:
            let indent = String(repeating: "  ", count: block.level)
            let wrapped = TextWrap.wrap(textWithSplits(block), width: max(10, width - indent.count - 2))
            return wrapped.enumerated().map { i, l in indent + (i == 0 ? "- " : "  ") + l }
        case .caption:
            return TextWrap.wrap(block.text, width: max(10, width - 2)).map { "  " + $0 }
        case .table:
            return table(block.cells ?? [])
        case .note:
            return TextWrap.wrap(block.text, width: max(10, width - 4)).map { "    " + $0 }
        case .furniture:
            return TextWrap.wrap("[\(block.furniture?.rawValue ?? "furniture"): \(block.text.split(separator: "\n").joined(separator: " / "))]", width: width)
        case .rule:
            return []
        }
    }

    /// Columns aligned by display width; a row wider than the page is clipped with "…".
    private func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        return rows.map { row in
            let line = row.enumerated().map { i, c in TextWrap.pad(c, width: widths[i]) }.joined(separator: "  ")
            let trimmed = String(line.reversed().drop(while: { $0 == " " }).reversed())
            return DisplayWidth.of(trimmed) > width ? TextWrap.truncate(trimmed, width: width) : trimmed
        }
    }
}
