@testable import Descent

/// Helpers for the update-rule tests: optimizers with a few options changed, fixed gradient
/// sequences, and closeness with a stated tolerance.
enum OptimizerTesting {
    /// `kind` with PyTorch's defaults, then `configure` applied.
    static func optimizer(_ kind: OptimizerKind, _ configure: (inout Hyperparameters) -> Void = { _ in }) -> Optimizer {
        var h = Hyperparameters.defaults(for: kind)
        configure(&h)
        return Optimizer(kind, h)
    }

    /// The parameters after each update of `optimizer` from `start`, fed `gradients` in turn.
    static func iterates(_ optimizer: Optimizer, from start: [Double], gradients: [[Double]], lr: Double) -> [[Double]] {
        var params = start
        var state = optimizer.makeState(parameterCount: start.count)
        return gradients.map { g in
            optimizer.step(&params, gradient: g, lr: lr, state: &state)
            return params
        }
    }

    /// |a − b| ≤ tolerance · max(1, |b|): relative for large values, absolute near zero.
    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }
}
