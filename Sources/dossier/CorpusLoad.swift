import Corpus
import Foundation

/// The corpus loading on a thread of its own, so the reader can show how far it has got when it takes
/// long, and still answer `q` and signals meanwhile.
final class CorpusLoad: @unchecked Sendable {
    /// The corpus folder being read.
    let folder: String
    private let condition = NSCondition()
    private var done = 0
    private var total = 0
    private var outcome: Result<Corpus, CorpusError>?

    /// Starts loading `folder`, after `delay` (only tests wait: a slow load on demand).
    init(folder: String, delay: Duration = .zero) {
        self.folder = folder
        let thread = Thread { [self] in
            if delay > .zero { Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18) }
            let result = Result { () throws(CorpusError) in
                try CorpusLoader.load(folder: folder) { done, total in self.report(done, total) }
            }
            condition.lock()
            outcome = result
            condition.broadcast()
            condition.unlock()
        }
        // The indexes are built on this thread after the parallel parse: give it the main thread's stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Documents parsed so far and how many there are (0 of 0 before the folder is listed).
    var progress: (done: Int, total: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (done, total)
    }

    /// The outcome once the load is over, waiting for it until `deadline` at most.
    func result(waitingUntil deadline: Date) -> Result<Corpus, CorpusError>? {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil, condition.wait(until: deadline) {}
        return outcome
    }

    /// The outcome, waiting for it as long as it takes.
    func wait() -> Result<Corpus, CorpusError> {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil { condition.wait() }
        return outcome!
    }

    private func report(_ done: Int, _ total: Int) {
        condition.lock()
        // Workers finish out of order; the count only grows.
        self.done = max(self.done, done)
        self.total = total
        condition.unlock()
    }
}
