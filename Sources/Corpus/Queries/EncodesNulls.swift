/// Encodes every stored property by name, writing `null` for nil.
///
/// Synthesised `Encodable` leaves nil properties out; scripts reading `dossier ... --json` rely on
/// every documented key being present. One reflective encoder serves every result type.
public protocol EncodesNulls: Encodable {}

extension EncodesNulls {
    /// Encodes each stored property under its own name, nil as null.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: PropertyKey.self)
        for child in Mirror(reflecting: self).children {
            guard let name = child.label else { continue }
            let mirror = Mirror(reflecting: child.value)
            if mirror.displayStyle == .optional, mirror.children.isEmpty {
                try container.encodeNil(forKey: PropertyKey(name))
            } else if let value = child.value as? any Encodable {
                try container.encode(value, forKey: PropertyKey(name))
            }
        }
    }
}

/// A coding key made from a property name.
struct PropertyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
