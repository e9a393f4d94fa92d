extension StringProtocol {
    /// True when the text contains `needle`, compared byte for byte in UTF-8.
    ///
    /// Foundation's `contains(_:)` bridges to NSString and costs microseconds per call; the parser
    /// asks this on every line and note, where an exact byte match is what is meant.
    func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n -> Bool in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.search(n, in: $0) }) { return found }
            var copy = String(self)
            return copy.withUTF8 { Self.search(n, in: $0) }
        }
    }

    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return true }
        guard h >= n else { return false }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var k = 1
                while k < n, haystack[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
