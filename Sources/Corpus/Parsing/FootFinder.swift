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
