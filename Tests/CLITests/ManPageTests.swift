import Foundation
import Testing
import TestSupport

/// dossier.1 stays true to the binary: every key binding of `dossier keys`, every subcommand and every long
/// option of `dossier SUB --help` is in it, and it lints clean where mandoc and groff are installed.
@Suite struct ManPageTests {
    @Test func keysSectionListsEveryBindingOfEveryMode() throws {
        let r = try Dossier.run(["keys"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.isEmpty, "the empty config folder has no key file: \(r.err)")
        let bindings = KeyListing(r.out).modes
        #expect(bindings.count >= 6, "dossier keys printed: \(r.out)")

        let page = try ManPage.load()
        let hint = "dossier.1 is out of date with `dossier keys`: run `make man`"
        let documented = page.keyEntries()
        #expect(documented.map(\.mode) == bindings.map(\.mode), "modes differ; \(hint)")
        for (mode, expected) in bindings {
            let entries = documented.first { $0.mode == mode }?.entries ?? []
            for binding in expected {
                #expect(entries.contains { $0.keys == binding.keys && $0.body.hasSuffix("(\(binding.command))") },
                        "\(mode): \(binding.keys) → \(binding.command) is missing; \(hint)")
            }
            // And nothing the binary no longer binds.
            for entry in entries {
                #expect(expected.contains { $0.keys == entry.keys && entry.body.hasSuffix("(\($0.command))") },
                        "\(mode): the man page lists \(entry.keys) (\(entry.body)) but dossier keys does not; \(hint)")
            }
        }
    }

    @Test func commandsSectionCoversEverySubcommandAndOption() throws {
        let page = try ManPage.load()
        let subcommands = try Self.subcommands()
        #expect(Set(subcommands).isSuperset(of: ["open", "list", "show", "notes", "cite", "screen", "keys"]), "\(subcommands)")
        let synopsis = page.plain(section: "SYNOPSIS")
        let common = page.plain(section: "OPTIONS")
        for sub in subcommands {
            let help = try Dossier.run([sub, "--help"])
            #expect(help.status == 0, "\(sub): \(help.err)")
            let options = Self.longOptions(inHelp: help.out)
            #expect(options.contains("--help"), "\(sub) --help: \(help.out)")
            #expect(synopsis.contains(sub), "SYNOPSIS does not show \(sub)")
            guard let own = page.plain(section: "COMMANDS", subsection: sub) else {
                Issue.record("dossier.1 has no COMMANDS subsection \".SS \(sub)\"")
                continue
            }
            for option in options {
                // --help and --version are the argument parser's, on every command: described once under OPTIONS.
                let place = ["--help", "--version"].contains(option) ? common : own
                #expect(Self.mentions(place, option), "dossier.1 does not document \(sub) \(option)")
            }
        }
    }

    @Test func titleCarriesTheBinaryVersion() throws {
        let version = try Dossier.run(["--version"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!version.isEmpty)
        let title = try ManPage.load().lines.first { $0.hasPrefix(".TH ") } ?? ""
        #expect(title.contains("\"dossier \(version)\""), "\(title)")
    }

    @Test func everySubcommandHelpShowsAnExample() throws {
        for sub in try Self.subcommands() {
            let out = try Dossier.run([sub, "--help"]).out
            guard let example = out.range(of: "Example: ") else {
                Issue.record("dossier \(sub) --help shows no example")
                continue
            }
            let rest = out[example.upperBound...].replacingOccurrences(of: "\n", with: " ")
            #expect(rest.contains("dossier \(sub)"), "the example of \(sub) runs something else: \(rest)")
        }
    }

    @Test(.enabled(if: Tool.path("mandoc") != nil, "mandoc is not installed"))
    func lintsCleanWithMandoc() throws {
        let r = try Tool.run(Tool.path("mandoc")!, ["-T", "lint", "-W", "warning", ManPage.path])
        #expect(r.status == 0 && r.output.isEmpty, "mandoc -T lint -W warning dossier.1:\n\(r.output)")
    }

    @Test(.enabled(if: Tool.path("groff") != nil, "groff is not installed"))
    func rendersWithoutGroffWarnings() throws {
        let r = try Tool.run(Tool.path("groff")!, ["-ww", "-man", "-Tutf8", ManPage.path], discardStdout: true)
        #expect(r.status == 0 && r.output.isEmpty, "groff -ww -man -Tutf8 dossier.1:\n\(r.output)")
    }

    @Test func completionScriptsNameEverySubcommand() throws {
        let subcommands = try Self.subcommands()
        for shell in ["bash", "zsh", "fish"] {
            let r = try Dossier.run(["--generate-completion-script", shell])
            #expect(r.status == 0, "\(shell): \(r.err)")
            for sub in subcommands {
                #expect(r.out.contains(sub), "the \(shell) completion does not offer \(sub)")
            }
            #expect(r.out.contains("corpus"), "the \(shell) completion does not offer --corpus")
        }
    }

    /// The subcommands `dossier --help` lists (its SUBCOMMANDS lines are indented two spaces; wrapped text more).
    static func subcommands() throws -> [String] {
        let out = try Dossier.run(["--help"]).out
        guard let start = out.range(of: "SUBCOMMANDS:\n") else {
            Issue.record("dossier --help has no SUBCOMMANDS: \(out)")
            return []
        }
        return out[start.upperBound...].split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first,
                  word.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(word)
        }
    }

    /// The long options of a `--help` text: the `--name` words of its option lines (those starting with `-`).
    static func longOptions(inHelp help: String) -> [String] {
        var options: [String] = []
        for line in help.split(separator: "\n") where line.hasPrefix("  ") && line.drop(while: { $0 == " " }).hasPrefix("-") {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "," }) where word.hasPrefix("--") {
                let name = String(word.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
                if name.count > 2, !options.contains(name) { options.append(name) }
            }
        }
        return options
    }

    /// Whether `text` names `option` as a whole word (not `--notes` inside `--notes-only`).
    static func mentions(_ text: String, _ option: String) -> Bool {
        var rest = text[...]
        while let r = rest.range(of: option) {
            let next = rest[r.upperBound...].first
            if next == nil || !(next!.isLetter || next!.isNumber || next! == "-") { return true }
            rest = rest[r.upperBound...]
        }
        return false
    }
}

