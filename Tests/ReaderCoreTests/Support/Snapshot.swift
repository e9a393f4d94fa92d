import Foundation
import Testing

/// Screens compared with text files in Tests/ReaderCoreTests/Snapshots.
///
/// Recording is deliberate: only with `DOSSIER_RECORD_SNAPSHOTS=1` does a test write its file
/// (into the source tree, found from this file's path, not into the built bundle), and it then
/// fails so nobody records by accident; review the files and commit them.
enum Snapshot {
    /// The source tree's snapshot folder.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // ReaderCoreTests
        .appendingPathComponent("Snapshots")

    /// Whether this run records instead of comparing.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the snapshot `name` (a file name without ".txt"), or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        // Files end in a newline, as text files should; the screen text has none.
        let content = actual + "\n"
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try content.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded \(name).txt, review and commit", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record with DOSSIER_RECORD_SNAPSHOTS=1 swift test, review, commit",
                         sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(expected: expected, actual: content) {
            Issue.record("snapshot \(name).txt differs: \(difference)\n(if the change is intended, re-record with DOSSIER_RECORD_SNAPSHOTS=1 and review the diff)",
                         sourceLocation: sourceLocation)
        }
    }

    /// "line N: expected «…», got «…»" for the first differing line, or nil when equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? "«\(e[i])»" : "(no line)"
            let al = i < a.count ? "«\(a[i])»" : "(no line)"
            if el != al { return "line \(i + 1):\n  expected \(el)\n  got      \(al)" }
        }
        return "same lines, different bytes"
    }
}
