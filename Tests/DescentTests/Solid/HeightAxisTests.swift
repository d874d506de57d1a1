import Foundation
import Testing
@testable import Descent

/// Heights: the finite range onto [−0.75, 0.75], linear or log₁₀(f + shift).
struct HeightAxisTests {
    @Test func linearMapsTheRangeOntoTheBox() throws {
        let axis = try #require(HeightAxis(values: [2, .nan, 6, 4, .infinity], scale: .linear))
        #expect(axis.z(2) == -0.75 && axis.z(6) == 0.75 && axis.z(4) == 0)
        #expect(axis.z(100) == 0.75 && axis.z(-100) == -0.75)
        #expect(axis.z(.nan).isNaN)
        #expect(axis.label == "f")
    }

    @Test func logWithTheAutomaticShiftPutsDecadesEvenly() throws {
        // min f = 0, so shift 1: log₁₀(f + 1) over [0, 3]; f = 9 is a third of the way up.
        let axis = try #require(HeightAxis(values: [0, 999, 50], scale: .log))
        #expect(axis.shift == 1)
        #expect(abs(axis.z(0) + 0.75) < 1e-12 && abs(axis.z(999) - 0.75) < 1e-12)
        #expect(abs(axis.z(9) + 0.25) < 1e-12)
        // Ticks give f − min f = f as the log colorbar does: 0, then decades up to 999.
        let ticks = axis.ticks
        #expect(ticks.map(\.label) == ["0", "1", "10", "100"])
        for (tick, f) in zip(ticks, [0.0, 1, 10, 100]) { #expect(abs(tick.z - (-0.75 + 1.5 * log10(f + 1) / 3)) < 1e-12) }
        #expect(axis.label == "f  (log scale)")
    }

    /// Values 3 to 13: min f = 3, shift 1 − 3 = −2, log₁₀(f − 2) over [0, log₁₀ 11]. The span
    /// 10 is under 20, so the ticks of f − 3 are linear: 0, 2, ..., 10, at log₁₀(d + 1).
    @Test func logWithTheAutomaticShiftLabelsTheRiseAboveTheMinimum() throws {
        let axis = try #require(HeightAxis(values: [3, 13, 8], scale: .log))
        #expect(axis.shift == -2)
        #expect(axis.label(of: "loss") == "loss − min loss  (log scale)")
        let ticks = axis.ticks
        #expect(ticks.map(\.label) == ["0", "2", "4", "6", "8", "10"])
        for (tick, d) in zip(ticks, [0.0, 2, 4, 6, 8, 10]) {
            #expect(abs(tick.z - (-0.75 + 1.5 * log10(d + 1) / log10(11))) < 1e-12)
        }
    }

    @Test func theAutomaticShiftIsRoundedUpToTwoDigits() {
        #expect(HeightAxis.automaticShift(minimum: 0) == 1)
        #expect(abs(HeightAxis.automaticShift(minimum: -3.99) - 5) < 1e-12)
        #expect(abs(HeightAxis.automaticShift(minimum: -123.4) - 130) < 1e-9)
        #expect(abs(HeightAxis.automaticShift(minimum: 5) + 4) < 1e-12)
    }

    @Test func aNegativeShiftIsWrittenWithAMinus() throws {
        let axis = try #require(HeightAxis(values: [5, 14], scale: .log, shift: -4))
        #expect(axis.label == "f − 4  (log scale)")
        #expect(axis.label(of: "loss") == "loss − 4  (log scale)")
        #expect(abs(axis.z(5) + 0.75) < 1e-12)  // log₁₀ 1 = 0 at the bottom, log₁₀ 10 = 1 at the top
    }

    @Test func logWithNothingAboveMinusTheShiftHasNoAxis() {
        #expect(HeightAxis(values: [-3, -2], scale: .log, shift: 1) == nil)
        #expect(HeightAxis(values: [.nan], scale: .linear) == nil)
    }

    @Test func aFlatSurfaceStillGetsABox() throws {
        let axis = try #require(HeightAxis(values: [3, 3, 3], scale: .linear))
        #expect(axis.z(3) == -0.75 && axis.high == axis.low + 1)
    }
}
