import Foundation
import TOMLKit

/// The personography file beside the documents: every actor with its name forms, plus the title
/// words that introduce names.
///
/// Format (`actors.toml`): top-level `titles` and `not_names` lists, then one `[[actor]]` table per
/// person or organisation (see `Actor`). Problems are reported, never fatal: a file that does not
/// parse loads as an empty registry with one message naming the line.
public struct ActorRegistry: Sendable, Hashable {
    /// The file name looked for in the corpus folder.
    public static let fileName = "actors.toml"

    /// Title words printed before names ("Foreign Minister", "Consul General").
    public var titles: [String]
    /// Capitalised words that may follow a title but are not names ("Staff", "Headquarters").
    public var notNames: [String]
    /// The actors, in file order.
    public var actors: [Actor]

    /// Creates a registry.
    public init(titles: [String] = [], notNames: [String] = [], actors: [Actor] = []) {
        self.titles = titles
        self.notNames = notNames
        self.actors = actors
    }

    private struct File: Decodable {
        var titles: [String]?
        var not_names: [String]?
        var actor: [Actor]?
    }

    /// Reads the registry of a corpus folder; no file is an empty registry.
    public static func load(folder: String) -> (registry: ActorRegistry, problems: [SkippedFile]) {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return (ActorRegistry(), []) }
        guard let text = String(data: data, encoding: .utf8) else {
            return (ActorRegistry(), [SkippedFile(file: fileName, reason: "not UTF-8 text; no actors loaded")])
        }
        return parse(text)
    }

    /// Parses registry text, reporting a syntax error with its line and any entry that cannot be used.
    public static func parse(_ text: String) -> (registry: ActorRegistry, problems: [SkippedFile]) {
        // TOMLKit's parser aborts on some malformed text instead of reporting it: it sees only well-formed TOML.
        if let error = TOMLSyntax.firstError(in: text) {
            return (ActorRegistry(), [SkippedFile(file: fileName, reason: "line \(error.line): \(error.message); no actors loaded")])
        }
        let file: File
        do {
            file = try TOMLDecoder().decode(File.self, from: text)
        } catch {
            return (ActorRegistry(), [SkippedFile(file: fileName, reason: "\(describe(error)); no actors loaded")])
        }
        var problems: [SkippedFile] = []
        var seen = Set<String>()
        var actors: [Actor] = []
        for actor in file.actor ?? [] {
            if actor.id.isEmpty || actor.name.isEmpty {
                problems.append(SkippedFile(file: fileName, reason: "an actor without id or name; ignored"))
            } else if !seen.insert(actor.id).inserted {
                problems.append(SkippedFile(file: fileName, reason: "actor id \"\(actor.id)\" used twice; the second is ignored"))
            } else {
                actors.append(actor)
            }
        }
        return (ActorRegistry(titles: file.titles ?? [], notNames: file.not_names ?? [], actors: actors), problems)
    }

    /// One line for a decoding error: TOMLKit's parse errors carry a line, decoding errors a key path.
    private static func describe(_ error: any Error) -> String {
        if let e = error as? TOMLParseError {
            return "line \(e.source.begin.line): \(e.description)"
        }
        if case DecodingError.keyNotFound(let key, let ctx) = error {
            return "\(path(ctx.codingPath)): missing \"\(key.stringValue)\""
        }
        if case DecodingError.typeMismatch(_, let ctx) = error { return "\(path(ctx.codingPath)): \(ctx.debugDescription)" }
        if case DecodingError.dataCorrupted(let ctx) = error { return "\(path(ctx.codingPath)): \(ctx.debugDescription)" }
        return "\(error)"
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0 + 1)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
