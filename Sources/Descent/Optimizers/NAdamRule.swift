import Foundation

/// `torch.optim.NAdam` (`_single_tensor_nadam`), with momentum decay ψ.
///
///     g ← g + λθ                                   if weight_decay λ ≠ 0
///     μ_t = β1(1 − ½·0.96^(tψ)),  μ_{t+1} = β1(1 − ½·0.96^((t+1)ψ)),  Π_t = μ_1⋯μ_t
///     m ← lerp(m, g, 1 − β1);  v ← β2 v + (1 − β2)g²
///     d = √(v / (1 − β2^t)) + ε
///     θ ← θ − γ(1 − μ_t)/(1 − Π_t) · g/d − γμ_{t+1}/(1 − Π_t μ_{t+1}) · m/d
///
/// Π_t is kept in Double (PyTorch keeps `mu_product` in the default scalar dtype, float64 only
/// under `torch.set_default_dtype(torch.float64)`).
enum NAdamRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, _ state: inout OptimizerState) {
        let expAvg = state.offset(of: "exp_avg")
        let expAvgSq = state.offset(of: "exp_avg_sq")
        let t = Double(state.step)
        let biasCorrection2 = 1 - pow(h.beta2, t)
        let mu = h.beta1 * (1 - 0.5 * pow(0.96, t * h.momentumDecay))
        let muNext = h.beta1 * (1 - 0.5 * pow(0.96, (t + 1) * h.momentumDecay))
        state.muProduct *= mu
        let muProductNext = state.muProduct * muNext
        let gradScale = -lr * (1 - mu) / (1 - state.muProduct)
        let avgScale = -lr * muNext / (1 - muProductNext)
        for i in params.indices {
            var g = gradient[i]
            if h.weightDecay != 0 { g = g + h.weightDecay * params[i] }
            let m = TensorArithmetic.lerp(state.storage[expAvg + i], g, 1 - h.beta1)
            state.storage[expAvg + i] = m
            let v = TensorArithmetic.addcmul(state.storage[expAvgSq + i] * h.beta2, g, g, value: 1 - h.beta2)
            state.storage[expAvgSq + i] = v
            let denom = (v / biasCorrection2).squareRoot() + h.eps
            let p = TensorArithmetic.addcdiv(params[i], g, denom, value: gradScale)
            params[i] = TensorArithmetic.addcdiv(p, m, denom, value: avgScale)
        }
    }
}
