import Descent
import Testing
@testable import DescentScene

/// Every optimizer with every hyperparameter it takes, by torch.optim's names and defaults.
struct OptimizerParsingTests {
    static func changed(_ kind: OptimizerKind, _ change: (inout Hyperparameters) -> Void) -> Hyperparameters {
        var h = Hyperparameters.defaults(for: kind)
        change(&h)
        return h
    }

    static let everyHyperparameter: [(OptimizerKind, String, Hyperparameters)] = [
        (.sgd, "momentum: 0.9\ndampening: 0\nweight_decay: 1e-4\nnesterov: true",
         changed(.sgd) { $0.momentum = 0.9; $0.weightDecay = 1e-4; $0.nesterov = true }),
        (.sgd, "momentum: 0.5\ndampening: 0.25\nnesterov: false",
         changed(.sgd) { $0.momentum = 0.5; $0.dampening = 0.25 }),
        (.adagrad, "lr_decay: 0.01\nweight_decay: 0.1\ninitial_accumulator_value: 0.5\neps: 1e-9",
         changed(.adagrad) { $0.lrDecay = 0.01; $0.weightDecay = 0.1; $0.initialAccumulatorValue = 0.5; $0.eps = 1e-9 }),
        (.rmsprop, "alpha: 0.9\neps: 1e-6\nweight_decay: 0.2\nmomentum: 0.5\ncentered: True",
         changed(.rmsprop) { $0.alpha = 0.9; $0.eps = 1e-6; $0.weightDecay = 0.2; $0.momentum = 0.5; $0.centered = true }),
        (.adadelta, "rho: 0.95\neps: 1e-5\nweight_decay: 0.3",
         changed(.adadelta) { $0.rho = 0.95; $0.eps = 1e-5; $0.weightDecay = 0.3 }),
        (.adam, "betas: [0.8, 0.99]\neps: 1e-7\nweight_decay: 0.01\namsgrad: true",
         changed(.adam) { $0.beta1 = 0.8; $0.beta2 = 0.99; $0.eps = 1e-7; $0.weightDecay = 0.01; $0.amsgrad = true }),
        (.adamw, "betas: [0.85, 0.995]\neps: 1e-6\nweight_decay: 0.05\namsgrad: TRUE",
         changed(.adamw) { $0.beta1 = 0.85; $0.beta2 = 0.995; $0.eps = 1e-6; $0.weightDecay = 0.05; $0.amsgrad = true }),
        (.nadam, "betas: [0, 0.9]\neps: 1e-7\nweight_decay: 0.001\nmomentum_decay: 0.005",
         changed(.nadam) { $0.beta1 = 0; $0.beta2 = 0.9; $0.eps = 1e-7; $0.weightDecay = 0.001; $0.momentumDecay = 0.005 }),
        (.radam, "betas: [0.5, 0.6]\neps: 1e-6\nweight_decay: 0.1",
         changed(.radam) { $0.beta1 = 0.5; $0.beta2 = 0.6; $0.eps = 1e-6; $0.weightDecay = 0.1 }),
        (.adamax, "betas: [0.7, 0.8]\neps: 1e-5\nweight_decay: 0.2",
         changed(.adamax) { $0.beta1 = 0.7; $0.beta2 = 0.8; $0.eps = 1e-5; $0.weightDecay = 0.2 }),
    ]

    @Test(arguments: everyHyperparameter)
    func everyHyperparameterIsRead(_ kind: OptimizerKind, _ lines: String, _ expected: Hyperparameters) throws {
        let run = try onlyRun(kind.rawValue, lines)
        #expect(run.optimizer.kind == kind)
        #expect(run.optimizer.hyperparameters == expected)
    }

    @Test(arguments: OptimizerKind.allCases)
    func omittedHyperparametersTakePyTorchsDefaults(_ kind: OptimizerKind) throws {
        #expect(try onlyRun(kind.rawValue).optimizer == Optimizer(kind, .defaults(for: kind)))
    }

    @Test func defaultsThatDifferBetweenOptimizers() throws {
        #expect(try onlyRun("adam").optimizer.hyperparameters.eps == 1e-8)
        #expect(try onlyRun("adagrad").optimizer.hyperparameters.eps == 1e-10)
        #expect(try onlyRun("adadelta").optimizer.hyperparameters.eps == 1e-6)
        #expect(try onlyRun("adamw").optimizer.hyperparameters.weightDecay == 1e-2)
        let adam = try onlyRun("adam").optimizer.hyperparameters
        #expect(adam.beta1 == 0.9 && adam.beta2 == 0.999 && !adam.amsgrad)
        let rmsprop = try onlyRun("rmsprop").optimizer.hyperparameters
        #expect(rmsprop.alpha == 0.99 && rmsprop.momentum == 0 && !rmsprop.centered)
    }

    @Test func aHyperparameterOfAnotherOptimizer() throws {
        let error = try #require(parseError(rosenbrock(runs: "  - optimizer: adam\n    momentum: 0.9\n")))
        #expect(error == SceneError(
            file: "t.yaml", line: 5, field: "runs[0].momentum",
            message: "adam has no parameter `momentum` (sgd, rmsprop have it); adam takes betas, eps, weight_decay, amsgrad"))
    }

    @Test func aMisspelledHyperparameterGetsAHint() throws {
        let error = try #require(parseError(rosenbrock(runs: "  - optimizer: sgd\n    momentun: 0.9\n")))
        #expect(error == SceneError(file: "t.yaml", line: 5, field: "runs[0].momentun",
                                    message: "unknown key for sgd; did you mean `momentum`?"))
    }

    @Test func nesterovNeedsMomentum() throws {
        let error = try #require(parseError(rosenbrock(runs: "  - optimizer: sgd\n    nesterov: true\n")))
        #expect(error == SceneError(file: "t.yaml", line: 5, field: "runs[0].nesterov",
                                    message: "requires momentum > 0 and dampening = 0"))
    }
}
