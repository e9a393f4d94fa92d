extension Document {
    /// What breaks the model's own rules, one sentence each (empty when the document is consistent).
    ///
    /// The rules every reader of the model relies on without checking: indices point at what exists and
    /// back, UTF-8 ranges lie inside their block's text on character boundaries, lines lie inside the
    /// file, pages and anomalies are in order, display text holds no raw controls, and the views built
    /// on the model (outline, passages, page lookups) stay inside it. The fuzz harness traps on any
    /// problem and the regression tests expect none, so both hold every input to the same rules.
    public func consistencyProblems() -> [String] {
        var problems: [String] = []
        let lastLine = max(1, lineCount)
        func line(_ l: Int) -> Bool { 1 <= l && l <= lastLine }
        checkBlocks(lastLine: lastLine, into: &problems)
        for (m, marker) in markers.enumerated() {
            let at = "marker \(m) (line \(marker.line))"
            guard blocks.indices.contains(marker.block) else { problems.append("\(at): block \(marker.block) does not exist"); continue }
            let block = blocks[marker.block]
            if !Document.isRange(marker.start, marker.end, in: block.text) { problems.append("\(at): range \(marker.start)..<\(marker.end) is not in its block's text") }
            if !block.markers.contains(m) { problems.append("\(at): its block \(marker.block) does not list it") }
            if !(block.line...block.lineEnd).contains(marker.line) { problems.append("\(at): outside its block's lines \(block.line)-\(block.lineEnd)") }
            if let n = marker.note {
                if !notes.indices.contains(n) { problems.append("\(at): note \(n) does not exist") }
                else if !notes[n].markers.contains(m) { problems.append("\(at): note \(n) does not list it") }
            }
        }
        for (n, note) in notes.enumerated() {
            let at = "note \(n) (line \(note.line))"
            if !(line(note.line) && note.line <= note.lineEnd && line(note.lineEnd)) { problems.append("\(at): lines \(note.line)-\(note.lineEnd) outside the file") }
            if !blocks.indices.contains(note.block) || blocks[note.block].note != n { problems.append("\(at): block \(note.block) is not its block") }
            else if blocks[note.block].text != note.text { problems.append("\(at): its text differs from its block's") }
            for m in note.markers where !markers.indices.contains(m) || markers[m].note != n { problems.append("\(at): marker \(m) does not point back") }
            for c in note.citations where !citations.indices.contains(c) || citations[c].note != n { problems.append("\(at): citation \(c) does not point back") }
        }
        for (c, citation) in citations.enumerated() {
            let at = "citation \(c) (line \(citation.line))"
            if !line(citation.line) { problems.append("\(at): line outside the file") }
            guard blocks.indices.contains(citation.block) else { problems.append("\(at): block \(citation.block) does not exist"); continue }
            if !Document.isRange(citation.start, citation.end, in: blocks[citation.block].text) {
                problems.append("\(at): range \(citation.start)..<\(citation.end) is not in its block's text")
            }
            if let n = citation.note, !notes.indices.contains(n) || !notes[n].citations.contains(c) { problems.append("\(at): note \(n) does not list it") }
            if let p = citation.locator.page, let e = citation.locator.pageEnd, e < p { problems.append("\(at): pages \(p)-\(e) run backwards") }
        }
        checkPages(lastLine: lastLine, into: &problems)
        for a in anomalies where !line(a.line) { problems.append("anomaly at line \(a.line): outside the file") }
        if zip(anomalies, anomalies.dropFirst()).contains(where: { $0.line > $1.line }) { problems.append("anomalies out of line order") }
        checkViews(into: &problems)
        return problems
    }

    /// Blocks: lines in the file and in order, every range inside the text, indices that point back.
    private func checkBlocks(lastLine: Int, into problems: inout [String]) {
        for (b, block) in blocks.enumerated() {
            let at = "block \(b) (line \(block.line))"
            if !(1 <= block.line && block.line <= block.lineEnd && block.lineEnd <= lastLine) {
                problems.append("\(at): lines \(block.line)-\(block.lineEnd) outside the file's \(lineCount)")
            }
            if b > 0, blocks[b - 1].line > block.line { problems.append("\(at): starts before block \(b - 1)") }
            // Multi-line blocks (tables, stamps) keep their line breaks; nothing else unsafe survives.
            if let bad = block.text.unicodeScalars.first(where: { $0 != "\n" && (!Sanitizer.isSafe($0) || $0 == "\t") }) {
                problems.append("\(at): unsafe scalar U+\(String(bad.value, radix: 16, uppercase: true)) in the display text")
            }
            for s in block.styles where !Document.isRange(s.start, s.end, in: block.text) { problems.append("\(at): style \(s.start)..<\(s.end) is not in its text") }
            var previous = LineStart(offset: 0, line: block.line)
            for s in block.lineStarts {
                if !Document.isRange(previous.offset, s.offset, in: block.text) || s.line <= previous.line || s.line > block.lineEnd {
                    problems.append("\(at): line start \(s.line)@\(s.offset) out of order or outside the block")
                }
                previous = s
            }
            var offset = 0
            for s in block.pageSplits {
                if !Document.isRange(offset, s.offset, in: block.text) { problems.append("\(at): page split at \(s.offset) out of order or outside the text") }
                offset = s.offset
            }
            for m in block.markers where !markers.indices.contains(m) || markers[m].block != b { problems.append("\(at): marker \(m) does not point back") }
            if zip(block.markers, block.markers.dropFirst()).contains(where: { $0 >= $1 }) { problems.append("\(at): markers out of order") }
            if (block.kind == .note) != (block.note != nil) { problems.append("\(at): a \(block.kind.rawValue) block with note \(String(describing: block.note))") }
            if let n = block.note, !notes.indices.contains(n) || notes[n].block != b { problems.append("\(at): note \(n) does not point back") }
            if (block.kind == .table) != (block.cells != nil) { problems.append("\(at): a \(block.kind.rawValue) block with\(block.cells == nil ? "out" : "") cells") }
        }
    }

    /// Pages: numbered upwards through the file, each over blocks that exist, with a confidence in 0...1.
    private func checkPages(lastLine: Int, into problems: inout [String]) {
        for (k, page) in pages.enumerated() {
            let at = "page \(page.number)"
            if k > 0, !(pages[k - 1].number < page.number && pages[k - 1].line <= page.line) { problems.append("\(at): out of order") }
            if !(1 <= page.line && page.line <= page.lineEnd && page.lineEnd <= lastLine) { problems.append("\(at): lines \(page.line)-\(page.lineEnd) outside the file") }
            if !blocks.isEmpty, !(page.firstBlock <= page.lastBlock && page.lastBlock < blocks.count) {
                problems.append("\(at): blocks \(page.firstBlock)-\(page.lastBlock) of \(blocks.count)")
            }
            if !(0...1).contains(page.confidence) { problems.append("\(at): confidence \(page.confidence)") }
        }
    }

    /// The views readers build on the model: the outline and every marker's and citation's passage.
    private func checkViews(into problems: inout [String]) {
        let entries = outline
        for e in entries where !blocks.indices.contains(e.block) { problems.append("outline entry \"\(e.title)\": block \(e.block) does not exist") }
        if zip(entries, entries.dropFirst()).contains(where: { $0.block > $1.block }) { problems.append("outline out of block order") }
        let passages = markers.indices.map { ("marker \($0)", passage(ofMarker: $0)) } + citations.indices.map { ("citation \($0)", passage(ofCitation: $0)) }
        for (what, p) in passages {
            guard let p else { continue }
            let valid = blocks.indices.contains(p.block) && blocks.indices.contains(p.endBlock) && p.block <= p.endBlock
                && Document.isRange(p.start, p.block == p.endBlock ? p.end : p.start, in: blocks[p.block].text)
                && Document.isRange(p.block == p.endBlock ? p.start : 0, p.end, in: blocks[p.endBlock].text)
            if !valid { problems.append("\(what): passage \(p.block):\(p.start)-\(p.endBlock):\(p.end) is not in the text") }
        }
        for (b, block) in blocks.enumerated() where isPaginated {
            if page(containingLine: block.line) == nil { problems.append("block \(b): no page holds its line \(block.line)") }
        }
    }

    /// True when `start..<end` is an ordered range of UTF-8 offsets in `text` that begins and ends on scalar boundaries.
    static func isRange(_ start: Int, _ end: Int, in text: String) -> Bool {
        let utf8 = text.utf8
        guard 0 <= start, start <= end, end <= utf8.count else { return false }
        func boundary(_ k: Int) -> Bool { k == utf8.count || utf8[utf8.index(utf8.startIndex, offsetBy: k)] & 0xC0 != 0x80 }
        return boundary(start) && boundary(end)
    }
}
