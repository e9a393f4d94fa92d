import Foundation
import Testing

/// Reading `JSONSerialization` output in tests.
enum JSON {
    static func array(_ value: Any?, _ what: String) throws -> [[String: Any]] {
        try #require(value as? [[String: Any]], "\(what) is not an array of objects: \(String(describing: value))")
    }

    static func object(_ value: Any?, _ what: String) throws -> [String: Any] {
        try #require(value as? [String: Any], "\(what) is not an object: \(String(describing: value))")
    }

    /// Keys a documented object must carry (null allowed), that it does not.
    static func missingKeys(_ object: [String: Any], _ keys: [String]) -> [String] {
        keys.filter { object[$0] == nil }
    }

    /// True for an absent key or JSON null.
    static func isNull(_ value: Any?) -> Bool { value == nil || value is NSNull }

    static func string(_ value: Any?) -> String? { value as? String }

    static func int(_ value: Any?) -> Int? {
        if let n = value as? Int { return n }
        if let n = value as? NSNumber { return n.intValue }
        return nil
    }

    static func bool(_ value: Any?) -> Bool? {
        if let b = value as? Bool { return b }
        if let n = value as? NSNumber { return n.boolValue }
        return nil
    }

    static func strings(_ value: Any?) -> [String]? { value as? [String] }
}

/// Terminal display columns of a line (wide East Asian and emoji 2, combining marks 0).
func displayColumns(_ line: String) -> Int {
    var total = 0
    for s in line.unicodeScalars {
        let v = s.value
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: continue
        default: break
        }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { continue }
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
        total += wide ? 2 : 1
    }
    return total
}
