import Foundation

/// A full-screen program as the pty measures run it: its command, how its first screen is recognised
/// and how it is quit.
struct ScreenProgram: Sendable {
    /// The name printed in the table ("dossier", "less", "vim -R").
    var name: String
    /// The command line.
    var arguments: [String]
    /// A regular expression that matches the program's output once its first screen is drawn.
    var ready: String
    /// The keys that quit it.
    var quit: [UInt8]
}

/// The programs dossier is compared with, and dossier itself, as the benchmark runs them.
enum Peers {
    /// The reader, with neither saved state restored nor written (`--no-state`), so each run starts the
    /// same. Its first frame ends with the key hints row, which is drawn only with the whole screen.
    static func dossier(_ binary: String, corpus: String, documents: [String] = []) -> ScreenProgram {
        ScreenProgram(name: "dossier", arguments: [binary, "open", "--no-state", "--corpus", corpus] + documents,
                      ready: "▶", quit: Array("q".utf8))
    }

    /// less on one file, optionally from a line: its first prompt names the file, once the first page is shown.
    static func less(_ file: String, line: Int? = nil) -> ScreenProgram {
        ScreenProgram(name: "less", arguments: ["less"] + (line.map { ["+\($0)"] } ?? []) + [file], ready: NSRegularExpression.escapedPattern(for: (file as NSString).lastPathComponent),
                      quit: Array("q".utf8))
    }

    /// vim read-only on one file, with no vimrc, plugins, viminfo or swap file (`-u NONE -i NONE -N -n`):
    /// the editor's own speed, as fast as vim gets, and nothing from the user's home. The "NL, NB" message
    /// appears once the whole file is read.
    static func vim(_ file: String) -> ScreenProgram {
        ScreenProgram(name: "vim -R", arguments: ["vim", "-R", "-u", "NONE", "-i", "NONE", "-N", "-n", file],
                      ready: #"\d+L, \d+B"#, quit: Array(":q!\r".utf8))
    }

    /// ripgrep over the corpus's documents, case-insensitive (`-g *.txt`: the files dossier reads, not
    /// actors.toml); one thread or as many as it likes.
    static func ripgrep(_ pattern: String, in folder: String, oneThread: Bool) -> [String] {
        ["rg"] + (oneThread ? ["-j1"] : []) + ["-i", "-g", "*.txt", pattern, folder]
    }

    /// The environment every program runs in: small and explicit, so no user configuration can skew
    /// a figure; HOME and XDG folders in the benchmark's temporary folder, so nothing is read from or
    /// written to the user's.
    static func environment(home: String) -> [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "HOME": home,
            "XDG_STATE_HOME": home + "/state",
            "XDG_CONFIG_HOME": home + "/config",
            "LESSHISTFILE": "-",  // less: no history file
            "LESS": "",           // less: its defaults
        ]
    }
}
