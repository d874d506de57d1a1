/// How a run ended.
public enum RunEnd: Hashable, Sendable, Codable {
    /// All `steps` updates were made.
    case completed
    /// Update `step` (1-based) produced a position or loss that is not finite or is beyond
    /// `Trajectory.divergenceBound`; the run stopped there.
    case diverged(step: Int)
}

/// The path of one run: point k is the position after k updates (point 0 is the start).
/// `losses[k]`, `gradientNorms[k]` are f and |∇f| at point k (the exact gradient, before noise
/// and clipping); `learningRates[k]` is the learning rate of update k + 1 (schedule index k).
/// All arrays have the same count.
public struct Trajectory: Hashable, Sendable {
    /// Positions with a coordinate beyond this magnitude, or losses beyond it, count as diverged.
    public static let divergenceBound = 1e12

    public var run: Run
    public var points: [Vec2]
    public var losses: [Double]
    public var learningRates: [Double]
    public var gradientNorms: [Double]
    public var end: RunEnd

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
