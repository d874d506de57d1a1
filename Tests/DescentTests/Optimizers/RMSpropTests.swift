import Testing
@testable import Descent

/// RMSprop against its update rule written out by hand.
@Suite struct RMSpropTests {
    let start: [Double] = [1, -2]
    let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-1, 3]]

    @Test func defaultsDivideByTheRootOfTheRunningMeanSquare() {
        let got = OptimizerTesting.iterates(Optimizer(.rmsprop), from: start, gradients: gradients, lr: 0.01)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            let v1 = 0.01 * g[0] * g[0]
            let v2 = 0.99 * v1 + 0.01 * g[1] * g[1]
            let theta1 = start[c] - 0.01 * g[0] / (v1.squareRoot() + 1e-8)
            let theta2 = theta1 - 0.01 * g[1] / (v2.squareRoot() + 1e-8)
            #expect(OptimizerTesting.close(got[0][c], theta1))
            #expect(OptimizerTesting.close(got[1][c], theta2))
        }
    }

    @Test func centeredWithMomentumAndWeightDecay() {
        let rmsprop = OptimizerTesting.optimizer(.rmsprop) {
            $0.alpha = 0.9; $0.centered = true; $0.momentum = 0.5; $0.weightDecay = 0.1
        }
        let got = OptimizerTesting.iterates(rmsprop, from: start, gradients: gradients, lr: 0.01)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            var theta = start[c], v = 0.0, mean = 0.0, b = 0.0
            for t in 0..<3 {
                let d = g[t] + 0.1 * theta                  // L2 term
                v = 0.9 * v + 0.1 * d * d                   // running mean of d²
                mean = 0.9 * mean + 0.1 * d                 // running mean of d
                let denominator = (v - mean * mean).squareRoot() + 1e-8
                b = 0.5 * b + d / denominator               // momentum buffer
                theta -= 0.01 * b
                #expect(OptimizerTesting.close(got[t][c], theta))
            }
        }
    }
}
