import ArgumentParser
import Corpus
import Foundation

/// Tab completion of the corpus's own names: actor ids for `--actor` and `actor`, document files for DOC.
///
/// The shell runs `dossier` with the words typed so far; the corpus is found as for a query
/// (`--corpus` among the words, else `$DOSSIER_CORPUS`, `./seeds`, the installed seeds), and only
/// its directory and registry are read, so a Tab costs a few milliseconds.
enum Completions {
    /// Actor ids of the registry.
    static let actors = CompletionKind.custom { words, _, prefix in
        let registry = ActorRegistry.load(folder: folder(words)).registry
        return matching(registry.actors.map(\.id), prefix)
    }

    /// Document file names of the corpus folder.
    static let documents = CompletionKind.custom { words, _, prefix in
        let folder = folder(words)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return matching(names.filter { !$0.hasPrefix(".") && !CorpusLoader.dataFiles.contains($0) }.sorted(), prefix)
    }

    /// The candidates starting with what was typed, ignoring case.
    static func matching(_ candidates: [String], _ prefix: String) -> [String] {
        candidates.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    }

    /// The corpus folder the words typed so far name.
    static func folder(_ words: [String]) -> String {
        var explicit: String?
        for (i, word) in words.enumerated() {
            if word == "--corpus", i + 1 < words.count { explicit = words[i + 1] }
            if word.hasPrefix("--corpus=") { explicit = String(word.dropFirst("--corpus=".count)) }
        }
        return CorpusLocator.folder(explicit: explicit, environment: ProcessInfo.processInfo.environment,
                                    currentDirectory: FileManager.default.currentDirectoryPath,
                                    executablePath: CommandLine.arguments.first.map(CorpusOptions.absolute) ?? "")
    }
}
