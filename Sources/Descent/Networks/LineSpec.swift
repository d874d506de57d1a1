/// Which line through a network's parameters a 1-D loss plot follows.
public enum LineDirection: Sendable, Hashable {
    /// From the initial to the trained weights, θ(α) = (1 − α)·θ₀ + α·θ*, as Goodfellow et
    /// al. 2015 ("Qualitatively characterizing neural network optimization problems") plot it:
    /// α = 0 is θ₀, α = 1 is θ*, and beyond both ends the line goes on.
    case interpolation
    /// Through the trained weights along one Gaussian direction δ, θ(α) = θ* + α·δ, with δ
    /// normalized as a random plane's (Li et al. 2018). With the same seed, δ is the α
    /// direction of `PlaneSpec.random`: the line is the plane's β = 0 axis.
    case random(normalization: DirectionNormalization, seed: UInt64)
}

/// A 1-D loss plot of a network: the line, and whether accuracy is drawn under the loss.
public struct LineSpec: Sendable, Hashable {
    /// The line the plot follows.
    public var direction: LineDirection
    /// Also plot the fraction of samples classified right (class data only).
    public var accuracy: Bool

    /// A loss plot along `direction`, with accuracy under it when `accuracy` is true.
    public init(direction: LineDirection, accuracy: Bool = false) {
        self.direction = direction
        self.accuracy = accuracy
    }

    /// The α range shown when the scene gives none: [−0.5, 1.5] for the interpolation (as
    /// Goodfellow et al.), [−1, 1] along a direction (as a plane's).
    public var defaultRange: ClosedRange<Double> {
        direction == .interpolation ? -0.5...1.5 : -1...1
    }
}

/// A line through parameter space: θ(α) = origin + α·direction.
public struct ParameterLine: Sendable {
    /// θ(0).
    public var origin: [Double]
    /// The step per unit of α; its length sets the scale of α.
    public var direction: [Double]

    /// The line origin + α·direction; both must have the same count.
    public init(origin: [Double], direction: [Double]) {
        precondition(origin.count == direction.count)
        self.origin = origin
        self.direction = direction
    }

    /// The line through `start` (α = 0) and `end` (α = 1): θ(α) = (1 − α)·start + α·end.
    public init(from start: [Double], to end: [Double]) {
        self.init(origin: start, direction: zip(end, start).map { $0 - $1 })
    }

    /// origin + α·direction.
    public func point(_ alpha: Double) -> [Double] {
        var theta = origin
        for i in theta.indices { theta[i] += alpha * direction[i] }
        return theta
    }
}

extension SurfaceChoice {
    /// True for a network's loss along a line: curves of loss against α, which have no plane
    /// to mesh, animate runs on or trace.
    public var isLine: Bool {
        if case .landscape(.line) = self { return true }
        return false
    }
}
