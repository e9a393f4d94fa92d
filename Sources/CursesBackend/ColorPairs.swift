import CNcursesw
import TerminalCore

/// Colour pairs allocated on first use, one per (foreground, background) combination.
///
/// Styles name at most nine values per side (eight colours or the default), so the
/// 81 combinations fit in any colour terminal's pair table; pairs are not freed.
struct ColorPairs {
    /// A combination as curses colour numbers; -1 is the terminal default.
    private struct Combination: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private var pairs: [Combination: Int16] = [:]
    /// Whether `use_default_colors` succeeded, so -1 may be used for "default".
    private let defaultColors: Bool
    /// The highest pair number we may allocate (pair 0 is the terminal's default pair).
    private let maximum: Int

    /// Creates an empty table for a screen whose `start_color` has run.
    init(defaultColors: Bool, pairCount: Int) {
        self.defaultColors = defaultColors
        // setcchar takes the pair as a short; larger numbers need the extended API.
        maximum = min(max(0, pairCount - 1), Int(Int16.max))
    }

    /// The pair for these colours, allocating it on first use; 0 (default colours) when the table is full.
    mutating func pair(foreground: Style.Color?, background: Style.Color?) -> Int16 {
        // Without default-colour support, "default" falls back to white on black.
        let combination = Combination(
            foreground: foreground.map { Int16($0.rawValue) } ?? (defaultColors ? -1 : Int16(COLOR_WHITE)),
            background: background.map { Int16($0.rawValue) } ?? (defaultColors ? -1 : Int16(COLOR_BLACK)))
        if foreground == nil, background == nil { return 0 }
        if let pair = pairs[combination] { return pair }
        let next = pairs.count + 1
        guard next <= maximum, init_pair(Int16(next), combination.foreground, combination.background) != ERR else {
            return 0
        }
        pairs[combination] = Int16(next)
        return Int16(next)
    }
}
