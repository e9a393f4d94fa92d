extension String {
    /// True when `self` sorts before `other` with digit runs compared as numbers ("DS-999" before
    /// "DS-1212", "Spec. 2" before "Spec. 10") and letters compared without case.
    public func naturallyPrecedes(_ other: String) -> Bool {
        var a = unicodeScalars[...], b = other.unicodeScalars[...]
        while let x = a.first, let y = b.first {
            if x.properties.numericType == .decimal, y.properties.numericType == .decimal {
                let da = a.prefix { $0.properties.numericType == .decimal }, db = b.prefix { $0.properties.numericType == .decimal }
                let na = String(String.UnicodeScalarView(da)).drop { $0 == "0" }, nb = String(String.UnicodeScalarView(db)).drop { $0 == "0" }
                if na.count != nb.count { return na.count < nb.count }
                if na != nb { return na < nb }
                a = a.dropFirst(da.count)
                b = b.dropFirst(db.count)
                continue
            }
            let lx = x.properties.lowercaseMapping, ly = y.properties.lowercaseMapping
            if lx != ly { return lx < ly }
            a = a.dropFirst()
            b = b.dropFirst()
        }
        if a.isEmpty != b.isEmpty { return a.isEmpty }
        return self < other
    }
}
