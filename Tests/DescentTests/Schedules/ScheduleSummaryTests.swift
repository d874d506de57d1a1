import Testing
@testable import Descent

/// Legend text and the catalogue `descent list` shows.
@Suite struct ScheduleSummaryTests {
    @Test func summaries() {
        #expect(Schedule.constant(0.05).summary == "0.05")
        #expect(Schedule.constant(1e-8).summary == "1e-08")
        #expect(Schedule.exponentialDecay(initialLearningRate: 0.05, decaySteps: 100, decayRate: 0.5, staircase: false)
            .summary == "exp 0.05×0.5^(t/100)")
        #expect(Schedule.exponentialDecay(initialLearningRate: 0.05, decaySteps: 100, decayRate: 0.5, staircase: true)
            .summary == "exp 0.05×0.5^⌊t/100⌋")
        #expect(Schedule.piecewiseConstantDecay(boundaries: [100], values: [0.1, 0.01]).summary == "piecewise 0.1/0.01@[100]")
        #expect(Schedule.piecewiseConstantDecay(boundaries: [100, 250], values: [1, 0.1, 0.01]).summary
                == "piecewise 1/0.1/0.01@[100, 250]")
        #expect(Schedule.polynomialDecay(initialLearningRate: 0.1, decaySteps: 1000, endLearningRate: 0.0001,
                                         power: 1, cycle: false).summary == "poly 0.1→0.0001 over 1000")
        #expect(Schedule.polynomialDecay(initialLearningRate: 0.1, decaySteps: 1000, endLearningRate: 0,
                                         power: 2, cycle: true).summary == "poly 0.1→0 over 1000, power 2, cycle")
        #expect(Schedule.inverseTimeDecay(initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.5, staircase: false)
            .summary == "inv 0.1/(1+0.5·t/100)")
        #expect(Schedule.inverseTimeDecay(initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.5, staircase: true)
            .summary == "inv 0.1/(1+0.5·⌊t/100⌋)")
        #expect(Schedule.cosineDecay(initialLearningRate: 0.1, decaySteps: 500, alpha: 0, warmupTarget: nil, warmupSteps: 0)
            .summary == "cos 0.1→0 over 500")
        #expect(Schedule.cosineDecay(initialLearningRate: 0.01, decaySteps: 500, alpha: 0.1, warmupTarget: 0.1, warmupSteps: 50)
            .summary == "cos 0.01→0.1 over 50, →0.01 over 500")
    }

    @Test func catalogueNamesEveryCaseWithKerasDefaults() {
        let samples: [Schedule] = [
            .constant(0.1),
            .piecewiseConstantDecay(boundaries: [1], values: [1, 2]),
            .exponentialDecay(initialLearningRate: 1, decaySteps: 1, decayRate: 1, staircase: false),
            .polynomialDecay(initialLearningRate: 1, decaySteps: 1, endLearningRate: 0, power: 1, cycle: false),
            .inverseTimeDecay(initialLearningRate: 1, decaySteps: 1, decayRate: 1, staircase: false),
            .cosineDecay(initialLearningRate: 1, decaySteps: 1, alpha: 0, warmupTarget: nil, warmupSteps: 0),
        ]
        #expect(Schedule.catalogue.map(\.name) == samples.map(\.name))
        let polynomial = Schedule.catalogue.first { $0.kerasName == "PolynomialDecay" }
        #expect(polynomial?.parameters.map(\.name)
                == ["initial_learning_rate", "decay_steps", "end_learning_rate", "power", "cycle"])
        #expect(polynomial?.parameters.map(\.defaultText) == [nil, nil, "0.0001", "1.0", "False"])
        let cosine = Schedule.catalogue.first { $0.name == "cosine_decay" }
        #expect(cosine?.parameters.map(\.name)
                == ["initial_learning_rate", "decay_steps", "alpha", "warmup_target", "warmup_steps"])
    }
}
