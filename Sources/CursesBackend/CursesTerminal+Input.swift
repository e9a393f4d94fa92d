import CNcursesw
import TerminalCore
#if canImport(Glibc)
import Glibc
#endif

extension CursesTerminal {
    /// Longest single wait inside `read`: bounds how late a signal that lands just before
    /// the wait (and so does not interrupt it) is noticed.
    static let sliceMilliseconds: Int32 = 500
    /// Early failures in a row that mean the terminal is gone rather than interrupted.
    static let quickFailureLimit = 5

    /// Waits up to `timeoutMilliseconds` (negative: no limit) for input, a signal or a hang-up.
    ///
    /// Keys curses reports but the reader has no name for are skipped, and waiting goes on.
    public func read(timeoutMilliseconds: Int32) -> ReadResult {
        guard !ended else { return .hangup }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now + .milliseconds(timeoutMilliseconds)
        while true {
            let pending = SignalTrap.pending
            if pending != 0 { return .signal(pending) }
            var slice = Self.sliceMilliseconds
            if let deadline {
                let left = deadline - clock.now
                slice = left <= .zero ? 0 : Int32(min(Int64(slice), Self.milliseconds(left)))
            }
            wtimeout(window, slice)
            var value: wint_t = 0
            errno = 0
            let started = clock.now
            let status = wget_wch(window, &value)
            if status != ERR {
                quickFailures = 0
                if let input = input(status: status, value: value) { return .input(input) }
                continue
            }
            let failure = errno
            let pendingNow = SignalTrap.pending
            if pendingNow != 0 { return .signal(pendingNow) }
            if failure == EIO || inputHungUp() { return .hangup }
            // A wait that ends in ERR long before its time was not a timeout: an unrelated
            // signal, or a terminal at end of file. Repeated, it is a hang-up (pitfall 12:
            // treating it as "no key" spins at 100% CPU forever).
            if slice >= 2, Self.milliseconds(clock.now - started) < Int64(slice / 2) {
                quickFailures += 1
                if quickFailures >= Self.quickFailureLimit { return .hangup }
            } else {
                quickFailures = 0
            }
            if let deadline, clock.now >= deadline { return .timeout }
        }
    }

    /// Whether the input descriptor reports a hang-up or error (poll, no waiting).
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Turns one `wget_wch` result into input, asking curses for the size or mouse report it announces.
    private func input(status: Int32, value: wint_t) -> Input? {
        if status == KEY_CODE_YES {
            switch Int32(bitPattern: value) {
            case KEY_RESIZE:
                // curses has resized stdscr already; the next draw repaints in full.
                let (columns, rows) = size
                return .resize(columns: columns, rows: rows)
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                return Self.decodeMouse(buttons: event.bstate, column: event.x, row: event.y).map(Input.mouse)
            default:
                break
            }
        }
        return Self.decode(status: status, code: value)
    }

    /// The key for a `wget_wch` result: `status` is `OK` (a character) or `KEY_CODE_YES` (a key code).
    ///
    /// Resize and mouse codes need curses to read the details and are handled by the
    /// caller; they, and keys the reader has no name for, give nil.
    static func decode(status: Int32, code: UInt32) -> Input? {
        if status == KEY_CODE_YES {
            let key: Key
            switch Int32(bitPattern: code) {
            case KEY_UP: key = .up
            case KEY_DOWN: key = .down
            case KEY_LEFT: key = .left
            case KEY_RIGHT: key = .right
            case KEY_PPAGE: key = .pageUp
            case KEY_NPAGE: key = .pageDown
            case KEY_HOME: key = .home
            case KEY_END: key = .end
            case KEY_BTAB: key = .backTab
            case KEY_BACKSPACE: key = .backspace
            case KEY_DC: key = .delete
            case KEY_IC: key = .insert
            case KEY_ENTER: key = .enter
            case KEY_F0 + 1...KEY_F0 + 63: key = .function(Int(Int32(bitPattern: code) - KEY_F0))
            default: return nil
            }
            return .key(key)
        }
        guard status == OK else { return nil }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + code)))))
        case 0..<0x20, 0x80..<0xA0: return nil  // NUL, Ctrl-\ ] ^ _ and C1 controls: nothing to bind
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// The mouse event for a curses button state at a cell, or nil for reports the reader ignores.
    static func decodeMouse(buttons: mmask_t, column: Int32, row: Int32) -> MouseEvent? {
        guard column >= 0, row >= 0 else { return nil }
        let action: MouseEvent.Action
        if buttons & dossier_button4_pressed() != 0 {
            action = .wheelUp
        } else if buttons & dossier_button5_pressed() != 0 {
            action = .wheelDown
        } else if buttons & (dossier_button1_pressed() | dossier_button1_clicked()) != 0 {
            action = .click
        } else {
            return nil
        }
        return MouseEvent(action, column: Int(column), row: Int(row))
    }

    /// Whole milliseconds in a duration.
    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
