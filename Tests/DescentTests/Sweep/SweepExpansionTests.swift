import Foundation
import Testing
@testable import Descent

@Suite struct SweepRangeTests {
    @Test func linearRangeByHand() {
        // 0, 0.25, 0.5, 0.75, 1.
        #expect(SweepRange(from: 0, to: 1, count: 5).values == [0, 0.25, 0.5, 0.75, 1])
        #expect(SweepRange(from: 2, to: -2, count: 3).values == [2, 0, -2])
    }

    @Test func logRangeByHand() {
        // 10⁻⁴ … 10⁻¹ in 4 values: one decade apart.
        let values = SweepRange(from: 1e-4, to: 0.1, count: 4, scale: .log).values
        for (value, expected) in zip(values, [1e-4, 1e-3, 1e-2, 1e-1]) {
            #expect(abs(value / expected - 1) < 1e-14)
        }
        #expect(values.first == 1e-4 && values.last == 0.1)
        // Rounded to 12 digits: exactly the decimals, not 0.010000000000000002.
        #expect(values[2] == 0.01)
        // Negative ranges keep equal ratios: −1, −2, −4.
        let negative = SweepRange(from: -1, to: -4, count: 3, scale: .log).values
        #expect(abs(negative[1] + 2) < 1e-14)
    }

    @Test func emptyAndThroughZeroRangesAreProblems() {
        #expect(SweepRange(from: 0.1, to: 1, count: 0).problems().map(\.field) == ["count"])
        #expect(SweepRange(from: 0.1, to: 1, count: 1).problems().map(\.field) == ["count"])
        #expect(SweepRange(from: -1, to: 1, count: 5, scale: .log).problems().map(\.field) == ["from"])
        #expect(SweepRange(from: 0, to: 1, count: 5, scale: .log).problems().map(\.field) == ["from"])
        #expect(SweepRange(from: -1, to: 1, count: 5).problems().isEmpty)
    }
}

@Suite struct SweepExpansionTests {
    static let sgd = Run(optimizer: Optimizer(.sgd), lr: .constant(0.01), start: Vec2(1, 2), steps: 10)
    static let adam = Run(optimizer: Optimizer(.adam), lr: .constant(0.01), start: Vec2(1, 2), steps: 10)

    static func expand(_ templates: [Run], _ name: String, _ values: [SweepValue]) -> Result<[Run], Sweep.Problem> {
        Sweep.expand(templates, parameter: SweepParameter(name: name)!, values: values)
    }

    @Test func valuesTimesRunsInValueOrder() throws {
        let runs = try Self.expand([Self.sgd, Self.adam], "lr", [.number(0.1), .number(0.2)]).get()
        #expect(runs.map(\.lr) == [.constant(0.1), .constant(0.1), .constant(0.2), .constant(0.2)])
        #expect(runs.map(\.optimizer.kind) == [.sgd, .adam, .sgd, .adam])
        let sweep = Sweep(parameter: .lr, values: [.number(0.1), .number(0.2)], layout: .grid, runsPerValue: 2)
        #expect(sweep.runs(ofValue: 1) == 2..<4)
        #expect(sweep.label(1) == "lr = 0.2")
    }

