/// Turns classified units into blocks, notes and markers, rejoining prose split by page breaks.
struct BlockBuilder {
    let units: [Unit]
    private(set) var blocks: [Block] = []
    private(set) var notes: [Note] = []
    private(set) var markers: [Marker] = []

    /// First line and labels of each foot, in order, for deciding whether a plain number is a marker.
    private let feet: [(firstLine: Int, labels: Set<String>)]

    init(units: [Unit]) {
        self.units = units
        var feet: [Int: (Int, Set<String>)] = [:]
        for u in units {
            guard let f = u.foot else { continue }
            var entry = feet[f] ?? (u.firstLine, [])
            switch u.role {
            case .note(let s): entry.1.insert(s.label)
            case .fusedNote(let label, _): entry.1.insert(label)
            default: break
            }
            entry.0 = min(entry.0, u.firstLine)
            feet[f] = entry
        }
        self.feet = feet.keys.sorted().map { (feet[$0]!.0, feet[$0]!.1) }
    }

    /// Labels of the first foot after a line.
    private func nextFootLabels(after line: Int) -> Set<String> {
        let k = feet.firstIndex(whereKey: \.firstLine, exceeds: line)
        return k < feet.count ? feet[k].labels : []
    }

    mutating func build() {
        var lastProse: Int?
        var lastNoteOfFoot: [Int: Int] = [:]
        // Markup is read per unit and independently: spread it over the cores for a long document.
        let feet = self.feet
        let inlines = units.parallelMap { u -> InlineText? in
            guard u.textKind != nil else { return nil }
            let k = feet.firstIndex(whereKey: \.firstLine, exceeds: u.lastLine)
            let labels = k < feet.count ? feet[k].labels : []
            return InlineMarkup(acceptsPlainLabel: { labels.contains($0) }).parse(u.content)
        }
        // Room for every block, note and marker at once: arrays grown by doubling keep up to half their
        // storage unused for as long as the model lives (and leave the outgrown copies behind).
        blocks.reserveCapacity(units.count)
        notes.reserveCapacity(units.reduce(0) { n, u in
            switch u.role { case .note, .fusedNote: return n + 1; default: return n }
        })
        markers.reserveCapacity(inlines.reduce(0) { $0 + ($1?.markers.count ?? 0) })
        for (k, u) in units.enumerated() {
            switch u.role {
            case .text(let kind):
                let inline = inlines[k]!
                if u.isJoinableProse, let a = lastProse, !LinePatterns.endsSentence(blocks[a].text),
                   u.startsLowercase || LinePatterns.endsInWordHyphen(blocks[a].text) {
                    join(inline, from: u, into: a)
                    continue
                }
                var block = Block(kind: kind, text: inline.text, line: u.firstLine, lineEnd: u.lastLine)
                block.page = u.page
                block.level = u.level
                block.styles = inline.styles
                block.lineStarts = LineStart.following(inline.lineStarts, firstLine: u.firstLine)
                if kind == .table {
                    block.cells = u.lines.map { line in line.split(separator: "\t", omittingEmptySubsequences: false).map { LinePatterns.bare($0) }.map(Sanitizer.clean) }
                    block.text = block.cells!.map { $0.joined(separator: "  ") }.joined(separator: "\n")
                    block.styles = []
                    block.lineStarts = LineStart.ofNewlines(in: block.text, firstLine: u.firstLine)
                }
                append(block, markers: kind == .table ? [] : inline.markers, unit: u)
                lastProse = u.isJoinableProse ? blocks.count - 1 : nil
            case .note(let start):
                addNote(label: start.label, printed: nil, text: u.content, unit: u)
                lastNoteOfFoot[u.foot!] = notes.count - 1
            case .fusedNote(let label, let number):
                var content = u.content
                content = content.drop(while: { $0 == " " })
                let printed = String(content.prefix(while: { $0 != "," && $0 != " " && $0 != ";" }))
                let rest = content.dropFirst(printed.count)
                addNote(label: label, printed: printed, text: Substring("H-\(number)" + rest), unit: u)
                lastNoteOfFoot[u.foot!] = notes.count - 1
            case .noteContinuation:
                guard let f = u.foot, let n = lastNoteOfFoot[f] else { continue }
                let more = InlineMarkup().parse(u.content)
                notes[n].text = LinePatterns.joinAcrossBreak(notes[n].text, more.text)
                let shift = notes[n].text.utf8.count - more.text.utf8.count
                blocks[notes[n].block].lineStarts += [LineStart(offset: shift, line: u.firstLine)]
                    + LineStart.following(more.lineStarts, firstLine: u.firstLine).map { LineStart(offset: $0.offset + shift, line: $0.line) }
                notes[n].lineEnd = max(notes[n].lineEnd, u.lastLine)
                blocks[notes[n].block].text = notes[n].text
                blocks[notes[n].block].lineEnd = notes[n].lineEnd
            case .rule:
                var b = Block(kind: .rule, text: "", line: u.firstLine, lineEnd: u.lastLine)
                b.page = u.page
                blocks.append(b)
            case .furniture(let kind):
                var b = Block(kind: .furniture, text: u.lines.map { Sanitizer.clean(LinePatterns.bare($0)) }.joined(separator: "\n"),
                              line: u.firstLine, lineEnd: u.lastLine)
                b.furniture = kind
                b.page = u.page
                b.lineStarts = LineStart.ofNewlines(in: b.text, firstLine: u.firstLine)
                blocks.append(b)
            }
            if !u.isJoinableProse, u.textKind == .heading { lastProse = nil }
        }
    }

