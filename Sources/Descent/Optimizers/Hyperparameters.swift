/// Every hyperparameter any optimizer takes, named as in `torch.optim`.
/// Which of them an optimizer reads, and their defaults, is in `OptimizerKind.parameters`;
/// `Hyperparameters.defaults(for:)` gives PyTorch's defaults for one optimizer.
public struct Hyperparameters: Hashable, Sendable, Codable {
    public var momentum = 0.0
    public var dampening = 0.0
    public var nesterov = false
    public var weightDecay = 0.0
    public var lrDecay = 0.0
    public var initialAccumulatorValue = 0.0
    public var eps = 1e-8
    public var alpha = 0.99
    public var centered = false
    public var rho = 0.9
    public var beta1 = 0.9
    public var beta2 = 0.999
    public var amsgrad = false
    public var momentumDecay = 4e-3

    public init() {}

    /// PyTorch's defaults for `kind` (eps and weight_decay differ between optimizers).
    public static func defaults(for kind: OptimizerKind) -> Hyperparameters {
        var h = Hyperparameters()
        switch kind {
        case .adagrad: h.eps = 1e-10
        case .adadelta: h.eps = 1e-6
        case .adamw: h.weightDecay = 1e-2
        default: break
        }
        return h
    }
}

/// An optimizer with its hyperparameters; the learning rate lives in the run's schedule.
public struct Optimizer: Hashable, Sendable, Codable {
    public var kind: OptimizerKind
    public var hyperparameters: Hyperparameters

    public init(_ kind: OptimizerKind, _ hyperparameters: Hyperparameters? = nil) {
        self.kind = kind
        self.hyperparameters = hyperparameters ?? .defaults(for: kind)
    }
}
