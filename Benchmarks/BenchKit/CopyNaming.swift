/// How the scaled corpora name the copies of a seed file, and how a copy's name leads back to its seed.
///
/// Copy k of `002_b6ce1656289eb12a.txt` is `002_b6ce1656289eb12a-c0042.txt`: the seed's name stays the
/// prefix, so every copy answers to what actors.toml and catalogue.tsv call its seed by (the file-name
/// prefix "002", the short title printed inside), and copies sort next to each other.
public enum CopyNaming {
    /// The marker between a seed's stem and the copy number.
    static let separator = "-c"

    /// The name of copy `copy` of `seed` when there are `copies` copies (numbers padded to at least 4 digits).
    public static func name(of seed: String, copy: Int, copies: Int) -> String {
        let width = max(4, String(max(0, copies - 1)).count)
        let number = String(copy)
        let padded = String(repeating: "0", count: max(0, width - number.count)) + number
        let (stem, ext) = split(seed)
        return stem + separator + padded + ext
    }

    /// The seed a copy was made from and the copy number; nil for a name no copy has.
    public static func seed(of name: String) -> (seed: String, copy: Int)? {
        let (stem, ext) = split(name)
        guard let cut = stem.range(of: separator, options: .backwards),
              let copy = Int(stem[cut.upperBound...]), stem[cut.upperBound...].allSatisfy(\.isASCII) else { return nil }
        return (String(stem[..<cut.lowerBound]) + ext, copy)
    }

    /// A file name's stem and extension (with its dot; empty when there is none).
    static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}
