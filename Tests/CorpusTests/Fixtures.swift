/// Small fixture documents, one convention each, as Swift literals.
///
/// Raw strings (`#"""`) keep backslash escapes (`\*`) as printed in the sources. Line numbers
/// quoted in tests are 1-based source lines of these texts.
enum Fixture {
    // MARK: - Source text

    /// Three paragraphs on lines 1, 3-4 and 6 (used with LF, CRLF and lone CR).
    static let threeParagraphs = """
    The first paragraph stands on one line.

    The second paragraph starts here
    and runs onto a second line.

    The third paragraph closes the text.
    """

    // MARK: - Markers

    /// Unicode superscripts: one digit, two digits, and a marker on a paragraph's second line.
    static let superscriptMarkers = """
    The consul reported thirty trains a day.¹ The embassy was hit²³ in the raid
    and the consular department burned out.⁴

    ¹ H-176782, 7 Apr., Sato-Tokyo.
    ²³ H-179966, 23 Apr., Tokyo-Moscow.
    ⁴ H-182787, 4 May, Togo Circular.
    """

    /// `^{**}` and `^{8***}` (one group naming two notes).
    static let caretMarkers = #"""
    Consular officials were shadowed at Dairen^{**}, etc. The vessel was seized for "spying"^{8***}.

    ** Last December, Vice Consul Petrov at Dairen was reported.

    (8) H-180854, 25 Apr., Sato-Tokyo.

    *** Ostensibly fishing, the vessel was on a Navy mission.
    """#

    /// `<sup>n</sup>` and a lettered `<sup>o</sup>`.
    static let htmlSupMarkers = """
    Sato reported the reply to Togo.<sup>4</sup> The envoy's mission was unclear.<sup>o</sup>

    <sup>4</sup>E-197715, 20 July, Moscow-Tokyo.

    <sup>o</sup>The envoy was Prince Konoye.
    """

    /// `*` and `**` standing after punctuation.
    static let asteriskMarkers = #"""
    The Soviet Embassy was hit in the raid.* Officials were shadowed at Dairen,** and protests followed.

    * During the raid of May 25/26th the consular department burned out.

    ** Vice Consul Petrov at Dairen was reported as involved with a clandestine radio.
    """#

    /// Escaped `\*` and `\*\*` markers.
    static let escapedMarkers = #"""
    A meeting was proposed.\* The Russians did not reply.\*\*

    \* To arrange a meeting with the Foreign Commissar.

    \*\* Molotov had already left for Potsdam.
    """#

    /// A plain number after closing punctuation, with note 3 in the following foot.
    static let plainDigitMarker = """
    Togo concluded by saying that he had read a long message of 20 July from Sato, but that the decision had been made by the Cabinet and Sato should proceed accordingly. 3

    The message of 20 July from Sato was indeed a long one, constituting an impassioned plea to the Government.

    (3) H-197845, 21 July, Tokyo-Moscow.
    """

    /// The same trailing number, but the following foot has no note 3.
    static let plainDigitWithoutNote = """
    Togo concluded by saying that he had read a long message of 20 July from Sato, but that the decision had been made by the Cabinet and Sato should proceed accordingly. 3

    (4) H-197845, 21 July, Tokyo-Moscow.
    """

    // MARK: - Notes

    /// Numbered note labels: `(n)`, `- (n)`, superscripts at line start, `<sup>n</sup>`; a two-line note.
    static let numberedNoteLabels = """
    First claim.¹ Second claim.² Third claim.³ Fourth claim.⁴ Fifth claim.⁵

    (1) Parenthesised note
    running onto a second line.
    - (2) Dashed parenthesised note.
    ³ Superscript note.
    <sup>4</sup>Html sup note.
    ⁵Superscript without a space.
    """

    /// Star note labels: `*`, `**`, `\*\*\*`.
    static let starNoteLabels = #"""
    A raid hit the embassy.* The consul was shadowed.** The vessel sailed.\*\*\*

    * During the raid the embassy was hit.

    ** Last December, Vice Consul Petrov was reported.

    \*\*\* Ostensibly fishing, the vessel was on a mission.
    """#

    /// A note written `\*Text` with no space after the label.
    static let escapedStarNoteWithoutSpace = #"""
    A meeting was proposed.\* Nothing came of it.

    \*To arrange a meeting with the Foreign Commissar.
    """#

    /// A note written `*Text` with no space after the label (nothing closes the star).
    static let starNoteWithoutSpace = """
    A meeting was proposed.* Nothing came of it.

