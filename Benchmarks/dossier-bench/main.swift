import BenchKit
import Corpus
import Foundation

/// `make bench`: dossier beside less, vim and ripgrep on scaled copies of the seeds, in one run; prints one
/// table with the issue's goals and writes it as JSON.
///
/// `dossier-bench [--dossier PATH] [--seeds DIR]`; the environment chooses the rest: BENCH_SCALES (1,100,1000),
/// BENCH_RUNS (one number, or one per scale), BENCH_JSON (.build/bench/results.json), KEEP=1 (keep the corpora).
let started = ContinuousClock.now
let settings: BenchSettings
do {
    settings = try BenchSettings(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
} catch {
    Log.warn(error.description)
    exit(2)
}
/// Absolute, because the children run with their own environment and the paths must not depend on it.
func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
}
let dossier = absolute(settings.dossier)
let seeds = absolute(settings.seeds)
guard FileManager.default.isExecutableFile(atPath: dossier) else {
    Log.warn("no dossier binary at \(dossier) (make bench builds it)")
    exit(2)
}
for peer in ["less", "vim", "rg"] where ChildSpawn.lookUp(peer, path: ProcessInfo.processInfo.environment["PATH"] ?? "") == nil {
    Log.warn("\(peer) is not installed (make bench installs it); its rows stay empty")
}

// Everything the run writes goes into one temporary folder: the corpora, and the HOME and XDG folders the
// programs see, so nothing of the user's is read or written.
var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("dossier-bench.XXXXXX").utf8CString)
guard let made = mkdtemp(&template) else {
    Log.warn("cannot make a temporary folder")
    exit(2)
}
let root = String(cString: made)
let home = root + "/home"
try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
let environment = Peers.environment(home: home)
/// Removes the temporary folder unless KEEP is set.
func cleanUp() {
    if settings.keep { Log.step("kept \(root)") } else { try? FileManager.default.removeItem(atPath: root) }
}
signal(SIGINT) { _ in exit(130) }  // atexit below still removes the folder
atexit { if !settings.keep { try? FileManager.default.removeItem(atPath: root) } }

/// The words searched: a rare name folded for case, an accented one folded both ways, a common one kept in its case.
let patterns = ["lozovsky", "Shôwa", "Sato"]
let seedCorpus: Corpus
do { seedCorpus = try CorpusLoader.load(folder: seeds) } catch {
    Log.warn("cannot load the seeds: \(error)")
    exit(2)
}

var rows: [BenchRow] = []
var checks: [String] = []
var scales: [BenchReport.Scale] = []

