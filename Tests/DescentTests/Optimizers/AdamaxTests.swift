import Foundation
import Testing
@testable import Descent

/// Adamax against the algorithm box of PyTorch's documentation, by hand.
@Suite struct AdamaxTests {
    @Test func infinityNormWithWeightDecay() {
        let adamax = OptimizerTesting.optimizer(.adamax) { $0.weightDecay = 0.1; $0.beta2 = 0.5 }
        let start: [Double] = [1, -2]
        let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-0.1, 3]]
        let got = OptimizerTesting.iterates(adamax, from: start, gradients: gradients, lr: 2e-3)
        for c in 0..<2 {
            var theta = start[c], m = 0.0, u = 0.0
            for t in 1...3 {
                let d = gradients[t - 1][c] + 0.1 * theta
                m = 0.9 * m + 0.1 * d
                u = max(0.5 * u, abs(d) + 1e-8)
                theta -= 2e-3 / (1 - pow(0.9, Double(t))) * m / u
                #expect(OptimizerTesting.close(got[t - 1][c], theta))
            }
        }
    }

    @Test func aNaNGradientPropagatesIntoTheNorm() {
        var state = Optimizer(.adamax).makeState(parameterCount: 1)
        var params = [1.0]
        Optimizer(.adamax).step(&params, gradient: [.nan], lr: 2e-3, state: &state)
        #expect(params[0].isNaN)
        #expect(state.buffer("exp_inf")?.first?.isNaN == true)
    }
}
