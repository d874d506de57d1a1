import Descent
import Testing

/// Tick lists worked out by hand from d3's rule: raw step (hi − lo) / count = e × 10^k, e rounded
/// to 10 (e ≥ √50 ≈ 7.07), 5 (≥ √10 ≈ 3.16), 2 (≥ √2 ≈ 1.41) or 1; all multiples in range.
/// Expected values are decimal literals, so equality also checks they are exact.
@Suite struct LinearTicksTests {
    @Test func unitInterval() {
        #expect(NiceTicks.linear(0...1, targetCount: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        #expect(NiceTicks.linear(0...1, targetCount: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])  // 0.2: e = 2
        #expect(NiceTicks.linear(0...1, targetCount: 3) == [0, 0.5, 1])  // 0.333: e = 3.33 → 5
        #expect(NiceTicks.linear(0...1, targetCount: 1) == [0, 1])
    }

    @Test func crossingZero() {
        #expect(NiceTicks.linear(-1...1, targetCount: 5) == [-1, -0.5, 0, 0.5, 1])  // 0.4: e = 4 → 5
        #expect(NiceTicks.linear(-10...10, targetCount: 10) == [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10])
        #expect(NiceTicks.linear(-3.7...12.2, targetCount: 6) == [-2, 0, 2, 4, 6, 8, 10, 12])  // 2.65 → 2
    }

    @Test func negative() {
        #expect(NiceTicks.linear(-250 ... -30, targetCount: 5) == [-250, -200, -150, -100, -50])  // 44 → 50
        #expect(NiceTicks.linear(-0.93 ... -0.07, targetCount: 4) == [-0.8, -0.6, -0.4, -0.2])  // 0.215 → 0.2
    }

    @Test func tiny() {
        #expect(NiceTicks.linear(1e-9...5e-9, targetCount: 4) == [1e-9, 2e-9, 3e-9, 4e-9, 5e-9])
        #expect(NiceTicks.linear(0.00012...0.00049, targetCount: 3) == [0.0002, 0.0003, 0.0004])  // 1.23e-4 → 1e-4
    }

    @Test func huge() {
        #expect(NiceTicks.linear(0...3e12, targetCount: 3) == [0, 1e12, 2e12, 3e12])
        #expect(NiceTicks.linear(1e300...9e300, targetCount: 4) == [2e300, 4e300, 6e300, 8e300])  // 2e300 → 2
        #expect(NiceTicks.linear(0...100, targetCount: 5) == [0, 20, 40, 60, 80, 100])
    }

    @Test func offsetFromZero() {
        // Span 1 far from zero: multiples of 0.2, each the literal, not 1000 + 0.2 + 0.2 + ...
        #expect(NiceTicks.linear(1000...1001, targetCount: 4) == [1000, 1000.2, 1000.4, 1000.6, 1000.8, 1001])
    }

    @Test func boundsOnMultiplesAreIncluded() {
        #expect(NiceTicks.linear(0.1...0.3, targetCount: 2) == [0.1, 0.2, 0.3])
        #expect(NiceTicks.linear(0.7...0.9, targetCount: 2) == [0.7, 0.8, 0.9])
    }

    @Test func singleTargetFallsBackToTwoWhenNoMultipleFits() {
        // Step 0.8 → 1: no multiple of 1 in 0.15...0.95, so the step for 2 (0.4 → 0.5) is used.
        #expect(NiceTicks.linear(0.15...0.95, targetCount: 1) == [0.5])
    }

    @Test func degenerateRangeIsItsValue() {
        #expect(NiceTicks.linear(2...2, targetCount: 5) == [2])
        #expect(NiceTicks.linear(0...0, targetCount: 5) == [0])
    }

    @Test func ticksAreIncreasingAndInsideForManyRanges() {
        for (lo, hi) in [(0.0, 1e-300), (-7.3, 1e6), (1.0, 1.0 + 4 * Double.ulpOfOne), (-1e-5, 3e-5), (123.0, 124.0)] {
            for count in [1, 2, 3, 5, 7, 10, 20] {
                let ticks = NiceTicks.linear(lo...hi, targetCount: count)
                #expect(!ticks.isEmpty)
                #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 })
                #expect(ticks.allSatisfy { (lo...hi).contains($0) })
            }
        }
    }
}
