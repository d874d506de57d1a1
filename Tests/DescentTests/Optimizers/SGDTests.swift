import Testing
@testable import Descent

/// SGD against its update rule written out by hand, one update at a time.
@Suite struct SGDTests {
    let start: [Double] = [1, -2]
    let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-1, 3]]

    @Test func plainStepsAreThetaMinusLrTimesGradient() {
        let got = OptimizerTesting.iterates(Optimizer(.sgd), from: start, gradients: gradients, lr: 0.1)
        // θ1 = θ0 − 0.1 g1, θ2 = θ1 − 0.1 g2, θ3 = θ2 − 0.1 g3
        let expected: [[Double]] = [
            [1 - 0.05, -2 + 0.1],
            [1 - 0.05 - 0.2, -2 + 0.1 - 0.025],
            [1 - 0.05 - 0.2 + 0.1, -2 + 0.1 - 0.025 - 0.3],
        ]
        for (g, e) in zip(got, expected) {
            #expect(OptimizerTesting.close(g[0], e[0]) && OptimizerTesting.close(g[1], e[1]))
        }
    }

    @Test func momentumWithDampeningSkipsDampeningOnTheFirstUpdate() {
        let sgd = OptimizerTesting.optimizer(.sgd) { $0.momentum = 0.9; $0.dampening = 0.5 }
        let got = OptimizerTesting.iterates(sgd, from: start, gradients: gradients, lr: 0.1)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            let b1 = g[0]                       // buffer starts as a copy of the gradient
            let b2 = 0.9 * b1 + (1 - 0.5) * g[1]
            let b3 = 0.9 * b2 + (1 - 0.5) * g[2]
            let theta1 = start[c] - 0.1 * b1
            let theta2 = theta1 - 0.1 * b2
            let theta3 = theta2 - 0.1 * b3
            #expect(OptimizerTesting.close(got[0][c], theta1))
            #expect(OptimizerTesting.close(got[1][c], theta2))
            #expect(OptimizerTesting.close(got[2][c], theta3))
        }
    }

    @Test func nesterovLooksAheadAlongTheBuffer() {
        let sgd = OptimizerTesting.optimizer(.sgd) { $0.momentum = 0.9; $0.nesterov = true }
        let got = OptimizerTesting.iterates(sgd, from: start, gradients: gradients, lr: 0.1)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            let b1 = g[0]
            let b2 = 0.9 * b1 + g[1]
            let b3 = 0.9 * b2 + g[2]
            let theta1 = start[c] - 0.1 * (g[0] + 0.9 * b1)
            let theta2 = theta1 - 0.1 * (g[1] + 0.9 * b2)
            let theta3 = theta2 - 0.1 * (g[2] + 0.9 * b3)
            #expect(OptimizerTesting.close(got[0][c], theta1))
            #expect(OptimizerTesting.close(got[1][c], theta2))
            #expect(OptimizerTesting.close(got[2][c], theta3))
        }
    }

    @Test func weightDecayAddsLambdaThetaToTheGradientBeforeMomentum() {
        let sgd = OptimizerTesting.optimizer(.sgd) { $0.momentum = 0.5; $0.weightDecay = 0.2 }
        let got = OptimizerTesting.iterates(sgd, from: start, gradients: gradients, lr: 0.1)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            let d1 = g[0] + 0.2 * start[c]
            let b1 = d1
            let theta1 = start[c] - 0.1 * b1
            let d2 = g[1] + 0.2 * theta1
            let b2 = 0.5 * b1 + d2
            let theta2 = theta1 - 0.1 * b2
            #expect(OptimizerTesting.close(got[0][c], theta1))
            #expect(OptimizerTesting.close(got[1][c], theta2))
        }
    }

    @Test func stateKeepsAMomentumBufferOnlyWithMomentum() {
        #expect(Optimizer(.sgd).makeState(parameterCount: 3).bufferNames.isEmpty)
        let sgd = OptimizerTesting.optimizer(.sgd) { $0.momentum = 0.9 }
        var state = sgd.makeState(parameterCount: 2)
        var params = start
        sgd.step(&params, gradient: gradients[0], lr: 0.1, state: &state)
        #expect(state.step == 1)
        #expect(state.buffer("momentum_buffer").map(Array.init) == gradients[0])
    }
}
