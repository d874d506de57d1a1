/// A network trained elsewhere (PyTorch), read from files: its layers resolved for the data,
/// the trained weights θ*, the checkpoints of its training path and the samples it is scored on.
public struct OwnModel: Sendable {
    /// The model, resolved for the training samples' shape.
    public var plan: ModelPlan
    /// θ* and the running statistics, from `weights`.
    public var weights: ModelWeights
    /// θ at each checkpoint, in order (θ₀ first); running statistics stay θ*'s.
    public var checkpoints: [[Double]]
    /// The samples the training loss averages over.
    public var train: ModelSamples
    /// Held-out samples, when the scene gives them.
    public var validation: ModelSamples?
    /// The weights file's name, for titles.
    public var name: String

    /// A model read from files; every array already checked against `plan`.
    public init(plan: ModelPlan, weights: ModelWeights, checkpoints: [[Double]], train: ModelSamples,
                validation: ModelSamples?, name: String) {
        self.plan = plan
        self.weights = weights
        self.checkpoints = checkpoints
        self.train = train
        self.validation = validation
        self.name = name
    }

    /// The samples of `split` (the held-out ones need `validation`).
    public func samples(_ split: DataSplit) -> ModelSamples {
        split == .train ? train : validation!
    }

    /// The fast float32 evaluator of `split`'s loss.
    public func evaluator(_ split: DataSplit) -> ModelEvaluator {
        ModelEvaluator(plan: plan, samples: samples(split), buffers: weights.buffers)
    }

    /// The exact evaluator of `split`'s loss, for derivatives.
    public func reference(_ split: DataSplit) -> ModelReference {
        ModelReference(plan: plan, samples: samples(split), buffers: weights.buffers)
    }

    /// `conv2d-relu-maxpool2d-flatten-linear, 1 370 parameters`, for subtitles.
    public var summary: String {
        let layers = plan.layers.map(\.name).joined(separator: "-")
        return "\(name): \(layers) (\(NumberFormat.short(Double(plan.parameterCount))) parameters), \(plan.outputCount) outputs"
    }
}
