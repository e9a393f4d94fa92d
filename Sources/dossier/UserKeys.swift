import Foundation
import ReaderCore

/// The user's key file, `$XDG_CONFIG_HOME/dossier/keys` (default `~/.config/dossier/keys`), applied to the standard map.
enum UserKeys {
    /// Where the key file is looked for.
    static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/dossier/keys" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/dossier/keys"
    }

    /// The key map to use and one line per problem (a missing file is no problem: the standard map applies).
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> (keyMap: KeyMap, problems: [String]) {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else { return (.standard, []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.standard, ["key file \(path) is unreadable; the standard keys apply"])
        }
        let file = KeyFile(text: String(decoding: data, as: UTF8.self))
        return (KeyMap.standard.applying(file), file.problems)
    }

    /// The start-up message for key-file problems: the first one and how many more.
    static func notice(_ problems: [String]) -> String? {
        guard let first = problems.first else { return nil }
        return problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more; 'dossier keys' lists them)"
    }
}
