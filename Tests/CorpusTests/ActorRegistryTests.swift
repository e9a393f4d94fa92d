import Testing
@testable import Corpus

/// The personography engine on small fixtures: parsing the registry, attributing shared forms by
/// each rule, reporting what stays ambiguous, and discovering titled names the registry lacks.
@Suite struct ActorRegistryTests {
    static let registry = """
    titles = ["Minister", "Lt. General", "Consul General", "Vice Consul", "Ambassador", "Mr."]
    not_names = ["Staff"]

    [[actor]]
    id = "okamoto-suemasa"
    name = "Suemasa Okamoto"
    variants = ["Okamoto"]
    titles = ["Minister"]
    context = ["Stockholm"]

    [[actor]]
    id = "okamoto-general"
    name = "Kiyotomi Okamoto"
    variants = ["Okamoto"]
    titles = ["Lt. General"]
    context = ["military attaché"]

    [[actor]]
    id = "sato"
    name = "Naotake Sato"
    variants = ["Sato"]

    [[actor]]
    id = "togo"
    name = "Shigenori Togo"
    variants = ["Togo"]
    misprints = ["Fogo"]
    [actor.scoped]
    Tojo = ["summary"]

    [[actor]]
    id = "tojo"
    name = "Hideki Tojo"
    variants = ["Tojo"]

    [[actor]]
    id = "kwantung-army"
    name = "Kwantung Army"
    kind = "organisation"
    """

    static let summary = """
    Minister Okamoto cabled from Sweden on 26 May. Lt. General Okamoto agreed with him.

    Suemasa Okamoto wrote again, and Okamoto
    added that Sato's view was right (Sato-Tokyo).

    Okamoto said nothing more. Tojo concluded by saying that Fogo and Togo agreed.

    Consul General Miyakawa met Vice Consul Petrov; the General Staff and the Kwantung Army waited.
    """

    static let thesis = """
    Koiso had succeeded Tojo in July 1944.
    """

    static func corpus(registry: String = registry) -> Corpus {
        let parsed = ActorRegistry.parse(registry)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        return CorpusLoader.load(texts: [("summary.txt", Array(summary.utf8)), ("thesis.txt", Array(thesis.utf8))], registry: parsed.registry)
    }

    func mentions(_ corpus: Corpus, _ id: String) -> [Mention] {
        corpus.actors.mentions(of: corpus.actors.actor(named: id)!).map(\.mention)
    }

    @Test func titlesTellHomonymsApart() {
        let c = Self.corpus()
        let minister = mentions(c, "okamoto-suemasa"), general = mentions(c, "okamoto-general")
        #expect(minister.first?.attribution == .title)
        #expect(general.map(\.attribution) == [.title])
        #expect(general.first?.line == 1)
    }

    @Test func aLaterSurnameTakesTheActorNamedEarlierInThePassage() {
        let minister = mentions(Self.corpus(), "okamoto-suemasa")
        #expect(minister.map(\.attribution) == [.title, .unique, .earlier])
        // The paragraph spans two source lines: the third mention is on line 3, the paragraph's first.
        #expect(minister.map(\.line) == [1, 3, 3])
    }

    @Test func whatNothingDecidesIsReportedNotGuessed() {
        let c = Self.corpus()
        #expect(c.actors.ambiguous.map(\.form) == ["Okamoto"])
        #expect(c.actors.ambiguous.first?.line == 6)
        #expect(Set(c.actors.ambiguous.first!.candidates.map { c.actors.actors[$0].id }) == ["okamoto-suemasa", "okamoto-general"])
        #expect(c.actors.total(of: c.actors.actor(named: "okamoto-general")!) == 1)
    }

    @Test func possessivesAndRoutesAreMentions() {
        let sato = mentions(Self.corpus(), "sato")
        #expect(sato.map(\.form) == ["Sato", "Sato"])
        #expect(sato.map(\.line) == [4, 4])
    }

    @Test func aScopedFormMeansItsActorOnlyInTheDocumentsNamed() {
        let c = Self.corpus()
        let togo = mentions(c, "togo")
        #expect(togo.map(\.form) == ["Tojo", "Fogo", "Togo"])
        #expect(togo.map(\.attribution) == [.scoped, .unique, .unique])
        #expect(togo.map(\.isMisprint) == [true, true, false])
        let tojo = c.actors.mentions(of: c.actors.actor(named: "tojo")!)
        #expect(tojo.map { c.documents[$0.document].file } == ["thesis.txt"])
    }

    @Test func aNamePrintedInCapitalsIsAMentionButCapitalInitialsAreNot() {
        let registry = "[[actor]]\nid = \"molotov\"\nname = \"Vyacheslav Molotov\"\nvariants = [\"Molotov\"]\n"
            + "[[actor]]\nid = \"oss\"\nname = \"Office of Strategic Services\"\nkind = \"organisation\"\nvariants = [\"OSS\", \"Os\"]\n"
        let text = "[MOLOTOV] We agree. VYACHESLAV MOLOTOV signed; the OSS and the OS were told.\n"
        let c = CorpusLoader.load(texts: [("t.txt", Array(text.utf8))], registry: ActorRegistry.parse(registry).registry)
        #expect(c.actors.mentions(of: c.actors.actor(named: "molotov")!).map(\.mention.form) == ["MOLOTOV", "VYACHESLAV MOLOTOV"])
        #expect(c.actors.mentions(of: c.actors.actor(named: "oss")!).map(\.mention.form) == ["OSS"])
    }

