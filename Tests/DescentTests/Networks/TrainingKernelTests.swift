import CGridKernel
import Foundation
import Testing
@testable import Descent

/// Training's float32 backpropagation (`descent_mlp_loss_gradient`) against the exact one in
/// `Double` (`MLP.lossAndGradient`, itself checked against finite differences).
struct TrainingKernelTests {
    @Test(arguments: Activation.allCases, LossKind.allCases)
    func gradientMatchesTheDoubleBackpropagation(_ activation: Activation, _ loss: LossKind) {
        let source = loss == .mse
            ? DatasetGenerator.blobs(samples: 37, centers: 3, features: 3, spread: 1, seed: 2).generate()
            : DatasetGenerator.twoMoons(samples: 37, noise: 0.2, seed: 1).generate()
        let data = LossData(source, loss: loss)
        let outputs = loss == .binaryCrossEntropy ? 1 : (loss == .mse ? 3 : 2)
        for skip in [false, true] {
            let network = MLP(widths: [source.featureCount, 6, 6, 5, outputs], activation: activation, skip: skip)
            let theta = Initialization.heNormal.parameters(for: network, seed: 4).map { $0 + 0.03 }
            let evaluator = GridEvaluator(network: network, data: data)
            for samples in [nil, [3, 30, 7, 7, 21, 0, 36, 12, 5, 9, 11, 13, 15, 17, 19, 23, 25, 27]] as [[Int]?] {
                var exact = [Double](repeating: 0, count: theta.count)
                var none: Dropout? = nil
                let expected = network.lossAndGradient(theta, data: data, samples: samples, dropout: &none, gradient: &exact)
                let (got, gradient) = evaluator.lossAndGradient(theta.map(Float.init), samples: samples, masks: nil)
                #expect(abs(got - expected) < 2e-5 * max(1, expected), "\(activation) \(loss) skip \(skip)")
                let scale = exact.map(abs).max()!
                for (a, b) in zip(gradient, exact) { #expect(abs(a - b) < 1e-4 * max(scale, 1e-3), "\(activation) \(loss) skip \(skip)") }
            }
        }
    }

    /// Dropout: the masks drawn up front are those the Double pass draws as it goes.
    @Test func dropoutMasksMatchTheDoublePass() {
        let data = LossData(DatasetGenerator.twoMoons(samples: 20, noise: 0.2, seed: 3).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 7, 5, 2], activation: .tanh)
        let theta = Initialization.glorotUniform.parameters(for: network, seed: 2)
        var exact = [Double](repeating: 0, count: theta.count)
        var drop: Dropout? = Dropout(rate: 0.3, seed: 9)
        let expected = network.lossAndGradient(theta, data: data, samples: nil, dropout: &drop, gradient: &exact)
        var again = Dropout(rate: 0.3, seed: 9)
        let masks = again.masks(samples: 20, network: network)
        #expect(masks.count == 20 * 12 && masks.contains(0))
        let (got, gradient) = GridEvaluator(network: network, data: data).lossAndGradient(theta.map(Float.init), samples: nil, masks: masks)
        #expect(abs(got - expected) < 2e-5 * max(1, expected))
        for (a, b) in zip(gradient, exact) { #expect(abs(a - b) < 1e-4) }
    }

    /// float32 training follows the Double one: the same path to float32 rounding.
    @Test func float32TrainingFollowsTheDoubleOne() {
        let data = LossData(DatasetGenerator.twoMoons(samples: 60, noise: 0.1, seed: 1).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 8, 8, 2], activation: .tanh)
        let start = Initialization.glorotUniform.parameters(for: network, seed: 1)
        func train(_ precision: TrainingPrecision) -> TrainingPath {
            Trainer.train(network, from: start, train: data, validation: nil, regularization: Regularization(l2: 0.001),
                          spec: TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.01), steps: 50, batchSize: 16, seed: 3,
                                             precision: precision))
        }
        let fast = train(.float32), exact = train(.float64)
        #expect(fast.points.count == 51 && exact.points.count == 51)
        for (a, b) in zip(fast.trainLosses, exact.trainLosses) { #expect(abs(a - b) < 1e-4 * max(1, b)) }
        let distance = zip(fast.final, exact.final).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
        #expect(distance < 1e-3)
    }
}
