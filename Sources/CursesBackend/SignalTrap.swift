import CNcursesw
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Signal handling for the reader: termination signals become a flag the run loop polls,
/// and crash signals restore the terminal before the Swift runtime reports them.
///
/// ncurses restores the terminal itself only for SIGINT and SIGTERM, and then calls
/// `_exit`; SIGHUP (an SSH drop) would leave the terminal raw and, when inherited as
/// ignored, make a loop spin on `ERR` (pitfalls 11 and 12). The handlers are installed
/// before curses starts, so ncurses sees them and leaves these signals alone.
public enum SignalTrap {
    /// The first termination signal received, or 0. Static state is forced on us: a C
    /// signal handler cannot capture context, so it can reach only globals.
    static let pendingSignal = Atomic<Int32>(0)
    /// Whether a curses session is live on the real terminal, so a crash handler knows to call `endwin`.
    static let cursesActive = Atomic<Bool>(false)
    /// Whether `install` has run (it is idempotent).
    private static let installed = Atomic<Bool>(false)

    /// Signals that ask the reader to quit: the loop sees them, calls `endwin`, exits 128+sig.
    static let terminationSignals: [Int32] = [SIGHUP, SIGTERM, SIGINT, SIGQUIT]
    /// Signals that mean the program crashed: restore the screen, then let the runtime report.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Signal numbers on Linux run below 65 (`_NSIG`, which Swift does not import).
    private static let slotCount = 65
    /// The actions in place before ours, by signal number. A raw buffer rather than a
    /// dictionary because the crash handler reads it, and a handler must not touch
    /// reference-counted storage; `nonisolated(unsafe)` because pointers are not
    /// Sendable, while the buffer is written only by `install`/`restore`, before and after
    /// any handler of ours can run.
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: slotCount)
        buffer.initialize(repeating: sigaction(), count: slotCount)
        return buffer
    }()

    /// Installs the handlers; call before curses starts (ncurses only claims signals still at their default).
    public static func install() {
        guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        // Initialise the lazy statics now: their first access must not happen inside a handler.
        _ = pendingSignal.load(ordering: .relaxed)
        _ = cursesActive.load(ordering: .relaxed)
        let saved = previous

        for signal in terminationSignals {
            // A signal inherited as ignored stays ignored: that is what `nohup` (SIGHUP) and a shell's
            // background job (SIGINT, SIGQUIT) ask for. A hang-up still ends the reader, through the
            // read that fails once the terminal is gone.
            sigaction(signal, nil, saved + Int(signal))
            if let handler = saved[Int(signal)].__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = terminationHandler
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: the read blocked inside wget_wch must fail with EINTR so the
            // loop sees ERR and then the flag, instead of waiting for the next key.
            action.sa_flags = 0
            sigaction(signal, &action, saved + Int(signal))
        }
        for signal in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = crashHandler
            sigemptyset(&action.sa_mask)
            // SA_ONSTACK: the runtime's handler runs on an alternate stack when one is set
            // (stack overflow); ours must be able to run there too.
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigaction(signal, &action, saved + Int(signal))
        }
    }

    /// The pending termination signal, or 0.
    public static var pending: Int32 {
        pendingSignal.load(ordering: .relaxed)
    }

    /// Marks whether curses owns the real terminal (crash handlers call `endwin` only then).
    static func setCursesActive(_ active: Bool) {
        cursesActive.store(active, ordering: .releasing)
    }

    /// Puts the previous handlers back and clears the flag; for tests, which share a process with the test runner.
    static func restore() {
        guard installed.exchange(false, ordering: .acquiringAndReleasing) else { return }
        for signal in terminationSignals + crashSignals {
            sigaction(signal, previous + Int(signal), nil)
        }
        pendingSignal.store(0, ordering: .relaxed)
    }

    /// Records the first termination signal; a second one while the first is pending
    /// means the loop is not listening (stuck in a long computation), so exit now.
    private static let terminationHandler: @convention(c) (Int32) -> Void = { signal in
        let (exchanged, _) = SignalTrap.pendingSignal.compareExchange(
            expected: 0, desired: signal, ordering: .relaxed)
        guard !exchanged else { return }
        if SignalTrap.cursesActive.exchange(false, ordering: .acquiringAndReleasing) { endwin() }
        _exit(128 + signal)
    }

    /// Restores the screen, reinstates the previous handler and lets the signal reach it.
    private static let crashHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { signal, info, _ in
        if SignalTrap.cursesActive.exchange(false, ordering: .acquiringAndReleasing) { endwin() }
        guard signal > 0, Int(signal) < SignalTrap.slotCount else { return }
        if info == nil || info!.pointee.si_code <= 0 {
            // Sent by kill, raise or abort: there is no fault to explain, and the runtime's
            // handler would print a backtrace and then return, leaving the process running
            // without its screen. Die of the signal instead; it is delivered once we return.
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
            return
        }
        // A fault recurs when the handler returns, now reaching the previous (the runtime's)
        // handler with the real context, which prints the backtrace and ends the process.
        sigaction(signal, SignalTrap.previous + Int(signal), nil)
    }
}
