extension QuotationDetector {
    /// Shared runs of words between two texts `a` < `b`: word `x` of `a` starts the same `shingle` words as
    /// word `y` of `b`, sorted by `x`, then `y`.
    struct PairSeeds {
        var a: Int
        var b: Int
        var seeds: [(x: Int, y: Int)]
    }

    /// The seeds of every pair of texts that share a run, pairs in order.
    ///
    /// Every run of every text goes into one open-addressed table by hash, its places (counted across the
    /// texts) chained from its entry; only runs that more than one text prints are then read back. A group
    /// is dropped when one text prints it more than `refrain` times or more than `commonTexts` texts print it
    /// (which also bounds the pairs a group makes). Equal hashes of different runs would make a false seed:
    /// the alignment compares the words themselves, so it could not make a false link.
    func seeds(_ words: [[UInt64]]) -> [PairSeeds] {
        let total = words.reduce(0) { $0 + max(0, $1.count - Self.shingle + 1) }
        guard total > 0, total < 1 << 31 else { return [] }
        // One integer per table entry: the run's hash in the high bits, its last place so far in the low ones.
        let placeBits = UInt64(Int.bitWidth - total.leadingZeroBitCount)
        let place: UInt64 = (1 << placeBits) - 1
        let capacity = 1 << (Int.bitWidth - (total + total / 2).leadingZeroBitCount)
        var table = [UInt64](repeating: 0, count: capacity)
        // Where each text's places begin: places are counted text by text, so a place's text is found there.
        var offset: [Int] = []
        // Per place: the previous place of the same run (-1 at the first).
        var next = [Int32](repeating: -1, count: total)
        var sharedSlots: [Int] = []
        var p = 0
        for (t, keys) in words.enumerated() {
            offset.append(p)
            guard keys.count >= Self.shingle else { continue }
            for w in 0...(keys.count - Self.shingle) {
                var hash: UInt64 = 0
                for k in 0..<Self.shingle { hash = (hash ^ keys[w + k]) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(k + 1) }
                // Place + 1 in the entry, so an empty entry (0) is never a run's.
                hash &= ~place
                var slot = Int(truncatingIfNeeded: hash >> placeBits) & (capacity - 1)
                while table[slot] != 0 && table[slot] & ~place != hash { slot = (slot + 1) & (capacity - 1) }
                if table[slot] != 0 {
                    let last = Int(table[slot] & place) - 1
                    // Texts are entered in order: a run whose last place is before this text's is shared (a run
                    // in a third text lists its entry again; duplicates go below).
                    if last < offset[t] { sharedSlots.append(slot) }
                    next[p] = Int32(last)
                }
                table[slot] = hash | UInt64(p + 1)
                p += 1
            }
        }

        offset.append(p)
        func owner(_ place: Int) -> Int { offset.partitioningIndex(where: { $0 > place }) - 1 }
        var found: [(pair: Int, x: Int, y: Int)] = []
        sharedSlots.sort()
        for (k, slot) in sharedSlots.enumerated() where k == 0 || sharedSlots[k - 1] != slot {
            var group: [Int] = []
            var q = Int(table[slot] & place) - 1
            while q >= 0 { group.append(q); q = Int(next[q]) }
            group.reverse()  // chained last first: now in place order, so by text, then word
            let owners = group.map(owner)
            guard isDistinctive(owners) else { continue }
            for i in group.indices {
                for j in (i + 1)..<group.count where owners[j] != owners[i] {
                    let a = owners[i], b = owners[j]
                    found.append((a * words.count + b, group[i] - offset[a], group[j] - offset[b]))
                }
            }
        }
        found.sort { ($0.pair, $0.x, $0.y) < ($1.pair, $1.x, $1.y) }

        var pairs: [PairSeeds] = []
        for seed in found {
            if pairs.last.map({ $0.a * words.count + $0.b }) != seed.pair {
                pairs.append(PairSeeds(a: seed.pair / words.count, b: seed.pair % words.count, seeds: []))
            }
            pairs[pairs.count - 1].seeds.append((seed.x, seed.y))
        }
        return pairs
    }

    /// False for a run that is a refrain of one text or common to many, from the texts printing it, in order.
    func isDistinctive(_ owners: [Int]) -> Bool {
        var texts = 0, run = 0
        var previous = -1
        for text in owners {
            if text != previous {
                texts += 1
                run = 0
                previous = text
            }
            run += 1
            if run > Self.refrain || texts > commonTexts { return false }
        }
        return true
    }
}
