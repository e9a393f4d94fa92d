extension ReaderSession {
    /// Puts back what `saved` remembers, checked against the corpus (see `SavedSession.resolved(in:)`):
    /// the panes and focus when `layout` is true (no documents were named on the command line), the actor
    /// filter when `filter` is true (no `--actor` was given), and the marks, positions and histories always.
    ///
    /// Returns how many saved places no longer match the corpus and were left out.
    @discardableResult
    public mutating func restore(_ saved: SavedSession, layout: Bool = true, filter: Bool = true) -> Int {
        let resolved = saved.resolved(in: context.corpus)
        state.restore(resolved, layout: layout, filter: filter, in: context)
        return resolved.dropped
    }

    /// The message-row line for `count` saved places left out, or nil when none were.
    public static func droppedNotice(_ count: Int) -> String? {
        switch count {
        case 0: return nil
        case 1: return "1 saved place no longer matches the corpus"
        default: return "\(count) saved places no longer match the corpus"
        }
    }
}