    *To arrange a meeting with the Foreign Commissar.
    """

    /// A citation-led paragraph inside a foot continues the note before it.
    static let citationLedContinuation = """
    Also from Sweden, Minister Okamoto on 26 May forwarded to Tokyo an intelligence report.¹⁹ He continued at length.²⁰

    (19) 15 May, NA-Stockholm to Navy Genl. Staff, Tokyo.

    Dip. Sum. #1151, 20 May.

    (20) 29 May, NA Sweden-Tokyo.
    """

    /// Note numbers restart per chapter.
    static let chapters = """
    CHAPTER I

    The first chapter argues a point.¹ And another.²

    ¹First chapter note one.

    ²First chapter note two.

    CHAPTER II

    The second chapter argues again.¹ And cites a note that was lost.²

    ¹Second chapter note one.
    """

    /// The last chapter's marker has no note anywhere in its chapter (chapter I has one with its label).
    static let lastChapterWithoutNotes = """
    CHAPTER I

    The first chapter argues a point.¹ And another.²

    ¹First chapter note one.

    ²First chapter note two.

    CHAPTER II

    The second chapter cites a note that was lost.²
    """

    /// The first chapter's marker has no note; the next chapter's first foot has one with its label.
    static let firstChapterWithoutNotes = """
    CHAPTER I

    The first chapter argues a point whose note was lost.¹

    CHAPTER II

    The second chapter argues again.¹

    ¹Second chapter note one.
    """

    // MARK: - Pairing anomalies

    /// Two notes labelled 1 in one foot (one cites), and a note no marker points to.
    static let duplicateLabels = """
    The ambassador reported the conversation in full.¹ The minister replied.²

    ¹ The ambassador had been instructed earlier.
    ¹ H-197581, 19 July, Moscow-Tokyo.
    ² Dip. Sum. #1212, 20 July.
    ³ A note that nothing points to.
    """

    /// A marker whose label no note has, beside one that pairs.
    static let markerWithoutNote = """
    The ambassador reported the conversation.¹ The minister replied.⁷

    ¹ H-197581, 19 July, Moscow-Tokyo.
    """

    /// An excerpt with markers and no notes at all.
    static let markersWithoutAnyNotes = """
    The book excerpt cites many things.¹ Without its endnotes.² Or any notes at all.*
    """

    /// A fused OCR label after a rule: "34-197845" is note 3 citing H-197845.
    static let fusedLabel = """
    Togo concluded by saying that the decision had been made by the Cabinet and that Sato should proceed accordingly.³

    ---

    34-197845, 21 July, Tokyo-Moscow; Dip. Sum. 91214, 22 July.
    """

    // MARK: - Markup

    /// Bold, italic, tagged italic and strike-through.
    static let inlineStyles = """
    This has **bold words** and *italic words* and <i>tagged italics</i> and ~~struck words~~ here.
    """

    /// A paragraph opening with emphasis is prose, not a note.
    static let paragraphOpeningWithItalics = """
    *Izvestia* and *Pravda* both carried the story on the front page that week.
    """

    // MARK: - Pagination

    /// A typescript: cover ending in stamps, pages ending at note feet, a sentence split across
    /// a foot, and a stamp in the running text starting a page.
    static let typescript = """
    RUSSO-JAPANESE RELATIONS

    (Short Title: PSIS 400-99)

    COPY NO. 3 of 6

    DECLASSIFIED per Sec. 3, E. O. 12958

    The salient feature of Russo-Japanese relations during the eight weeks which have elapsed since abrogation of the pact has been the fulfillment of fears expressed by the ambassador.¹ The press, meanwhile,

    ¹ H-176782, 7 Apr., Sato-Tokyo.

    kept up its attacks on Japan throughout the period under review, with articles on the past forty years.²

    ² H-179966, 23 Apr., Tokyo-Moscow.

    The third page opens with a fresh paragraph about the Soviet courts and the confiscated fishing vessel.

    ~~SECRET~~

    A new sheet begins after the stamp, and this paragraph opens the fourth page of the typescript.
    """

    /// The same split sentence with no stamps: not paginated.
    static let unpaginated = """
    The salient feature of Russo-Japanese relations during the eight weeks which have elapsed since abrogation of the pact has been the fulfillment of fears expressed by the ambassador.¹ The press, meanwhile,

