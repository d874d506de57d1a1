/// How a run ended.
public enum RunEnd: Hashable, Sendable, Codable {
    /// All `steps` updates were made.
    case completed
    /// Update `step` (1-based) produced a point with a non-finite coordinate, a coordinate of
    /// magnitude > `Trajectory.divergenceBound`, or a loss that is non-finite or
    /// > `Trajectory.divergenceBound`; the run stopped there (see `Trajectory`).
    case diverged(step: Int)
}

/// The path of one run: point k is the position after k updates (point 0 is the start).
///
/// `losses[k]`, `gradientNorms[k]` are f and |∇f| at point k (the exact gradient, before noise
/// and clipping); `learningRates[k]` is the learning rate of update k + 1 (schedule index k).
/// All arrays have the same count.
///
/// Divergence: when the point of update k has a non-finite coordinate, a coordinate with
/// |x| or |y| > `divergenceBound`, or a loss that is non-finite or > `divergenceBound`, the run
/// ends with `.diverged(step: k)` and makes no further update. That point is appended (with its
/// loss as computed, possibly ±inf or NaN, and its gradient norm, possibly NaN) only when both its
/// coordinates are finite; so the last point is update k's or, with a non-finite coordinate,
/// update k − 1's. The start point is always point 0, whatever its values.
/// A completed run has `steps + 1` points.
public struct Trajectory: Hashable, Sendable {
    /// Positions with a coordinate beyond this magnitude, or losses beyond it, count as diverged.
    public static let divergenceBound = 1e12

    /// The run that made this path.
    public var run: Run
    /// Positions, point k after k updates.
    public var points: [Vec2]
    /// The loss at each point.
    public var losses: [Double]
    /// The learning rate of update k + 1 at index k.
    public var learningRates: [Double]
    /// The exact gradient norm |∇f| at each point, before noise and clipping.
    public var gradientNorms: [Double]
    /// Whether the run completed or diverged, and where.
    public var end: RunEnd

    /// A trajectory from its parts; all arrays must have the same count.
    public init(run: Run, points: [Vec2], losses: [Double], learningRates: [Double],
                gradientNorms: [Double], end: RunEnd) {
        self.run = run
        self.points = points
        self.losses = losses
        self.learningRates = learningRates
        self.gradientNorms = gradientNorms
        self.end = end
    }
}
