/// How the program in a pane ended.
enum Termination: Equatable, CustomStringConvertible {
    /// It exited with this status.
    case exited(Int32)
    /// It was killed by this signal.
    case signaled(Int32)

    /// The shell's single number for it: the status, or 128 + the signal.
    var shellStatus: Int32 {
        switch self {
        case let .exited(status): return status
        case let .signaled(signal): return 128 + signal
        }
    }

    var description: String {
        switch self {
        case let .exited(status): return "exited with status \(status)"
        case let .signaled(signal): return "killed by signal \(signal)"
        }
    }
}
