import Foundation

/// Finds every mention of the registry's actors in a document, attributing shared forms by the
/// registry's rules (scoped forms, titles, context, documents) and reporting what stays ambiguous,
/// and discovers titled names the registry lacks.
struct MentionFinder: Sendable {
    /// One actor a form may stand for.
    struct Candidate: Sendable {
        var actor: Int
        var isMisprint: Bool
        /// Documents where the form means this actor; nil for everywhere.
        var scope: Set<Int>?
    }

    /// A form of one or more words and the actors it may stand for.
    struct Form: Sendable {
        var words: [String]
        var candidates: [Candidate]
    }

    /// Forms by their first word, longest first.
    private let forms: [String: [Form]]
    /// The same forms in capitals ("[MOLOTOV]" in a transcript), for words printed all in capitals.
    private let capitalForms: [String: [Form]]
    /// First bytes of every form's and title's first word: other words are passed over without a lookup.
    private let starts: [Bool]
    /// A Bloom filter of the same first words (two bits of a hash of the bytes each): most capitalised
    /// words ("The", "Japanese") are passed over without making a String and hashing it for three lookups.
    private let firstWords: [UInt64]
    /// Global titles by their first word, longest first.
    private let titles: [String: [[String]]]
    /// Each actor's own titles, as words.
    private let actorTitles: [[[String]]]
    /// Each actor's context phrases, folded.
    private let actorContext: [[String]]
    /// Each actor's documents.
    private let actorDocuments: [Set<Int>]
    private let notNames: Set<String>
    /// Registry rules naming documents that are not loaded.
    let problems: [String]

    /// Prepares the matcher; document names in rules are resolved against the loaded documents (a name may
    /// stand for several: every copy of a text, every file with a prefix).
    init(registry: ActorRegistry, resolve: (String) -> [Int]) {
        var problems: [String] = []
        func documents(_ names: [String], for actor: Actor) -> Set<Int> {
            Set(names.flatMap { name in
                let named = resolve(name)
                if named.isEmpty { problems.append("actor \"\(actor.id)\": no loaded document is named \"\(name)\"") }
                return named
            })
        }
        var byForm: [String: [Candidate]] = [:]
        var order: [String] = []
        for (a, actor) in registry.actors.enumerated() {
            for form in actor.correctForms { add(form, Candidate(actor: a, isMisprint: false, scope: nil)) }
            for form in actor.misprints where !actor.correctForms.contains(form) {
                add(form, Candidate(actor: a, isMisprint: true, scope: nil))
            }
            for (form, names) in actor.scoped.sorted(by: { $0.key < $1.key }) {
                add(form, Candidate(actor: a, isMisprint: true, scope: documents(names, for: actor)))
            }
        }
        func add(_ form: String, _ c: Candidate) {
            if byForm[form] == nil { order.append(form) }
            byForm[form, default: []].append(c)
        }
        var forms: [String: [Form]] = [:]
        for form in order {
            let words = WordTokens.words(of: form)
            guard let first = words.first else { continue }
            forms[first, default: []].append(Form(words: words, candidates: byForm[form]!))
        }
        self.forms = forms.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        var capitals: [String: [Form]] = [:]
        for form in self.forms.values.joined() {
            let words = form.words.map { $0.uppercased() }
            // Initials and two-letter words in capitals are abbreviations far more often than names.
            guard words[0].count >= 3, words != form.words else { continue }
            capitals[words[0], default: []].append(Form(words: words, candidates: form.candidates))
        }
        capitalForms = capitals
        var titles: [String: [[String]]] = [:]
        for t in registry.titles {
            let words = WordTokens.words(of: t)
            if let first = words.first { titles[first, default: []].append(words) }
        }
        self.titles = titles.mapValues { $0.sorted { $0.count > $1.count } }
        var starts = Array(repeating: false, count: 256)
        for key in Array(forms.keys) + Array(titles.keys) + Array(capitals.keys) { if let b = key.utf8.first { starts[Int(b)] = true } }
        self.starts = starts
        var filter = [UInt64](repeating: 0, count: MentionFinder.filterWords)
        for key in Array(forms.keys) + Array(titles.keys) + Array(capitals.keys) {
            // Lookups compare Strings by canonical equivalence; an ASCII word (the only kind the filter
            // passes over) equals a key exactly when it equals the key's composed form.
            let composed = key.utf8.allSatisfy { $0 < 0x80 } ? key : key.precomposedStringWithCanonicalMapping
            guard composed.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let bytes = Array(composed.utf8)
            let h = bytes.withUnsafeBufferPointer { MentionFinder.hash($0, 0, $0.count) }
            for bit in [h & 0xFFFF, (h >> 32) & 0xFFFF] { filter[Int(bit >> 6)] |= 1 << (bit & 63) }
        }
        firstWords = filter
        actorTitles = registry.actors.map { $0.titles.map { WordTokens.words(of: MentionFinder.fold($0)) } }
        actorContext = registry.actors.map { $0.context.map(MentionFinder.fold) }
        actorDocuments = registry.actors.map { documents($0.documents, for: $0) }
        notNames = Set(registry.notNames)
        self.problems = problems
    }

