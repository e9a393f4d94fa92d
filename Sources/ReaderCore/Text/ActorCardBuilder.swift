import Corpus
import TerminalCore

/// Lays out the card of an actor: who they are, every form their name is printed in, where the
/// corpus names them, then every mention with its sentence, each a link to the passage.
struct ActorCardBuilder {
    let corpus: Corpus
    let actor: Int
    let width: Int

    func lines() -> [DisplayLine] {
        let index = corpus.actors
        guard index.actors.indices.contains(actor) else { return [] }
        let a = index.actors[actor]
        var out: [[Segment]] = []
        out += wrap("\(a.name) · \(a.kind == .organisation ? "organisation" : "person")" + (a.side.map { " · \($0)" } ?? ""), role: .heading)
        out.append([])
        for (i, role) in a.roles.enumerated() { out += field(i == 0 ? "role" : "", role.summary) }
        out += field("forms", a.correctForms.joined(separator: ", "))
        let misprints = a.misprints + a.scoped.keys.sorted().filter { !a.misprints.contains($0) }
        if !misprints.isEmpty { out += field("misprints", misprints.joined(separator: ", "), role: .warning) }
        for (form, documents) in a.scoped.sorted(by: { $0.key < $1.key }) {
            out += field("", "\"\(form)\" means \(a.name) in \(documents.joined(separator: ", ")) only", role: .warning)
        }
        if let note = a.note { out += field("note", note) }
        let mentions = index.mentions(of: actor)
        let counts = corpus.documents.indices.filter { index.count(of: actor, in: $0) > 0 }
            .map { "\(corpus.documents[$0].metadata.shortTitle) \(index.count(of: actor, in: $0))" }
        out += field("named in", counts.isEmpty ? "no document of this corpus" : counts.joined(separator: ", "))
        out.append([])
        out += wrap(mentions.count == 1 ? "1 mention" : "\(mentions.count) mentions", role: .heading)
        for (d, m) in mentions {
            let document = corpus.documents[d]
            out.append([])
            let link = LinkTarget.passage(document: d, block: m.block, offset: m.start)
            var head = [PaneTitle.of(document)]
            if let page = m.page { head.append("p. \(page)") }
            if let n = document.blocks[m.block].note { head.append("note \(document.notes[n].label)") }
            head.append("line \(m.line)")
            var how = "\"\(m.form)\""
            if m.isMisprint { how += ", misprint" }
            if m.attribution != .unique { how += ", by \(m.attribution.rawValue)" }
            out += wrap(head.joined(separator: ", ") + " (\(how))", role: .strong).map { $0.map { Segment($0.text, $0.role, link: link) } }
            let sentence = document.sentence(holding: m.start..<m.end, inBlock: m.block)?.text ?? document.blocks[m.block].text
            out += TextWrap.wrap("“\(sentence)”", width: max(8, width - 2)).map { [Segment("  " + $0, .link, link: link)] }
        }
        return out.enumerated().map { i, segments in DisplayLine(segments, anchor: Anchor(block: i, offset: 0), page: nil) }
    }

    private func field(_ label: String, _ value: String, role: Role = .body) -> [[Segment]] {
        CardText.field(label, value, role: role, width: width)
    }

    private func wrap(_ text: String, role: Role) -> [[Segment]] { CardText.wrap(text, role: role, width: width) }
}
