/// The largest constant learning rate at which SGD still converges near a minimum: the limit
/// where the linearized iteration θ ← θ − lr·H·θ (with momentum, its two-step recurrence)
/// stops contracting along the steepest curvature λmax of the Hessian H.
///
/// With a = λmax + weight_decay (PyTorch adds weight_decay·θ to the gradient):
/// - plain SGD: lr < 2 / a;
/// - heavy-ball momentum β, dampening d (PyTorch's buf ← β·buf + (1 − d)·g): the recurrence
///   θₖ₊₁ = θₖ + β(θₖ − θₖ₋₁) − α·θₖ with α = lr·(1 − d)·a is stable iff 0 < α < 2(1 + β),
///   so lr < 2(1 + β) / ((1 − d)·a);
/// - Nesterov (PyTorch's g + β·buf): the characteristic polynomial
///   z² + (α(1 + β) − 1 − β)z + β(1 − α), α = lr·a, has its roots inside the unit circle iff
///   α < 2(1 + β)/(1 + 2β), so lr < 2(1 + β) / ((1 + 2β)·a).
///
/// Only SGD has such a limit: adaptive optimizers rescale the gradient by its own history.
public struct StabilityLimit: Hashable, Sendable {
    /// The limit on the learning rate.
    public var learningRate: Double
    /// The minimum it was computed at, and its largest curvature λmax.
    public var minimum: CriticalPoint
    /// True when the Hessian is the same everywhere in view (a quadratic surface), so the limit
    /// holds from any start, not only near the minimum.
    public var exact: Bool

    /// The limit for `optimizer` at `minimum` of `survey`'s surface, or nil when the optimizer
    /// is not SGD or the minimum is degenerate (no quadratic model near it).
    public init?(optimizer: Optimizer, minimum: CriticalPoint, survey: LandscapeSurvey) {
        guard optimizer.kind == .sgd, minimum.kind == .minimum, !minimum.degenerate, minimum.lowCurvature > 0 else {
            return nil
        }
        let h = optimizer.hyperparameters
        let a = minimum.highCurvature + h.weightDecay
        let beta = h.momentum
        if h.nesterov {
            learningRate = 2 * (1 + beta) / ((1 + 2 * beta) * a)
        } else {
            learningRate = 2 * (1 + beta) / ((1 - h.dampening) * a)
        }
        guard learningRate.isFinite, learningRate > 0 else { return nil }
        self.minimum = minimum
        let reference = survey.surface.hessian(at: minimum.position)
        let view = survey.view
        exact = [0.1, 0.5, 0.9].allSatisfy { fx in
            [0.2, 0.7].allSatisfy { fy in
                let other = survey.surface.hessian(at: Vec2(view.x.lowerBound + fx * view.width,
                                                             view.y.lowerBound + fy * view.height))
                let scale = max(abs(reference.xx), abs(reference.yy), abs(reference.xy), 1e-300)
                return max(abs(other.xx - reference.xx), abs(other.xy - reference.xy), abs(other.yy - reference.yy))
                    <= 1e-9 * scale
            }
        }
    }
}
