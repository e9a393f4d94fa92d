import CNcursesw
import TerminalCore

extension CursesTerminal {
    /// Shows `grid`: writes only the cells that changed since the last frame, then one `doupdate`.
    ///
    /// ncurses diffs its virtual screen against the terminal again in `doupdate`; our
    /// diff keeps the Swift-to-C calls proportional to the change. The whole screen is
    /// rewritten after `invalidate`, on the first frame and when the size changed.
    public func draw(_ grid: Grid) {
        guard !ended else { return }
        let (columns, rows) = size
        let resized = lastSize != (columns, rows)
        let full = needsFullRepaint || resized || lastGrid == nil
        if full {
            // Blank what the grid may not cover; bytes are spent only where the terminal
            // differs, because doupdate compares with what it last sent.
            werase(window)
            // After Ctrl-L or a resize the terminal may not show what curses believes it
            // does (other output, the emulator's reflow): clear and send everything.
            if needsFullRepaint || (resized && lastGrid != nil) { clearok(dossier_curscr(), true) }
        }
        let diff = GridDiff(from: full ? nil : lastGrid, to: grid)
        for run in diff.runs where run.row < rows {
            var column = run.column
            for cell in run.cells {
                defer { column += 1 }
                // The right half of a wide character: writing it would erase the left half.
                if cell.isContinuation { continue }
                guard column < columns else { break }
                put(cell, row: run.row, column: column, columns: columns)
            }
        }
        lastRunCount = diff.runs.count
        lastGrid = grid
        lastSize = (columns, rows)
        needsFullRepaint = false
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes one cell as one `cchar_t`: the spacing character plus up to four combining marks.
    private func put(_ cell: Cell, row: Int, column: Int, columns: Int) {
        let rendition = self.rendition(for: cell.style)
        let buffer = characterBuffer
        var count = 0
        if column + Int(cell.width) > columns {
            // A wide character the screen cannot fit (the grid is wider than the screen):
            // curses would wrap it onto the next row.
            buffer[0] = 0x20
            count = 1
        } else if let ascii = cell.character.asciiValue, ascii >= 0x20, ascii < 0x7F {
            buffer[0] = wchar_t(ascii)
            count = 1
        } else {
            let scalars = cell.character.unicodeScalars
            // Last line of defence: Grid already replaces controls, but a hand-made Cell
            // could carry one, and a zero-width first scalar would be merged by curses
            // into the previous cell.
            if let first = scalars.first, DisplayWidth.of(first) > 0 {
                for scalar in scalars.prefix(5) {
                    buffer[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
            } else {
                buffer[0] = 0xFFFD
                count = 1
            }
        }
        buffer[count] = 0
        var character = cchar_t()
        if setcchar(&character, buffer, rendition.attributes, rendition.pair, nil) == ERR {
            buffer[0] = 0x3F  // "?": curses rejected the character (not printable in this locale)
            buffer[1] = 0
            setcchar(&character, buffer, rendition.attributes, rendition.pair, nil)
        }
        // At the bottom-right cell this returns ERR (the cursor cannot advance without
        // scrolling), but the character is stored; nothing to handle.
        mvwadd_wch(window, Int32(row), Int32(column), &character)
    }

    /// Curses attributes and colour pair for a style; colours are ignored without colour support.
    func rendition(for style: Style) -> (attributes: attr_t, pair: Int16) {
        if let known = renditions[style] { return known }
        var attributes = dossier_attr_normal()
        if style.attributes.contains(.bold) { attributes |= dossier_attr_bold() }
        if style.attributes.contains(.dim) { attributes |= dossier_attr_dim() }
        if style.attributes.contains(.underline) { attributes |= dossier_attr_underline() }
        if style.attributes.contains(.reverse) { attributes |= dossier_attr_reverse() }
        if style.attributes.contains(.italic) { attributes |= dossier_attr_italic() }
        let pair = usesColor ? colorPairs.pair(foreground: style.foreground, background: style.background) : 0
        renditions[style] = (attributes, pair)
        return (attributes, pair)
    }
}
