/// Pairs each footnote marker with its note by one explicit rule, keeping what is ambiguous.
///
/// The rule (also in DECISIONS.md):
/// 1. A marker's note is in the first foot after the marker's line (the foot of its page),
///    with the same label and in the same numbering scope (chapter).
/// 2. If that foot has no such label, the nearest foot in the same numbering scope (chapter)
///    that has it, forward first, then backward; the pairing is flagged as distant.
/// 3. If a foot holds several notes with the label, the one that cites wins: first a note that
///    opens with a citation, then one that contains a citation, then the first. The others are
///    flagged; the marker says which it chose.
/// 4. A marker with no candidate has no note; a note no marker reaches has no marker.
enum NotePairing {
    static func pair(_ doc: inout Document) {
        guard !doc.markers.isEmpty || !doc.notes.isEmpty else { return }
        // Notes by foot, and foot order by first line.
        var notesByFoot: [Int: [Int]] = [:]
        for (i, n) in doc.notes.enumerated() { notesByFoot[n.foot, default: []].append(i) }
        let footOrder = notesByFoot.keys.sorted { doc.notes[notesByFoot[$0]![0]].line < doc.notes[notesByFoot[$1]![0]].line }
        let footFirstLine = footOrder.map { doc.notes[notesByFoot[$0]![0]].line }

        for m in doc.markers.indices {
            let marker = doc.markers[m]
            let scope = marker.scope
            guard !doc.notes.isEmpty else {
                doc.markers[m].anomaly = Anomaly(kind: .markerWithoutNote,
                    message: "no note for this marker in this excerpt (the document's notes are not in the file)",
                    line: marker.line, page: marker.page)
                continue
            }
            let next = footFirstLine.firstIndex(whereKey: { $0 }, exceeds: marker.line)
            var chosen: Int?
            var distant = false
            if next < footOrder.count {
                let own = notesByFoot[footOrder[next]]!.filter { doc.notes[$0].scope == scope }
                chosen = pick(label: marker.label, in: own, doc: doc, marker: m)
            }
            if chosen == nil {
                var order: [Int] = []
                for k in stride(from: next + 1, to: footOrder.count, by: 1) { order.append(k) }
                for k in stride(from: next - 1, through: 0, by: -1) { order.append(k) }
                for k in order {
                    let candidates = notesByFoot[footOrder[k]]!.filter { doc.notes[$0].scope == scope }
                    if let c = pick(label: marker.label, in: candidates, doc: doc, marker: m) {
                        chosen = c; distant = true; break
                    }
                }
            }
            guard let n = chosen else {
                doc.markers[m].anomaly = Anomaly(kind: .markerWithoutNote,
                    message: "no note labelled \(marker.label) on this page or elsewhere in this chapter",
                    line: marker.line, page: marker.page)
                continue
            }
            doc.markers[m].note = n
            doc.notes[n].markers.append(m)
            if distant, doc.markers[m].anomaly == nil {
                doc.markers[m].anomaly = Anomaly(kind: .distantNote,
                    message: "the note labelled \(marker.label) is not in this page's foot; paired with the nearest one (line \(doc.notes[n].line))",
                    line: marker.line, page: marker.page)
            }
        }
        flagDuplicates(&doc)
        for n in doc.notes.indices where doc.notes[n].markers.isEmpty && doc.notes[n].anomaly == nil {
            doc.notes[n].anomaly = Anomaly(kind: .noteWithoutMarker, message: "this note has no marker in the text",
                                           line: doc.notes[n].line, page: doc.notes[n].page)
        }
        for n in doc.notes.indices where doc.notes[n].printedLabel != nil {
            let note = doc.notes[n]
            doc.anomalies.append(Anomaly(kind: .mangledNoteLabel,
                message: "note label printed \"\(note.printedLabel!)\", read as note \(note.label) citing \(note.text.prefix(8))",
                line: note.line, page: note.page))
        }
        for m in doc.markers { if let a = m.anomaly { doc.anomalies.append(a) } }
        for n in doc.notes { if let a = n.anomaly { doc.anomalies.append(a) } }
    }

    /// The note a marker takes among candidates with its label (rule 3), flagging duplicates.
    private static func pick(label: String, in candidates: [Int], doc: Document, marker m: Int) -> Int? {
        let same = candidates.filter { doc.notes[$0].label == label }
        guard let first = same.first else { return nil }
        guard same.count > 1 else { return first }
        func rank(_ n: Int) -> Int {
            let text = doc.notes[n].text
            if LinePatterns.startsWithCitation(Substring(text)) { return 0 }
            if CitationScanner.containsCitation(text) { return 1 }
            return 2
        }
        return same.min { rank($0) < rank($1) } ?? first
    }

    /// Flags notes that share a label in one foot, after pairing has chosen among them.
    static func flagDuplicates(_ doc: inout Document) {
        var byFootLabel: [String: [Int]] = [:]
        for (i, n) in doc.notes.enumerated() { byFootLabel["\(n.foot)|\(n.label)", default: []].append(i) }
        for group in byFootLabel.values where group.count > 1 {
            let count = group.count
            let label = doc.notes[group[0]].label
            let where_ = doc.notes[group[0]].page.map { "on page \($0)" } ?? "in this foot"
            for n in group {
                let chosen = !doc.notes[n].markers.isEmpty
                let msg = chosen
                    ? "\(count == 2 ? "two" : "\(count)") notes labelled \(label) \(where_); this is the one that cites"
                    : "\(count == 2 ? "two" : "\(count)") notes labelled \(label) \(where_); the marker points to the other"
                doc.notes[n].anomaly = Anomaly(kind: .duplicateNoteLabel, message: msg, line: doc.notes[n].line, page: doc.notes[n].page)
                for m in doc.notes[n].markers where doc.markers[m].anomaly == nil {
                    doc.markers[m].anomaly = Anomaly(kind: .duplicateNoteLabel, message: msg, line: doc.markers[m].line, page: doc.markers[m].page)
                }
            }
        }
    }
}
