/// `torch.optim.Adadelta` (`_single_tensor_adadelta`).
///
///     g ← g + λθ                          if weight_decay λ ≠ 0
///     v ← ρv + (1 − ρ)g²
///     Δ = √(u + ε) / √(v + ε) · g
///     u ← ρu + (1 − ρ)Δ²
///     θ ← θ − γΔ
enum AdadeltaRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, _ state: inout OptimizerState) {
        let squareAvg = state.offset(of: "square_avg")
        let accDelta = state.offset(of: "acc_delta")
        for i in params.indices {
            var g = gradient[i]
            if h.weightDecay != 0 { g = g + h.weightDecay * params[i] }
            let v = TensorArithmetic.addcmul(state.storage[squareAvg + i] * h.rho, g, g, value: 1 - h.rho)
            state.storage[squareAvg + i] = v
            let std = (v + h.eps).squareRoot()
            let delta = (state.storage[accDelta + i] + h.eps).squareRoot() / std * g
            state.storage[accDelta + i] = TensorArithmetic.addcmul(
                state.storage[accDelta + i] * h.rho, delta, delta, value: 1 - h.rho)
            params[i] = params[i] + -lr * delta
        }
    }
}
