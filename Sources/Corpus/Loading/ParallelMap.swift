import Foundation

extension RandomAccessCollection where Index == Int, Self: Sendable {
    /// `map` spread over the cores in chunks, results in order; serial for small inputs.
    ///
    /// Documents are parsed in parallel, but one large document (the thesis is most of the seeds)
    /// would keep the other cores waiting at the end: its independent per-paragraph and per-block
    /// work is spread too. Nested in the per-document loop, Dispatch runs the chunks on whichever
    /// worker is free.
    func parallelMap<T>(minimumCount: Int = 128, _ transform: @Sendable (Element) -> T) -> [T] {
        let n = count
        guard n >= minimumCount else { return map(transform) }
        // Many small items go in chunks of 16 or more (four a core at most); a few large ones (five documents)
        // one a chunk, which `n / 16` would have made one serial chunk.
        let lanes = processorCount * 4
        let chunks = n / 16 >= lanes ? lanes : Swift.max(1, Swift.min(n, lanes))
        let size = (n + chunks - 1) / chunks
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            nonisolated(unsafe) let out = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = c * size, hi = Swift.min(n, lo + size)
                guard lo < hi else { return }
                for i in lo..<hi { (out + i).initialize(to: transform(self[startIndex + i])) }
            }
            initialized = n
        }
    }
}

/// Read once: `activeProcessorCount` opens and parses the cgroup files on every call (Linux), which
/// cost most of a small document's parallel work.
private let processorCount = ProcessInfo.processInfo.activeProcessorCount
