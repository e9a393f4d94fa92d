import Foundation
import Testing
@testable import Corpus

/// The personography (seeds/actors.toml) applied to the five real seeds: every printed variant and
/// misprint grouped under its actor, namesakes kept apart by the registry's rules, nothing left
/// ambiguous or unregistered, and every mention mapped back to the source line that prints it.
@Suite struct SeedActorTests {
    /// One printed form expected in one document, and the actor it must be counted for.
    struct Printed: Sendable, CustomTestStringConvertible {
        var form: String
        var document: String
        var actor: String
        var misprint: Bool

        init(_ form: String, in document: String, is actor: String, misprint: Bool = false) {
            self.form = form
            self.document = document
            self.actor = actor
            self.misprint = misprint
        }

        var testDescription: String { "\"\(form)\" in \(document) → \(actor)\(misprint ? " (misprint)" : "")" }
    }

    static let printed: [Printed] = [
        // Lozovsky: three transliterations, his full name, and the OCR errors of PSIS 400-23.
        Printed("Lozovsky", in: "001", is: "lozovsky"),
        Printed("Lozovskii", in: "002", is: "lozovsky"),
        Printed("Solomon Lozovskii", in: "002", is: "lozovsky"),
        Printed("Alexander Lozovskii", in: "002", is: "lozovsky", misprint: true),
        Printed("Lozovskiy", in: "004", is: "lozovsky"),
        Printed("Loshvsky", in: "001", is: "lozovsky", misprint: true),
        Printed("Lotosky", in: "001", is: "lozovsky", misprint: true),
        Printed("Loxovsky", in: "001", is: "lozovsky", misprint: true),
        // Konoe: the thesis's spelling, the wartime one, the OCR error and the wrong name of PSIS 400-23.
        Printed("Konoe", in: "002", is: "konoe"),
        Printed("Konoe Fumimaro", in: "002", is: "konoe"),
        Printed("Konoye", in: "001", is: "konoe"),
        Printed("Kenoye", in: "001", is: "konoe", misprint: true),
        Printed("Prince Kameyama", in: "001", is: "konoe", misprint: true),
        Printed("Kameyama", in: "001", is: "konoe", misprint: true),
        // Malik: the surname in the summaries, the English and Russian forms of the thesis and the book.
        Printed("Malik", in: "000", is: "malik"),
        Printed("Malik", in: "001", is: "malik"),
        Printed("Jacob A. Malik", in: "002", is: "malik"),
        Printed("Yakov Malik", in: "004", is: "malik"),
        Printed("Yakov A. Malik", in: "004", is: "malik"),
        Printed("Ya.A. Malik", in: "004", is: "malik"),
        Printed("Yakov Alexandrovich Malik", in: "004", is: "malik"),
        // Togo and Tojo: a misprint that is another man's name means Togo in PSIS 400-23 only.
        Printed("Togo", in: "000", is: "togo"),
        Printed("Tojo", in: "001", is: "togo", misprint: true),
        Printed("Fogo", in: "001", is: "togo", misprint: true),
        Printed("Tojo", in: "002", is: "tojo"),
        Printed("Tojo", in: "004", is: "tojo"),
        // Single OCR errors.
        Printed("Dallas", in: "001", is: "dulles", misprint: true),
        Printed("Iase", in: "001", is: "shunichi-kase", misprint: true),
        Printed("Mishina", in: "000", is: "mishina"),
        Printed("Mishima", in: "001", is: "mishina", misprint: true),
    ]

    // MARK: Helpers

    static var corpus: Corpus { Seeds.corpus }

    /// The index of the seed document named by a prefix or short title.
    static func index(_ query: String) -> Int {
        guard let d = corpus.document(named: query) else { fatalError("no seed document \(query)") }
        return d
    }

    /// The registry index of an actor id.
    static func actor(_ id: String) throws -> Int {
        try #require(corpus.actors.actors.firstIndex { $0.id == id }, "no actor \"\(id)\" in actors.toml")
    }

    /// The id of a mention's actor.
    static func id(_ m: Mention) -> String { corpus.actors.actors[m.actor].id }

