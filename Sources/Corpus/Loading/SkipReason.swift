import Foundation

/// Why a listed file was not loaded as a document: each case is one exact line for the user
/// (`SkippedFile.reason`), so "cannot be read" never hides which of several things went wrong.
enum SkipReason: Error, Equatable, Sendable, CustomStringConvertible {
    /// A folder (or a link to one): the loader does not descend into subfolders.
    case folder
    /// A symbolic link that leads back to itself (ELOOP).
    case symlinkLoop
    /// A symbolic link whose target does not exist.
    case brokenSymlink(target: String)
    /// Listed, then gone before it could be read.
    case disappeared
    /// The file or a folder on its path may not be read.
    case permissionDenied
    /// A named pipe, a device or a socket: reading one could block or have side effects, so it is never opened for reading.
    case notRegular(kind: String)
    /// Larger than the loader's limit (`CorpusLoader.maximumFileBytes`); never read.
    case tooLarge(bytes: Int, limit: Int)
    /// Not text (`SourceText.binaryReason`).
    case binary(String)
    /// Any other error, with the system's words for it.
    case unreadable(String)

    /// The line `dossier list` prints after the file name.
    var description: String {
        switch self {
        case .folder: return "is a folder"
        case .symlinkLoop: return "symbolic link loop"
        case .brokenSymlink(let target): return "broken symbolic link to \"\(target)\""
        case .disappeared: return "disappeared while loading"
        case .permissionDenied: return "permission denied"
        case .notRegular(let kind): return "not a regular file (\(kind))"
        case .tooLarge(let bytes, let limit):
            return "too large: \(Self.size(bytes, roundingUp: true)), the limit is \(Self.size(limit, roundingUp: false))"
        case .binary(let why): return why
        case .unreadable(let why): return "cannot be read: \(why)"
        }
    }

    /// A size in decimal units with at most one decimal ("50.4 MB", "10 MB", "1.5 KB", "800 bytes").
    ///
    /// A file's size is rounded up, so a file one byte over a 10 MB limit reads "10.1 MB", never "10 MB".
    static func size(_ bytes: Int, roundingUp: Bool) -> String {
        for (unit, scale) in [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)] where bytes >= scale {
            let tenth = scale / 10
            let tenths = roundingUp ? (bytes + tenth - 1) / tenth : (bytes + tenth / 2) / tenth
            return tenths % 10 == 0 ? "\(tenths / 10) \(unit)" : "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// The reason an `open` or `stat` of `path` failed with `code`, looking at the path again where the code
    /// alone is ambiguous (ENOENT is a broken link if a link is still there, a disappearance if nothing is).
    init(errno code: Int32, path: [CChar]) {
        switch code {
        case ELOOP:
            self = .symlinkLoop
        case ENOENT, ENOTDIR:
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                self = .brokenSymlink(target: Self.linkTarget(path) ?? "?")
            } else {
                self = .disappeared
            }
        case EACCES, EPERM:
            self = .permissionDenied
        case ENXIO:
            // open(2) gives ENXIO for a socket, or a device with nothing behind it.
            var info = stat()
            if stat(path, &info) == 0, let kind = Self.kind(of: info.st_mode) { self = .notRegular(kind: kind) } else { self = .unreadable(Self.describe(code)) }
        default:
            self = .unreadable(Self.describe(code))
        }
    }

    /// What a file that is not regular is, in words; nil for a regular file or a folder.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFIFO: return "named pipe"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFSOCK: return "socket"
        case S_IFREG, S_IFDIR: return nil
        default: return "unknown file type"
        }
    }

    /// Where a symbolic link points, as written in the link.
    static func linkTarget(_ path: [CChar]) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The system's message for an errno ("Input/output error").
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
