/// `torch.optim.SGD` (`_single_tensor_sgd`): momentum, dampening, Nesterov, L2 weight decay.
///
///     g ← g + λθ                         if weight_decay λ ≠ 0
///     b ← g (first update), else μb + (1 − τ)g      if momentum μ ≠ 0
///     g ← g + μb if nesterov, else b
///     θ ← θ − γg
enum SGDRule {
    static func update(_ params: inout [Double], _ gradient: [Double], lr: Double,
                       _ h: Hyperparameters, _ state: inout OptimizerState) {
        let buffer = h.momentum != 0 ? state.offset(of: "momentum_buffer") : 0
        let first = state.step == 1
        for i in params.indices {
            var g = gradient[i]
            if h.weightDecay != 0 { g = g + h.weightDecay * params[i] }
            if h.momentum != 0 {
                let b = first ? g : state.storage[buffer + i] * h.momentum + (1 - h.dampening) * g
                state.storage[buffer + i] = b
                g = h.nesterov ? g + h.momentum * b : b
            }
            params[i] = params[i] + -lr * g
        }
    }
}
