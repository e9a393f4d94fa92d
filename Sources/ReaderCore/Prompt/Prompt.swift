import Corpus

/// The one-line prompt on the message row: what it is for, the line being edited and the completion shown.
public struct Prompt: Hashable, Sendable {
    /// What Enter does with the line.
    public enum Purpose: Hashable, Sendable {
        /// A `:` command.
        case command
        /// A search: in the focused document as one types, or in every document on Enter.
        case search(everywhere: Bool)
    }

    /// What Enter does with the line.
    public var purpose: Purpose
    /// The line and its cursor.
    public var editor = LineEditor()
    /// The completions offered for the word at the cursor, once Tab was pressed.
    public var completion: Completion?
    /// Where the focused pane was when a search began, to return there on Esc.
    var origin: Place?
    /// The search in force before this one, given back on Esc.
    var previousSearch: String?
    /// Each pane's current match before this search, given back on Esc.
    var previousMatches: [BlockMatch?] = []

    /// Opens an empty prompt.
    public init(purpose: Purpose) { self.purpose = purpose }

    /// The character shown before the line.
    public var sigil: String {
        switch purpose {
        case .command: return ":"
        case .search(let everywhere): return everywhere ? "search all: " : "/"
        }
    }
}

/// Completions of one word: the line with the word cut out, the candidates, and which one is in the line.
public struct Completion: Hashable, Sendable {
    /// The line before the completed word.
    public var head: String
    /// What may replace the word, in order.
    public var candidates: [String]
    /// Index of the candidate shown in the line, or nil while the common prefix is.
    public var chosen: Int?

    /// Creates a completion state.
    public init(head: String, candidates: [String], chosen: Int? = nil) {
        self.head = head
        self.candidates = candidates
        self.chosen = chosen
    }
}
