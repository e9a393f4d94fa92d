import Corpus
import ReaderCore
import TerminalCore
import Testing
import TestSupport

/// Random key, mouse and resize sequences never break the reader's invariants or its screen.
@Suite struct RandomInputPropertyTests {
    /// Terminal sizes drawn for resizes: degenerate, tiny, usual and huge. Few, because every new
    /// pane width means laying the thesis out again.
    static let sizes: [(Int, Int)] = [(1, 1), (10, 4), (33, 3), (40, 12), (80, 24), (200, 60)]

    /// Every key sequence of the standard key map, each as one unit (Ctrl-W w stays together).
    static let boundSequences: [[Key]] = {
        var seen = Set<[Key]>()
        return KeyMap.standard.bindings.flatMap(\.sequences).filter { seen.insert($0).inserted }
    }()

    /// Characters that are not (all) bindings: letters, digits, wide, combining, controls, separators.
    static let strayCharacters: [Character] = ["a", "Z", "0", "9", "!", "#", "~", "é", "e\u{301}", "日", "😀", "—", "\u{7}", "\u{1B}",
                                               "\n", "\t", "\u{2028}", "\u{9B}", "\u{200B}"]

    /// Other keys the terminal may send.
    static let strayKeys: [Key] = [.delete, .insert, .function(2), .function(12), .control("a"), .control("t"), .control("w")]

    /// 450 sequences of 5 to 40 inputs in six batches with their own seeds, so they run in parallel:
    /// about 13,600 keys, mouse events and resizes in all, each followed by a check of every invariant.
    @Test(arguments: 0..<6)
    func invariantsHoldAfterEveryInput(batch: Int) {
        var rng = SplitMix64(seed: 0xD05_51E8 &+ UInt64(batch))
        // Layouts are the expensive part (the thesis takes tens of milliseconds in a debug build), and one
        // cache of 24 shared by every size would thrash; a context per terminal size keeps each one's widths
        // warm. Contexts only memoise, so which one serves a state changes nothing but speed.
        var contexts: [Int: ReaderContext] = [:]
        func context(for state: ReaderState) -> ReaderContext {
            let key = state.columns * 10_000 + state.rows
            if let known = contexts[key] { return known }
            let made = ReaderContext(corpus: Seeds.corpus)
            contexts[key] = made
            return made
        }
        // Documents of the starting panes: the default pair, one pane, three panes.
        let starts: [[Int]] = [
            ReaderSession.defaultOpenings(in: Seeds.corpus).map(\.document),
            [Seeds.srh078],
            [Seeds.oss, Seeds.srh086, Seeds.book],
        ]
        var inputsChecked = 0
        for sequence in 0..<75 {
            let (columns, rows) = [(80, 24), (40, 12), (60, 20), (10, 4)][sequence % 4]
            let documents = starts[Int.random(in: 0..<starts.count, using: &rng)]
            var state = ReaderState(panes: documents.map { Pane(document: $0) }, columns: columns, rows: rows)
            var script: [Input] = []
            // Half the sequences start under an actor filter (one or two people, any or all), so every
            // later key also runs in a filtered view.
            if sequence % 2 == 0 {
                let people = [["s", "a", "t", "o"], ["l", "o", "z"], ["t", "o", "g", "o"], ["k", "w", "a", "n"]]
                script.append(.key(.character("a")))
                for _ in 0..<Int.random(in: 1...2, using: &rng) {
                    script.append(.key(.control("u")))
                    script += people.randomElement(using: &rng)!.map { .key(.character(Character($0))) }
                    script.append(.key(.character(" ")))
                }
                if Bool.random(using: &rng) { script.append(.key(.tab)) }
                script.append(.key(.enter))
            }
            for _ in 0..<Int.random(in: 5...40, using: &rng) { script += Self.randomInputs(state: state, using: &rng) }
            for (step, input) in script.enumerated() {
                _ = state.handle(input, in: context(for: state))
                let grid = ReaderView(state: state, context: context(for: state), theme: .colour).render()
                let problems = Self.violations(state: state, grid: grid, context: context(for: state))
                inputsChecked += 1
                if !problems.isEmpty {
                    Issue.record("sequence \(sequence) step \(step) after \(input): \(problems.joined(separator: "; "))")
                    return
                }
            }
        }
        #expect(inputsChecked > 1_700, "over 10,000 inputs in the six batches (about 13,600)")
    }