/// `dossier keys` read back: each mode's bindings (keys as one string, command name), in order.
struct KeyListing {
    struct Binding { var keys: String; var command: String }
    var modes: [(mode: String, bindings: [Binding])] = []

    init(_ text: String) {
        for line in text.split(separator: "\n").dropFirst() {  // the first line names the key file
            if !line.hasPrefix(" ") {
                modes.append((String(line), []))
                continue
            }
            // Columns: keys, command name, help, at least two spaces apart.
            let columns = line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard columns.count >= 2, !modes.isEmpty else { continue }
            modes[modes.count - 1].bindings.append(Binding(keys: columns[0], command: columns[1]))
        }
    }
}

/// dossier.1 at the package root, read as plain text by section.
struct ManPage {
    static var path: String { BuiltProduct.packageRoot.appendingPathComponent("dossier.1").path }

    let lines: [String]

    static func load() throws -> ManPage {
        ManPage(lines: try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n"))
    }

    /// The source lines of one `.SH` section (without its heading).
    func section(_ name: String) -> [String] {
        guard let start = lines.firstIndex(where: { Self.heading($0, ".SH") == name }) else { return [] }
        let body = lines[(start + 1)...]
        return Array(body.prefix { !$0.hasPrefix(".SH ") })
    }

    /// One section as text, or one of its `.SS` subsections (nil when there is none).
    func plain(section name: String) -> String { Self.plain(section(name)) }
    func plain(section name: String, subsection: String) -> String? {
        let lines = section(name)
        guard let start = lines.firstIndex(where: { Self.heading($0, ".SS") == subsection }) else { return nil }
        return Self.plain(Array(lines[(start + 1)...].prefix { !$0.hasPrefix(".SS ") }))
    }

    /// The KEYS section's tagged paragraphs by mode: `.SS MODE`, then `.TP`, a tag line of keys and the body.
    func keyEntries() -> [(mode: String, entries: [(keys: String, body: String)])] {
        var result: [(mode: String, entries: [(keys: String, body: String)])] = []
        var lines = section("KEYS")[...]
        while let line = lines.popFirst() {
            if let mode = Self.heading(line, ".SS") {
                result.append((mode, []))
            } else if line == ".TP", !result.isEmpty, let tag = lines.popFirst() {
                let body = lines.prefix { !$0.hasPrefix(".") }
                lines = lines.dropFirst(body.count)
                result[result.count - 1].entries.append((Self.text(tag), Self.text(body.joined(separator: " "))))
            }
        }
        return result
    }

    /// The argument of a `.SH` / `.SS` line, unquoted and unescaped.
    static func heading(_ line: String, _ macro: String) -> String? {
        guard line.hasPrefix(macro + " ") else { return nil }
        return text(String(line.dropFirst(macro.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
    }

    /// Source lines as text: macro names dropped, font and spacing escapes removed, `\-` read as `-`.
    static func plain(_ lines: [String]) -> String {
        lines.filter { !$0.hasPrefix(".\\\"") }.map { line -> String in
            guard line.hasPrefix(".") else { return text(line) }
            // ".B --corpus" / ".OP \-\-corpus DIR": keep the arguments.
            return text(line.split(separator: " ", maxSplits: 1).dropFirst().joined())
        }.joined(separator: "\n")
    }

    /// One line of roff text unescaped.
    static func text(_ roff: String) -> String {
        var s = roff
        for font in ["\\fB", "\\fI", "\\fR", "\\fP"] { s = s.replacingOccurrences(of: font, with: "") }
        for (escape, plain) in [("\\%", ""), ("\\&", ""), ("\\-", "-"), ("\\(aq", "'"), ("\\~", " "), ("\\e", "\\")] {
            s = s.replacingOccurrences(of: escape, with: plain)
        }
        return s
    }
}

/// Other programs the man page checks use, found on PATH.
enum Tool {
    static func path(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs a program; `output` is its stdout and stderr together (or stderr alone when stdout is discarded).
    static func run(_ path: String, _ arguments: [String], discardStdout: Bool = false) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = discardStdout ? FileHandle.nullDevice : pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
