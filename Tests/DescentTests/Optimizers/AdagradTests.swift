import Testing
@testable import Descent

/// Adagrad against its update rule written out by hand.
@Suite struct AdagradTests {
    let start: [Double] = [1, -2]
    let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-1, 3]]

    @Test func defaultsDivideByTheRootOfTheSumOfSquares() {
        let got = OptimizerTesting.iterates(Optimizer(.adagrad), from: start, gradients: gradients, lr: 0.5)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            let s1 = g[0] * g[0]
            let s2 = s1 + g[1] * g[1]
            let theta1 = start[c] - 0.5 * g[0] / (s1.squareRoot() + 1e-10)
            let theta2 = theta1 - 0.5 * g[1] / (s2.squareRoot() + 1e-10)
            #expect(OptimizerTesting.close(got[0][c], theta1))
            #expect(OptimizerTesting.close(got[1][c], theta2))
        }
    }

    @Test func lrDecayInitialAccumulatorAndWeightDecay() {
        let adagrad = OptimizerTesting.optimizer(.adagrad) {
            $0.lrDecay = 0.5; $0.initialAccumulatorValue = 0.25; $0.weightDecay = 0.1
        }
        let got = OptimizerTesting.iterates(adagrad, from: start, gradients: gradients, lr: 0.1)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            // update t uses γ/(1 + (t − 1)·0.5): 0.1, 0.1/1.5, 0.1/2
            let d1 = g[0] + 0.1 * start[c]
            let s1 = 0.25 + d1 * d1
            let theta1 = start[c] - 0.1 * d1 / (s1.squareRoot() + 1e-10)
            let d2 = g[1] + 0.1 * theta1
            let s2 = s1 + d2 * d2
            let theta2 = theta1 - (0.1 / 1.5) * d2 / (s2.squareRoot() + 1e-10)
            let d3 = g[2] + 0.1 * theta2
            let s3 = s2 + d3 * d3
            let theta3 = theta2 - (0.1 / 2) * d3 / (s3.squareRoot() + 1e-10)
            #expect(OptimizerTesting.close(got[0][c], theta1))
            #expect(OptimizerTesting.close(got[1][c], theta2))
            #expect(OptimizerTesting.close(got[2][c], theta3))
        }
    }

    @Test func sumStartsAtTheInitialAccumulatorValue() {
        let adagrad = OptimizerTesting.optimizer(.adagrad) { $0.initialAccumulatorValue = 0.25 }
        #expect(adagrad.makeState(parameterCount: 3).buffer("sum").map(Array.init) == [0.25, 0.25, 0.25])
    }
}
