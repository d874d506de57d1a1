import Descent
import Testing
@testable import DescentScene

/// `lr:` — a number, or one Keras schedule with its parameters and Keras's defaults.
struct ScheduleParsingTests {
    static let cases: [(String, Schedule)] = [
        ("lr: 0.05", .constant(0.05)),
        ("lr: 3", .constant(3)),
        ("""
         lr:
           piecewise_constant_decay:
             boundaries: [100, 250]
             values: [0.1, 0.01, 0.001]
         """, .piecewiseConstantDecay(boundaries: [100, 250], values: [0.1, 0.01, 0.001])),
        ("lr: {exponential_decay: {initial_learning_rate: 0.1, decay_steps: 50, decay_rate: 0.5}}",
         .exponentialDecay(initialLearningRate: 0.1, decaySteps: 50, decayRate: 0.5, staircase: false)),
        ("lr: {exponential_decay: {initial_learning_rate: 0.1, decay_steps: 50, decay_rate: 0.5, staircase: true}}",
         .exponentialDecay(initialLearningRate: 0.1, decaySteps: 50, decayRate: 0.5, staircase: true)),
        ("lr: {polynomial_decay: {initial_learning_rate: 0.1, decay_steps: 400}}",
         .polynomialDecay(initialLearningRate: 0.1, decaySteps: 400, endLearningRate: 0.0001, power: 1, cycle: false)),
        ("""
         lr:
           polynomial_decay:
             initial_learning_rate: 0.2
             decay_steps: 100
             end_learning_rate: 0
             power: 2
             cycle: true
         """, .polynomialDecay(initialLearningRate: 0.2, decaySteps: 100, endLearningRate: 0, power: 2, cycle: true)),
        ("lr: {inverse_time_decay: {initial_learning_rate: 0.1, decay_steps: 10, decay_rate: 0.5}}",
         .inverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: false)),
        ("lr: {inverse_time_decay: {initial_learning_rate: 0.1, decay_steps: 10, decay_rate: 0.5, staircase: True}}",
         .inverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true)),
        ("lr: {cosine_decay: {initial_learning_rate: 0.1, decay_steps: 500}}",
         .cosineDecay(initialLearningRate: 0.1, decaySteps: 500, alpha: 0, warmupTarget: nil, warmupSteps: 0)),
        ("""
         lr:
           cosine_decay:
             initial_learning_rate: 0
             decay_steps: 500
             alpha: 0.1
             warmup_target: 0.05
             warmup_steps: 50
         """, .cosineDecay(initialLearningRate: 0, decaySteps: 500, alpha: 0.1, warmupTarget: 0.05, warmupSteps: 50)),
    ]

    @Test(arguments: cases)
    func scheduleIsRead(_ lines: String, _ expected: Schedule) throws {
        #expect(try onlyRun("sgd", lines).lr == expected)
    }

    @Test func theCatalogueHasNoScheduleThisFileLeavesOut() {
        let tested = Set(Self.cases.map(\.1.name))
        #expect(tested == Set(Schedule.catalogue.map(\.name)))
    }

    @Test func aMissingRequiredParameter() throws {
        let error = try #require(parseError(rosenbrock(runs: """
              - optimizer: sgd
                lr:
                  exponential_decay:
                    initial_learning_rate: 0.1
                    decay_steps: 100

            """)))
        #expect(error == SceneError(file: "t.yaml", line: 7, field: "runs[0].lr.exponential_decay",
                                    message: "missing `decay_rate`"))
    }

    @Test func aMisspelledScheduleGetsAHint() throws {
        let error = try #require(parseError(rosenbrock(runs: """
              - optimizer: sgd
                lr: {cosine_decy: {initial_learning_rate: 0.1, decay_steps: 100}}

            """)))
        #expect(error == SceneError(file: "t.yaml", line: 5, field: "runs[0].lr",
                                    message: "unknown schedule `cosine_decy`; did you mean `cosine_decay`?"))
    }

    @Test func valuesThatDoNotFitTheBoundaries() throws {
        let error = try #require(parseError(rosenbrock(runs: """
              - optimizer: sgd
                lr:
                  piecewise_constant_decay: {boundaries: [10], values: [0.1]}

            """)))
        #expect(error.field == "runs[0].lr.piecewise_constant_decay.values")
        #expect(error.message == "must have 2 entries, one more than boundaries, got 1")
    }
}
