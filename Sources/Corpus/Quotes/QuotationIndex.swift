/// The quotation links among a corpus's documents, found once at load, and the links touching each text.
struct QuotationIndex: Sendable {
    /// Every link, sorted by quoting document, then block.
    let links: [QuotationLink]
    /// Each document's first copy (itself unless an earlier document has the same content).
    private let firstCopy: [Int]
    /// Link indices by the first copy of a document at either end.
    private let touching: [Int: [Int]]

    /// An index with no links.
    init() { self.init(documents: []) }

    /// Finds the links among the distinct texts of `documents`.
    init(documents: [Document]) {
        links = QuotationDetector(documents: documents).links()
        var first: [String: Int] = [:]
        firstCopy = documents.indices.map { d in
            // A document built outside the loader has no hash: it is its own text (as the detector reads it).
            let hash = documents[d].contentHash
            guard !hash.isEmpty else { return d }
            if let f = first[hash] { return f }
            first[hash] = d
            return d
        }
        var touching: [Int: [Int]] = [:]
        for (i, link) in links.enumerated() {
            touching[link.source.document, default: []].append(i)
            if link.quotedIn.document != link.source.document { touching[link.quotedIn.document, default: []].append(i) }
        }
        self.touching = touching
    }

    /// The links with an end in a document or in the text it is a copy of, in link order.
    func links(touching document: Int) -> [Int] {
        guard firstCopy.indices.contains(document) else { return [] }
        return touching[firstCopy[document]] ?? []
    }
}
