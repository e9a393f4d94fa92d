/// One line of editable text with a cursor and a walk through earlier entries (the `:` and `/` prompts).
public struct LineEditor: Hashable, Sendable {
    /// The text typed.
    public private(set) var text: String {
        // Keys arrive one scalar at a time, and a combining mark or a flag's second half joins the character
        // before it: the cursor can never be past the end of what the scalars became.
        didSet { cursor = min(cursor, text.count) }
    }
    /// The cursor, as a count of characters before it.
    public private(set) var cursor: Int
    /// Which history entry is shown (counted back from the newest), or nil while editing a fresh line.
    private var recalled: Int?
    /// What was typed before the history walk began, given back when the walk comes down past the newest entry.
    private var draft: String = ""

    /// Creates an editor holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Inserts a character (a key's scalar) at the cursor, which ends up after it, or after the character it joined.
    public mutating func insert(_ character: Character) {
        let before = String(text.prefix(cursor)) + String(character)
        let after = text.dropFirst(cursor)
        cursor = before.count
        text = before + after
        recalled = nil
    }

    /// Replaces the whole text (a completion), the cursor at its end.
    public mutating func replace(with new: String) {
        text = new
        cursor = new.count
        recalled = nil
    }

    /// Deletes the character before the cursor; false when there was none.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        cursor -= 1
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        recalled = nil
        return true
    }

    /// Deletes the word before the cursor and the spaces after it (Ctrl-W, as in a shell).
    public mutating func deleteWord() {
        var characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
        text = String(characters)
        recalled = nil
    }

    /// Deletes everything before the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        text = String(text.dropFirst(cursor))
        cursor = 0
        recalled = nil
    }

    /// Moves the cursor by characters, staying inside the text.
    public mutating func move(by delta: Int) {
        cursor = min(max(0, cursor + delta), text.count)
    }

    /// Moves the cursor to the start (or to the end with `end`).
    public mutating func moveToEdge(end: Bool) {
        cursor = end ? text.count : 0
    }

    /// Steps through `history` (oldest first): -1 is one entry older, +1 one newer. Entries that do not begin with
    /// what was typed before the walk are skipped, so typing "op" and Up finds the last "open …" (as vim does).
    public mutating func recall(_ delta: Int, from history: [String]) {
        if recalled == nil { draft = text }
        let prefix = draft
        let candidates = history.reversed().filter { $0.hasPrefix(prefix) && $0 != prefix }
        let next = (recalled ?? -1) - delta
        if next < 0 {
            recalled = nil
            text = draft
        } else if next < candidates.count {
            recalled = next
            text = candidates[next]
        } else {
            return
        }
        // The walk goes on from here: `recalled` and `draft` survive, unlike after an edit.
        cursor = text.count
    }

    /// `entry` added to `history` as its newest entry, without repeats and at most `limit` entries.
    public static func remember(_ entry: String, in history: [String], limit: Int = 100) -> [String] {
        let trimmed = entry.trimmedSpaces
        guard !trimmed.isEmpty else { return history }
        return Array((history.filter { $0 != trimmed } + [trimmed]).suffix(limit))
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmedSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