    /// The mentions of a document with exactly this printed form whose block prints `phrase` around
    /// them (the form at its first place in the phrase).
    static func mentions(_ document: String, _ form: String, in phrase: String) -> [Mention] {
        let d = index(document)
        let doc = corpus.documents[d]
        let phraseBytes = Array(phrase.utf8)
        guard let at = phrase.range(of: form) else { return [] }
        let lead = phrase[..<at.lowerBound].utf8.count
        return corpus.actors.mentions[d].filter { m in
            guard m.form == form else { return false }
            let bytes = Array(doc.blocks[m.block].text.utf8)
            let from = m.start - lead
            guard from >= 0, from + phraseBytes.count <= bytes.count else { return false }
            return Array(bytes[from..<(from + phraseBytes.count)]) == phraseBytes
        }
    }

    /// The only mention of a form printed in a phrase of a document.
    static func mention(_ document: String, _ form: String, in phrase: String) throws -> Mention {
        let found = mentions(document, form, in: phrase)
        try #require(found.count == 1, "expected one mention \"\(form)\" in \"\(phrase)\" of \(document), found \(found.count)")
        return found[0]
    }

    // MARK: Grouping of variants

    @Test(arguments: printed)
    func everyPrintedVariantIsCountedForItsActor(_ p: Printed) throws {
        let d = Self.index(p.document)
        let a = try Self.actor(p.actor)
        let withForm = Self.corpus.actors.mentions[d].filter { $0.form == p.form }
        #expect(!withForm.isEmpty, "\"\(p.form)\" is not a mention in \(p.document)")
        let mine = withForm.filter { $0.actor == a }
        #expect(!mine.isEmpty, "\"\(p.form)\" in \(p.document) is counted for \(Set(withForm.map(Self.id)).sorted()), not \(p.actor)")
        #expect(mine.allSatisfy { $0.isMisprint == p.misprint }, "\"\(p.form)\" in \(p.document): misprint flags \(mine.map(\.isMisprint))")
        // What a user types finds the same actor, whatever the spelling or case.
        if !(p.form == "Tojo" && p.actor == "togo") {
            #expect(Self.corpus.actors.actor(named: p.form.lowercased()) == a, "looking up \"\(p.form.lowercased())\"")
        }
    }

    @Test func everyLozovskyFormIsRegisteredAndNoneIsAnotherActors() throws {
        let a = try Self.actor("lozovsky")
        let forms = Self.corpus.actors.actors[a].allForms
        for form in ["Lozovsky", "Lozovskii", "Lozovskiy", "Loshvsky", "Lotosky", "Loxovsky"] {
            #expect(forms.contains(form), "\(form) is not a form of lozovsky")
        }
        for (b, other) in Self.corpus.actors.actors.enumerated() where b != a {
            #expect(Set(other.allForms).isDisjoint(with: forms), "\(other.id) shares a Lozovsky form")
        }
    }

    // MARK: Homonyms

    @Test func theTwoOkamotosOfPSIS40023AreDifferentPeople() throws {
        let minister = try Self.actor("suemasa-okamoto"), general = try Self.actor("kiyotomi-okamoto")
        let full = try Self.mention("001", "Suemasa Okamoto", in: "Suemasa Okamoto, Minister at Stockholm")
        #expect(full.actor == minister)
        #expect(full.attribution == .unique)
        let later = try Self.mention("001", "Okamoto", in: "Okamoto in a 21 July despatch")
        #expect(later.actor == minister)
        #expect(later.attribution == .earlier)
        let attache = try Self.mention("001", "Okamoto", in: "Lt. General Okamoto (Military Attach")
        #expect(attache.actor == general)
        #expect(attache.attribution == .title)
        #expect(Self.corpus.actors.total(of: general) == 1)
        // The translator is always printed with his given name and never takes a bare "Okamoto".
        let translator = try Self.actor("shumpei-okamoto")
        #expect(Self.corpus.actors.mentions(of: translator).allSatisfy { $0.mention.form.hasSuffix("pei Okamoto") })
    }

    @Test func theForeignMinisterMisprintedTojoInPSIS40023IsTogo() throws {
        let togo = try Self.actor("togo"), tojo = try Self.actor("tojo")
        let concluded = try Self.mention("001", "Tojo", in: "Tojo concluded by saying")
        #expect(concluded.actor == togo)
        #expect(concluded.attribution == .scoped)
        #expect(concluded.isMisprint)
        let referring = try Self.mention("001", "Tojo", in: "to which Tojo was referring")
        #expect(referring.actor == togo)
        #expect(referring.attribution == .scoped)
        #expect(Self.corpus.actors.count(of: tojo, in: Self.index("001")) == 0)
        // Elsewhere the name is the Prime Minister's.
        let succeeded = try Self.mention("002", "Tojo", in: "Koiso had succeeded Tojo")
        #expect(succeeded.actor == tojo)
        #expect(succeeded.attribution == .unique)
        #expect(!succeeded.isMisprint)
        #expect(Self.corpus.actors.mentions[Self.index("002")].filter { $0.form == "Tojo" }.allSatisfy { $0.actor == tojo })
    }