    ¹ H-176782, 7 Apr., Sato-Tokyo.

    kept up its attacks on Japan throughout the period under review, with articles on the past forty years.²

    ² H-179966, 23 Apr., Tokyo-Moscow.
    """

    /// A word hyphenated across a foot: "More-" / "over".
    static let hyphenatedWord = """
    The press attacked Japan daily.¹ More-

    ¹ Izvestia, 7 Apr.

    over, the radio joined in the attacks.
    """

    /// A compound hyphenated across a foot: "Soviet-" / "Japanese relations".
    static let hyphenatedCompound = """
    The press wrote at length¹ about the history of Soviet-

    ¹ Izvestia, 7 Apr.

    Japanese relations in the past forty years.
    """

    // MARK: - Furniture and structure

    /// Stamps, a distribution list and a running head.
    static let furniture = """
    ~~TOP SECRET ULTRA~~

    DECLASSIFIED per Sec. 3, E. O. 12958

    Copy No. 28

    DISTRIBUTION:
    COMINCH (1) No. 1
    CINCPAC (2) Nos. 2-3

    The historiography of the problem is long and it is worth setting out in detail what earlier writers have argued before we begin.

    2 *Historiography of the problem*

    The argument resumes on the next page of the thesis with the earliest accounts of the neutrality pact.
    """

    /// Headings, a block quotation, list items and a table.
    static let structure = """
    CHAPTER V

    APPENDIX A

    1 Historiography of the problem

    The historiography of the problem is long and it is worth setting out in detail what earlier writers have argued before we begin.

    "The intentions expressed in the Emperor's message are general in form and contain no specific proposals."

    - (a) The first point of the list.
    - (b) The second point of the list.

    Year\tTrains\tTroops
    1944\t30\t12000
    1945\t45\t20000
    """

    // MARK: - Citations

    /// Intercepts, diplomatic summaries, series and routes, one kind per note.
    static let citations = """
    Text with markers.¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹ ¹⁰ ¹¹ ¹² ¹³

    ¹ H-176782, 7 Apr., Sato-Tokyo; DS-#1109 and #1110, Apr. 8, 9th
    ² E-197715, 20 July, Moscow-Tokyo; F-123456, 1 May; R-654321, 2 May.
    ³ H-186883, 21 May, Tokyo-Moscow, H186243, 21 May, Tokyo (Togo) Circular.
    ⁴ H-179966, 23 Apr. & 180137, 24 Apr., Tokyo-Moscow.
    ⁵ H-180854, 25 Apr. & 182854/55, 25 Apr., Sato-Tokyo.
    ⁶ Dip. Sum. #1212, 20 July; Dip.Sum. #1168, 6 June; Dip. Summary #1151, 20 May; Dip. Sum. 91214, 22 July.
    ⁷ "Magic Summary, 1 August 1945," SRS-1746, p. 4, part 1.
    ⁸ "Russo-Japanese Relations," SRH-078, p. 4, reel 9, fr. 0699.
    ⁹ SRH-078, pp. 1-2.
    ¹⁰ PSIS 400-22, 21 July.
    ¹¹ D-10379 - DI, 26 May; JE-5:2247-G, 5 June; SJM-9225, 1 May; Spec. 001 and 002, 25 July, Moscow-Tokyo.
    ¹² H-197706, 16 July, H-197981, 18 July; H-197606, 19 July -- all Stockholm-Tokyo.
    ¹³ H-197845, 21 July, Tokyo-Moscow.
    """

    /// A thesis chapter: a full SRH citation, then "Ibid.", then a short title from the bibliography.
    static let thesisChapter = """
    CHAPTER IV

    The Soviet attitude hardened through the spring.¹ The ambassador saw it clearly.² The border clashes began much earlier.³

    ¹"Some Title, 18 June 1945," SRH-078, p. 4, reel 9, fr. 0699.

    ²Ibid., p. 5, reel 9, fr. 0700.

    ³Hata, "Japanese-Soviet Confrontation," 131.

    BIBLIOGRAPHY

    Hata, Ikuhiko. "The Japanese-Soviet Confrontation, 1935-1940." In Deterrent Diplomacy, ed. James William Morley, 113-78. New York: Columbia University Press, 1976.
    """

    // MARK: - Loader

    /// A small valid document for folder tests.
    static let small = """
    A SMALL DOCUMENT

    The text of a small document with one note.¹

    ¹ H-176782, 7 Apr., Sato-Tokyo.
    """
}
