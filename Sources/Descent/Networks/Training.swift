/// How a network is trained: any optimizer and schedule of descent, full-batch or mini-batch,
/// with optional dropout and early stopping on the validation loss.
public struct TrainingSpec: Sendable, Hashable {
    /// The optimizer and its hyperparameters.
    public var optimizer: Optimizer
    /// The learning rate, by update index.
    public var lr: Schedule
    /// Updates to make (≥ 0).
    public var steps: Int
    /// Samples per update; nil for the whole training set (full-batch gradient descent).
    public var batchSize: Int?
    /// Seed of the batch order and the dropout masks.
    public var seed: UInt64
    /// Stop when the validation loss has not improved for this many updates, and keep the best
    /// parameters; nil trains for `steps`.
    public var patience: Int?
    /// Probability of dropping each hidden unit during training (0 ..< 1).
    public var dropout: Double
    /// Clamp each gradient component to ±this before the update (`clip_grad_value_`); nil: none.
    public var clipValue: Double?
    /// Rescale the gradient to at most this 2-norm before the update (`clip_grad_norm_`, after
    /// `clipValue`); nil: none.
    public var clipNorm: Double?
    /// Gradients and losses in float32 (the SIMD kernels: what a figure needs) or in `Double`
    /// (exact backpropagation). The optimizer's arithmetic is in `Double` either way.
    public var precision: TrainingPrecision

    /// A training setup; the defaults are full-batch, no early stopping, no dropout, no clipping.
    public init(optimizer: Optimizer, lr: Schedule, steps: Int, batchSize: Int? = nil, seed: UInt64 = 0,
                patience: Int? = nil, dropout: Double = 0, clipValue: Double? = nil, clipNorm: Double? = nil,
                precision: TrainingPrecision = .float32) {
        self.optimizer = optimizer
        self.lr = lr
        self.steps = steps
        self.batchSize = batchSize
        self.seed = seed
        self.patience = patience
        self.dropout = dropout
        self.clipValue = clipValue
        self.clipNorm = clipNorm
        self.precision = precision
    }

    /// `Adam lr=0.01, batch 32, 300 steps`: for legends.
    public var summary: String {
        var s = "\(optimizer.kind.displayName) lr=\(lr.summary), "
        s += batchSize.map { $0 == 1 ? "SGD batch 1" : "batch \($0)" } ?? "full batch"
        s += ", \(steps) steps"
        if dropout > 0 { s += ", dropout \(NumberFormat.plain(dropout))" }
        if let clipValue { s += ", clip_value \(NumberFormat.plain(clipValue))" }
        if let clipNorm { s += ", clip_norm \(NumberFormat.plain(clipNorm))" }
        return s
    }
}

/// The arithmetic of training's forward and backward passes.
public enum TrainingPrecision: String, Sendable, Hashable {
    /// The float32 kernels: samples in SIMD lanes, about thirty times faster.
    case float32
    /// Exact backpropagation in `Double` (`MLP.lossAndGradient`).
    case float64
}

/// The record of one training run: the parameters after every update (point 0 the
/// initialization), the training loss there (without dropout) and the validation loss.
public struct TrainingPath: Sendable {
    /// The parameters after each update, θ₀ first.
    public var points: [[Double]]
    /// Training loss (with the weight penalty, without dropout) at each point.
    public var trainLosses: [Double]
    /// Validation loss at each point; NaN when no data are held out.
    public var validationLosses: [Double]
    /// Index in `points` of the parameters kept: the last, or the best validation loss with
    /// early stopping.
    public var finalIndex: Int
    /// The update after which early stopping ended training, if it did.
    public var stoppedEarly: Int?
    /// Per update k + 1, the Frobenius norm of each layer's weight gradient (input layer
    /// first) at `points[k]`: the gradient the update took (its batch's, with dropout and the
    /// weight penalty), before clipping. One entry fewer than `points`, or as many when the
    /// last update was refused for leaving finite numbers.
    public var layerGradientNorms: [[Double]] = []

    /// θ₀.
    public var initial: [Double] { points[0] }
    /// The parameters kept: θ* (`points[finalIndex]`).
    public var final: [Double] { points[finalIndex] }
}

/// Minibatches of sample indices: every epoch a fresh seeded shuffle, cut in batches of
/// `size` (the last may be smaller), as a shuffling `DataLoader` with `drop_last=False`.
public struct MiniBatches: Sendable {
    let count: Int
    let size: Int
    var order: [Int]
    var position: Int
    var random: NoiseGenerator