    @Test func theMinisterAtBerneIsNotTheAuthorOfJourneyToTheMissouri() throws {
        let minister = try Self.actor("shunichi-kase"), author = try Self.actor("toshikazu-kase")
        let berne = Self.mentions("001", "Kase", in: "Minister Kase at Berne")
        #expect(berne.count == 2)
        #expect(berne.allSatisfy { $0.actor == minister && $0.attribution == .title })
        let thesisMinister = try Self.mention("002", "Kase", in: "Minister Kase in Berne")
        #expect(thesisMinister.actor == minister)
        #expect(thesisMinister.attribution == .title)

        let thesis = Seeds.doc("002")
        let full = try Self.mention("002", "Toshikazu Kase", in: "Toshikazu Kase, Journey to the Missouri")
        #expect(full.actor == author)
        #expect(thesis.blocks[full.block].kind == .note)
        let short = try Self.mention("002", "Kase", in: "Kase, Journey to the Missouri, 40.")
        #expect(short.actor == author)
        #expect(short.attribution == .context)
        #expect(thesis.blocks[short.block].kind == .note)
        // The author appears in the thesis only.
        #expect(Self.corpus.actors.mentions(of: author).allSatisfy { $0.document == Self.index("002") })
    }

    @Test func theHistorianHataIsNotTheWarMinister() throws {
        let historian = try Self.actor("ikuhiko-hata"), minister = try Self.actor("shunroku-hata")
        let thesis = Seeds.doc("002")
        let cited = try Self.mention("002", "Hata", in: "Hata, \"Japanese-Soviet Confrontation,\" 131.")
        #expect(cited.actor == historian)
        #expect(cited.attribution == .context)
        #expect(thesis.blocks[cited.block].kind == .note)
        // Every short citation of his article is the historian's.
        let citations = Self.mentions("002", "Hata", in: "Hata, \"Japanese-Soviet Confrontation,\"")
        #expect(citations.count >= 10)
        #expect(citations.allSatisfy { $0.actor == historian })

        let titled = try Self.mention("002", "Shunroku Hata", in: "War Minister Shunroku Hata")
        #expect(titled.actor == minister)
        let successor = try Self.mention("002", "Hata", in: "Hata's successor")
        #expect(successor.actor == minister)
        #expect(successor.attribution == .earlier)
        // The War Minister is named only in the paragraphs on the fall of the Yonai cabinet.
        let his = Self.corpus.actors.mentions(of: minister)
        #expect(his.count >= 3)
        for (d, m) in his {
            #expect(d == Self.index("002"))
            #expect(Self.corpus.documents[d].blocks[m.block].text.contains("Yonai"), "line \(m.line)")
        }
    }

    // MARK: The shipped registry

    @Test func nothingOnTheSeedsIsAmbiguousUnregisteredOrBroken() {
        let index = Self.corpus.actors
        #expect(index.ambiguous.isEmpty, "ambiguous: \(index.ambiguous.map { "\(Self.corpus.documents[$0.document].file):\($0.line) \($0.form)" })")
        #expect(index.unregistered.isEmpty, "unregistered: \(index.unregistered.map { "\($0.titles.joined(separator: "/")) \($0.name)" })")
        #expect(index.problems.isEmpty, "\(index.problems)")
        #expect(!Self.corpus.skipped.contains { $0.file == ActorRegistry.fileName }, "\(Self.corpus.skipped)")
        #expect(index.actors.count >= 150)
    }

    @Test(arguments: ["kwantung-army", "ighq", "scdw", "soviet-foreign-commissariat", "japanese-foreign-office"])
    func theOrganisationsThatActAreRegisteredAndMentioned(_ id: String) throws {
        let a = try Self.actor(id)
        #expect(Self.corpus.actors.actors[a].kind == .organisation)
        #expect(Self.corpus.actors.total(of: a) >= 1, "\(id) is never mentioned")
    }

