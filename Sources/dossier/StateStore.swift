import Corpus
import Foundation
import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

/// The reader's state file of one corpus, `$XDG_STATE_HOME/dossier/<hash of the corpus folder>.json`: read at
/// start, written atomically (see `save`). File IO lives here, in the executable, beside the key file's
/// (`UserKeys`): `ReaderCore` only turns state into a `SavedSession` and back, and stays pure.
struct StateStore {
    /// The folder holding the state files (`$XDG_STATE_HOME/dossier`).
    let folder: String
    /// This corpus's state file.
    let path: String

    /// A file larger than this was not written by dossier (a state holds a few panes and short lists).
    static let sizeLimit = 16 << 20

    /// The store of the corpus in `corpusFolder` under `folder`.
    init(folder: String, corpusFolder: String) {
        self.folder = folder
        // One file per corpus, named by its folder's absolute path: two corpora never overwrite each other's layout.
        path = folder + "/" + ContentHash.hex(Array(Self.absolute(corpusFolder).utf8)) + ".json"
    }

    /// Where state files go, by the XDG base directory spec: `$XDG_STATE_HOME` when set to an absolute path,
    /// else `$HOME/.local/state`; nil when neither is an absolute path. Taken from `environment`, so tests pass their own.
    static func folder(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/dossier" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/state/dossier"
    }

    /// `path` made absolute and canonical (symbolic links resolved), so every way of naming a folder finds one file.
    static func absolute(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The file's name within the folder.
    var fileName: String { (path as NSString).lastPathComponent }

    /// The saved session, or nil when there is none; a file that cannot be read or is not a saved session of this
    /// version is moved aside (`<name>.corrupt-<time>`) and the warning says so, so the reader starts fresh.
    func load() -> (session: SavedSession?, warning: String?) {
        removeStaleTemporaries()
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            // No file, or no folder for it (even a file where the folder should be, which `prepare` reports).
            if code == ENOENT || code == ENOTDIR { return (nil, nil) }
            return (nil, setAside(because: "could not be read (\(Self.describe(code)))"))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return (nil, setAside(because: "is not a file")) }
        guard info.st_size <= Self.sizeLimit else { return (nil, setAside(because: "is too large")) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return (nil, setAside(because: "could not be read (\(Self.describe(errno)))")) }
            if count == 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > Self.sizeLimit { return (nil, setAside(because: "is too large")) }
        }
        switch Self.decode(bytes) {
        case .success(let session): return (session, nil)
        case .failure(let problem): return (nil, setAside(because: problem.reason))
        }
    }

    /// Why bytes are not a saved session.
    struct Unusable: Error {
        /// Says what is wrong, after "saved state …".
        var reason: String
    }

    /// Reads a saved session of the current version from JSON.
    static func decode(_ bytes: [UInt8]) -> Result<SavedSession, Unusable> {
        let data = Data(bytes)
        guard (try? JSONSerialization.jsonObject(with: data)) != nil else { return .failure(Unusable(reason: "is not valid JSON")) }
        struct Version: Decodable { var version: Int }
        guard let version = try? JSONDecoder().decode(Version.self, from: data).version else {
            return .failure(Unusable(reason: "has no format version"))
        }
        guard version == SavedSession.currentVersion else {
            return .failure(Unusable(reason: "is format \(version), not \(SavedSession.currentVersion)"))
        }
        do {
            return .success(try JSONDecoder().decode(SavedSession.self, from: data))
        } catch {
            return .failure(Unusable(reason: "is not a dossier state"))
        }
    }

    /// The JSON written: keys sorted and indented, so the file reads (and diffs) well by hand.
    static func encode(_ session: SavedSession) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and dictionaries of them cannot fail.
        return (try? encoder.encode(session)).map { [UInt8]($0) + [0x0A] } ?? []
    }

    /// Moves the state file aside so the reader can start fresh without losing it, and says so in one line.
    func setAside(because reason: String, now: Date = Date()) -> String {
        let stamp = Self.stamp(now)
        var target = "\(path).corrupt-\(stamp)"
        var n = 1
        while access(target, F_OK) == 0 {
            n += 1
            target = "\(path).corrupt-\(stamp)-\(n)"
        }
        guard rename(path, target) == 0 else {
            return "saved state \(fileName) \(reason), and cannot be moved aside (\(Self.describe(errno))); starting fresh"
        }
        return "saved state \(reason): moved aside as \((target as NSString).lastPathComponent); starting fresh"
    }

    /// A UTC time as `20261121T125633Z`, for file names.
    static func stamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// The system's words for an errno value ("Permission denied").
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