    /// One random input (or a whole multi-key binding): bound keys most often, then stray keys, mouse and resizes.
    static func randomInputs(state: ReaderState, using rng: inout SplitMix64) -> [Input] {
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<55:
            return boundSequences.randomElement(using: &rng)!.map(Input.key)
        case 55..<70:
            return [.key(.character(strayCharacters.randomElement(using: &rng)!))]
        case 70..<75:
            return [.key(strayKeys.randomElement(using: &rng)!)]
        case 75..<92:
            // Mostly on screen, sometimes just off it.
            let action: MouseEvent.Action = [.click, .wheelUp, .wheelDown].randomElement(using: &rng)!
            let column = Int.random(in: 0...(state.columns + 2), using: &rng)
            let row = Int.random(in: 0...(state.rows + 2), using: &rng)
            return [.mouse(MouseEvent(action, column: column, row: row))]
        default:
            let (c, r) = sizes.randomElement(using: &rng)!
            return [.resize(columns: c, rows: r)]
        }
    }

    /// What is wrong with the state or its screen; empty when nothing is.
    static func violations(state: ReaderState, grid: Grid, context: ReaderContext) -> [String] {
        var problems: [String] = []
        if !(1...ReaderState.maxPanes).contains(state.panes.count) { problems.append("\(state.panes.count) panes") }
        if !state.panes.indices.contains(state.focus) { problems.append("focus \(state.focus) of \(state.panes.count)") }
        if state.pending.count > 1 { problems.append("pending \(state.pending)") }
        if grid.width != state.columns || grid.height != state.rows {
            problems.append("grid \(grid.width)x\(grid.height) for a \(state.columns)x\(state.rows) state")
        }
        problems += cellProblems(grid)
        let screen = state.screen
        for (i, frame) in screen.panes.enumerated() {
            let layout = context.layout(of: state.panes[i], width: frame.text.width)
            let line = layout.lineIndex(of: state.panes[i].anchor)
            if !layout.lines.isEmpty, !layout.lines.indices.contains(line) { problems.append("pane \(i) anchor line \(line) of \(layout.lines.count)") }
            let top = layout.top(for: state.panes[i].anchor, height: frame.text.height)
            if top < 0 || top > max(0, layout.lines.count - frame.text.height) { problems.append("pane \(i) top \(top)") }
        }
        switch state.mode {
        case .reading: break
        case .help(let top):
            let count = HelpText(keyMap: context.keyMap, width: state.columns - 2).lines.count
            if top < 0 || top > count { problems.append("help top \(top) of \(count)") }
        case .picker(let picker):
            let count = PickerEntry.matching(picker.query, in: context.corpus).count
            if picker.selection < 0 || picker.selection > max(0, count - 1) { problems.append("picker selection \(picker.selection) of \(count)") }
        case .actors(let picker):
            let count = ActorEntry.matching(picker.query, in: context.corpus, openDocuments: Set(state.panes.compactMap(\.document))).count
            if picker.selection < 0 || picker.selection > max(0, count - 1) { problems.append("actor picker selection \(picker.selection) of \(count)") }
        case .list(let list):
            let count = ListEntry.matching(list, in: state, context: context).count
            if list.selection < 0 || list.selection > max(0, count - 1) { problems.append("list selection \(list.selection) of \(count)") }
        case .prompt(let prompt):
            if prompt.editor.cursor < 0 || prompt.editor.cursor > prompt.editor.text.count { problems.append("prompt cursor \(prompt.editor.cursor)") }
        case .mark:
            break
        }
        // Every pane highlights the reader's search, and a current match is one of its document's matches.
        let query = state.search.flatMap(SearchQuery.init)
        for (i, pane) in state.panes.enumerated() {
            if pane.search != query { problems.append("pane \(i) search \(String(describing: pane.search)) not the reader's") }
            if let current = pane.currentMatch, let d = pane.document, let query,
               !context.corpus.documents[d].matches(of: query).contains(current) {
                problems.append("pane \(i) current match \(current) is no match")
            }
        }
        problems += filterProblems(state: state, context: context)
        problems += placeProblems(state: state, context: context)
        return problems
    }

    /// Every pane shows something real (a document, actor or id of the corpus), and every jump list holds
    /// only such places, within its capacity, each pointing back at panes that exist.
    static func placeProblems(state: ReaderState, context: ReaderContext) -> [String] {
        func unreal(_ content: PaneContent) -> String? {
            switch content {
            case .document(let d): return context.corpus.documents.indices.contains(d) ? nil : "document \(d)"
            case .actorCard(let a): return context.corpus.actors.actors.indices.contains(a) ? nil : "actor \(a)"
            case .card(let id): return id.isEmpty ? "an empty card" : nil
            case .searchResults(let query): return query.isEmpty ? "results of an empty search" : nil
            case .citationIndex, .timeline, .quotations: return nil
            }
        }
        var problems: [String] = []
        for (i, pane) in state.panes.enumerated() {
            if let what = unreal(pane.content) { problems.append("pane \(i) shows \(what)") }
            let jumps = pane.jumps
            if jumps.back.count > JumpList.capacity || jumps.forward.count > JumpList.capacity {
                problems.append("pane \(i) jump list \(jumps.back.count) back, \(jumps.forward.count) forward")
            }
            for entry in jumps.back + jumps.forward {
                if let what = unreal(entry.place.content) { problems.append("pane \(i) jump list holds \(what)") }
            }
            if zip(jumps.back, jumps.back.dropFirst()).contains(where: { $0.place == $1.place }) {
                problems.append("pane \(i) jump list holds one place twice in a row")
            }
        }
        return problems
    }

    /// The actor filter's invariants: every pane carries the reader's filter, chosen actors and revealed
    /// blocks exist, a selected name is a real mention, and a filtered layout shows only passing passages.
    static func filterProblems(state: ReaderState, context: ReaderContext) -> [String] {
        var problems: [String] = []
        let actors = context.corpus.actors
        if state.actorFilter.actors.contains(where: { !actors.actors.indices.contains($0) }) { problems.append("filter names a missing actor") }
        if Set(state.actorFilter.actors).count != state.actorFilter.actors.count { problems.append("an actor chosen twice") }
        for (i, pane) in state.panes.enumerated() {
            if pane.actors != state.actorFilter { problems.append("pane \(i) carries another filter") }
            guard let d = pane.document else {
                if !pane.revealed.isEmpty { problems.append("pane \(i) reveals blocks of no document") }
                continue
            }
            let blocks = context.corpus.documents[d].blocks.indices
            if !pane.revealed.allSatisfy(blocks.contains) { problems.append("pane \(i) reveals a missing block") }
            if case .mention(let block, let start)? = pane.selection, !actors.mentions(in: d, block: block).contains(where: { $0.start == start }) {
                problems.append("pane \(i) selects a name that is not a mention")
            }
        }
        return problems
    }

    /// Cell-level screen rules: wide cells paired with continuations, rows exactly as wide as the grid, no controls.
    ///
    /// A row's display width is the sum of its characters' widths (that is how `DisplayWidth` measures a
    /// string), so checking each cell's width against `DisplayWidth` and summing them checks the row's text.
    static func cellProblems(_ grid: Grid) -> [String] {
        var problems: [String] = []
        for row in 0..<grid.height {
            var columns = 0
            for column in 0..<grid.width {
                let cell = grid[column, row]
                if cell.isContinuation {
                    if !(column > 0 && grid[column - 1, row].width == 2) { problems.append("orphaned right half at \(column),\(row)") }
                    continue
                }
                columns += Int(cell.width)
                // Printable ASCII is the common case and is one column by definition; measure the rest.
                if let ascii = cell.character.asciiValue, ascii >= 0x20, ascii < 0x7F, cell.width == 1 { continue }
                if cell.width == 2, !(column + 1 < grid.width && grid[column + 1, row].isContinuation) {
                    problems.append("wide cell at \(column),\(row) without its right half")
                }
                if cell.character.unicodeScalars.contains(where: isControl) {
                    problems.append("control character U+\(String(cell.character.unicodeScalars.first!.value, radix: 16)) at \(column),\(row)")
                }
                if DisplayWidth.of(cell.character) != Int(cell.width) {
                    problems.append("cell \(column),\(row) \"\(cell.character)\" has width \(cell.width), measures \(DisplayWidth.of(cell.character))")
                }
            }
            if columns != grid.width { problems.append("row \(row) covers \(columns) of \(grid.width) columns") }
        }
        return problems
    }

    /// C0, DEL, C1 and the Unicode line and paragraph separators: what a terminal would interpret.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    @Test func theCheckerCatchesABrokenGrid() {
        // The invariants must be able to fail: a grid with a control character and an orphaned half.
        var grid = Grid(width: 4, height: 1)
        grid.put("日", column: 0, row: 0)
        grid.fill(Rect(x: 0, y: 0, width: 1, height: 1), character: "\u{7}")
        #expect(!Self.cellProblems(grid).isEmpty)
    }
}
