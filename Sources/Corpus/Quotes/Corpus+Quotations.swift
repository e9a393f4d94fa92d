extension Corpus {
    /// Every passage of one document quoted in another, sorted by quoting document, then block.
    ///
    /// Links join distinct texts: each end names the first copy of its document, and a copy (the same bytes
    /// under another name) has the same blocks and offsets, so an end holds for every copy too.
    public var quotations: [QuotationLink] { quotationIndex.links }

    /// Indices into `quotations` of the links with either end in a document; a copy of a document has the
    /// links of the text it copies.
    public func quotations(touching document: Int) -> [Int] { quotationIndex.links(touching: document) }
}
