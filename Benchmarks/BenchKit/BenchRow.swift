/// One line of the results: a measure of dossier, optionally beside one peer, with its goal.
///
/// Stored as computed at creation (ratio, goal text, met), so the JSON says exactly what the
/// table printed.
public struct BenchRow: Codable, Hashable, Sendable {
    /// What is measured, with the corpus scale and terminal size ("first screen 1000x 80x24").
    public var measure: String
    /// What the numbers count.
    public var quantity: Quantity
    /// dossier's samples.
    public var dossier: Samples
    /// The peer program ("less", "vim -R", "rg -j1"), when there is one.
    public var peer: String?
    /// The peer's samples, from the same run, interleaved with dossier's.
    public var peerSamples: Samples?
    /// dossier's median over the peer's.
    public var ratio: Double?
    /// The goal, when the issue sets one for this measure.
    public var goal: Goal?
    /// The goal as printed.
    public var goalText: String?
    /// Whether the goal is met (nil: no goal, or a figure is missing).
    public var met: Bool?
    /// Anything a reader of the figure should know (hit counts, what was checked).
    public var note: String?

    /// A row; the ratio and the goal's verdict are worked out from the medians.
    public init(_ measure: String, _ quantity: Quantity, dossier: Samples, peer: String? = nil, peerSamples: Samples? = nil,
                goal: Goal? = nil, note: String? = nil) {
        self.measure = measure
        self.quantity = quantity
        self.dossier = dossier
        self.peer = peer
        self.peerSamples = peerSamples
        if let d = dossier.median, let p = peerSamples?.median, p > 0 { ratio = d / p }
        self.goal = goal
        goalText = goal?.describe(quantity, peer: peer, median: dossier.median)
        met = goal?.isMet(median: dossier.median, peerMedian: peerSamples?.median)
        self.note = note
    }
}
