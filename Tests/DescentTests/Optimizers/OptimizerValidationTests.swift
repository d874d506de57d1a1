import Testing
@testable import Descent

/// PyTorch's constructor checks: per-field ranges and the rules across fields.
@Suite struct OptimizerValidationTests {
    @Test(arguments: OptimizerKind.allCases)
    func pyTorchDefaultsAreValid(kind: OptimizerKind) {
        #expect(Optimizer(kind).validationProblems().isEmpty)
    }

    @Test func nesterovRequiresMomentumAndNoDampening() {
        let noMomentum = OptimizerTesting.optimizer(.sgd) { $0.nesterov = true }
        let dampened = OptimizerTesting.optimizer(.sgd) { $0.nesterov = true; $0.momentum = 0.9; $0.dampening = 0.1 }
        let fine = OptimizerTesting.optimizer(.sgd) { $0.nesterov = true; $0.momentum = 0.9 }
        for sgd in [noMomentum, dampened] {
            let problems = sgd.validationProblems()
            #expect(problems.map(\.field) == ["nesterov"])
            #expect(problems.first?.message == "requires momentum > 0 and dampening = 0")
        }
        #expect(fine.validationProblems().isEmpty)
    }

    @Test func rangesIncludingNaNAndInfinity() {
        let adam = OptimizerTesting.optimizer(.adam) { $0.beta2 = 1; $0.eps = -1e-8 }
        let problems = adam.validationProblems()
        #expect(problems.map(\.field) == ["betas", "eps"])
        #expect(problems.first?.message == "must be in [0, 1), got (0.9, 1)")
        #expect(problems.last?.message == "must be >= 0, got -1e-08")

        let sgd = OptimizerTesting.optimizer(.sgd) { $0.momentum = .nan; $0.weightDecay = .infinity }
        #expect(sgd.validationProblems().map(\.field) == ["momentum", "weight_decay"])
        let rmsprop = OptimizerTesting.optimizer(.rmsprop) { $0.alpha = 1.5 }
        #expect(rmsprop.validationProblems().map(\.field) == ["alpha"])
    }

    @Test func fieldsAnOptimizerDoesNotReadAreNotChecked() {
        let adam = OptimizerTesting.optimizer(.adam) { $0.momentum = -1; $0.rho = 7 }
        #expect(adam.validationProblems().isEmpty)
    }
}
