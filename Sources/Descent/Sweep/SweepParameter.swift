/// The run setting a sweep varies, named as in scene files.
public enum SweepParameter: Hashable, Sendable {
    /// `lr`: a constant learning rate.
    case lr
    /// `lr.<name>`: a scalar parameter of the run's Keras schedule (`lr.decay_rate`).
    case schedule(String)
    /// A `torch.optim` hyperparameter by its PyTorch name (`momentum`, `betas`, `nesterov`).
    case hyperparameter(String)
    /// `beta1` or `beta2`: one element of `betas` (index 0 or 1).
    case beta(Int)
    /// The run settings `noise`, `clip_norm`, `clip_value`, `steps`, `seed` and `start`.
    case noise, clipNorm, clipValue, steps, seed, start
    /// `batch_size`: samples per gradient on a network surface.
    case batchSize
    /// `optimizer`: the algorithm itself.
    case optimizer

    /// What values the parameter takes.
    public enum ValueType: Sendable {
        /// Any finite number (range-checked when applied).
        case number
        /// A whole number.
        case integer
        /// Two numbers, as `betas`.
        case pair
        /// A boolean, as `nesterov`.
        case flag
        /// A point `[x, y]`.
        case point
        /// An optimizer name.
        case optimizer
    }

    /// The parameter called `name` in a scene file, or nil.
    public init?(name: String) {
        switch name {
        case "lr": self = .lr
        case "beta1": self = .beta(0)
        case "beta2": self = .beta(1)
        case "noise": self = .noise
        case "clip_norm": self = .clipNorm
        case "clip_value": self = .clipValue
        case "steps": self = .steps
        case "seed": self = .seed
        case "start": self = .start
        case "batch_size": self = .batchSize
        case "optimizer": self = .optimizer
        default:
            if name.hasPrefix("lr."), Schedule.parameterKind(String(name.dropFirst(3))) != nil {
                self = .schedule(String(name.dropFirst(3)))
            } else if Self.hyperparameterNames.contains(name) {
                self = .hyperparameter(name)
            } else {
                return nil
            }
        }
    }

    /// Every name a sweep accepts, for hints and messages.
    public static var names: [String] {
        ["lr"] + ["initial_learning_rate", "decay_steps", "decay_rate", "end_learning_rate", "power", "alpha",
                  "warmup_target", "warmup_steps", "staircase", "cycle"].map { "lr." + $0 }
            + hyperparameterNames + ["beta1", "beta2", "noise", "clip_norm", "clip_value", "steps", "seed", "start", "batch_size",
                                   "optimizer"]
    }

    /// Every hyperparameter name of every optimizer, first-seen order.
    static var hyperparameterNames: [String] {
        var names: [String] = []
        for kind in OptimizerKind.allCases {
            for spec in kind.parameters where !names.contains(spec.name) { names.append(spec.name) }
        }
        return names
    }

    /// The name as scene files write it.
    public var name: String {
        switch self {
        case .lr: "lr"
        case let .schedule(name): "lr." + name
        case let .hyperparameter(name): name
        case let .beta(index): "beta\(index + 1)"
        case .noise: "noise"
        case .clipNorm: "clip_norm"
        case .clipValue: "clip_value"
        case .steps: "steps"
        case .seed: "seed"
        case .start: "start"
        case .batchSize: "batch_size"
        case .optimizer: "optimizer"
        }
    }

    /// The name in titles: `lr`, `β₁`, `β₂`, `β`, `noise σ`, else the scene-file name.
    public var symbol: String {
        switch self {
        case let .beta(index): index == 0 ? "β₁" : "β₂"
        case .hyperparameter("betas"): "β"
        case .noise: "noise σ"
        case .batchSize: "batch"
        default: name
        }
    }

    /// The kind of value the parameter takes.
    public var valueType: ValueType {
        switch self {
        case .lr, .beta, .noise, .clipNorm, .clipValue: return .number
        case .steps, .seed, .batchSize: return .integer
        case .start: return .point
        case .optimizer: return .optimizer
        case let .schedule(name):
            switch Schedule.parameterKind(name) {
            case .steps: return .integer
            case .flag: return .flag
            default: return .number
            }
        case let .hyperparameter(name):
            let spec = OptimizerKind.allCases.lazy.flatMap(\.parameters).first { $0.name == name }
            switch spec?.type {
            case .bool: return .flag
            case .pair: return .pair
            default: return .number
            }
        }
    }
}
