extension Command {
    /// Every command a key can be bound to, with the name the key file and `dossier keys` use.
    ///
    /// Typing into a filter, resizes and mouse reports come from the terminal, not from a binding.
    public static let named: [(name: String, command: Command)] = [
        ("line-down", .scrollLines(1)), ("line-up", .scrollLines(-1)),
        ("page-down", .scrollPages(1)), ("page-up", .scrollPages(-1)),
        ("half-page-down", .scrollHalfPages(1)), ("half-page-up", .scrollHalfPages(-1)),
        ("top", .top), ("bottom", .bottom),
        ("select-next", .selectNext), ("select-previous", .selectPrevious), ("activate", .activate),
        ("close-note", .closeStrip), ("next-note", .stepNote(1)), ("previous-note", .stepNote(-1)),
        ("citation-index", .citationIndex), ("timeline", .timeline), ("follow-quotation", .followQuotation), ("back", .back), ("forward", .forward), ("follow", .toggleFollow),
        ("filter-erase", .filterErase), ("filter-clear", .filterClear),
        ("focus-next", .focusNext), ("focus-previous", .focusPrevious), ("focus-left", .focusLeft), ("focus-right", .focusRight),
        ("open", .openPicker), ("split", .split), ("close-pane", .closePane),
        ("narrow", .narrow), ("widen", .widen), ("equalise", .equalise),
        ("furniture", .toggleFurniture), ("help", .help), ("close", .close),
        ("picker-down", .pickerMove(1)), ("picker-up", .pickerMove(-1)),
        ("picker-page-down", .pickerMove(10)), ("picker-page-up", .pickerMove(-10)),
        ("picker-open", .pickerAccept), ("picker-erase", .pickerErase), ("picker-clear", .pickerClear),
        ("actor-filter", .actorPicker), ("clear-actor-filter", .clearActors), ("any-or-all", .toggleActorMatch),
        ("next-name", .selectMention(1)), ("previous-name", .selectMention(-1)), ("filter-by-name", .chooseMentionActor),
        ("picker-choose", .pickerToggle),
        ("command-line", .commandLine), ("search", .searchPrompt(everywhere: false)), ("search-all", .searchPrompt(everywhere: true)),
        ("search-next", .searchNext(1)), ("search-previous", .searchNext(-1)), ("clear-search", .clearSearch),
        ("set-mark", .markPrompt(.set)), ("go-to-mark", .markPrompt(.jump)), ("marks", .marksList), ("outline", .outline),
        ("prompt-left", .promptMove(-1)), ("prompt-right", .promptMove(1)),
        ("prompt-start", .promptEdge(end: false)), ("prompt-end", .promptEdge(end: true)),
        ("prompt-erase", .promptErase), ("prompt-erase-word", .promptEraseWord), ("prompt-clear", .promptClear),
        ("prompt-older", .promptRecall(-1)), ("prompt-newer", .promptRecall(1)),
        ("prompt-complete", .promptComplete(1)), ("prompt-complete-back", .promptComplete(-1)), ("prompt-run", .promptAccept),
        ("redraw", .redraw), ("suspend", .suspend), ("quit", .quit), ("interrupt", .interrupt),
    ]

    /// The command a key-file name stands for.
    public init?(name: String) {
        guard let command = Command.named.first(where: { $0.name == name })?.command else { return nil }
        self = command
    }

    /// The name the key file uses for this command, if it can be bound.
    public var name: String? { Command.named.first { $0.command == self }?.name }
}
