import Foundation
import Testing
@testable import Descent

/// Each Keras schedule at and around its boundaries, against its formula evaluated by hand.
@Suite struct ScheduleLearningRateTests {
    func expectRates(_ schedule: Schedule, _ expected: [Int: Double], sourceLocation: SourceLocation = #_sourceLocation) {
        for (step, rate) in expected.sorted(by: { $0.key < $1.key }) {
            let got = schedule.learningRate(at: step)
            #expect(abs(got - rate) <= 1e-15 * max(1, abs(rate)), "step \(step): \(got) ≠ \(rate)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func constant() {
        expectRates(.constant(0.05), [0: 0.05, 1: 0.05, 1_000_000: 0.05])
    }

    @Test func piecewiseConstantIncludesEachBoundaryInTheSegmentBelowIt() {
        let schedule = Schedule.piecewiseConstantDecay(boundaries: [100, 200], values: [0.1, 0.01, 0.001])
        expectRates(schedule, [0: 0.1, 99: 0.1, 100: 0.1, 101: 0.01, 199: 0.01, 200: 0.01, 201: 0.001,
                               1_000_000: 0.001])
    }

    @Test func exponentialDecay() {
        let smooth = Schedule.exponentialDecay(initialLearningRate: 0.05, decaySteps: 100, decayRate: 0.5, staircase: false)
        expectRates(smooth, [0: 0.05, 99: 0.05 * pow(0.5, 0.99), 100: 0.025, 101: 0.05 * pow(0.5, 1.01),
                             250: 0.05 / (4 * 2.0.squareRoot())])
        let stairs = Schedule.exponentialDecay(initialLearningRate: 0.05, decaySteps: 100, decayRate: 0.5, staircase: true)
        expectRates(stairs, [0: 0.05, 99: 0.05, 100: 0.025, 101: 0.025, 199: 0.025, 200: 0.0125])
    }

    @Test func polynomialDecayHoldsTheEndRateAfterDecaySteps() {
        let linear = Schedule.polynomialDecay(initialLearningRate: 0.1, decaySteps: 100, endLearningRate: 0.01,
                                              power: 1, cycle: false)
        // (0.1 − 0.01)(1 − t/100) + 0.01
        expectRates(linear, [0: 0.1, 50: 0.09 * 0.5 + 0.01, 99: 0.09 * 0.01 + 0.01, 100: 0.01, 101: 0.01, 1000: 0.01])
        let square = Schedule.polynomialDecay(initialLearningRate: 0.1, decaySteps: 100, endLearningRate: 0.01,
                                              power: 2, cycle: false)
        expectRates(square, [0: 0.1, 50: 0.09 * 0.25 + 0.01, 100: 0.01])
    }

    @Test func polynomialDecayCyclesToTheNextMultipleOfDecaySteps() {
        let cycled = Schedule.polynomialDecay(initialLearningRate: 0.1, decaySteps: 100, endLearningRate: 0.01,
                                              power: 1, cycle: true)
        // decay over 100·ceil(t/100) steps (multiplier 1 at t = 0)
        expectRates(cycled, [0: 0.1, 99: 0.09 * (1.0 / 100) + 0.01, 100: 0.01,
                             101: 0.09 * (99.0 / 200) + 0.01, 150: 0.09 * 0.25 + 0.01, 200: 0.01,
                             201: 0.09 * (99.0 / 300) + 0.01])
    }

    @Test func inverseTimeDecay() {
        let smooth = Schedule.inverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: false)
        expectRates(smooth, [0: 0.1, 9: 0.1 / 1.45, 10: 0.1 / 1.5, 11: 0.1 / 1.55, 100: 0.1 / 6])
        let stairs = Schedule.inverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true)
        expectRates(stairs, [0: 0.1, 9: 0.1, 10: 0.1 / 1.5, 19: 0.1 / 1.5, 20: 0.1 / 2])
    }

    @Test func cosineDecayStopsAtAlphaTimesTheInitialRate() {
        let toZero = Schedule.cosineDecay(initialLearningRate: 0.1, decaySteps: 500, alpha: 0, warmupTarget: nil, warmupSteps: 0)
        expectRates(toZero, [0: 0.1, 250: 0.05, 499: 0.05 * (1 + cos(Double.pi * 499 / 500)),
                             500: 0, 501: 0, 100_000: 0])
        let toTenth = Schedule.cosineDecay(initialLearningRate: 0.1, decaySteps: 500, alpha: 0.1, warmupTarget: nil, warmupSteps: 0)
        expectRates(toTenth, [0: 0.1, 250: 0.1 * (0.9 * 0.5 + 0.1), 500: 0.01, 501: 0.01])
    }

    @Test func cosineDecayWithLinearWarmup() {
        let schedule = Schedule.cosineDecay(initialLearningRate: 0.01, decaySteps: 500, alpha: 0,
                                            warmupTarget: 0.1, warmupSteps: 50)
        expectRates(schedule, [0: 0.01, 25: 0.055, 49: 0.01 + 0.09 * 49 / 50, 50: 0.1,
                               51: 0.05 * (1 + cos(Double.pi / 500)), 300: 0.05,
                               549: 0.05 * (1 + cos(Double.pi * 499 / 500)), 550: 0, 551: 0, 10_000: 0])
    }

    @Test func invalidSchedulesGiveNumbersNotTraps() {
        #expect(Schedule.piecewiseConstantDecay(boundaries: [1, 2], values: []).learningRate(at: 5).isNaN)
        #expect(Schedule.piecewiseConstantDecay(boundaries: [1, 2], values: [0.5]).learningRate(at: 5) == 0.5)
        let noDecaySteps = Schedule.exponentialDecay(initialLearningRate: 1, decaySteps: 0, decayRate: 0.5, staircase: true)
        #expect(noDecaySteps.learningRate(at: 0).isNaN)          // 0.5^⌊0/0⌋
        #expect(noDecaySteps.learningRate(at: 3) == 0)           // 0.5^⌊3/0⌋ = 0.5^∞
        let zeroSteps = Schedule.inverseTimeDecay(initialLearningRate: 1, decaySteps: 0, decayRate: 1, staircase: false)
        #expect(zeroSteps.learningRate(at: 0).isNaN)
        #expect(zeroSteps.learningRate(at: 1) == 0)
        #expect(Schedule.constant(0.3).learningRate(at: -4) == 0.3)
    }
}
