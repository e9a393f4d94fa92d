import ArgumentParser
import Foundation
import ReaderCore

/// `dossier keys`: the key map in effect (the standard keys with the user's key file applied) and where that file is.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the reader's keys and the command names a key file can bind.",
        discussion: """
        The key file is $XDG_CONFIG_HOME/dossier/keys (default ~/.config/dossier/keys). One binding per line: \
        "KEYS COMMAND" for reading, or "MODE KEYS COMMAND" for another mode (note, card, index, help, picker); \
        COMMAND "unbound" frees the keys; # starts a comment. Keys are written as this list writes them \
        (n, <C-j>, <C-w>v). Lines that cannot be read are reported with their number and ignored.
        Example: printf 'n select-next\\nN select-previous\\n' > ~/.config/dossier/keys; dossier keys
        """
    )

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (keyMap, problems) = UserKeys.load(environment: environment)
        var lines = ["key file: " + (UserKeys.path(environment: environment) ?? "none (no HOME)")]
        for mode in ModeKind.allCases {
            lines.append("")
            lines.append(mode.rawValue)
            for (_, bindings) in keyMap.sections(for: mode) {
                for binding in bindings {
                    let name = binding.command.name ?? "-"
                    lines.append("  " + binding.keysText.padding(toLength: max(24, binding.keysText.count), withPad: " ", startingAt: 0)
                                 + "  " + name.padding(toLength: max(16, name.count), withPad: " ", startingAt: 0) + "  " + binding.help)
                }
            }
        }
        Output.text(lines)
        for problem in problems { Output.warn(problem) }
    }
}
