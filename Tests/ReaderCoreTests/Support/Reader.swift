import Corpus
import ReaderCore
import TerminalCore
import Testing

/// A `ReaderSession` on the seeds with helpers to type key notation and read the screen.
struct Reader {
    /// The session under test.
    var session: ReaderSession

    /// Opens `openings` (default: the reader's own default) on a `columns`×`rows` screen.
    init(_ columns: Int = 80, _ rows: Int = 24, openings: [ReaderSession.Opening]? = nil, theme: Theme = .monochrome,
         keyMap: KeyMap = .standard) {
        session = ReaderSession(corpus: Seeds.corpus, openings: openings ?? ReaderSession.defaultOpenings(in: Seeds.corpus),
                                columns: columns, rows: rows, theme: theme, keyMap: keyMap)
    }

    /// Opens documents by name, each optionally at a page, like `dossier screen DOC[:PAGE]...`.
    init(_ columns: Int, _ rows: Int, documents: [(String, Int?)]) {
        self.init(columns, rows, openings: documents.map { ReaderSession.Opening(document: Seeds.index($0.0), page: $0.1) })
    }

    /// The state.
    var state: ReaderState { session.state }

    /// Types a key-notation script; returns the quit status if the script quit.
    @discardableResult
    mutating func type(_ keys: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int32? {
        do {
            return session.send(try KeyNotation.parse(keys))
        } catch {
            Issue.record("bad key notation \(keys): \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The rendered screen.
    var grid: Grid { session.render() }
    /// The rendered screen's rows as text (trailing spaces trimmed).
    var rows: [String] { grid.rowTexts() }
    /// The rendered screen as one string.
    var text: String { grid.textSnapshot }
    /// The message row (the bottom row).
    var messageRow: String { rows.last ?? "" }

    /// The text rows of pane `index` (inside its margins), trailing spaces trimmed.
    func paneLines(_ index: Int) -> [String] {
        let frame = state.screen.panes[index].text
        let g = grid
        return (frame.y..<frame.maxY).map { row in
            var line = ""
            for column in frame.x..<frame.maxX where !g[column, row].isContinuation { line.append(g[column, row].character) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The status row of pane `index`.
    func statusRow(_ index: Int) -> String {
        let status = state.screen.panes[index].status
        let g = grid
        var line = ""
        for column in status.x..<status.maxX where !g[column, status.y].isContinuation { line.append(g[column, status.y].character) }
        return line
    }

    /// The layout pane `index` shows at its current width.
    func layout(_ index: Int) -> DocumentLayout {
        session.context.layout(of: state.panes[index], width: state.screen.panes[index].text.width)
    }

    /// Index of the line at the top of pane `index`.
    func topLine(_ index: Int) -> Int {
        let frame = state.screen.panes[index].text
        return layout(index).top(for: state.panes[index].anchor, height: frame.height)
    }

    /// The furthest `topLine(index)` can go: the first line of the last screenful.
    func lastTop(_ index: Int) -> Int {
        max(0, layout(index).lines.count - state.screen.panes[index].text.height)
    }
}

extension Reader {
    /// Opens documents at source lines (`DOC@LINE`), each pane's top at the block holding that line.
    init(_ columns: Int, _ rows: Int, at places: [(String, line: Int)]) {
        self.init(columns, rows, openings: places.map { ReaderSession.Opening(document: Seeds.index($0.0), line: $0.line) })
    }

    /// `document` opened at the marker labelled `label` whose note cites `id`, that marker selected, `beside` in a second pane.
    static func atMarker(in document: Int, label: String, citing id: String, beside: String? = "SRH-078",
                         _ columns: Int = 100, _ rows: Int = 30) -> Reader {
        let m = Seeds.marker(in: document, label: label, citing: id)
        var places = [(Seeds.corpus.documents[document].file, line: Seeds.line(of: m, in: document))]
        if let beside { places.append((beside, line: 1)) }
        var r = Reader(columns, rows, at: places)
        r.selectMarker(m)
        return r
    }

    /// Presses `]` until marker `marker` is selected in the focused pane (at most 40 times); false if it never is.
    @discardableResult
    mutating func selectMarker(_ marker: Int, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        for _ in 0..<40 {
            if state.focusedPane.selection == .marker(marker) { return true }
            type("]")
        }
        Issue.record("marker \(marker) never selected", sourceLocation: sourceLocation)
        return false
    }

    /// The whole screen's text, rows joined and runs of spaces squeezed, for "contains" checks across wrapped lines.
    var joinedText: String { Reader.squeeze(rows.joined(separator: " ")) }

    /// Pane `index`'s text rows (and note strip) joined, spaces squeezed.
    func paneText(_ index: Int) -> String { Reader.squeeze(paneLines(index).joined(separator: " ")) }

    /// Runs of spaces as one space.
    static func squeeze(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// Where `text` first appears on screen, as (column, row) in cells, if it does.
    func cell(of text: String) -> (column: Int, row: Int)? {
        let g = grid
        for row in 0..<g.height {
            var line = "", columns: [Int] = []
            for column in 0..<g.width where !g[column, row].isContinuation {
                line.append(g[column, row].character)
                columns.append(column)
            }
            if let range = line.range(of: text) { return (columns[line.distance(from: line.startIndex, to: range.lowerBound)], row) }
        }
        return nil
    }
}

extension Seeds {
    /// The marker of `document` whose note has `label` and cites `id` (the first such).
    static func marker(in document: Int, label: String, citing id: String) -> Int {
        let doc = corpus.documents[document]
        for (m, marker) in doc.markers.enumerated() where marker.label == label {
            guard let n = marker.note, doc.notes[n].citations.contains(where: { doc.citations[$0].id == id }) else { continue }
            return m
        }
        fatalError("no marker \(label) citing \(id) in \(doc.file)")
    }

    /// The source line of a marker.
    static func line(of marker: Int, in document: Int) -> Int { corpus.documents[document].markers[marker].line }
}
