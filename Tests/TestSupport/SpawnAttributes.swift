#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `posix_spawn` attributes for a child that starts with no signal blocked and every signal at its default,
/// whatever the spawning process (a test runner, a benchmark with Dispatch threads) blocks or ignores.
public enum SpawnAttributes {
    /// glibc's POSIX_SPAWN_SETSID (a GNU extension Swift's Glibc module leaves out): the child starts a
    /// session, so the terminal it then opens becomes its controlling terminal.
    public static let newSession: Int32 = 0x80

    /// Runs `body` with such attributes, plus `flags` (e.g. `newSession`); they are destroyed after.
    public static func withDefaultSignals<T>(flags: Int32 = 0, _ body: (inout posix_spawnattr_t) throws -> T) rethrows -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | flags))
        return try body(&attributes)
    }
}
