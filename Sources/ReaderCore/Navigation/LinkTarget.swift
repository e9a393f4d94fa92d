/// Something a pane's text lets the user select and act on with Enter.
public enum LinkTarget: Hashable, Sendable {
    /// A footnote marker in the running text (index into the document's markers): opens its note.
    case marker(Int)
    /// A note no marker points to (index into the document's notes), shown as a stub where it stands: opens it.
    case note(Int)
    /// A citation (index into the document's citations), in the running text or a note: follows it into the other pane.
    case citation(Int)
    /// A place in a document (a citing passage on a card): jumps there.
    case passage(document: Int, block: Int, offset: Int)
    /// A cited id (an index entry, a companion on a card): opens its card.
    case item(String)
    /// A loaded document, optionally at a page: opens it.
    case document(Int, page: Int?)
    /// An entry of the corpus timeline (by index): jumps to where its date is written.
    case dated(Int)
    /// A name of a registered actor in the running text or a note: block and start of the name.
    case mention(block: Int, start: Int)
}

/// Where a link stands in a layout.
public struct LinkPlace: Hashable, Sendable {
    /// The link.
    public var target: LinkTarget
    /// Index of the first display line showing it.
    public var line: Int

    /// Creates a link place.
    public init(target: LinkTarget, line: Int) {
        self.target = target
        self.line = line
    }
}
