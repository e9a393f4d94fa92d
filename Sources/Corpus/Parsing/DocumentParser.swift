/// Builds a `Document` from decoded source text: structure, pages, markers, notes, citations.
///
/// The stages run in a fixed order, each a pure function of the ones before:
/// units → feet (note runs) → scopes → pages → blocks → markers and pairing → citations → metadata.
struct DocumentParser {
    let file: String
    let source: SourceText

    func parse() -> Document {
        var units = UnitClassifier.units(source.lines)
        let footCount = FootFinder.assignFeet(&units)
        FootFinder.joinNotesAcrossBody(&units, footCount: footCount)
        ScopeFinder.assignScopes(&units)
        let pagination = PageFinder.paginate(&units)

        var doc = Document(file: file, metadata: DocumentMetadata(title: file, shortTitle: file, kind: .document))
        doc.lineCount = source.lines.count
        var builder = BlockBuilder(units: units)
        builder.build()
        doc.blocks = builder.blocks
        doc.notes = builder.notes
        doc.markers = builder.markers
        doc.pages = PageFinder.pages(units: units, blocks: doc.blocks, evidence: pagination.evidence)
        doc.paginationNote = pagination.note
        doc.anomalies = pagination.anomalies

        NotePairing.pair(&doc)
        CitationScanner.scan(&doc, lines: source.lines)
        doc.metadata = MetadataReader.read(units: units, document: doc, file: file)
        if source.hadInvalidUTF8 { doc.warnings.append("invalid UTF-8 replaced by U+FFFD") }
        if source.lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { doc.warnings.append("empty file") }
        doc.anomalies.sort { ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue) }
        return doc
    }
}

/// Finds feet: runs of notes that close a page, with the paragraphs that continue them.
enum FootFinder {
    /// Marks note runs with a foot index and turns citation-led paragraphs inside a run into continuations.
    static func assignFeet(_ units: inout [Unit]) -> Int {
        var foot = -1
        var inFoot = false
        var afterRule = false
        for i in units.indices {
            switch units[i].role {
            case .note:
                if !inFoot { foot += 1; inFoot = true }
                units[i].foot = foot
                afterRule = false
            case .rule:
                afterRule = true
            case .furniture:
                continue
            case .text:
                let firstLine = units[i].lines[0]
                if (inFoot || afterRule), let fused = LinePatterns.fusedLabel(firstLine) {
                    if !inFoot { foot += 1; inFoot = true }
                    units[i].role = .fusedNote(label: fused.label, number: fused.number)
                    units[i].foot = foot
                } else if inFoot, units[i].textKind != .heading, LinePatterns.startsWithCitation(firstLine) {
                    units[i].role = .noteContinuation
                    units[i].foot = foot
                } else {
                    inFoot = false
                }
                afterRule = false
            case .fusedNote, .noteContinuation:
                break
            }
        }
        return foot + 1
    }

    /// A lower-case paragraph just before a foot continues the previous foot's unfinished last note.
    ///
    /// Long notes run over onto the next page's foot; in OCR'd text that tail lands just above the
    /// next foot's first note. It is taken only when the earlier note visibly stops mid-sentence.
    static func joinNotesAcrossBody(_ units: inout [Unit], footCount: Int) {
        guard footCount > 1 else { return }
        var lastNoteOfFoot: [Int: Int] = [:]
        for i in units.indices where units[i].isNoteLike { lastNoteOfFoot[units[i].foot!] = i }
        for i in units.indices {
            guard units[i].textKind == .paragraph, units[i].startsLowercase else { continue }
            guard let next = units[(i + 1)...].firstIndex(where: { if case .furniture = $0.role { return false }; return true }),
                  units[next].isNoteLike, let f = units[next].foot, f > 0,
                  let prev = lastNoteOfFoot[f - 1] else { continue }
            let prevText = LinePatterns.bare(units[prev].lines.joined(separator: " "))
            guard !LinePatterns.endsSentence(prevText) else { continue }
            units[i].role = .noteContinuation
            units[i].foot = f - 1
            lastNoteOfFoot[f - 1] = i
        }
    }
}

/// Numbering scopes: note numbers restart at each chapter-level heading.
enum ScopeFinder {
    static func assignScopes(_ units: inout [Unit]) {
        var scope = 0
        for i in units.indices {
            if units[i].textKind == .heading, units[i].level == 1 { scope += 1 }
            units[i].scope = scope
        }
    }
}
