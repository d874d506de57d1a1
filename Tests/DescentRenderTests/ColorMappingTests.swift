import Foundation
import Testing
@testable import DescentRender

@Suite struct ColorMappingTests {
    @Test func linearFractionsAreHandComputed() throws {
        let m = try #require(ColorMapping(values: [2, 4, .nan, 10, .infinity], scale: .linear, levels: 4))
        #expect(m.low == 2 && m.high == 10)
        #expect(m.fraction(6) == 0.5)
        #expect(m.fraction(0) == 0 && m.fraction(20) == 1)  // clamped
        #expect(m.fraction(.nan).isNaN)
        // Four bands of width 2 between 2 and 10; lines at their inner boundaries.
        #expect(m.lineLevels == [4, 6, 8])
        #expect(m.shown(0.3, filled: true) == 0.375)  // band 1 of 4, centre (1 + 0.5)/4
        #expect(m.shown(0.3, filled: false) == 0.3)
    }

    @Test func logScaleIsLogOnePlusExcess() throws {
        // min f = −1, so g = log(1 + f + 1); max f = e² − 2 gives g = 2.
        let m = try #require(ColorMapping(values: [-1, exp(2) - 2], scale: .log, levels: 0))
        #expect(m.low == 0)
        #expect(abs(m.high - 2) < 1e-12)
        #expect(abs(m.fraction(exp(1) - 2) - 0.5) < 1e-12)
        #expect(m.lineLevels.isEmpty)
    }

    @Test func flatOrEmptyFields() {
        #expect(ColorMapping(values: [.nan, .infinity], scale: .linear, levels: 10) == nil)
        let flat = ColorMapping(values: [3, 3, 3], scale: .linear, levels: 10)!
        #expect(flat.fraction(3) == 0)  // one colour, no division by zero
    }

    @Test func colorbarTicksLieOnTheBar() throws {
        let m = try #require(ColorMapping(values: [0, 2500], scale: .log, levels: 30))
        let ticks = ColorbarTicks(mapping: m)
        // 0, then decades 1, 10, 100, 1000 at log(1 + v) / log(2501).
        #expect(ticks.fractions.count == 5)
        for (fraction, v) in zip(ticks.fractions, [0.0, 1, 10, 100, 1000]) {
            #expect(abs(fraction - log1p(v) / log(2501)) < 1e-12)
        }
        #expect(ticks.axisLabel == "f  (log scale)")
    }
}
