import Corpus

extension ReaderState {
    /// The letter after `m` or `'`: sets or goes to a mark; `''` goes back to before the last jump.
    mutating func markLetter(_ letter: Character, _ action: MarkAction, in context: ReaderContext) {
        mode = .reading
        switch action {
        case .set: setMark(letter, in: context)
        case .jump where letter == "'" || letter == "`": swapWithLastJump(in: context)
        case .jump: goToMark(letter, in: context)
        }
    }

    /// `m{a-z}`: keeps the focused pane's document and top line under the letter.
    private mutating func setMark(_ letter: Character, in context: ReaderContext) {
        guard ReaderState.markLetters.contains(letter) else {
            message = Message("marks are the letters a-z", isError: true)
            return
        }
        guard let d = panes[focus].document else {
            message = Message("marks are set in documents; this pane shows none", isError: true)
            return
        }
        let anchor = panes[focus].anchor
        marks[letter] = Mark(document: d, anchor: anchor)
        message = Message("mark \(letter): \(ReaderState.describe(Mark(document: d, anchor: anchor), in: context)) ('\(letter) comes back)")
    }

    /// `'{a-z}`: the focused pane jumps to the mark, revealed if the actor filter hides it.
    private mutating func goToMark(_ letter: Character, in context: ReaderContext) {
        guard let mark = marks[letter], context.corpus.documents.indices.contains(mark.document) else {
            message = Message("no mark \(letter); M lists the marks", isError: !ReaderState.markLetters.contains(letter))
            return
        }
        go(to: .anchor(document: mark.document, mark.anchor), in: context)
        message = Message("mark \(letter): \(ReaderState.describe(mark, in: context)) · '' returns")
    }

    /// `''`: back to where the focused pane was before its last jump; pressed again, returns (the two places trade).
    private mutating func swapWithLastJump(in context: ReaderContext) {
        guard let entry = panes[focus].jumps.swapLast(with: panes[focus].place) else {
            message = Message("no jump to return from in this pane")
            return
        }
        panes[focus].show(entry.place)
        backTrail = []
        message = Message("back to before the last jump ('' again returns)")
    }

    /// The letters a mark can have.
    static let markLetters = Set("abcdefghijklmnopqrstuvwxyz")

    /// "PSIS 400-16 · SRH-078, p. 4" for a mark.
    static func describe(_ mark: Mark, in context: ReaderContext) -> String {
        let document = context.corpus.documents[mark.document]
        let block = document.blocks.indices.contains(mark.anchor.block) ? document.blocks[mark.anchor.block] : nil
        let page = block?.page(atOffset: max(0, mark.anchor.offset))
        return PaneTitle.of(document) + (page.map { ", p. \($0)" } ?? "")
    }
}
