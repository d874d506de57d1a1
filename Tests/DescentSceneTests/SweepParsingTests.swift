import Descent
import Testing
@testable import DescentScene

/// `sweep:`, `charts:` and the new `view:` keys.
struct SweepParsingTests {
    static func scene(_ sweep: String, runs: String = "  - optimizer: sgd\n    lr: 0.01\n", extra: String = "") throws -> Scene {
        try parse("surface:\n  name: quadratic\nruns:\n" + runs + "sweep:\n" + sweep + extra)
    }

    @Test func aListOfLearningRatesMakesOneRunEach() throws {
        let scene = try Self.scene("  param: lr\n  values: [0.001, 0.01, 0.1]\n")
        #expect(scene.runs.map(\.lr) == [.constant(0.001), .constant(0.01), .constant(0.1)])
        let sweep = try #require(scene.sweep)
        #expect(sweep.parameter == .lr && sweep.layout == .grid && sweep.runsPerValue == 1 && !sweep.logarithmic)
        #expect(sweep.label(2) == "lr = 0.1")
    }

    @Test func aLogRangeIsLogarithmic() throws {
        let scene = try Self.scene("  param: lr\n  range: {from: 1e-3, to: 1e-1, count: 3, scale: log}\n  layout: curve\n")
        let sweep = try #require(scene.sweep)
        #expect(sweep.logarithmic && sweep.layout == .curve)
        #expect(sweep.values[1] == .number(0.01))
    }

    @Test func wholeNumberRangesAreRoundedOnce() throws {
        let scene = try Self.scene("  param: steps\n  range: {from: 1, to: 3, count: 5}\n")
        // 1, 1.5, 2, 2.5, 3 rounded: 1, 2 (1.5 rounds to 2), 2, 3 (2.5 rounds to 3), 3 → 1, 2, 3.
        #expect(scene.runs.map(\.steps) == [1, 2, 3])
    }

    @Test func twoRunsPerValueInAGrid() throws {
        let scene = try Self.scene("  param: momentum\n  values: [0, 0.9]\n  columns: 2\n",
                                   runs: "  - optimizer: sgd\n    lr: 0.01\n  - optimizer: sgd\n    lr: 0.02\n")
        #expect(scene.runs.map(\.optimizer.hyperparameters.momentum) == [0, 0, 0.9, 0.9])
        #expect(scene.runs.map(\.lr) == [.constant(0.01), .constant(0.02), .constant(0.01), .constant(0.02)])
        #expect(scene.sweep?.columns == 2 && scene.sweep?.runsPerValue == 2)
    }

    @Test func startsOptimizersAndBetas() throws {
        let starts = try Self.scene("  param: start\n  values: [[1, 2], [-1, 0.5]]\n")
        #expect(starts.runs.map(\.start) == [Vec2(1, 2), Vec2(-1, 0.5)])
        let optimizers = try Self.scene("  param: optimizer\n  values: [sgd, adam]\n  layout: overlay\n")
        #expect(optimizers.runs.map(\.optimizer.kind) == [.sgd, .adam])
        let betas = try Self.scene("  param: beta2\n  values: [0.9, 0.999]\n", runs: "  - optimizer: adam\n    lr: 0.1\n")
        #expect(betas.runs.map(\.optimizer.hyperparameters.beta2) == [0.9, 0.999])
    }

    @Test func chartsAndViewKeys() throws {
        let scene = try parse("""
            surface: {name: quadratic}
            view: {critical_points: true, gradient_field: streamlines}
            runs:
              - optimizer: sgd
            charts: [loss, lr, grad_norm, distance]
            """)
        #expect(scene.charts == [.loss, .lr, .gradNorm, .distance])
        #expect(scene.view.showCriticalPoints && scene.view.gradientField == .streamlines)
        let plain = try parse("surface: {name: quadratic}\nruns:\n  - optimizer: sgd\n")
        #expect(plain.charts.isEmpty && plain.sweep == nil && !plain.view.showCriticalPoints && plain.view.gradientField == nil)
    }

    @Test func chartsRefusedWithSeveralRunsPerPanel() {
        let error = parseError("""
            surface: {name: quadratic}
            runs:
              - optimizer: sgd
              - optimizer: adam
            sweep: {param: lr, values: [0.01, 0.1]}
            charts: [loss]
            """)
        #expect(error?.field == "charts")
    }

    @Test func sweepOverTwoRunsNamesTheRunThatLacksTheParameter() {
        let error = parseError("""
            surface: {name: quadratic}
            runs:
              - optimizer: adam
              - optimizer: sgd
            sweep: {param: beta1, values: [0.5, 0.9]}
            """)
        #expect(error?.description == "t.yaml:5: sweep.param: sgd has no parameter `beta1`; sgd takes momentum, dampening, weight_decay, nesterov (runs[1])")
    }

    @Test func totalUpdatesCountTheExpansion() {
        // 2000 values × 20 000 steps = 4·10⁷ updates, over the 2·10⁷ limit.
        let error = parseError("""
            surface: {name: quadratic}
            steps: 20000
            runs:
              - optimizer: sgd
            sweep: {param: lr, range: {from: 1e-3, to: 1e-1, count: 2000, scale: log}, layout: curve}
            """)
        #expect(error?.field == "sweep")
        #expect(error?.message.hasPrefix("asks for 40000000 updates") == true)
    }
}

extension SweepParsingTests {
    /// Batch sizes on a network surface: one run per size, the size on the run.
    @Test func batchSizesOnANetwork() throws {
        let scene = try parse("""
            surface:
              network:
                data: {two_moons: {samples: 120, noise: 0.1, seed: 1}}
                layers: [8]
              plane: {directions: random}
            view: {x: [-1, 1], y: [-1, 1]}
            start: [0.5, 0.5]
            runs:
              - optimizer: sgd
            sweep: {param: batch_size, values: [1, 8, 120]}
            """)
        #expect(scene.runs.map(\.batchSize) == [1, 8, 120])
        #expect(scene.sweep?.label(1) == "batch = 8")
    }
}
