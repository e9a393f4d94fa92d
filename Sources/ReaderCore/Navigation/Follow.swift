/// Follow mode: the pane beside `source` shows what the notes visible in `source` cite.
public struct Follow: Hashable, Sendable {
    /// The pane being read.
    public var source: Int
    /// The pane kept at the cited page.
    public var target: Int
    /// Where follow mode last put the target pane; any other place there means the user moved it, which ends follow mode.
    public var shown: Place?
}
