import Foundation
import Testing
@testable import Descent

/// Adam, AMSGrad and AdamW against the algorithm box of PyTorch's documentation, by hand.
@Suite struct AdamTests {
    let start: [Double] = [1, -2]
    let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-1, 3]]

    @Test func defaultsFollowTheBiasCorrectedMoments() {
        let got = OptimizerTesting.iterates(Optimizer(.adam), from: start, gradients: gradients, lr: 0.05)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            var theta = start[c], m = 0.0, v = 0.0
            for t in 1...3 {
                m = 0.9 * m + 0.1 * g[t - 1]
                v = 0.999 * v + 0.001 * g[t - 1] * g[t - 1]
                let mHat = m / (1 - pow(0.9, Double(t)))
                let vHat = v / (1 - pow(0.999, Double(t)))
                theta -= 0.05 * mHat / (vHat.squareRoot() + 1e-8)
                #expect(OptimizerTesting.close(got[t - 1][c], theta))
            }
        }
        // The first update of Adam moves each coordinate by lr·sign(g), up to eps.
        #expect(abs(got[0][0] - (1 - 0.05)) < 1e-8 && abs(got[0][1] - (-2 + 0.05)) < 1e-8)
    }

    @Test func l2WeightDecayIsAddedToTheGradient() {
        let adam = OptimizerTesting.optimizer(.adam) { $0.weightDecay = 0.1; $0.beta1 = 0.8; $0.beta2 = 0.9 }
        let got = OptimizerTesting.iterates(adam, from: start, gradients: gradients, lr: 0.05)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            var theta = start[c], m = 0.0, v = 0.0
            for t in 1...3 {
                let d = g[t - 1] + 0.1 * theta
                m = 0.8 * m + 0.2 * d
                v = 0.9 * v + 0.1 * d * d
                let mHat = m / (1 - pow(0.8, Double(t)))
                let vHat = v / (1 - pow(0.9, Double(t)))
                theta -= 0.05 * mHat / (vHat.squareRoot() + 1e-8)
                #expect(OptimizerTesting.close(got[t - 1][c], theta))
            }
        }
    }

    /// Current PyTorch keeps the maximum of the raw second moment v_t, and divides that by the
    /// bias correction of the current step (not the maximum of the corrected v̂_t).
    @Test func amsgradKeepsTheMaximumRawSecondMoment() {
        let adam = OptimizerTesting.optimizer(.adam) { $0.amsgrad = true; $0.beta2 = 0.9 }
        let gradients: [[Double]] = [[3, -2], [0.1, 0.2], [0.1, -0.1]]
        let got = OptimizerTesting.iterates(adam, from: start, gradients: gradients, lr: 0.05)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            var theta = start[c], m = 0.0, v = 0.0, vMax = 0.0
            for t in 1...3 {
                m = 0.9 * m + 0.1 * g[t - 1]
                v = 0.9 * v + 0.1 * g[t - 1] * g[t - 1]
                vMax = max(vMax, v)
                let mHat = m / (1 - pow(0.9, Double(t)))
                let vHat = vMax / (1 - pow(0.9, Double(t)))
                theta -= 0.05 * mHat / (vHat.squareRoot() + 1e-8)
                #expect(OptimizerTesting.close(got[t - 1][c], theta))
            }
        }
        // These gradients shrink, so the maximum is v_1 from update 2 on: AMSGrad differs from Adam.
        let plain = OptimizerTesting.iterates(Optimizer(.adam), from: start, gradients: gradients, lr: 0.05)
        #expect(abs(plain[1][0] - got[1][0]) > 1e-4)
    }

    @Test func adamwDecaysTheParametersBeforeTheAdamStep() {
        let adamw = OptimizerTesting.optimizer(.adamw) { $0.weightDecay = 0.1 }
        let got = OptimizerTesting.iterates(adamw, from: start, gradients: gradients, lr: 0.05)
        for c in 0..<2 {
            let g = gradients.map { $0[c] }
            var theta = start[c], m = 0.0, v = 0.0
            for t in 1...3 {
                theta -= 0.05 * 0.1 * theta          // θ ← θ − γλθ, the gradient untouched
                m = 0.9 * m + 0.1 * g[t - 1]
                v = 0.999 * v + 0.001 * g[t - 1] * g[t - 1]
                let mHat = m / (1 - pow(0.9, Double(t)))
                let vHat = v / (1 - pow(0.999, Double(t)))
                theta -= 0.05 * mHat / (vHat.squareRoot() + 1e-8)
                #expect(OptimizerTesting.close(got[t - 1][c], theta))
            }
        }
    }

    @Test func adamwDefaultWeightDecayIsOneHundredth() {
        #expect(Optimizer(.adamw).hyperparameters.weightDecay == 1e-2)
        let got = OptimizerTesting.iterates(Optimizer(.adamw), from: [2], gradients: [[0]], lr: 0.5)
        // Zero gradient: m = v = 0, the Adam step is 0 / (0 + eps) = 0; only the decay moves θ.
        #expect(OptimizerTesting.close(got[0][0], 2 * (1 - 0.5 * 0.01)))
    }
}
