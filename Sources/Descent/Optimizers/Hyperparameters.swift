/// Every hyperparameter any optimizer takes, named as in `torch.optim`.
/// Which of them an optimizer reads, and their defaults, is in `OptimizerKind.parameters`;
/// `Hyperparameters.defaults(for:)` gives PyTorch's defaults for one optimizer.
public struct Hyperparameters: Hashable, Sendable, Codable {
    /// Momentum factor (SGD, RMSprop); 0 is none.
    public var momentum = 0.0
    /// Dampening for momentum (SGD), in [0, 1].
    public var dampening = 0.0
    /// Whether SGD uses Nesterov momentum.
    public var nesterov = false
    /// L2 penalty added to the gradient; for AdamW the decoupled weight decay coefficient.
    public var weightDecay = 0.0
    /// Learning rate decay of Adagrad.
    public var lrDecay = 0.0
    /// Initial value of Adagrad's sum of squared gradients.
    public var initialAccumulatorValue = 0.0
    /// Term added to the denominator for numerical stability.
    public var eps = 1e-8
    /// Smoothing constant of RMSprop's running average, in [0, 1].
    public var alpha = 0.99
    /// Whether RMSprop normalizes by an estimate of the gradient's variance.
    public var centered = false
    /// Decay rate of Adadelta's running averages, in [0, 1].
    public var rho = 0.9
    /// Decay rate of the running average of the gradient (`betas[0]`), in [0, 1).
    public var beta1 = 0.9
    /// Decay rate of the running average of the squared gradient (`betas[1]`), in [0, 1).
    public var beta2 = 0.999
    /// Whether Adam and AdamW use the AMSGrad variant.
    public var amsgrad = false
    /// NAdam's momentum decay ψ.
    public var momentumDecay = 4e-3

    /// The shared defaults; `defaults(for:)` adjusts them to one optimizer.
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
    /// Which optimizer.
    public var kind: OptimizerKind
    /// Its hyperparameters; those the kind does not take are ignored.
    public var hyperparameters: Hyperparameters

    /// An optimizer of `kind` with `hyperparameters`, or PyTorch's defaults for it when nil.
    public init(_ kind: OptimizerKind, _ hyperparameters: Hyperparameters? = nil) {
        self.kind = kind
        self.hyperparameters = hyperparameters ?? .defaults(for: kind)
    }
}