    /// Batches of `size` (capped at `count`) from the indices 0 ..< `count`, shuffled by `seed`.
    public init(count: Int, size: Int, seed: UInt64) {
        precondition(count > 0 && size > 0)
        self.count = count
        self.size = min(size, count)
        order = Array(0..<count)
        position = count
        random = NoiseGenerator(seed: seed)
    }

    /// The next batch.
    public mutating func next() -> [Int] {
        if position >= count {
            order.seededShuffle(&random)
            position = 0
        }
        let end = min(position + size, count)
        defer { position = end }
        return Array(order[position..<end])
    }
}

/// Trains networks.
public enum Trainer {
    /// Trains `network` from `initial` on `train`, recording every update. A step whose loss
    /// or parameters stop being finite ends training (the path keeps the points before it).
    /// Each gradient is clipped as `spec` says (by value, then by norm) after its layer norms
    /// are recorded. `progress(k)` is called after update k.
    public static func train(_ network: MLP, from initial: [Double], train: LossData, validation: LossData?,
                             regularization: Regularization, spec: TrainingSpec,
                             progress: ((Int) -> Void)? = nil) -> TrainingPath {
        var theta = initial
        var gradient = [Double](repeating: 0, count: theta.count)
        var state = spec.optimizer.makeState(parameterCount: theta.count)
        var batches = spec.batchSize.map { MiniBatches(count: train.count, size: $0, seed: spec.seed) }
        var dropout: Dropout? = spec.dropout > 0 ? Dropout(rate: spec.dropout, seed: spec.seed &+ 0x5EED) : nil
        var noDropout: Dropout? = nil

        let fast = spec.precision == .float32 ? GridEvaluator(network: network, data: train) : nil
        let fastValidation = spec.precision == .float32 ? validation.map { GridEvaluator(network: network, data: $0) } : nil
        func losses(_ theta: [Double]) -> (Double, Double) {
            let penalty = regularization.value(theta, network: network)
            if let fast {
                let float = theta.map(Float.init)
                return (fast.loss(float) + penalty, fastValidation.map { $0.loss(float) + penalty } ?? .nan)
            }
            let t = network.meanLoss(theta, data: train) + penalty
            let v = validation.map { network.meanLoss(theta, data: $0) + penalty } ?? .nan
            return (t, v)
        }
        var path = TrainingPath(points: [theta], trainLosses: [], validationLosses: [], finalIndex: 0, stoppedEarly: nil)
        var (t0, v0) = losses(theta)
        path.trainLosses.append(t0)
        path.validationLosses.append(v0)
        var stopping = spec.patience.map { EarlyStopping(patience: $0, initial: v0) }

        for k in stride(from: 1, through: spec.steps, by: 1) {
            let samples = batches?.next()
            if let fast {
                let masks = dropout?.masks(samples: samples?.count ?? train.count, network: network)
                gradient = fast.lossAndGradient(theta.map(Float.init), samples: samples, masks: masks).gradient
            } else if dropout != nil {
                network.lossAndGradient(theta, data: train, samples: samples, dropout: &dropout, gradient: &gradient)
            } else {
                network.lossAndGradient(theta, data: train, samples: samples, dropout: &noDropout, gradient: &gradient)
            }
            regularization.addGradient(theta, network: network, to: &gradient)
            path.layerGradientNorms.append(network.layerWeightNorms(gradient))
            if let limit = spec.clipValue { GradientClipping.clipValue(&gradient, limit: limit) }
            if let maxNorm = spec.clipNorm { GradientClipping.clipNorm(&gradient, maxNorm: maxNorm) }
            spec.optimizer.step(&theta, gradient: gradient, lr: spec.lr.learningRate(at: k - 1), state: &state)
            (t0, v0) = losses(theta)
            guard t0.isFinite, theta.allSatisfy(\.isFinite) else { break }
            path.points.append(theta)
            path.trainLosses.append(t0)
            path.validationLosses.append(v0)
            path.finalIndex = path.points.count - 1
            progress?(k)
            if stopping?.stops(after: v0) == true {
                path.stoppedEarly = k
                break
            }
        }
        if stopping != nil, let best = EarlyStopping.bestStep(path.validationLosses) { path.finalIndex = best }
        return path
    }
}
