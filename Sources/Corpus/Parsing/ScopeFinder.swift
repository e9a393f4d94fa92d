/// Numbering scopes: note numbers restart at each chapter-level heading.
enum ScopeFinder {
    static func assignScopes(_ units: inout [Unit]) {
        var scope = 0
        for i in units.indices {
            if units[i].textKind == .heading, units[i].level == 1 { scope += 1 }
            units[i].scope = scope
        }
    }
}
