import Corpus
import TerminalCore

/// The screen while a large corpus loads: the folder and a bar in the middle, the status row counting
/// the documents parsed, and how to leave on the message row; safe down to 1x1.
public struct LoadingView: Sendable {
    /// The corpus folder being read (shown sanitised: a path may hold control characters).
    public var folder: String
    /// Documents parsed so far.
    public var done: Int
    /// Documents to parse (0 before the folder has been listed).
    public var total: Int
    /// The palette.
    public var theme: Theme

    /// Creates the view of one moment of a load.
    public init(folder: String, done: Int, total: Int, theme: Theme) {
        self.folder = folder
        self.done = done
        self.total = total
        self.theme = theme
    }

    /// "loading 1,234 of 5,000 documents · 24%", "loading documents" before the count is known, and once
    /// every document is parsed, "indexing 5,000 documents" (citations, bibliographies, people) until the reader opens.
    public var status: String {
        guard total > 0 else { return "loading documents" }
        guard done < total else { return "indexing \(Self.grouped(total)) documents: citations, bibliographies, people" }
        let percent = min(100, done * 100 / total)
        return "loading \(Self.grouped(done)) of \(Self.grouped(total)) documents · \(percent)%"
    }

    /// The longest form of the status that fits `width` columns, with a space before it when there is room:
    /// a narrow terminal still shows the count ("1,234/5,000 24%"), then the percentage alone.
    public func status(fitting width: Int) -> String {
        let percent = total > 0 ? "\(min(100, done * 100 / total))%" : ""
        let forms = done >= total ? [status, "indexing \(Self.grouped(total)) documents", "indexing", percent]
            : [status, "loading \(Self.grouped(done))/\(Self.grouped(total)) · \(percent)", "\(Self.grouped(done))/\(Self.grouped(total)) \(percent)", percent]
        let fitting = (total > 0 ? forms : [status]).first { DisplayWidth.of($0) + 1 <= width }
        if let fitting { return " " + fitting }
        return total > 0 ? percent : status
    }

    /// The screen as a grid of `columns`×`rows`.
    public func render(columns: Int, rows: Int) -> Grid {
        var grid = Grid(width: columns, height: rows)
        guard columns > 0, rows > 0 else { return grid }
        // The rows the reader uses: its status row above the message row, or the only row there is.
        let statusRow = max(0, rows - 2)
        grid.fill(Rect(x: 0, y: statusRow, width: columns, height: 1), style: theme.statusFocused)
        grid.put(TextWrap.truncate(status(fitting: columns), width: columns), column: 0, row: statusRow, style: theme.statusFocused)
        if rows >= 2 {
            grid.put(TextWrap.truncate("q quit  (the reader opens when every document is indexed)", width: columns),
                     column: 0, row: rows - 1, style: theme.hint)
        }
        // The folder and a bar, centred in the space above, when there is room for them.
        guard statusRow >= 3, columns >= 12 else { return grid }
        let name = TextWrap.truncate(Sanitizer.clean(folder), width: columns - 2)
        let middle = statusRow / 2 - 1
        grid.put(name, column: (columns - DisplayWidth.of(name)) / 2, row: middle, style: Style(.bold))
        let width = min(columns - 4, 60)
        let filled = total > 0 ? min(width, done * width / total) : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        grid.put(bar, column: (columns - width) / 2, row: middle + 2, style: theme.frame)
        return grid
    }

    /// 5000 as "5,000": counts a reader takes in at a glance.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
