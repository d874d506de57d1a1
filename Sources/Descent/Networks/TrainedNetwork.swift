/// An MLP spec made concrete: its samples split into training and held-out data, its initial
/// weights θ₀ and, when the spec trains, its training path to θ*. Planes and lines through
/// the network's parameters are built from it.
public struct TrainedNetwork: Sendable {
    /// The network's shape and activation.
    public let network: MLP
    /// The samples training uses.
    public let train: LossData
    /// Held-out samples; nil when the spec holds none out (`validation: 0`).
    public let validation: LossData?
    /// The weight penalty of the spec, part of every loss.
    public let regularization: Regularization
    /// θ₀.
    public let initial: [Double]
    /// Every update of training; nil when the spec does not train.
    public let path: TrainingPath?

    /// Splits the data as `spec` says and trains (the slow part: a forward and backward pass
    /// per update), from the initialization drawn with `initSeed` (default: the spec's; the
    /// split always follows the spec's). `progress(done, total)` follows the updates.
    public init(_ spec: NetworkSpec, initSeed: UInt64? = nil, progress: ((Int, Int) -> Void)? = nil) {
        precondition(spec.model == .mlp)
        let (trainSet, heldOut) = spec.splitData()
        let network = spec.network
        let train = LossData(trainSet, loss: spec.loss)
        let validation = spec.validation > 0 ? LossData(heldOut, loss: spec.loss) : nil
        let initial = spec.initialization.parameters(for: network, seed: initSeed ?? spec.initSeed)
        path = spec.training.map { training in
            Trainer.train(network, from: initial, train: train, validation: validation,
                          regularization: spec.regularization, spec: training,
                          progress: progress.map { report in { report($0, training.steps) } })
        }
        self.network = network
        self.train = train
        self.validation = validation
        self.initial = initial
        regularization = spec.regularization
    }

    /// θ*: the weights training kept (the last, or the best held-out loss with early
    /// stopping); θ₀ without training.
    public var final: [Double] { path?.final ?? initial }

    /// The samples of `split`. The held-out split needs a spec with `validation` > 0.
    public func data(_ split: DataSplit) -> LossData {
        split == .train ? train : validation!
    }

    /// The mean loss of `split` at `theta` plus the weight penalty: what training minimizes,
    /// and what slices and lines show.
    public func loss(_ theta: [Double], split: DataSplit) -> Double {
        network.meanLoss(theta, data: data(split)) + regularization.value(theta, network: network)
    }
}

extension NetworkSpec {
    /// The samples split into training and held-out data, seeded by the initialization seed.
    public func splitData() -> (train: Dataset, validation: Dataset) {
        data.split(validation: validation, seed: initSeed &+ 0xDA7A)
    }
}