    @Test func hyperparametersBetasAndSingleBetas() throws {
        let momentum = try Self.expand([Self.sgd], "momentum", [.number(0.5), .number(0.9)]).get()
        #expect(momentum.map(\.optimizer.hyperparameters.momentum) == [0.5, 0.9])
        let beta2 = try Self.expand([Self.adam], "beta2", [.number(0.9), .number(0.99)]).get()
        #expect(beta2.map(\.optimizer.hyperparameters.beta2) == [0.9, 0.99])
        #expect(beta2.allSatisfy { $0.optimizer.hyperparameters.beta1 == 0.9 })
        let betas = try Self.expand([Self.adam], "betas", [.pair(0.5, 0.6)]).get()
        #expect(betas[0].optimizer.hyperparameters.beta1 == 0.5 && betas[0].optimizer.hyperparameters.beta2 == 0.6)
        // Expanded runs are validated as a scene's runs are: Nesterov needs momentum.
        #expect(Self.expand([Self.sgd], "nesterov", [.flag(true)])
                == .failure(.value(index: 0, run: 0, message: "nesterov requires momentum > 0 and dampening = 0")))
        var heavy = Self.sgd
        heavy.optimizer.hyperparameters.momentum = 0.9
        let nesterov = try Self.expand([heavy], "nesterov", [.flag(false), .flag(true)]).get()
        #expect(nesterov.map(\.optimizer.hyperparameters.nesterov) == [false, true])
    }

    @Test func scheduleParameters() throws {
        var template = Self.sgd
        template.lr = .exponentialDecay(initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.5, staircase: false)
        let runs = try Self.expand([template], "lr.decay_rate", [.number(0.1), .number(0.9)]).get()
        #expect(runs.map(\.lr) == [
            .exponentialDecay(initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.1, staircase: false),
            .exponentialDecay(initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.9, staircase: false),
        ])
        guard case let .failure(.parameter(_, message)) = Self.expand([template], "lr", [.number(0.1)]) else {
            Issue.record("sweeping lr over a schedule must fail"); return
        }
        #expect(message.contains("lr.initial_learning_rate"))
        guard case .failure(.parameter) = Self.expand([Self.sgd], "lr.decay_rate", [.number(0.5)]) else {
            Issue.record("a constant rate has no decay_rate"); return
        }
    }

    @Test func optimizerSweepCarriesSettingsTheNewOptimizerHas() throws {
        var template = Self.adam
        template.optimizer.hyperparameters.weightDecay = 0.1
        let runs = try Self.expand([template], "optimizer", [.optimizer(.sgd), .optimizer(.radam)]).get()
        #expect(runs.map(\.optimizer.kind) == [.sgd, .radam])
        #expect(runs.allSatisfy { $0.optimizer.hyperparameters.weightDecay == 0.1 })
        template.optimizer.hyperparameters.amsgrad = true
        guard case let .failure(.value(index, _, message)) = Self.expand([template], "optimizer", [.optimizer(.adamw), .optimizer(.sgd)]) else {
            Issue.record("sgd has no amsgrad"); return
        }
        #expect(index == 1 && message == "sgd has no parameter `amsgrad`, which the run sets")
    }

    @Test func startSeedAndStepsNameTheValueInTheLabel() throws {
        let runs = try Self.expand([Self.sgd], "start", [.point(Vec2(0, 1)), .point(Vec2(-1, 0.5))]).get()
        #expect(runs.map(\.start) == [Vec2(0, 1), Vec2(-1, 0.5)])
        #expect(runs[1].displayLabel == "SGD lr=0.01 start=(−1, 0.5)")
    }

    @Test func parameterTheOptimizerDoesNotHave() {
        let result = Self.expand([Self.sgd], "beta2", [.number(0.99)])
        #expect(result == .failure(.parameter(run: 0, message: "sgd has no parameter `beta2`; sgd takes momentum, dampening, weight_decay, nesterov")))
        let momentum = Self.expand([Self.adam], "momentum", [.number(0.9)])
        guard case let .failure(.parameter(_, message)) = momentum else { Issue.record("adam has no momentum"); return }
        #expect(message.hasPrefix("adam has no parameter `momentum`"))
    }

    @Test func valuesOutOfRangeNameTheirIndex() {
        #expect(Self.expand([Self.sgd], "momentum", [.number(0.5), .number(-0.1)])
                == .failure(.value(index: 1, run: 0, message: "momentum must be >= 0, got -0.1")))
        #expect(Self.expand([Self.sgd], "lr", [.number(0)])
                == .failure(.value(index: 0, run: 0, message: "lr must be finite and > 0, got 0")))
        #expect(Self.expand([Self.adam], "beta1", [.number(1)])
                == .failure(.value(index: 0, run: 0, message: "beta1 must be in [0, 1), got 1")))
    }

    @Test func namesAreRecognised() {
        #expect(SweepParameter(name: "lr") == .lr)
        #expect(SweepParameter(name: "lr.initial_learning_rate") == .schedule("initial_learning_rate"))
        #expect(SweepParameter(name: "lr.boundaries") == nil)
        #expect(SweepParameter(name: "momentum") == .hyperparameter("momentum"))
        #expect(SweepParameter(name: "beta2")?.symbol == "β₂")
        #expect(SweepParameter(name: "batch_size") == .batchSize && SweepParameter(name: "batch_size")?.valueType == .integer)
        #expect(SweepParameter(name: "betas")?.valueType == .pair)
        #expect(SweepParameter(name: "nesterov")?.valueType == .flag)
        #expect(SweepParameter(name: "lr.decay_steps")?.valueType == .integer)
    }
}
