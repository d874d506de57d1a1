import Foundation

/// `torch.optim.RAdam` (`_single_tensor_radam`): Adam with the variance rectification term.
///
///     g ← g + λθ                                   if weight_decay λ ≠ 0
///     m ← lerp(m, g, 1 − β1);  v ← β2 v + (1 − β2)g²
///     m̂ = m / (1 − β1^t)
///     ρ_∞ = 2/(1 − β2) − 1;  ρ_t = ρ_∞ − 2tβ2^t / (1 − β2^t)
///     if ρ_t > 5:  r = √((ρ_t − 4)(ρ_t − 2)ρ_∞ / ((ρ_∞ − 4)(ρ_∞ − 2)ρ_t)),
///                  θ ← θ − m̂ γ · √(1 − β2^t)/(√v + ε) · r
///     else:        θ ← θ − m̂ γ
enum RAdamRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, _ state: inout OptimizerState) {
        let expAvg = state.offset(of: "exp_avg")
        let expAvgSq = state.offset(of: "exp_avg_sq")
        let t = Double(state.step)
        let biasCorrection1 = 1 - pow(h.beta1, t)
        let biasCorrection2 = 1 - pow(h.beta2, t)
        let rhoInf = 2 / (1 - h.beta2) - 1
        let rhoT = rhoInf - 2 * t * pow(h.beta2, t) / biasCorrection2
        let rectified = rhoT > 5
        let rect = rectified
            ? pow((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT), 0.5) : 1
        let biasCorrection2Sqrt = pow(biasCorrection2, 0.5)
        for i in params.indices {
            var g = gradient[i]
            if h.weightDecay != 0 { g = g + h.weightDecay * params[i] }
            let m = TensorArithmetic.lerp(state.storage[expAvg + i], g, 1 - h.beta1)
            state.storage[expAvg + i] = m
            let v = TensorArithmetic.addcmul(state.storage[expAvgSq + i] * h.beta2, g, g, value: 1 - h.beta2)
            state.storage[expAvgSq + i] = v
            let corrected = m / biasCorrection1
            let update = rectified
                ? corrected * lr * (biasCorrection2Sqrt / (v.squareRoot() + h.eps)) * rect
                : corrected * lr
            params[i] = params[i] + -1.0 * update
        }
    }
}