for scale in settings.scales {
    let runs = settings.runs(forScale: scale)
    let name = "\(scale)x"
    // One untimed round first at 1x, where a round is cheap and the first start of each program (its
    // binary and libraries read) would stand out; larger corpora were just written, so are in the page cache.
    let warmup = scale == 1 ? 1 : 0
    let timeout = Duration.seconds(60 + scale / 5)
    Log.step("\(name): writing \(scale) copies of the seeds")
    let scaled: ScaledCorpus
    do { scaled = try ScaledCorpus.make(copies: scale, seeds: seeds, root: root) } catch {
        Log.warn("cannot write the \(name) corpus: \(error)")
        continue
    }
    scales.append(.init(copies: scale, files: scaled.files, bytes: scaled.bytes, runs: runs))
    let size = "\(scaled.files) files, \(Quantity.size(scaled.bytes))"

    // 1 and 2: open → first screen in a pty, beside less and vim on the concatenation; peak RSS of the same runs.
    for (columns, lines) in scale == 1 ? [(80, 24), (200, 60)] : [(80, 24)] {
        Log.step("\(name): first screen \(columns)x\(lines), \(runs) runs each of dossier, less, vim")
        let programs = [Peers.dossier(dossier, corpus: scaled.folder), Peers.less(scaled.concatenation), Peers.vim(scaled.concatenation)]
        let t = ScreenTiming.compare(programs, runs: runs, warmup: warmup, columns: columns, rows: lines,
                                     environment: environment, timeout: timeout)
        let first = t.map { Samples($0.map(\.firstScreen)) }
        let measure = "first screen \(name) \(columns)x\(lines) (pty)"
        let goal: Goal? = scale == 1 && columns == 80 ? .peerRatio(factor: 1.5) : scale >= 1000 && columns == 80 ? .atMost(limit: 500) : nil
        rows.append(BenchRow(measure, .milliseconds, dossier: first[0], peer: "less", peerSamples: first[1],
                             goal: goal, note: size))
        rows.append(BenchRow(measure, .milliseconds, dossier: first[0], peer: "vim -R", peerSamples: first[2]))
        if columns == 80 {
            let rss = t.map { Samples($0.map { Double($0.maxRSSKiB) }) }
            let corpusKiB = Double(scaled.bytes) / 1024
            let perByte = rss[0].median.map { " = " + String(format: "%.2f", $0 / corpusKiB) + "x corpus" } ?? ""
            rows.append(BenchRow("peak RSS \(name) (pty 80x24; corpus \(Quantity.size(scaled.bytes))\(perByte))", .kibibytes,
                                 dossier: rss[0], peer: "vim -R", peerSamples: rss[2],
                                 goal: scale >= 1000 ? .referenceRatio(factor: 1.3, reference: corpusKiB, what: "corpus bytes") : nil,
                                 note: "corpus \(size)"))
        }
    }

    // 3, the commands: `dossier search` (which loads the corpus first) beside ripgrep, one thread and all;
    // ripgrep for the other patterns too, as the peer of the in-process search. At 1000x one run of
    // `dossier search` only: it is a load (tens of seconds today) plus a search, and the load is timed
    // three times in process below.
    let commandRuns = scale >= 1000 ? 1 : runs
    Log.step("\(name): search commands, \(commandRuns) runs of dossier search, \(runs) of rg")
    let cli = CommandRun.compare([[dossier, "search", "--corpus", scaled.folder, patterns[0]]], runs: commandRuns, warmup: warmup,
                                 environment: environment)[0]
    var commands: [[String]] = patterns.map { Peers.ripgrep($0, in: scaled.folder, oneThread: true) }
    commands.append(Peers.ripgrep(patterns[0], in: scaled.folder, oneThread: false))
    let searched = CommandRun.compare(commands, runs: runs, warmup: 1, environment: environment)
    let wall = searched.map { Samples($0.map(\.milliseconds)) }
    let rgOne = Dictionary(uniqueKeysWithValues: zip(patterns, wall[0...2]))
    let searchGoal: Goal? = scale >= 1000 ? .peerRatio(factor: 1) : nil
    let found = "dossier \(cli.first.map { "\($0.lines) hits" } ?? "no run"), rg \(searched[0].first.map { "\($0.lines) lines" } ?? "no run")"
    rows.append(BenchRow("search \"\(patterns[0])\" \(name), dossier search (load + search)", .milliseconds, dossier: Samples(cli.map(\.milliseconds)),
                         peer: "rg -j1", peerSamples: wall[0], goal: searchGoal, note: found))
    rows.append(BenchRow("search \"\(patterns[0])\" \(name), dossier search (load + search)", .milliseconds, dossier: Samples(cli.map(\.milliseconds)),
                         peer: "rg", peerSamples: wall[3]))

    // 1, in process: load and index, as the reader does before its first screen.
    Log.step("\(name): load and index in process, \(runs) runs")
    var loaded: Corpus?
    var loadTimes: [Double] = []
    for _ in 0..<runs {
        loaded = nil  // the previous corpus freed outside the timing
        let start = ContinuousClock.now
        loaded = try? CorpusLoader.load(folder: scaled.folder)
        loadTimes.append((ContinuousClock.now - start).milliseconds)
    }
    guard let corpus = loaded else {
        Log.warn("cannot load the \(name) corpus")
        continue
    }
    rows.append(BenchRow("load and index \(name) (CorpusLoader.load, in process)", .milliseconds, dossier: Samples(loadTimes),
                         note: "\(corpus.documents.count) documents, \(size)"))

    // The scaled corpus must answer per copy as the seeds do.
    let check = CorpusAnswers.check(scaled: corpus, copies: scale, seeds: seedCorpus, patterns: patterns)
    checks.append(check.line)
    Log.step(check.line)

    // 3, in process: what the reader pays to search every document, once loaded.
    for p in patterns {
        guard let query = SearchQuery(p) else { continue }
        let hits = corpus.search(query).count
        let t = Stopwatch.time(runs: runs) { _ = corpus.search(query) }
        rows.append(BenchRow("search \"\(p)\" \(name), in process (Corpus.search)", .milliseconds, dossier: t, peer: "rg -j1",
                             peerSamples: rgOne[p], goal: searchGoal, note: "\(hits) hits"))
    }

    // 4, 5, 7: the reader's own work, pure.
    Log.step("\(name): reader measures in process")
    let firstCopies = Dictionary(corpus.documents.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { a, _ in a })
    let reader = ReaderMeasures(corpus: corpus, scale: name, runs: runs) { seedName in
        seedCorpus.document(named: seedName).flatMap { firstCopies[CopyNaming.name(of: seedCorpus.documents[$0].file, copy: 0, copies: scale)] }
    }
    if scale == 1 {
        rows += reader.frames() + reader.firstScreens() + reader.searchAsTyped() + reader.actorIndex() + reader.hugeLine()
    }
    if scale == 1 || scale >= 1000 {
        rows += reader.actorFilter() + reader.notesAndCitations() + reader.typeToNarrow()
    }
}

