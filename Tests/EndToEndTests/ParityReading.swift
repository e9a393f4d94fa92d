import Foundation
import Testing

/// A reader under tmux and the keys typed into it so far, in `dossier screen --keys` notation: each
/// `expect` waits for the screen it describes, then checks the terminal shows exactly what
/// `dossier screen` prints for those keys.
final class ParityReading {
    let tmux: TmuxSession
    let documents: [String]
    let columns: Int
    let rows: Int
    private(set) var keys = ""

    init(_ documents: [String], columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        self.documents = documents
        self.columns = columns
        self.rows = rows
        tmux = try DossierBinary.session(documents, columns: columns, rows: rows, environment: environment)
    }

    /// Types `notation` (keys, not mouse reports) and records it.
    func type(_ notation: String) throws {
        try tmux.type(notation)
        keys += notation
    }

    /// Sends an SGR (mode 1006) left click, press and release, at a 0-based cell, and records it
    /// as `<Click:COL,ROW>`.
    func click(column: Int, row: Int) {
        tmux.sendBytes(Array("\u{1B}[<0;\(column + 1);\(row + 1)M\u{1B}[<0;\(column + 1);\(row + 1)m".utf8))
        keys += "<Click:\(column),\(row)>"
    }

    /// Waits for a whole frame matching `predicate`, then checks it is the headless screen for
    /// the keys so far (waiting for it, so a late repaint does not count as a difference).
    @discardableResult
    func expect(_ description: String, sourceLocation: SourceLocation = #_sourceLocation,
                _ predicate: (ReaderScreen) -> Bool) throws -> ReaderScreen {
        let screen = try tmux.waitForScreen(description, predicate)
        let expected = try HeadlessScreen.render(columns: columns, rows: rows, keys: keys, documents: documents)
        guard screen.text != expected else { return screen }
        do {
            return ReaderScreen(try tmux.waitUntil("the headless screen after '\(keys)'", timeout: .seconds(5)) { $0 == expected })
        } catch {
            let actual = tmux.capture()
            Issue.record("after '\(keys)' (\(description)) the pane differs from dossier screen:\n\(HeadlessScreen.difference(expected: expected, actual: actual))\n\(ReaderScreen(actual))",
                         sourceLocation: sourceLocation)
            throw error
        }
    }

    /// Waits until `text` is drawn reversed (the selected marker or name) in the styled capture.
    func waitForSelected(_ text: String) throws {
        _ = try tmux.waitUntil("\(text) drawn reversed") { _ in
            SGR.attributes(at: text, in: tmux.captureStyled())?.contains(7) == true
        }
    }
}

/// A TERM and NO_COLOR setting, and whether colour is expected.
struct TerminalSetting: CustomTestStringConvertible, Sendable {
    var term: String
    var noColor: String
    var colour: Bool
    var testDescription: String { "TERM=\(term) NO_COLOR='\(noColor)'" + (colour ? ": colour" : ": attributes only") }
}
