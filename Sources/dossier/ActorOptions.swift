import ArgumentParser
import Corpus
import ReaderCore

/// `--actor NAME ... [--all]`: start under an actor filter, as `a` would set it in the reader.
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("actor"), help: ArgumentHelp("Show only the passages naming this person or organisation (any form; repeat for several).", valueName: "NAME"),
            completion: Completions.actors)
    var names: [String] = []

    @Flag(name: .customLong("all"), help: "With several --actor: passages naming all of them (default: any).")
    var requiresAll = false

    /// The filter, or exit 2 naming the first unknown actor.
    func filter(in corpus: Corpus) -> ActorFilter {
        UsageError.failing { () throws(UsageError) in try checkedFilter(in: corpus) }
    }

    /// The filter, or the error naming the first unknown actor.
    func checkedFilter(in corpus: Corpus) throws(UsageError) -> ActorFilter {
        var filter = ActorFilter(requiresAll: requiresAll)
        for name in names {
            guard let actor = corpus.actors.actor(named: name) else {
                throw UsageError(message: "no actor named \"\(name)\" in \(ActorRegistry.fileName); dossier actors lists them")
            }
            if !filter.actors.contains(actor) { filter.actors.append(actor) }
        }
        return filter
    }
}
