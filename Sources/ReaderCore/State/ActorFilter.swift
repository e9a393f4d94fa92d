/// The actor filter: the people and organisations chosen, and whether a passage must name any or all of them.
public struct ActorFilter: Hashable, Sendable {
    /// Chosen actors (registry indices) in the order chosen; the order gives each its highlight.
    public var actors: [Int]
    /// True when a passage must name every chosen actor, false when any one is enough.
    public var requiresAll: Bool

    /// Creates a filter; an empty one is off.
    public init(actors: [Int] = [], requiresAll: Bool = false) {
        self.actors = actors
        self.requiresAll = requiresAll
    }

    /// True when the filter narrows anything.
    public var isOn: Bool { !actors.isEmpty }

    /// Whether a passage naming `present` passes.
    public func passes(_ present: Set<Int>) -> Bool {
        guard isOn else { return true }
        return requiresAll ? actors.allSatisfy(present.contains) : actors.contains(where: present.contains)
    }

    /// Adds an actor, or removes it when already chosen.
    public mutating func toggle(_ actor: Int) {
        if let i = actors.firstIndex(of: actor) { actors.remove(at: i) } else { actors.append(actor) }
    }

    /// "any of" or "all of", as the status row and messages say it.
    public var matchName: String { requiresAll ? "all of" : "any of" }
}

/// A pane's place when the actor filter came on, and its top line in the filtered view then.
struct FilterOrigin: Hashable, Sendable {
    /// What the pane showed.
    var content: PaneContent
    /// Its top line before the filter.
    var original: Anchor
    /// Its top line under the filter, as first shown.
    var filtered: Anchor
}
