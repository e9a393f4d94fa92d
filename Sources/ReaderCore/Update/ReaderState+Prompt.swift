import Corpus

extension ReaderState {
    /// `:`, `/` or `S`: opens the prompt on the message row (a search remembers where it began, for Esc).
    mutating func openPrompt(_ purpose: Prompt.Purpose, in context: ReaderContext) {
        var prompt = Prompt(purpose: purpose)
        if case .search(everywhere: false) = purpose {
            guard panes[focus].document != nil else {
                message = Message("/ searches the document in this pane, and it shows none; S searches every document", isError: true)
                return
            }
            prompt.origin = panes[focus].place
            prompt.previousSearch = search
            prompt.previousMatches = panes.map(\.currentMatch)
        }
        mode = .prompt(prompt)
    }

    /// Applies an edit to the prompt's line; a search in the document follows the new text at once.
    mutating func editPrompt(in context: ReaderContext, _ edit: (inout LineEditor) -> Void) {
        guard case .prompt(var prompt) = mode else { return }
        edit(&prompt.editor)
        prompt.completion = nil
        mode = .prompt(prompt)
        if case .search(everywhere: false) = prompt.purpose { searchAsTyped(prompt, in: context) }
    }

    /// Backspace: deletes a character, or on an empty line closes the prompt as Esc does (vim's habit).
    mutating func erasePrompt(in context: ReaderContext) {
        guard case .prompt(let prompt) = mode else { return }
        if prompt.editor.text.isEmpty { return closePrompt(in: context) }
        editPrompt(in: context) { $0.deleteBackward() }
    }

    /// Up and Down: an older or newer line of the prompt's history.
    mutating func recallPrompt(_ delta: Int, in context: ReaderContext) {
        guard case .prompt(let prompt) = mode else { return }
        let history = prompt.purpose == .command ? commandHistory : searchHistory
        editPrompt(in: context) { $0.recall(delta, from: history) }
    }

    /// Tab: completes the word at the cursor; pressed again, steps through the candidates (listed on the row above).
    mutating func completePrompt(_ delta: Int, in context: ReaderContext) {
        guard case .prompt(var prompt) = mode else { return }
        guard prompt.purpose == .command else {
            message = Message("Tab completes at the : prompt; here Up and Down recall earlier searches")
            return
        }
        if var completion = prompt.completion {
            let count = completion.candidates.count
            completion.chosen = ((completion.chosen ?? (delta > 0 ? -1 : count)) + delta + count) % count
            prompt.editor.replace(with: completion.head + completion.candidates[completion.chosen!])
            prompt.completion = completion
            mode = .prompt(prompt)
            return
        }
        guard let completion = LineCompletion.complete(prompt.editor.text, in: context.corpus) else {
            message = Message("nothing to complete", isError: true)
            return
        }
        if completion.candidates.count == 1 {
            prompt.editor.replace(with: completion.head + completion.candidates[0])
        } else {
            // The shared beginning, unless it is shorter than what was typed ("t" before "the Emperor" and "Togo").
            let shared = completion.head + LineCompletion.commonPrefix(completion.candidates)
            if shared.count >= prompt.editor.text.count { prompt.editor.replace(with: shared) }
            prompt.completion = completion
        }
        mode = .prompt(prompt)
    }

    /// Esc: closes the prompt; a search in the document returns to where it began, with the search before it.
    mutating func closePrompt(in context: ReaderContext) {
        guard case .prompt(let prompt) = mode else { return }
        mode = .reading
        if case .search(everywhere: false) = prompt.purpose, let origin = prompt.origin {
            search = prompt.previousSearch
            syncSearch()
            panes[focus].show(origin)
            for (i, match) in prompt.previousMatches.enumerated() where panes.indices.contains(i) { panes[i].currentMatch = match }
        }
    }

    /// Enter: runs the command, keeps the search, or searches every document.
    mutating func acceptPrompt(in context: ReaderContext) -> [Effect] {
        guard case .prompt(let prompt) = mode else { return [] }
        let text = prompt.editor.text
        mode = .reading
        switch prompt.purpose {
        case .command:
            commandHistory = LineEditor.remember(text, in: commandHistory)
            switch LineCommand.parse(text) {
            case .success(let command): return run(command, in: context)
            case .failure(.empty): break
            case .failure(let error): message = Message(error.message, isError: true)
            }
        case .search(everywhere: false):
            keepSearch(prompt, in: context)
        case .search(everywhere: true):
            searchHistory = LineEditor.remember(text, in: searchHistory)
            searchEverywhere(text, in: context)
        }
        return []
    }
}
