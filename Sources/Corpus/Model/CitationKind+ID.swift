extension CitationKind {
    /// The kind a normalised id names by its form, for ids the corpus knows without a citation
    /// (a catalogue line, a bibliography listing): "H-…" intercept, "DS-…", "SRS-…", "SRH-…",
    /// "PSIS …", another archive series, else a published work ("Surname, Title").
    public init(id: String) {
        if id.hasPrefix("H-") { self = .intercept }
        else if id.hasPrefix("DS-") { self = .diplomaticSummary }
        else if id.hasPrefix("SRS-") { self = .magicSummary }
        else if id.hasPrefix("SRH-") { self = .srh }
        else if id.hasPrefix("PSIS ") { self = .psis }
        else if ArchiveID.normalise(id) != nil { self = .otherSeries }
        else { self = .work }
    }
}
