/// One step back that the forward key can redo.
enum BackStep: Hashable, Sendable {
    /// Pane `index` went back a place (its own forward list holds where it was).
    case pane(Int)
    /// A pane split off for a jump was closed by going back past its first place; forward opens it again.
    case reopen(Pane, at: Int)
}
