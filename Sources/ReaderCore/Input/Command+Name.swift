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
        ("citation-index", .citationIndex), ("back", .back), ("forward", .forward), ("follow", .toggleFollow),
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
