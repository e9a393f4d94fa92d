/// A command typed at `:`, parsed; `run(_:in:)` on the state carries it out.
public enum LineCommand: Hashable, Sendable {
    /// `:page N`, `:N`: original page N of the focused document.
    case page(Int)
    /// `:open DOC[:PAGE]`: a document in the focused pane, at a page.
    case open(String, page: Int?)
    /// `:split DOC[:PAGE]`: a document in a new pane to the right.
    case split(String, page: Int?)
    /// `:filter NAME[, NAME]`: the actor filter on these actors (none: cleared).
    case filter([String])
    /// `:search TEXT`: search the focused document.
    case search(String)
    /// `:grep TEXT`: search every document, results in the focused pane.
    case grep(String)
    /// `:cite ID`: the card of a cited id.
    case cite(String)
    /// `:outline`.
    case outline
    /// `:marks`.
    case marks
    /// `:delmarks a b` (or `:delmarks!` for all): forget marks.
    case deleteMarks(Set<Character>)
    /// `:index`: the citation index.
    case index
    /// `:quotes`: every quotation between documents, with its differences.
    case quotes
    /// `:timeline [TEXT]`: the timeline, narrowed to a date ("1945-07") or words.
    case timeline(String)
    /// `:nohlsearch`: stop highlighting matches.
    case noHighlight
    /// `:help`.
    case help
    /// `:quit`.
    case quit

    /// Every command's full name, for completion and the unknown-command message.
    public static let names = ["cite", "delmarks", "filter", "grep", "help", "index", "marks", "nohlsearch", "open", "outline",
                               "page", "quit", "quotes", "search", "split", "timeline"]

    /// Short forms that would otherwise be ambiguous prefixes (vim's habits).
    private static let aliases = ["q": "quit", "q!": "quit", "qa": "quit", "wq": "quit", "x": "quit", "e": "open", "edit": "open",
                                  "sp": "split", "vs": "split", "vsplit": "split", "noh": "nohlsearch", "s": "search",
                                  "toc": "outline", "f": "filter", "p": "page", "g": "grep", "h": "help", "o": "open", "c": "cite",
                                  "delm": "delmarks", "delm!": "delmarks!", "delmarks!": "delmarks!", "quotations": "quotes"]

    /// Parses a line typed at `:` (without the colon), or says clearly what is wrong.
    public static func parse(_ line: String) -> Result<LineCommand, LineCommandError> {
        let trimmed = line.trimmedSpaces
        guard !trimmed.isEmpty else { return .failure(.empty) }
        if let n = Int(trimmed) { return .success(.page(n)) }
        let word = String(trimmed.prefix { !$0.isWhitespace })
        let argument = String(trimmed.dropFirst(word.count)).trimmedSpaces
        guard let name = resolve(word.lowercased()) else { return .failure(.unknown(word)) }
        switch name {
        case "page":
            guard let n = Int(argument) else { return .failure(.usage("page N (a page number)")) }
            return .success(.page(n))
        case "open", "split":
            guard !argument.isEmpty else { return .failure(.usage("\(name) DOC[:PAGE]")) }
            var doc = argument
            var page: Int?
            if let colon = argument.lastIndex(of: ":"), let n = Int(argument[argument.index(after: colon)...]) {
                doc = String(argument[..<colon]).trimmedSpaces
                page = n
            }
            return .success(name == "open" ? .open(doc, page: page) : .split(doc, page: page))
        case "filter":
            return .success(.filter(argument.split(separator: ",").map { String($0).trimmedSpaces }.filter { !$0.isEmpty }))
        case "search", "grep":
            guard !argument.isEmpty else { return .failure(.usage("\(name) TEXT")) }
            return .success(name == "search" ? .search(argument) : .grep(argument))
        case "cite":
            guard !argument.isEmpty else { return .failure(.usage("cite ID (as H-197715 or \"SRH-078, p. 4\")")) }
            return .success(.cite(argument))
        case "delmarks":
            let letters = Set(argument.filter { !$0.isWhitespace })
            guard !letters.isEmpty, letters.isSubset(of: ReaderState.markLetters) else { return .failure(.usage("delmarks a b … (or delmarks! for all)")) }
            return .success(.deleteMarks(letters))
        case "delmarks!": return .success(.deleteMarks(ReaderState.markLetters))
        case "outline": return .success(.outline)
        case "marks": return .success(.marks)
        case "index": return .success(.index)
        case "timeline": return .success(.timeline(argument))
        case "quotes": return .success(.quotes)
        case "nohlsearch": return .success(.noHighlight)
        case "help": return .success(.help)
        default: return .success(.quit)
        }
    }

    /// The full name a typed word stands for: itself, an alias, or the one name it begins.
    static func resolve(_ word: String) -> String? {
        if names.contains(word) { return word }
        if let alias = aliases[word] { return alias }
        let matches = names.filter { $0.hasPrefix(word) }
        return matches.count == 1 ? matches[0] : nil
    }
}

/// Why a `:` line could not run.
public enum LineCommandError: Error, Hashable, Sendable {
    /// Nothing was typed.
    case empty
    /// The first word names no command.
    case unknown(String)
    /// The command's arguments are wrong; the text shows the right form.
    case usage(String)

    /// The message row's text.
    public var message: String {
        switch self {
        case .empty: return ""
        case .unknown(let word): return "not a command: \(word) (Tab completes; :help lists them)"
        case .usage(let form): return "usage: :\(form)"
        }
    }
}
