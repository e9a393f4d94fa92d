/// The note strip at the foot of a pane: one marker's note (or a note without a marker) and the selected cited item.
public struct NoteStrip: Hashable, Sendable {
    /// What the strip was opened on.
    public var subject: LinkTarget
    /// Index of the selected cited item among the note's citations.
    public var selection: Int = 0

    /// Opens a strip on a marker or a note.
    public init(subject: LinkTarget) { self.subject = subject }
}
