extension Schedule {
    /// What is wrong with this schedule, as (Keras field name, message) pairs; empty when every
    /// learning rate it gives is finite and > 0 (≥ 0 where a rate may decay to zero).
    ///
    /// A constant's field is `lr`. Rules: learning rates finite and > 0 (≥ 0 for
    /// `end_learning_rate`, and for a cosine's `initial_learning_rate` when it warms up to
    /// `warmup_target`); `decay_steps` > 0; `decay_rate` finite and > 0; `power`
    /// finite and > 0; `alpha` in [0, 1]; `warmup_steps` ≥ 0 and only with `warmup_target`;
    /// `boundaries` non-empty and strictly increasing; `values.count == boundaries.count + 1`.
    public func validationProblems() -> [(field: String, message: String)] {
        var check = Checks()
        switch self {
        case .constant(let lr):
            check.positive("lr", lr)
        case .piecewiseConstantDecay(let boundaries, let values):
            if boundaries.isEmpty {
                check.fail("boundaries", "must not be empty")
            } else if zip(boundaries, boundaries.dropFirst()).contains(where: { $0 >= $1 }) {
                check.fail("boundaries", "must be strictly increasing, got \(boundaries)")
            }
            if values.count != boundaries.count + 1 {
                check.fail("values", "must have \(boundaries.count + 1) entries, one more than boundaries, "
                           + "got \(values.count)")
            }
            if let bad = values.first(where: { !($0.isFinite && $0 > 0) }) {
                check.fail("values", "must all be finite and > 0, got \(NumberFormat.plain(bad))")
            }
        case .exponentialDecay(let initial, let decaySteps, let rate, _),
             .inverseTimeDecay(let initial, let decaySteps, let rate, _):
            check.positive("initial_learning_rate", initial)
            check.positiveSteps("decay_steps", decaySteps)
            check.positive("decay_rate", rate)
        case .polynomialDecay(let initial, let decaySteps, let end, let power, _):
            check.positive("initial_learning_rate", initial)
            check.positiveSteps("decay_steps", decaySteps)
            check.nonNegative("end_learning_rate", end)
            check.positive("power", power)
        case .cosineDecay(let initial, let decaySteps, let alpha, let warmupTarget, let warmupSteps):
            if warmupTarget != nil && warmupSteps > 0 {
                check.nonNegative("initial_learning_rate", initial)
            } else {
                check.positive("initial_learning_rate", initial)
            }
            check.positiveSteps("decay_steps", decaySteps)
            if !(alpha >= 0 && alpha <= 1) {
                check.fail("alpha", "must be in [0, 1], got \(NumberFormat.plain(alpha))")
            }
            if let target = warmupTarget { check.positive("warmup_target", target) }
            if warmupSteps < 0 {
                check.fail("warmup_steps", "must be >= 0, got \(warmupSteps)")
            } else if warmupSteps > 0 && warmupTarget == nil {
                check.fail("warmup_steps", "requires warmup_target (Keras ignores warmup without it)")
            }
        }
        return check.problems
    }
}

/// Problems found so far, with the messages the checks share.
private struct Checks {
    var problems: [(field: String, message: String)] = []

    mutating func fail(_ field: String, _ message: String) {
        problems.append((field, message))
    }

    mutating func positive(_ field: String, _ value: Double) {
        if !(value.isFinite && value > 0) {
            fail(field, "must be finite and > 0, got \(NumberFormat.plain(value))")
        }
    }

    mutating func nonNegative(_ field: String, _ value: Double) {
        if !(value.isFinite && value >= 0) {
            fail(field, "must be finite and >= 0, got \(NumberFormat.plain(value))")
        }
    }

    mutating func positiveSteps(_ field: String, _ value: Int) {
        if value <= 0 { fail(field, "must be > 0, got \(value)") }
    }
}
