/// `torch.optim.RMSprop` (`_single_tensor_rmsprop`): optional centering and momentum.
///
///     g ← g + λθ                                  if weight_decay λ ≠ 0
///     v ← αv + (1 − α)g²
///     ḡ ← lerp(ḡ, g, 1 − α); v̄ = v − ḡ²           if centered, else v̄ = v
///     d = √v̄ + ε
///     b ← μb + g/d; θ ← θ − γb                    if momentum μ > 0
///     θ ← θ − γg/d                                otherwise
enum RMSpropRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, _ state: inout OptimizerState) {
        let squareAvg = state.offset(of: "square_avg")
        let gradAvg = h.centered ? state.offset(of: "grad_avg") : 0
        let buffer = h.momentum > 0 ? state.offset(of: "momentum_buffer") : 0
        for i in params.indices {
            var g = gradient[i]
            if h.weightDecay != 0 { g = g + h.weightDecay * params[i] }
            let v = TensorArithmetic.addcmul(state.storage[squareAvg + i] * h.alpha, g, g, value: 1 - h.alpha)
            state.storage[squareAvg + i] = v
            var avg: Double
            if h.centered {
                let m = TensorArithmetic.lerp(state.storage[gradAvg + i], g, 1 - h.alpha)
                state.storage[gradAvg + i] = m
                avg = TensorArithmetic.addcmul(v, m, m, value: -1).squareRoot()
            } else {
                avg = v.squareRoot()
            }
            avg = avg + h.eps
            if h.momentum > 0 {
                let b = TensorArithmetic.addcdiv(state.storage[buffer + i] * h.momentum, g, avg, value: 1)
                state.storage[buffer + i] = b
                params[i] = params[i] + -lr * b
            } else {
                params[i] = TensorArithmetic.addcdiv(params[i], g, avg, value: -lr)
            }
        }
    }
}
