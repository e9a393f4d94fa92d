extension Corpus {
    /// The registry with counts, the unregistered titled names and the ambiguous mentions.
    public func actorsReport() -> ActorsReport {
        let index = actors
        let summaries = index.actors.indices.map(actorSummary)
        let unregistered = index.unregistered.map { u in
            UnregisteredSummary(name: u.name, titles: u.titles, count: u.places.count,
                                places: u.places.map { ActorPlace(file: documents[$0.document].file, page: $0.page, line: $0.line) })
        }
        let ambiguous = index.ambiguous.map { m in
            AmbiguousSummary(file: documents[m.document].file, page: m.page, line: m.line, form: m.form,
                             candidates: m.candidates.map { index.actors[$0].id })
        }
        return ActorsReport(actors: summaries, unregistered: unregistered, ambiguous: ambiguous, problems: index.problems)
    }

    /// One actor's listing: forms, roles and counts per document.
    public func actorSummary(_ a: Int) -> ActorSummary {
        let actor = actors.actors[a]
        var counts: [String: Int] = [:]
        for d in documents.indices where actors.count(of: a, in: d) > 0 { counts[documents[d].file] = actors.count(of: a, in: d) }
        return ActorSummary(id: actor.id, name: actor.name, kind: actor.kind.rawValue, side: actor.side, role: actor.role,
                            roles: actor.roles.map(\.summary), variants: actor.correctForms,
                            misprints: actor.misprints + actor.scoped.keys.sorted().filter { !actor.misprints.contains($0) },
                            mentions: counts, total: actors.total(of: a))
    }

    /// Every mention of an actor named by id, name or any form, with the sentence around it.
    public func actorMentions(_ a: Int) -> [ActorMentionEntry] {
        actors.mentions(of: a).map { d, m in
            let doc = documents[d]
            let passage = doc.sentence(holding: m.start..<m.end, inBlock: m.block)?.text ?? doc.blocks[m.block].text
            return ActorMentionEntry(file: doc.file, page: m.page, line: m.line, form: m.form, passage: passage,
                                     note: doc.blocks[m.block].note.map { doc.notes[$0].label }, misprint: m.isMisprint,
                                     attribution: m.attribution.rawValue)
        }
    }
}
