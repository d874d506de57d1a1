import Descent
import Testing
@testable import DescentScene

/// `start`, `steps`, `seed` at the top of a scene and per run; `label`, `clip_*`, `noise`, `lr`.
struct RunParsingTests {
    @Test func defaultsWithoutTopLevelValues() throws {
        let run = try onlyRun("sgd")
        #expect(run.start == Vec2(-1.2, 1), "Rosenbrock's suggested start")
        #expect(run.steps == 100)
        #expect(run.seed == 0)
        #expect(run.label == nil)
        #expect(run.clipNorm == nil && run.clipValue == nil)
        #expect(run.noise == 0)
        #expect(run.lr == .constant(0.001), "torch.optim.SGD's default lr")
    }

    @Test func topLevelValuesApplyToEveryRunAndRunsOverrideThem() throws {
        let scene = try parse(rosenbrock(runs: """
              - optimizer: sgd
              - optimizer: adam
                start: [0.5, -0.5]
                steps: 7
                seed: 9

            """, top: "start: [-1.5, 2.5]\nsteps: 500\nseed: 42\n"))
        #expect(scene.runs.map(\.start) == [Vec2(-1.5, 2.5), Vec2(0.5, -0.5)])
        #expect(scene.runs.map(\.steps) == [500, 7])
        #expect(scene.runs.map(\.seed) == [42, 9])
    }

    @Test func labelClippingAndNoise() throws {
        let run = try onlyRun("sgd", """
            label: "Noisy SGD, clipped"
            lr: 0.01
            clip_norm: 5
            clip_value: 0.5
            noise: 0.1
            seed: 123
            """)
        #expect(run.label == "Noisy SGD, clipped")
        #expect(run.lr == .constant(0.01))
        #expect(run.clipNorm == 5)
        #expect(run.clipValue == 0.5)
        #expect(run.noise == 0.1)
        #expect(run.seed == 123)
    }

    @Test(arguments: [("sgd", 1e-3), ("adagrad", 1e-2), ("rmsprop", 1e-2), ("adadelta", 1.0), ("adam", 1e-3),
                      ("adamw", 1e-3), ("nadam", 2e-3), ("radam", 1e-3), ("adamax", 2e-3)])
    func defaultLearningRateIsPyTorchs(_ optimizer: String, _ lr: Double) throws {
        #expect(try onlyRun(optimizer).lr == .constant(lr))
    }

    @Test func numbersInEveryYAMLSpelling() throws {
        let scene = try parse(rosenbrock(runs: """
              - {optimizer: sgd, lr: 1e-3, steps: 1_000, start: [-1, +2.5]}
              - {optimizer: sgd, lr: .5, steps: 1.0e2, start: [0x10, -0.0]}

            """))
        #expect(scene.runs.map(\.lr) == [.constant(0.001), .constant(0.5)])
        #expect(scene.runs.map(\.steps) == [1000, 100])
        #expect(scene.runs.map(\.start) == [Vec2(-1, 2.5), Vec2(16, 0)])
    }

    @Test func limitsAreInclusive() throws {
        let scene = try parse(rosenbrock(runs: "  - optimizer: sgd\n    steps: 1\n", top: "start: [-1e12, 1e12]\n"))
        #expect(scene.runs[0].steps == 1)
        #expect(scene.runs[0].start == Vec2(-1e12, 1e12))
        let many = try parse(rosenbrock(runs: String(repeating: "  - optimizer: sgd\n", count: 64)))
        #expect(many.runs.count == 64)
    }

    @Test func aFormulaSceneNeedsAStart() throws {
        let error = try #require(parseError("""
            surface: {formula: x^2 + y^2}
            view: {x: [-1, 1], y: [-1, 1]}
            runs:
              - optimizer: sgd
            """))
        #expect(error == SceneError(file: "t.yaml", line: 4, field: "runs[0]",
                                    message: "missing `start`; give it here or at the top of the scene"))
    }

    @Test func theErrorOfTheIssue() throws {
        let error = try #require(parseError(rosenbrock(runs: """
              - optimizer: sgd
              - optimizer: sgd
              - optimizer: sgd
                lr: -0.1

            """), file: "scenes/x.yaml"))
        #expect(error.description == "scenes/x.yaml:7: runs[2].lr: must be > 0, got -0.1")
    }
}
