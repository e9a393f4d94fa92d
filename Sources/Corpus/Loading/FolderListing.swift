import Foundation

/// One entry of the corpus folder: the name shown to the user and the path the system knows it by.
///
/// A name need not be UTF-8 on Linux; the raw bytes open the file, the name shows them with U+FFFD
/// (Foundation's listing gives only that lossy name, which then opens nothing).
struct ListedFile: Sendable {
    /// The entry's name, invalid UTF-8 replaced by U+FFFD.
    var name: String
    /// The full path as the system has it, NUL-terminated.
    var path: [CChar]
    /// False when the name on disk is not valid UTF-8 (and `name` differs from it).
    var nameIsUTF8: Bool
}

/// Lists a folder with `opendir` and `readdir`, keeping each name's bytes.
enum FolderListing {
    /// Every entry of `folder` except `.` and `..`, in the order the system gives them.
    static func entries(of folder: String) throws(CorpusError) -> [ListedFile] {
        guard let dir = opendir(folder) else { throw .unreadableFolder(folder, SkipReason.describe(errno)) }
        defer { closedir(dir) }
        let prefix = Array(folder.utf8).map { CChar(bitPattern: $0) } + (folder.hasSuffix("/") ? [] : [CChar(UInt8(ascii: "/"))])
        var found: [ListedFile] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { throw .unreadableFolder(folder, SkipReason.describe(errno)) }
                break
            }
            // Read the name in place, up to its NUL: `entry.pointee.d_name` would copy the whole 256-byte
            // field, and a record of a short name at the end of readdir's buffer is shorter than that
            // (AddressSanitizer caught the read past the buffer).
            let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let name = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
            let raw = Array(UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name)))
            if raw == [0x2E] || raw == [0x2E, 0x2E] { continue }
            let valid = String(validating: raw, as: UTF8.self)
            found.append(ListedFile(name: valid ?? String(decoding: raw, as: UTF8.self),
                                    path: prefix + raw.map { CChar(bitPattern: $0) } + [0], nameIsUTF8: valid != nil))
        }
        return found
    }
}
