import Corpus

/// Where a command reports what a load could not take, so that each problem is said once: a skipped
/// file on stderr and again in `dossier list`'s table, or behind the reader's screen, is said twice.
enum LoadReporting {
    /// Each skipped file, and a corpus without documents, one line each on stderr (the queries).
    case standardError
    /// The command's output names the skipped files (`list`); a corpus without documents still goes to stderr.
    case output
    /// The message row names the skipped files (the reader, `screen`); a corpus without documents is the
    /// command's own error line.
    case reader

    /// Reports what `corpus` lacks on stderr, as far as this way of reporting leaves it to stderr.
    func report(_ corpus: Corpus) {
        if self == .standardError { Self.warn(skipped: corpus.skipped) }
        if self != .reader, corpus.documents.isEmpty { Output.warn("no documents in \(corpus.folder)") }
    }

    /// One line on stderr for each skipped file, `dossier: skipped NAME: REASON`, the first `namedOnStderr`
    /// of them; then one line counting the rest.
    static func warn(skipped: [SkippedFile]) {
        for s in skipped.prefix(namedOnStderr) { Output.warn("skipped \(s.file): \(s.reason)") }
        let rest = skipped.count - namedOnStderr
        if rest > 0 { Output.warn("skipped \(rest) more file\(rest == 1 ? "" : "s") (dossier list names them)") }
    }

    /// How many skipped files a command names on stderr: a folder with hundreds of stray files must not
    /// bury a query's answer under them on every run (`dossier list` names them all).
    static let namedOnStderr = 10
}
