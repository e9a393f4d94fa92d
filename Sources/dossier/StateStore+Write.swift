import Foundation
import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

extension StateStore {
    /// A step of writing that failed, with errno's words.
    struct WriteFailure: Error, CustomStringConvertible {
        /// What was being done ("create", "write", "rename").
        var step: String
        /// The file or folder.
        var path: String
        /// errno.
        var code: Int32

        var description: String { "cannot \(step) \(path) (\(StateStore.describe(code)))" }
    }

    /// Creates the folder if needed and checks it can be written; the notice when it cannot (a read-only home),
    /// after which the reader saves nothing.
    func prepare() -> String? {
        do {
            try Self.makeFolders(folder)
            guard access(folder, W_OK | X_OK) == 0 else { throw WriteFailure(step: "write to", path: folder, code: errno) }
            return nil
        } catch {
            // The consequence first: a long path is what the message row cuts.
            return "this session will not be remembered: \(error)"
        }
    }

    /// Writes `session` so that the file is always either the old state or the new one, whatever kills the
    /// process and whenever: a temporary file in the same folder, flushed to disk (`fsync`), renamed over the
    /// state file (atomic within a file system), then the folder flushed so the rename itself survives a crash.
    /// Returns the notice when it could not.
    func save(_ session: SavedSession) -> String? {
        do {
            try Self.makeFolders(folder)
            let temporary = try writeTemporary(Self.encode(session))
            try commit(temporary)
            return nil
        } catch {
            return "state not saved: \(error)"
        }
    }

    /// The temporary file of this process: hidden, beside the state file, named by our pid so that two readers of
    /// one corpus never write the same temporary and a stale one can be told from a live one.
    var temporaryPath: String { "\(folder)/.\(fileName).tmp-\(getpid())" }

    /// The first half of `save`: `bytes` written to the temporary file and flushed; returns its path.
    func writeTemporary(_ bytes: [UInt8]) throws(WriteFailure) -> String {
        let temporary = temporaryPath
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteFailure(step: "create", path: temporary, code: errno) }
        var failure: WriteFailure?
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { failure = WriteFailure(step: "write", path: temporary, code: count < 0 ? errno : EIO); break }
            written += count
        }
        if failure == nil, fsync(fd) != 0 { failure = WriteFailure(step: "flush", path: temporary, code: errno) }
        if close(fd) != 0, failure == nil { failure = WriteFailure(step: "close", path: temporary, code: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    /// The second half of `save`: the flushed temporary renamed over the state file, and the folder flushed.
    func commit(_ temporary: String) throws(WriteFailure) {
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteFailure(step: "replace", path: path, code: code)
        }
        // Some file systems cannot flush a folder (EINVAL); the rename is done either way.
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    /// Removes temporaries left by readers killed mid-write (their pid no longer runs); a live reader's stays.
    func removeStaleTemporaries() {
        let prefix = ".\(fileName).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink("\(folder)/\(name)") }
        }
    }

    /// `mkdir -p` with mode 0700 (the XDG spec's; what one reads is private), failing with the folder that could not be made.
    static func makeFolders(_ path: String) throws(WriteFailure) {
        var current = ""
        for component in path.split(separator: "/") {
            current += "/" + component
            guard mkdir(current, 0o700) != 0 else { continue }
            let code = errno
            // An existing folder is what we want, whatever mkdir says of it (EEXIST, or EACCES/EROFS on some systems).
            guard isFolder(current) else { throw WriteFailure(step: "create", path: current, code: code == EEXIST ? ENOTDIR : code) }
        }
    }

    /// Whether `path` is a folder (following links).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
