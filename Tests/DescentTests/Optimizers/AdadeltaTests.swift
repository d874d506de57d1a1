import Testing
@testable import Descent

/// Adadelta against its update rule written out by hand.
@Suite struct AdadeltaTests {
    let start: [Double] = [1, -2]
    let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-1, 3]]

    @Test func defaultsScaleByTheRatioOfRunningRoots() {
        let got = OptimizerTesting.iterates(Optimizer(.adadelta), from: start, gradients: gradients, lr: 1.0)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            let eps = 1e-6
            let v1 = 0.1 * g[0] * g[0]
            let delta1 = (0 + eps).squareRoot() / (v1 + eps).squareRoot() * g[0]
            let u1 = 0.1 * delta1 * delta1
            let v2 = 0.9 * v1 + 0.1 * g[1] * g[1]
            let delta2 = (u1 + eps).squareRoot() / (v2 + eps).squareRoot() * g[1]
            let u2 = 0.9 * u1 + 0.1 * delta2 * delta2
            let v3 = 0.9 * v2 + 0.1 * g[2] * g[2]
            let delta3 = (u2 + eps).squareRoot() / (v3 + eps).squareRoot() * g[2]
            #expect(OptimizerTesting.close(got[0][c], start[c] - delta1))
            #expect(OptimizerTesting.close(got[1][c], start[c] - delta1 - delta2))
            #expect(OptimizerTesting.close(got[2][c], start[c] - delta1 - delta2 - delta3))
        }
    }

    @Test func rhoLrAndWeightDecay() {
        let adadelta = OptimizerTesting.optimizer(.adadelta) { $0.rho = 0.5; $0.weightDecay = 0.2 }
        let got = OptimizerTesting.iterates(adadelta, from: start, gradients: gradients, lr: 0.5)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            let eps = 1e-6
            let d1 = g[0] + 0.2 * start[c]
            let v1 = 0.5 * d1 * d1
            let delta1 = eps.squareRoot() / (v1 + eps).squareRoot() * d1
            let u1 = 0.5 * delta1 * delta1
            let theta1 = start[c] - 0.5 * delta1
            let d2 = g[1] + 0.2 * theta1
            let v2 = 0.5 * v1 + 0.5 * d2 * d2
            let delta2 = (u1 + eps).squareRoot() / (v2 + eps).squareRoot() * d2
            #expect(OptimizerTesting.close(got[0][c], theta1))
            #expect(OptimizerTesting.close(got[1][c], theta1 - 0.5 * delta2))
        }
    }
}
