import Foundation
import Testing
@testable import Descent

/// The per-layer gradient norms training records, derived independently: by hand for a
/// two-layer network, by finite differences for a deeper one.
struct LayerGradientTests {
    /// 2-2-1 tanh network, one sample x = (1, 2) with target 0.5, MSE (o − t)². By hand:
    /// z = W₁x + b₁, h = tanh z, o = W₂h + b₂; ∂L/∂o = 2(o − t), ∂L/∂W₂ = ∂L/∂o · hᵀ,
    /// ∂L/∂z = W₂ᵀ ∂L/∂o ⊙ (1 − h²), ∂L/∂W₁ = ∂L/∂z · xᵀ. An outer product's Frobenius norm is
    /// the product of its vectors' norms.
    @Test func twoLayerNetworkByHand() throws {
        let network = MLP(widths: [2, 2, 1], activation: .tanh)
        // W₁ = [[0.3, −0.2], [0.5, 0.1]], b₁ = (0.05, −0.1), W₂ = [0.7, −0.4], b₂ = 0.2.
        let theta = [0.3, -0.2, 0.5, 0.1, 0.05, -0.1, 0.7, -0.4, 0.2]
        let x = (1.0, 2.0), target = 0.5
        let z1 = 0.3 * x.0 - 0.2 * x.1 + 0.05, z2 = 0.5 * x.0 + 0.1 * x.1 - 0.1
        let h1 = tanh(z1), h2 = tanh(z2)
        let o = 0.7 * h1 - 0.4 * h2 + 0.2
        let dO = 2 * (o - target)
        let dW2 = abs(dO) * (h1 * h1 + h2 * h2).squareRoot()
        let dz1 = 0.7 * dO * (1 - h1 * h1), dz2 = -0.4 * dO * (1 - h2 * h2)
        let dW1 = (dz1 * dz1 + dz2 * dz2).squareRoot() * (x.0 * x.0 + x.1 * x.1).squareRoot()

        let data = Dataset(inputs: [x.0, x.1], targets: [target], featureCount: 2, targetWidth: 1, task: .regression)
        let spec = TrainingSpec(optimizer: Optimizer(.sgd), lr: .constant(0.1), steps: 1)
        let path = Trainer.train(network, from: theta, train: LossData(data, loss: .mse), validation: nil,
                                 regularization: Regularization(), spec: spec)
        try #require(path.layerGradientNorms.count == 1)
        let norms = path.layerGradientNorms[0]
        #expect(abs(norms[0] - dW1) < 1e-5 * dW1, "layer 1: \(norms[0]) vs \(dW1)")
        #expect(abs(norms[1] - dW2) < 1e-5 * dW2, "layer 2: \(norms[1]) vs \(dW2)")
    }

