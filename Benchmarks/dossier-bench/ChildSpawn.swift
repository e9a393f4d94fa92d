#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TestSupport

/// Starting a program with `posix_spawn`, safe in a process that has threads (Dispatch's), unlike fork.
enum ChildSpawn {
    /// Raised when a program cannot be started.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the command.
        var description: String
    }

    /// Starts `arguments` (the first is looked up on PATH) with exactly `environment`; `files` are the
    /// descriptor actions (stdin, stdout, stderr). The child starts with an empty signal mask and default
    /// dispositions, whatever this process blocks.
    static func spawn(_ arguments: [String], environment: [String: String], newSession: Bool = false,
                      files: (inout posix_spawn_file_actions_t) -> Void) throws(Failure) -> pid_t {
        guard let program = lookUp(arguments[0], path: environment["PATH"] ?? "/usr/bin:/bin") else {
            throw Failure(description: "\(arguments[0]): not found on PATH")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        files(&actions)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let status = SpawnAttributes.withDefaultSignals(flags: newSession ? SpawnAttributes.newSession : 0) { attributes in
            posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        }
        guard status == 0 else {
            throw Failure(description: "cannot start \(arguments.joined(separator: " ")): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// The executable a command name stands for: itself when it holds a slash, else the first match on `path`.
    static func lookUp(_ name: String, path: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        for dir in path.split(separator: ":") where access("\(dir)/\(name)", X_OK) == 0 { return "\(dir)/\(name)" }
        return nil
    }

    /// Waits for `pid` to end; returns its exit status (128 + signal when killed) and peak RSS in KiB.
    static func wait(_ pid: pid_t, block: Bool = true) -> (status: Int32, maxRSSKiB: Int)? {
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let r = wait4(pid, &status, block ? 0 : WNOHANG, &usage)
            if r == pid { break }
            if r == 0 { return nil }
            if r < 0 && errno == EINTR { continue }
            return (-1, 0)
        }
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import; decode the wait status by hand.
        let signal = status & 0x7f
        return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, Int(usage.ru_maxrss))
    }
}
