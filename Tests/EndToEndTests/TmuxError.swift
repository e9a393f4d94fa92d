import Foundation

/// Why a `TmuxSession` operation failed; the description is written for a test failure message.
enum TmuxError: Error, CustomStringConvertible {
    /// tmux is not on PATH.
    case unavailable
    /// A tmux client command exited non-zero.
    case commandFailed(arguments: [String], status: Int32, stderr: String)
    /// A wait ran out of time; `screen` is the last capture, so the failure shows what was there.
    case timedOut(waitingFor: String, after: Duration, screen: String)
    /// tmux answered something the harness cannot parse.
    case unexpectedReply(String)

    var description: String {
        switch self {
        case .unavailable:
            return "tmux is not on PATH: the end-to-end tests drive the real binary under tmux; run `make deps` (it installs tmux)"
        case let .commandFailed(arguments, status, stderr):
            return "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(stderr.trimmingCharacters(in: .whitespacesAndNewlines))"
        case let .timedOut(what, after, screen):
            return "timed out after \(after) waiting for \(what); last screen:\n\(Self.framed(screen))"
        case let .unexpectedReply(reply):
            return "unexpected reply from tmux: \(reply)"
        }
    }

    /// The screen between rules, so blank rows and trailing text edges are visible in a log.
    static func framed(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return (["┌"] + lines.map { "│" + $0 } + ["└"]).joined(separator: "\n")
    }
}
