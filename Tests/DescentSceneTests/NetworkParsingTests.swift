import Descent
import Foundation
import Testing
@testable import DescentScene

struct NetworkParsingTests {
    static func specs(_ scene: Scene) -> [NetworkSpec] {
        guard case let .landscape(.networks(specs)) = scene.surface else { return [] }
        return specs
    }

    @Test func defaultsAndKeys() throws {
        let scene = try parse("""
            surface:
              network:
                data: {two_moons: {samples: 120, noise: 0.2, seed: 4}}
                layers: [8, 4]
                l2: 0.01
                validation: 0.25
                train: {optimizer: sgd, lr: 0.1, momentum: 0.9, steps: 30, batch_size: 8}
              plane: {directions: random, normalization: layer, seed: 7}
            view: {resolution: 33}
            """)
        let spec = try #require(Self.specs(scene).first)
        #expect(spec.network.widths == [2, 8, 4, 2] && spec.loss == .crossEntropy && spec.activation == .tanh)
        #expect(spec.data.count == 120 && spec.validation == 0.25 && spec.regularization.l2 == 0.01)
        #expect(spec.training?.batchSize == 8 && spec.training?.optimizer.hyperparameters.momentum == 0.9)
        #expect(spec.plane == .random(normalization: .layer, seed: 7))
        #expect(scene.runs.isEmpty && scene.view.resolution == 33 && scene.view.box == ViewBox(x: -1...1, y: -1...1))
    }

    @Test func aListGivesOnePanelPerValue() throws {
        let scene = try parse("surface:\n  network:\n    data: {xor: {samples: 50}}\n    activation: [sigmoid, relu, gelu]\n")
        let specs = Self.specs(scene)
        #expect(specs.map(\.activation) == [.sigmoid, .relu, .gelu])
        #expect(specs.map(\.title) == ["sigmoid", "relu", "gelu"])
    }

    @Test func twoListsAreRefused() {
        let error = parseError("surface:\n  network:\n    data: {xor: {samples: 50}}\n    activation: [sigmoid, relu]\n    skip: [false, true]\n")
        #expect(error?.message == "only one of activation, init, skip and split may be a list (one panel per value)")
    }

    @Test func runsTakeABatchSizeUpToTheTrainingSamples() throws {
        let yaml = "surface:\n  network:\n    data: {xor: {samples: 40}}\n    validation: 0.25\nstart: [0.5, 0.5]\nruns:\n  - {optimizer: sgd, batch_size: %d}\n"
        #expect(try parse(String(format: yaml, 30)).runs[0].batchSize == 30)
        #expect(parseError(String(format: yaml, 31))?.message == "must be between 1 and 30, got 31")
    }

    @Test func validationSplitNeedsAHeldOutFraction() {
        let error = parseError("surface:\n  network:\n    data: {xor: {samples: 50}}\n  split: validation\n")
        #expect(error?.field == "surface.split")
    }
}
