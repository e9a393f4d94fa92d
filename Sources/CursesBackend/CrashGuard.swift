#if canImport(Glibc)
import Glibc
#endif

/// Makes a crash in the reader exit at once with a readable backtrace (pitfall 11).
///
/// The Swift runtime reads `SWIFT_BACKTRACE` only at process start; on a tty its
/// default is an interactive backtracer that waits 30 s over a raw screen. Setting
/// the variable from inside the process is too late, so the process re-executes itself.
public enum CrashGuard {
    /// Re-executes the program with `SWIFT_BACKTRACE=interactive=no` when that variable is unset; returns if exec fails.
    public static func reexecIfNeeded(arguments: [String]) {
        guard getenv("SWIFT_BACKTRACE") == nil else { return }
        // Set before exec, so the new image inherits it and does not exec again.
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        let args = arguments.isEmpty ? ["/proc/self/exe"] : arguments
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", &argv)
        // exec failed (no /proc, say): carry on with the runtime's defaults.
        for pointer in argv { free(pointer) }
    }
}
