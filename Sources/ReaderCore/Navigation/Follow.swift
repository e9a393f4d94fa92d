/// Follow mode: the pane beside `source` shows what the notes visible in `source` cite.
public struct Follow: Hashable, Sendable {
    /// The pane being read.
    public var source: Int
    /// The pane kept at the cited page.
    public var target: Int
    /// Where the target pane was last seen by follow mode (set when it is turned on); any other place
    /// there means the user moved it, which ends follow mode.
    public var shown: Place
    /// Whether follow mode has moved the target pane yet (its first move is a jump, so back undoes following).
    public var hasMoved = false
}
