import Testing
@testable import Descent

/// Legend labels: the name, the non-default hyperparameters, the learning rate, noise, clipping.
@Suite struct RunDisplayLabelTests {
    func label(_ kind: OptimizerKind, _ lr: Schedule, _ configure: (inout Hyperparameters) -> Void = { _ in }) -> String {
        var h = Hyperparameters.defaults(for: kind)
        configure(&h)
        return Run(optimizer: Optimizer(kind, h), lr: lr, start: .zero, steps: 1).displayLabel
    }

    @Test func defaultsShowOnlyTheNameAndTheRate() {
        #expect(label(.sgd, .constant(0.001)) == "SGD lr=0.001")
        #expect(label(.adam, .constant(0.05)) == "Adam lr=0.05")
        #expect(label(.adamw, .constant(1e-3)) == "AdamW lr=0.001")
        #expect(label(.rmsprop, .constant(1e-5)) == "RMSprop lr=1e-05")
    }

    @Test func nonDefaultHyperparametersInPyTorchOrder() {
        #expect(label(.sgd, .constant(0.001)) { $0.momentum = 0.9; $0.nesterov = true }
                == "SGD momentum=0.9 nesterov lr=0.001")
        let schedule = Schedule.exponentialDecay(initialLearningRate: 0.05, decaySteps: 100, decayRate: 0.5, staircase: false)
        #expect(label(.adam, schedule) { $0.beta2 = 0.99 } == "Adam β=(0.9, 0.99) lr=exp 0.05×0.5^(t/100)")
        #expect(label(.adam, .constant(0.1)) { $0.amsgrad = true; $0.eps = 1e-6 } == "Adam eps=1e-06 amsgrad lr=0.1")
        #expect(label(.adamw, .constant(0.1)) { $0.weightDecay = 0 } == "AdamW weight_decay=0 lr=0.1")
    }

    @Test func noiseClippingAndExplicitLabels() {
        var run = Run(optimizer: Optimizer(.sgd), lr: .constant(0.01), start: .zero, steps: 1,
                      clipNorm: 1, clipValue: 0.5, noise: 0.5)
        #expect(run.displayLabel == "SGD lr=0.01 noise σ=0.5 clip_value=0.5 clip_norm=1")
        run.label = "mine"
        #expect(run.displayLabel == "mine")
    }

    /// A mini-batch size follows the rate; size 1 reads as any other ("SGD ... batch 1").
    @Test func batchSizesFollowTheRate() {
        var run = Run(optimizer: Optimizer(.sgd), lr: .constant(0.05), start: .zero, steps: 1)
        for size in [1, 16] {
            run.batchSize = size
            #expect(run.displayLabel == "SGD lr=0.05 batch \(size)")
        }
    }
}
