import Corpus

/// A document laid out for one width: its display lines, with lookups by anchor and page.
public struct DocumentLayout: Sendable {
    /// What to lay out and how wide.
    public struct Options: Hashable, Sendable {
        /// Columns available for text.
        public var width: Int
        /// Show page furniture (stamps, running heads, distribution lists).
        public var furniture: Bool
        /// Show notes where they stand in the source.
        public var notes: Bool
        /// Lay out only this original page.
        public var page: Int?
        /// Show only the passages naming these actors (and highlight their names).
        public var actors: ActorFilter
        /// Blocks shown although the filter hides them (where a jump landed).
        public var revealed: Set<Int>
        /// The search whose matches are highlighted.
        public var search: SearchQuery?
        /// The match highlighted as the current one.
        public var currentMatch: BlockMatch?

        /// Creates options.
        public init(width: Int, furniture: Bool = false, notes: Bool = false, page: Int? = nil,
                    actors: ActorFilter = ActorFilter(), revealed: Set<Int> = [], search: SearchQuery? = nil, currentMatch: BlockMatch? = nil) {
            self.width = width
            self.furniture = furniture
            self.notes = notes
            self.page = page
            self.actors = actors
            self.revealed = actors.isOn ? revealed : []
            self.search = search
            self.currentMatch = search == nil ? nil : currentMatch
        }
    }

    /// The lines, top to bottom; anchors strictly increase.
    public let lines: [DisplayLine]
    /// The options the lines were laid out with.
    public let options: Options
    /// Every selectable thing (marker, note stub, card link) at the first line showing it, top to bottom.
    public let links: [LinkPlace]
    /// Every name of a registered actor, top to bottom (selected with their own keys, apart from `links`).
    public let mentionLinks: [LinkPlace]
    /// Passages shown and hidden by the actor filter (both 0 when it is off).
    public let passagesShown: Int, passagesHidden: Int
    /// The search's matches on shown lines, top to bottom, each with the line it starts on.
    public let matches: [MatchPlace]
    /// Matches the layout does not reach: in passages the actor filter hides, and in notes no shown marker opens.
    public let matchesHidden: Int, matchesInNotes: Int
    /// Marker links as (marker, index in `links`), sorted by marker: markers come in text order, so
    /// finding the selection is a binary search, and building this costs no hashing on a huge line.
    private let markerLinks: [(marker: Int, index: Int)]

    /// Lays `document` out (see `LayoutBuilder` for the rules); `mentions` are the document's actor mentions.
    public init(document: Document, options: Options, mentions: [Mention] = []) {
        var builder = LayoutBuilder(document: document, options: options, mentions: mentions)
        let lines = builder.build()
        let passages = (builder.passagesShown, builder.passagesHidden)
        let plain = DocumentLayout(lines: lines, options: options, passages: passages, matches: (builder.matchPlaces, builder.matchesHidden, 0))
        guard !builder.noteMatches.isEmpty else {
            self = plain
            return
        }
        // A match in a note is found at the note's first marker shown, after the text's matches on that line.
        var places = builder.matchPlaces
        var unplaced = 0
        for m in builder.noteMatches {
            let note = document.blocks[m.block].note
            let marker = note.flatMap { n in document.notes[n].markers.first { plain.linkIndex(of: .marker($0)) != nil } }
            guard let marker, let link = plain.linkIndex(of: .marker(marker)) else { unplaced += 1; continue }
            places.append(MatchPlace(match: m, line: plain.links[link].line, marker: marker))
        }
        let order = places.indices.sorted { a, b in
            let (x, y) = (places[a], places[b])
            if x.line != y.line { return x.line < y.line }
            if (x.marker == nil) != (y.marker == nil) { return x.marker == nil }
            return a < b
        }
        self.init(lines: lines, options: options, passages: passages, matches: (order.map { places[$0] }, builder.matchesHidden, unplaced))
    }

    /// Wraps lines made elsewhere (a card, the citation index), finding their links.
    public init(lines: [DisplayLine], options: Options, passages: (shown: Int, hidden: Int) = (0, 0),
                matches: (places: [MatchPlace], hidden: Int, inNotes: Int) = ([], 0, 0)) {
        self.lines = lines
        self.options = options
        (passagesShown, passagesHidden) = passages
        (self.matches, matchesHidden, matchesInNotes) = matches
        var links: [LinkPlace] = []
        var mentionLinks: [LinkPlace] = []
        var markerLinks: [(marker: Int, index: Int)] = []
        for (index, line) in lines.enumerated() {
            for segment in line.segments {
                guard let link = segment.link else { continue }
                if case .mention = link {
                    if mentionLinks.last?.target != link { mentionLinks.append(LinkPlace(target: link, line: index)) }
                    continue
                }
                // A link wrapped across two lines is one link, at its first line (it continues the last one).
                guard links.last?.target != link else { continue }
                if case .marker(let m) = link { markerLinks.append((m, links.count)) }
                links.append(LinkPlace(target: link, line: index))
            }
        }
        self.links = links
        self.mentionLinks = mentionLinks
        self.markerLinks = markerLinks
    }

    /// The blocks whose text the layout shows (under the actor filter, the passages that passed).
    public var shownBlocks: Set<Int> {
        Set(lines.lazy.filter { !$0.segments.isEmpty && $0.anchor.block >= 0 && !$0.segments.contains { $0.role == .elided } }.map(\.anchor.block))
    }

    /// Index in `links` of a target, if the layout shows it.
    public func linkIndex(of target: LinkTarget) -> Int? {
        guard case .marker(let m) = target else { return links.firstIndex { $0.target == target } }
        var low = 0, high = markerLinks.count
        while low < high {
            let mid = (low + high) / 2
            if markerLinks[mid].marker < m { low = mid + 1 } else { high = mid }
        }
        return low < markerLinks.count && markerLinks[low].marker == m ? markerLinks[low].index : nil
    }

    /// Index in `links` of the first link on line `line` or below (`links.count` when none), by binary search.
    public func firstLink(atOrBelow line: Int) -> Int {
        var low = 0, high = links.count
        while low < high {
            let mid = (low + high) / 2
            if links[mid].line < line { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Index of the line holding `anchor`: the last line whose anchor is not after it (0 when none).
    public func lineIndex(of anchor: Anchor) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].anchor <= anchor { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    /// Index of the line where original page `page` begins (its rule or inline break), else the first line after it.
    public func firstLine(onPage page: Int) -> Int? {
        lines.firstIndex { $0.startsPage == page } ?? lines.firstIndex { ($0.page ?? Int.min) >= page }
    }
}

/// A search match on a laid-out line.
public struct MatchPlace: Hashable, Sendable {
    /// The match, in block text offsets.
    public var match: BlockMatch
    /// The line it starts on (for a match in a note, the line of the marker opening the note).
    public var line: Int
    /// For a match in a note: the marker whose note holds it (the strip opens on it).
    public var marker: Int? = nil
}
