import Foundation
import Testing
@testable import Descent

/// RAdam against the algorithm box of PyTorch's documentation, by hand, on both sides of the
/// switch from the plain momentum step (ρ_t ≤ 5) to the rectified adaptive step (ρ_t > 5).
@Suite struct RAdamTests {
    /// ρ_t = ρ_∞ − 2tβ2^t / (1 − β2^t), ρ_∞ = 2/(1 − β2) − 1.
    func rho(_ t: Int, beta2: Double) -> Double {
        let rhoInf = 2 / (1 - beta2) - 1
        return rhoInf - 2 * Double(t) * pow(beta2, Double(t)) / (1 - pow(beta2, Double(t)))
    }

    @Test func withDefaultBetasTheRectifiedStepStartsAtUpdateSix() {
        #expect(rho(5, beta2: 0.999) <= 5)
        #expect(rho(6, beta2: 0.999) > 5)
    }

    @Test func bothBranchesWithWeightDecay() {
        let radam = OptimizerTesting.optimizer(.radam) { $0.weightDecay = 0.1 }
        let start: [Double] = [1, -2]
        let gradients: [[Double]] = [[0.5, -1], [2, 0.25], [-1, 3], [0.3, 0.3], [1, -2], [-0.5, 1], [2, 2], [0.1, -4]]
        let got = OptimizerTesting.iterates(radam, from: start, gradients: gradients, lr: 0.01)
        for c in 0..<2 {
            var theta = start[c], m = 0.0, v = 0.0
            let rhoInf = 2 / (1 - 0.999) - 1
            for t in 1...gradients.count {
                let d = gradients[t - 1][c] + 0.1 * theta
                m = 0.9 * m + 0.1 * d
                v = 0.999 * v + 0.001 * d * d
                let mHat = m / (1 - pow(0.9, Double(t)))
                let rhoT = rho(t, beta2: 0.999)
                if rhoT > 5 {
                    let l = (1 - pow(0.999, Double(t))).squareRoot() / (v.squareRoot() + 1e-8)
                    let r = ((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)).squareRoot()
                    theta -= 0.01 * mHat * l * r
                } else {
                    theta -= 0.01 * mHat
                }
                #expect(OptimizerTesting.close(got[t - 1][c], theta), "update \(t), coordinate \(c)")
            }
        }
    }
}
