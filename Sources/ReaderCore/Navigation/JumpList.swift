/// A pane's way back: where each jump came from, and where each step back left from.
///
/// Like vim's jump list, per pane: a jump pushes the place left onto `back` and
/// clears `forward`; going back moves the current place onto `forward`.
public struct JumpList: Hashable, Sendable {
    /// One recorded jump: the place left and the pane whose command caused it (when another pane's note was followed).
    public struct Entry: Hashable, Sendable {
        /// Where the pane was.
        public var place: Place
        /// The pane the jump was started from, when it was not this one (focus returns there on the way back).
        public var origin: Int?
    }

    /// Places to go back to, oldest first.
    public private(set) var back: [Entry] = []
    /// Places gone back from, most recent last.
    public private(set) var forward: [Entry] = []
    /// The pane this one was split from to show a followed citation: going back past its first place closes it.
    public private(set) var openedFrom: Int?
    /// True until the first place of a pane split off for a jump is shown: that pane has nowhere to go back to.
    private var awaitsFirstPlace = false

    /// How many places are kept each way; the oldest are dropped first.
    public static let capacity = 100

    /// Creates an empty list.
    public init() {}

    /// Marks the list of a pane just split off `pane` to show a jump's target (`fresh`: its first place is yet to come).
    public mutating func splitOff(from pane: Int, fresh: Bool = true) {
        openedFrom = pane
        awaitsFirstPlace = fresh
    }

    /// Records leaving `place` for a new one.
    public mutating func record(_ place: Place, origin: Int? = nil) {
        if awaitsFirstPlace {
            // The placeholder a split-off pane starts with is no place to come back to.
            awaitsFirstPlace = false
            return
        }
        // Jumping to where one already is would make "back" seem to do nothing.
        if back.last?.place == place { forward = []; return }
        back.append(Entry(place: place, origin: origin))
        if back.count > Self.capacity { back.removeFirst(back.count - Self.capacity) }
        forward = []
    }

    /// Steps back from `current`: returns the entry to restore, or nil when there is none.
    public mutating func goBack(from current: Place) -> Entry? {
        guard let entry = back.popLast() else { return nil }
        forward.append(Entry(place: current, origin: entry.origin))
        return entry
    }

    /// `''`: trades `current` for the place before the last jump, so pressing it again comes back (as in vim and less).
    public mutating func swapLast(with current: Place) -> Entry? {
        guard let entry = back.popLast() else { return nil }
        back.append(Entry(place: current, origin: nil))
        return entry
    }

    /// Forgets which pane each jump came from (panes were added or closed, so the indices moved).
    public mutating func forgetOrigins() {
        openedFrom = nil
        awaitsFirstPlace = false
        for i in back.indices { back[i].origin = nil }
        for i in forward.indices { forward[i].origin = nil }
    }

    /// Steps forward from `current`: returns the entry to restore, or nil when there is none.
    public mutating func goForward(from current: Place) -> Entry? {
        guard let entry = forward.popLast() else { return nil }
        back.append(Entry(place: current, origin: entry.origin))
        return entry
    }
}