    /// What one document yields.
    struct Found: Sendable {
        var mentions: [Mention] = []
        var ambiguous: [AmbiguousMention] = []
        var unregistered: [(name: String, title: String, place: NamePlace)] = []
    }

    /// Scans the reading blocks and notes of a document.
    func find(in document: Document, index d: Int) -> Found {
        guard !forms.isEmpty || !titles.isEmpty else { return Found() }
        // Blocks are independent (each passage decides its own names), so a long document's are spread over the cores.
        // Blocks are read in place (a `let` copy of each retained all its arrays).
        let blocks = document.blocks
        let perBlock = (0..<blocks.count).parallelMap { b -> Found in
            var found = Found()
            if blocks[b].isReadingText || blocks[b].kind == .note { scan(blocks[b], b, document: d, into: &found) }
            return found
        }
        var found = Found()
        found.mentions.reserveCapacity(perBlock.reduce(0) { $0 + $1.mentions.count })  // exact: no doubling slack kept
        for f in perBlock {
            found.mentions += f.mentions
            found.ambiguous += f.ambiguous
            found.unregistered += f.unregistered
        }
        return found
    }

    private func scan(_ block: Block, _ b: Int, document d: Int, into found: inout Found) {
        let words = WordTokens(block.text)
        let n = words.tokens.count
        var folded: String?
        var named = Set<Int>()
        var k = 0
        while k < n {
            guard starts[Int(words.bytes[words.tokens[k].start])], mayBeFirstWord(words.bytes, words.tokens[k]) else {
                k += 1
                continue
            }
            let word = words.word(k)
            // The longest form that means someone here: "Prince Kameyama" scoped to another document
            // leaves "Kameyama" to whoever else bears that name.
            var taken = 0
            // The forms starting here, longest first, walked in place (no arrays made per word).
            for form in forms[word] ?? capitalForms[word] ?? [] where fits(form.words, at: k, words) {
                let length = form.words.count
                let start = words.tokens[k].start, end = words.tokens[k + length - 1].end
                let line = block.line(atOffset: start), page = block.page(atOffset: start)
                let printed = words.text(start, end)
                switch attribute(form.candidates, at: k, words, document: d, named: named,
                                 passage: { folded ?? { folded = MentionFinder.fold(block.text); return folded! }() }) {
                case .one(let c, let why):
                    named.insert(c.actor)
                    found.mentions.append(Mention(actor: c.actor, block: b, start: start, end: end, line: line, page: page,
                                                  form: printed, isMisprint: c.isMisprint, attribution: why))
                case .several(let actors):
                    found.ambiguous.append(AmbiguousMention(document: d, block: b, start: start, end: end, line: line, page: page,
                                                            form: printed, candidates: actors))
                case .none: continue
                }
                taken = length
                break
            }
            if taken > 0 {
                k += taken
                continue
            }
            if let titleLength = title(word, at: k, words) {
                let first = k + titleLength
                var last = first
                // Up to three capitalised words, and a particle between two of them ("Joachim von Ribbentrop").
                func particle(_ i: Int) -> Bool {
                    i > first && i + 1 < n && MentionFinder.particles.contains(words.word(i)) && words.isCapitalised(i + 1) && words.joins(i)
                }
                while last < n, last - first < 4, (last == first || words.joins(last - 1)), words.isCapitalised(last) || particle(last),
                      !notNames.contains(words.word(last)), titles[words.word(last)] == nil {
                    if hasMatch(words.word(last), at: last, words) { last = -1; break }
                    last += 1
                }
                if last > first, words.joins(first - 1) {
                    let start = words.tokens[first].start
                    let place = NamePlace(document: d, block: b, line: block.line(atOffset: start), page: block.page(atOffset: start))
                    found.unregistered.append((words.text(start, words.tokens[last - 1].end),
                                               words.text(words.tokens[k].start, start).trimmingWhitespaces(), place))
                    k = last
                    continue
                }
                k = max(k + 1, first)
                continue
            }
            k += 1
        }
    }

    private static let filterWords = 1024  // 65,536 bits

