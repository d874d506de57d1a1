import Descent
import DescentScene
import Foundation
import Testing
@testable import DescentRender

/// Every output goes through one resolved scene, so a key means the same on every surface and
/// in every command, and a network is trained once.
@Suite struct ResolvedSceneTests {
    static func scene(_ yaml: String) throws -> Scene {
        try SceneLoader.parse(Data(yaml.utf8), file: "resolved.yaml")
    }

    /// A new empty directory; `body` runs in it, and it is removed afterwards.
    static func inDirectory(_ body: (String) throws -> Void) throws {
        let path = NSTemporaryDirectory() + "descent-resolved-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    /// A small MLP on XOR in two variants, with two runs in its random plane.
    static let variants = """
        surface:
          network:
            data: {xor: {samples: 40, seed: 2}}
            layers: [4]
            activation: [tanh, relu]
            train: {optimizer: adam, lr: 0.05, steps: 30}
        view: {resolution: 12}
        start: [0.6, 0.4]
        steps: 12
        runs:
          - optimizer: sgd
            lr: 0.2
          - optimizer: adam
            lr: 0.05
        animation: {frames: 4, size: [360, 200]}
        output: {name: variants, size: [700, 420]}
        """

    /// ŷ = w₂·tanh(w₁·x) fitted to y ≈ x: at w = 0 both partial derivatives vanish (tanh 0 = 0
    /// and w₂ = 0), and the Hessian is [[0, −2c], [−2c, 0]] with c = mean x·y > 0: a saddle.
    /// The view's `critical_points` and `gradient_field` keys reach the panel of a network
    /// surface as they reach a formula's.
    @Test func networkPanelsShowCriticalPointsAndTheGradientField() throws {
        let scene = try Self.scene("""
            surface:
              network:
                model: two_layer_scalar
                activation: tanh
                data: {linear: {samples: 40, slope: 1, intercept: 0, noise: 0.05, seed: 1}}
            view: {x: [-2, 2], y: [-2, 2], resolution: 41, critical_points: true, gradient_field: arrows}
            runs:
              - {optimizer: sgd, lr: 0.2, start: [1.27, -1.5], steps: 20}
            """)
        let figure = try LandscapeFigure(resolved: ResolvedScene(scene, cache: TrainingCache()))
        let saddle = try #require(figure.panels[0].criticalPoints.first { $0.position.norm < 1e-6 })
        #expect(saddle.kind == .saddle)
        #expect(figure.panels[0].gradientField == .arrows)
        #expect(figure.legend.contains { $0.swatch == .criticalPoint(.saddle) })
    }

    /// The figure and the mesh of one resolved scene read one training; resolving again in
    /// the same process (another command, a re-render) trains nothing.
    @Test func aNetworkIsTrainedOncePerProcess() throws {
        let scene = try Self.scene("""
            surface:
              network:
                data: {xor: {samples: 40, seed: 2}}
                layers: [4]
                train: {optimizer: adam, lr: 0.05, steps: 20}
            view: {resolution: 10, projection: 3d}
            runs:
              - {optimizer: sgd, lr: 0.1, start: [0.5, 0.5], steps: 5}
            output: {name: once, size: [400, 300]}
            """)
        let cache = TrainingCache()
        try Self.inDirectory { directory in
            let resolved = ResolvedScene(scene, cache: cache)
            try MeshWriter.write(resolved, format: .obj, watertight: false, to: directory)
            #expect(cache.trainings == 1)
            try SceneRenderer.render(resolved, to: directory)
            try SceneRenderer.render(ResolvedScene(scene, cache: cache), to: directory)
            #expect(cache.trainings == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["once.obj", "once.png"])
        }
    }

    /// A network scene comparing two activations animates both panels, each with its own
    /// variant's runs, on axes named after the plane; the legend names runs and settings only,
    /// as the still figure's does with several variants.
    @Test func animationDrawsEveryVariantOfANetwork() throws {
        let scene = try Self.scene(Self.variants)
        let resolved = ResolvedScene(scene, cache: TrainingCache())
        let analyses = resolved.analyses
        let measurer = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let still = try LandscapeFigure(resolved: resolved)
        let plan = AnimationPlan(figure: still, analyses: analyses, settings: scene.animation!, measurer: measurer)
        #expect(plan.runs.count == 2 && plan.runs.allSatisfy { $0.count == 2 })
        // Each panel moves along its own variant's paths: the landscapes differ, so do the runs.
        #expect(plan.runs[0][0].points == analyses[0].trajectories[0].points)
        #expect(plan.runs[1][0].points == analyses[1].trajectories[0].points)
        #expect(plan.runs[0][0].points != plan.runs[1][0].points)
        #expect(!plan.liveLegend && plan.liveEntries.isEmpty)
        #expect(plan.prepared.figure.xLabel.hasPrefix("α (random direction"))
        #expect(plan.prepared.figure.panels.map(\.title) == ["tanh", "relu"])

        try Self.inDirectory { directory in
            let result = try SceneAnimator.animate(resolved, to: directory)
            let gif = try DecodedGIF([UInt8](Data(contentsOf: URL(fileURLWithPath: try #require(result.written.files.first)))))
            #expect(gif.frames.count == 4 && gif.width == 360)
        }
    }

    /// `trace` writes every variant's runs, each label naming its panel.
    @Test func traceWritesTheRunsOfEveryVariant() throws {
        let resolved = ResolvedScene(try Self.scene(Self.variants), cache: TrainingCache())
        let traced = resolved.traced
        #expect(traced.trajectories.count == 4 && traced.outcomes.count == 4)
        #expect(traced.trajectories.map(\.run.displayLabel).map { String($0.prefix { $0 != ":" }) } == ["tanh", "tanh", "relu", "relu"])
        #expect(traced.trajectories[2].points == resolved.analyses[1].trajectories[0].points)
    }

    /// Command-specific refusals live in one place, so every route refuses alike.
    @Test func refusalsAreTheSceneOwn() throws {
        let line = try Self.scene("""
            surface:
              network:
                data: {xor: {samples: 40}}
                layers: [4]
                train: {optimizer: adam, steps: 10}
              line: {direction: interpolation}
            """)
        #expect(line.refusal(for: .animate)?.hasPrefix("draws a loss line") == true)
        #expect(line.refusal(for: .mesh)?.hasPrefix("draws a loss line") == true)
        #expect(line.refusal(for: .trace)?.hasPrefix("draws a loss line") == true)
        #expect(line.refusal(for: .render) == nil && line.refusal(for: .grid) == nil)
        let noRuns = try Self.scene("""
            surface:
              network:
                data: {xor: {samples: 40}}
                layers: [4]
                train: {optimizer: adam, steps: 10}
              plane: {directions: pca}
            """)
        #expect(noRuns.refusal(for: .animate)?.hasPrefix("has no runs to animate") == true)
    }
}
