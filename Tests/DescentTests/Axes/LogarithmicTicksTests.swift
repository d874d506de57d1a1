import Descent
import Testing

@Suite struct LogarithmicTicksTests {
    @Test func powersOfTenWhenTheyFitTheCount() {
        #expect(NiceTicks.logarithmic(1...1000, targetCount: 5) == [1, 10, 100, 1000])
        #expect(NiceTicks.logarithmic(0.5...2e4, targetCount: 5) == [1, 10, 100, 1000, 10000])
        #expect(NiceTicks.logarithmic(1e-5...0.01, targetCount: 5) == [1e-5, 1e-4, 1e-3, 1e-2])
    }

    @Test func everyNthDecadeWhenThereAreTooMany() {
        // 41 decades: exponents -20...20 by d3's linear ticks for 5 (raw 8 → 10).
        #expect(NiceTicks.logarithmic(1e-20...1e20, targetCount: 5) == [1e-20, 1e-10, 1, 1e10, 1e20])
        // 7 decades for 3: exponents -6...0 by 2.
        #expect(NiceTicks.logarithmic(1e-6...1, targetCount: 3) == [1e-6, 1e-4, 1e-2, 1])
    }

    @Test func oneTwoFiveWithinShortRanges() {
        #expect(NiceTicks.logarithmic(1...20, targetCount: 6) == [1, 2, 5, 10, 20])
        #expect(NiceTicks.logarithmic(0.02...0.6, targetCount: 5) == [0.02, 0.05, 0.1, 0.2, 0.5])
        #expect(NiceTicks.logarithmic(3e-4...0.003, targetCount: 5) == [5e-4, 1e-3, 2e-3])
    }

    @Test func linearWithinADecade() {
        #expect(NiceTicks.logarithmic(2...4, targetCount: 5) == [2, 2.5, 3, 3.5, 4])
        #expect(NiceTicks.logarithmic(0.0031...0.0048, targetCount: 4) == [0.0035, 0.004, 0.0045])
    }

    @Test func degenerateRangeIsItsValue() {
        #expect(NiceTicks.logarithmic(5...5, targetCount: 5) == [5])
    }
}
