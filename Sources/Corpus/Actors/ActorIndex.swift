import Foundation

/// The personography applied to the corpus: every mention of every actor, built once at load.
public struct ActorIndex: Sendable {
    /// The registry the index was built from.
    public let registry: ActorRegistry
    /// Mentions per document, in text order (block, then offset).
    public let mentions: [[Mention]]
    /// Mentions no rule could attribute, in corpus order.
    public let ambiguous: [AmbiguousMention]
    /// Titled names missing from the registry, most printed first.
    public let unregistered: [UnregisteredName]
    /// Registry rules that could not be applied (a document name nothing matches).
    public let problems: [String]
    /// Mentions per actor and document.
    private let counts: [[Int]]
    /// Every form and name of every actor, folded, to look actors up by what a user types.
    private let lookup: [String: Int]

    /// An empty index (no registry file).
    public init() { self.init(registry: ActorRegistry(), documents: []) }

    /// Finds the mentions in every document, in parallel.
    public init(registry: ActorRegistry, documents: [Document], resolve: (String) -> [Int] = { _ in [] }) {
        self.registry = registry
        let finder = MentionFinder(registry: registry, resolve: resolve)
        let found = documents.indices.map { $0 }.parallelMap(minimumCount: 2) { d in finder.find(in: documents[d], index: d) }
        mentions = found.map(\.mentions)
        ambiguous = found.flatMap(\.ambiguous)
        problems = finder.problems
        var counts = Array(repeating: Array(repeating: 0, count: documents.count), count: registry.actors.count)
        for (d, list) in mentions.enumerated() { for m in list { counts[m.actor][d] += 1 } }
        self.counts = counts

        var byName: [String: (titles: [String], places: [NamePlace])] = [:]
        var names: [String] = []
        for u in found.flatMap(\.unregistered) {
            if byName[u.name] == nil { names.append(u.name); byName[u.name] = ([], []) }
            if !byName[u.name]!.titles.contains(u.title) { byName[u.name]!.titles.append(u.title) }
            byName[u.name]!.places.append(u.place)
        }
        unregistered = names.map { UnregisteredName(name: $0, titles: byName[$0]!.titles, places: byName[$0]!.places) }
            .enumerated().sorted { ($1.element.places.count, $0.offset) < ($0.element.places.count, $1.offset) }.map(\.element)

        // Ids and names first, then correct forms, then misprints: "Tojo" is Hideki Tojo, though it is
        // also Togo misprinted in one document.
        var lookup: [String: Int] = [:]
        let tiers: [(Actor) -> [String]] = [{ [$0.id, $0.name] }, \.correctForms, \.allForms]
        for keys in tiers {
            for (a, actor) in registry.actors.enumerated() {
                for key in keys(actor) where lookup[MentionFinder.fold(key)] == nil { lookup[MentionFinder.fold(key)] = a }
            }
        }
        self.lookup = lookup
    }

    /// The registry's actors.
    public var actors: [Actor] { registry.actors }

    /// An actor by id, canonical name or any form, ignoring case and accents ("loxovsky" finds Lozovsky).
    public func actor(named query: String) -> Int? {
        lookup[MentionFinder.fold(query.trimmingCharacters(in: .whitespaces))]
    }

    /// How often an actor is mentioned in one document.
    public func count(of actor: Int, in document: Int) -> Int { counts[actor][document] }

    /// How often an actor is mentioned in the whole corpus.
    public func total(of actor: Int) -> Int { counts[actor].reduce(0, +) }

    /// Every mention of an actor, in corpus order.
    public func mentions(of actor: Int) -> [(document: Int, mention: Mention)] {
        mentions.enumerated().flatMap { d, list in list.filter { $0.actor == actor }.map { (d, $0) } }
    }

    /// The mentions inside one block, in text order.
    public func mentions(in document: Int, block: Int) -> ArraySlice<Mention> {
        guard mentions.indices.contains(document) else { return [] }
        let list = mentions[document]
        let lo = list.partitioningIndex { $0.block >= block }
        let hi = list[lo...].partitioningIndex { $0.block > block }
        return list[lo..<hi]
    }
}

extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies a predicate that is false, then true, along the collection.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