// 6: bytes written per key, on the seeds: the thesis alone at 80x24, beside SRH-078 at 200x60; less on the
// thesis's text at both sizes. Both start at the same source line in the body of the text: from the top
// the keys would scroll the title page's short and blank lines, cheaper than reading text.
if let thesis = try? FileManager.default.contentsOfDirectory(atPath: seeds).sorted().first(where: { $0.hasPrefix("002") }) {
    let keys: [(String, [UInt8])] = [("line scroll (j)", Array("j".utf8)), ("page down (Space)", Array(" ".utf8))]
    let presses = 15
    let line = 500
    for (columns, lines, documents, panes) in [(80, 24, ["002@\(line)"], "1 pane"), (200, 60, ["002@\(line)", "SRH-078"], "2 panes")] {
        Log.step("bytes per key \(columns)x\(lines), \(presses) presses of each key")
        do {
            let mine = try KeyBytes.measure(Peers.dossier(dossier, corpus: seeds, documents: documents), keys: keys.map(\.1), presses: presses,
                                            columns: columns, rows: lines, environment: environment, timeout: .seconds(60))
            let theirs = try? KeyBytes.measure(Peers.less(seeds + "/" + thesis, line: line), keys: keys.map(\.1), presses: presses,
                                               columns: columns, rows: lines, environment: environment, timeout: .seconds(60))
            for (k, key) in keys.enumerated() {
                let goal: Goal? = columns == 80 ? .atMost(limit: k == 0 ? 45 : 1300) : nil
                rows.append(BenchRow("bytes per \(key.0), \(panes) \(columns)x\(lines) (pty)", .bytes, dossier: mine[k], peer: "less",
                                     peerSamples: theirs?[k], goal: goal, note: "thesis from source line \(line), \(presses) presses; bytes until 150 ms of silence"))
            }
        } catch {
            Log.warn("bytes per key \(columns)x\(lines): \(error)")
        }
    }
}

let seconds = (ContinuousClock.now - started).milliseconds / 1000
print(BenchTable(rows: rows).render())
print("")
for line in checks { print(line) }
let report = BenchReport(date: ISO8601DateFormatter().string(from: Date()), machine: BenchReport.machine(), scales: scales,
                         checks: checks, rows: rows, seconds: seconds)
do {
    try report.write(to: settings.json)
    print("results: \(settings.json) (\(report.machine); \(String(format: "%.0f", seconds)) s)")
} catch {
    Log.warn("cannot write \(settings.json): \(error)")
}
cleanUp()