    @Test func aLongerFormMeantElsewhereLeavesTheShorterOneToItsOwner() {
        let registry = "[[actor]]\nid = \"konoe\"\nname = \"Fumimaro Konoe\"\n[actor.scoped]\n\"Prince Kameyama\" = [\"one\"]\n"
            + "[[actor]]\nid = \"kameyama\"\nname = \"Kazuo Kameyama\"\nvariants = [\"Kameyama\"]\n"
        let text = "Prince Kameyama met Sato.\n"
        let c = CorpusLoader.load(texts: [("one.txt", Array(text.utf8)), ("two.txt", Array(text.utf8))],
                                  registry: ActorRegistry.parse(registry).registry)
        let konoe = c.actors.mentions(of: c.actors.actor(named: "konoe")!)
        let kameyama = c.actors.mentions(of: c.actors.actor(named: "kameyama")!)
        #expect(konoe.map { c.documents[$0.document].file } == ["one.txt"])
        #expect(konoe.first?.mention.form == "Prince Kameyama")
        #expect(kameyama.map { c.documents[$0.document].file } == ["two.txt"])
        #expect(kameyama.first?.mention.form == "Kameyama")
    }

    @Test func organisationsAreActors() {
        let c = Self.corpus()
        let army = c.actors.actor(named: "kwantung army")!
        #expect(c.actors.actors[army].kind == .organisation)
        #expect(c.actors.total(of: army) == 1)
    }

    @Test func titledNamesMissingFromTheRegistryAreDiscovered() {
        let names = Self.corpus().actors.unregistered
        #expect(names.map(\.name) == ["Miyakawa", "Petrov"])
        #expect(names.map(\.titles) == [["Consul General"], ["Vice Consul"]])
        #expect(names.first?.places.first?.line == 8)
    }

    @Test func aParticleInsideATitledNameKeepsItWhole() {
        let registry = "titles = [\"Foreign Minister\"]\n"
        let text = "Foreign Minister Joachim von Ribbentrop arrived; the Minister von left.\n"
        let c = CorpusLoader.load(texts: [("t.txt", Array(text.utf8))], registry: ActorRegistry.parse(registry).registry)
        #expect(c.actors.unregistered.map(\.name) == ["Joachim von Ribbentrop"])
    }

    @Test func anyFormFindsItsActorIgnoringCaseAndAccents() {
        let c = Self.corpus()
        for query in ["fogo", "TOGO", "Shigenori Togo", "togo"] { #expect(c.actors.actor(named: query) == c.actors.actor(named: "togo")) }
        #expect(c.actors.actor(named: "Nobody") == nil)
    }

    @Test func aBrokenRegistryLoadsNothingAndSaysWhere() {
        let broken = ActorRegistry.parse("titles = [\"Minister\"]\n[[actor]]\nid = \"x\"\nname = \n")
        #expect(broken.registry.actors.isEmpty)
        #expect(broken.problems.map(\.reason).first?.hasPrefix("line 4") == true, "\(broken.problems)")
        let missing = ActorRegistry.parse("[[actor]]\nname = \"No Id\"\n")
        #expect(missing.problems.first?.reason.contains("missing \"id\"") == true, "\(missing.problems)")
        let twice = ActorRegistry.parse("[[actor]]\nid = \"a\"\nname = \"A\"\n[[actor]]\nid = \"a\"\nname = \"B\"\n")
        #expect(twice.registry.actors.map(\.name) == ["A"])
        #expect(twice.problems.first?.reason.contains("used twice") == true)
    }

    @Test func malformedTextIsReportedNotFatal() {
        // TOMLKit's parser aborted the process on these (fuzz findings); they are syntax errors with a line.
        for (text, line) in [("[\n", 1), ("titles = []\n\n[&\n", 3), ("[[ ?]]\n", 1), ("[\r\n", 1), ("e = [}", 1)] {
            let parsed = ActorRegistry.parse(text)
            #expect(parsed.registry.actors.isEmpty)
            #expect(parsed.problems.map(\.reason).first?.hasPrefix("line \(line): ") == true, "\(text.debugDescription): \(parsed.problems)")
            #expect(parsed.problems.map(\.reason).first?.hasSuffix("; no actors loaded") == true)
        }
    }

    @Test func aRuleNamingAnUnknownDocumentIsReported() {
        let registry = "[[actor]]\nid = \"a\"\nname = \"Alpha\"\ndocuments = [\"no such paper\"]\n"
        let c = CorpusLoader.load(texts: [("summary.txt", Array(Self.summary.utf8))], registry: ActorRegistry.parse(registry).registry)
        #expect(c.skipped.map(\.reason) == ["actor \"a\": no loaded document is named \"no such paper\""])
    }

    @Test func blocksMapEveryOffsetBackToItsSourceLine() throws {
        let d = try #require(Self.corpus().documents.first)
        let b = try #require(d.block(containing: "Suemasa"))
        let offset = b.text.utf8.count - 3
        #expect(b.line(atOffset: 0) == 3)
        #expect(b.line(atOffset: offset) == 4)
    }

    @Test func theSpaceJoiningTwoSourceLinesBelongsToTheFirst() throws {
        let d = try #require(Load.corpus("Title\n\nThe first line ends here\nand the second line follows.\n").documents.first)
        let b = try #require(d.block(containing: "second line"))
        let next = try #require(b.text.range(of: "and the second"))
        let joint = b.text.utf8.distance(from: b.text.startIndex, to: next.lowerBound) - 1
        #expect(b.line(atOffset: joint) == b.line, "the joining space is the first line's")
        #expect(b.line(atOffset: joint + 1) == b.line + 1, "the next line starts at its first letter")
    }
}
