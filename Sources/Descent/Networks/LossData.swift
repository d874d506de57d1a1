/// Samples ready for a loss: inputs and the targets `loss` scores against (class indices, or
/// values: one-hot rows for MSE on classes), with the regularization of the weights.
public struct LossData: Sendable {
    /// `count` × `featureCount`, row-major.
    public let inputs: [Double]
    /// Inputs per sample.
    public let featureCount: Int
    /// `count` × `targetWidth`, row-major, as `loss` reads them.
    public let targets: [Double]
    /// Targets per sample as `loss` reads them: 1 for class indices, the number of classes for
    /// one-hot rows (MSE on classes), the data's width for regression.
    public let targetWidth: Int
    /// Number of samples.
    public let count: Int
    /// The loss the targets are prepared for.
    public let loss: LossKind

    /// The samples of `data`, with targets converted for `loss`.
    public init(_ data: Dataset, loss: LossKind) {
        inputs = data.inputs
        featureCount = data.featureCount
        (targets, targetWidth) = data.lossTargets(for: loss)
        count = data.count
        self.loss = loss
    }

    /// 1 / (samples × outputs) for MSE, 1 / samples for the cross-entropies: the mean's factor
    /// for `samples` samples.
    public func meanFactor(samples: Int, outputs: Int) -> Double {
        1 / Double(samples * (loss == .mse ? outputs : 1))
    }
}

/// Penalties on the weights (not the biases) added to the loss: (l2 / 2)·Σw² + l1·Σ|w|, so that
/// `l2` acts as PyTorch's `weight_decay` would on the weights.
public struct Regularization: Sendable, Hashable {
    /// Coefficient of the (l2 / 2)·Σw² penalty.
    public var l2: Double
    /// Coefficient of the l1·Σ|w| penalty.
    public var l1: Double

    /// Penalties with these coefficients; the default is none.
    public init(l2: Double = 0, l1: Double = 0) {
        self.l2 = l2
        self.l1 = l1
    }

    /// Whether both coefficients are zero: no penalty at all.
    public var isZero: Bool { l2 == 0 && l1 == 0 }

    /// The penalty of `theta`.
    public func value<T: NetworkScalar>(_ theta: [T], network: MLP) -> T {
        guard !isZero else { return T(0) }
        var sum = T(0)
        for l in 0..<network.layerCount {
            for i in network.weightOffset(l)..<network.biasOffset(l) {
                sum = sum + (0.5 * l2) * theta[i] * theta[i] + l1 * T.abs(theta[i])
            }
        }
        return sum
    }

    /// Adds the penalty's gradient at `theta` to `gradient` (sign(0) = 0 for l1).
    public func addGradient(_ theta: [Double], network: MLP, to gradient: inout [Double]) {
        guard !isZero else { return }
        for l in 0..<network.layerCount {
            for i in network.weightOffset(l)..<network.biasOffset(l) {
                let w = theta[i]
                gradient[i] += l2 * w + l1 * (w > 0 ? 1 : w < 0 ? -1 : 0)
            }
        }
    }
}
