import Foundation

/// Progress and warnings on stderr, so stdout holds only the results.
enum Log {
    /// One line of progress.
    static func step(_ text: String) { FileHandle.standardError.write(Data("· \(text)\n".utf8)) }
    /// Something that went wrong but did not stop the run.
    static func warn(_ text: String) { FileHandle.standardError.write(Data("dossier-bench: \(text)\n".utf8)) }
}
