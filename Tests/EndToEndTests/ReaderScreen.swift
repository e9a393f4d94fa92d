import Foundation
import TerminalCore

/// A captured reader screen, read the way a person looks at it: rows, display columns, the pane
/// separators (`│`), the status row (second to last) and the key-hint row (last).
///
/// Columns count display cells (`DisplayWidth`), as the reader lays them out, so a slice of a row
/// by columns is a slice of one pane even where text holds wide characters.
struct ReaderScreen: CustomStringConvertible {
    /// The capture as given (rows joined by "\n", trailing blanks trimmed by tmux).
    let text: String
    /// One string per terminal row.
    let rows: [String]

    init(_ text: String) {
        self.text = text
        rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The status row: one entry per pane, the focused one starting with `▶`.
    var statusRow: String { rows.count >= 2 ? rows[rows.count - 2] : "" }
    /// The key-hint row at the bottom.
    var hintRow: String { rows.last ?? "" }
    /// The rows that show pane text (all but the status and hint rows).
    var paneRowIndices: Range<Int> { 0..<max(0, rows.count - 2) }

    /// The row split into display cells: one entry per column, "" for the second half of a wide character.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        for character in line {
            let width = DisplayWidth.of(character)
            if width == 0, !cells.isEmpty { cells[cells.count - 1] += String(character); continue }
            cells.append(String(character))
            if width == 2 { cells.append("") }
        }
        return cells
    }

    /// The width of `line` in display columns.
    static func width(_ line: String) -> Int { cells(line).count }

    /// The columns at which `row` shows a pane separator.
    func separatorColumns(row: Int) -> [Int] {
        Self.cells(rows[row]).enumerated().filter { $0.element == "│" }.map(\.offset)
    }

    /// The separator columns shared by every pane row, or nil if the rows disagree (no pane layout).
    var separators: [Int]? {
        let each = Set(paneRowIndices.map { separatorColumns(row: $0) })
        return each.count == 1 ? each.first : nil
    }

    /// The text of `row` in `columns` (clamped to the row), trailing blanks trimmed.
    func text(row: Int, columns: Range<Int>) -> String {
        let cells = Self.cells(rows[row])
        let lower = min(columns.lowerBound, cells.count), upper = min(columns.upperBound, cells.count)
        return Self.trimmedTrailing(cells[lower..<upper].joined())
    }

    /// The pane text in `columns`, one string per pane row.
    func paneText(columns: Range<Int>) -> [String] {
        paneRowIndices.map { text(row: $0, columns: columns) }
    }

    /// The column ranges of the panes, between the separators.
    var paneColumns: [Range<Int>] {
        guard let separators else { return [] }
        var ranges: [Range<Int>] = [], start = 0
        for column in separators { ranges.append(start..<column); start = column + 1 }
        ranges.append(start..<Int.max)
        return ranges
    }

    /// The status row's entries, split at the pane boundaries (the separators' columns).
    var statusEntries: [String] {
        paneColumns.map { text(row: rows.count - 2, columns: $0).trimmingCharacters(in: .whitespaces) }
    }

    /// Which pane (0-based, left to right) has the focus marker, or nil if none or several do.
    var focusedPane: Int? {
        let marked = statusEntries.indices.filter { statusEntries[$0].hasPrefix("▶") }
        return marked.count == 1 ? marked[0] : nil
    }

    /// The first cell (display column and row) where `text` starts, searching rows top to bottom
    /// within `columns`; nil if it is not on screen.
    func cell(of text: String, columns: Range<Int> = 0..<Int.max) -> (column: Int, row: Int)? {
        for row in paneRowIndices {
            let cells = Self.cells(rows[row])
            let lower = min(columns.lowerBound, cells.count), upper = min(columns.upperBound, cells.count)
            for column in lower..<upper where cells[column...].joined().hasPrefix(text) { return (column, row) }
        }
        return nil
    }

    /// The pane text in `columns` joined by spaces with runs of blanks squeezed: text wrapped over
    /// several rows reads as one line ("power of life and death"). The left margin's marks (▸ the line
    /// left from, ▌ a cited page, ❝ a quoted passage) are not text and are left out.
    func joinedText(columns: Range<Int>) -> String {
        paneText(columns: columns).map { line in
            guard let first = line.first, "▸▌❝".contains(first) else { return line }
            return " " + line.dropFirst()
        }.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    /// The percentage at the end of a status entry ("…  3%" → 3).
    static func percentage(_ entry: String) -> Int? {
        guard entry.hasSuffix("%") else { return nil }
        return Int(entry.dropLast().split(separator: " ").last ?? "")
    }

    static func trimmedTrailing(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    var description: String { TmuxError.framed(text) }
}

/// The screen `dossier screen` prints for a size, a key script and documents: the headless session
/// the reader's first frame and every key must agree with.
enum HeadlessScreen {
    /// Runs `dossier screen --corpus <seeds> --size COLSxROWS [--keys KEYS] DOCS...` and returns its
    /// output without the final newline, as `TmuxSession.capture()` returns the pane.
    static func render(columns: Int, rows: Int, keys: String = "", documents: [String] = []) throws -> String {
        var arguments = [try DossierBinary.path(), "screen", "--corpus", DossierBinary.seeds, "--size", "\(columns)x\(rows)"]
        if !keys.isEmpty { arguments.append("--keys=" + keys) }
        arguments += documents
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DOSSIER_") }
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        let result = try ChildProcess.run(arguments, environment: environment, timeout: .seconds(20))
        guard result.status == 0 else {
            throw HeadlessFailure(description: "\(arguments.joined(separator: " ")) exited \(result.status): \(result.err)")
        }
        var text = result.out
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    struct HeadlessFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// The rows where two screens differ, for a failure message ("" when they agree).
    static func difference(expected: String, actual: String) -> String {
        let want = ReaderScreen(expected).rows, got = ReaderScreen(actual).rows
        var lines: [String] = []
        if want.count != got.count { lines.append("row count: expected \(want.count), got \(got.count)") }
        for index in 0..<max(want.count, got.count) {
            let a = index < want.count ? want[index] : "<none>", b = index < got.count ? got[index] : "<none>"
            if a != b { lines.append("row \(index):\n  screen: \(a)\n  tmux:   \(b)") }
        }
        return lines.joined(separator: "\n")
    }
}

/// Our key notation (`jjj<Tab><C-f>`, the syntax of `dossier screen --keys`) as tmux `send-keys`
/// strokes: plain characters are typed literally (`send-keys -l`, so no character is ever taken
/// for a key name), named keys become tmux's names (`<PgDn>` → `NPage`, `<S-Tab>` → `BTab`).
///
/// The notation is read by the reader's own parser (`KeyNotation`), so the two cannot disagree.
enum TmuxKeys {
    /// One `send-keys` call.
    enum Stroke: Equatable, CustomStringConvertible {
        /// Text typed as is (`send-keys -l`).
        case literal(String)
        /// A key by tmux name.
        case key(String)

        var description: String {
            switch self {
            case let .literal(text): return "literal(\(text))"
            case let .key(name): return "key(\(name))"
            }
        }
    }

    /// Raised for what tmux cannot type (mouse events, resizes: use `TmuxSession.resize`).
    struct Untypable: Error, CustomStringConvertible {
        var description: String
    }

    /// The strokes that type `notation`; consecutive plain characters share one literal stroke.
    static func strokes(_ notation: String) throws -> [Stroke] {
        var strokes: [Stroke] = []
        for input in try KeyNotation.parse(notation) {
            guard case let .key(key) = input else {
                throw Untypable(description: "\(input) in \"\(notation)\" is not a key; resize with TmuxSession.resize")
            }
            if case let .character(character) = key {
                if case let .literal(text)? = strokes.last {
                    strokes[strokes.count - 1] = .literal(text + String(character))
                } else {
                    strokes.append(.literal(String(character)))
                }
            } else {
                strokes.append(.key(try name(of: key)))
            }
        }
        return strokes
    }

    /// tmux's name for a key that is not a plain character.
    static func name(of key: Key) throws -> String {
        switch key {
        case let .character(character): return String(character)
        case let .control(letter): return "C-\(letter)"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "BTab"
        case .escape: return "Escape"
        case .backspace: return "BSpace"
        case .delete: return "DC"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PPage"
        case .pageDown: return "NPage"
        case .home: return "Home"
        case .end: return "End"
        case .insert: return "IC"
        case let .function(number): return "F\(number)"
        }
    }
}

extension TmuxSession {
    /// Types a key script in our notation (see `TmuxKeys`), stroke by stroke, in order.
    func type(_ notation: String) throws {
        for stroke in try TmuxKeys.strokes(notation) {
            switch stroke {
            case let .literal(text): try tmux(["send-keys", "-t", pane, "-l", "--", text])
            case let .key(name): try tmux(["send-keys", "-t", pane, name])
            }
        }
    }

    /// The screen as a `ReaderScreen`.
    func readerScreen() -> ReaderScreen { ReaderScreen(capture()) }

    /// Waits until the screen matches `predicate` (given as a `ReaderScreen`) on two captures in a
    /// row that agree, and returns it.
    ///
    /// A capture can catch a frame half written (curses writes a large frame in several pieces and
    /// tmux shows each as it comes): a predicate on one part of the screen could then hold while
    /// another part still shows the previous frame. Two equal captures one poll apart are a whole frame.
    @discardableResult
    func waitForScreen(_ description: String, timeout: Duration = .seconds(10),
                       _ predicate: (ReaderScreen) -> Bool) throws -> ReaderScreen {
        var previous: String?
        let text = try waitUntil(description + " (on two equal captures)", timeout: timeout) { screen in
            defer { previous = screen }
            return screen == previous && predicate(ReaderScreen(screen))
        }
        return ReaderScreen(text)
    }

    /// Waits for the reader's first frame: the key-hint row at the bottom (the reader is then in
    /// raw mode and reading keys, so keys sent from here on are not echoed by the tty).
    @discardableResult
    func waitForReader(timeout: Duration = .seconds(10)) throws -> ReaderScreen {
        try waitForScreen("the reader's key-hint row", timeout: timeout) { $0.hintRow.hasPrefix("? help") }
    }
}

/// SGR (`ESC [ ... m`) sequences in a styled capture (`capture-pane -e`).
enum SGR {
    /// The parameter lists of every SGR sequence in `text`, in order (`ESC [ m` gives `[0]`).
    static func sequences(in text: String) -> [[Int]] {
        let scalars = Array(text.unicodeScalars)
        var result: [[Int]] = []
        var i = 0
        while i + 1 < scalars.count {
            guard scalars[i] == "\u{1B}", scalars[i + 1] == "[" else { i += 1; continue }
            var j = i + 2, body = ""
            while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == ";" || scalars[j] == ":" {
                body.unicodeScalars.append(scalars[j]); j += 1
            }
            if j < scalars.count, scalars[j] == "m" {
                let parameters = body.split(separator: ";", omittingEmptySubsequences: false)
                    .flatMap { $0.split(separator: ":", omittingEmptySubsequences: false) }
                    .map { Int($0) ?? 0 }
                result.append(parameters.isEmpty ? [0] : parameters)
            }
            i = j
        }
        return result
    }

    /// Every colour the SGR sequences in `text` set, written as their parameters ("34", "38;5;4",
    /// "48;2;1;2;3"); the resets to the default colours (39, 49) are not colours.
    static func colours(in text: String) -> [String] {
        var colours: [String] = []
        for parameters in sequences(in: text) {
            var k = 0
            while k < parameters.count {
                let p = parameters[k]
                switch p {
                case 30...37, 40...47, 90...97, 100...107:
                    colours.append("\(p)")
                case 38, 48, 58:
                    if k + 1 < parameters.count, parameters[k + 1] == 5, k + 2 < parameters.count {
                        colours.append(parameters[k...(k + 2)].map(String.init).joined(separator: ";")); k += 2
                    } else if k + 1 < parameters.count, parameters[k + 1] == 2, k + 4 < parameters.count {
                        colours.append(parameters[k...(k + 4)].map(String.init).joined(separator: ";")); k += 4
                    } else {
                        colours.append("\(p)")
                    }
                default:
                    break
                }
                k += 1
            }
        }
        return colours
    }

    /// The attributes (bold 1, reverse 7...) in force at the first place `plain` appears in a styled
    /// capture (`capture-pane -e`), or nil if it does not appear. Each row starts unstyled, as tmux
    /// writes every captured row from the default cell.
    static func attributes(at plain: String, in styled: String) -> Set<Int>? {
        let needle = Array(plain.unicodeScalars)
        for row in styled.split(separator: "\n", omittingEmptySubsequences: false) {
            let scalars = Array(row.unicodeScalars)
            var text: [Unicode.Scalar] = [], styles: [Set<Int>] = [], current: Set<Int> = []
            var i = 0
            while i < scalars.count {
                guard scalars[i] == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "[" else {
                    text.append(scalars[i]); styles.append(current); i += 1
                    continue
                }
                var j = i + 2
                while j < scalars.count, !(0x40...0x7E).contains(scalars[j].value) { j += 1 }
                if j < scalars.count, scalars[j] == "m" {
                    for parameters in sequences(in: String(String.UnicodeScalarView(scalars[i...j]))) {
                        apply(parameters, to: &current)
                    }
                }
                i = j + 1
            }
            guard !needle.isEmpty, text.count >= needle.count else { continue }
            for start in 0...(text.count - needle.count) where Array(text[start..<(start + needle.count)]) == needle {
                return styles[start]
            }
        }
        return nil
    }

    /// One SGR parameter list applied to a set of attributes: 0 clears, 1-9 set, 22-29 clear.
    private static func apply(_ parameters: [Int], to attributes: inout Set<Int>) {
        var k = 0
        while k < parameters.count {
            let p = parameters[k]
            switch p {
            case 0: attributes.removeAll()
            case 1...9: attributes.insert(p)
            case 22: attributes.subtract([1, 2])
            case 23...29: attributes.remove(p - 20)
            case 38, 48, 58: k += (k + 1 < parameters.count && parameters[k + 1] == 2) ? 4 : 2
            default: break
            }
            k += 1
        }
    }

    /// Every attribute parameter (bold 1, dim 2, underline 4, reverse 7...) the sequences in `text` set.
    static func attributes(in text: String) -> Set<Int> {
        var attributes: Set<Int> = []
        for parameters in sequences(in: text) {
            var k = 0
            while k < parameters.count {
                let p = parameters[k]
                if [38, 48, 58].contains(p) {
                    k += (k + 1 < parameters.count && parameters[k + 1] == 2) ? 5 : 3
                    continue
                }
                if (1...9).contains(p) { attributes.insert(p) }
                k += 1
            }
        }
        return attributes
    }
}
