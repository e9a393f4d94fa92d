import TerminalCore

/// The key map: data mapping key sequences to commands per mode; help is rendered from it.
public struct KeyMap: Sendable {
    /// The result of feeding one more key.
    public enum Lookup: Hashable, Sendable {
        /// A complete sequence: run the command.
        case command(Command)
        /// The keys so far start a longer sequence: wait for more.
        case prefix
        /// No binding.
        case unbound
    }

    /// All bindings, in help order.
    public let bindings: [KeyBinding]

    /// Creates a key map.
    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// Looks up `pending` keys followed by `key` in `mode`, then in its parent modes.
    public func lookup(pending: [Key], key: Key, mode: ModeKind) -> Lookup {
        let typed = pending + [key]
        var isPrefix = false
        var current: ModeKind? = mode
        while let m = current {
            for binding in bindings where binding.modes.contains(m) {
                for sequence in binding.sequences {
                    if sequence == typed { return .command(binding.command) }
                    if sequence.count > typed.count, Array(sequence.prefix(typed.count)) == typed { isPrefix = true }
                }
            }
            // A binding of the mode itself wins over a longer sequence of its parent.
            if isPrefix { return .prefix }
            current = m.parent
        }
        return .unbound
    }

    /// True when `key` alone is bound in `mode` itself (not through its parent).
    public func binds(_ key: Key, in mode: ModeKind) -> Bool {
        bindings.contains { $0.modes.contains(mode) && $0.sequences.contains([key]) }
    }

    /// Bindings applying in `mode`, grouped by section in first-appearance order.
    public func sections(for mode: ModeKind) -> [(title: String, bindings: [KeyBinding])] {
        var order: [String] = []
        var groups: [String: [KeyBinding]] = [:]
        for binding in bindings where binding.modes.contains(mode) {
            if groups[binding.section] == nil { order.append(binding.section) }
            groups[binding.section, default: []].append(binding)
        }
        return order.map { ($0, groups[$0]!) }
    }
}
