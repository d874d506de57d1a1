/// A point of a loss line named in the plot: θ₀ or θ*.
public struct LineMark: Sendable, Equatable {
    /// Where on the line the mark is.
    public var alpha: Double
    /// `θ₀ (initial)`, `θ* (trained)`.
    public var label: String

    /// A mark at `alpha`, named `label`.
    public init(alpha: Double, label: String) {
        self.alpha = alpha
        self.label = label
    }
}

/// The loss (and accuracy) of one network variant or data split at every α of a line.
public struct LossCurve: Sendable {
    /// `train loss`, `validation loss`, or the variant (`relu`, `with skip connections`).
    public var label: String
    /// Which samples the losses average over.
    public var split: DataSplit
    /// The loss at each α of the profile.
    public var losses: [Double]
    /// Fractions of samples classified right, when asked for (class data only).
    public var accuracies: [Double]?
    /// The loss at each of the profile's marks, computed there exactly (the α grid need not
    /// hold 0 or 1).
    public var markLosses: [Double]

    /// A curve; `losses` and `accuracies` hold one value per α, `markLosses` one per mark.
    public init(label: String, split: DataSplit, losses: [Double], accuracies: [Double]?, markLosses: [Double]) {
        self.label = label
        self.split = split
        self.losses = losses
        self.accuracies = accuracies
        self.markLosses = markLosses
    }
}

/// What a 1-D loss plot draws: losses along a line through each network's parameters, one
/// curve per variant or split, sampled at evenly spaced α.
public struct LossProfile: Sendable {
    /// The line the losses are taken along.
    public var direction: LineDirection
    /// Evenly spaced, both ends included.
    public var alphas: [Double]
    /// One curve per variant or split.
    public var curves: [LossCurve]
    /// θ₀ at α = 0 and θ* at α = 1 for the interpolation; θ* at α = 0 along a direction.
    public var marks: [LineMark]

    /// `curves` each hold one loss per α of `alphas`.
    public init(direction: LineDirection, alphas: [Double], curves: [LossCurve], marks: [LineMark]) {
        precondition(curves.allSatisfy { $0.losses.count == alphas.count && $0.markLosses.count == marks.count })
        self.direction = direction
        self.alphas = alphas
        self.curves = curves
        self.marks = marks
    }

    /// Evaluates each spec's loss, with the weight penalty, on its split at `count` points of
    /// `range`, on all cores; the networks come trained from `cache` (variants that differ
    /// only in their split share one training).
    public static func build(_ specs: [NetworkSpec], line: LineSpec, range: ClosedRange<Double>, count: Int,
                             cache: TrainingCache = .shared) -> LossProfile {
        precondition(count >= 2 && !specs.isEmpty)
        let alphas = (0..<count).map { range.lowerBound + Double($0) * (range.upperBound - range.lowerBound) / Double(count - 1) }
        let marks: [LineMark] = line.direction == .interpolation
            ? [LineMark(alpha: 0, label: "θ₀ (initial)"), LineMark(alpha: 1, label: "θ* (trained)")]
            : [LineMark(alpha: 0, label: "θ* (trained)")]
        let curves = specs.map { spec -> LossCurve in
            let accuracy = line.accuracy && (spec.own.map { $0.samples(spec.split).loss != .mse } ?? (spec.data.classes != nil))
            let path: ParameterLine
            let score: @Sendable ([Double]) -> (loss: Double, accuracy: Double)
            if let own = spec.own {
                // A user's model in the float32 kernel: the loss PyTorch computes.
                let evaluator = own.evaluator(spec.split)
                path = own.line(line.direction)
                score = { evaluator.lossAndAccuracy($0.map(Float.init)) }
            } else {
                let trained = cache.trained(spec)
                path = trained.line(line.direction)
                score = { theta in
                    (trained.loss(theta, split: spec.split), accuracy ? trained.network.accuracy(theta, data: trained.data(spec.split)) : .nan)
                }
            }
            let values = Parallel.results(count) { score(path.point(alphas[$0])) }
            return LossCurve(label: spec.title ?? "\(spec.split.rawValue) loss", split: spec.split,
                             losses: values.map(\.loss), accuracies: accuracy ? values.map(\.accuracy) : nil,
                             markLosses: marks.map { score(path.point($0.alpha)).loss })
        }
        return LossProfile(direction: line.direction, alphas: alphas, curves: curves, marks: marks)
    }

