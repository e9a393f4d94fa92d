import TerminalCore

/// The user's key file: rebindings read from `$XDG_CONFIG_HOME/dossier/keys`, applied over a key map.
///
/// One binding per line: `KEYS COMMAND` for reading, or `MODE KEYS COMMAND` for another mode
/// (note, card, index, help, picker). `KEYS` is key notation as the help screen writes it
/// (`n`, `<C-j>`, `<C-w>v`); `COMMAND` is a name from `Command.named`, or `unbound` to free the
/// keys. `#` starts a comment. A line that cannot be read is reported with its number and ignored.
public struct KeyFile: Sendable {
    /// One rebinding.
    public struct Rebinding: Hashable, Sendable {
        /// The mode it applies in.
        public var mode: ModeKind
        /// The key sequence.
        public var keys: [Key]
        /// The command, or nil to unbind.
        public var command: Command?
        /// Line number in the file.
        public var line: Int
    }

    /// The rebindings, in file order (later lines win).
    public let rebindings: [Rebinding]
    /// One sentence per line that was ignored: "keys line 3: unknown command "scroll"".
    public let problems: [String]

    /// Parses the file's text.
    public init(text: String) {
        var rebindings: [Rebinding] = []
        var problems: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            // "#" starts a comment anywhere, as in most configuration files (so "#" itself cannot be bound).
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !words.isEmpty else { continue }
            func fail(_ why: String) { problems.append("keys line \(number): \(why); ignored") }
            var mode = ModeKind.reading
            var rest = words[...]
            if words.count == 3 {
                guard let m = ModeKind(rawValue: words[0]) else {
                    fail("unknown mode \"\(words[0])\" (modes: \(ModeKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                mode = m
                rest = rest.dropFirst()
            } else if words.count != 2 {
                fail("expected \"KEYS COMMAND\" or \"MODE KEYS COMMAND\"")
                continue
            }
            let notation = rest[rest.startIndex], name = rest[rest.startIndex + 1]
            let parsed = (try? KeyNotation.parse(notation)) ?? []
            let keys = parsed.compactMap { input -> Key? in if case .key(let key) = input { return key } else { return nil } }
            guard !keys.isEmpty, keys.count == parsed.count else {
                fail("\"\(notation)\" is not a key (write keys as help shows them: n, <C-j>, <C-w>v)")
                continue
            }
            if name == "unbound" {
                rebindings.append(Rebinding(mode: mode, keys: keys, command: nil, line: number))
            } else if let command = Command(name: name) {
                rebindings.append(Rebinding(mode: mode, keys: keys, command: command, line: number))
            } else {
                fail("unknown command \"\(name)\" ('dossier keys' lists them)")
            }
        }
        self.rebindings = rebindings
        self.problems = problems
    }
}

extension KeyMap {
    /// This map with a key file's rebindings applied: the keys leave whatever they did in that mode and join their new command.
    public func applying(_ file: KeyFile) -> KeyMap {
        var bindings = self.bindings
        for rebinding in file.rebindings {
            // Free the keys in that mode; a binding shared with other modes keeps them there.
            var freed: [KeyBinding] = []
            for binding in bindings {
                guard binding.modes.contains(rebinding.mode), binding.sequences.contains(rebinding.keys) else {
                    freed.append(binding)
                    continue
                }
                var here = binding
                here.modes = [rebinding.mode]
                here.sequences.removeAll { $0 == rebinding.keys }
                var elsewhere = binding
                elsewhere.modes.remove(rebinding.mode)
                if !elsewhere.modes.isEmpty { freed.append(elsewhere) }
                if !here.sequences.isEmpty { freed.append(here) }
            }
            bindings = freed
            guard let command = rebinding.command else { continue }
            if let i = bindings.firstIndex(where: { $0.command == command && $0.modes == [rebinding.mode] }) {
                bindings[i].sequences.append(rebinding.keys)
            } else if let i = bindings.firstIndex(where: { $0.command == command && $0.modes.contains(rebinding.mode) }) {
                // Split the mode off a shared binding so the new key applies only where it was asked for.
                var own = bindings[i]
                own.modes = [rebinding.mode]
                own.sequences.append(rebinding.keys)
                bindings[i].modes.remove(rebinding.mode)
                bindings.insert(own, at: i + 1)
            } else {
                let model = self.bindings.first { $0.command == command }
                var added = KeyBinding([], command, model?.help ?? command.name ?? "", modes: [rebinding.mode],
                                       section: model?.section ?? "Rebound")
                added.sequences = [rebinding.keys]
                bindings.append(added)
            }
        }
        return KeyMap(bindings: bindings.filter { !$0.sequences.isEmpty })
    }
}
