import Testing
@testable import ReaderCore

/// Role runs: page breaks beat markers, markers beat styles, the result is sorted and disjoint.
@Suite struct StyledTextTests {
    typealias Run = (Int, Int, Role)

    private func shape(_ runs: [(start: Int, end: Int, role: Role)]) -> [String] {
        runs.map { "\($0.start)-\($0.end) \($0.role)" }
    }

    @Test func earlierGroupsWinOverlaps() {
        let breaks: [Run] = [(10, 20, .pageRule)]
        let markers: [Run] = [(15, 17, .marker), (30, 31, .marker), (2, 3, .marker)]
        let styles: [Run] = [(0, 5, .strong), (18, 35, .emphasis), (40, 50, .emphasis)]
        let runs = StyledText.flatten([breaks, markers, styles])
        #expect(shape(runs) == ["2-3 marker", "10-20 pageRule", "30-31 marker", "40-50 emphasis"])
    }

    @Test func aNameCutByAPageLabelIsTwoRunsAroundIt() {
        // "told Molo⟨p. 2⟩ tov": the label at 9..<22 splits the name's range 5..<25.
        #expect(StyledText.around([(9, 22)], from: 5, to: 25).map { [$0.0, $0.1] } == [[5, 9], [22, 25]])
        #expect(StyledText.around([(30, 40)], from: 5, to: 25).map { [$0.0, $0.1] } == [[5, 25]])
        #expect(StyledText.around([(5, 10)], from: 5, to: 10).isEmpty)
    }

    @Test func emptyAndInvertedRunsAreDropped() {
        let runs = StyledText.flatten([[(5, 5, .pageRule)], [(9, 3, .marker)], [(1, 2, .strong)]])
        #expect(shape(runs) == ["1-2 strong"])
    }

    @Test func manyMarkersStaySortedAndDisjoint() {
        // A long paragraph's worth of markers with styles across them: the shape a huge line produces.
        let markers: [Run] = stride(from: 0, to: 200_000, by: 10).map { ($0, $0 + 2, .marker) }
        let styles: [Run] = stride(from: 5, to: 200_000, by: 100).map { ($0, $0 + 3, .strong) }
        let runs = StyledText.flatten([[], markers, styles])
        #expect(runs.count == markers.count + styles.count)
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.end <= $1.start })
    }
}
