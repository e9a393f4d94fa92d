import Testing
@testable import Corpus

/// The date phrases the timeline reads, one convention at a time.
@Suite struct DateMentionScannerTests {
    private func dates(_ text: String, yearsAlone: Bool = true) -> [String] {
        DateMentionScanner.mentions(in: text, yearsAlone: yearsAlone).map { m in
            if let r = m.relative { return "\(r.days > 0 ? "+" : "")\(r.days) \(r.phrase)" }
            var s = [m.year.map(String.init), m.month.map { String($0) }, m.day.map { String($0) }].compactMap { $0 }.joined(separator: "-")
            if let e = m.endDay { s += "/\(e)" }
            if let e = m.endMonth { s += "/m\(e)" }
            if let e = m.endYear { s += "/\(e)" }
            return s
        }
    }

    @Test func dayAndMonthInEitherOrderWithOrdinals() {
        #expect(dates("Togo replied on 21 July.") == ["7-21"])
        #expect(dates("Miyakawa complained on May 25th that") == ["5-25"])
        #expect(dates("On June 1st, with Tokyo's Ministries in ruins,") == ["6-1"])
        #expect(dates("Sato called upon Molotov on 8 August 1945 and") == ["1945-8-8"])
        #expect(dates("believed on May 15, that Russia") == ["5-15"])
        #expect(dates("H-176782, 7 Apr., Sato-Tokyo") == ["4-7"])
    }

    @Test func spansOfDaysMonthsAndYears() {
        #expect(dates("During the raid of 25/26 May the ministries burned.") == ["5-25/26"])
        #expect(dates("the Nomonhan Incident, May-September 1939, originated") == ["1939-5/m9"])
        #expect(dates("Russo-Japanese War, 1904-1905.") == ["1904/1905"])
        #expect(dates("Collection, 12 July 1938-21 January 1942,") == ["1938-7-12", "1942-1-21"])
    }

    @Test func monthsAndYearsAloneNeedAWordThatMakesThemDates() {
        #expect(dates("In early May, a colonel") == ["5"])
        #expect(dates("it may be that they march in") == [])
        #expect(dates("May I add that Marshal Stalin") == [])
        #expect(dates("as early as June 1945, Sato") == ["1945-6"])
        #expect(dates("the Anti-Comintern Pact (1936) our policy") == ["1936"])
        #expect(dates("in 1940 the cabinet fell") == ["1940"])
        #expect(dates("in the 1930s the army") == [])
        #expect(dates("in 1940 the cabinet fell", yearsAlone: false) == [])
    }

    @Test func idsAndReferencesAreNotDates() {
        #expect(dates("H-1945 and Dip. Sum. #1213, reel 1944") == [])
        #expect(dates("see p. 12 June's issue") == [])
        #expect(dates("No. 3 May be a copy") == [])
    }

    @Test func countedPhrases() {
        #expect(dates("The following day, the envoy left") == ["+1 The following day"])
        #expect(dates("Eight days later, Sato was able") == ["+8 Eight days later"])
        #expect(dates("After eight days (during which Hopkins met Stalin), Sato") == ["+8 After eight days"])
        #expect(dates("the same ground as his meeting the day before.") == ["-1 the day before"])
        #expect(dates("a week later the reply came") == ["+7 a week later"])
        #expect(dates("two days earlier, Togo") == ["-2 two days earlier"])
    }

    @Test func countedPhrasesThatDateNothingAreLeftOut() {
        // A duration, an undated event, and a day named right after.
        #expect(dates("After one week of inactivity in early June") == ["6"])
        #expect(dates("On the same day as the fall of the cabinet") == [])
        #expect(dates("Two days after the Soviet police had called on Hirose,") == [])
        #expect(dates("The following day, 6 April, the ministry") == ["4-6"])
        #expect(dates("The next day, 11 July, Sato") == ["7-11"])
    }

    @Test func aClauseDatedFromTheDayBeforeIt() {
        let found = DateMentionScanner.mentions(in: "On 21 May (four days before the Foreign Office was destroyed), Togo")
        #expect(found.count == 2)
        #expect(found[1].relative?.days == 4)
        #expect(found[1].relative?.dependsOnPrecedingDate == true)
    }
}

/// The timeline of fixture documents: years settled and counted dates resolved.
@Suite struct TimelineFixtureTests {
    private func timeline(_ text: String) -> [(date: String, rule: String, text: String)] {
        let corpus = Load.corpus(text)
        return corpus.timeline.map { entry in
            var start = entry.date
            start.end = nil
            return (start.iso, entry.derivation.name, entry.text)
        }
    }

    @Test func countedDatesResolveFromTheLastWrittenDay() {
        let entries = timeline("""
        On 3 July 1945 the ambassador received an urgent dispatch. The reply came two days later.

        The same day the minister wrote again. The following day he waited.
        """)
        let dates = entries.map(\.date)
        #expect(dates == ["1945-07-03", "1945-07-05", "1945-07-05", "1945-07-06"])
        #expect(entries.filter { $0.rule == "relative" }.count == 3)
    }

    @Test func aClauseAfterADateIsCountedFromItAndCountsNothingElse() {
        let entries = timeline("""
        On 21 May 1945 (four days before the Foreign Office was destroyed), Togo wrote. After eight days, Sato met Molotov.
        """)
        #expect(entries.map(\.date) == ["1945-05-21", "1945-05-25", "1945-05-29"])
    }