    /// Every layer's norm against central differences of the loss training minimizes (mean
    /// cross-entropy plus the l2 penalty), weight by weight, at the initial weights.
    @Test func everyLayerAgreesWithFiniteDifferences() {
        let data = LossData(DatasetGenerator.twoMoons(samples: 24, noise: 0.2, seed: 5).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 6, 5, 4, 2], activation: .tanh)
        let theta = Initialization.glorotNormal.parameters(for: network, seed: 7)
        let regularization = Regularization(l2: 0.01)
        let spec = TrainingSpec(optimizer: Optimizer(.sgd), lr: .constant(0.05), steps: 3)
        let path = Trainer.train(network, from: theta, train: data, validation: nil, regularization: regularization, spec: spec)
        #expect(path.layerGradientNorms.count == 3 && path.points.count == 4)
        func loss(_ t: [Double]) -> Double { network.meanLoss(t, data: data) + regularization.value(t, network: network) }
        let h = 1e-6
        for l in 0..<network.layerCount {
            var sum = 0.0
            for i in network.weightOffset(l)..<network.biasOffset(l) {
                var plus = theta, minus = theta
                plus[i] += h
                minus[i] -= h
                let d = (loss(plus) - loss(minus)) / (2 * h)
                sum += d * d
            }
            let expected = sum.squareRoot()
            #expect(abs(path.layerGradientNorms[0][l] - expected) < 1e-4 * expected, "layer \(l + 1)")
        }
    }

    /// SGD with `clip_norm` c moves the weights by exactly lr·c when the gradient is longer
    /// (torch's clip_grad_norm_ divides by ‖g‖ + 10⁻⁶), and the recorded norms are the
    /// gradient's before clipping.
    @Test func clippingBoundsTheStepNotTheRecord() {
        let data = LossData(DatasetGenerator.twoMoons(samples: 24, noise: 0.2, seed: 5).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 6, 2], activation: .tanh)
        let theta = Initialization.heNormal.parameters(for: network, seed: 3).map { 3 * $0 }
        let free = Trainer.train(network, from: theta, train: data, validation: nil, regularization: Regularization(),
                                 spec: TrainingSpec(optimizer: Optimizer(.sgd), lr: .constant(0.1), steps: 1))
        let clipped = Trainer.train(network, from: theta, train: data, validation: nil, regularization: Regularization(),
                                    spec: TrainingSpec(optimizer: Optimizer(.sgd), lr: .constant(0.1), steps: 1, clipNorm: 0.01))
        #expect(free.layerGradientNorms == clipped.layerGradientNorms)
        let total = free.layerGradientNorms[0].map { $0 * $0 }.reduce(0, +).squareRoot()
        #expect(total > 0.01)
        let moved = zip(clipped.points[1], theta).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
        #expect(abs(moved - 0.1 * 0.01) < 1e-6 * 0.01, "moved \(moved)")
    }

    @Test func layerWeightNormsLeaveOutTheBiases() {
        let network = MLP(widths: [1, 2, 1], activation: .relu)
        // W₁ = (3, 4)ᵀ, b₁ = (100, 100), W₂ = (1, 0), b₂ = 7.
        #expect(network.layerWeightNorms([3, 4, 100, 100, 1, 0, 7]) == [5, 1])
    }
}

/// Early stopping on hand-made validation curves, and the trainer against a declarative
/// statement of the rule.
struct EarlyStoppingTests {
    /// Patience 3: the best is 0.8 at step 2; steps 3, 4, 5 do not beat it, so training stops
    /// after update 5. With patience 4, step 6 (0.79) beats it and the curve never again waits
    /// 4 steps.
    @Test func stopStepOfAHandMadeCurve() {
        let curve = [1.0, 0.9, 0.8, 0.85, 0.82, 0.81, 0.79, 0.8, 0.9, 1.0]
        #expect(EarlyStopping.stopStep(curve, patience: 3) == 5)
        #expect(EarlyStopping.stopStep(curve, patience: 4) == nil)
        #expect(EarlyStopping.stopStep(curve, patience: 1) == 3)
        #expect(EarlyStopping.bestStep(curve) == 6)
        // An equal loss is no improvement (min_delta = 0, strictly below).
        #expect(EarlyStopping.stopStep([1, 0.5, 0.5, 0.5], patience: 2) == 3)
        #expect(EarlyStopping.bestStep([1, .nan, 0.5, 0.5, .infinity]) == 2)
        #expect(EarlyStopping.bestStep([.nan]) == nil)
    }

    /// Stopping after update k with patience p means: none of the p losses up to k is below
    /// the lowest loss before them, and that was not so at any earlier k.
    @Test func trainerStopsWhereTheRuleSays() throws {
        let d = DatasetGenerator.twoMoons(samples: 40, noise: 0.3, seed: 2).generate()
        let (train, held) = d.split(validation: 0.5, seed: 1)
        let network = MLP(widths: [2, 16, 2], activation: .tanh)
        let patience = 8
        let spec = TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.05), steps: 400, patience: patience)
        let path = Trainer.train(network, from: Initialization.glorotUniform.parameters(for: network, seed: 1),
                                 train: LossData(train, loss: .crossEntropy), validation: LossData(held, loss: .crossEntropy),
                                 regularization: Regularization(), spec: spec)
        let v = path.validationLosses
        func waited(_ k: Int) -> Bool {
            k >= patience && v[(k - patience + 1)...k].min()! >= v[0...(k - patience)].min()!
        }
        let stop = try #require(path.stoppedEarly)
        #expect(waited(stop))
        #expect(!(0..<stop).contains(where: waited))
        #expect(path.finalIndex == v.indices.min { v[$0] < v[$1] })
    }
}
