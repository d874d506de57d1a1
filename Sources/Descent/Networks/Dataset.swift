/// Samples a network learns from: inputs and targets, one row per sample.
///
/// Classification data keep one class index per sample (0 ..< classes) in `targets`;
/// regression data keep `targetWidth` values per sample.
public struct Dataset: Sendable, Equatable {
    /// What the targets are: class indices or values.
    public enum Task: Sendable, Equatable {
        /// Targets are class indices in 0 ..< `classes`.
        case classification(classes: Int)
        /// Targets are real values, `targetWidth` per sample.
        case regression
    }

    /// `count` × `featureCount`, row-major.
    public var inputs: [Double]
    /// `count` × `targetWidth`, row-major: class indices (width 1) or regression values.
    public var targets: [Double]
    /// Inputs per sample, at least 1.
    public var featureCount: Int
    /// Targets per sample: 1 for classes, at least 1 for regression.
    public var targetWidth: Int
    /// Classification or regression.
    public var task: Task

    /// A data set from row-major inputs and targets; the counts must agree with the widths.
    public init(inputs: [Double], targets: [Double], featureCount: Int, targetWidth: Int, task: Task) {
        precondition(featureCount > 0 && targetWidth > 0)
        precondition(inputs.count % featureCount == 0 && targets.count == inputs.count / featureCount * targetWidth)
        self.inputs = inputs
        self.targets = targets
        self.featureCount = featureCount
        self.targetWidth = targetWidth
        self.task = task
    }

    /// Number of samples.
    public var count: Int { inputs.count / featureCount }

    /// No samples: the data of a network spec whose network brings its own (`NetworkSpec.own`).
    public static let none = Dataset(inputs: [], targets: [], featureCount: 1, targetWidth: 1, task: .regression)

    /// Number of classes, or nil for regression.
    public var classes: Int? {
        if case let .classification(classes) = task { return classes }
        return nil
    }

    /// The loss a network on these data uses unless told otherwise: cross-entropy for classes,
    /// MSE for regression.
    public var defaultLoss: LossKind { classes == nil ? .mse : .crossEntropy }

    /// Input and target rows of the samples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        var x: [Double] = [], t: [Double] = []
        x.reserveCapacity(indices.count * featureCount)
        t.reserveCapacity(indices.count * targetWidth)
        for i in indices {
            x.append(contentsOf: inputs[(i * featureCount)..<((i + 1) * featureCount)])
            t.append(contentsOf: targets[(i * targetWidth)..<((i + 1) * targetWidth)])
        }
        return Dataset(inputs: x, targets: t, featureCount: featureCount, targetWidth: targetWidth, task: task)
    }

    /// The targets a loss scores against, per sample: class indices for the cross-entropies,
    /// one-hot rows for MSE on classes, the values themselves for regression.
    public func lossTargets(for loss: LossKind) -> (values: [Double], width: Int) {
        guard loss == .mse, let classes else { return (targets, targetWidth) }
        var oneHot = [Double](repeating: 0, count: count * classes)
        for i in 0..<count { oneHot[i * classes + Int(targets[i])] = 1 }
        return (oneHot, classes)
    }

    /// Splits off the last `fraction` of a seeded shuffle as held-out data; both parts keep at
    /// least one sample when there are two or more.
    public func split(validation fraction: Double, seed: UInt64) -> (train: Dataset, validation: Dataset) {
        var order = Array(0..<count)
        var rng = NoiseGenerator(seed: seed)
        order.seededShuffle(&rng)
        var held = Int((Double(count) * fraction).rounded())
        if fraction > 0 { held = min(max(held, 1), count - 1) }
        return (subset(Array(order[..<(count - held)])), subset(Array(order[(count - held)...])))
    }
}

extension Array {
    /// Fisher–Yates with `NoiseGenerator`'s uniforms, so the order is the same on every platform.
    mutating func seededShuffle(_ rng: inout NoiseGenerator) {
        guard count > 1 else { return }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(rng.nextUniform() * Double(i + 1))
            swapAt(i, j)
        }
    }
}
