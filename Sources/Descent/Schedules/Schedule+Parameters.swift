extension Schedule {
    /// The kind of value a scalar schedule parameter takes.
    public enum ParameterKind: Sendable {
        /// A real number (a rate, a power), a whole number of steps, or a boolean.
        case rate, steps, flag
    }

    /// The kind of the scalar parameter `name` of any schedule, by Keras name; nil for
    /// `boundaries` and `values` (lists) and unknown names.
    public static func parameterKind(_ name: String) -> ParameterKind? {
        switch name {
        case "initial_learning_rate", "decay_rate", "end_learning_rate", "power", "alpha", "warmup_target": .rate
        case "decay_steps", "warmup_steps": .steps
        case "staircase", "cycle": .flag
        default: nil
        }
    }

    /// This schedule with its scalar parameter `name` set to `value` (steps rounded to a whole
    /// number, flags true when non-zero), or nil when this schedule has no such parameter.
    /// The result is not validated: `validationProblems()` says what is wrong with it.
    public func setting(_ name: String, to value: Double) -> Schedule? {
        var p = scalarParameters
        let cosine = if case .cosineDecay = self { true } else { false }
        guard p[name] != nil || (name == "warmup_target" && cosine) else { return nil }
        p[name] = value
        return rebuilt(p)
    }

    /// Scalar parameters by Keras name: steps as numbers, flags as 0 or 1; `warmup_target` only
    /// when set.
    private var scalarParameters: [String: Double] {
        func flag(_ b: Bool) -> Double { b ? 1 : 0 }
        switch self {
        case .constant, .piecewiseConstantDecay:
            return [:]
        case let .exponentialDecay(initial, decaySteps, rate, staircase),
             let .inverseTimeDecay(initial, decaySteps, rate, staircase):
            return ["initial_learning_rate": initial, "decay_steps": Double(decaySteps), "decay_rate": rate,
                    "staircase": flag(staircase)]
        case let .polynomialDecay(initial, decaySteps, end, power, cycle):
            return ["initial_learning_rate": initial, "decay_steps": Double(decaySteps), "end_learning_rate": end,
                    "power": power, "cycle": flag(cycle)]
        case let .cosineDecay(initial, decaySteps, alpha, warmupTarget, warmupSteps):
            var p = ["initial_learning_rate": initial, "decay_steps": Double(decaySteps), "alpha": alpha,
                     "warmup_steps": Double(warmupSteps)]
            p["warmup_target"] = warmupTarget
            return p
        }
    }

    /// A schedule of this one's kind from `p` (as `scalarParameters` gives them).
    private func rebuilt(_ p: [String: Double]) -> Schedule {
        func steps(_ name: String) -> Int { Int(exactly: p[name]!.rounded()) ?? 0 }
        func flag(_ name: String) -> Bool { p[name]! != 0 }
        switch self {
        case .constant, .piecewiseConstantDecay:
            return self
        case .exponentialDecay:
            return .exponentialDecay(initialLearningRate: p["initial_learning_rate"]!, decaySteps: steps("decay_steps"),
                                     decayRate: p["decay_rate"]!, staircase: flag("staircase"))
        case .inverseTimeDecay:
            return .inverseTimeDecay(initialLearningRate: p["initial_learning_rate"]!, decaySteps: steps("decay_steps"),
                                     decayRate: p["decay_rate"]!, staircase: flag("staircase"))
        case .polynomialDecay:
            return .polynomialDecay(initialLearningRate: p["initial_learning_rate"]!, decaySteps: steps("decay_steps"),
                                    endLearningRate: p["end_learning_rate"]!, power: p["power"]!, cycle: flag("cycle"))
        case .cosineDecay:
            return .cosineDecay(initialLearningRate: p["initial_learning_rate"]!, decaySteps: steps("decay_steps"),
                                alpha: p["alpha"]!, warmupTarget: p["warmup_target"], warmupSteps: steps("warmup_steps"))
        }
    }
}
