/// The value a hyperparameter takes in a scene file.
public enum ParameterType: String, Sendable {
    /// A real number, a boolean, or a pair of reals (`betas`).
    case real, bool, pair
}

/// One hyperparameter as the user sees it: its PyTorch name, type, default, allowed range and a
/// short description. Drives scene validation, `descent list` and sweeps.
public struct ParameterSpec: Sendable {
    /// The name in `torch.optim` and scene files (`weight_decay`, `betas`).
    public let name: String
    /// The kind of value it takes.
    public let type: ParameterType
    /// Default as text, exactly as PyTorch documents it (`1e-3`, `(0.9, 0.999)`, `False`).
    public let defaultText: String
    /// A short description for `descent list`.
    public let summary: String
    /// Smallest allowed value, and whether it is itself allowed (reals and each pair element).
    public let minimum: Double
    /// Whether `minimum` itself is allowed.
    public let minimumIncluded: Bool
    /// Largest allowed value, and whether it is itself allowed.
    public let maximum: Double
    /// Whether `maximum` itself is allowed.
    public let maximumIncluded: Bool
    /// Reads the value from hyperparameters, as one or two numbers (bools as 0 or 1).
    public let get: @Sendable (Hyperparameters) -> [Double]
    /// Writes the value (one or two numbers; bools as 0 or 1).
    public let set: @Sendable (inout Hyperparameters, [Double]) -> Void

    /// Why `value` is outside the allowed range, or nil when it is inside.
    public func rangeViolation(_ value: Double) -> String? {
        let lowOK = minimumIncluded ? value >= minimum : value > minimum
        let highOK = maximumIncluded ? value <= maximum : value < maximum
        if lowOK && highOK { return nil }
        if maximum == .infinity { return "must be \(minimumIncluded ? ">=" : ">") \(format(minimum))" }
        let open = minimumIncluded ? "[" : "("
        let close = maximumIncluded ? "]" : ")"
        return "must be in \(open)\(format(minimum)), \(format(maximum))\(close)"
    }

    private func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}

extension ParameterSpec {
    static func real(
        _ name: String, _ keyPath: WritableKeyPath<Hyperparameters, Double> & Sendable,
        default defaultText: String, _ summary: String,
        min: Double = 0, minIncluded: Bool = true, max: Double = .infinity, maxIncluded: Bool = false
    ) -> ParameterSpec {
        ParameterSpec(
            name: name, type: .real, defaultText: defaultText, summary: summary,
            minimum: min, minimumIncluded: minIncluded, maximum: max, maximumIncluded: maxIncluded,
            get: { [$0[keyPath: keyPath]] }, set: { $0[keyPath: keyPath] = $1[0] })
    }

    static func bool(
        _ name: String, _ keyPath: WritableKeyPath<Hyperparameters, Bool> & Sendable, _ summary: String
    ) -> ParameterSpec {
        ParameterSpec(
            name: name, type: .bool, defaultText: "False", summary: summary,
            minimum: 0, minimumIncluded: true, maximum: 1, maximumIncluded: true,
            get: { [$0[keyPath: keyPath] ? 1 : 0] }, set: { $0[keyPath: keyPath] = $1[0] != 0 })
    }

    static let betas = ParameterSpec(
        name: "betas", type: .pair, defaultText: "(0.9, 0.999)",
        summary: "decay rates of the running averages of the gradient and its square",
        minimum: 0, minimumIncluded: true, maximum: 1, maximumIncluded: false,
        get: { [$0.beta1, $0.beta2] }, set: { $0.beta1 = $1[0]; $0.beta2 = $1[1] })

    static let weightDecay = real("weight_decay", \.weightDecay, default: "0", "L2 penalty added to the gradient")
    static let eps = real("eps", \.eps, default: "1e-8", "term added to the denominator for numerical stability")
}

extension OptimizerKind {
    /// PyTorch's default learning rate for this optimizer.
    public var defaultLearningRate: Double {
        switch self {
        case .sgd, .adam, .adamw, .radam: 1e-3
        case .adagrad, .rmsprop: 1e-2
        case .adadelta: 1.0
        case .nadam, .adamax: 2e-3
        }
    }

    /// The hyperparameters this optimizer takes besides `lr`, in PyTorch's order.
    public var parameters: [ParameterSpec] {
        typealias P = ParameterSpec
        switch self {
        case .sgd:
            return [
                P.real("momentum", \.momentum, default: "0", "momentum factor"),
                P.real("dampening", \.dampening, default: "0", "dampening for momentum", max: 1, maxIncluded: true),
                P.weightDecay,
                P.bool("nesterov", \.nesterov, "use Nesterov momentum"),
            ]
        case .adagrad:
            return [
                P.real("lr_decay", \.lrDecay, default: "0", "learning rate decay"),
                P.weightDecay,
                P.real("initial_accumulator_value", \.initialAccumulatorValue, default: "0",
                       "initial value of the sum of squared gradients"),
                P.real("eps", \.eps, default: "1e-10", "term added to the denominator for numerical stability"),
            ]
        case .rmsprop:
            return [
                P.real("alpha", \.alpha, default: "0.99", "smoothing constant", max: 1, maxIncluded: true),
                P.eps, P.weightDecay,
                P.real("momentum", \.momentum, default: "0", "momentum factor"),
                P.bool("centered", \.centered, "normalize by an estimate of the gradient's variance"),
            ]
        case .adadelta:
            return [
                P.real("rho", \.rho, default: "0.9", "decay rate of the running averages", max: 1, maxIncluded: true),
                P.real("eps", \.eps, default: "1e-6", "term added to the denominator for numerical stability"),
                P.weightDecay,
            ]
        case .adam:
            return [P.betas, P.eps, P.weightDecay, P.bool("amsgrad", \.amsgrad, "use the AMSGrad variant")]
        case .adamw:
            return [
                P.betas, P.eps,
                P.real("weight_decay", \.weightDecay, default: "1e-2", "decoupled weight decay coefficient"),
                P.bool("amsgrad", \.amsgrad, "use the AMSGrad variant"),
            ]
        case .nadam:
            return [
                P.betas, P.eps, P.weightDecay,
                P.real("momentum_decay", \.momentumDecay, default: "4e-3", "momentum decay ψ"),
            ]
        case .radam, .adamax:
            return [P.betas, P.eps, P.weightDecay]
        }
    }
}