    private mutating func addNote(label: String, printed: String?, text: Substring, unit u: Unit) {
        let parsed = InlineMarkup().parse(text)
        var block = Block(kind: .note, text: parsed.text, line: u.firstLine, lineEnd: u.lastLine)
        block.page = u.page
        block.styles = parsed.styles
        block.lineStarts = LineStart.following(parsed.lineStarts, firstLine: u.firstLine)
        block.note = notes.count
        blocks.append(block)
        notes.append(Note(label: label, printedLabel: printed, text: parsed.text, line: u.firstLine, lineEnd: u.lastLine,
                          page: u.page, block: blocks.count - 1, foot: u.foot ?? 0, scope: u.scope))
    }

    private mutating func append(_ block: Block, markers inline: [InlineMarker], unit u: Unit) {
        blocks.append(block)
        addMarkers(inline, unit: u, block: blocks.count - 1, shift: 0)
    }

    private mutating func addMarkers(_ inline: [InlineMarker], unit u: Unit, block: Int, shift: Int) {
        guard !inline.isEmpty else { return }
        // Line of each marker: the unit's first line plus the newlines before it, counted in one pass
        // (markers come in source order).
        var scalars = u.content.unicodeScalars.makeIterator()
        var counted = 0, newlines = 0
        for m in inline {
            let upTo = max(m.sourceIndex, counted)
            while counted < upTo, let s = scalars.next() {
                if s == "\n" { newlines += 1 }
                counted += 1
            }
            let line = u.firstLine + newlines
            blocks[block].markers.append(markers.count)
            markers.append(Marker(label: m.label, printed: m.printed, convention: m.convention, block: block,
                                  start: m.start + shift, end: m.end + shift, line: line, page: u.page, scope: u.scope))
        }
    }

    /// Appends a continuation to an earlier block, recording the page that starts inside it.
    private mutating func join(_ inline: InlineText, from u: Unit, into a: Int) {
        let before = blocks[a].text
        let joined = LinePatterns.joinAcrossBreak(before, inline.text)
        let shift = joined.utf8.count - inline.text.utf8.count
        let lastPage = blocks[a].pageSplits.last?.page ?? blocks[a].page
        if let p = u.page, p != lastPage { blocks[a].pageSplits.append(PageSplit(offset: shift, page: p)) }
        blocks[a].text = joined
        blocks[a].lineEnd = u.lastLine
        blocks[a].lineStarts += [LineStart(offset: shift, line: u.firstLine)]
            + LineStart.following(inline.lineStarts, firstLine: u.firstLine).map { LineStart(offset: $0.offset + shift, line: $0.line) }
        blocks[a].styles += inline.styles.map { StyleSpan(start: $0.start + shift, end: $0.end + shift, style: $0.style) }
        addMarkers(inline.markers, unit: u, block: a, shift: shift)
    }
}

extension LinePatterns {
    /// True when text ends with a hyphen after a letter ("Soviet-"): a word or compound cut by a break.
    static func endsInWordHyphen(_ text: String) -> Bool {
        text.last == "-" && text.withoutLast.last?.isLetter == true
    }

    /// Joins two parts of a sentence split by a page break: "More-" + "over" is "Moreover",
    /// "Soviet-" + "Japanese" keeps its hyphen, anything else is joined by a space.
    static func joinAcrossBreak(_ a: String, _ b: String) -> String {
        guard let last = a.last else { return b }
        if last == "-", a.withoutLast.last?.isLetter == true, let f = b.first {
            return f.isLowercase ? String(a.withoutLast) + b : a + b
        }
        if last == " " { return a + b }
        return a + " " + b
    }
}
