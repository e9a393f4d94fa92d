import Foundation

/// Reading one listed file of the corpus folder with POSIX calls, so every failure has its exact reason
/// (Foundation's `contents(atPath:)` answers nil for a loop, a broken link and a vanished file alike).
enum DocumentFile {
    /// The size of the file at `path` if it may be read as a document, or why not; reads nothing.
    ///
    /// `stat` first: a file over `limit` is never read into memory, and a named pipe or a device is never
    /// opened (opening a pipe for reading waits for a writer; opening a tape drive may rewind it).
    static func examine(_ path: [CChar], limit: Int) -> Result<Int, SkipReason> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(SkipReason(errno: errno, path: path)) }
        return check(info, limit: limit)
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    ///
    /// Opened without blocking and checked again on the open descriptor: the file may have been replaced
    /// by a pipe, or have grown, since `examine` looked at it. The read stops one byte past the limit,
    /// so a file that grows without end costs no more memory than the limit.
    static func read(_ path: [CChar], limit: Int) -> Result<[UInt8], SkipReason> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(SkipReason(errno: errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(SkipReason.describe(errno))) }
        let size: Int
        switch check(info, limit: limit) {
        case .success(let s): size = s
        case .failure(let reason): return .failure(reason)
        }
        // One byte more than the size, so a file that grew while it was read is noticed (and read on).
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { return .failure(.tooLarge(bytes: count, limit: limit)) }
                bytes += repeatElement(0, count: min(max(count, 65_536), limit + 1 - count))
            }
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(SkipReason.describe(errno)))
            }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else { return .failure(.tooLarge(bytes: count, limit: limit)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// `read` for a path that is valid UTF-8 (tests).
    static func read(atPath path: String, limit: Int) -> Result<[UInt8], SkipReason> {
        read(Array(path.utf8CString), limit: limit)
    }

    /// `examine` for a path that is valid UTF-8 (tests).
    static func examine(atPath path: String, limit: Int) -> Result<Int, SkipReason> {
        examine(Array(path.utf8CString), limit: limit)
    }

    /// A regular file's size within the limit, or why the file is not one to read.
    private static func check(_ info: stat, limit: Int) -> Result<Int, SkipReason> {
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(.folder) }
        if let kind = SkipReason.kind(of: info.st_mode) { return .failure(.notRegular(kind: kind)) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(bytes: size, limit: limit)) }
        return .success(size)
    }
}
