import Testing
@testable import Descent

/// Schedule problems, reported with Keras's field names.
@Suite struct ScheduleValidationTests {
    func fields(_ schedule: Schedule) -> [String] { schedule.validationProblems().map(\.field) }

    @Test func validSchedulesHaveNoProblems() {
        let schedules: [Schedule] = [
            .constant(0.05),
            .piecewiseConstantDecay(boundaries: [100, 200], values: [0.1, 0.01, 0.001]),
            .exponentialDecay(initialLearningRate: 0.05, decaySteps: 100, decayRate: 0.5, staircase: true),
            .polynomialDecay(initialLearningRate: 0.1, decaySteps: 100, endLearningRate: 0, power: 0.5, cycle: true),
            .inverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 2, staircase: false),
            .cosineDecay(initialLearningRate: 0.1, decaySteps: 500, alpha: 0, warmupTarget: nil, warmupSteps: 0),
            .cosineDecay(initialLearningRate: 0, decaySteps: 500, alpha: 1, warmupTarget: 0.1, warmupSteps: 50),
        ]
        for schedule in schedules {
            #expect(schedule.validationProblems().isEmpty, "\(schedule)")
        }
    }

    @Test func constantRateMustBeFiniteAndPositive() {
        #expect(fields(.constant(0)) == ["lr"])
        #expect(fields(.constant(.nan)) == ["lr"])
        #expect(fields(.constant(.infinity)) == ["lr"])
        #expect(Schedule.constant(-0.1).validationProblems().first?.message == "must be finite and > 0, got -0.1")
    }

    @Test func piecewiseNeedsIncreasingBoundariesAndOneMoreValue() {
        #expect(fields(.piecewiseConstantDecay(boundaries: [], values: [0.1])) == ["boundaries"])
        #expect(fields(.piecewiseConstantDecay(boundaries: [200, 100], values: [0.1, 0.01, 0.001])) == ["boundaries"])
        #expect(fields(.piecewiseConstantDecay(boundaries: [100, 100], values: [0.1, 0.01, 0.001])) == ["boundaries"])
        #expect(fields(.piecewiseConstantDecay(boundaries: [100], values: [0.1])) == ["values"])
        #expect(fields(.piecewiseConstantDecay(boundaries: [100], values: [0.1, -1])) == ["values"])
    }

    @Test func decaysNeedPositiveStepsAndRates() {
        #expect(fields(.exponentialDecay(initialLearningRate: 0, decaySteps: 0, decayRate: 0, staircase: false))
                == ["initial_learning_rate", "decay_steps", "decay_rate"])
        #expect(fields(.inverseTimeDecay(initialLearningRate: 0.1, decaySteps: -5, decayRate: .nan, staircase: true))
                == ["decay_steps", "decay_rate"])
        #expect(fields(.polynomialDecay(initialLearningRate: 0.1, decaySteps: 10, endLearningRate: -0.1, power: 0, cycle: false))
                == ["end_learning_rate", "power"])
    }

    @Test func cosineNeedsAlphaInTheUnitIntervalAndWarmupWithATarget() {
        #expect(fields(.cosineDecay(initialLearningRate: 0.1, decaySteps: 0, alpha: 1.5, warmupTarget: nil, warmupSteps: 0))
                == ["decay_steps", "alpha"])
        #expect(fields(.cosineDecay(initialLearningRate: 0.1, decaySteps: 10, alpha: 0, warmupTarget: nil, warmupSteps: 5))
                == ["warmup_steps"])
        #expect(fields(.cosineDecay(initialLearningRate: 0.1, decaySteps: 10, alpha: 0, warmupTarget: 0, warmupSteps: -1))
                == ["warmup_target", "warmup_steps"])
    }
}
