/// Which network a scene's surface comes from.
public enum NetworkModel: String, CaseIterable, Sendable {
    /// An MLP, sliced on a plane through its parameters.
    case mlp
    /// One sigmoid neuron on 1-D data, over (w, b): exact.
    case neuron
    /// w₂·act(w₁·x) on 1-D data, over (w₁, w₂): exact.
    case twoLayerScalar = "two_layer_scalar"
}

/// The plane an MLP is sliced on.
public enum PlaneSpec: Sendable, Hashable {
    /// θ* + α·δ + β·η with Gaussian directions, normalized (Li et al. 2018).
    case random(normalization: DirectionNormalization, seed: UInt64)
    /// The top two PCA directions of the training path, the path projected.
    case pca
    /// Through the final weights θ*, the initial weights (α = 1) and the final weights of a
    /// second run from another initialization (β = 1).
    case checkpoints
}

/// Which samples a surface's loss averages over.
public enum DataSplit: String, CaseIterable, Sendable {
    /// The training samples, or the held-out ones.
    case train, validation
}

/// Everything that makes one network landscape, validated: the data, the network, how it is
/// trained, the plane and the split. The data are already generated or read.
public struct NetworkSpec: Sendable {
    /// The samples, before the validation split.
    public var data: Dataset
    /// `two moons, 1000 samples`: for titles.
    public var dataName: String
    /// Which kind of network.
    public var model: NetworkModel
    /// Widths of the hidden layers.
    public var hidden: [Int]
    /// The nonlinearity of the hidden units.
    public var activation: Activation
    /// How the initial weights are drawn.
    public var initialization: Initialization
    /// Seed of the initial weights (a second run for `.checkpoints` uses seed + 1).
    public var initSeed: UInt64
    /// The loss; defaults to the one the data's task calls for.
    public var loss: LossKind
    /// Penalties on the weights.
    public var regularization: Regularization
    /// Whether equal-width hidden layers add their input (residual connections).
    public var skip: Bool
    /// Held-out fraction, in [0, 1).
    public var validation: Double
    /// How the network is trained; nil draws the landscape of the initial weights.
    public var training: TrainingSpec?
    /// The plane through the parameters that is drawn.
    public var plane: PlaneSpec
    /// Which samples the drawn loss averages over.
    public var split: DataSplit
    /// Panel title when a scene compares variants.
    public var title: String?
    /// A network trained elsewhere, read from files: when set, it is the network, with its own
    /// samples and checkpoints, and `data`, `hidden`, `activation`, `initialization`, `skip`,
    /// `validation` and `training` are unused.
    public var own: OwnModel?

    /// A spec; `loss` nil takes the data's default loss.
    public init(data: Dataset, dataName: String, model: NetworkModel = .mlp, hidden: [Int] = [], activation: Activation = .tanh,
                initialization: Initialization = .glorotUniform, initSeed: UInt64 = 0, loss: LossKind? = nil,
                regularization: Regularization = Regularization(), skip: Bool = false, validation: Double = 0,
                training: TrainingSpec? = nil, plane: PlaneSpec = .random(normalization: .filter, seed: 1),
                split: DataSplit = .train, title: String? = nil) {
        self.data = data
        self.dataName = dataName
        self.model = model
        self.hidden = hidden
        self.activation = activation
        self.initialization = initialization
        self.initSeed = initSeed
        self.loss = loss ?? data.defaultLoss
        self.regularization = regularization
        self.skip = skip
        self.validation = validation
        self.training = training
        self.plane = plane
        self.split = split
        self.title = title
    }

    /// Outputs of the network: classes for cross-entropy and MSE on classes, 1 for binary
    /// cross-entropy, the target width for regression.
    public var outputCount: Int {
        if loss == .binaryCrossEntropy { return 1 }
        return data.classes ?? data.targetWidth
    }

    /// The MLP: data features in, `hidden`, outputs.
    public var network: MLP {
        MLP(widths: [data.featureCount] + hidden + [outputCount], activation: activation, skip: skip)
    }

    /// `MLP 2-32-32-2 tanh, cross_entropy, two moons (1000 samples)`, for subtitles.
    public var summary: String {
        if let own { return "\(own.summary), \(loss.rawValue)" }
        return switch model {
        case .neuron: "σ(w·x + b), \(loss.rawValue), \(dataName)"
        case .twoLayerScalar: "w₂·\(activation.rawValue)(w₁·x), mse, \(dataName)"
        case .mlp: "MLP \(network.summary), \(loss.rawValue), \(dataName)"
        }
    }

    /// What is wrong with this spec, as (field, message) pairs with fields named as in scene
    /// files under `surface.network`.
    public func validationProblems() -> [(field: String, message: String)] {
        if let own { return ownProblems(own) }
        var problems: [(String, String)] = []
        switch model {
        case .neuron, .twoLayerScalar:
            if data.featureCount != 1 {
                problems.append(("data", "\(model.rawValue) needs 1-D inputs, got \(data.featureCount) columns"))
            }
            if model == .neuron, loss == .crossEntropy {
                problems.append(("loss", "neuron has one output: use mse or binary_cross_entropy"))
            }
            if model == .twoLayerScalar, loss != .mse {
                problems.append(("loss", "two_layer_scalar is fitted with mse"))
            }
        case .mlp:
            break
        }
        switch loss {
        case .crossEntropy where data.classes == nil:
            problems.append(("loss", "cross_entropy needs class labels, but the data are regression targets"))
        case .binaryCrossEntropy where data.classes != 2 && !(data.classes == nil && data.targets.allSatisfy { $0 == 0 || $0 == 1 }):
            problems.append(("loss", "binary_cross_entropy needs labels 0 and 1, got \(data.classes.map { "\($0) classes" } ?? "other values")"))
        default: break
        }
        if split == .validation && validation == 0 {
            problems.append(("split", "validation needs a held-out fraction: set `validation`"))
        }
        if case .pca = plane, (training?.steps ?? 0) < 2 {
            problems.append(("plane", "pca needs a training path: `train` with 2 steps or more"))
        }
        if case .checkpoints = plane, training == nil {
            problems.append(("plane", "checkpoints needs `train`"))
        }
        if let patience = training?.patience, patience > 0, validation == 0 {
            problems.append(("train.patience", "early stopping needs a held-out fraction: set `validation`"))
        }
        return problems
    }

    /// A user's model was checked against its files when they were read; what remains is what
    /// the plane and split ask of them.
    private func ownProblems(_ own: OwnModel) -> [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if split == .validation && own.validation == nil {
            problems.append(("split", "validation needs held-out samples: give `data.validation: {inputs, labels}`"))
        }
        if case .pca = plane, own.checkpoints.count < 2 {
            problems.append(("plane", "pca needs the training path: `model.checkpoints` with 2 files or more"))
        }
        if case .checkpoints = plane, own.checkpoints.count < 2 {
            problems.append(("plane", "checkpoints needs `model.checkpoints` with 2 files or more (the first and the middle one span the plane with θ*)"))
        }
        return problems
    }
}
