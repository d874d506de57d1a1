import Testing
@testable import Descent

/// Run problems: the optimizer's, the schedule's under `lr`, and the run's own fields.
@Suite struct RunValidationTests {
    @Test func aSensibleRunHasNoProblems() {
        let run = Run(optimizer: Optimizer(.adam), lr: .constant(0.05), start: Vec2(-1.5, 2.5), steps: 500,
                      clipNorm: 1, clipValue: 2, noise: 0.1, seed: 3)
        #expect(run.validationProblems().isEmpty)
    }

    @Test func everyFieldIsNamed() {
        var sgd = Hyperparameters.defaults(for: .sgd)
        sgd.nesterov = true
        let run = Run(optimizer: Optimizer(.sgd, sgd),
                      lr: .exponentialDecay(initialLearningRate: 0.1, decaySteps: 0, decayRate: 0.5, staircase: false),
                      start: Vec2(.nan, 0), steps: -1, clipNorm: 0, clipValue: .infinity, noise: -1)
        #expect(run.validationProblems().map(\.field)
                == ["nesterov", "lr.decay_steps", "start", "steps", "noise", "clip_norm", "clip_value"])
        let constant = Run(optimizer: Optimizer(.sgd), lr: .constant(-1), start: .zero, steps: Run.maximumSteps + 1)
        #expect(constant.validationProblems().map(\.field) == ["lr", "steps"])
    }
}
