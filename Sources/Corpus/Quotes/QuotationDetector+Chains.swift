extension QuotationDetector {
    /// Seeds of two texts that follow one another along nearly one diagonal: one passage, maybe.
    struct Chain {
        /// Runs of equal words the seeds cover, merged where they touch on one diagonal (x in text a, y in b).
        var runs: [WordAlignment.Run]
        /// Seeds in the chain.
        var seeds: Int

        /// The last seed's word in each text.
        var lastX: Int { runs[runs.count - 1].source + runs[runs.count - 1].length - QuotationDetector.shingle }
        var lastY: Int { runs[runs.count - 1].quoted + runs[runs.count - 1].length - QuotationDetector.shingle }

        /// Adds a seed, extending the last run when it continues it.
        mutating func add(x: Int, y: Int) {
            seeds += 1
            let last = runs[runs.count - 1]
            if y - x == last.quoted - last.source, x <= last.source + last.length {
                runs[runs.count - 1].length = x + QuotationDetector.shingle - last.source
            } else {
                runs.append(WordAlignment.Run(source: x, quoted: y, length: QuotationDetector.shingle))
            }
        }
    }

    /// Chains a pair's seeds (sorted by x): a seed joins the open chain whose last seed is before it on both
    /// sides, at most `shingle + gap` words back, on the nearest diagonal within `gap`; else it starts one.
    /// A chain is closed once the seeds have passed it by more than that.
    func chains(_ seeds: [(x: Int, y: Int)]) -> [Chain] {
        var done: [Chain] = []
        var open: [Chain] = []
        let reach = Self.shingle + Self.gap
        for (x, y) in seeds {
            var k = 0
            while k < open.count {
                if open[k].lastX + reach < x { done.append(open.remove(at: k)) } else { k += 1 }
            }
            var best: Int?
            var bestDrift = Int.max
            for (k, chain) in open.enumerated() {
                let lastX = chain.lastX, lastY = chain.lastY
                let drift = abs((y - x) - (lastY - lastX))
                if x > lastX, y > lastY, y - lastY <= reach, drift <= Self.gap, drift < bestDrift {
                    best = k
                    bestDrift = drift
                }
            }
            if let best {
                open[best].add(x: x, y: y)
            } else {
                open.append(Chain(runs: [WordAlignment.Run(source: x, quoted: y, length: Self.shingle)], seeds: 1))
            }
        }
        return done + open
    }
}
