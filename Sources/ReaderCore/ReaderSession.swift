import Corpus
import TerminalCore

/// A reading session: state, context and theme; the run loop and the tests drive this same object.
public struct ReaderSession {
    /// What is shown.
    public internal(set) var state: ReaderState
    /// The corpus, key map and layouts.
    public let context: ReaderContext
    /// The palette.
    public var theme: Theme

    /// A document and optionally the original page to open it at.
    public struct Opening: Hashable, Sendable {
        /// Index of the document.
        public var document: Int
        /// Original page, or nil for the top.
        public var page: Int?
        /// Source line (1-based) to open at, when no page is given.
        public var line: Int?
        /// Creates an opening.
        public init(document: Int, page: Int? = nil, line: Int? = nil) {
            self.document = document
            self.page = page
            self.line = line
        }
    }

    /// Opens `openings` (1 to 4) side by side on a `columns`×`rows` screen.
    public init(corpus: Corpus, openings: [Opening], columns: Int, rows: Int, theme: Theme = .monochrome, keyMap: KeyMap = .standard) {
        let context = ReaderContext(corpus: corpus, keyMap: keyMap)
        self.context = context
        self.theme = theme
        let openings = Array(openings.prefix(ReaderState.maxPanes))
        // A line-start anchor taken at another width can fall on the line before a page that begins
        // mid-paragraph, so page anchors are taken at the text widths the panes will have.
        let screen = ScreenLayout(columns: columns, rows: rows, weights: openings.map { _ in Pane.defaultWeight })
        let panes = openings.enumerated().map { i, opening in
            let width = screen.panes.indices.contains(i) ? screen.panes[i].text.width : 80
            return Pane(document: opening.document, anchor: ReaderSession.anchor(of: opening, in: corpus, layouts: context.layouts, width: width))
        }
        state = ReaderState(panes: panes.isEmpty ? [Pane(document: 0)] : Array(panes), columns: columns, rows: rows)
        state.message = ReaderSession.loadMessage(corpus)
    }

    /// Starts under an actor filter (`--actor`), as choosing the actors with `a` would.
    public mutating func applyActorFilter(_ filter: ActorFilter) {
        state.setActorFilter(filter, in: context)
    }

    /// Puts a line in the message row until the next key (start-up notices such as a bad key file).
    public mutating func notify(_ text: String, isError: Bool = false) {
        state.message = Message(text, isError: isError)
    }

    /// What the first screen's message row says about files the corpus could not read, if any.
    static func loadMessage(_ corpus: Corpus) -> Message? {
        skippedNotice(corpus).map { Message($0, isError: true) }
    }

    /// One line about the files the corpus could not load, the reader's only report of them (the
    /// first file and its reason; `dossier list` has every one); nil when none was skipped.
    public static func skippedNotice(_ corpus: Corpus) -> String? {
        guard let first = corpus.skipped.first else { return nil }
        let count = corpus.skipped.count
        // A file name is as untrusted as a document's text: its controls become the same visible placeholders.
        let line = "skipped \(Sanitizer.clean(first.file)): \(Sanitizer.clean(first.reason))"
        if count == 1 { return line }
        return line + ", and \(count - 1) more file\(count == 2 ? "" : "s") (see dossier list)"
    }

    /// The default opening: the first thesis on the left and the first summary it cites on the right (else the first two documents).
    public static func defaultOpenings(in corpus: Corpus) -> [Opening] {
        let documents = corpus.documents
        guard !documents.isEmpty else { return [] }
        let thesis = documents.firstIndex { $0.metadata.kind == .thesis } ?? 0
        let cited = documents[thesis].citations.compactMap { corpus.target(of: $0).flatMap { corpus.document(named: $0.file) } }
        let right = cited.first { $0 != thesis } ?? documents.indices.first { $0 != thesis }
        return [Opening(document: thesis)] + (right.map { [Opening(document: $0)] } ?? [])
    }

    /// Where a page starts at a text width, as an anchor (which later widths find again).
    static func anchor(of opening: Opening, in corpus: Corpus, layouts: LayoutCache, width: Int) -> Anchor {
        if opening.page == nil, let line = opening.line {
            // The first block shown in reading that ends at or after the line.
            let blocks = corpus.documents[opening.document].blocks
            guard let b = blocks.firstIndex(where: { $0.isReadingText && $0.lineEnd >= line }) else { return .top }
            return Anchor(block: b, offset: 0)
        }
        guard let page = opening.page else { return .top }
        let layout = layouts.layout(opening.document, in: corpus, options: .init(width: max(1, width)))
        guard let line = layout.firstLine(onPage: page) else { return .top }
        return line == 0 ? .top : layout.lines[line].anchor
    }

    /// Feeds one input; returns what the run loop must do besides drawing.
    @discardableResult
    public mutating func send(_ input: Input) -> [Effect] {
        state.handle(input, in: context)
    }

    /// Feeds inputs in order, stopping at the first quit; returns the quit status, if any.
    public mutating func send(_ inputs: [Input]) -> Int32? {
        for input in inputs {
            for effect in send(input) {
                if case .quit(let status) = effect { return status }
            }
        }
        return nil
    }

    /// The screen for the current state.
    public func render() -> Grid {
        ReaderView(state: state, context: context, theme: theme).render()
    }
}