    @Test func yearsComeFromTheLastFullDateAndMoveOnWithTheStory() {
        let entries = timeline("""
        The talks opened on 19 June 1937 in Moscow. They failed on 2 July.

        As 1940 dawned, the cabinet weakened, and by 21 January its fate was sealed. The Anti-Comintern Pact (1936) no longer counted; on 4 March it fell.
        """)
        let byText = entries.filter { $0.rule == "context" }.map(\.date)
        #expect(byText == ["1937-07-02", "1940-01-21", "1940-03-04"])
    }

    @Test func noDateIsGuessed() {
        // No year anywhere: the day cannot be placed. No day before: nothing to count from.
        #expect(timeline("The envoy arrived on 12 July. Two days later he left.").isEmpty)
        #expect(timeline("The reply came two days later.").isEmpty)
        // 31 June does not exist.
        #expect(timeline("On 31 June 1945 nothing happened.").isEmpty)
    }

    @Test func countingStopsAtAHeadingAndAfterAFewParagraphs() {
        let entries = timeline("""
        On 3 July 1945 the dispatch came.

        CHAPTER II

        Two days later he answered.
        """)
        #expect(entries.map(\.date) == ["1945-07-03"])
    }
}

/// The timeline of the real seeds: the summer of 1945 across the five documents.
@Suite struct SeedTimelineTests {
    private var corpus: Corpus { Seeds.corpus }

    private func entry(_ file: String, line: Int, date: String) throws -> TimelineEntry {
        let d = try #require(corpus.documents.firstIndex { $0.file.hasPrefix(file) })
        return try #require(corpus.timeline.first { $0.document == d && $0.line == line && $0.date.iso == date },
                            "no \(date) at \(file):\(line)")
    }

    @Test func theSatoMolotovInterviewTogosFirstOfJuneAndTheDeclarationOfWarInOrder() throws {
        // PSIS 400-16 counts the interview "after eight days" from Togo's instruction of 21 May.
        let interview = try entry("000", line: 171, date: "1945-05-29")
        #expect(interview.page == 10)
        guard case .relative(_, let days, let from, _) = interview.derivation else { Issue.record("not counted"); return }
        #expect(days == 8 && from == "21 May")
        // The thesis counts it the same way, from its own "21 May".
        _ = try entry("002", line: 883, date: "1945-05-29")
        let togo = try entry("000", line: 200, date: "1945-06-01")
        #expect(togo.page == 12)
        #expect(togo.text.hasPrefix("On June 1st, with Tokyo's Ministries in ruins, Togo addressed Sato"))
        #expect(togo.derivation == .yearFromIssue("18 June, 1945"))
        let war = try entry("002", line: 1027, date: "1945-08-08")
        #expect(war.derivation == .explicit || war.derivation.name == "context")
        let order = [interview, togo, war].compactMap { e in corpus.timeline.firstIndex(of: e) }
        #expect(order.count == 3 && order == order.sorted())
        // And the Soviet declaration as the book dates it.
        _ = try entry("004", line: 657, date: "1945-08-08")
    }

    @Test func interceptDatesInCitationsAreMessageDates() throws {
        let d = try #require(corpus.documents.firstIndex { $0.file.hasPrefix("001") })
        let sato = try #require(corpus.timeline.first { $0.document == d && $0.kind == .message && $0.text.hasPrefix("H-197715") })
        #expect(sato.date.iso == "1945-07-20")
        #expect(sato.page == 5)
        #expect(sato.note != nil)
        // The date inside the citation is not listed again as an event of the note.
        #expect(!corpus.timeline.contains { $0.document == d && $0.kind == .event && $0.note == sato.note && $0.date.iso == "1945-07-20" })
    }

    @Test func aReportsUndatedDaysFallBeforeItsIssue() throws {
        // "DS, 31 Aug." in a summary of 18 June 1945 is of 1944, not 1945.
        let d = try #require(corpus.documents.firstIndex { $0.file.hasPrefix("000") })
        #expect(corpus.timeline.contains { $0.document == d && $0.date.iso == "1944-08-31" })
        #expect(!corpus.timeline.contains { $0.document == d && $0.date.iso == "1945-08-31" })
    }

    @Test func theTimelineIsInTimeOrderAndEveryEntryIsInItsDocument() {
        let keys = corpus.timeline.map { ($0.date.year, $0.date.month ?? 0, $0.date.day ?? 0) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        for e in corpus.timeline {
            let document = corpus.documents[e.document]
            #expect(document.blocks.indices.contains(e.block))
            #expect(e.line >= 1 && e.line <= document.lineCount)
            #expect(!e.text.isEmpty)
            #expect(document.blocks[e.block].kind != .furniture)
        }
        // Every document has dated events, and each has its own date.
        #expect(Set(corpus.timeline.map(\.document)) == Set(corpus.documents.indices))
        #expect(corpus.timeline.filter { $0.kind == .document }.count == corpus.documents.count)
    }

    @Test func copiesOfOneTextListTheirEventsOnce() {
        let text = "On 3 July 1945 the dispatch came."
        let corpus = CorpusLoader.load(texts: [("a.txt", Array(text.utf8)), ("b.txt", Array(text.utf8))])
        #expect(corpus.timeline.count == 1)
    }
}
