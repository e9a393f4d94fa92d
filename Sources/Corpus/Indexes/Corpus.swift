import Foundation

/// A place in a document that cites an id.
public struct CitationRef: Sendable, Hashable {
    /// Document index in the corpus.
    public var document: Int
    /// Citation index in the document.
    public var citation: Int
}

/// Where a citation lands when what it cites is a loaded document.
public struct CitationTarget: Sendable, Codable, Hashable, EncodesNulls {
    /// File of the loaded document.
    public var file: String
    /// First cited page, when the citation gives one and the document is paginated.
    public var page: Int?
    /// Last cited page.
    public var pageEnd: Int?
}

/// Every loaded document with the indexes built once at load: archive links and citations by id.
public struct Corpus: Sendable {
    /// The folder loaded.
    public let folder: String
    /// Documents in file-name order.
    public private(set) var documents: [Document]
    /// Files that are not documents, with reasons (and catalogue problems).
    public let skipped: [SkippedFile]
    /// Archive items listed in the documents' bibliographies.
    public let listings: [String: ArchiveListing]
    /// Every dated event of the documents, in time order.
    public let timeline: [TimelineEntry]
    /// Archive id → document index, from title and date matching plus the catalogue file.
    public let links: [String: Int]
    /// Normalised id → every citation of it.
    public let citationsByID: [String: [CitationRef]]
    /// Catalogue file entries (titles and dates for items not listed anywhere else).
    public let catalogue: [String: CatalogueEntry]
    /// Bibliography entries by the work id short-title citations resolve to ("Lensen, The Strange Neutrality").
    public let bibliography: [String: BibliographyEntry]
    /// The personography and every mention of its actors.
    public let actors: ActorIndex
    /// Passages of one document quoted in another (`quotations`).
    let quotationIndex: QuotationIndex

    /// Builds the indexes over parsed documents.
    public init(folder: String, documents: [Document], skipped: [SkippedFile], catalogueFile: [CatalogueEntry],
                registry: ActorRegistry = ActorRegistry()) {
        self.folder = folder
        var docs = documents
        // Each document's bibliography is read in parallel (serial, this kept the other cores idle after
        // parsing); the first document listing an id still wins.
        let read = (0..<documents.count).parallelMap(minimumCount: 2) { d in
            (BibliographyReader.listings(documents[d]), BibliographyReader.entries(documents[d]).map { ($0.id, $0) })
        }
        var listings: [String: ArchiveListing] = [:]
        for (found, _) in read { for l in found where listings[l.id] == nil { listings[l.id] = l } }
        self.listings = listings
        var bibliography: [String: BibliographyEntry] = [:]
        for (_, found) in read { for (id, e) in found where bibliography[id] == nil { bibliography[id] = e } }
        self.bibliography = bibliography
        var catalogue: [String: CatalogueEntry] = [:]
        for e in catalogueFile { catalogue[e.id] = e }
        self.catalogue = catalogue

        var links: [String: Int] = [:]
        for (i, d) in docs.enumerated() {
            if ArchiveID.normalise(d.metadata.shortTitle) != nil { links[ArchiveID.normalise(d.metadata.shortTitle)!] = i }
        }
        let titles = docs.map { Corpus.normalisedTitle($0.metadata.title) }
        for (id, l) in listings {
            if let i = Corpus.matchListing(l, docs, titles: titles) { links[id] = i }
        }
        for e in catalogueFile {
            if let doc = e.document, let i = Corpus.resolve(doc, in: docs, links: links) { links[e.id] = i } else if e.document == nil { links[e.id] = nil }
        }
        self.links = links
        for (id, i) in links.sorted(by: { $0.key < $1.key }) where !docs[i].archiveIDs.contains(id) { docs[i].archiveIDs.append(id) }
        self.documents = docs
        timeline = Corpus.buildTimeline(docs)

        var byID: [String: [CitationRef]] = [:]
        for (d, doc) in docs.enumerated() {
            for (c, cit) in doc.citations.enumerated() { byID[cit.id, default: []].append(CitationRef(document: d, citation: c)) }
        }
        self.citationsByID = byID
        let finalLinks = links
        actors = ActorIndex(registry: registry, documents: docs) { Corpus.documents(named: $0, in: docs, links: finalLinks) }
        self.skipped = skipped + actors.problems.map { SkippedFile(file: ActorRegistry.fileName, reason: $0) }
        quotationIndex = QuotationIndex(documents: docs)
    }

