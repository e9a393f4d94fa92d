import Testing
import TestSupport
import TerminalCore

/// Splitting a length by weights: the arithmetic behind pane widths.
@Suite struct ProportionTests {
    @Test func equalWeightsSplitEvenlyWithRemaindersOnTheLeft() {
        #expect(Proportion.split(79, weights: [100, 100], minimum: 16) == [40, 39])
        #expect(Proportion.split(78, weights: [1, 1, 1], minimum: 16) == [26, 26, 26])
        #expect(Proportion.split(10, weights: [1, 1, 1], minimum: 0) == [4, 3, 3])
    }

    @Test func weightsEqualToWidthsReproduceTheWidths() {
        // After `<` or `>` the state stores widths as weights; the next layout must not drift.
        for widths in [[44, 35], [16, 63], [20, 30, 28], [17, 16, 16, 16], [1, 2, 3, 4, 5]] {
            let total = widths.reduce(0, +)
            #expect(Proportion.split(total, weights: widths, minimum: min(16, widths.min()!)) == widths)
        }
    }

    @Test func partsBelowTheMinimumAreLiftedFromTheLargest() {
        #expect(Proportion.split(79, weights: [1, 1000], minimum: 16) == [16, 63])
        #expect(Proportion.split(100, weights: [1, 1, 98], minimum: 10) == [10, 10, 80])
    }

    @Test func aTotalTooSmallForTheMinimumIsSplitAsEvenlyAsPossible() {
        #expect(Proportion.split(10, weights: [1, 100], minimum: 16) == [5, 5])
        #expect(Proportion.split(7, weights: [1, 1, 50], minimum: 16) == [2, 2, 3])
    }

    @Test func degenerateInputs() {
        #expect(Proportion.split(50, weights: [], minimum: 16) == [])
        #expect(Proportion.split(0, weights: [1, 2], minimum: 16) == [0, 0])
        #expect(Proportion.split(-5, weights: [1, 2], minimum: 16) == [0, 0])
        // Zero and negative weights count as 1 rather than dividing by zero.
        #expect(Proportion.split(10, weights: [0, -3], minimum: 0) == [5, 5])
    }

    @Test func partsAlwaysSumToTheTotalAndRespectTheMinimum() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let n = Int.random(in: 1...6, using: &rng)
            let weights = (0..<n).map { _ in Int.random(in: -5...500, using: &rng) }
            let total = Int.random(in: 1...400, using: &rng)
            let minimum = Int.random(in: 0...40, using: &rng)
            let parts = Proportion.split(total, weights: weights, minimum: minimum)
            #expect(parts.count == n)
            #expect(parts.reduce(0, +) == total, "split(\(total), \(weights), \(minimum)) = \(parts)")
            #expect(parts.allSatisfy { $0 >= min(minimum, total / n) }, "split(\(total), \(weights), \(minimum)) = \(parts)")
        }
    }
}