    /// The axis name: `α: θ = (1 − α)·θ₀ + α·θ*`, `α: θ = θ* + α·δ (random direction, filter-normalized)`.
    public var xLabel: String {
        switch direction {
        case .interpolation: "α:  θ = (1 − α)·θ₀ + α·θ*"
        case let .random(normalization, _):
            "α:  θ = θ* + α·δ  (random direction" + (normalization == .none ? ")" : ", \(normalization.rawValue)-normalized)")
        }
    }
}

extension TrainedNetwork {
    /// The line `direction` names through this network's weights.
    public func line(_ direction: LineDirection) -> ParameterLine {
        switch direction {
        case .interpolation:
            return ParameterLine(from: initial, to: final)
        case let .random(normalization, seed):
            var random = NoiseGenerator(seed: seed)
            return ParameterLine(origin: final, direction: Directions.random(network, reference: final,
                                                                             normalization: normalization, random: &random))
        }
    }
}

extension LossCurve {
    /// The largest rise of the loss as α grows through `range` (over the sampled points in
    /// it): from the α of the low point to the α of the peak; nil when the loss never rises by
    /// more than 10⁻³ of its span in `range` (numerically flat or falling: "monotone").
    public func rise(alphas: [Double], in range: ClosedRange<Double>) -> (amount: Double, from: Double, to: Double)? {
        let inside = alphas.indices.filter { range.contains(alphas[$0]) && losses[$0].isFinite }
        guard let first = inside.first else { return nil }
        var lowest = first, best: (amount: Double, from: Double, to: Double) = (0, alphas[first], alphas[first])
        var low = losses[first], high = losses[first]
        for i in inside {
            if losses[i] < losses[lowest] { lowest = i }
            if losses[i] - losses[lowest] > best.amount { best = (losses[i] - losses[lowest], alphas[lowest], alphas[i]) }
            low = min(low, losses[i])
            high = max(high, losses[i])
        }
        return best.amount > 1e-3 * (high - low) && best.amount > 0 ? best : nil
    }

    /// The lowest sampled loss and its α (the first, on ties); nil when no loss is finite.
    public func lowest(alphas: [Double]) -> (loss: Double, alpha: Double)? {
        guard let i = losses.indices.filter({ losses[$0].isFinite }).min(by: { losses[$0] < losses[$1] }) else { return nil }
        return (losses[i], alphas[i])
    }
}

extension LossProfile {
    /// The profile as a table, one row per α: `alpha`, then each curve's loss and accuracy
    /// (`train_loss`, `validation_loss`, `relu_loss`, `train_accuracy`…), for `descent grid`.
    public var table: (header: [String], rows: [[Double]]) {
        func column(_ curve: LossCurve, _ quantity: String) -> String {
            let name = curve.label.hasSuffix(" loss") ? String(curve.label.dropLast(5)) : curve.label
            return (name + " " + quantity).map { $0.isLetter || $0.isNumber ? $0 : "_" }.reduce(into: "") { $0.append($1) }
        }
        var header = ["alpha"] + curves.map { column($0, "loss") }
        header += curves.filter { $0.accuracies != nil }.map { column($0, "accuracy") }
        let rows = alphas.indices.map { i in
            [alphas[i]] + curves.map { $0.losses[i] } + curves.compactMap { $0.accuracies?[i] }
        }
        return (header, rows)
    }
}
