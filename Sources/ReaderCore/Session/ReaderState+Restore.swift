extension ReaderState {
    /// Puts back what a saved session resolved to: its panes and focus when `layout` (else the panes the
    /// command line opened stay), its actor filter when `filter` (else the one given stays), and always the
    /// marks, last positions and histories.
    mutating func restore(_ resolved: ResolvedSession, layout: Bool, filter: Bool, in context: ReaderContext) {
        if layout, !resolved.panes.isEmpty {
            panes = resolved.panes
            focus = min(max(0, resolved.focus), panes.count - 1)
        }
        marks = resolved.marks
        lastPositions = resolved.lastPositions
        searchHistory = resolved.searchHistory
        commandHistory = resolved.commandHistory
        guard filter else { return }
        if resolved.actorFilter.isOn {
            // The filter's own line says what it hides, unless the start has something more pressing to say.
            let earlier = message
            setActorFilter(resolved.actorFilter, in: context)
            if earlier != nil { message = earlier }
        } else {
            actorFilter.requiresAll = resolved.actorFilter.requiresAll
        }
    }
}