    @Test func organisationsAreFoundByTheirPrintedNames() throws {
        let cases: [(String, String, String)] = [
            ("Kwantung Army", "002", "kwantung-army"),
            ("Supreme Council for the Direction of the War", "000", "scdw"),
            ("Soviet Foreign Ministry", "004", "soviet-foreign-commissariat"),
        ]
        for (form, document, id) in cases {
            let a = try Self.actor(id)
            #expect(Self.corpus.actors.mentions[Self.index(document)].contains { $0.form == form && $0.actor == a }, "\(form) in \(document)")
        }
    }

    @Test func anAbbreviatedNameInACitationNoteIsItsOrganisation() throws {
        let staff = try Self.actor("naval-general-staff")
        let summary = Seeds.doc("000")
        // "Genl." is no common abbreviation: inside a registered form its full stop joins all the same.
        let found = try Self.mention("000", "Navy Genl. Staff", in: "NA-Stockholm to Navy Genl. Staff, Tokyo")
        #expect(found.actor == staff)
        #expect(summary.blocks[found.block].kind == .note)
    }

    // MARK: Notes and routes

    @Test func routesInTheCitationNotesNameTheirSenders() throws {
        let sato = try Self.actor("sato"), togo = try Self.actor("togo")
        let summary = Seeds.doc("000")
        let routes = Self.mentions("000", "Sato", in: "Sato-Tokyo")
        #expect(routes.count >= 4)
        #expect(routes.allSatisfy { $0.actor == sato && summary.blocks[$0.block].kind == .note })
        let circulars = Self.mentions("000", "Togo", in: "Togo Circular")
        #expect(circulars.count >= 2)
        #expect(circulars.allSatisfy { $0.actor == togo && summary.blocks[$0.block].kind == .note })
    }

    // MARK: Line mapping

    @Test func everyMentionLiesOnASourceLineThatPrintsIt() {
        for (d, doc) in Self.corpus.documents.enumerated() {
            let lines = Seeds.lines(doc)
            var checked = 0
            for m in Self.corpus.actors.mentions[d] {
                let block = doc.blocks[m.block]
                #expect((block.line...block.lineEnd).contains(m.line), "\(doc.file): \(m.form) on line \(m.line), block \(block.line)-\(block.lineEnd)")
                #expect(block.slice(m.start, m.end) == m.form, "\(doc.file):\(m.line): form \(m.form) is not the block text")
                guard lines.indices.contains(m.line - 1) else {
                    Issue.record("\(doc.file): \(m.form) on line \(m.line) of \(lines.count)")
                    continue
                }
                let source = lines[m.line - 1]
                let first = WordTokens.words(of: m.form).first ?? m.form
                #expect(source.contains(m.form) || source.contains(first),
                        "\(doc.file):\(m.line): \"\(m.form)\" is not printed on \"\(source.prefix(120))\"")
                checked += 1
            }
            #expect(checked > 0, "\(doc.file) has no mentions")
        }
    }

    // MARK: Discovery

    @Test func anActorLeftOutOfTheRegistryIsDiscoveredByItsTitle() throws {
        let text = try String(contentsOfFile: Seeds.folder + "/" + ActorRegistry.fileName, encoding: .utf8)
        var registry = ActorRegistry.parse(text).registry
        let before = registry.actors.count
        registry.actors.removeAll { $0.id == "miyakawa" }
        #expect(registry.actors.count == before - 1)
        let texts = try Self.corpus.documents.map { doc in
            (doc.file, [UInt8](try Data(contentsOf: URL(fileURLWithPath: Seeds.folder + "/" + doc.file))))
        }
        let reduced = CorpusLoader.load(texts: texts, registry: registry)
        let found = try #require(reduced.actors.unregistered.first { $0.name == "Miyakawa" }, "\(reduced.actors.unregistered.map(\.name))")
        #expect(found.titles.contains("Consul General"))
        #expect(found.places.count >= 2)
        let first = try #require(found.places.first)
        #expect(reduced.documents[first.document].file.hasPrefix("000"))
        #expect(Seeds.lines(reduced.documents[first.document])[first.line - 1].contains("Consul General Miyakawa"))
        // Nothing else became unregistered.
        #expect(reduced.actors.unregistered.map(\.name) == ["Miyakawa"])
    }
}
