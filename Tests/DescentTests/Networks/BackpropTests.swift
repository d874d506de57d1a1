import Foundation
import Testing
@testable import Descent

/// Backpropagation against central finite differences of the forward pass.
struct BackpropTests {
    static func data(_ loss: LossKind) -> LossData {
        let moons = DatasetGenerator.twoMoons(samples: 12, noise: 0.2, seed: 3).generate()
        if loss == .mse {
            let reg = DatasetGenerator.polynomial(samples: 10, noise: 0.1, coefficients: [0.5, -1, 2], seed: 1).generate()
            return LossData(reg, loss: .mse)
        }
        return LossData(moons, loss: loss)
    }

    @Test(arguments: Activation.allCases, [LossKind.mse, .binaryCrossEntropy, .crossEntropy])
    func gradientMatchesFiniteDifferences(_ activation: Activation, _ loss: LossKind) {
        let data = Self.data(loss)
        let outputs = loss == .crossEntropy ? 2 : 1
        for skip in [false, true] {
            let network = MLP(widths: [data.featureCount, 5, 5, 5, outputs], activation: activation, skip: skip)
            let theta = Initialization.glorotNormal.parameters(for: network, seed: 9).map { $0 + 0.05 }
            var gradient = [Double](repeating: 0, count: theta.count)
            var dropout: Dropout? = nil
            let value = network.lossAndGradient(theta, data: data, dropout: &dropout, gradient: &gradient)
            #expect(abs(value - network.meanLoss(theta, data: data)) < 1e-12)
            let h = 1e-6
            for i in theta.indices {
                var plus = theta, minus = theta
                plus[i] += h
                minus[i] -= h
                let fd = (network.meanLoss(plus, data: data) - network.meanLoss(minus, data: data)) / (2 * h)
                #expect(abs(fd - gradient[i]) < 1e-6 * max(1, abs(fd)), "\(activation) \(loss) skip \(skip) parameter \(i)")
            }
        }
    }

    @Test func regularizationGradientMatchesFiniteDifferences() {
        let network = MLP(widths: [2, 3, 2], activation: .tanh)
        let theta = Initialization.heNormal.parameters(for: network, seed: 2).map { $0 + 0.1 }
        let reg = Regularization(l2: 0.3, l1: 0.2)
        var g = [Double](repeating: 0, count: theta.count)
        reg.addGradient(theta, network: network, to: &g)
        for i in theta.indices {
            var plus = theta, minus = theta
            plus[i] += 1e-6
            minus[i] -= 1e-6
            let fd = (reg.value(plus, network: network) - reg.value(minus, network: network)) / 2e-6
            #expect(abs(fd - g[i]) < 1e-6)
            if !network.isWeight(i) { #expect(g[i] == 0) }
        }
    }

    /// A 1-1-1 identity-free case by hand: x = 2, t = 1, z₁ = w₁x + b₁, h = tanh z₁, z₂ = w₂h + b₂,
    /// MSE loss (z₂ − t)²; ∂/∂w₂ = 2(z₂ − t)·h.
    @Test func handComputedGradient() {
        let network = MLP(widths: [1, 1, 1], activation: .tanh)
        let data = LossData(Dataset(inputs: [2], targets: [1], featureCount: 1, targetWidth: 1, task: .regression), loss: .mse)
        let theta = [0.3, -0.1, 1.5, 0.2]  // w₁, b₁, w₂, b₂
        let h = tanh(0.5), z2 = 1.5 * h + 0.2
        var g = [0.0, 0, 0, 0]
        var dropout: Dropout? = nil
        let loss = network.lossAndGradient(theta, data: data, dropout: &dropout, gradient: &g)
        #expect(abs(loss - (z2 - 1) * (z2 - 1)) < 1e-15)
        #expect(abs(g[2] - 2 * (z2 - 1) * h) < 1e-15)
        #expect(abs(g[3] - 2 * (z2 - 1)) < 1e-15)
        #expect(abs(g[0] - 2 * (z2 - 1) * 1.5 * (1 - h * h) * 2) < 1e-14)
    }

    @Test func dropoutZeroesUnitsAndScalesTheRest() {
        var d = Dropout(rate: 0.5, seed: 1)
        let masks = (0..<1000).map { _ in d.mask() }
        #expect(Set(masks) == [0, 2])
        #expect(abs(Double(masks.filter { $0 == 0 }.count) / 1000 - 0.5) < 0.06)
    }
}
