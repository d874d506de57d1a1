/// A learning rate: a constant or one of Keras's `keras.optimizers.schedules`, with Keras's
/// parameter names and semantics. Evaluated at the update index, starting from 0.
public enum Schedule: Hashable, Sendable, Codable {
    /// The same learning rate at every step.
    case constant(Double)
    /// `values[0]` while step <= boundaries[0], `values[i]` while boundaries[i-1] < step <= boundaries[i],
    /// `values.last` after the last boundary. `values.count == boundaries.count + 1`.
    case piecewiseConstantDecay(boundaries: [Int], values: [Double])
    /// initial * rate^(step / decaySteps), the exponent floored when `staircase`.
    case exponentialDecay(initialLearningRate: Double, decaySteps: Int, decayRate: Double, staircase: Bool)
    /// (initial - end) * (1 - step / decaySteps)^power + end, with step capped at decaySteps,
    /// or decaySteps stretched to the next multiple when `cycle`.
    case polynomialDecay(initialLearningRate: Double, decaySteps: Int, endLearningRate: Double,
                         power: Double, cycle: Bool)
    /// initial / (1 + rate * step / decaySteps), the ratio floored when `staircase`.
    case inverseTimeDecay(initialLearningRate: Double, decaySteps: Int, decayRate: Double, staircase: Bool)
    /// Optional linear warmup from initial to `warmupTarget` over `warmupSteps`, then cosine
    /// decay over `decaySteps` down to `alpha` times the peak.
    case cosineDecay(initialLearningRate: Double, decaySteps: Int, alpha: Double,
                     warmupTarget: Double?, warmupSteps: Int)
}
