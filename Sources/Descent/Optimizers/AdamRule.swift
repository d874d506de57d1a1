import Foundation

/// `torch.optim.Adam` and `torch.optim.AdamW` (`_single_tensor_adam`), with AMSGrad.
///
///     θ ← θ(1 − γλ)                       AdamW (decoupled weight decay λ)
///     g ← g + λθ                          Adam, if weight_decay λ ≠ 0
///     m ← lerp(m, g, 1 − β1);  v ← β2 v + (1 − β2)g²
///     v_max ← max(v_max, v); use v_max for v        if amsgrad (max of the raw moment)
///     θ ← θ − (γ / (1 − β1^t)) m / (√v / √(1 − β2^t) + ε)
///
/// `√(1 − β2^t)` is Python's `(1 - beta2**t)**0.5`, that is `pow(·, 0.5)`, as PyTorch computes it.
enum AdamRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, decoupled: Bool, _ state: inout OptimizerState) {
        let expAvg = state.offset(of: "exp_avg")
        let expAvgSq = state.offset(of: "exp_avg_sq")
        let maxExpAvgSq = h.amsgrad ? state.offset(of: "max_exp_avg_sq") : 0
        let t = Double(state.step)
        let stepSize = lr / (1 - pow(h.beta1, t))
        let biasCorrection2Sqrt = pow(1 - pow(h.beta2, t), 0.5)
        let decay = 1 - lr * h.weightDecay
        for i in params.indices {
            var g = gradient[i]
            if decoupled {
                params[i] = params[i] * decay
            } else if h.weightDecay != 0 {
                g = g + h.weightDecay * params[i]
            }
            let m = TensorArithmetic.lerp(state.storage[expAvg + i], g, 1 - h.beta1)
            state.storage[expAvg + i] = m
            var v = TensorArithmetic.addcmul(state.storage[expAvgSq + i] * h.beta2, g, g, value: 1 - h.beta2)
            state.storage[expAvgSq + i] = v
            if h.amsgrad {
                v = TensorArithmetic.maximum(state.storage[maxExpAvgSq + i], v)
                state.storage[maxExpAvgSq + i] = v
            }
            let denom = v.squareRoot() / biasCorrection2Sqrt + h.eps
            params[i] = TensorArithmetic.addcdiv(params[i], m, denom, value: -stepSize)
        }
    }
}