    /// A listing names a loaded document when their titles agree and the listed date is the
    /// document's issue date or the period it covers (at the same precision).
    static func matchListing(_ l: ArchiveListing, _ docs: [Document], titles: [String]) -> Int? {
        guard let date = l.date else { return nil }
        let title = normalisedTitle(l.title)
        let matches = docs.indices.filter { i in
            titles[i] == title && (docs[i].metadata.date == date || docs[i].metadata.period == date)
        }
        // Copies of one text (the same bytes under several names) are one document to link to: the first.
        guard let first = matches.first, matches.allSatisfy({ docs[$0].contentHash == docs[first].contentHash }) else { return nil }
        return first
    }

    /// A title reduced to its letters in lower case, for comparing listings with documents.
    static func normalisedTitle(_ s: String) -> String { s.lowercased().filter(\.isLetter) }

    /// Finds a document by file name, file prefix, short title or archive id.
    public func document(named query: String) -> Int? { Corpus.resolve(query, in: documents, links: links) }

    /// Every document a name in a data file's rule stands for (every copy, every file with the prefix).
    public func documents(named query: String) -> [Int] { Corpus.documents(named: query, in: documents, links: links) }

    /// Every document a name in a data-file rule names: the file of that name, the document an archive id
    /// links and its copies (the same bytes under other names), every document with that short title or
    /// file-name prefix, else the one document whose title begins so. A rule about "002" or "PSIS 400-16"
    /// then holds for every copy of it.
    static func documents(named query: String, in docs: [Document], links: [String: Int]) -> [Int] {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return [] }
        if let i = docs.firstIndex(where: { $0.file == q }) { return [i] }
        if let id = ArchiveID.normalise(q), let i = links[id] { return docs.indices.filter { docs[$0].contentHash == docs[i].contentHash } }
        let id = MetadataReader.normaliseID(q.lowercased())
        let titled = docs.indices.filter { MetadataReader.normaliseID(docs[$0].metadata.shortTitle).lowercased() == id }
        if !titled.isEmpty { return titled }
        let prefixed = docs.indices.filter { docs[$0].file.hasPrefix(q) }
        if !prefixed.isEmpty { return prefixed }
        return resolve(q, in: docs, links: links).map { [$0] } ?? []
    }

    static func resolve(_ query: String, in docs: [Document], links: [String: Int]) -> Int? {
        let q = query.trimmingWhitespaces()
        guard !q.isEmpty else { return nil }
        if let i = docs.firstIndex(where: { $0.file == q }) { return i }
        if let id = ArchiveID.normalise(q), let i = links[id] { return i }
        let lower = q.lowercased()
        if let i = docs.firstIndex(where: { MetadataReader.normaliseID($0.metadata.shortTitle).lowercased() == MetadataReader.normaliseID(lower) }) { return i }
        let prefixed = docs.indices.filter { docs[$0].file.hasPrefix(q) }
        if prefixed.count == 1 { return prefixed[0] }
        let titled = docs.indices.filter { docs[$0].metadata.shortTitle.lowercased().hasPrefix(lower) || docs[$0].metadata.title.lowercased().hasPrefix(lower) }
        return titled.count == 1 ? titled[0] : nil
    }

    /// The loaded document and pages a citation reaches, if it names a loaded document.
    public func target(of citation: Citation) -> CitationTarget? {
        guard let i = links[citation.id] else { return nil }
        let doc = documents[i]
        guard doc.isPaginated, let p = citation.locator.page, doc.page(numbered: p) != nil else {
            return CitationTarget(file: doc.file, page: nil, pageEnd: nil)
        }
        let end = citation.locator.pageEnd.flatMap { doc.page(numbered: $0) != nil ? $0 : nil } ?? p
        return CitationTarget(file: doc.file, page: p, pageEnd: end)
    }

    /// Title and date the corpus knows for an id: from a bibliography listing, the catalogue, or a loaded document.
    public func description(of id: String) -> (title: String?, date: String?) {
        if let e = catalogue[id], e.title != nil || e.date != nil { return (e.title, e.date) }
        if let l = listings[id] { return (l.title, l.dateText) }
        if let i = links[id] { return (documents[i].metadata.title, documents[i].metadata.dateText) }
        return (nil, nil)
    }
}

extension Corpus {
    /// How documents are cut into blocks and shown, as a number: raised whenever a change to the parser moves
    /// block boundaries or display text, so positions saved by an older reader (block, offset) are not trusted.
    public static let modelVersion = 1
}
