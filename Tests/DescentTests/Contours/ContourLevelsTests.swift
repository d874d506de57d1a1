import Descent
import Testing

@Suite struct ContourLevelsTests {
    @Test func levelsAreStrictlyInsideTheRange() {
        #expect(ContourLevels.evenlySpaced(range: 0...1, count: 3) == [0.25, 0.5, 0.75])
        #expect(ContourLevels.evenlySpaced(range: 0...1, count: 4) == [0.2, 0.4, 0.6, 0.8])
        #expect(ContourLevels.evenlySpaced(range: -1...1, count: 1) == [0])
        #expect(ContourLevels.evenlySpaced(range: 10...20, count: 9) == [11, 12, 13, 14, 15, 16, 17, 18, 19])
    }

    @Test func edgeCounts() {
        #expect(ContourLevels.evenlySpaced(range: 0...1, count: 0) == [])
        #expect(ContourLevels.evenlySpaced(range: 2...2, count: 2) == [2, 2])
    }
}
