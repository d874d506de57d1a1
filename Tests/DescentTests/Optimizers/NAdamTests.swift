import Foundation
import Testing
@testable import Descent

/// NAdam against the algorithm box of PyTorch's documentation, by hand.
@Suite struct NAdamTests {
    let start: [Double] = [1, -2]
    let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-1, 3]]

    /// μ_t = β1(1 − ½·0.96^(tψ)).
    func mu(_ t: Int, beta1: Double = 0.9, psi: Double) -> Double {
        beta1 * (1 - 0.5 * pow(0.96, Double(t) * psi))
    }

    func check(_ optimizer: Optimizer, beta1: Double, beta2: Double, psi: Double, lambda: Double, lr: Double) {
        let got = OptimizerTesting.iterates(optimizer, from: start, gradients: gradients, lr: lr)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            var theta = start[c], m = 0.0, v = 0.0, product = 1.0
            for t in 1...3 {
                let d = g[t - 1] + lambda * theta
                let muT = mu(t, beta1: beta1, psi: psi), muNext = mu(t + 1, beta1: beta1, psi: psi)
                product *= muT
                m = beta1 * m + (1 - beta1) * d
                v = beta2 * v + (1 - beta2) * d * d
                let mHat = muNext * m / (1 - product * muNext) + (1 - muT) * d / (1 - product)
                let vHat = v / (1 - pow(beta2, Double(t)))
                theta -= lr * mHat / (vHat.squareRoot() + 1e-8)
                #expect(OptimizerTesting.close(got[t - 1][c], theta))
            }
        }
    }

    @Test func defaults() {
        check(Optimizer(.nadam), beta1: 0.9, beta2: 0.999, psi: 4e-3, lambda: 0, lr: 2e-3)
    }

    @Test func momentumDecayBetasAndWeightDecay() {
        let nadam = OptimizerTesting.optimizer(.nadam) {
            $0.momentumDecay = 0.5; $0.beta1 = 0.8; $0.beta2 = 0.95; $0.weightDecay = 0.1
        }
        check(nadam, beta1: 0.8, beta2: 0.95, psi: 0.5, lambda: 0.1, lr: 0.05)
    }

    @Test func keepsTheProductOfMomentumCoefficients() {
        var state = Optimizer(.nadam).makeState(parameterCount: 2)
        var params = start
        for g in gradients { Optimizer(.nadam).step(&params, gradient: g, lr: 2e-3, state: &state) }
        #expect(OptimizerTesting.close(state.muProduct, mu(1, psi: 4e-3) * mu(2, psi: 4e-3) * mu(3, psi: 4e-3)))
    }
}
