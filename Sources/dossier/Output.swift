import Foundation
import Corpus

/// Writing results: JSON, sanitised text, one-line errors on stderr, and exit statuses.
enum Output {
    /// Exit status when nothing was found.
    static let notFound: Int32 = 1
    /// Exit status for usage and corpus errors.
    static let usageError: Int32 = 2

    /// Prints a value as pretty JSON with sorted keys.
    static func json<T: Encodable>(_ value: T) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { fail("cannot encode JSON") }
        FileHandle.standardOutput.write(escapingC1(data))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// JSONEncoder leaves U+0080…U+009F raw, and a terminal takes U+009B as CSI: escape them.
    static func escapingC1(_ data: Data) -> Data {
        guard data.contains(0xC2) else { return data }
        var out = Data(capacity: data.count)
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            let next = data.index(after: i)
            if b == 0xC2, next < data.endIndex, (0x80...0x9F).contains(data[next]) {
                out.append(contentsOf: Array(String(format: "\\u%04x", Int(data[next])).utf8))
                i = data.index(after: next)
            } else {
                out.append(b)
                i = next
            }
        }
        return out
    }

    /// The width of the terminal on standard output, when it is one.
    static func terminalColumns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Prints text lines, every character made safe for a terminal.
    static func text(_ lines: [String]) {
        write(lines.map { Sanitizer.clean($0) })
    }

    /// Prints lines of a prefix and a text with one range of it (in Characters) marked, bold and reversed
    /// when standard output is a terminal (plain otherwise, as grep's colour is); every character made safe.
    static func marked(_ lines: [(prefix: String, text: String, mark: Range<Int>)]) {
        guard isatty(STDOUT_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else {
            return text(lines.map { $0.prefix + $0.text })
        }
        write(lines.map { line in
            let characters = Array(line.text)
            let mark = line.mark.clamped(to: 0..<characters.count)
            return Sanitizer.clean(line.prefix) + Sanitizer.clean(String(characters[..<mark.lowerBound]))
                + "\u{1B}[1;7m" + Sanitizer.clean(String(characters[mark])) + "\u{1B}[m"
                + Sanitizer.clean(String(characters[mark.upperBound...]))
        })
    }

    /// Writes lines already made safe.
    private static func write(_ lines: [String]) {
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// One warning line on stderr.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("dossier: \(Sanitizer.clean(message))\n".utf8))
    }

    /// One error line on stderr, then exit 2 (the line a `UsageError` carries, when that is what went wrong).
    static func fail(_ message: String, status: Int32 = usageError) -> Never {
        FileHandle.standardError.write(Data("dossier: \(Sanitizer.clean(message))\n".utf8))
        exit(status)
    }
}

/// A bad argument found after the terminal may have started: the caller restores the terminal, then fails with it.
struct UsageError: Error {
    /// The one line for the user.
    var message: String
}

extension UsageError {
    /// The value `body` returns, or exit 2 with its error's line (for callers with no terminal to restore).
    static func failing<T>(_ body: () throws(UsageError) -> T) -> T {
        do { return try body() } catch { Output.fail(error.message) }
    }
}
