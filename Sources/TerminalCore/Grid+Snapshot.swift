extension Grid {
    /// The grid as text, one line per row, trailing spaces trimmed (as `tmux capture-pane -p` prints it).
    public var textSnapshot: String {
        rowTexts().joined(separator: "\n")
    }

    /// Each row's characters, continuation cells skipped, trailing spaces trimmed.
    public func rowTexts() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[column, row].isContinuation {
                line.append(self[column, row].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A style layer: per row, one letter per column naming the cell's style, then a legend.
    ///
    /// "." is the plain style; other styles get letters a, b, c, … in order of
    /// first appearance, and the legend lists "a = bold+reverse fg=yellow".
    public var styleSnapshot: String {
        var letters: [Style: Character] = [.plain: "."]
        var order: [Style] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var lines: [String] = []
        for row in 0..<height {
            var line = ""
            for column in 0..<width {
                let style = self[column, row].style
                if letters[style] == nil {
                    letters[style] = order.count < alphabet.count ? alphabet[order.count] : "?"
                    order.append(style)
                }
                line.append(letters[style]!)
            }
            lines.append(line)
        }
        let legend = order.map { "\(letters[$0]!) = \($0)" }
        return (lines + ["", ". = plain"] + legend).joined(separator: "\n")
    }
}
