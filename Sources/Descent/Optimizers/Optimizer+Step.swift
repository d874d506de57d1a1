extension Optimizer {
    /// One update, in place: `params ← params − …` by this optimizer's rule, exactly as PyTorch's
    /// single-tensor code path (`foreach=False`, `maximize=False`) computes it in float64.
    ///
    /// - Parameters:
    ///   - params: the parameters θ_{t-1}, replaced by θ_t.
    ///   - gradient: g_t = ∇f(θ_{t-1}), already noised and clipped; same count as `params`.
    ///   - lr: the learning rate γ of this update (≥ 0; any value is computed with, never trapped on).
    ///   - state: made by `makeState(parameterCount: params.count)` of this same optimizer.
    /// Non-finite inputs give non-finite parameters, never a trap. Allocates nothing.
    public func step(_ params: inout [Double], gradient: [Double], lr: Double, state: inout OptimizerState) {
        precondition(params.count == state.parameterCount && gradient.count == state.parameterCount,
                     "params, gradient and state must have the same count")
        state.step += 1
        let h = hyperparameters
        switch kind {
        case .sgd: SGDRule.update(&params, gradient, lr: lr, h, &state)
        case .adagrad: AdagradRule.update(&params, gradient, lr: lr, h, &state)
        case .rmsprop: RMSpropRule.update(&params, gradient, lr: lr, h, &state)
        case .adadelta: AdadeltaRule.update(&params, gradient, lr: lr, h, &state)
        case .adam: AdamRule.update(&params, gradient, lr: lr, h, decoupled: false, &state)
        case .adamw: AdamRule.update(&params, gradient, lr: lr, h, decoupled: true, &state)
        case .nadam: NAdamRule.update(&params, gradient, lr: lr, h, &state)
        case .radam: RAdamRule.update(&params, gradient, lr: lr, h, &state)
        case .adamax: AdamaxRule.update(&params, gradient, lr: lr, h, &state)
        }
    }
}
