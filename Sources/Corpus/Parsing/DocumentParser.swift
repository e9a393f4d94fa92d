/// Builds a `Document` from decoded source text: structure, pages, markers, notes, citations.
///
/// The stages run in a fixed order, each a pure function of the ones before:
/// units → feet (note runs) → scopes → pages → blocks → markers and pairing → citations → metadata.
struct DocumentParser {
    let file: String
    let source: SourceText

    func parse() -> Document {
        var units = UnitClassifier.units(source.lines)
        let footCount = FootFinder.assignFeet(&units)
        FootFinder.joinNotesAcrossBody(&units, footCount: footCount)
        ScopeFinder.assignScopes(&units)
        let pagination = PageFinder.paginate(&units)

        var doc = Document(file: file, metadata: DocumentMetadata(title: file, shortTitle: file, kind: .document))
        doc.lineCount = source.lines.count
        var builder = BlockBuilder(units: units)
        builder.build()
        doc.blocks = builder.blocks
        doc.notes = builder.notes
        doc.markers = builder.markers
        doc.pages = PageFinder.pages(units: units, blocks: doc.blocks, evidence: pagination.evidence)
        doc.paginationNote = pagination.note
        doc.anomalies = pagination.anomalies

        NotePairing.pair(&doc)
        CitationScanner.scan(&doc, lines: source.lines)
        doc.metadata = MetadataReader.read(units: units, document: doc, file: file)
        if source.hadInvalidUTF8 { doc.warnings.append("invalid UTF-8 replaced by U+FFFD") }
        if source.lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { doc.warnings.append("empty file") }
        doc.anomalies.sort { ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue) }
        return doc
    }
}
