import TerminalCore

/// A user intent, independent of the key that asked for it.
public enum Command: Hashable, Sendable {
    /// Scroll the focused pane (or the help screen) by lines; negative is up.
    case scrollLines(Int)
    /// Scroll by half the text height.
    case scrollHalfPages(Int)
    /// Scroll by the text height.
    case scrollPages(Int)
    /// Go to the top.
    case top
    /// Go to the bottom.
    case bottom
    /// Focus the pane to the right, wrapping around.
    case focusNext
    /// Focus the pane to the left, wrapping around.
    case focusPrevious
    /// Focus the pane to the left, stopping at the edge.
    case focusLeft
    /// Focus the pane to the right, stopping at the edge.
    case focusRight
    /// Open the picker to choose the focused pane's document.
    case openPicker
    /// Open the picker to choose a document for a new pane to the right.
    case split
    /// Close the focused pane (never the last).
    case closePane
    /// Make the focused pane narrower.
    case narrow
    /// Make the focused pane wider.
    case widen
    /// Give every pane the same width.
    case equalise
    /// Show or hide page furniture in the focused pane.
    case toggleFurniture
    /// Open the help screen.
    case help
    /// Close the help screen or the picker.
    case close
    /// Move the picker's selection by rows.
    case pickerMove(Int)
    /// Open the selected picker entry.
    case pickerAccept
    /// Add a character to the picker's query.
    case pickerType(Character)
    /// Delete the query's last character.
    case pickerErase
    /// Clear the query.
    case pickerClear
    /// Select the next marker, cited item or link (in the focused pane or its note strip).
    case selectNext
    /// Select the previous marker, cited item or link.
    case selectPrevious
    /// Act on the selection: open a marker's note, follow a cited item, open a card or passage; else a line down.
    case activate
    /// Close the focused pane's note strip.
    case closeStrip
    /// Open the note of the next marker (or the previous, with -1) while a note is open.
    case stepNote(Int)
    /// Open the citation index in the focused pane.
    case citationIndex
    /// Open the timeline in the focused pane.
    case timeline
    /// Follow the quotation on screen to its other end, in the pane beside.
    case followQuotation
    /// Go back to where the focused pane was before its last jump.
    case back
    /// Go forward again after going back.
    case forward
    /// Turn follow mode on or off.
    case toggleFollow
    /// Open the actor picker.
    case actorPicker
    /// Clear the actor filter.
    case clearActors
    /// Toggle whether passages must name any or all of the chosen actors.
    case toggleActorMatch
    /// Select the next (or previous) name of a registered actor on screen.
    case selectMention(Int)
    /// Add the selected name's actor to the filter (or take it out).
    case chooseMentionActor
    /// In the actor picker: choose or unchoose the selected actor.
    case pickerToggle
    /// Open the `:` command line.
    case commandLine
    /// Open the search prompt: in the focused document (incremental), or in every document (a results pane).
    case searchPrompt(everywhere: Bool)
    /// Go to the next (1) or previous (-1) match of the last search, wrapping.
    case searchNext(Int)
    /// Stop highlighting the last search's matches.
    case clearSearch
    /// Wait for a letter, then set (`m`) or go to (`'`) that mark.
    case markPrompt(MarkAction)
    /// Open the list of marks.
    case marksList
    /// Open the focused document's outline.
    case outline
    /// The letter typed after `m` or `'`.
    case markLetter(Character, MarkAction)
    /// In a prompt: insert a character at the cursor.
    case promptType(Character)
    /// In a prompt: move the cursor by characters.
    case promptMove(Int)
    /// In a prompt: the cursor to the start (false) or the end (true).
    case promptEdge(end: Bool)
    /// In a prompt: delete the character before the cursor (on an empty line: close the prompt).
    case promptErase
    /// In a prompt: delete the word before the cursor.
    case promptEraseWord
    /// In a prompt: delete everything before the cursor.
    case promptClear
    /// In a prompt: an older (-1) or newer (1) line from the history.
    case promptRecall(Int)
    /// In a prompt: complete the word at the cursor (1), or cycle back (-1).
    case promptComplete(Int)
    /// In a prompt: run the line.
    case promptAccept
    /// Add a character to the citation index's filter.
    case filterType(Character)
    /// Delete the filter's last character (or go back when it is empty).
    case filterErase
    /// Clear the filter (or go back when it is empty).
    case filterClear
    /// Repaint the whole terminal.
    case redraw
    /// Stop the process for the shell (Ctrl-Z).
    case suspend
    /// Leave the reader.
    case quit
    /// Leave as if interrupted (Ctrl-C): exit status 130.
    case interrupt
    /// The terminal changed size.
    case resize(columns: Int, rows: Int)
    /// A mouse report.
    case mouse(MouseEvent)
}
