import Foundation

/// `torch.optim.Adamax` (`_single_tensor_adamax`): Adam with the infinity norm.
///
///     g ← g + λθ                          if weight_decay λ ≠ 0
///     m ← lerp(m, g, 1 − β1)
///     u ← max(β2 u, |g| + ε)              (NaN if either is NaN, as torch.maximum)
///     θ ← θ − (γ / (1 − β1^t)) m / u
enum AdamaxRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, _ state: inout OptimizerState) {
        let expAvg = state.offset(of: "exp_avg")
        let expInf = state.offset(of: "exp_inf")
        let clr = lr / (1 - pow(h.beta1, Double(state.step)))
        for i in params.indices {
            var g = gradient[i]
            if h.weightDecay != 0 { g = g + h.weightDecay * params[i] }
            let m = TensorArithmetic.lerp(state.storage[expAvg + i], g, 1 - h.beta1)
            state.storage[expAvg + i] = m
            let u = TensorArithmetic.maximum(state.storage[expInf + i] * h.beta2, abs(g) + h.eps)
            state.storage[expInf + i] = u
            params[i] = TensorArithmetic.addcdiv(params[i], m, u, value: -clr)
        }
    }
}
