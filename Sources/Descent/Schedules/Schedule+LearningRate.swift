import Foundation

extension Schedule {
    /// The learning rate of the update with index `step` (0 for the first update), as Keras's
    /// `keras.optimizers.schedules` computes it, in Double.
    ///
    /// Never traps: invalid parameters (see `validationProblems`) give whatever the formula
    /// gives, possibly NaN or infinite; a negative `step` is treated as 0.
    public func learningRate(at step: Int) -> Double {
        let t = Double(max(step, 0))
        switch self {
        case .constant(let lr):
            return lr
        case .piecewiseConstantDecay(let boundaries, let values):
            // values[i] for the first boundary i with step <= boundaries[i], else the last value.
            let i = boundaries.firstIndex { step <= $0 } ?? boundaries.count
            return values.isEmpty ? .nan : values[min(i, values.count - 1)]
        case .exponentialDecay(let initial, let decaySteps, let rate, let staircase):
            let p = t / Double(decaySteps)
            return initial * pow(rate, staircase ? p.rounded(.down) : p)
        case .polynomialDecay(let initial, let decaySteps, let end, let power, let cycle):
            var steps = Double(decaySteps)
            var s = t
            if cycle {
                steps *= t == 0 ? 1 : (t / steps).rounded(.up)
            } else {
                s = min(s, steps)
            }
            return (initial - end) * pow(1 - s / steps, power) + end
        case .inverseTimeDecay(let initial, let decaySteps, let rate, let staircase):
            let p = t / Double(decaySteps)
            return initial / (1 + rate * (staircase ? p.rounded(.down) : p))
        case .cosineDecay(let initial, let decaySteps, let alpha, let warmupTarget, let warmupSteps):
            let steps = Double(decaySteps)
            guard let target = warmupTarget else {
                return Self.cosine(min(t, steps), over: steps, from: initial, alpha: alpha)
            }
            let warmup = Double(warmupSteps)
            let s = min(t, steps + warmup)
            if s < warmup {
                return (target - initial) * (s / warmup) + initial
            }
            return Self.cosine(s - warmup, over: steps, from: target, alpha: alpha)
        }
    }

    /// Keras's `CosineDecay._decay_function`: lr · ((1 − α) · ½(1 + cos(π s/steps)) + α).
    private static func cosine(_ s: Double, over steps: Double, from lr: Double, alpha: Double) -> Double {
        let decayed = 0.5 * (1 + cos(Double.pi * (s / steps)))
        return lr * ((1 - alpha) * decayed + alpha)
    }
}
