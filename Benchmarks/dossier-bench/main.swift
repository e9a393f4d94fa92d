import Corpus
import ReaderCore
import Foundation

/// `make bench`: load-and-index time of a corpus folder, in process, release build.
///
/// Prints the median and the min-max over repeated runs, plus what was indexed, so the figure
/// can be checked against the goal (seeds: well under 20 ms) and compared between commits.
let arguments = CommandLine.arguments.dropFirst()
let folder = arguments.first ?? "seeds"
let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 21

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

var times: [Double] = []
var corpus: Corpus?
do {
    for _ in 0..<runs {
        let start = ContinuousClock.now
        corpus = try CorpusLoader.load(folder: folder)
        times.append(milliseconds(ContinuousClock.now - start))
    }
} catch {
    FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
    exit(2)
}
times.sort()
let c = corpus!
let bytes = c.documents.reduce(0) { total, d in
    total + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + d.file)[.size] as? Int) ?? 0)
}
let citations = c.documents.reduce(0) { $0 + $1.citations.count }
let notes = c.documents.reduce(0) { $0 + $1.notes.count }
print("corpus: \(folder) (\(c.documents.count) documents, \(bytes) bytes; \(notes) notes, \(citations) citations)")
print(String(format: "load and index: median %.2f ms (min %.2f, max %.2f) over %d runs", times[times.count / 2], times.first!, times.last!, runs))

/// Times `body` over the runs and prints the median with min and max.
func measure(_ label: String, _ body: () -> Void) {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        body()
        samples.append(milliseconds(ContinuousClock.now - start))
    }
    samples.sort()
    print(String(format: "%@: median %.2f ms (min %.2f, max %.2f)", label, samples[samples.count / 2], samples.first!, samples.last!))
}

// The reader's first screen after loading: the default panes laid out and drawn into a grid.
for (columns, rows) in [(80, 24), (200, 60)] {
    measure("first screen \(columns)x\(rows) (layout + render)") {
        let session = ReaderSession(corpus: c, openings: ReaderSession.defaultOpenings(in: c), columns: columns, rows: rows)
        _ = session.render()
    }
}
// One line scroll on a warm layout: what a key press costs before curses.
var session = ReaderSession(corpus: c, openings: ReaderSession.defaultOpenings(in: c), columns: 80, rows: 24)
_ = session.render()
measure("line scroll 80x24 (handle + render)") {
    session.send(.key(.character("j")))
    _ = session.render()
}