    /// FNV-1a over `bytes[start..<end]`.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in start..<end { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
        return h
    }

    /// False only when the word is ASCII and no form's, capital form's or title's first word: then every
    /// lookup would miss. Words with other bytes are left to the lookups (canonical equivalence).
    @inline(__always)
    private func mayBeFirstWord(_ bytes: [UInt8], _ token: WordTokens.Token) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            for i in token.start..<token.end where b[i] >= 0x80 { return true }
            let h = MentionFinder.hash(b, token.start, token.end)
            let one = h & 0xFFFF, two = (h >> 32) & 0xFFFF
            return firstWords[Int(one >> 6)] & (1 << (one & 63)) != 0 && firstWords[Int(two >> 6)] & (1 << (two & 63)) != 0
        }
    }

    /// True when a registered form starts at word k (which is `word`).
    private func hasMatch(_ word: String, at k: Int, _ words: WordTokens) -> Bool {
        (forms[word] ?? capitalForms[word])?.contains { fits($0.words, at: k, words) } ?? false
    }

    /// The longest global title starting at word k (which is `word`).
    private func title(_ word: String, at k: Int, _ words: WordTokens) -> Int? {
        guard let candidates = titles[word] else { return nil }
        return candidates.first { fits($0, at: k, words) }?.count
    }

    /// True when the given words are printed from word k on, joined as one name.
    private func fits(_ form: [String], at k: Int, _ words: WordTokens) -> Bool {
        guard k + form.count <= words.tokens.count else { return false }
        for (i, w) in form.enumerated() {
            if i > 0, !words.joins(k + i - 1, loose: true) { return false }
            if i > 0, words.word(k + i) != w { return false }
        }
        return true
    }

    private enum Outcome {
        case one(Candidate, Attribution)
        case several([Int])
        case none
    }

    /// Decides which actor a form stands for here: scoped → title → named earlier in the passage →
    /// context → documents, else ambiguous.
    private func attribute(_ all: [Candidate], at k: Int, _ words: WordTokens, document d: Int, named: Set<Int>,
                           passage: () -> String) -> Outcome {
        // One actor, unscoped (most forms): what the rules below conclude, without their arrays and sets.
        if let first = all.first, all.allSatisfy({ $0.scope == nil && $0.actor == first.actor }) { return .one(first, .unique) }
        let here = all.filter { $0.scope == nil || $0.scope!.contains(d) }
        let scoped = here.filter { $0.scope != nil }
        var pool = scoped.isEmpty ? here : scoped
        guard !pool.isEmpty else { return .none }
        let why: Attribution = scoped.isEmpty ? .unique : .scoped
        if Set(pool.map(\.actor)).count == 1 { return .one(pool[0], why) }

        // A title printed right before the form: the longest one any candidate claims decides.
        let titled = pool.map { c in actorTitles[c.actor].filter { precedes($0, k, words) }.map(\.count).max() ?? 0 }
        if let best = titled.max(), best > 0 {
            pool = zip(pool, titled).filter { $0.1 == best }.map(\.0)
            if Set(pool.map(\.actor)).count == 1 { return .one(pool[0], .title) }
        }
        let earlier = pool.filter { named.contains($0.actor) }
        if Set(earlier.map(\.actor)).count == 1 { return .one(earlier[0], .earlier) }
        let text = passage()
        let hits = pool.map { c in actorContext[c.actor].filter { text.foundationContains($0) }.count }
        if let best = hits.max(), best > 0 {
            pool = zip(pool, hits).filter { $0.1 == best }.map(\.0)
            if Set(pool.map(\.actor)).count == 1 { return .one(pool[0], .context) }
        }
        let local = pool.filter { actorDocuments[$0.actor].contains(d) }
        if Set(local.map(\.actor)).count == 1 { return .one(local[0], .document) }
        var seen = Set<Int>()
        return .several(pool.map(\.actor).filter { seen.insert($0).inserted })
    }

    /// True when a title's words are printed right before word k (case- and accent-insensitive).
    private func precedes(_ title: [String], _ k: Int, _ words: WordTokens) -> Bool {
        guard !title.isEmpty, k >= title.count else { return false }
        let from = k - title.count
        for (i, w) in title.enumerated() {
            // Loose inside the title ("Lt. General"), strict between it and the name: "… the Minister. Sato".
            if !words.joins(from + i, loose: i < title.count - 1) { return false }
            if MentionFinder.fold(words.word(from + i)) != w { return false }
        }
        return true
    }

    /// Lower-case words that stand inside a name.
    static let particles: Set<String> = ["von", "van", "de", "del", "della", "di", "du", "da", "der", "den", "la", "le", "bin", "ibn"]

    /// Lower case without accents, for comparing titles and context ("Attaché" = "attache").
    static func fold(_ s: String) -> String {
        // Most words are ASCII, where folding is lower-casing; Foundation's folding costs microseconds a call.
        s.utf8.allSatisfy { $0 < 0x80 } ? s.lowercased() : s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
