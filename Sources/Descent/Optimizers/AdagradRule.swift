/// `torch.optim.Adagrad` (`_single_tensor_adagrad`), dense gradients.
///
///     g ← g + λθ                          if weight_decay λ ≠ 0
///     γ̃ = γ / (1 + (t − 1)η)              (lr_decay η)
///     s ← s + g²                          (s starts at initial_accumulator_value)
///     θ ← θ − γ̃g / (√s + ε)
enum AdagradRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, _ state: inout OptimizerState) {
        let sum = state.offset(of: "sum")
        let clr = lr / (1 + (Double(state.step) - 1) * h.lrDecay)
        for i in params.indices {
            var g = gradient[i]
            if h.weightDecay != 0 { g = g + h.weightDecay * params[i] }
            let s = TensorArithmetic.addcmul(state.storage[sum + i], g, g, value: 1)
            state.storage[sum + i] = s
            let std = s.squareRoot() + h.eps
            params[i] = TensorArithmetic.addcdiv(params[i], g, std, value: -clr)
        }
    }
}
